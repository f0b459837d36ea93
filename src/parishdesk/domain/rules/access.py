"""Rules on councillors' access to information (ACCESS-1 to ACCESS-10)."""

from __future__ import annotations

from parishdesk.domain.rules.model import Rule
from parishdesk.domain.rules.model import make_rule as _r

RULES: tuple[Rule, ...] = (
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
)
