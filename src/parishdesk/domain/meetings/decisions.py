"""Votes, delegation, declarations, rescission, exclusion and attendance (MEET-3 to MEET-11)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from parishdesk.domain.meetings.checks import (
    CASTING_CHOICES,
    DECLARATION_ACTIONS,
    DECLARATION_KINDS,
    DELEGATES,
    NON_DELEGABLE,
    add_months,
)

VOTE_CHOICES: tuple[str, ...] = ("for", "against", "abstain")


@dataclass(frozen=True)
class VoteResult:
    """The outcome of a vote, and what was wrong with the figures given (if anything)."""

    carried: bool
    problems: tuple[str, ...]


def decide_vote(in_favour: int, against: int, abstentions: int, *, eligible: int,
                casting_vote: str | None = None) -> VoteResult:
    """The outcome of a vote (MEET-3).

    A majority of those voting carries it; abstentions do not count. On a tie the
    casting vote ("for" or "against"), if given, settles it; without it the motion
    is not carried. A casting vote given without a tie is a problem and the
    result stands on the ordinary votes.
    """
    if casting_vote is not None and casting_vote not in CASTING_CHOICES:
        raise ValueError(f"A casting vote is 'for' or 'against', not {casting_vote!r}")
    problems: list[str] = []
    if min(in_favour, against, abstentions) < 0:
        problems.append("A vote count cannot be below nought (MEET-3).")
    cast = in_favour + against + abstentions
    if cast > eligible:
        problems.append(f"{cast} votes and abstentions were counted but only {eligible} "
                        "member" + ("s are" if eligible != 1 else " is")
                        + " present and entitled to vote (MEET-3).")
    if in_favour == against:
        carried = casting_vote == "for"
    else:
        carried = in_favour > against
        if casting_vote is not None:
            problems.append("A casting vote counts only when the votes are equal; the result "
                            "stands on the ordinary votes (MEET-3).")
    return VoteResult(carried, tuple(problems))


def casting_voter_problems(voter_id: int | None, presiding_id: int | None) -> tuple[str, ...]:
    """Only the person presiding may give the casting vote (MEET-3)."""
    if voter_id is not None and voter_id != presiding_id:
        return ("Only the person presiding at the meeting may give a casting vote (MEET-3).",)
    return ()


def count_recorded(votes: Mapping[object, str]) -> tuple[int, int, int]:
    """For, against and abstentions from a recorded vote (MEET-4): member → choice."""
    for choice in votes.values():
        if choice not in VOTE_CHOICES:
            raise ValueError(f"A recorded vote is one of {VOTE_CHOICES}, not {choice!r}")
    values = list(votes.values())
    return values.count("for"), values.count("against"), values.count("abstain")


def recorded_vote_problems(voters: Iterable[int], entitled: Iterable[int]) -> tuple[str, ...]:
    """Each member in a recorded vote must be present and entitled to vote (MEET-3, MEET-4)."""
    outsiders = sorted(set(voters) - set(entitled))
    if outsiders:
        return (f"{len(outsiders)} recorded vote(s) come from members who are not present and "
                "entitled to vote on this item (MEET-3, MEET-4).",)
    return ()


# --- MEET-7: delegation --------------------------------------------------------------------

def delegation_problems(delegate: str, matter: str = "") -> tuple[str, ...]:
    """Whether a decision may be delegated to ``delegate`` (MEET-7, ROLE-2)."""
    if delegate not in DELEGATES:
        raise ValueError(f"Unknown delegate {delegate!r}: expected one of {DELEGATES}")
    problems: list[str] = []
    if delegate == "councillor":
        problems.append("A decision cannot be delegated to a single councillor; delegate it "
                        "to a committee, a sub-committee or an officer, who may act in "
                        "consultation with the Chair (MEET-7, ROLE-2).")
    lowered = matter.lower()
    for word, what in NON_DELEGABLE.items():
        if word in lowered:
            problems.append(f"{what} cannot be delegated: the full council decides it (MEET-7).")
    return tuple(problems)


def officer_decision_problems(reasons: str) -> tuple[str, ...]:
    """An officer's decision under delegated powers is recorded with its reasons (MEET-7)."""
    if not reasons.strip():
        return ("An officer's decision under delegated powers is recorded with its reasons "
                "(MEET-7, ROLE-3).",)
    return ()


# --- MEET-5: declarations ------------------------------------------------------------------

def declaration_problems(kind: str, action: str, *, dispensation_ref: str = "",
                         on_register: bool = True, voted: bool = False) -> tuple[str, ...]:
    """Checks on one declaration at a meeting (MEET-5, CONDUCT-3).

    ``kind`` is a key of :data:`DECLARATION_KINDS`, ``action`` of
    :data:`DECLARATION_ACTIONS`; ``voted`` says whether the member voted on the item.
    """
    if kind not in DECLARATION_KINDS:
        raise ValueError(f"Unknown kind of interest {kind!r}")
    if action not in DECLARATION_ACTIONS:
        raise ValueError(f"Unknown action {action!r}")
    problems: list[str] = []
    if action == "dispensation" and not dispensation_ref.strip():
        problems.append("Give the reference of the dispensation the member stayed under (MEET-5).")
    if kind == "pecuniary":
        if action == "took-part":
            problems.append("A member with a disclosable pecuniary interest takes no part in "
                            "the discussion or vote without a dispensation (MEET-5).")
        elif voted and action != "dispensation":
            problems.append("The member declared a disclosable pecuniary interest but is "
                            "recorded as voting, without a dispensation (MEET-5).")
        if not on_register:
            problems.append("This pecuniary interest is not on the register: update the "
                            "register and notify the Monitoring Officer within 28 days "
                            "(MEET-5, CONDUCT-3).")
    return tuple(problems)


def must_withdraw(kind: str, action: str) -> bool:
    """Whether a declaration takes the member out of the count for the item (MEET-5)."""
    return action in ("left", "no-part") or (kind == "pecuniary" and action != "dispensation")


# --- MEET-6: exclusion -----------------------------------------------------------------------

def exclusion_problems(reason: str) -> tuple[str, ...]:
    if not reason.strip():
        return ("The press and public may be excluded only by a resolution that states the "
                "reason, such as staff matters or legal advice (MEET-6).",)
    return ()


# --- MEET-10: rescission --------------------------------------------------------------------

def rescission_problems(passed_on: date, proposed_on: date, *,
                        special_procedure: bool = False) -> tuple[str, ...]:
    """A motion to reverse a resolution passed on ``passed_on`` (MEET-10)."""
    until = add_months(passed_on, 6)
    if proposed_on < until and not special_procedure:
        return (f"This would reverse a resolution passed on {passed_on:%d/%m/%Y}, less than "
                f"six months ago (until {until:%d/%m/%Y}); that needs the special procedure "
                "in standing orders (MEET-10).",)
    return ()


# --- MEET-9: attendance ---------------------------------------------------------------------

ATTENDANCE_STATES: tuple[str, ...] = ("ok", "warning", "lapsed", "excused")


def attendance_deadline(last_attended: date) -> date:
    """The day on which membership ends without an attendance: six months on (MEET-9)."""
    return add_months(last_attended, 6)


def attendance_status(last_attended: date, today: date,
                      reason_approved_on: date | None = None) -> str:
    """"ok", "warning" (four months on), "lapsed" (six months passed) or "excused"
    (the council approved the reason before the six months ran out) (MEET-9)."""
    deadline = attendance_deadline(last_attended)
    if (reason_approved_on is not None and last_attended <= reason_approved_on < deadline
            and reason_approved_on <= today):
        return "excused"
    if today >= deadline:
        return "lapsed"
    if today >= add_months(last_attended, 4):
        return "warning"
    return "ok"


def attendance_problems(name: str, last_attended: date, today: date,
                        reason_approved_on: date | None = None) -> tuple[str, ...]:
    status = attendance_status(last_attended, today, reason_approved_on)
    deadline = attendance_deadline(last_attended)
    if status == "warning":
        return (f"{name} last attended on {last_attended:%d/%m/%Y}; unless they attend or the "
                f"council approves the reason for absence before {deadline:%d/%m/%Y}, they "
                "stop being a councillor (MEET-9).",)
    if status == "lapsed":
        return (f"{name} has attended no meeting since {last_attended:%d/%m/%Y}: six months "
                f"ran out on {deadline:%d/%m/%Y} (MEET-9).",)
    return ()


def absence_item_title(name: str) -> str:
    return f"To consider approving the reasons for absence of {name}"


# --- MEET-11: the meetings a council must hold -----------------------------------------------

def meeting_year_problems(meetings: Iterable[tuple[str, date]], year: int,
                          today: date, *, records_from: date | None = None) -> tuple[str, ...]:
    """The council's meetings in a calendar year: an annual meeting in May and at least three
    others (MEET-11). ``meetings`` are (kind, date) pairs of the full council's meetings.

    ``records_from`` is the earliest day ParishDesk knows about (the first meeting recorded,
    or today for a council that has recorded none). Nothing is said about what came before
    it: no missing annual meeting when the records start after 1 May, and no count of the
    year's meetings when they start after May (the year's earlier meetings are unknown)."""
    start = records_from or date(year, 1, 1)
    in_year = [(kind, on) for kind, on in meetings if on.year == year]
    problems: list[str] = []
    annual = [on for kind, on in in_year if kind == "annual"]
    if not annual:
        if today >= date(year, 4, 1) and start < date(year, 5, 1):
            problems.append(f"No annual meeting is arranged for May {year} (MEET-11).")
    elif annual[0].month != 5:
        problems.append(f"The annual meeting is on {annual[0]:%d/%m/%Y}, not in May; outside "
                        "an election year it is held in May (MEET-11).")
    others = [on for kind, on in in_year if kind != "annual"]
    if len(others) < 3 and today >= date(year, 9, 1) and start <= date(year, 5, 31):
        held = {0: "No meeting", 1: "Only one meeting"}.get(len(others),
                                                             f"Only {len(others)} meetings")
        verb = "are" if len(others) > 1 else "is"
        problems.append(f"{held} other than the annual meeting {verb} arranged in {year}; "
                        "the council holds at least three (MEET-11).")
    return tuple(problems)
