"""Disputes between councillors and staff: which lawful route a concern takes, and the checks
that keep a case fair (DISP-1 to DISP-14, CONDUCT-1, CORR-2, ROLE-1).

Pure rules: no Qt, no database. :func:`route` decides the track for a :class:`Concern`;
:func:`panel_problems` and :func:`sanction_problems` refuse an unfair panel or an unlawful
sanction; :func:`companion_latest` and :func:`tribunal_deadline` compute two dates the law
fixes. Rule IDs in the results are for the code and the tests: the clerk sees each rule as
its plain title, its words and its source (:func:`rule_in_words`), never the ID.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from parishdesk.domain.rules import Rule, rule
from parishdesk.domain.workdays import ENGLAND_AND_WALES, add_working_days

RAISERS: dict[str, str] = {
    "officer": "A member of staff",
    "clerk": "The Clerk",
    "councillor": "A councillor",
    "public": "A resident or member of the public",
}
SUBJECTS: dict[str, str] = {
    "officer": "A member of staff",
    "clerk": "The Clerk",
    "councillor": "A councillor",
    "chair": "The Chair of the council",
    "vice_chair": "The Vice-Chair of the council",
}
NATURES: dict[str, str] = {
    "behaviour": "Behaviour: conduct, bullying or harassment",
    "performance": "Performance: how the work is done",
    "employment": "Employment: pay, terms or workload",
    "code_breach": "A breach of the councillors' Code of Conduct",
    "protocol_question": "A question about what the protocol means",
}
TRACKS: dict[str, str] = {
    "informal": "Informal resolution",
    "grievance": "Grievance",
    "disciplinary": "Disciplinary",
    "code_of_conduct": "Code of Conduct complaint",
    "protocol_question": "Protocol question",
}

EMPLOYEES = frozenset({"officer", "clerk"})
COUNCILLORS = frozenset({"councillor", "chair", "vice_chair"})

#: DISP-9's outcomes of a disciplinary case, the only ones the council may record for staff.
EMPLOYEE_OUTCOMES: dict[str, str] = {
    "no_action": "No action",
    "written_warning": "Written warning",
    "final_written_warning": "Final written warning",
    "dismissal_with_notice": "Dismissal with notice",
    "dismissal_without_notice": "Dismissal without notice",
}
#: Things councils have tried to impose on councillors; all unlawful (DISP-8).
COUNCILLOR_SANCTIONS: dict[str, str] = {
    "committee_ban": "A ban from committees",
    "no_contact_order": "An order not to contact staff",
    "written_warning": "A written warning",
    "censure": "A formal censure",
    "training_order": "An order to undergo training",
    "removal_from_office": "Removal from an office such as committee chair",
}

SANCTION_WORDS = ("The council cannot sanction a councillor; if this alleges a Code breach, "
                  "the Monitoring Officer decides.")


# --- Showing a rule to the clerk ---------------------------------------------------------------

def shown_source(r: Rule) -> str:
    """The rule's source as the clerk may see it: the law or the model protocol, never the
    internal marks of the protocols it was distilled from."""
    parts = [p.strip() for p in r.source.split(";")]
    public = [p for p in parts if p and not p.lower().startswith("seed")]
    if len(public) < len(parts):
        public.append("ParishDesk's model Member/Officer Protocol")
    return "; ".join(public)


def rule_in_words(rule_id: str) -> str:
    """One rule in plain words, e.g. "No council sanctions on a councillor: … (Source: …)"."""
    r = rule(rule_id)
    return f"{r.title}: {r.text} (Source: {shown_source(r)})"


# --- The concern and its route -----------------------------------------------------------------

@dataclass(frozen=True)
class Concern:
    """Who raised a concern, about whom, what it is about, and how far it has gone."""

    raised_by: str
    about: str
    nature: str
    informal_tried: bool = False
    formal_requested: bool = False

    def __post_init__(self) -> None:
        for value, known, what in ((self.raised_by, RAISERS, "raised_by"),
                                   (self.about, SUBJECTS, "about"),
                                   (self.nature, NATURES, "nature")):
            if value not in known:
                raise ValueError(f"Unknown {what} {value!r}: expected one of {', '.join(known)}")
        if self.raised_by == "clerk" and self.about == "clerk":
            raise ValueError("The Clerk cannot raise a concern about the Clerk")

    @property
    def about_councillor(self) -> bool:
        return self.about in COUNCILLORS


@dataclass(frozen=True)
class Route:
    """Where a concern goes: the track, who takes it, the rules relied on, what happens next,
    and what to beware of."""

    track: str
    handler: str
    rules: tuple[str, ...]
    steps: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    @property
    def track_label(self) -> str:
        return TRACKS[self.track]


_STEPS: dict[str, tuple[str, ...]] = {
    "protocol_question": (
        "The Clerk answers the question in writing, pointing to the paragraph of the protocol.",
        "The answer is shared with whoever asked, and the case is closed.",
    ),
    "informal": (
        "Talk to the person privately and calmly about what happened, and what would put it "
        "right.",
        "If that does not settle it, offer mediation by a neutral person (the principal "
        "council's Monitoring Officer or an independent adviser).",
        "Record the outcome. If it is not resolved, the person may ask for the formal route.",
    ),
    "grievance": (
        "Ask for the grievance in writing, and acknowledge it.",
        "Investigate: speak to those involved and gather the evidence.",
        "Invite the employee in writing to a hearing, stating the right to be accompanied.",
        "Hold the hearing without unreasonable delay, then send the outcome in writing with "
        "the right of appeal.",
        "Hear any appeal with people who took no part before.",
    ),
    "disciplinary": (
        "Write down the concern, and appoint an investigator who will not decide the case.",
        "Investigate; suspend on full pay only if necessary, briefly, with a review date.",
        "If there is a case to answer, invite the employee in writing to a hearing that states "
        "the case, the evidence and the right to be accompanied.",
        "Hold the hearing, decide, and send the outcome in writing with the right of appeal.",
        "Hear any appeal with people who took no part before.",
    ),
    "code_of_conduct": (
        "Help the complainant put the allegation in writing, as the principal council's "
        "arrangements ask.",
        "Send it to the Monitoring Officer of the principal council.",
        "Record each step the Monitoring Officer reports: the assessment decision, any "
        "investigation, hearing and finding.",
        "Put the finding to a meeting of the council.",
    ),
}


def _handler_for_staff(about: str, raised_by: str) -> str:
    if about == "clerk":
        return "The Chair and the staffing committee"
    if raised_by == "clerk":
        return "The staffing committee (the Clerk raised it, so cannot handle it)"
    return "The Clerk, as line manager, with the staffing committee"


def _staffing_committee(about: str) -> str:
    if about == "chair":
        return "The staffing committee, sitting without the Chair"
    if about == "vice_chair":
        return "The staffing committee, sitting without the Vice-Chair"
    return "The staffing committee"


def route(concern: Concern) -> Route:
    """The lawful route for a concern (see the module's docstring for the rules)."""
    c = concern
    warnings: list[str] = []
    if c.about_councillor:
        warnings.append(SANCTION_WORDS)
    if c.about in ("chair", "vice_chair"):
        office = "Chair" if c.about == "chair" else "Vice-Chair"
        warnings.append(f"The {office} is a party, so takes no part in handling, hearing or "
                        "deciding this case.")
    if c.about == "clerk":
        warnings.append("The case is about the Clerk, so its letters go out in the name of "
                        "the Chair or the staffing committee's chair.")

    if c.nature == "protocol_question":
        return Route("protocol_question", "The Clerk", ("DISP-5",),
                     _STEPS["protocol_question"], ())

    if not c.informal_tried and not c.formal_requested:
        rules = ["DISP-1"]
        if c.raised_by == "councillor" and c.about in EMPLOYEES:
            rules.append("DISP-3")
            handler = ("The Chair and the staffing committee" if c.about == "clerk"
                       else "The Chair, then the Clerk")
        elif c.about_councillor:
            rules.append("DISP-4" if c.nature == "code_breach" or c.raised_by not in EMPLOYEES
                         else "DISP-2")
            rules.append("DISP-8")
            handler = "The Clerk, with a neutral person if that helps"
            if c.raised_by == "clerk":
                handler = ("The Vice-Chair, with a neutral person" if c.about == "chair"
                           else "The Chair, with a neutral person")
        else:
            handler = _handler_for_staff(c.about, c.raised_by)
        return Route("informal", handler, tuple(rules), _STEPS["informal"], tuple(warnings))

    if c.about in EMPLOYEES:
        if c.raised_by in EMPLOYEES:
            return Route("grievance", _handler_for_staff(c.about, c.raised_by),
                         ("DISP-9", "DISP-10", "DISP-7"), _STEPS["grievance"],
                         tuple(warnings))
        staff_rules = ("DISP-3", "DISP-9", "DISP-10") if c.raised_by == "councillor" else \
            ("DISP-9", "DISP-10")
        warnings.append("A councillor may report a concern but may not direct how the "
                        "officer's manager deals with it.")
        return Route("disciplinary", _handler_for_staff(c.about, "councillor"), staff_rules,
                     _STEPS["disciplinary"], tuple(warnings))

    # About a councillor, the Chair or the Vice-Chair.
    if c.nature == "code_breach" or c.raised_by not in EMPLOYEES:
        return Route("code_of_conduct", "The Monitoring Officer of the principal council",
                     ("DISP-4", "DISP-8", "DISP-14"), _STEPS["code_of_conduct"],
                     tuple(warnings))
    rules = ["DISP-2", "DISP-8", "DISP-9", "DISP-10"]
    if c.about in ("chair", "vice_chair"):
        rules.append("DISP-11")
    warnings.append("The grievance deals with the employee's side (support, workload, a risk "
                    "assessment), never with a penalty for the councillor.")
    return Route("grievance", _staffing_committee(c.about), tuple(rules), _STEPS["grievance"],
                 tuple(warnings))


# --- Dates fixed by law ------------------------------------------------------------------------

def companion_latest(proposed: date, nation: str = ENGLAND_AND_WALES) -> date:
    """The last day a postponed hearing may be held when the companion cannot come (DISP-10):
    within five working days beginning with the first working day after the day proposed."""
    return add_working_days(proposed, 5, nation)


def tribunal_deadline(act: date) -> date:
    """Three months less one day after the act complained of (DISP-13).

    The day before the same date three months on (act 3 June, due 2 September); where that
    month has no such date (act 31 August), the last day of the month (30 November). ACAS
    early conciliation stops the clock, which is why the product only warns about this date.
    """
    month = act.month + 3
    year = act.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    last = calendar.monthrange(year, month)[1]
    if act.day > last:
        return date(year, month, last)
    return date(year, month, act.day) - timedelta(days=1)


# --- Fair panels and lawful outcomes -----------------------------------------------------------

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "rev", "revd", "sir"}


def _words(name: str) -> tuple[str, ...]:
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in name).split()
    return tuple(w for w in words if w not in _TITLES)


def same_person(a: str, b: str) -> bool:
    """Two names for one person, ignoring titles, case and punctuation."""
    wa, wb = _words(a), _words(b)
    return bool(wa) and wa == wb


def _related(declared: str, party: str) -> bool:
    party_words = _words(party)
    return bool(party_words) and set(party_words) <= set(_words(declared))


def panel_problems(panel: Sequence[str], parties: Sequence[str], witnesses: Sequence[str],
                   relationships: Mapping[str, Iterable[str]],
                   first_panel: Sequence[str] = (),
                   offices: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Why this panel cannot investigate, hear or decide the case (DISP-11, CONDUCT-1).

    ``relationships`` maps a member's name to the special relationships they declared in the
    member register (whom with); ``first_panel`` is the panel that heard the case when this
    one hears the appeal; ``offices`` maps a name to "chair" or "vice_chair".
    """
    offices = offices or {}
    problems: list[str] = []
    for member in panel:
        office = next((o for n, o in offices.items() if same_person(n, member)), "")
        if any(same_person(member, p) for p in parties):
            if office in ("chair", "vice_chair"):
                title = "Chair" if office == "chair" else "Vice-Chair"
                problems.append(f"{member} is the {title} and a party to this case, so cannot "
                                "sit on a panel about themselves; the staffing committee "
                                "hears it without them.")
            else:
                problems.append(f"{member} is a party to this case, so cannot sit on the "
                                "panel.")
            continue
        if any(same_person(member, w) for w in witnesses):
            problems.append(f"{member} is a witness in this case, so cannot sit on the panel.")
            continue
        declared = next((list(v) for n, v in relationships.items() if same_person(n, member)),
                        [])
        related_to = [p for p in (*parties, *witnesses)
                      if any(_related(d, p) for d in declared)]
        if related_to:
            problems.append(f"{member} has declared a special relationship with "
                            f"{related_to[0]}, so should ask another member to take their "
                            "place.")
            continue
        if any(same_person(member, f) for f in first_panel):
            problems.append(f"{member} sat on the first panel, so cannot hear the appeal.")
    if not panel:
        problems.append("Name at least one member for the panel.")
    return tuple(problems)


def sanction_problems(subject_kind: str, outcome: str) -> tuple[str, ...]:
    """Why an outcome cannot be imposed on the subject of a case (DISP-8, DISP-9).

    Any council sanction on a councillor (the Chair and Vice-Chair included) is refused, with
    the rule in plain words and the lawful alternative; for staff, only DISP-9's outcomes.
    """
    if subject_kind in COUNCILLORS:
        if outcome == "no_action":
            return ()
        what = COUNCILLOR_SANCTIONS.get(outcome) or EMPLOYEE_OUTCOMES.get(outcome) or outcome
        return (f"{what} cannot be imposed on a councillor: the council has no power to "
                "sanction a councillor. "
                f"{rule_in_words('DISP-8')} The lawful alternative: refer the matter to the "
                "Monitoring Officer of the principal council, whose standards process alone "
                "can act.",)
    if subject_kind in EMPLOYEES:
        if outcome in EMPLOYEE_OUTCOMES:
            return ()
        allowed = ", ".join(v.lower() for v in EMPLOYEE_OUTCOMES.values())
        return (f"{outcome!r} is not an outcome the disciplinary procedure allows; choose one "
                f"of: {allowed}. {rule_in_words('DISP-9')}",)
    raise ValueError(f"Unknown subject kind {subject_kind!r}")
