"""The case forms' text fields: which are one line, and the words their messages use."""

from __future__ import annotations

from collections.abc import Mapping

from parishdesk.domain.text_fields import text_problems
from parishdesk.errors import ValidationError

#: One-line fields (a name, a title): no line breaks, no control characters. The keys are
#: the field names the forms show their messages against.
SINGLE_LINE = {"complainant": "The name of whoever raised the concern",
               "subject": "The name of whoever it is about", "title": "The title",
               "link_label": "The linked record's label", "name": "The name"}
#: Fields that may hold several lines (but no control characters).
MULTI_LINE = {"account": "The account", "informal_outcome": "What happened informally",
              "override_reason": "The reason", "reason": "The reason", "address": "The address",
              "text": "The note", "detail": "The detail"}


def problems(values: Mapping[str, object]) -> dict[str, str]:
    return text_problems(values, SINGLE_LINE, MULTI_LINE)


def check(values: Mapping[str, object]) -> None:
    """Refuse a line break in a one-line field, or a control character in any, with one
    message per field."""
    found = problems(values)
    if found:
        raise ValidationError(found)
