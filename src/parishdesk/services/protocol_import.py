"""Reading the council's own protocol file, the first step of importing it.

The import wizard asks for a file; this reads it (Word, PDF or text) and
parses it into sections and clauses, or says in plain words why it cannot:
unreadable, not text, or no numbered sections in it. A Word file's page headers
are read too: a version and adoption date written there ("Version 3 — adopted
12 May 2025") fill the document control the body leaves out.
"""

from __future__ import annotations

from pathlib import Path

from parishdesk.domain.protocol import Protocol
from parishdesk.importers.protocol_readers import SUPPORTED_SUFFIXES, ProtocolReadError
from parishdesk.services.protocols import read_protocol_file

__all__ = ["SUPPORTED_SUFFIXES", "ProtocolReadError", "read_for_import"]


def read_for_import(path: Path) -> Protocol:
    """The protocol in ``path``, with at least one numbered section.

    Raises :class:`ProtocolReadError` with the reason the clerk can act on.
    """
    path = Path(path)
    try:
        protocol = read_protocol_file(path)
    except OSError as exc:
        raise ProtocolReadError(f"{path.name} could not be opened: {exc.strerror or exc}.") \
            from exc
    if not protocol.sections:
        raise ProtocolReadError(
            f"No numbered sections were found in {path.name}. Check it is the protocol, or "
            f"choose another copy ({', '.join(SUPPORTED_SUFFIXES)}).")
    return protocol
