"""Word copies of issued letters: the same letter, as a .docx the council can edit or publish."""

from __future__ import annotations

import os
from pathlib import Path

from parishdesk.documents.letter_docx import render_letter_docx
from parishdesk.errors import ParishDeskError
from parishdesk.store import letters_store


def find_letter_id(reference: str) -> int:
    """The register's id of the letter with this reference (e.g. "PD/2026/0016")."""
    wanted = reference.strip().upper()
    for summary in letters_store.search(wanted):
        if summary.reference.upper() == wanted:
            return summary.id
    raise ParishDeskError(f"There is no letter {reference.strip()} in the letters register.")


def save_word_copy(letter_id: int, target: Path) -> Path:
    """Write the letter as issued to ``target`` (.docx); the PDF in the register stays the record."""
    if target.suffix.lower() != ".docx":
        raise ParishDeskError(f"A Word document's name ends in .docx: {target.name}")
    letter = letters_store.get_letter(letter_id)
    if letter is None:
        raise ParishDeskError(f"There is no letter number {letter_id} in the register.")
    data = render_letter_docx(letter)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_bytes(data)
    os.replace(part, target)
    return target
