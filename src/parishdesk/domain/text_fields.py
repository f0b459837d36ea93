"""What may be typed into a field: single-line fields hold no line breaks or control codes.

A name, e-mail address or subject is one line. A line break or an invisible control
character pasted into one (from an e-mail, a PDF or a spreadsheet) later breaks the Excel
export, an e-mail draft's headers or a letter's layout, so it is refused when typed, with
a message that says what is wrong. Tabs and line breaks are fine in notes and addresses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping


def _unwanted(char: str, multi_line: bool) -> bool:
    if multi_line and char in "\n\t":
        return False
    category = unicodedata.category(char)
    # Cc: control codes (line breaks, tab, NUL …); Zl/Zp: Unicode line and paragraph
    # separators; Cs: lone surrogates from a broken paste; Co/Cn: private or unassigned.
    return category in ("Cc", "Zl", "Zp", "Cs") or (category == "Cf" and char in "\u202e\u202d")


def single_line_problem(label: str, value: str) -> str | None:
    """A message if ``value`` (a one-line field called ``label``) holds a line break or a
    control character; ``None`` when it is fine."""
    if any(char in "\r\n\u2028\u2029\x0b\x0c\x85" for char in value):
        return f"{label} must be on one line: take out the line break."
    if any(_unwanted(char, multi_line=False) for char in value):
        return (f"{label} holds an invisible control character (perhaps from copying and "
                "pasting): retype it.")
    return None


def multi_line_problem(label: str, value: str) -> str | None:
    """A message if ``value`` (a field that may hold several lines) holds a control
    character other than a line break or a tab; ``None`` when it is fine."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if any(_unwanted(char, multi_line=True) for char in text):
        return (f"{label} holds an invisible control character (perhaps from copying and "
                "pasting): retype it.")
    return None


def text_problems(values: Mapping[str, object], single_line: Mapping[str, str],
                  multi_line: Mapping[str, str] | None = None) -> dict[str, str]:
    """One message per field of ``values`` that breaks its kind: ``single_line`` and
    ``multi_line`` map a field's name to the label the message uses. Fields not named in
    either, and values that are not text, are left alone."""
    problems: dict[str, str] = {}
    for name, value in values.items():
        if not isinstance(value, str):
            continue
        if name in single_line:
            message = single_line_problem(single_line[name], value)
        elif multi_line and name in multi_line:
            message = multi_line_problem(multi_line[name], value)
        else:
            continue
        if message:
            problems[name] = message
    return problems
