"""Letter templates: read the wording, save the Clerk's own, go back to the shipped one.

Each save and each reset is one use case with an audit entry that keeps the
wording before and after, so the Clerk's earlier wording is never lost even
when a reset removes the edited copy. The entry and the file change go
together: the entry is written in a transaction that is rolled back if the
file cannot be written.
"""

from __future__ import annotations

from pathlib import Path

from parishdesk.documents import templates as files
from parishdesk.domain.letters import TemplateError
from parishdesk.errors import ValidationError
from parishdesk.store import audit
from parishdesk.store.db import database

#: The audit log's name for templates (they are files, not rows).
TABLE = "letter_template"


class TemplateProblem(ValidationError, TemplateError):
    """The wording cannot be saved; the problems are under the field ``"text"``."""


def template_keys() -> tuple[str, ...]:
    """Every letter type that has a template."""
    return files.template_keys()


def wording(key: str, templates_dir: Path | None) -> str:
    """The wording letters of this kind use now: the Clerk's own if any, else the shipped."""
    return files.load_template(key, templates_dir)


def shipped_wording(key: str) -> str:
    return files.shipped_template(key)


def is_edited(key: str, templates_dir: Path | None) -> bool:
    """Whether the Clerk has their own wording for this kind of letter."""
    return files.is_customised(key, templates_dir)


def save_wording(key: str, text: str, templates_dir: Path, actor: str) -> Path:
    """Check and save the Clerk's wording for one kind of letter; return the file.

    Raises :class:`TemplateProblem` (a ``ValidationError`` on ``"text"``) and writes
    nothing if the wording has problems.
    """
    before = files.load_template(key, templates_dir)
    try:
        with database.atomic():
            audit.note(TABLE, key, actor, "Wording saved", {"text": [before, text]})
            return files.save_template(key, text, templates_dir)
    except TemplateError as exc:
        raise TemplateProblem({"text": str(exc)}) from exc


def reset_wording(key: str, templates_dir: Path, actor: str) -> None:
    """Go back to ParishDesk's wording; the Clerk's wording stays in the audit log."""
    if not files.is_customised(key, templates_dir):
        return
    before = files.load_template(key, templates_dir)
    with database.atomic():
        audit.note(TABLE, key, actor, "Back to ParishDesk's wording",
                   {"text": [before, files.shipped_template(key)]})
        files.reset_template(key, templates_dir)
