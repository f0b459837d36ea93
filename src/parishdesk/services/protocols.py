"""The protocol library: import, drafts, document control, adoption, comparison, links.

Document control (PROTO-1) lives in the version's own columns; the protocol
returned by :func:`get_version` carries the same values in its metadata, so a
viewer, the pack and the outline all agree. Exactly one version is adopted at
a time: :func:`adopt` supersedes the previous one in the same transaction,
and because acknowledgements belong to a (councillor, version) pair, every
councillor starts again at "not yet acknowledged" for the new version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from parishdesk.domain import protocol_compare, protocol_review
from parishdesk.domain.protocol import Protocol, looks_binary, parse_protocol
from parishdesk.domain.protocol.header_control import control_from_header, fill_missing
from parishdesk.domain.protocol.versions import VersionInfo, next_version_label
from parishdesk.domain.protocol_compare import ClauseDiff
from parishdesk.domain.protocol_review import ReviewStatus
from parishdesk.domain.rule_links import suggest_links
from parishdesk.domain.rules import rule
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.importers.docx_header import read_docx_header_text
from parishdesk.importers.protocol_readers import ProtocolReadError, read_protocol_text
from parishdesk.resources import resource_path
from parishdesk.store import audit, protocol_store
from parishdesk.store.db import database

__all__ = [
    "ClauseDiff", "ReviewStatus", "VersionInfo", "adopt", "adopt_model_protocol_as_draft",
    "adopted_version", "clause_links", "compare", "get_version", "import_protocol",
    "list_versions", "model_draft_label", "read_protocol_file", "review_status", "save_draft", "set_clause_links",
    "suggested_links", "update_document_control", "update_draft",
]

def _record(version_id: int) -> VersionInfo:
    rec = protocol_store.get_version(version_id)
    if rec is None:
        raise ParishDeskError(f"There is no protocol version number {version_id}.")
    return rec


def _with_document_control(info: VersionInfo, protocol: Protocol) -> Protocol:
    meta = replace(protocol.metadata, version=info.version_label or None,
                   adopted=info.adopted_on, last_reviewed=info.last_reviewed,
                   next_review=info.next_review, adopted_by=info.adopted_by or None)
    return replace(protocol, metadata=meta)


def _check_not_empty(protocol: Protocol) -> None:
    if not any(s.clauses for s in protocol.sections):
        raise ParishDeskError("No numbered sections or clauses were found, so there is nothing "
                              "to save. Check the file is the protocol itself.")


def _check_review_dates(last_reviewed: dt.date | None, next_review: dt.date | None) -> None:
    if last_reviewed and next_review and next_review < last_reviewed:
        raise ValidationError({"next_review": "The next review date cannot be before the "
                                              "date last reviewed."})


# --- Drafts -------------------------------------------------------------------------------

def save_draft(protocol: Protocol, actor: str, source_name: str = "") -> int:
    """Save a protocol as a new draft version, document control included; returns its id.

    The protocol's own "Adopted by" (as parsed, or as the clerk corrected it in
    the import wizard) becomes the version's meeting, so the draft is whole in
    one transaction.
    """
    _check_not_empty(protocol)
    _check_review_dates(protocol.metadata.last_reviewed, protocol.metadata.next_review)
    with database.atomic():
        return protocol_store.create_version(actor, protocol, source_name)


def read_protocol_file(path: Path) -> Protocol:
    """Read and parse a protocol file, refusing one that is not really text.

    Raises ProtocolReadError with a plain message (unreadable, no text, or binary content
    such as a spreadsheet or an old .doc renamed .txt).
    """
    path = Path(path)
    text = read_protocol_text(path)
    if looks_binary(text):
        raise ProtocolReadError(
            f"{path.name} does not hold readable text: it looks like a different kind of file "
            "with a text name. Open the protocol in Word and save it as a Word Document "
            "(.docx), a PDF or plain text (.txt), then import that.")
    protocol = parse_protocol(text)
    if path.suffix.lower() == ".docx":  # the version and dates may be in the page header
        header = control_from_header(read_docx_header_text(path))
        protocol = replace(protocol, metadata=fill_missing(protocol.metadata, header))
    return protocol


def import_protocol(path: Path, actor: str) -> int:
    """Read, parse and save a protocol file as a draft (ProtocolReadError if unreadable)."""
    protocol = read_protocol_file(Path(path))
    return save_draft(protocol, actor, Path(path).name)


def model_draft_label() -> str:
    """The version a new draft from the model protocol gets: the model's own on an empty
    library, else the next after every version already kept ("2.0" after "1.0")."""
    versions = protocol_store.list_versions()
    if not versions:
        return _model_protocol().metadata.version or "1.0"
    return next_version_label(v.version_label for v in versions)


def _model_protocol() -> Protocol:
    text = resource_path("protocol", "model_protocol.md").read_text(encoding="utf-8")
    return parse_protocol(text)


def adopt_model_protocol_as_draft(actor: str) -> int:
    """The shipped model Member/Officer Protocol, saved as a draft to adapt and adopt,
    numbered as the next version when the council already has one."""
    model = _model_protocol()
    label = model_draft_label()
    protocol = replace(model, metadata=replace(model.metadata, version=label))
    return save_draft(protocol, actor, "ParishDesk model protocol")


def list_versions() -> list[VersionInfo]:
    """Every version, newest first."""
    return protocol_store.list_versions()


def get_version(version_id: int) -> tuple[VersionInfo, Protocol]:
    info = _record(version_id)
    protocol = protocol_store.get_protocol(version_id)
    assert protocol is not None  # the version exists: _record checked
    return info, _with_document_control(info, protocol)


def update_draft(version_id: int, protocol: Protocol, actor: str) -> None:
    """Replace a draft's text (sections and clauses); adopted and superseded ones are fixed."""
    rec = _record(version_id)
    if rec.status != "draft":
        raise ParishDeskError(
            f"Version {rec.version_label or rec.id} is {rec.status} and cannot be edited. "
            "Save it as a new draft and edit that instead.")
    _check_not_empty(protocol)
    with database.atomic():
        protocol_store.update_text(version_id, protocol, actor)


def update_document_control(version_id: int, actor: str, *, version_label: str,
                            last_reviewed: dt.date | None, next_review: dt.date | None,
                            meeting: str, minute_ref: str) -> None:
    """Record a version's document control (PROTO-1), e.g. after an annual review."""
    _record(version_id)
    _check_review_dates(last_reviewed, next_review)
    with database.atomic():
        protocol_store.update_version(
            version_id, actor, version_label=version_label.strip(), last_reviewed=last_reviewed,
            next_review=next_review, meeting=meeting.strip(), minute_ref=minute_ref.strip())


# --- Adoption -----------------------------------------------------------------------------

def adopt(version_id: int, actor: str, *, adopted_on: dt.date, meeting: str,
          minute_ref: str) -> None:
    """Adopt a draft; the version adopted until now becomes superseded. One transaction."""
    rec = _record(version_id)
    if rec.status != "draft":
        raise ParishDeskError(
            f"Only a draft can be adopted; version {rec.version_label or rec.id} is "
            f"already {rec.status}.")
    if not meeting.strip():
        raise ValidationError({"meeting": "Say at which meeting the council adopted the "
                                          "protocol."})
    with database.atomic():
        for previous in protocol_store.adopted_versions():
            protocol_store.update_version(previous.id, actor,
                                          f"Superseded by version id {version_id}",
                                          status="superseded", superseded_on=adopted_on)
        fields: dict[str, object] = {
            "status": "adopted", "adopted_on": adopted_on, "meeting": meeting.strip(),
            "minute_ref": minute_ref.strip(),
        }
        if rec.last_reviewed is None or rec.last_reviewed < adopted_on:
            fields["last_reviewed"] = adopted_on
        if rec.next_review is None or rec.next_review <= adopted_on:
            fields["next_review"] = protocol_review.one_year_after(adopted_on)
        protocol_store.update_version(version_id, actor, "Adopted", **fields)
        if len(protocol_store.adopted_versions()) != 1:  # pragma: no cover - a guard, not a path
            raise ParishDeskError("Exactly one protocol version can be adopted at a time.")
        audit.note("protocol_ack", version_id, actor,
                   "New version adopted: every councillor is now 'not yet acknowledged'.")


def adopted_version() -> VersionInfo | None:
    adopted = protocol_store.adopted_versions()
    return adopted[-1] if adopted else None


def adopted_protocol() -> tuple[VersionInfo, Protocol] | None:
    info = adopted_version()
    return get_version(info.id) if info else None


# --- Comparison and reviews ---------------------------------------------------------------

def compare(version_a: int, version_b: int) -> list[ClauseDiff]:
    """Clause by clause: A is the older text, B the newer."""
    _, old = get_version(version_a)
    _, new = get_version(version_b)
    return protocol_compare.compare_protocols(old, new)


def review_status(today: dt.date) -> ReviewStatus:
    info = adopted_version()
    if info is None:
        return protocol_review.review_status(today, adopted=False)
    return protocol_review.review_status(
        today, adopted=True, version_label=info.version_label, next_review=info.next_review,
        last_reviewed=info.last_reviewed, adopted_on=info.adopted_on)


# --- Rule links ---------------------------------------------------------------------------

def _clause_numbers(protocol: Protocol) -> list[str]:
    return [c.number for s in protocol.sections for c in s.clauses if c.number]


def clause_links(version_id: int) -> dict[str, tuple[str, ...]]:
    """Clause number → the rule IDs the clerk linked to it."""
    _record(version_id)
    return protocol_store.clause_links(version_id)


def set_clause_links(version_id: int, clause_number: str, rule_ids: Sequence[str],
                     actor: str) -> None:
    """Link a clause to rules (an empty list removes its links)."""
    _, protocol = get_version(version_id)
    if clause_number not in _clause_numbers(protocol):
        raise ParishDeskError(f"This version has no clause {clause_number}.")
    clean: list[str] = []
    for rule_id in rule_ids:
        try:
            clean.append(rule(rule_id.strip().upper()).id)
        except KeyError:
            raise ParishDeskError(f"{rule_id} is not a rule ParishDesk knows.") from None
    with database.atomic():
        protocol_store.set_clause_links(version_id, clause_number, tuple(dict.fromkeys(clean)),
                                        actor)


def suggested_links(version_id: int) -> dict[str, tuple[str, ...]]:
    """Clause number → rules that the clause's words suggest (the clerk confirms them)."""
    _, protocol = get_version(version_id)
    out: dict[str, tuple[str, ...]] = {}
    for section in protocol.sections:
        for clause in section.clauses:
            if clause.number:
                found = suggest_links(clause.text)
                if found:
                    out[clause.number] = found
    return out


def rule_to_clause(version_id: int) -> dict[str, str]:
    """Rule ID → the first clause (in protocol order) linked to it."""
    _, protocol = get_version(version_id)
    links = protocol_store.clause_links(version_id)
    out: dict[str, str] = {}
    for number in _clause_numbers(protocol):
        for rule_id in links.get(number, ()):
            out.setdefault(rule_id, number)
    return out
