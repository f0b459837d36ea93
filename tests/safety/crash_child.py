"""The child of the crash test: adds councillors through the services, one transaction
each, and prints each one's id only once its transaction has committed."""

from __future__ import annotations

import datetime as dt
import sys

from parishdesk.domain.members import Councillor
from parishdesk.paths import resolve_paths
from parishdesk.services import maintenance
from parishdesk.services.members import add_councillor


def main(data_dir: str, trial: int) -> None:
    paths = resolve_paths(data_dir).ensure()
    today = dt.date(2026, 11, 22)
    maintenance.open_data(paths, today)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        added = add_councillor(Councillor(first_name=f"Trial{trial}", surname=f"Crash{n:05d}",
                                          email=f"t{trial}.n{n}@example.org",
                                          address="1 Church Lane\nAshcombe"), "crash test",
                               today)
        print(added.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
