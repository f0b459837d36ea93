"""Protocol checks run when an enquiry is saved.

Each check is a small function from :class:`EnquiryFacts` to a
:class:`CheckWarning` or ``None``; :data:`CHECKS` lists them, and
:func:`run_checks` runs the list. A warning says what was found and what to
do; the rule's wording and source come from :mod:`parishdesk.domain.rules`.

The word checks look for hints, not proof. They are tuned to stay quiet on
ordinary council business (the election of the Chair, the council's own
disciplinary policy) and they only ever advise the Clerk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from parishdesk.domain.enquiry import Kind
from parishdesk.domain.enquiry_key_phrases import matching_phrase
from parishdesk.domain.rules import Rule, rule
from parishdesk.domain.workdays import ENGLAND_AND_WALES, is_working_day, working_days_between

DEFAULT_MIN_WORKING_DAYS = 3
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class EnquiryFacts:
    """What the checks need to know about one enquiry. Every field has a default.

    ``copied`` holds ``(councillor name, author consented)`` pairs.
    ``officer_working_days`` uses 0 for Monday; ``officer_hours`` is
    ``(start, end)`` or ``None`` when the officer's hours are not recorded.
    ``min_working_days`` is the council's reasonable minimum notice (ENQ-2).
    ``special_relationships`` holds who each declared relationship is with and
    ``interests`` the register descriptions; CONDUCT-1 looks for their key phrases.
    """

    addressed_to_is_clerk: bool = True
    addressed_to_name: str = ""
    kind: str = Kind.WORK
    subject: str = ""
    text: str = ""
    ticked_not_council_business: bool = False
    requested_by: date | None = None
    received_at: datetime | None = None
    officer_working_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    officer_hours: tuple[time, time] | None = None
    officer_on_leave: bool = False
    #: Who was away and when, e.g. "Liam Hartley was on annual leave from … to …".
    officer_leave_text: str = ""
    copied: tuple[tuple[str, bool], ...] = ()
    priority_demanded_by_councillor: bool = False
    special_relationships: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    #: The council's name; its place name is not a key phrase for CONDUCT-1.
    council_name: str = ""
    nation: str = ENGLAND_AND_WALES
    min_working_days: int = DEFAULT_MIN_WORKING_DAYS


@dataclass(frozen=True)
class CheckWarning:
    """One protocol warning: what was found (``message``) and what to do (``advice``)."""

    code: str
    rule_ids: tuple[str, ...]
    title: str
    message: str
    advice: str

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(rule(rule_id) for rule_id in self.rule_ids)

    @property
    def sources(self) -> tuple[str, ...]:
        """Where each rule comes from, as ``"ENQ-1: Model Member/Officer Protocol, paragraph 3.1"``.

        (The rule IDs here are for the code; screens show titles, never these IDs.)
        """
        return tuple(f"{r.id}: {r.source}" for r in self.rules)


Check = Callable[[EnquiryFacts], CheckWarning | None]


# --- word matching ------------------------------------------------------------

def _words(facts: EnquiryFacts) -> str:
    """Subject and text, lower case, with curly apostrophes straightened."""
    joined = f"{facts.subject}\n{facts.text}".lower()
    return joined.replace("\u2019", "'").replace("\u2018", "'")


def _patterns(*regexes: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(regex) for regex in regexes)


def _blank_out(text: str, patterns: Iterable[re.Pattern[str]]) -> str:
    """``text`` with every match removed; the words either side close up."""
    for pattern in patterns:
        text = pattern.sub(" ", text)
    return re.sub(r"[ \t]{2,}", " ", text)


def _found(text: str, patterns: Iterable[re.Pattern[str]]) -> tuple[str, ...]:
    """The distinct phrases that match, in the order the patterns are listed."""
    hits: list[str] = []
    for pattern in patterns:
        match = pattern.search(text)
        if match and match.group(0) not in hits:
            hits.append(match.group(0))
    return tuple(hits)


def _quoted(phrases: Iterable[str]) -> str:
    return ", ".join(f"\u201c{p.strip()}\u201d" for p in phrases)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def _warn(code: str, rule_ids: tuple[str, ...], title: str, message: str, advice: str
          ) -> CheckWarning:
    for rule_id in rule_ids:
        rule(rule_id)  # fail loudly on a mistyped rule ID
    return CheckWarning(code, rule_ids, title, message, advice)


# --- the checks ---------------------------------------------------------------

def check_not_through_clerk(facts: EnquiryFacts) -> CheckWarning | None:
    """ENQ-1, ROLE-7: work asked of an officer other than the Clerk."""
    if facts.addressed_to_is_clerk or facts.kind == Kind.FACTUAL:
        return None
    who = facts.addressed_to_name.strip() or "an officer other than the Clerk"
    return _warn(
        "not-through-clerk", ("ENQ-1", "ROLE-7"),
        "Work asked of an officer other than the Clerk",
        f"This request for work was sent to {who}, not to the Clerk.",
        "Take the request on through the Clerk, who decides whether and when it is done. "
        "Remind the councillor that only a request for facts may go straight to another officer.",
    )


# "I want you to know…" tells the officer something; it does not direct them.
_TELLING = r"(?! (?:know|be aware|understand|note|hear|see|have|feel|think|realise|realize)\b)"

_INSTRUCTION = _patterns(
    r"\bi (?:hereby )?instruct\b",
    r"\bi am instructing\b",
    r"\bi'm instructing\b",
    r"\byou must\b(?! (?:have|be|know|feel|think)\b)",
    r"\bi want you to\b" + _TELLING,
    r"\bi expect you to\b" + _TELLING,
    r"\bi insist\b",
    r"\bi order you\b",
    r"\bi'm telling you to\b",
    r"\bdo (?:this|it) (?:immediately|at once|now)\b",
)


def check_instruction(facts: EnquiryFacts) -> CheckWarning | None:
    """ROLE-1: a councillor giving an officer instructions."""
    hits = _found(_words(facts), _INSTRUCTION)
    if not hits:
        return None
    return _warn(
        "councillor-instruction", ("ROLE-1",),
        "A councillor giving instructions",
        f"The wording reads as an instruction to staff: {_quoted(hits)}.",
        "Treat it as a request. Only the council, by resolution, can direct officers; reply "
        "politely saying how and when the Clerk will deal with it.",
    )


# Council business that uses the same words as politics, removed before looking for hints.
_COUNCIL_BUSINESS = _patterns(
    r"\b(?:annual )?elections? of (?:the |a |our |new )?(?:vice[- ]?)?(?:chair(?:man|woman|person)?|mayor|deputy mayor|town mayor)\b",
    r"\belect(?:ing)? (?:the |a |our |new )?(?:vice[- ]?)?(?:chair(?:man|woman|person)?|mayor)\b",
    r"\b(?:by-?election|casual vacanc(?:y|ies)|co-?option)\b",
    # Elections the council only hosts or reports on: polling stations, the next election.
    r"\b(?:parish|town|community|district|county|borough|unitary|city|mayoral|general|"
    r"police and crime commissioner|pcc|local|european|national)"
    r"(?: council)? elections?\b",
    r"\bpolling (?:stations?|places?|districts?|days?|cards?)\b",
    r"\bcouncil(?:'s)? (?:newsletter|leaflets?|campaign)\b",
)

# A campaign, leaflet or election is a hint only when it is the councillor's or a party's.
_OWNER = r"(?:my|our|his|her|their|the party's|party|political|election|electoral|re-?election)"

_NOT_COUNCIL_BUSINESS = _patterns(
    r"\b" + _OWNER + r" (?:own )?leaflets?\b",
    r"\bleaflets? (?:for|about|from|on behalf of) (?:me|my|our|the party|the election|"
    r"my campaign)\b",
    r"\bleaflet(?:t)?ing\b",
    r"\bcanvass(?:ing|ers?)?\b",
    r"\belection(?:s|eering)?\b",
    r"\bre-?elect(?:ion|ed)?\b",
    r"\b(?:i am|i'm|i will be|i'll be) standing (?:for|in|as)\b",
    r"\b" + _OWNER + r" (?:own )?campaign(?:s|ing)?\b",
    r"\bcampaign (?:leaflets?|literature|materials?|posters?|funds?|team)\b",
    r"\b(?:i am|i'm|we are|we're) campaigning\b",
    r"\bcampaign(?:ing)? for (?:me|my|our|the party|votes|election|re-?election)\b",
    r"\bhustings\b",
    r"\bmanifesto\b",
    r"\bvote for me\b",
    r"\bmy party\b",
    r"\b(?:the |our )?party group's\b",
    r"\bparty political\b",
    r"\bmy (?:own )?(?:business|company|firm|shop|private)\b",
    r"\bprivate matter\b",
    r"\bfor (?:the|my) (?:district|county|borough|unitary|city) council\b",
    r"\bas (?:a|the|your) (?:district|county|borough|unitary|city) councillor\b",
    r"\bmy (?:district|county|borough) (?:council )?(?:ward|seat|role|division)\b",
    r"\bfor (?:the|my) (?:charity|residents' association|chamber of trade)\b",
)


# Asking the officer to help with an election is a hint whatever the election is.
_ELECTION_HELP = _patterns(
    r"\b(?:help|support|assist)(?: me| us)? (?:with|in|for|on) (?:the |my |our |this |next )?"
    r"(?:[\w'-]+ ){0,3}elections?\b",
)


def check_not_council_business(facts: EnquiryFacts) -> CheckWarning | None:
    """ENQ-4: party politics, campaigning, private matters or another body's work."""
    words = _words(facts)
    hits = _found(words, _ELECTION_HELP) + _found(
        _blank_out(words, _COUNCIL_BUSINESS), _NOT_COUNCIL_BUSINESS)
    if not facts.ticked_not_council_business and not hits:
        return None
    found: list[str] = []
    if facts.ticked_not_council_business:
        found.append("the enquiry is marked as not council business")
    if hits:
        found.append(f"it mentions {_quoted(hits)}")
    return _warn(
        "not-council-business", ("ENQ-4",),
        "May not be council business",
        "This may not be council business: " + " and ".join(found) + ".",
        "Officer time and council resources may be used for council business only. Check what "
        "is asked; if it serves a party, a campaign, a private interest or another body, "
        "decline that part politely and say why.",
    )


_STAFF_POLICY = _patterns(
    r"\b(?:(?:staff|employee|sickness|absence|disciplinary|grievance|appraisal|capability|pay)"
    r"[\s,]+(?:and[\s]+)?){1,3}(?:policy|policies|procedures?|handbook)\b",
    # Pay scales and budgets are council business, not one person's pay.
    r"\b(?:nalc |slcc |national |agreed )?(?:salary|salaries|pay) "
    r"(?:scales?|awards?|points?|bands?|grades?|budgets?|costs?|settlements?|agreements?)\b",
    r"\b(?:salary|salaries|staff|staffing|pay) (?:budget|costs|bill|line)\b",
    # A grievance brought by the public is a complaint, not an employment matter.
    r"\bgrievances? (?:from|of|by|raised by|among) (?:the |a |some |our |local |several )?"
    r"(?:residents?|allotment (?:holders?|tenants?)|tenants?|neighbours?|parishioners?|"
    r"villagers?|members of the public|public|hirers?|users?|traders?|community|group|"
    r"society|club|association)\b",
)

_STAFF_PERSONAL = _patterns(
    r"\bsalar(?:y|ies)\b",
    r"\b(?:his|her|their) (?:pay|wages?|contract|pension|appraisal|sick leave)\b",
    r"\bpay rise\b",
    r"\bsickness\b",
    r"\bsick (?:leave|note)\b",
    r"\boff sick\b",
    r"\bdisciplinary\b",
    r"\bgrievance\b",
    r"\bappraisal\b",
    r"\bcontract of employment\b",
    r"\bemployment contract\b",
    r"\bmaternity\b",
    r"\bperformance review\b",
)

# A sentence about a member of the public ("a resident who is off sick") is not about staff,
# unless it also names a member of staff.
_PUBLIC_PERSON = re.compile(
    r"\b(?:residents?|neighbours?|parishioners?|constituents?|villagers?|tenants?|"
    r"allotment (?:holders?|tenants?)|members? of the public|hirers?|pensioners?|"
    r"shopkeepers?|traders?|landlords?)\b")
_STAFF_PERSON = re.compile(
    r"\b(?:clerk|assistant|officer|staff|employees?|caretaker|groundsman|groundskeeper|"
    r"colleague|rfo|handyman|cleaner|lengthsman|warden|deputy)\b")
_SENTENCE_END = re.compile(r"[.!?;\n]+")


def _about_staff(sentence: str) -> bool:
    return _PUBLIC_PERSON.search(sentence) is None or _STAFF_PERSON.search(sentence) is not None


def check_staff_personal_matters(facts: EnquiryFacts) -> CheckWarning | None:
    """ENQ-5: an employee's personal or employment matters."""
    text = _blank_out(_words(facts), _STAFF_POLICY)
    staff_text = "\n".join(s for s in _SENTENCE_END.split(text) if _about_staff(s))
    hits = _found(staff_text, _STAFF_PERSONAL)
    if not hits:
        return None
    return _warn(
        "staff-personal-matters", ("ENQ-5",),
        "Staff personal or employment matters",
        f"The enquiry seems to touch an employee's personal or employment matters: "
        f"{_quoted(hits)}.",
        "Do not discuss it with the councillor directly. Point them to the agreed route: the "
        "staffing committee and the council's employment procedures.",
    )


def _day_list(days: frozenset[int]) -> str:
    return ", ".join(_DAY_NAMES[d] for d in sorted(days)) or "no days"


def check_out_of_hours(facts: EnquiryFacts) -> CheckWarning | None:
    """ENQ-6: a demand made while the officer is off duty or on leave."""
    at = facts.received_at
    reasons: list[str] = []
    if facts.officer_on_leave:
        reasons.append(facts.officer_leave_text.strip() or "the officer is on leave")
    if at is not None:
        when = f"{_DAY_NAMES[at.weekday()]} {at.strftime('%d/%m/%Y at %H:%M')}"
        if at.weekday() not in facts.officer_working_days:
            reasons.append(f"it arrived on {when}, and the officer works "
                           f"{_day_list(facts.officer_working_days)}")
        elif not is_working_day(at.date(), facts.nation):
            reasons.append(f"it arrived on {when}, a bank holiday")
        elif facts.officer_hours is not None:
            start, end = facts.officer_hours
            if not start <= at.time() < end:
                reasons.append(f"it arrived on {when}, outside the officer's hours "
                               f"({start.strftime('%H:%M')}\u2013{end.strftime('%H:%M')})")
    if not reasons:
        return None
    return _warn(
        "out-of-hours", ("ENQ-6",),
        "Made outside the officer's working time",
        "This came in while the officer was off duty: " + "; ".join(reasons) + ".",
        "Nothing is expected until the officer's next working day; count the deadline from "
        "then. If the councillor pressed for an answer out of hours, remind them that each "
        "side respects the other's time off.",
    )


def check_silent_copies(facts: EnquiryFacts) -> CheckWarning | None:
    """CORR-1: other councillors copied in without the author's consent."""
    names = [name.strip() or "a councillor" for name, consented in facts.copied if not consented]
    if not names:
        return None
    return _warn(
        "copied-without-consent", ("CORR-1",),
        "Copied without the author's consent",
        f"Copied to {', '.join(names)} without the author's consent.",
        "Ask the author whether they agree before copying the reply to anyone else, and show "
        "every copy openly on the letter or e-mail (\u201ccc Councillor \u2026\u201d).",
    )


def check_short_deadline(facts: EnquiryFacts) -> CheckWarning | None:
    """ENQ-2: an answer asked for sooner than a reasonable minimum."""
    if facts.requested_by is None or facts.received_at is None:
        return None
    received = facts.received_at.date()
    days = working_days_between(received, facts.requested_by, facts.nation)
    if days >= facts.min_working_days:
        return None
    by = facts.requested_by.strftime("%d/%m/%Y")
    if facts.requested_by < received:
        found = f"The answer was asked for by {by}, before the enquiry arrived."
    else:
        found = (f"The answer was asked for by {by}: {days} working day"
                 f"{'' if days == 1 else 's'} after it arrived, less than the reasonable "
                 f"minimum of {facts.min_working_days}.")
    return _warn(
        "short-deadline", ("ENQ-2",),
        "Deadline shorter than a reasonable time",
        found,
        "Tell the councillor when they can expect an answer, allowing a reasonable time to "
        "gather or research it, or explain why it cannot be given.",
    )


_PRIORITY_DEMAND = _patterns(
    r"(?<!non-)(?<!not )(?<!non )\burgent(?:ly)?\b",
    r"\btop priority\b",
    r"\bas a (?:matter of )?priority\b",
    r"\bdrop everything\b",
    r"\bbefore anything else\b",
    r"\bstraight away\b",
    # "immediately after the meeting" says when or where, not that it jumps the queue.
    r"\bimmediately\b(?! (?:after|afterwards|before|following|prior|once|when|outside|"
    r"opposite|next|behind|adjacent|beside|above|below|beneath|north|south|east|west|in front)\b)",
)


def check_priority_demand(facts: EnquiryFacts) -> CheckWarning | None:
    """ENQ-3: a councillor trying to set the officer's priorities."""
    hits = _found(_words(facts), _PRIORITY_DEMAND)
    if not facts.priority_demanded_by_councillor and not hits:
        return None
    found: list[str] = []
    if facts.priority_demanded_by_councillor:
        found.append("the councillor asked for it to be put first")
    if hits:
        found.append(f"the wording presses for priority: {_quoted(hits)}")
    return _warn(
        "priority-demanded", ("ENQ-3",),
        "Priority demanded by the councillor",
        _sentence("; ".join(found)),
        "The Clerk sets the order of work. Set the priority on its merits and tell the "
        "councillor when to expect an answer.",
    )


def _declared_hits(facts: EnquiryFacts, entries: tuple[str, ...], person: bool) -> list[str]:
    """The quoted phrase found (and the entry it came from), for each entry the enquiry
    mentions."""
    text = f"{facts.subject}\n{facts.text}"
    hits: list[str] = []
    for entry in entries:
        entry = " ".join(entry.split())
        phrase = matching_phrase(text, entry, facts.council_name, person=person)
        if phrase is None:
            continue
        if phrase.lower() == entry.lower():
            hits.append(f"\u201c{entry}\u201d")
        else:
            hits.append(f"\u201c{phrase}\u201d (from \u201c{entry}\u201d)")
    return hits


def check_declared_interest(facts: EnquiryFacts) -> CheckWarning | None:
    """CONDUCT-1: the enquiry touches a relationship or interest the councillor declared.

    It looks for each entry's key phrases (names of people, businesses and places, and
    distinctive words), not for the whole entry word for word.
    """
    relationships = _declared_hits(facts, facts.special_relationships, person=True)
    interests = _declared_hits(facts, facts.interests, person=False)
    if not relationships and not interests:
        return None
    found: list[str] = []
    if relationships:
        found.append(f"a special relationship the councillor declared ({', '.join(relationships)})")
    if interests:
        found.append(f"an interest the councillor declared ({', '.join(interests)})")
    return _warn(
        "declared-interest", ("CONDUCT-1",),
        "Touches a declared relationship or interest",
        "The enquiry mentions " + " and ".join(found) + ".",
        "Check whether the councillor has a conflict in this matter. If so, ask them to declare "
        "it and suggest another councillor takes the case on.",
    )


CHECKS: tuple[Check, ...] = (
    check_not_through_clerk,
    check_instruction,
    check_not_council_business,
    check_staff_personal_matters,
    check_out_of_hours,
    check_silent_copies,
    check_short_deadline,
    check_priority_demand,
    check_declared_interest,
)


def run_checks(facts: EnquiryFacts, checks: Iterable[Check] = CHECKS) -> tuple[CheckWarning, ...]:
    """Run every check on ``facts``; return the warnings in check order."""
    return tuple(w for w in (check(facts) for check in checks) if w is not None)
