"""One entry of the letters register: an issued letter as the register keeps it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class RegisteredLetter:
    """An issued letter's register entry; the letter itself (its paragraphs, letterhead and
    signatory) is read separately, and its PDF is filed at ``pdf_file`` under the letters
    folder, with ``sha256`` to prove a reprint identical."""

    id: int
    reference: str
    issued_on: dt.date
    letter_type: str
    recipient_name: str
    recipient_person_id: int | None
    subject: str
    cc: str  # the copies, "; "-separated
    signatory_name: str
    signatory_role: str = ""
    pdf_file: str = ""
    sha256: str = ""
    related_table: str = ""  # the record the letter belongs to, if any
    related_id: str = ""
