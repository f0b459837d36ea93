"""A council's own Member/Officer Protocol as structured data.

The clerk imports the council's protocol (Word, PDF or plain text); the text
is parsed into numbered sections and clauses so that rules can be linked to
the council's own paragraphs ("paragraph 5.2 of the Council's protocol").

The package keeps one job per module: :mod:`.model` (the records),
:mod:`.parser` (text in, :class:`Protocol` out, with :mod:`.lines` and
:mod:`.metadata` for page furniture and document control), :mod:`.outline`
(outline data and numbering warnings), :mod:`.editing` (the import wizard's
renumber, merge, split and edit) and :mod:`.markdown` (a text that parses
back to the same structure). The public names are all here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parishdesk.domain.protocol.editing import (
        edit_clause,
        merge_clauses,
        renumber,
        split_clause,
    )
    from parishdesk.domain.protocol.markdown import protocol_to_markdown
    from parishdesk.domain.protocol.metadata import parse_date
    from parishdesk.domain.protocol.model import (
        LONG_CLAUSE_CHARS,
        Block,
        BlockKind,
        Clause,
        OutlineWarning,
        Protocol,
        ProtocolMetadata,
        Section,
        blocks_from_text,
        clause_from_blocks,
    )
    from parishdesk.domain.protocol.outline import (
        outline_warnings,
        preamble_paragraphs,
        protocol_to_outline,
    )
    from parishdesk.domain.protocol.parser import looks_binary, parse_protocol

#: Where each public name lives. A name is imported from its module when first asked
#: for, so that code needing only the records (the Members register's acknowledgement
#: column, say) does not load the parser, the editor and the Markdown writer too.
_WHERE = {
    "edit_clause": "editing", "merge_clauses": "editing", "renumber": "editing",
    "split_clause": "editing", "protocol_to_markdown": "markdown", "parse_date": "metadata",
    "LONG_CLAUSE_CHARS": "model", "Block": "model", "BlockKind": "model", "Clause": "model",
    "OutlineWarning": "model", "Protocol": "model", "ProtocolMetadata": "model",
    "Section": "model", "blocks_from_text": "model", "clause_from_blocks": "model",
    "outline_warnings": "outline", "preamble_paragraphs": "outline",
    "protocol_to_outline": "outline", "looks_binary": "parser", "parse_protocol": "parser",
}

__all__ = [
    "LONG_CLAUSE_CHARS",
    "Block",
    "BlockKind",
    "Clause",
    "OutlineWarning",
    "Protocol",
    "ProtocolMetadata",
    "Section",
    "blocks_from_text",
    "clause_from_blocks",
    "edit_clause",
    "looks_binary",
    "merge_clauses",
    "outline_warnings",
    "parse_date",
    "parse_protocol",
    "preamble_paragraphs",
    "protocol_to_markdown",
    "protocol_to_outline",
    "renumber",
    "split_clause",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
