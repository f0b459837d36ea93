"""Word's automatic list numbers, worked out from a .docx's numbering definitions.

python-docx sees only the text typed into a paragraph; a number Word shows because
of list numbering (numPr on the paragraph or its style chain, an abstractNum's
levels, overrides and start values) is computed here so that an imported protocol
keeps its "2.3.1".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


def w_tag(tag: str) -> str:
    """A WordprocessingML tag or attribute ("w:p") as lxml names it."""
    from docx.oxml.ns import qn

    return str(qn(tag))


def _val(el: Any, tag: str) -> str | None:
    child = el.find(w_tag(tag)) if el is not None else None
    return None if child is None else child.get(w_tag("w:val"))


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    is_lgl: bool
    style_id: str | None


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter after z: aa, bb, cc …
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)


class Numbering:
    """Word's list numbering: definitions from numbering.xml and running counters."""

    def __init__(self, document: Any) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractNumId -> numbering style it links to
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self.based_on: dict[str, str] = {}
        self.default_style: str | None = None
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self._load_styles(document)
        self._load_numbering(document)

    def _load_styles(self, document: Any) -> None:
        for style in document.styles.element.findall(w_tag("w:style")):
            sid = style.get(w_tag("w:styleId"))
            if not sid:
                continue
            if style.get(w_tag("w:type")) == "paragraph" and style.get(w_tag("w:default")) in ("1", "true"):
                self.default_style = sid
            based = _val(style, "w:basedOn")
            if based:
                self.based_on[sid] = based
            ppr = style.find(w_tag("w:pPr"))
            numpr = ppr.find(w_tag("w:numPr")) if ppr is not None else None
            if numpr is not None:
                ilvl = _val(numpr, "w:ilvl")
                self.style_numpr[sid] = (_val(numpr, "w:numId"), int(ilvl) if ilvl else None)

    def _load_numbering(self, document: Any) -> None:
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        for absnum in root.findall(w_tag("w:abstractNum")):
            aid = absnum.get(w_tag("w:abstractNumId"))
            levels: dict[int, _Level] = {}
            for lvl in absnum.findall(w_tag("w:lvl")):
                ilvl = int(lvl.get(w_tag("w:ilvl"), "0"))
                start = _val(lvl, "w:start")
                levels[ilvl] = _Level(
                    start=int(start) if start and start.lstrip("-").isdigit() else 1,
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                    is_lgl=lvl.find(w_tag("w:isLgl")) is not None,
                    style_id=_val(lvl, "w:pStyle"),
                )
            link = _val(absnum, "w:numStyleLink")
            if link:
                self.style_links[aid] = link
            self.abstract[aid] = levels
        for num in root.findall(w_tag("w:num")):
            nid = num.get(w_tag("w:numId"))
            aid = _val(num, "w:abstractNumId")
            overrides: dict[int, int] = {}
            for ov in num.findall(w_tag("w:lvlOverride")):
                start = _val(ov, "w:startOverride")
                if start is not None and start.isdigit():
                    overrides[int(ov.get(w_tag("w:ilvl"), "0"))] = int(start)
            if nid and aid is not None:
                self.nums[nid] = (aid, overrides)

    def _abstract_for(self, num_id: str) -> str | None:
        aid = self.nums.get(num_id, (None, {}))[0]
        seen: set[str] = set()
        while aid is not None and aid in self.style_links and aid not in seen:
            seen.add(aid)
            linked_num = self.style_numpr.get(self.style_links[aid], (None, None))[0]
            if linked_num is None or linked_num not in self.nums:
                break
            aid = self.nums[linked_num][0]
        return aid

    def _num_pr(self, p: Any) -> tuple[str | None, int | None, str | None]:
        ppr = p.find(w_tag("w:pPr"))
        num_id: str | None = None
        ilvl: int | None = None
        style_id = _val(ppr, "w:pStyle") if ppr is not None else None
        numpr = ppr.find(w_tag("w:numPr")) if ppr is not None else None
        if numpr is not None:
            num_id = _val(numpr, "w:numId")
            raw = _val(numpr, "w:ilvl")
            ilvl = int(raw) if raw and raw.isdigit() else None
        sid = style_id or self.default_style
        seen: set[str] = set()
        while num_id is None and sid and sid not in seen:
            seen.add(sid)
            style_num, style_lvl = self.style_numpr.get(sid, (None, None))
            if ilvl is None and style_lvl is not None:
                ilvl = style_lvl
            if style_num is not None:
                num_id = style_num
            sid = self.based_on.get(sid)
        return num_id, ilvl, style_id

    def label_for(self, p: Any) -> tuple[str | None, int]:
        """The list label Word shows before this paragraph (None if it is not in a list)."""
        num_id, ilvl, style_id = self._num_pr(p)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None, 0
        aid = self._abstract_for(num_id)
        levels = self.abstract.get(aid or "", {})
        if not levels:
            return None, 0
        if ilvl is None:
            ilvl = next((k for k, v in levels.items() if style_id and v.style_id == style_id), 0)
        level = levels.get(ilvl)
        if level is None:
            return None, ilvl
        counters = self.counters.setdefault(aid or "", {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl_no, start in self.nums[num_id][1].items():
                counters[lvl_no] = start - 1
                for deeper in [k for k in counters if k > lvl_no]:
                    del counters[deeper]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "•", ilvl

        def value(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lvl = levels.get(k)
            n = counters.get(k, lvl.start if lvl else 1)
            fmt = "decimal" if level.is_lgl else (lvl.fmt if lvl else "decimal")
            return _format(n, fmt)

        return re.sub(r"%(\d)", value, level.text).strip(), ilvl
