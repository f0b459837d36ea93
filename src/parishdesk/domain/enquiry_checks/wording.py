"""Checks on what the enquiry says: instructions, party business, staff matters, demands for
priority and declared interests. They look for hints, not proof, and only ever advise."""

from __future__ import annotations

import re

from parishdesk.domain.enquiry_checks.facts import (
    CheckWarning,
    EnquiryFacts,
    _blank_out,
    _found,
    _patterns,
    _quoted,
    _sentence,
    _warn,
    _words,
)
from parishdesk.domain.enquiry_key_phrases import matching_phrase

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
