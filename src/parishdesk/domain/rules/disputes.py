"""Rules for when things go wrong: complaints, disputes and their routes."""

from __future__ import annotations

from parishdesk.domain.rules.model import Rule
from parishdesk.domain.rules.model import make_rule as _r

RULES: tuple[Rule, ...] = (
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
)
