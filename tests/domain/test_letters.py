"""Letter rules: signatories (CORR-2), visible copies (CORR-1), references, dates, templates."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from parishdesk.domain import letters
from parishdesk.domain.letters import (
    LETTER_TYPES,
    Letter,
    Letterhead,
    Recipient,
    Signatory,
    TemplateError,
    allowed_placeholders,
    allowed_signatories,
    cc_line,
    check_signatory,
    check_template,
    format_reference,
    letter_problems,
    letter_type,
    long_date,
    render_template,
    required_placeholders,
    salutation,
    template_placeholders,
)
from parishdesk.domain.rules import rule


def _letter(**changes: object) -> Letter:
    base = Letter(
        reference="PD/2026/0042",
        date=date(2026, 11, 22),
        letterhead=Letterhead("Ambridge Parish Council", ("Village Hall",), "01632 960123",
                              "clerk@example.org"),
        recipient=Recipient("Cllr Jane Smith", ("1 High Street",), "Councillor Smith"),
        subject="Protocol",
        body=("Hello.",),
        signatory=Signatory("John Doe", "Clerk and Proper Officer"),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# --- Letter types and signatories ---------------------------------------------------------

def test_required_letter_types_exist_with_obligation_flags() -> None:
    for key in ("pack_cover", "ack_reminder", "general", "enquiry_reply", "enquiry_ack",
                "access_decision", "access_written_reasons", "dispute"):
        assert LETTER_TYPES[key].key == key
    assert LETTER_TYPES["pack_cover"].creates_obligation
    assert LETTER_TYPES["access_decision"].creates_obligation
    assert not LETTER_TYPES["general"].creates_obligation
    assert not LETTER_TYPES["enquiry_ack"].creates_obligation


def test_unknown_letter_type_is_named_in_the_error() -> None:
    with pytest.raises(KeyError, match="nonsense"):
        letter_type("nonsense")


def test_obligation_letters_are_clerk_only_others_allow_the_chair() -> None:
    assert allowed_signatories("pack_cover") == ("clerk",)
    assert allowed_signatories("access_decision") == ("clerk",)
    assert allowed_signatories("general") == ("clerk", "chair")
    assert allowed_signatories("enquiry_reply") == ("clerk", "chair")


def test_clerk_may_sign_every_type() -> None:
    for key in LETTER_TYPES:
        assert check_signatory(key, "clerk") == []


def test_chair_may_not_sign_an_obligation_letter() -> None:
    problems = check_signatory("ack_reminder", "chair")
    assert len(problems) == 1
    assert problems[0].startswith("An acknowledgement reminder commits the council")
    assert rule("CORR-2").title in problems[0] and "CORR-2" not in problems[0]
    assert "Clerk" in problems[0]
    assert check_signatory("general", "Chair") == []


def test_any_other_councillor_is_refused_even_for_a_general_letter() -> None:
    problems = check_signatory("general", "councillor")
    assert problems and rule("CORR-2").title in problems[0] and "'councillor'" in problems[0]
    assert "CORR-2" not in problems[0]


def test_letter_problems_use_the_signatory_role() -> None:
    chair = Signatory("Cllr Bob Green", "Chair of the Council", role="chair")
    assert letter_problems(_letter(signatory=chair, letter_type="general")) == []
    assert letter_problems(_letter(signatory=chair, letter_type="pack_cover"))


# --- Copies ---------------------------------------------------------------------------------

def test_cc_line_lists_every_copy_openly() -> None:
    assert cc_line(("Councillor A", "Councillor B")) == "cc Councillor A, Councillor B"


def test_cc_line_is_empty_without_copies_and_tidies_names() -> None:
    assert cc_line(()) == ""
    assert cc_line(["  ", ""]) == ""
    assert cc_line(["Councillor  A ", "Councillor A", "Councillor B"]) == (
        "cc Councillor A, Councillor B"
    )


def test_there_is_no_blind_copy_field() -> None:
    names = {f.name for f in dataclasses.fields(Letter)}
    assert "cc" in names
    assert not any("bcc" in n or "blind" in n for n in names)


# --- References, dates and salutation -----------------------------------------------------

def test_format_reference_pads_the_number() -> None:
    assert format_reference(2026, 42) == "PD/2026/0042"
    assert format_reference(2027, 12345) == "PD/2027/12345"


@pytest.mark.parametrize(("year", "number"), [(26, 1), (2026, 0), (2026, -3)])
def test_format_reference_refuses_nonsense(year: int, number: int) -> None:
    with pytest.raises(ValueError):
        format_reference(year, number)


def test_long_date_is_british_without_leading_zero() -> None:
    assert long_date(date(2026, 11, 22)) == "22 November 2026"
    assert long_date(date(2026, 3, 5)) == "5 March 2026"


def test_salutation_prefers_the_salutation_name() -> None:
    assert salutation(Recipient("Cllr Jane Smith", (), "Councillor Smith")) == (
        "Dear Councillor Smith,"
    )
    assert salutation(Recipient("Mrs Ann Jones")) == "Dear Mrs Ann Jones,"
    assert _letter().salutation == "Dear Councillor Smith,"


def test_document_title_falls_back_to_subject() -> None:
    assert _letter().document_title == "Protocol"
    assert _letter(title="Pack cover letter").document_title == "Pack cover letter"


# --- Templates ------------------------------------------------------------------------------

TEMPLATE = (
    "Subject: Protocol for {councillor_name}\n"
    "\n"
    "Dear colleague, {council_name} adopted version {protocol_version}.\n"
    "\n"
    "{body}\n"
    "\n"
    "Braces {{like this}} stay literal.\n"
)


def test_template_placeholders() -> None:
    assert template_placeholders(TEMPLATE) == {
        "councillor_name", "council_name", "protocol_version", "body",
    }


def test_render_template_fills_fields_and_splits_paragraphs() -> None:
    subject, body = render_template(TEMPLATE, {
        "councillor_name": "Cllr Smith",
        "council_name": "Ambridge PC",
        "protocol_version": "3",
        "body": "First added paragraph.\n\nSecond one with {not_a_field}.",
    })
    assert subject == "Protocol for Cllr Smith"
    assert body == (
        "Dear colleague, Ambridge PC adopted version 3.",
        "First added paragraph.",
        "Second one with {not_a_field}.",
        "Braces {like this} stay literal.",
    )


def test_render_template_keeps_line_breaks_within_a_paragraph() -> None:
    _, body = render_template("Subject: S\n\nLine one\nLine two\n\n\n\nNext", {})
    assert body == ("Line one\nLine two", "Next")


def test_missing_values_are_named() -> None:
    with pytest.raises(TemplateError) as err:
        render_template(TEMPLATE, {"councillor_name": "x"})
    message = str(err.value)
    assert "{body}" in message and "{council_name}" in message and "{protocol_version}" in message


def test_template_without_subject_line_is_refused() -> None:
    with pytest.raises(TemplateError, match="Subject"):
        render_template("Dear all\n\nText", {})


def test_stray_brace_is_refused() -> None:
    with pytest.raises(TemplateError, match="brace"):
        render_template("Subject: S\n\nCost {of it", {})


def test_check_template_reports_every_problem() -> None:
    problems = check_template("No subject\n\n{mystery} and {council_name} and {oops",
                              allowed_placeholders("general"))
    assert len(problems) == 3
    assert any("Subject:" in p for p in problems)
    assert any("{mystery}" in p for p in problems)
    assert any("'{oops'" in p for p in problems)
    assert check_template("Subject: {subject}\n\n{body}", allowed_placeholders("general")) == []


def test_access_letters_must_keep_their_rule_required_paragraphs() -> None:
    for key in ("access_decision", "access_written_reasons"):
        assert required_placeholders(key) == {"decision_paragraphs"}
        allowed, required = allowed_placeholders(key), required_placeholders(key)
        assert check_template("Subject: S\n\nHello.\n\n{decision_paragraphs}", allowed,
                              required) == []
        [problem] = check_template("Subject: S\n\nHello.", allowed, required)
        assert "Keep {decision_paragraphs}" in problem
    assert required_placeholders("general") == frozenset()


def test_allowed_placeholders_include_the_common_fields() -> None:
    allowed = allowed_placeholders("pack_cover")
    assert {"council_name", "clerk_name", "councillor_name", "protocol_version"} <= allowed
    assert "answer_by" not in allowed


def test_domain_module_is_pure() -> None:
    source = open(letters.__file__, encoding="utf-8").read()
    for banned in ("reportlab", "peewee", "PySide6"):
        assert banned not in source


def test_without_version_clause_drops_each_usual_phrasing() -> None:
    from parishdesk.domain.letters import without_version_clause

    cases = {
        "Subject: {protocol_title}, version {protocol_version}": "Subject: {protocol_title}",
        "the {protocol_title} (version {protocol_version}), which": "the {protocol_title}, which",
        "I sent you version {protocol_version} of the {protocol_title}.":
            "I sent you the {protocol_title}.",
        "Please read Version {protocol_version} carefully.":
            "Please read the current version carefully.",
    }
    for template, expected in cases.items():
        assert without_version_clause(template) == expected
    assert "{protocol_version}" not in without_version_clause(
        "Version {protocol_version} (version {protocol_version})")
