"""Tests of the protocol package, one file per module job."""

from __future__ import annotations

from pathlib import Path

from parishdesk.domain.protocol import Protocol, parse_protocol


def seed_protocol(seeds_dir: Path, prefix: str) -> Protocol:
    """The seed protocol whose file name starts with ``prefix``, parsed."""
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    return parse_protocol(path.read_text(encoding="utf-8"))
