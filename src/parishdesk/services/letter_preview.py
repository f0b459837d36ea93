"""Seeing a letter or a pack exactly as it will be issued, without issuing it.

:func:`preview` runs the very use case that would issue (an enquiry reply, a decision
letter, a general letter, a councillor's pack) inside a transaction that is always rolled
back, with the letter engine told not to write its PDF to the letters folder. So the PDF
shown carries the reference the letter WILL get and is byte for byte the one that Issue
then files; and a preview leaves nothing behind: no number used, no register line, no
audit entry, no file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from parishdesk.domain.letters import Letter
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.services import letters, packs
from parishdesk.store.db import database

T = TypeVar("T")

PREVIEW_ACTOR = "(preview)"
"""Who a preview's rolled-back writes name; never kept, since nothing of a preview is."""


@dataclass(frozen=True)
class Preview(Generic[T]):
    """What issuing would give: the first letter's reference and PDF, and the use case's
    own result (discarded data: use it to show the clerk, never to file)."""

    reference: str
    pdf: bytes
    result: T


class _Discard(Exception):
    """Raised inside the preview's transaction to roll every write of it back."""


def preview(action: Callable[[], T]) -> Preview[T]:
    """Run ``action`` (a use case that issues one letter) and undo it, keeping its PDF."""
    capture = letters._Capture([], write=False)
    token = letters._capture.set(capture)
    outcome: list[T] = []
    try:
        with database.atomic():
            outcome.append(action())
            raise _Discard
    except _Discard:
        pass
    finally:
        letters._capture.reset(token)
    if not capture.letters:
        raise ParishDeskError("There is no letter to preview.")
    reference, pdf = capture.letters[0]
    return Preview(reference, pdf, outcome[0])


def issue_as_previewed(action: Callable[[], T], shown: Preview[Any]) -> T:
    """Run ``action`` for real, in one transaction that is undone unless its (first) letter
    is the one previewed, to the byte: what the clerk saw is what goes."""
    capture = letters._Capture([], write=True)
    token = letters._capture.set(capture)
    try:
        with database.atomic():
            result = action()
            if not capture.letters or capture.letters[0] != (shown.reference, shown.pdf):
                raise ParishDeskError(
                    "The letter has changed since it was previewed (something it draws on "
                    "was edited meanwhile), so it was not issued. Preview it again.")
    finally:
        letters._capture.reset(token)
    return result


def preview_letter(paths: DataPaths, letter: Letter) -> Preview[letters.IssuedLetterInfo]:
    """A composed letter as :func:`letters.issue_letter` would number and print it."""
    return preview(lambda: letters.issue_letter(paths, letter, PREVIEW_ACTOR))


def preview_pack(paths: DataPaths, person_id: int, today: dt.date) -> Preview[bytes]:
    """One councillor's whole pack (covering letter first) as making it would print it.

    ``result`` is the pack's PDF; ``reference`` and ``pdf`` are its covering letter's.
    """
    return preview(lambda: packs.pack_pdf(paths, person_id, PREVIEW_ACTOR, today))
