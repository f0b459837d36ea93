"""What the information requests register says when it lists nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from parishdesk.gui.common.empty_state import EmptyState, no_match_text
from parishdesk.services import access
from parishdesk.services.access import RegisterFilter


def show_register_empty(state: EmptyState, listed: bool, flt: RegisterFilter, today: dt.date,
                        new_request: Callable[[], object],
                        show_all: Callable[[], object]) -> None:
    """The information requests register's empty state: the first request invited on an
    empty register; a search or filter that finds nothing said so, with all requests."""
    if listed:
        state.clear_state()
    elif flt == RegisterFilter() or not access.list_requests(today, RegisterFilter()):
        state.show_state("No information requests yet. When a councillor asks to see "
                         "council documents, record it here to see the recommendation.",
                         [("New request…", new_request)])
    else:
        state.show_state(no_match_text("request", flt.text),
                         [("Show all requests", show_all)])
