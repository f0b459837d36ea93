"""Expected problems: things a clerk can meet and fix, told in plain words.

Anything raised as a :class:`ParishDeskError` is shown as a plain message (in
the GUI) or printed to stderr (on the command line), without a traceback.
Everything else is a bug and goes to the excepthook and the log.
"""

from __future__ import annotations

from collections.abc import Mapping


class ParishDeskError(Exception):
    """A problem the clerk can understand; ``str(exc)`` is the message to show."""

    title = "ParishDesk"


class DatabaseDamaged(ParishDeskError):
    """The database file failed its integrity check or is not a database."""

    title = "The database is damaged"

    def __init__(self, path: object, detail: str, empty: bool = False) -> None:
        self.path = path
        self.detail = detail
        self.empty = empty
        super().__init__(
            f"The ParishDesk database at {path} is damaged and cannot be opened safely "
            f"({detail}). Your most recent good backup can be restored; the damaged file "
            "will be kept aside, not overwritten."
        )


class NotAParishDeskDatabase(ParishDeskError):
    title = "Not a ParishDesk database"


class AlreadyRunning(ParishDeskError):
    """Another copy of ParishDesk holds the data folder."""

    title = "ParishDesk is already open"

    def __init__(self, pid: int | None, host: str | None, since: str | None, folder: object) -> None:
        self.pid = pid
        who = f"process {pid}" if pid else "another process"
        if host:
            who += f" on {host}"
        when = f" since {since}" if since else ""
        super().__init__(
            f"ParishDesk is already open on this data ({folder}): it is held by {who}{when}. "
            "Switch to that window, or close it first."
        )


class ValidationError(ParishDeskError):
    """One or more fields are wrong; ``problems`` maps field name to message.

    The one shape of "the clerk's input cannot be saved" in every area: a dialog
    shows each message beside its field. A problem about no field in particular
    has the key ``""``.
    """

    title = "Please check the details"

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("\n".join(self.problems.values()))


class ArchiveInstead(ParishDeskError):
    """Raised when code tries to delete a record a clerk entered."""

    title = "Records are archived, not deleted"


class StorageProblem(ParishDeskError):
    """The disk or the folder will not take a write: nothing is damaged, nothing was lost."""

    title = "The data cannot be written"


class DiskFull(StorageProblem):
    title = "The disk is full"


class ReadOnlyData(StorageProblem):
    title = "The data is read-only"
