"""Letter templates: the shipped wording, and the Clerk's own edited copies.

The app ships one template per letter type in ``resources/letters/<key>.txt``.
When the Clerk edits a template in the app, the edited copy is saved in a
folder in the data directory (``user_dir``) and is used from then on; resetting
deletes the copy so the shipped wording returns. The format is described in
``parishdesk.domain.letters``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from parishdesk.documents.fonts import bundled_resources_dir
from parishdesk.domain.letters import (
    LETTER_TYPES,
    TemplateError,
    allowed_placeholders,
    check_template,
    letter_type,
    required_placeholders,
)


def shipped_templates_dir() -> Path:
    """The folder of templates that ship with the app."""
    return bundled_resources_dir() / "letters"


def _file_name(key: str) -> str:
    letter_type(key)  # refuses unknown keys before any path is built from them
    return f"{key}.txt"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")


def shipped_template(key: str) -> str:
    """The template as shipped, ignoring any edited copy."""
    return _read(shipped_templates_dir() / _file_name(key))


def is_customised(key: str, user_dir: Path | None) -> bool:
    """Whether the Clerk has an edited copy of this template."""
    return user_dir is not None and (user_dir / _file_name(key)).is_file()


def load_template(key: str, user_dir: Path | None = None) -> str:
    """The template for letter type ``key``: the Clerk's edited copy if any, else the shipped one."""
    name = _file_name(key)
    if user_dir is not None and (user_dir / name).is_file():
        return _read(user_dir / name)
    return shipped_template(key)


def save_template(key: str, text: str, user_dir: Path) -> Path:
    """Check and save the Clerk's edited template; return where it was written.

    Raises :class:`TemplateError` listing every problem (missing subject line,
    stray braces, fields this letter type does not supply, a required field
    left out) and writes nothing
    in that case. The file is replaced atomically, so a crash never leaves a
    half-written template.
    """
    name = _file_name(key)
    text = text.replace("\r\n", "\n")
    problems = check_template(text, allowed_placeholders(key), required_placeholders(key))
    if problems:
        raise TemplateError(" ".join(problems))
    if not text.endswith("\n"):
        text += "\n"
    user_dir.mkdir(parents=True, exist_ok=True)
    target = user_dir / name
    fd, tmp_name = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=user_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target


def reset_template(key: str, user_dir: Path | None) -> None:
    """Drop the Clerk's edited copy so the shipped template is used again."""
    if user_dir is None:
        return
    (user_dir / _file_name(key)).unlink(missing_ok=True)


def template_keys() -> tuple[str, ...]:
    """Every letter type that has a template."""
    return tuple(LETTER_TYPES)
