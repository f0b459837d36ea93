"""HTML for the Disputes windows: a route with its rules in plain words, and a case's facts.

Rules show as their plain title, their words and their source, never as an ID.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from parishdesk.domain.dispute_steps import Deadline
from parishdesk.domain.disputes import TRACKS, Route
from parishdesk.domain.rules import rule
from parishdesk.services.protocol_links import rule_sources


def rules_html(rule_ids: Sequence[str]) -> str:
    """Each rule's title, words and real source (the council's own protocol paragraph where
    the clerk has linked one)."""
    parts = ["<ul>"]
    for rule_id, source in zip(rule_ids, rule_sources(rule_ids), strict=True):
        r = rule(rule_id)
        parts.append(f"<li><b>{escape(r.title)}</b>: {escape(r.text)}<br>"
                     f"<i>Source: {escape(source)}</i></li>")
    parts.append("</ul>")
    return "".join(parts)


def route_html(route: Route, steps_with_dates: Sequence[str] = (),
               tribunal: str = "") -> str:
    parts = [f"<h3>{escape(TRACKS[route.track])}</h3>",
             f"<p><b>Who takes it:</b> {escape(route.handler)}</p>"]
    if route.warnings or tribunal:
        parts.append("<p><b>Take care</b></p><ul>")
        parts += [f"<li>\u26a0 {escape(w)}</li>" for w in route.warnings]
        if tribunal:
            parts.append(f"<li>\u26a0 {escape(tribunal)}</li>")
        parts.append("</ul>")
    parts.append("<p><b>What happens next</b></p><ol>")
    parts += [f"<li>{escape(s)}</li>" for s in (steps_with_dates or route.steps)]
    parts.append("</ol><p><b>The rules this rests on</b></p>")
    parts.append(rules_html(route.rules))
    return "".join(parts)


def deadline_text(d: Deadline, today: dt.date, nation: str) -> str:
    if d.met_on is not None:
        late = " (late)" if d.met_on > d.due_on else ""
        return f"Met on {d.met_on:%d/%m/%Y}{late}"
    left = d.days_left(today, nation)
    if left < 0:
        return f"\u26a0 Overdue by {-left} working day{'s' if left != -1 else ''}"
    return f"{left} working day{'s' if left != 1 else ''} left"
