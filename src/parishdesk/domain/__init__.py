"""Pure domain rules and records: no Qt, no database, no reportlab.

Everything here takes what it needs (including ``today``) as parameters and
returns frozen dataclasses, so it can be tested in milliseconds.
"""
