"""How quick is the enquiry inbox with 100,000 enquiries?

Builds a throw-away data folder, fills it with a council, its people and
N enquiries (bulk insert in one transaction), then times, in milliseconds:
opening the inbox (table model and its first page, plus the counts the area
shows), a text search, a filter change and a sort by due date.

    python benchmarks/bench_inbox.py            # 100,000 enquiries
    python benchmarks/bench_inbox.py --count 20000
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from parishdesk.domain.workdays import add_working_days  # noqa: E402
from parishdesk.gui.enquiries.model import InboxModel  # noqa: E402
from parishdesk.paths import resolve_paths  # noqa: E402
from parishdesk.services import enquiries as svc  # noqa: E402
from parishdesk.services.demo import COUNCILLORS, DEMO_COUNCIL  # noqa: E402
from parishdesk.store import (  # noqa: E402
    council_store,
    db,
    enquiry_store,
    members_store,
    register_store,
    schema,
)  # noqa: E402

TODAY = dt.date(2026, 11, 23)
WORDS = ("bench", "hedge", "footpath", "street light", "allotment", "precept", "drain",
         "noticeboard", "bus shelter", "playing field", "village hall", "grass cutting",
         "dog bin", "parking", "planning application", "speed signs", "litter", "war memorial")
PLACES = ("Church Lane", "Mill End", "the green", "Long Meadow", "Orchard Close", "the school")


def build(count: int, seed: int = 7) -> tuple[float, int]:
    """Create the council and ``count`` enquiries; return (seconds, number of rows)."""
    rng = random.Random(seed)
    council_store.save_council(DEMO_COUNCIL, "bench")
    clerk_id = register_store.add_person("bench", kind="officer", first_name="Catherine",
                                         surname="Brooks", post="Clerk", is_proper_officer=True)
    assistant_id = register_store.add_person("bench", kind="officer", first_name="Liam",
                                             surname="Hartley", post="Assistant")
    for t, f, s, _g, _w in COUNCILLORS:
        register_store.add_person("bench", kind="councillor", title=t, first_name=f, surname=s)
    people = members_store.list_councillors(on=TODAY)
    officers = [(clerk_id, "Catherine Brooks")] * 4 + [(assistant_id, "Liam Hartley")]
    due_cache: dict[tuple[dt.date, int], dt.date] = {}

    def due(day: dt.date, n: int) -> dt.date:
        if (day, n) not in due_cache:
            due_cache[(day, n)] = add_working_days(day, n)
        return due_cache[(day, n)]

    start = time.perf_counter()
    rows = []
    now = dt.datetime(2026, 11, 23, 9)
    for number in range(1, count + 1):
        received = now - dt.timedelta(minutes=int((count - number) * 1051200 / count) + 1)
        age_days = (TODAY - received.date()).days
        if age_days > 40:
            status = rng.choice(("closed", "closed", "closed", "answered"))
        else:
            status = rng.choice(("new", "acknowledged", "in_progress", "in_progress",
                                 "waiting", "answered"))
        person = rng.choice(people)
        officer_id, officer_name = rng.choice(officers)
        topic, place = rng.choice(WORDS), rng.choice(PLACES)
        answer_due = due(received.date(), 10)
        answered = due(received.date(), rng.randint(2, 14)) if status in ("answered",
                                                                           "closed") else None
        rows.append({
            "reference": f"ENQ-{received.year}-{number:06d}", "year": received.year,
            "number": number, "councillor_id": person.id,
            "councillor_name": f"Cllr {person.first_name} {person.surname}",
            "received_at": received, "channel": "email", "kind": "work",
            "subject": f"{topic.capitalize()} at {place}",
            "text": f"Residents have asked about the {topic} near {place}. Could the council "
                    f"look into it? Reference note {rng.randint(1000, 9999)}.",
            "assigned_to_id": officer_id, "assigned_name": officer_name,
            "priority": "normal", "status": status,
            "ack_due": due(received.date(), 2), "answer_due": answer_due,
            "answered_on": answered, "waiting_since": received.date() if status == "waiting"
            else None, "warning_count": 1 if number % 17 == 0 else 0,
        })
    enquiry_store.bulk_insert(rows)
    return time.perf_counter() - start, count


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median milliseconds over ``repeat`` runs (after one warm-up)."""
    action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(Path(folder) / "data").ensure()
        schema.open_database(paths.db_file, paths.backups_dir, TODAY)
        seconds, count = build(args.count)
        print(f"Generated {count:,} enquiries in {seconds:.1f} s")
        nation = svc.nation()
        me = members_store.clerk()
        me_id = me.id if me else None

        def open_inbox() -> InboxModel:
            model = InboxModel(svc.inbox_query(TODAY, me_id=me_id), nation)
            enquiry_store.inbox_count(model.query)
            enquiry_store.overdue_count(TODAY)
            model.data(model.index(0, 7))
            return model

        model = open_inbox()

        def show(query: enquiry_store.InboxQuery, count_too: bool = True) -> None:
            model.set_query(query)
            if count_too:
                enquiry_store.inbox_count(query)

        figures = {
            "open the inbox (model, first page, counts)": timed(open_inbox),
            "text search (\u201chedge\u201d, page and count)": timed(
                lambda: show(svc.inbox_query(TODAY, search="hedge"))),
            "filter change (Overdue, page and count)": timed(
                lambda: show(svc.inbox_query(TODAY, filter="overdue"))),
            "sort by due date (all, newest due first)": timed(
                lambda: show(svc.inbox_query(TODAY, sort="due", descending=True), False)),
            "back to what needs action first (the default)": timed(
                lambda: show(svc.inbox_query(TODAY), False)),
        }
        rows_held = model.rowCount()
        for label, ms in figures.items():
            print(f"{label:<45} {ms:8.1f} ms")
        print(f"rows held in memory after a query: {rows_held} of {count:,}")
        db.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
