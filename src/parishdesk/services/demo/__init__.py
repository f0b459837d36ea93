"""The demo council: a clearly labelled, wholly fictional council to explore with.

:func:`create_demo_council` fills an empty database in one transaction: first
the council and its register (``council.py``), then every area's demo records.

Adding an area's demo records
-----------------------------
Put a module in this package named ``mNN_<area>.py`` (two digits, e.g.
``m50_disputes.py``) with a function::

    def populate(demo: DemoCouncil, actor: str, today: datetime.date) -> None

The modules are found by that name pattern and run in name order, inside the
demo's transaction, so a module may use what lower-numbered ones made (the
enquiries, ``m20``, use the members' interests from ``m10``). Reach the
database only through services and store functions, never through models;
``demo`` holds domain records (``demo.councillor_id("Nowak")`` gives an id).
Everything must be invented, and dates should count back from ``today`` so
the demo always looks current.

A module still in the old place, ``parishdesk/services/demo_NN_<area>.py``, is
found too and run in number order with the others, so that an area written
before this package existed is not silently left out; move it in here.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re

from parishdesk.errors import ParishDeskError
from parishdesk.services.demo.council import (
    COMMITTEES,
    COUNCILLORS,
    DEMO_COUNCIL,
    GROUPS,
    MEMBERSHIPS,
    DemoCouncil,
    load_demo_council,
    populate_register,
)
from parishdesk.store import council_store
from parishdesk.store.db import database

__all__ = ["COMMITTEES", "COUNCILLORS", "DEMO_COUNCIL", "GROUPS", "MEMBERSHIPS", "DemoCouncil",
           "area_modules", "create_demo_council", "load_demo_council"]

AREA_MODULE = re.compile(r"m(\d\d)_\w+")
OLD_AREA_MODULE = re.compile(r"demo_(\d\d)_\w+")


def area_modules() -> list[str]:
    """The areas' demo modules (``mNN_<area>``, and any left as ``services.demo_NN_<area>``),
    in number order."""
    import parishdesk.services as services

    found: list[tuple[str, str]] = []
    for pattern, package, path in ((AREA_MODULE, __name__, __path__),
                                   (OLD_AREA_MODULE, services.__name__, services.__path__)):
        for info in pkgutil.iter_modules(path):
            match = pattern.fullmatch(info.name)
            if match:
                found.append((match.group(1), f"{package}.{info.name}"))
    return [name for _number, name in sorted(found)]


def create_demo_council(actor: str, today: dt.date) -> DemoCouncil:
    """Fill an empty database with the demo council, in one transaction."""
    if council_store.get_council() is not None:
        raise ParishDeskError(
            "This data folder already holds a council, so the demo was not created. "
            "Use an empty data folder for the demo (parishdesk --data-dir NEW_FOLDER demo)."
        )
    with database.atomic():
        demo = DemoCouncil(council_store.save_council(DEMO_COUNCIL, actor))
        populate_register(demo, actor, today)
        for name in area_modules():
            importlib.import_module(name).populate(demo, actor, today)
    return demo
