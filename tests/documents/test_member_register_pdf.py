import datetime as dt
import io

from pypdf import PdfReader

from parishdesk.services import member_io

TODAY = dt.date(2026, 11, 22)


def test_register_pdf_is_a4_landscape_with_letterhead_and_page_numbers(demo, tmp_path):
    out = tmp_path / "register.pdf"
    assert member_io.export_file(out, TODAY) == "pdf"
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    pages = reader.pages
    assert len(pages) >= 2
    box = pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595
    first = pages[0].extract_text()
    assert "Ashcombe Parish Council" in first and "Register of members" in first
    assert "As at 22/11/2026" in first
    assert f"Page 1 of {len(pages)}" in first
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1].extract_text()
    everything = "\n".join(p.extract_text() for p in pages)
    for expected in ("Margaret Ellwood", "Vice-Chair of the", "Catherine Brooks",
                     "Staffing Committee", "Former councillors", "Arthur Penhaligon",
                     "Resigned: moved away"):
        assert expected in everything
    fonts = {str(f) for p in pages for f in (p["/Resources"]["/Font"].values())}
    assert fonts  # fonts are embedded through the house stylesheet


def test_register_pdf_is_deterministic(demo):
    content = member_io.register_content(TODAY)
    from parishdesk.documents.member_register_pdf import render_register

    assert render_register(content) == render_register(content)
