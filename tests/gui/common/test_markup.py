"""The start-up windows' own escaping gives exactly what ``html.escape`` gives."""

import html

from hypothesis import given
from hypothesis import strategies as st

from parishdesk.gui.common.markup import escape


@given(st.text(alphabet=st.sampled_from(list("&<>\"'a ;#x1")) | st.characters(), max_size=40))
def test_escape_matches_the_standard_library(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_a_name_with_markup_is_shown_as_written() -> None:
    assert escape('Smith & <b>Jones</b> "Ltd"') == (
        "Smith &amp; &lt;b&gt;Jones&lt;/b&gt; &quot;Ltd&quot;")
