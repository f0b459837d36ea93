"""A small cache for the register's most-read lists, kept only while the file is unchanged.

Opening the Members area (and refreshing it after each change) reads the same
councillors, officers, roles and forms several times over, once for the table,
once for the reminders, once for the acknowledgements column. Each reader is
written on its own, which keeps them simple; this cache makes the repeats free.

An answer is reused only while the database is provably the same as when it was
read:

- ``total_changes`` of the connection is unchanged (it rises with every row this
  connection inserts, updates or deletes, and never falls, even on a rollback);
- ``PRAGMA data_version`` is unchanged (it moves when any other connection, such
  as a background task's or another program's, commits a change);
- no transaction is open (inside one, a read may see rows a rollback will take
  back, so nothing is cached or reused there);
- it is the main thread (background threads have their own connections; they
  read afresh).

Opening or closing a database empties the cache. Each caller gets its own copy of
the list; the records in it are frozen dataclasses.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_MOST = 256  # answers kept at once

_answers: dict[tuple[Any, ...], tuple[tuple[int, int], Any]] = {}


def clear() -> None:
    """Forget every answer (a database was opened, closed or replaced)."""
    _answers.clear()


def _stamp() -> tuple[int, int] | None:
    """The connection's change counters, or None when caching is not safe now."""
    if threading.current_thread() is not threading.main_thread():
        return None
    from parishdesk.store.db import database

    if database.obj is None or database.obj.is_closed():
        return None
    connection = database.obj.connection()
    if connection.in_transaction:
        return None
    version = connection.execute("PRAGMA data_version").fetchone()[0]
    return connection.total_changes, int(version)


def cached_list(reader: Callable[P, list[T]]) -> Callable[P, list[T]]:
    """Wrap a store reader that returns a list of frozen records, so that a repeat of the
    same call on an unchanged database costs one ``PRAGMA`` instead of a query."""

    @functools.wraps(reader)
    def read(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        stamp = _stamp()
        if stamp is None:
            return reader(*args, **kwargs)
        key = (reader, args, tuple(sorted(kwargs.items())))
        kept = _answers.get(key)
        if kept is not None and kept[0] == stamp:
            return list(kept[1])
        answer = reader(*args, **kwargs)
        if len(_answers) >= _MOST:  # e.g. each person's roles in turn: start again
            _answers.clear()
        _answers[key] = (stamp, tuple(answer))
        return answer

    return read
