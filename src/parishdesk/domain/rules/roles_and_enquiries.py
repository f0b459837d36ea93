"""Rules on roles, enquiries to officers, correspondence and party groups."""

from __future__ import annotations

from parishdesk.domain.rules.model import Rule
from parishdesk.domain.rules.model import make_rule as _r

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
)
