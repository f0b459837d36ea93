"""The register's read cache answers repeats only while the database is unchanged."""

import datetime as dt
import sqlite3
import threading

import pytest

from parishdesk.store import db, members_store, register_store

D = dt.date


def _add(surname: str) -> int:
    return register_store.add_person("t", kind="councillor", first_name="Ada", surname=surname,
                                     joined_how="elected", joined_on=D(2023, 5, 4))


def _surnames() -> list[str]:
    return [c.surname for c in members_store.list_councillors(on=D(2026, 1, 5))]


def _queries_while(work) -> int:  # type: ignore[no-untyped-def]
    """How many SELECTs on the people table ``work`` sends to SQLite."""
    seen: list[str] = []
    connection = db.database.obj.connection()
    connection.set_trace_callback(seen.append)
    try:
        work()
    finally:
        connection.set_trace_callback(None)
    return sum(1 for sql in seen if sql.startswith("SELECT") and '"person"' in sql)


def test_a_repeat_on_an_unchanged_file_sends_no_query(opened):
    _add("Lamb")
    assert _queries_while(_surnames) == 1
    assert _queries_while(_surnames) == 0
    first, second = members_store.list_councillors(), members_store.list_councillors()
    assert first == second and first is not second  # each caller gets its own list


def test_a_write_on_this_connection_is_seen_at_once(opened):
    _add("Lamb")
    assert _surnames() == ["Lamb"]
    _add("Ash")
    assert _surnames() == ["Ash", "Lamb"]


def test_rows_read_inside_a_rolled_back_transaction_are_not_kept(opened):
    _add("Lamb")
    assert _surnames() == ["Lamb"]

    class Undone(Exception):
        pass

    with pytest.raises(Undone), db.database.atomic():
        _add("Ash")
        assert _surnames() == ["Ash", "Lamb"]  # read inside: never kept
        raise Undone
    assert _surnames() == ["Lamb"]


def test_a_commit_by_another_connection_is_seen(opened, paths):
    _add("Lamb")
    assert _surnames() == ["Lamb"]
    other = sqlite3.connect(paths.db_file)
    with other:
        other.execute("UPDATE person SET surname = 'Birch' WHERE surname = 'Lamb'")
    other.close()
    assert _surnames() == ["Birch"]


def test_another_thread_reads_afresh_and_leaves_nothing_behind(opened):
    _add("Lamb")
    answers: list[list[str]] = []
    worker = threading.Thread(target=lambda: answers.append(_surnames()))
    worker.start()
    worker.join()
    assert answers == [["Lamb"]]
    assert _queries_while(_surnames) == 1  # the thread's answer was not kept


def test_opening_another_file_forgets_every_answer(opened, tmp_path):
    from parishdesk.store import schema

    _add("Lamb")
    assert _surnames() == ["Lamb"]
    db.close()
    other = tmp_path / "other" / "parishdesk.db"
    schema.open_database(other, tmp_path / "other" / "backups")
    assert _surnames() == []
