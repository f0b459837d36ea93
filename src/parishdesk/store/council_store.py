"""Reading and writing the council's own record."""

from __future__ import annotations

from parishdesk.domain.council import CouncilDetails
from parishdesk.store import audit
from parishdesk.store.models import Council
from parishdesk.store.read_cache import cached_list

_FIELDS = ("name", "kind", "nation", "address", "telephone", "email", "principal_council",
           "mo_name", "mo_address", "election_year", "is_demo")


def _to_domain(row: Council) -> CouncilDetails:
    return CouncilDetails(id=row.get_id(), **{f: getattr(row, f) for f in _FIELDS})


def get_council() -> CouncilDetails | None:
    found = _councils()
    return found[0] if found else None


@cached_list
def _councils() -> list[CouncilDetails]:
    row = Council.select().order_by(Council._meta.primary_key).first()
    return [_to_domain(row)] if row else []


def save_council(details: CouncilDetails, actor: str) -> CouncilDetails:
    """Create the council's record, or update it with what changed (audited)."""
    values = {f: getattr(details, f) for f in _FIELDS}
    row = Council.select().order_by(Council._meta.primary_key).first()
    if row is None:
        row = audit.create(Council, actor, **values)
    else:
        audit.update(row, actor, **values)
    return _to_domain(row)
