"""The letters issued about one record (an enquiry, a request …), as register lines.

Kept apart from the letters register module so an area can list its own
letters without reaching for the letter table.
"""

from __future__ import annotations

from parishdesk.store.letters_repo import IssuedLetter, LetterSummary


def letters_for(table: str, record_id: object) -> list[LetterSummary]:
    """Letters issued about ``table`` record ``record_id``, in the order they were issued."""
    query = (IssuedLetter.select()
             .where((IssuedLetter.related_table == table)
                    & (IssuedLetter.related_id == str(record_id)))
             .order_by(IssuedLetter.id))
    return [LetterSummary(id=row.get_id(), reference=row.reference, issued_on=row.issued_on,
                          letter_type=row.letter_type, recipient_name=row.recipient_name,
                          recipient_person_id=row.recipient_person_id, subject=row.subject,
                          cc=row.cc, signatory_name=row.signatory_name)
            for row in query]
