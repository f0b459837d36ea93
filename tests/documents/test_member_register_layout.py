"""The PDF register's layout: dense enough to read on few pages, addresses whole."""

import datetime as dt
import io
import re

from pypdf import PdfReader

from parishdesk.documents.member_register_pdf import RegisterContent, render_register
from parishdesk.domain.letters import Letterhead
from parishdesk.domain.members import Councillor

AS_AT = dt.date(2026, 11, 22)


def _content(count: int) -> RegisterContent:
    people = [Councillor(id=n, title="Mrs", first_name=f"Alexandra{n}", surname="Fotheringham",
                         ward="Mill End", group="Riverside Alliance", joined_how="co-opted",
                         joined_on=dt.date(2023, 5, 4), accepted_office_on=dt.date(2023, 5, 4),
                         email=f"alexandra{n}.fotheringham-smythe@ashcombe-parish-council.example",
                         phone="07700 900123")
              for n in range(1, count + 1)]
    return RegisterContent(
        letterhead=Letterhead(council_name="Ashcombe Parish Council",
                              address_lines=("The Village Hall", "Ashcombe"),
                              telephone="01632 960 417", email="clerk@ashcombe-pc.example"),
        as_at=AS_AT, councillors=people, officers=(), committees=(),
        term_ends={p.id: dt.date(2027, 5, 6) for p in people},
        offices={1: ["Chair of the council", "Vice-chair, Planning and Environment Committee"]},
        committees_of={p.id: ["Finance and General Purposes Committee", "Staffing Committee"]
                       for p in people})


def _pages(content: RegisterContent) -> list[str]:
    reader = PdfReader(io.BytesIO(render_register(content)))
    return [page.extract_text() for page in reader.pages]


def test_fifteen_or_more_councillors_to_a_page():
    pages = _pages(_content(60))
    counted = [sum(1 for n in range(1, 61) if f"alexandra{n}.fotheringham" in text)
               for text in pages]
    counted = [n for n in counted if n]  # the pages of the councillors' table
    assert sum(counted) == 60
    assert counted[0] >= 12  # below the letterhead
    full_pages = counted[1:-1]  # between the first page and the table's last
    assert full_pages and all(n >= 15 for n in full_pages), counted


def test_long_email_addresses_wrap_only_before_an_at_sign_or_a_dot():
    pages = _pages(_content(20))
    everything = "\n".join(pages)
    # Lines of an address that wrapped start with "@" or "."; joined again, they are whole.
    rejoined = re.sub(r"\n(?=[@.])", "", everything)
    for n in range(1, 21):
        address = f"alexandra{n}.fotheringham-smythe@ashcombe-parish-council.example"
        assert address in rejoined.split(), address
    assert re.search(r"\n@ashcombe", everything), "this long address needs to wrap"


def test_no_text_smaller_than_8_point_and_nothing_off_the_page():
    reader = PdfReader(io.BytesIO(render_register(_content(20))))
    for page in reader.pages:
        sizes = [float(s) for s in re.findall(rb"/F\S+ ([\d.]+) Tf",
                                               page.get_contents().get_data())]
        assert sizes and min(sizes) >= 8, sorted(set(sizes))
        width = float(page.mediabox.width)
        starts: list[float] = []

        def visit(_text, cm, tm, _font, _size, starts=starts):
            starts.append(tm[4] * cm[0] + cm[4])

        page.extract_text(visitor_text=visit)
        assert starts and max(starts) < width


def test_names_break_only_between_words_or_at_hyphens():
    from parishdesk.documents import fonts
    from parishdesk.documents.member_register_pdf import _AFTER_SPACE_OR_HYPHEN, wrap_text

    fonts.register_fonts()
    markup = wrap_text("Alexandra Fotheringham-Smythe-Worthington", fonts.SERIF, 8, 75,
                       _AFTER_SPACE_OR_HYPHEN)
    assert markup.split("<br/>") == ["Alexandra", "Fotheringham-", "Smythe-", "Worthington"]


def test_only_the_embedded_fonts_are_referenced():
    reader = PdfReader(io.BytesIO(render_register(_content(3))))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
                if "/DescendantFonts" in font else font["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()
