"""Use cases of the member register: one function each, one transaction each, audited.

Every function checks its input with :mod:`parishdesk.domain.member_rules` (or,
for the simple records that have no rule of their own, for the fields that
must be filled) and raises :class:`~parishdesk.errors.ValidationError` with a
field → message mapping, so a dialog can show each message beside its field.

The package keeps one job per module: :mod:`.common` (checks, reading, settings),
:mod:`.people` (councillors and officers), :mod:`.offices` (roles, offices, committees
and groups), :mod:`.declarations` (interests, relationships, training) and
:mod:`.history` (reminders and history). Every public name is importable from here.
"""

from parishdesk.services.members.common import (
    ELECTION_YEAR_KEY,
    MAX_NAME,
    TIME_ZONE,
    clerk,
    committee_names,
    committees,
    councillors,
    election_year,
    group_names,
    groups,
    interests_of,
    officers,
    raise_problems,
    relationships_of,
    roles,
    set_election_year,
    training_of,
)
from parishdesk.services.members.declarations import (
    archive_interest,
    archive_relationship,
    archive_training,
    form_statuses,
    interests_form_status,
    record_form_returned,
    save_interest,
    save_relationship,
    save_training,
)
from parishdesk.services.members.history import (
    council_time_zone,
    person_audit,
    person_history,
    reminders,
)
from parishdesk.services.members.offices import (
    add_role,
    archive_committee,
    archive_group,
    archive_role,
    end_role,
    end_role_after,
    save_committee,
    save_group,
    set_office,
)
from parishdesk.services.members.people import (
    add_councillor,
    add_officer,
    archive_councillor,
    archive_officer,
    create_councillor_unchecked,
    create_councillors_unchecked,
    set_group,
    update_councillor,
    update_officer,
)

__all__ = [
    "ELECTION_YEAR_KEY",
    "MAX_NAME",
    "TIME_ZONE",
    "add_councillor",
    "add_officer",
    "add_role",
    "archive_committee",
    "archive_councillor",
    "archive_group",
    "archive_interest",
    "archive_officer",
    "archive_relationship",
    "archive_role",
    "archive_training",
    "clerk",
    "committee_names",
    "committees",
    "council_time_zone",
    "councillors",
    "create_councillor_unchecked",
    "create_councillors_unchecked",
    "election_year",
    "end_role",
    "end_role_after",
    "form_statuses",
    "group_names",
    "groups",
    "interests_form_status",
    "interests_of",
    "officers",
    "person_audit",
    "person_history",
    "raise_problems",
    "record_form_returned",
    "relationships_of",
    "reminders",
    "roles",
    "save_committee",
    "save_group",
    "save_interest",
    "save_relationship",
    "save_training",
    "set_election_year",
    "set_group",
    "set_office",
    "training_of",
    "update_councillor",
    "update_officer",
]
