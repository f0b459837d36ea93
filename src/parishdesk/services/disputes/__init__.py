"""Disputes: open a case on the lawful route, keep its steps on time, write its letters and
bundle it for an adviser. One use case per function, each one transaction with its audit
entry; the log never holds case text (DISP-12).

``cases`` opens and reads cases, ``steps`` records what happens, ``deadlines`` the time
limits and alerts, ``case_letters`` the letters, ``bundle`` the case bundle PDF and
``gate`` the council's settings and the password for the area.
"""
