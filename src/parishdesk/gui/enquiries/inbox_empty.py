"""What the inbox says when it lists nothing, and where the detail pane says to look."""

from __future__ import annotations

from parishdesk.gui.common.empty_state import no_match_text

EMPTY_TEXTS = {
    "all": "No enquiries yet. Log the first one as it comes in (Ctrl+N).",
    "mine": "Nothing is assigned to you that is still open.",
    "overdue": "Nothing is overdue.",
    "due_soon": "Nothing is due in the next two working days.",
    "waiting": "No enquiry is waiting for a councillor.",
    "closed": "No enquiry has been answered or closed yet.",
}


def empty_text(filter_name: str, search: str) -> tuple[str, str]:
    """The words for an empty inbox and why it is empty: "search" (nothing matches the
    words), "filter" (nothing under a quick filter) or "first" (no enquiry yet)."""
    if search.strip():
        return no_match_text("enquiry", search) + " Replies are searched too.", "search"
    if filter_name != "all":
        return EMPTY_TEXTS.get(filter_name, ""), "filter"
    return EMPTY_TEXTS["all"], "first"


def detail_hint(listed: int, side_by_side: bool) -> str:
    """What the detail pane says while no enquiry is chosen: where the list is."""
    if not listed:
        return "The enquiry you choose will show here."
    where = "on the left" if side_by_side else "above"
    return f"Choose an enquiry {where} to see it here, or press Ctrl+N to log a new one."
