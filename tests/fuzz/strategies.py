"""What the fuzz tests type into forms, and how they call a form's service: shared by the
form suites (members, enquiries, letters; meetings; disputes)."""

from __future__ import annotations

import collections
import datetime as dt

from hypothesis import event
from hypothesis import strategies as st

from parishdesk.errors import ParishDeskError
from tests.fuzz.conftest import RUNS, examples

#: What lands in a text box: ordinary words, pasted oddities, markup and long runs.
typed = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80),
    st.sampled_from(["", " ", "O'Brien", "<b>Bold</b> & <i>co</i>", "=HYPERLINK(\"x\")",
                     "line one\nline two", "tab\there", "\x00", "\u202eevil", "a" * 2000,
                     "Zoë Ní Bhriain", "محمد", "דוד", "\r\n", "🙂", "%s %d {0}", "\\"]),
)
dates = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
#: Values a form accepts, so that examples get past validation into the store and exports.
names = st.one_of(st.sampled_from(["Ann", "Zoë", "O'Brien", "Ní Bhriain", "محمد", "דוד",
                                   "Smith-Jones", "<b>Bold</b>", "=SUM(A1)"]),
                  st.text(st.characters(categories=("L",)), min_size=1, max_size=30))
emails = st.one_of(st.just(""), st.emails().filter(lambda e: len(e) < 80))
phones = st.one_of(st.just(""), st.from_regex(r"\A0[0-9 ]{9,12}\Z"))
lines = st.text(st.characters(categories=("L", "N", "P", "Zs", "S")), max_size=60)
paras = st.text(st.characters(categories=("L", "N", "P", "Zs", "S"), include_characters="\n\t"),
                max_size=300)
recent = st.dates(dt.date(2019, 1, 1), dt.date(2026, 11, 1))


#: Pasted as well as typed: every control character, and text far longer than any form
#: expects (a whole document pasted into a one-line box: several pages of it).
pasted = st.one_of(
    typed,
    st.text(st.characters(categories=("Cc", "Cf", "Zl", "Zp")), min_size=1, max_size=20),
    st.builds(lambda a, c, b: a + c + b, lines, st.characters(categories=("Cc", "Zl", "Zp")),
              lines),
    st.sampled_from(["Ω" * 20_000, "word " * 5_000, "\n" * 2_000]),
)
#: Dates a date widget can hold, however unlikely.
odd_dates = st.dates(dt.date(1752, 9, 14), dt.date(7999, 12, 31))


@st.composite
def form(draw: st.DrawFn, odd_text: st.SearchStrategy[str] | None = None,  # type: ignore[type-arg]
         **fields: st.SearchStrategy) -> dict:  # type: ignore[type-arg]
    """A form's values: each field valid-looking, except none, one or two of its text boxes
    typed anyhow (a date or list widget only ever gives a date or an item of its list)."""
    odd = draw(st.sets(st.sampled_from(sorted(fields)), max_size=2))
    values = {name: draw(strategy) for name, strategy in fields.items()}
    for name in odd:
        if isinstance(values[name], str):
            values[name] = draw(odd_text if odd_text is not None else typed)
    return values


N = examples(100)


OUTCOMES: collections.Counter[str] = collections.Counter()


def tolerate(call, *args, **kwargs):  # type: ignore[no-untyped-def]
    RUNS[f"form service {call.__module__.rsplit('.', 1)[-1]}.{call.__name__}"] += 1
    try:
        result = call(*args, **kwargs)
    except ParishDeskError as exc:
        assert str(exc).strip(), "a refusal must say why"
        event(f"{call.__name__}: refused")
        OUTCOMES[f"{call.__name__}: refused"] += 1
        return None
    event(f"{call.__name__}: saved")
    OUTCOMES[f"{call.__name__}: saved"] += 1
    return result


def assert_some_saved(*services: str) -> None:
    """The fuzzing got past the first check into the store for each of ``services``."""
    never = [name for name in services if not OUTCOMES[f"{name}: saved"]]
    assert not never, f"no example was saved by {never} ({dict(OUTCOMES)})"
