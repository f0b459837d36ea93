"""HTML for the information-request windows: the live recommendation and the detail pane."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import QTextBrowser

from parishdesk.domain.access import (
    COMMITTEE_OUTCOME_LABELS,
    CONTENT_CATEGORIES,
    OUTCOME_LABELS,
    STATUS_LABELS,
    Assessment,
)
from parishdesk.domain.access_deadline import StatusChange
from parishdesk.domain.rules import rule
from parishdesk.gui.common.rule_link import connect_why_links, rule_titles_html, why_link
from parishdesk.services.access import AccessRecord
from parishdesk.services.protocol_links import rule_sources

OUTCOME_SIGNS = {"disclose": "\u2714", "justify": "?", "refuse": "\u2716"}


def _date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def outcome_words(assessment: Assessment) -> str:
    """The recommendation in one plain line, e.g. "Disclose (need to know is presumed)"."""
    words = OUTCOME_LABELS[assessment.outcome]
    if assessment.presumed:
        return f"{words} \u2013 the need to know is presumed; no reason is needed"
    if assessment.outcome == "disclose":
        return f"{words} \u2013 a specific need has been shown"
    return words


def recommendation_html(assessment: Assessment) -> str:
    """The assistant's recommendation: outcome, presumption, reasons, rules with sources."""
    parts = [f"<h3>{OUTCOME_SIGNS[assessment.outcome]} {escape(outcome_words(assessment))}</h3>",
             "<p><b>Why</b></p><ul>"]
    parts += [f"<li>{escape(reason)}</li>" for reason in assessment.reasons]
    parts.append("</ul><p><b>Rules relied on</b></p><ul>")
    # Each rule by its plain title and words, its real source and a "Why?" link (the
    # window showing it connects the links with ``connect_why_links``); never its ID.
    for index, (rule_id, source) in enumerate(zip(assessment.rules,
                                                  rule_sources(assessment.rules), strict=True)):
        r = rule(rule_id)
        parts.append(f"<li><b>{escape(r.title)}</b> ({why_link(index)}): {escape(r.text)} "
                     f"<i>Source: {escape(source)}</i></li>")
    parts.append("</ul>")
    return "".join(parts)


def _row(label: str, value: str) -> str:
    return (f"<tr><td valign='top'><b>{escape(label)}</b></td>"
            f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>") if value else ""


def details_html(record: AccessRecord, history: list[StatusChange]) -> str:
    """Everything about one request, for the pane beside the register."""
    contents = "; ".join(CONTENT_CATEGORIES[c] for c in CONTENT_CATEGORIES
                         if c in record.contents)
    if "group_internal" in record.contents and record.document_group:
        contents += f" (the {record.document_group} group's)"
    overdue = "\u26a0 " if record.overdue else ""
    parts = [f"<h3>{escape(record.reference)}: {escape(record.requester_name)}</h3>",
             f"<p><b>{escape(record.status_label)}</b>"
             + (f"<br>{overdue}{escape(record.due_text)}" if record.due_text else "") + "</p>",
             "<table cellspacing='4'>",
             _row("Received", _date(record.received_on)),
             _row("Documents", record.documents),
             _row("Held by", record.holder),
             _row("Committee", record.committee_name or "None named"),
             _row("On a meeting's agenda", (record.meeting or "Yes") if record.meeting_business
                  else "No"),
             _row("Contains", contents or "Nothing sensitive recorded"),
             _row("Reason given", record.reason or "None yet"),
             _row("Reason specific", "Yes" if record.reason_specific else "No"),
             _row("Route", "Freedom of Information Act (20 working days)" if record.foi
                  else "Councillor's need to know"),
             _row("Decided by", record.decider_name),
             "</table>",
             "<p><b>Recommendation:</b> " + escape(outcome_words(record.assessment)) + ". "
             "The rules: " + rule_titles_html([rule(r).title for r in record.assessment.rules])
             + "</p>"]  # its Why? links open the rules (see ``connect_why_links``)
    if record.decision:
        parts += ["<p><b>Decision:</b> " + escape(record.decision_label)
                  + f" on {_date(record.decided_on)}"
                  + (" \u2013 <b>differs from the recommendation</b>" if record.overridden else "")
                  + "</p><table cellspacing='4'>",
                  _row("Why decided otherwise", record.override_reason),
                  _row("Reasons", "\n".join(record.decision_reasons)),
                  _row("Purpose", record.purpose),
                  _row("Conditions", "\n".join(record.conditions)),
                  _row("Redactions", record.redactions),
                  _row("Letters", ", ".join(x for x in (
                      "decision letter issued" if record.decision_letter_id else "",
                      "written reasons issued" if record.reasons_letter_id else "") if x)),
                  "</table>"]
    if record.referral_body:
        parts += ["<p><b>Referred</b> to " + escape(record.referral_body)
                  + f" on {_date(record.referred_on)}"
                  + (f"; meeting {_date(record.referral_meeting_on)}"
                     if record.referral_meeting_on else "") + ".</p>"]
    if record.committee_outcome:
        parts += ["<p><b>Committee:</b> "
                  + escape(COMMITTEE_OUTCOME_LABELS[record.committee_outcome])
                  + f" on {_date(record.committee_outcome_on)}."
                  + (f" {escape(record.committee_note)}" if record.committee_note else "")
                  + "</p>"]
    if history:
        parts.append("<p><b>History</b></p><ul>")
        parts += [f"<li>{_date(c.on)}: {escape(STATUS_LABELS.get(c.status, c.status))}"
                  f" ({escape(c.actor)}){': ' + escape(c.note) if c.note else ''}</li>"
                  for c in history]
        parts.append("</ul>")
    return "".join(parts)


def show_details(browser: QTextBrowser, record: AccessRecord,
                 history: list[StatusChange]) -> None:
    """Show :func:`details_html` in the pane, its rules' Why? links working."""
    browser.setHtml(details_html(record, history))
    connect_why_links(browser, record.assessment.rules)
