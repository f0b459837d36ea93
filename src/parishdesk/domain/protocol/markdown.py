"""Writing a protocol as Markdown that the parser reads back to the same structure."""

from __future__ import annotations

from datetime import date

from parishdesk.domain.protocol.editing import _blocks
from parishdesk.domain.protocol.model import Block, Protocol


def _md_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


def _md_block(b: Block) -> str:
    indent = "    " * b.level
    if b.kind == "bullet":
        return f"{indent}- {b.text}"
    if b.kind == "item":
        return f"{indent}{b.label} {b.text}"
    return b.text


def protocol_to_markdown(p: Protocol) -> str:
    """The protocol as Markdown that :func:`parse_protocol` reads back unchanged."""
    m = p.metadata
    out: list[str] = []
    if p.title:
        out += [f"# {p.title}", ""]
    out += [
        f"Version\t{m.version or '—'}",
        f"Adopted on\t{_md_date(m.adopted)}",
        f"Last reviewed\t{_md_date(m.last_reviewed)}",
        f"Next review date\t{_md_date(m.next_review)}",
    ]
    if m.adopted_by:
        out.append(f"Adopted by\t{m.adopted_by}")
    out.append("")
    for b in p.preamble:
        out += [_md_block(b), ""]
    for s in p.sections:
        heading = f"{s.number} {s.title}" if s.number else s.title
        if heading.strip():
            out += [f"## {heading}", ""]
        for c in s.clauses:
            blocks = _blocks(c)
            if c.number:
                first = blocks[0].text if blocks and blocks[0].kind == "para" else ""
                out += [f"{c.number} {first}".rstrip(), ""]
                if first:
                    blocks = blocks[1:]
            for b in blocks:
                out += [_md_block(b), ""]
    return "\n".join(out).rstrip() + "\n"
