"""``parishdesk check``: integrity, schema, the audit chain and backups, read-only."""

from __future__ import annotations

from dataclasses import dataclass, field

from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.store import audit_chain, backup, db, dbfile, schema


@dataclass
class HealthReport:
    lines: list[str] = field(default_factory=list)
    ok: bool = True

    def fail(self, line: str) -> None:
        self.lines.append(line)
        self.ok = False


def health_check(paths: DataPaths) -> HealthReport:
    """Look at the database without changing it; every problem makes ``ok`` False."""
    report = HealthReport()
    if not paths.db_file.exists():
        report.fail(f"No database found at {paths.db_file}.")
        return report
    try:
        version = dbfile.examine(paths.db_file)
        problem = db.integrity_problem(paths.db_file)
    except ParishDeskError as exc:
        report.fail(f"Database: {exc}")
        return report
    if problem:
        report.fail(f"Integrity: FAILED ({problem})")
        return report
    report.lines.append("Integrity: ok")
    if version is None:
        report.fail("Schema: the database is blank (ParishDesk was never set up in it).")
        return report
    latest = schema.latest_version()
    if version > latest:
        report.fail(f"Schema version: {version} (newer than this ParishDesk, which knows "
                    f"{latest})")
    elif version < latest:
        report.lines.append(f"Schema version: {version} (will be upgraded to {latest} when "
                            "next opened)")
    else:
        report.lines.append(f"Schema version: {version} (current)")
    conn = dbfile.open_ro(paths.db_file)
    try:
        entries = conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_log)")}
        chain = audit_chain.verify_connection(conn) if "entry_hash" in columns else None
    finally:
        conn.close()
    report.lines.append(f"Audit log: {entries} entries")
    if chain is None:
        report.lines.append("Audit chain: not yet made (it is made at the next upgrade)")
    elif chain.ok:
        erased = f", {chain.erased} with personal data erased" if chain.erased else ""
        report.lines.append(f"Audit chain: ok ({chain.entries} entries verified{erased})")
    else:
        report.fail(f"Audit chain: BROKEN at entry {chain.first_broken}: {chain.reason}. "
                    "Entries before it verify; this one and those after it cannot be trusted.")
    last = backup.last_backup_time(paths.backups_dir)
    report.lines.append(f"Last backup: {last:%d/%m/%Y %H:%M}" if last else
                        "Last backup: none yet")
    return report
