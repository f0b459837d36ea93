"""Tests of the protocol package, one file per module job."""

from __future__ import annotations

from pathlib import Path

from parishdesk.domain.protocol import Protocol, parse_protocol


def own_protocol(path: Path) -> Protocol:
    """One of the project's own test protocols (tests/fixtures/protocols/), parsed."""
    return parse_protocol(path.read_text(encoding="utf-8"))
