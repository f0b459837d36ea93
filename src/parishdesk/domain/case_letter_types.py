"""The letters of a dispute case, as data for the letter engine (``domain.letters``).

Each is (key, label, the fields its template may use, the fields it must keep). They are
confidential (DISP-12) and may be signed by the Clerk, the Chair or the staffing committee's
chair (CORR-2 with DISP-3): ``domain.letters`` makes them letter types with those marks.
"""

from __future__ import annotations

CASE_LETTER_TYPES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("case_ack", "Case: acknowledgement",
     ("case_reference", "received_on", "handler", "next_step"), ()),
    ("case_investigation_invite", "Case: invitation to an investigation meeting",
     ("case_reference", "matter", "meeting_date", "meeting_time", "meeting_place",
      "investigator"), ("meeting_date",)),
    ("case_hearing_invite", "Case: invitation to a hearing",
     ("case_reference", "matter", "evidence", "hearing_date", "hearing_time", "hearing_place",
      "panel", "companion_right"), ("matter", "evidence", "hearing_date", "companion_right")),
    ("case_outcome", "Case: outcome and right of appeal",
     ("case_reference", "outcome", "reasons", "appeal_by", "appeal_to"),
     ("outcome", "appeal_by")),
    ("case_appeal_invite", "Case: invitation to an appeal hearing",
     ("case_reference", "hearing_date", "hearing_time", "hearing_place", "panel",
      "companion_right"), ("hearing_date", "companion_right")),
    ("case_appeal_outcome", "Case: appeal outcome",
     ("case_reference", "outcome", "reasons"), ("outcome",)),
    ("case_mo_referral", "Case: referral to the Monitoring Officer",
     ("case_reference", "complainant", "subject_name", "summary", "events_on",
      "principal_council"), ("summary",)),
    ("case_informal_note", "Case: note of an informal resolution",
     ("case_reference", "summary"), ("summary",)),
)
CASE_SIGNERS = ("clerk", "chair", "staffing_chair")
