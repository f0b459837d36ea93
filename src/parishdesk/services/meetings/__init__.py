"""Meetings use cases: agendas, the meeting itself, minutes and the decisions register.

Each write is one function, one transaction and one audit entry (through the
store). Checks never block a write: they come back beside what was saved, as
sentences naming their rules, for the window to show in plain words.
"""
