"""Ways a real file gets damaged: flipped bytes, a cut-off end, a spliced chunk, and
(for .docx and .xlsx, which are zip files) one damaged part inside an intact zip."""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass

from hypothesis import strategies as st

_JUNK = st.binary(min_size=1, max_size=64)


@dataclass(frozen=True)
class Blob:
    """A damaged file's bytes, shown in a failure report by size and hash (a repr of
    100 KB of bytes helps no one; re-run the failing example to get the file)."""

    data: bytes

    def __repr__(self) -> str:
        return f"Blob({len(self.data)} bytes, sha256 {hashlib.sha256(self.data).hexdigest()[:16]})"


@st.composite
def mutated_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with one to four damages: byte flips, a truncation, an insertion, a
    deletion or a duplicated stretch."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "repeat",
                                     "set"]))
        if not out:
            out += draw(_JUNK)
            continue
        at = draw(st.integers(0, len(out) - 1))
        if kind == "flip":
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set":
            out[at] = draw(st.sampled_from([0, 0x0D, 0x0A, 0x22, 0x3C, 0xFF, 0x2C, 0x3B]))
        elif kind == "truncate":
            del out[at:]
        elif kind == "insert":
            out[at:at] = draw(_JUNK)
        elif kind == "delete":
            del out[at:at + draw(st.integers(1, 256))]
        else:
            out[at:at] = out[at:at + draw(st.integers(1, 512))]
    return bytes(out)


def zip_members(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


@st.composite
def zip_with_damaged_member(draw: st.DrawFn, data: bytes) -> bytes:
    """The zip in ``data`` rewritten with one member damaged, dropped or emptied: the kind
    of file a crashed save or a bad download leaves, still a valid zip."""
    names = zip_members(data)
    victim = draw(st.sampled_from(names))
    action = draw(st.sampled_from(["mutate", "mutate", "mutate", "drop", "empty", "truncate"]))
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            body = source.read(name)
            if name == victim:
                if action == "drop":
                    continue
                if action == "empty":
                    body = b""
                elif action == "truncate":
                    body = body[: draw(st.integers(0, max(0, len(body) - 1)))]
                else:
                    body = draw(mutated_bytes(body))
            target.writestr(name, body)
    return out.getvalue()


def damaged_zip(data: bytes) -> st.SearchStrategy[Blob]:
    """Either the zip file's own bytes damaged or (more often) one part inside it."""
    return st.one_of(zip_with_damaged_member(data), zip_with_damaged_member(data),
                     mutated_bytes(data)).map(Blob)


def damaged(data: bytes) -> st.SearchStrategy[Blob]:
    """``data`` with bytes flipped, cut, inserted or repeated."""
    return mutated_bytes(data).map(Blob)
