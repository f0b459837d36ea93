from parishdesk.domain.spreadsheet import from_cell, to_cell


def test_formula_like_cells_become_text_and_come_back_unchanged() -> None:
    for value in ("=1+1", "+44 7700 900123", "-5", "@SUM(A1)", "\tx", "\rx"):
        assert to_cell(value) == "'" + value
        assert from_cell(to_cell(value)) == value


def test_ordinary_cells_are_left_alone() -> None:
    for value in ("Margaret", "", "O'Brien", "'quoted'", "07700 900123", "a=b"):
        assert to_cell(value) == value
        assert from_cell(value) == value
