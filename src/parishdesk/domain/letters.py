"""Formal letters as data: who writes, to whom, who is copied, and the wording.

Pure rules for the letter engine. ``documents/letter_pdf.py`` turns a
:class:`Letter` into a PDF; this module decides what a letter may say and who
may sign it:

* CORR-1 (no silent copies): copies are a visible ``cc`` list on the letter
  itself. There is deliberately no blind-copy field anywhere.
* CORR-2 (letters in the Clerk's name): the Clerk as Proper Officer signs by
  default; only the Chair may sign instead, and never a letter that creates an
  obligation or gives an instruction for the council.

Letter templates are plain text: the first line is ``Subject: …``, then the
body as paragraphs separated by blank lines, with ``{placeholder}`` fields.
``{{`` and ``}}`` stand for literal braces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from parishdesk.domain.case_letter_types import CASE_LETTER_TYPES, CASE_SIGNERS
from parishdesk.domain.rules import rule

REFERENCE_PREFIX = "PD"

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


@dataclass(frozen=True)
class Letterhead:
    """The council's name and contact details printed at the top of page one."""

    council_name: str
    address_lines: tuple[str, ...] = ()
    telephone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Recipient:
    """Who the letter is addressed to.

    ``salutation`` is the name after "Dear" when it differs from ``name``
    (for example name "Cllr Jane Smith", salutation "Councillor Smith").
    """

    name: str
    address_lines: tuple[str, ...] = ()
    salutation: str = ""


@dataclass(frozen=True)
class Signatory:
    """The person in whose name the letter goes out.

    ``role`` is "clerk" (the Proper Officer, the default) or "chair"; any
    other value is refused by :func:`check_signatory`.
    """

    name: str
    capacity: str
    role: str = "clerk"


@dataclass(frozen=True)
class Letter:
    """A complete formal letter, ready to render."""

    reference: str
    date: date
    letterhead: Letterhead
    recipient: Recipient
    subject: str
    body: tuple[str, ...]
    signatory: Signatory
    cc: tuple[str, ...] = ()
    letter_type: str = "general"
    title: str = ""

    @property
    def document_title(self) -> str:
        """Title for the PDF's metadata: the explicit title, else the subject."""
        return self.title or self.subject

    @property
    def salutation(self) -> str:
        """The opening line, e.g. "Dear Councillor Smith,"."""
        return salutation(self.recipient)


@dataclass(frozen=True)
class LetterType:
    """A kind of letter the council sends.

    ``creates_obligation`` marks letters that commit the council, ask the
    recipient to do something, or record an officer's decision: under CORR-2
    these go out in the Clerk's name only. ``placeholders`` are the fields a
    template for this type may use; ``required`` are those it must keep because
    they bring in wording a rule requires (e.g. the purpose limitation and the
    dispute route of an access decision), which the clerk may move but not drop.
    """

    key: str
    label: str
    creates_obligation: bool
    placeholders: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    #: Part of a confidential case (DISP-12): every page is marked, the letters register
    #: and exports leave it out.
    confidential: bool = False
    #: Who may sign when not only the Clerk: a case about the Clerk goes out in the name of
    #: the Chair or the staffing committee's chair (CORR-2 with DISP-3).
    signers: tuple[str, ...] = ()


class TemplateError(ValueError):
    """A letter template is malformed or needs values that were not supplied."""


COMMON_PLACEHOLDERS: tuple[str, ...] = (
    "council_name", "clerk_name", "councillor_name", "reference", "date",
)

_TYPES: tuple[LetterType, ...] = (
    LetterType("pack_cover", "Protocol pack cover letter", True,
               ("protocol_title", "protocol_version", "protocol_adopted", "return_by")),
    LetterType("ack_reminder", "Acknowledgement reminder", True,
               ("protocol_title", "protocol_version", "sent_on", "return_by")),
    LetterType("general", "General letter", False, ("subject", "body")),
    LetterType("enquiry_ack", "Enquiry acknowledgement", False,
               ("enquiry_reference", "enquiry_summary", "received_on", "answer_by")),
    LetterType("enquiry_reply", "Reply to an enquiry", False,
               ("enquiry_reference", "enquiry_summary", "received_on", "body")),
    LetterType("access_decision", "Decision on a request for documents", True,
               ("document_description", "document_summary", "request_reference",
                "requested_on", "decision_paragraphs"), ("decision_paragraphs",)),
    LetterType("access_written_reasons", "Written reasons for an access decision", True,
               ("document_description", "document_summary", "request_reference",
                "requested_on", "decided_on", "decision_paragraphs"), ("decision_paragraphs",)),
    LetterType("dispute", "Letter about a disagreement or complaint", True,
               ("matter", "body")),
    *(LetterType(key, label, True, fields, required, confidential=True, signers=CASE_SIGNERS)
      for key, label, fields, required in CASE_LETTER_TYPES),
)

LETTER_TYPES: dict[str, LetterType] = {t.key: t for t in _TYPES}


def letter_type(key: str) -> LetterType:
    """The letter type called ``key``; ``KeyError`` with a clear message if unknown."""
    try:
        return LETTER_TYPES[key]
    except KeyError:
        known = ", ".join(LETTER_TYPES)
        raise KeyError(f"Unknown letter type {key!r}; known types: {known}") from None


def allowed_placeholders(key: str) -> frozenset[str]:
    """Every placeholder a template for letter type ``key`` may use."""
    return frozenset(COMMON_PLACEHOLDERS) | frozenset(letter_type(key).placeholders)


def required_placeholders(key: str) -> frozenset[str]:
    """The placeholders a template for letter type ``key`` must keep."""
    return frozenset(letter_type(key).required)


# --- Who signs (CORR-2) and who is copied (CORR-1) -------------------------------------------

def allowed_signatories(key: str) -> tuple[str, ...]:
    """Roles that may sign a letter of this type: the Clerk always, the Chair sometimes."""
    if letter_type(key).signers:
        return letter_type(key).signers
    if letter_type(key).creates_obligation:
        return ("clerk",)
    return ("clerk", "chair")


def check_signatory(key: str, signatory_role: str) -> list[str]:
    """Problems with sending a letter of type ``key`` in the name of ``signatory_role``.

    An empty list means the choice is fine.
    """
    kind = letter_type(key)
    cite = rule("CORR-2").citation
    role = signatory_role.strip().lower()
    if role == "clerk" or role in kind.signers:
        return []
    if role == "chair":
        if kind.creates_obligation:
            return [
                f"{_a(kind.label.lower())} commits the council or gives an instruction, so it "
                f"must go out in the Clerk's name as Proper Officer, not the Chair's. "
                f"See {cite}."
            ]
        return []
    return [
        f"Official letters go out in the name of the Clerk as Proper Officer; only the Chair "
        f"may sign instead, not {signatory_role or 'an unnamed person'!r}. See {cite}."
    ]


def _a(noun: str) -> str:
    """"a letter", "an acknowledgement reminder", capitalised for the start of a sentence."""
    return ("An " if noun[:1] in "aeiou" else "A ") + noun


def letter_problems(letter: Letter) -> list[str]:
    """Everything wrong with a letter before it is sent (today: the signatory)."""
    return check_signatory(letter.letter_type, letter.signatory.role)


def cc_line(cc: Iterable[str]) -> str:
    """The visible copy line, e.g. "cc Councillor A, Councillor B"; "" when nobody is copied.

    Blank names are dropped and repeats listed once, keeping the order given.
    """
    names: list[str] = []
    for name in cc:
        cleaned = " ".join(name.split())
        if cleaned and cleaned not in names:
            names.append(cleaned)
    if not names:
        return ""
    return "cc " + ", ".join(names)


def salutation(recipient: Recipient) -> str:
    """"Dear …," using the recipient's salutation name, else their full name."""
    return f"Dear {recipient.salutation.strip() or recipient.name.strip()},"


# --- References and dates ---------------------------------------------------------------------

def format_reference(year: int, number: int) -> str:
    """A letter reference such as "PD/2026/0042"."""
    if not 1000 <= year <= 9999:
        raise ValueError(f"Year must have four digits, not {year}")
    if number < 1:
        raise ValueError(f"Reference numbers start at 1, not {number}")
    return f"{REFERENCE_PREFIX}/{year}/{number:04d}"


REFERENCE_SLOT = "\u27e8letter reference\u27e9"
"""Stands in for ``{reference}`` until the letter is numbered.

A letter's reference is handed out only when it is issued (in the same transaction that
files it), but its text is filled in from the template before that. So the template's
``{reference}`` becomes this slot, and :func:`with_reference` puts the real number in.
"""


def with_reference(letter: Letter, reference: str) -> Letter:
    """The letter numbered ``reference``, with every reference slot in its text filled in."""

    def fill(value: str) -> str:
        return value.replace(REFERENCE_SLOT, reference)

    return replace(letter, reference=reference, subject=fill(letter.subject),
                   body=tuple(fill(p) for p in letter.body), title=fill(letter.title))


def long_date(d: date) -> str:
    """A date written out the British way, e.g. "22 November 2026" (no leading zero)."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


# --- Templates ------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}|\{[^{}]*\}?|\}")


def template_placeholders(text: str) -> frozenset[str]:
    """The names of all ``{placeholder}`` fields in a template."""
    return frozenset(m.group(1) for m in _TOKEN.finditer(text) if m.group(1))


def _bad_braces(text: str) -> list[str]:
    bad = []
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if token in ("{{", "}}") or m.group(1):
            continue
        bad.append(token)
    return bad


def check_template(text: str, allowed: Iterable[str], required: Iterable[str] = ()) -> list[str]:
    """Problems with a template: no subject line, stray braces, fields not in ``allowed``,
    or fields in ``required`` left out."""
    problems: list[str] = []
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if not first.startswith("Subject:") or not first[len("Subject:"):].strip():
        problems.append('The first line must be the subject, starting "Subject:".')
    bad = _bad_braces(text)
    if bad:
        shown = ", ".join(repr(b) for b in bad)
        problems.append(
            f"Braces must surround a field name like {{councillor_name}} (found {shown}); "
            "write {{ or }} for a literal brace."
        )
    unknown = sorted(template_placeholders(text) - set(allowed))
    if unknown:
        problems.append("Unknown fields: " + ", ".join("{" + u + "}" for u in unknown) + ".")
    dropped = sorted(set(required) - template_placeholders(text))
    if dropped:
        problems.append(
            "Keep " + ", ".join("{" + d + "}" for d in dropped) + ": it brings in wording the "
            "council's rules require in this letter (the decision, the reasons and the routes "
            "open to the councillor). You may move it, and change the words around it."
        )
    return problems


def _substitute(text: str, values: Mapping[str, str]) -> str:
    def replace(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        return str(values[m.group(1)])

    return _TOKEN.sub(replace, text)


_VERSION_FIELD = r"\{protocol_version\}"
_VERSION_CLAUSES = (
    # "the Protocol (version {protocol_version}), which" -> "the Protocol, which"
    re.compile(r"[ \t]*\(\s*version\s+" + _VERSION_FIELD + r"\s*\)", re.IGNORECASE),
    # "Protocol, version {protocol_version}" -> "Protocol"
    re.compile(r",[ \t]*version\s+" + _VERSION_FIELD, re.IGNORECASE),
    # "I sent you version {protocol_version} of the Protocol" -> "I sent you the Protocol"
    re.compile(r"\bversion\s+" + _VERSION_FIELD + r"\s+of\s+", re.IGNORECASE),
)
_VERSION_LEFT = re.compile(r"\bversion\s+" + _VERSION_FIELD, re.IGNORECASE)


def without_version_clause(text: str) -> str:
    """A template with its protocol-version wording taken out, for a protocol that has no
    version number, so a letter never says "version \u2014" or "version  of".

    Covers the usual phrasings ("(version {protocol_version})", ", version
    {protocol_version}", "version {protocol_version} of"); any other "version
    {protocol_version}" becomes "the current version".
    """
    for pattern in _VERSION_CLAUSES:
        text = pattern.sub("", text)
    return _VERSION_LEFT.sub("the current version", text)


def render_template(text: str, values: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    """Fill a template's fields and split it into (subject, body paragraphs).

    A value may itself hold several paragraphs separated by blank lines (for
    example ``{body}``); they become separate paragraphs. Values are inserted
    as they are, never read again as template text. Line breaks inside a
    paragraph are kept.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    bad = _bad_braces(text)
    if bad:
        raise TemplateError(f"Template has stray braces: {', '.join(repr(b) for b in bad)}")
    missing = sorted(template_placeholders(text) - set(values))
    if missing:
        raise TemplateError(
            "No value for template field(s): " + ", ".join("{" + m + "}" for m in missing)
        )
    first, _, rest = text.partition("\n")
    if not first.startswith("Subject:"):
        raise TemplateError('A letter template must start with a line "Subject: …".')
    subject = " ".join(_substitute(first[len("Subject:"):], values).split())
    if not subject:
        raise TemplateError("The template's subject line is empty.")
    body = _substitute(rest, values)
    paragraphs = tuple(
        "\n".join(line.rstrip() for line in block.strip().split("\n"))
        for block in re.split(r"\n[ \t]*\n", body)
        if block.strip()
    )
    return subject, paragraphs
