"""``parishdesk case-bundle CASE_REF --out FILE.pdf`` on the demo council."""

from __future__ import annotations

import io

from pypdf import PdfReader

from parishdesk.cli import run


def _demo(tmp_path, capsys):  # type: ignore[no-untyped-def]
    data = str(tmp_path / "d")
    assert run(["--data-dir", data, "demo"]) == 0
    capsys.readouterr()
    return data


def test_case_bundle_writes_the_confidential_pdf(tmp_path, capsys):
    import datetime as dt

    data = _demo(tmp_path, capsys)
    out = tmp_path / "bundle.pdf"
    reference = f"dc/{dt.date.today().year}/001"
    assert run(["--data-dir", data, "case-bundle", reference, "--out", str(out)]) == 0
    assert "written to" in capsys.readouterr().out
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    texts = [" ".join((p.extract_text() or "").split()) for p in pages]
    assert all("CONFIDENTIAL" in t for t in texts)
    assert "Chronology" in texts[0] or "Chronology" in " ".join(texts)
    assert "Invited to a hearing" in " ".join(texts)


def test_unknown_reference_and_wrong_suffix_are_plain_errors(tmp_path, capsys):
    data = _demo(tmp_path, capsys)
    assert run(["--data-dir", data, "case-bundle", "DC/1999/009",
                "--out", str(tmp_path / "b.pdf")]) != 0
    assert "There is no case DC/1999/009" in capsys.readouterr().err
    assert run(["--data-dir", data, "case-bundle", "DC/1999/009",
                "--out", str(tmp_path / "b.txt")]) != 0
    assert "must name a .pdf" in capsys.readouterr().err
