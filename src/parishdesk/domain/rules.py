"""The rule catalogue: every rule of ``shared/DOMAIN.md`` as data, under its ID.

Code that advises the clerk or writes a letter looks a rule up here by ID
(``rule("ACCESS-1")``) instead of carrying its own copy of the wording, so a
rule is worded once and cited the same way everywhere.

The texts are ParishDesk's own short statements of each rule; ``source`` says
where the rule comes from: the paragraph of ParishDesk's model protocol that states it,
or the law it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One rule of the rulebook."""

    id: str
    area: str
    title: str
    text: str
    source: str
    keywords: tuple[str, ...] = ()

    @property
    def citation(self) -> str:
        """How a message or letter names the rule when no protocol paragraph is linked: its
        plain title and where it comes from (never its ID, which is for the code)."""
        return f"{self.title} ({self.source})"


AREAS: dict[str, str] = {
    "ROLE": "Roles",
    "ENQ": "Enquiries and requests to officers",
    "CORR": "Correspondence and letters",
    "GROUP": "Party groups",
    "ACCESS": "Access to information",
    "DISP": "When things go wrong",
    "EMP": "The council as employer",
    "CONDUCT": "Conduct and interests",
    "MEET": "Meetings and decisions",
    "PROTO": "The protocol itself",
}


def _r(id_: str, title: str, text: str, source: str, *keywords: str) -> Rule:
    return Rule(id_, id_.split("-")[0], title, text, source, tuple(keywords))


RULES: tuple[Rule, ...] = (
    # Roles
    _r("ROLE-1", "Officers serve the whole council",
       "Officers work for the council as a body, not for any single councillor, group or "
       "party. No councillor, the Chair included, may give an officer instructions.",
       "Model Member/Officer Protocol, paragraph 2.1",
       "instruct", "whole council", "serve the council", "impartial"),
    _r("ROLE-2", "No delegation to a single councillor",
       "Decisions may be delegated by resolution to a committee or an officer, never to an "
       "individual councillor.",
       "Local Government Act 1972 s.101",
       "delegat", "resolution", "scheme of delegation"),
    _r("ROLE-3", "Acting in consultation with a chair",
       "Where an officer is authorised to act between meetings in consultation with a chair, "
       "the officer makes the decision and answers for it; the chair cannot decide for the "
       "committee.",
       "Model Member/Officer Protocol, paragraph 2.3",
       "in consultation with", "between meetings", "urgent"),
    _r("ROLE-4", "Officers' professional advice",
       "An officer's report gives the officer's own professional recommendation. A chair may "
       "ask for options to be added, facts or typing corrected or costs checked, but not for "
       "advice, options or statements on legality to be removed. No councillor may pressure an "
       "officer over advice.",
       "Model Member/Officer Protocol, paragraph 2.4",
       "report", "recommendation", "professional advice", "pressure"),
    _r("ROLE-5", "Agenda items",
       "A councillor who wants an item on an agenda tells the Clerk in good time and sends any "
       "papers at least a week before the meeting. The Clerk settles the agenda with the Chair.",
       "Model Member/Officer Protocol, paragraph 2.5",
       "agenda"),
    _r("ROLE-6", "Day-to-day running is the Clerk's",
       "Councillors do not manage the council from day to day; the Clerk does that on the "
       "council's instructions.",
       "Model Member/Officer Protocol, paragraph 2.6",
       "day to day", "day-to-day", "running of the council"),
    _r("ROLE-7", "Staff take work through the Clerk",
       "Staff other than the Clerk take work only through the Clerk, unless the Clerk has "
       "agreed otherwise for a particular matter.",
       "Model Member/Officer Protocol, paragraph 2.7",
       "through the clerk", "line manage", "other staff"),
    # Enquiries
    _r("ENQ-1", "Requests go to the Clerk first",
       "A councillor's request for work goes to the Clerk first; only a request for factual "
       "information may go straight to another officer.",
       "Model Member/Officer Protocol, paragraph 3.1",
       "request", "enquir", "factual information"),
    _r("ENQ-2", "A reasonable time to answer",
       "The councillor says when an answer is needed; officers need reasonable time to gather "
       "or research it, and will reply in good time or explain why they cannot.",
       "Model Member/Officer Protocol, paragraph 3.2",
       "deadline", "reasonable time", "timescale"),
    _r("ENQ-3", "The Clerk sets priorities",
       "Councillors may not jump the queue: the Clerk decides the order in which work is done.",
       "Model Member/Officer Protocol, paragraph 3.3",
       "priorit", "queue", "urgent"),
    _r("ENQ-4", "Council resources for council business only",
       "Officer time and council resources are for council business only: not party politics, "
       "campaigning or electioneering, private matters, another body's work or a councillor's "
       "role on another authority.",
       "Model Member/Officer Protocol, paragraph 3.4",
       "party political", "campaign", "election", "private", "resources"),
    _r("ENQ-5", "Staff personal matters",
       "Officers do not discuss their own or a colleague's personal or employment matters with "
       "a councillor except through the agreed procedures.",
       "Model Member/Officer Protocol, paragraph 3.5",
       "personal matters", "employment matters", "salary", "sickness"),
    _r("ENQ-6", "Respect for free time",
       "Each side respects the other's time off; pressing someone who is off sick or at home "
       "for work is unacceptable behaviour.",
       "Model Member/Officer Protocol, paragraph 3.6",
       "free time", "off sick", "evening", "weekend", "leave"),
    _r("ENQ-7", "Enquiries and complaints procedure",
       "Officers deal with councillors' enquiries and complaints under the council's complaints "
       "procedure.",
       "Model Member/Officer Protocol, paragraph 3.7",
       "complaint"),
    # Correspondence
    _r("CORR-1", "No silent copies",
       "Correspondence between a councillor and an officer is copied to another councillor only "
       "when the author agrees, and every copy is shown openly on the letter or e-mail as "
       "\"cc Councillor …\".",
       "Model Member/Officer Protocol, paragraph 4.1",
       "copied", "copy", "cc", "blind copies"),
    _r("CORR-2", "Letters in the Clerk's name",
       "Official letters are sent in the name of the Clerk as Proper Officer. A letter that "
       "commits the council or gives an instruction is never sent in a councillor's name; the "
       "Chair may write in their own name, and a ward member says they write as such.",
       "Model Member/Officer Protocol, paragraph 4.2",
       "letter", "correspondence", "proper officer", "signed"),
    # Party groups
    _r("GROUP-1", "Party groups and the Clerk",
       "A party group cannot require the Clerk to attend or to write for it; the Clerk gives a "
       "group facts and options, never recommendations or political advice.",
       "Model Member/Officer Protocol, paragraph 5.1",
       "party group", "political group", "group meeting"),
    _r("GROUP-2", "Equal treatment of groups",
       "When the Clerk advises or reports to one group, every other group is told and given "
       "substantially the same advice on the same matter.",
       "Model Member/Officer Protocol, paragraph 5.2",
       "other groups", "same advice", "all groups"),
    _r("GROUP-3", "Group discussions stay confidential",
       "What a group discusses with an officer present stays confidential, and a group's "
       "conclusions are not decisions of the council.",
       "Model Member/Officer Protocol, paragraph 5.3",
       "confidential", "group discussion"),
    # Access to information
    _r("ACCESS-1", "Need to know",
       "A councillor may see council documents that are reasonably needed to carry out their "
       "duties as a councillor. Curiosity is not enough and there is no general right to browse; "
       "the officer decides.",
       "Model Member/Officer Protocol, paragraph 6.1 (the common-law need to know)",
       "need to know", "roving commission", "curiosity", "access to information"),
    _r("ACCESS-2", "Committee members presumed to need to know",
       "A member of a committee asking for documents about that committee's functions is taken "
       "to need to know them.",
       "Model Member/Officer Protocol, paragraph 6.2",
       "committee member", "functions of the committee", "presumed"),
    _r("ACCESS-3", "Third parties' personal data",
       "Documents holding personal information about other people need a specific reason; such "
       "data is not normally released without the person's consent, and the Clerk is asked first.",
       "Model Member/Officer Protocol, paragraph 6.3",
       "personal data", "personal information", "data protection", "consent"),
    _r("ACCESS-4", "Exempt information",
       "Some information is exempt even from councillors: about particular employees, occupiers "
       "of council property, applicants for grants or services, contract or industrial-relations "
       "negotiations, legal advice and the investigation of crime.",
       "Local Government Act 1972 Schedule 12A",
       "exempt", "schedule 12a", "legal advice", "negotiation"),
    _r("ACCESS-5", "Other groups' internal papers",
       "A member of one party group has no need to know another group's internal papers held by "
       "the council.",
       "Model Member/Officer Protocol, paragraph 6.5",
       "group papers", "internal papers"),
    _r("ACCESS-6", "Papers for meeting business",
       "Any councillor, like any member of the public, may inspect papers that are not exempt "
       "about business to be transacted at a meeting, whether or not they sit on the committee.",
       "Local Government Act 1972 s.100 and s.228",
       "agenda papers", "meeting business", "inspect"),
    _r("ACCESS-7", "Monitoring Officer investigations",
       "Correspondence held for a Monitoring Officer investigation is exempt unless it has been "
       "released for that enquiry.",
       "Localism Act 2011, Part 1 Chapter 7",
       "monitoring officer", "investigation"),
    _r("ACCESS-8", "Reasons and the right to refer",
       "A councillor who is refused is told why, with written reasons on request, and may refer "
       "the decision to the committee whose functions the documents concern, or otherwise to the "
       "council.",
       "Model Member/Officer Protocol, paragraph 6.8",
       "refus", "reasons", "refer", "dispute"),
    _r("ACCESS-9", "Use only for the purpose given",
       "Information given to a councillor may be used only for the purpose for which it was "
       "given; every disclosure records that purpose.",
       "Model Member/Officer Protocol, paragraph 6.9",
       "purpose", "use of information"),
    _r("ACCESS-10", "The Freedom of Information route",
       "A councillor may always ask under the Freedom of Information Act 2000, like anyone else; "
       "such a request is answered within 20 working days.",
       "Freedom of Information Act 2000 s.1 and s.10",
       "freedom of information", "foi"),
    # Disputes
    _r("DISP-1", "Informal resolution first",
       "Where it is safe, try to settle a difficulty informally first; a neutral person may help "
       "conciliate, such as the principal council's Monitoring Officer or an independent adviser.",
       "Model Member/Officer Protocol, paragraph 8.1",
       "informal", "mediat", "concilia", "resolve"),
    _r("DISP-2", "Officer's complaint about a councillor",
       "If an officer's complaint about a councillor is not settled informally it follows the "
       "council's grievance procedure. The Chair never deals alone with a grievance, performance "
       "or line-management matter; a small staffing committee holds delegated authority.",
       "Model Member/Officer Protocol, paragraph 8.2",
       "grievance", "staffing committee", "personnel committee"),
    _r("DISP-3", "Councillor's concern about an officer",
       "A councillor concerned about an officer's conduct or performance tells the Chair and "
       "raises it with the Clerk first; if it cannot be settled informally, the disciplinary "
       "procedure may follow. A concern about the Clerk goes to the Chair and the staffing "
       "committee.",
       "Model Member/Officer Protocol, paragraph 8.3",
       "disciplinary", "performance", "conduct of an officer"),
    _r("DISP-4", "Code of Conduct complaints",
       "A formal written allegation that a councillor has broken the Code of Conduct goes to the "
       "principal council's Monitoring Officer; the council may first try to settle it "
       "informally.",
       "Localism Act 2011; Model Member/Officer Protocol, paragraph 8.4",
       "code of conduct", "monitoring officer", "allegation"),
    _r("DISP-5", "Questions about the protocol",
       "Questions about what the protocol means go to the Clerk.",
       "Model Member/Officer Protocol, paragraph 9.5",
       "interpret", "interpretation"),
    _r("DISP-6", "Bullying and harassment",
       "Bullying and harassment are judged by their effect on the person on the receiving end: "
       "shouting, ridicule, public criticism, unreasonable demands or threats to a job. "
       "Councillors do not criticise an officer's conduct or ability in meetings or on social "
       "media, where the officer cannot reply.",
       "Model Member/Officer Protocol, paragraph 8.5",
       "bully", "harass", "social media", "criticis"),
    _r("DISP-7", "Written disciplinary and grievance procedures",
       "Every employer must have written disciplinary and grievance procedures: a meeting, the "
       "right to be accompanied, a written decision and a right of appeal.",
       "ACAS Code of Practice; Model Member/Officer Protocol, paragraph 8.6",
       "acas", "appeal", "accompanied"),
    _r("DISP-8", "No council sanctions on a councillor",
       "A councillor is not the council's employee. The council cannot use its grievance or "
       "disciplinary procedure on a councillor or impose its own penalties, such as a ban from "
       "committees or from contacting staff; only the principal council's standards process can "
       "act. A staff grievance alleging that a councillor broke the Code of Conduct goes to the "
       "Monitoring Officer unless it is settled informally, while the council still looks after "
       "the employee's side (support, workload, a risk assessment).",
       "R (Harvey) v Ledbury Town Council [2018] EWHC 1151 (Admin); Localism Act 2011",
       "sanction", "ban", "no contact", "councillor is not an employee"),
    _r("DISP-9", "The formal steps for employees",
       "A grievance or an allegation is put in writing. A disciplinary matter is investigated "
       "first, where possible by someone other than the person who decides; any suspension is on "
       "full pay, short and reviewed. The employee is invited in writing to a meeting that sets "
       "out the case, the evidence and the right to be accompanied; the meeting is held without "
       "unreasonable delay; the outcome is given in writing; and an appeal is heard by someone "
       "not involved before. Disciplinary outcomes are no action, a written warning, a final "
       "written warning or dismissal with or without notice; a warning lapses after the period "
       "the council sets.",
       "ACAS Code of Practice on Disciplinary and Grievance Procedures (2015)",
       "investigation", "hearing", "warning", "suspension", "outcome"),
    _r("DISP-10", "The right to be accompanied",
       "At a grievance or disciplinary hearing the employee may bring a fellow worker or a trade "
       "union representative. If that companion cannot attend, the employee may propose another "
       "time within five working days, counted from the first working day after the day first "
       "proposed.",
       "Employment Relations Act 1999 s.10",
       "accompanied", "companion", "trade union", "postpone"),
    _r("DISP-11", "Nobody judges their own case",
       "A grievance about the Chair or Vice-Chair is heard by other members, with the staffing "
       "committee sitting without them. No party, witness or member with a declared special "
       "relationship to a party investigates, hears or decides a case, and no one who sat on "
       "the first panel sits on the appeal.",
       "ACAS Code of Practice on Disciplinary and Grievance Procedures (2015); Code of Conduct",
       "panel", "impartial", "appeal panel", "conflict"),
    _r("DISP-12", "Staff matters stay confidential",
       "Case records are kept only in the Disputes area, every printed page of a case is marked "
       "confidential, and exports of the register, enquiries and letters leave case material "
       "out.",
       "The council's duty of confidence to its staff; UK GDPR",
       "confidential", "staff matter"),
    _r("DISP-13", "Employment tribunal time limit",
       "A claim to an employment tribunal is normally due within three months less one day of "
       "the act complained of, and ACAS early conciliation pauses that clock. ParishDesk shows "
       "the date as a warning and suggests taking advice; it does not advise.",
       "Employment tribunal time limits; ACAS early conciliation",
       "tribunal", "time limit", "early conciliation"),
    _r("DISP-14", "The principal council's complaint arrangements",
       "Each principal council publishes its own arrangements for Code of Conduct complaints: "
       "what a complaint must contain, how old it may be, how soon the Monitoring Officer "
       "decides whether to investigate, and the Independent Person's part. They are settings "
       "for the council to fill in, and each step the Monitoring Officer reports is recorded.",
       "Localism Act 2011 s.28",
       "monitoring officer", "independent person", "arrangements"),
    # Employer and conduct
    _r("EMP-1", "Appointing staff on merit",
       "When appointing staff, councillors judge on merit alone, never canvass for a candidate, "
       "and stand aside where a candidate is a friend or relative.",
       "Model Member/Officer Protocol, paragraph 7.1",
       "appoint", "recruit", "canvass", "candidate"),
    _r("CONDUCT-1", "Declaring special relationships",
       "Councillors declare special relationships or personal interests that bear on a matter, "
       "and ask another councillor to take it on where there is a conflict.",
       "Code of Conduct; Model Member/Officer Protocol, paragraph 7.2",
       "special relationship", "interest", "conflict", "declare"),
    _r("CONDUCT-2", "Avoiding close familiarity",
       "Close personal familiarity between a councillor and an officer is avoided, because it "
       "invites suspicion of favouritism.",
       "Model Member/Officer Protocol, paragraph 7.3",
       "familiarity", "favouritism"),
    _r("CONDUCT-3", "Registering interests within 28 days",
       "Councillors register their interests within 28 days of taking office and keep the "
       "register up to date.",
       "Localism Act 2011 s.30",
       "register of interests", "28 days", "interests"),
    # Meetings
    _r("MEET-1", "Quorum",
       "The council is quorate when one third of its seats, vacant seats included, are filled "
       "by members present, rounded up and never fewer than three; a committee's quorum is set "
       "in its terms of reference. Members who must withdraw from an item do not count for it, "
       "and an item without a quorum cannot be decided unless dispensations were granted "
       "beforehand.",
       "Local Government Act 1972 Sch 12; the council's standing orders",
       "quorum", "quorate", "inquorate"),
    _r("MEET-2", "Three clear days' notice",
       "The summons, signed by the Proper Officer and setting out the business, reaches every "
       "member at least three clear days before the meeting, not counting the day it is issued, "
       "the day of the meeting, Sundays or bank holidays. Nothing can be decided unless it is on "
       "the agenda, so there is no decision under any other business.",
       "Local Government Act 1972 Sch 12",
       "summons", "notice", "any other business", "clear days"),
    _r("MEET-3", "Voting and the casting vote",
       "A question is decided by a majority of the members present and voting; abstentions are "
       "not counted. On equal votes the person presiding, and nobody else, may give a second, "
       "casting vote; without it the motion falls. No more votes may be cast than there are "
       "members present and entitled to vote.",
       "Local Government Act 1972 Sch 12",
       "vote", "casting vote", "majority", "tie"),
    _r("MEET-4", "Recorded votes",
       "Any member may ask, before the next item is taken, for the minutes to show how each "
       "member voted.",
       "The council's standing orders (NALC model)",
       "recorded vote", "named vote"),
    _r("MEET-5", "Interests at meetings",
       "A member with a disclosable pecuniary interest in an item takes no part in the "
       "discussion or vote, and leaves the room where standing orders require, unless they "
       "hold a dispensation. Every declaration is minuted with what the member did. A pecuniary "
       "interest declared at a meeting that is not on the register is notified to the "
       "Monitoring Officer within 28 days.",
       "Localism Act 2011 s.31 and s.33",
       "pecuniary interest", "dispensation", "declaration", "withdraw"),
    _r("MEET-6", "Excluding the press and public",
       "The press and public may be asked to leave only by a resolution that gives the reason, "
       "such as staff matters or legal advice. That business is minuted separately and kept "
       "out of the public minutes.",
       "Public Bodies (Admission to Meetings) Act 1960",
       "exclude", "press and public", "confidential"),
    _r("MEET-7", "Delegating decisions",
       "The council may delegate to a committee, a sub-committee, an officer or another "
       "authority, but never to one councillor; an officer acting in consultation with the "
       "Chair still makes the decision. Setting the precept and borrowing money are never "
       "delegated. An officer's decision under delegated powers is recorded in writing with "
       "its reasons.",
       "Local Government Act 1972 s.101; Openness of Local Government Bodies Regulations 2014",
       "delegate", "delegated powers", "precept", "borrowing"),
    _r("MEET-8", "Minutes",
       "The minutes name the members present and record apologies, declarations, each "
       "resolution and any recorded votes. The draft is ready within a month; at the next "
       "meeting members approve it as a correct record, discussing only its accuracy, and the "
       "person presiding signs it. Signed minutes are never altered: a correction is a later "
       "minute.",
       "Local Government Act 1972 Sch 12",
       "minutes", "correct record", "signed"),
    _r("MEET-9", "The six-month attendance rule",
       "A councillor who attends no meeting of the council or its committees for six months in "
       "a row from their last attendance stops being a councillor, unless the council approved "
       "the reason for the absence before the six months ran out. ParishDesk warns from four "
       "months on.",
       "Local Government Act 1972 s.85",
       "attendance", "absence", "six months"),
    _r("MEET-10", "Reversing a recent resolution",
       "A resolution is not reversed within six months of being passed except by the special "
       "procedure in the council's standing orders.",
       "The council's standing orders (NALC model)",
       "rescind", "reverse", "six months"),
    _r("MEET-11", "Agendas and the meetings a council must hold",
       "Councillors ask for agenda items as the protocol says, and the Clerk settles the agenda "
       "with the Chair. The council holds its annual meeting in May (in an election year within "
       "14 days of councillors taking office) and at least three other meetings a year.",
       "Local Government Act 1972 Sch 12",
       "annual meeting", "agenda", "meetings a year"),
    # The protocol
    _r("PROTO-1", "Document control",
       "The protocol shows its version, the date it was adopted, when it was last reviewed and "
       "when it is next due for review.",
       "Model Member/Officer Protocol, paragraph 9.1",
       "version", "document control", "adopted"),
    _r("PROTO-2", "Annual review",
       "Councillors and officers review the protocol, and how it is working, once a year.",
       "Model Member/Officer Protocol, paragraph 9.2 (good practice)",
       "review", "annual"),
    _r("PROTO-3", "Copies and training for councillors",
       "Every councillor receives the current protocol on taking office and whenever it changes, "
       "and can expect training and development.",
       "Model Member/Officer Protocol, paragraph 9.3",
       "training", "induction", "development"),
    _r("PROTO-4", "Dealing with the media",
       "Media contact for the council goes through the Clerk; a councillor speaking to the press "
       "says in what capacity they speak.",
       "Model Member/Officer Protocol, paragraph 9.4",
       "media", "press", "journalist"),
)

_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


def rule(rule_id: str) -> Rule:
    """Return the rule with this ID; raise ``KeyError`` with a clear message if unknown."""
    try:
        return _BY_ID[rule_id]
    except KeyError:
        raise KeyError(f"No rule with ID {rule_id!r} in the rulebook") from None


MODEL_PROTOCOL_SOURCE = "Model Member/Officer Protocol, paragraph "


def legal_source(rule_id: str) -> str:
    """The law, judgment or national code a rule rests on, without the model protocol's
    paragraph ("" when the rule rests on the protocol alone)."""
    parts = [p.strip() for p in rule(rule_id).source.split(";")]
    return "; ".join(p for p in parts if p and not p.startswith(MODEL_PROTOCOL_SOURCE))


def rules_in_area(area: str) -> tuple[Rule, ...]:
    """All rules of one area (``"ACCESS"``, ``"ENQ"`` …) in rulebook order."""
    return tuple(r for r in RULES if r.area == area)
