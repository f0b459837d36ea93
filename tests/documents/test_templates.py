"""Letter templates: the shipped set, and the Clerk's edited copies in the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from parishdesk.documents import templates
from parishdesk.documents.templates import (
    is_customised,
    load_template,
    reset_template,
    save_template,
    shipped_template,
    shipped_templates_dir,
)
from parishdesk.domain.letters import (
    LETTER_TYPES,
    TemplateError,
    allowed_placeholders,
    check_template,
    render_template,
    template_placeholders,
)

REQUIRED = ("pack_cover", "ack_reminder", "general", "enquiry_ack", "enquiry_reply",
            "access_decision")


def test_every_letter_type_ships_a_template() -> None:
    for key in (*REQUIRED, *LETTER_TYPES):
        assert (shipped_templates_dir() / f"{key}.txt").is_file(), key
    assert set(templates.template_keys()) == set(LETTER_TYPES)


@pytest.mark.parametrize("key", sorted(LETTER_TYPES))
def test_shipped_template_is_valid_and_renders(key: str) -> None:
    text = shipped_template(key)
    assert check_template(text, allowed_placeholders(key)) == []
    values = {name: f"<{name}>" for name in template_placeholders(text)}
    subject, body = render_template(text, values)
    assert subject and body
    rendered = subject + "\n".join(body)
    assert "{" not in rendered and "}" not in rendered


def test_pack_cover_uses_the_protocol_fields() -> None:
    fields = template_placeholders(shipped_template("pack_cover"))
    assert {"protocol_title", "protocol_version", "council_name", "return_by"} <= fields


# That the templates are in our own words, not the councils', is checked by the corpus
# run (tests/corpus/test_corpus.py), which has their protocols to compare with.


def test_load_uses_the_shipped_template_without_user_folder(tmp_path: Path) -> None:
    assert load_template("general", None) == shipped_template("general")
    assert load_template("general", tmp_path / "absent") == shipped_template("general")
    assert not is_customised("general", tmp_path)


def test_save_load_and_reset_an_edited_template(tmp_path: Path) -> None:
    user_dir = tmp_path / "templates"
    edited = "Subject: A note from {council_name}\n\nDear {councillor_name}.\n\n{body}"
    target = save_template("general", edited, user_dir)
    assert target == user_dir / "general.txt"
    assert is_customised("general", user_dir)
    assert load_template("general", user_dir) == edited + "\n"
    assert list(user_dir.iterdir()) == [target]  # no temporary file left behind
    reset_template("general", user_dir)
    assert not target.exists()
    assert load_template("general", user_dir) == shipped_template("general")
    reset_template("general", user_dir)  # resetting twice is harmless
    reset_template("general", None)


def test_save_refuses_unknown_fields_and_keeps_the_old_copy(tmp_path: Path) -> None:
    save_template("enquiry_ack", "Subject: Got it {enquiry_reference}\n\nThanks.", tmp_path)
    with pytest.raises(TemplateError) as err:
        save_template("enquiry_ack", "Subject: S\n\n{protocol_version} {made_up}", tmp_path)
    assert "{made_up}" in str(err.value) and "{protocol_version}" in str(err.value)
    assert load_template("enquiry_ack", tmp_path).startswith("Subject: Got it")


def test_save_refuses_a_template_without_subject(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="Subject"):
        save_template("general", "{body}", tmp_path)
    assert not (tmp_path / "general.txt").exists()


def test_unknown_key_is_refused_before_touching_files(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        load_template("../../etc/passwd", tmp_path)
    with pytest.raises(KeyError):
        save_template("nonsense", "Subject: x\n\ny", tmp_path)
    assert list(tmp_path.iterdir()) == []
