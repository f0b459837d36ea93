"""Members import (.csv, .xlsx) through the calls the import dialog makes: a damaged
register file gives a ParishDeskError naming the file, never a traceback."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parishdesk.errors import ParishDeskError
from parishdesk.services import member_io
from tests.conftest import DEMO_TODAY
from tests.fuzz.conftest import RUNS, examples
from tests.fuzz.mutations import Blob, damaged, damaged_zip

_counter = itertools.count()


def _import(folder: Path, suffix: str, data: bytes) -> None:
    path = folder / f"register{next(_counter)}{suffix}"
    path.write_bytes(data)
    RUNS[f"members import {suffix}"] += 1
    try:
        preview = member_io.preview_import(path, DEMO_TODAY)
        if preview.plan.ok and preview.plan.rows_to_add:
            member_io.apply_import(preview, "fuzz", DEMO_TODAY)
    except ParishDeskError as exc:
        assert str(exc).strip()
    finally:
        path.unlink()


@pytest.fixture
def exported(demo, tmp_path: Path) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """The demo council's register exported by the project itself, as .csv and .xlsx."""
    member_io.write_csv(tmp_path / "r.csv", DEMO_TODAY)
    member_io.write_xlsx(tmp_path / "r.xlsx", DEMO_TODAY)
    return {s: (tmp_path / f"r{s}").read_bytes() for s in (".csv", ".xlsx")}


def test_damaged_csv(exported: dict[str, bytes], tmp_path: Path) -> None:
    @settings(max_examples=examples(400))
    @given(data=damaged(exported[".csv"]))
    def run(data: Blob) -> None:
        _import(tmp_path, ".csv", data.data)

    run()


def test_csv_in_other_encodings_and_line_ends(exported: dict[str, bytes], tmp_path: Path) -> None:
    text = exported[".csv"].decode("utf-8-sig")

    @settings(max_examples=examples(60))
    @given(encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                     "cp1252"]),
           newline=st.sampled_from(["\r\n", "\n", "\r"]),
           extra=st.text(max_size=40))
    def run(encoding: str, newline: str, extra: str) -> None:
        body = (text + extra).replace("\r\n", "\n").replace("\n", newline)
        _import(tmp_path, ".csv", body.encode(encoding, errors="replace"))

    run()


# openpyxl warns (and carries on) about some damaged parts; the import's answer is what counts.
@pytest.mark.filterwarnings("ignore::UserWarning")
def test_damaged_xlsx(exported: dict[str, bytes], tmp_path: Path) -> None:
    @settings(max_examples=examples(400))
    @given(data=damaged_zip(exported[".xlsx"]))
    def run(data: Blob) -> None:
        _import(tmp_path, ".xlsx", data.data)

    run()


def test_any_cells(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Whatever a clerk's spreadsheet holds in the cells, the import checks it plainly."""
    import csv

    headers = ["First name", "Surname", "E-mail", "Ward", "Group", "Joined on", "Committees"]

    @settings(max_examples=examples(100))
    @given(rows=st.lists(st.lists(st.text(max_size=30), min_size=len(headers),
                                  max_size=len(headers)), min_size=1, max_size=4))
    def run(rows: list[list[str]]) -> None:
        path = tmp_path / f"cells{next(_counter)}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([headers, *rows])
        _import(tmp_path, ".csv", path.read_bytes())
        path.unlink()

    run()
