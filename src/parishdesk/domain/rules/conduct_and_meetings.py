"""Rules on the council as employer, conduct and interests, meetings and the protocol itself."""

from __future__ import annotations

from parishdesk.domain.rules.model import Rule
from parishdesk.domain.rules.model import make_rule as _r

RULES: tuple[Rule, ...] = (
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
