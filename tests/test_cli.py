import hashlib
import subprocess
import sys

import pytest

from parishdesk.cli import build_parser, run

COMMANDS = ["backup", "restore", "check", "demo"]


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as info:
        run(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "--data-dir" in out
    for command in COMMANDS:
        assert command in out


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as info:
        run([command, "--help"])
    assert info.value.code == 0
    assert command in capsys.readouterr().out


def test_data_dir_is_accepted_before_a_subcommand(tmp_path):
    args = build_parser().parse_args(["--data-dir", str(tmp_path), "check"])
    assert args.data_dir == str(tmp_path) and args.command == "check"


def test_demo_then_check_then_backup(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run(["--data-dir", data, "demo"]) == 0
    assert "Ashcombe Parish Council" in capsys.readouterr().out
    assert run(["--data-dir", data, "check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out and "Schema version" in out and "Audit log:" in out
    target = tmp_path / "copy.sqlite3"
    assert run(["--data-dir", data, "backup", "--to", str(target)]) == 0
    assert target.exists()


def test_demo_refuses_where_data_exists_and_changes_nothing(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(["--data-dir", str(data), "demo"]) == 0
    db_file = data / "parishdesk.sqlite3"
    before = hashlib.sha256(db_file.read_bytes()).hexdigest()
    backups_before = sorted(p.name for p in (data / "backups").iterdir())
    assert run(["--data-dir", str(data), "demo"]) == 1
    assert "already holds data" in capsys.readouterr().err
    assert hashlib.sha256(db_file.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in (data / "backups").iterdir()) == backups_before


def test_check_fails_without_a_database_and_on_a_damaged_one(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(["--data-dir", str(data), "check"]) == 1
    assert run(["--data-dir", str(data), "demo"]) == 0
    db_file = data / "parishdesk.sqlite3"
    raw = bytearray(db_file.read_bytes())
    raw[4096:4096 * 4] = b"\xa5" * (4096 * 3)
    db_file.write_bytes(bytes(raw))
    assert run(["--data-dir", str(data), "check"]) == 1
    assert "FAILED" in capsys.readouterr().out


def test_restore_refuses_a_bad_file_with_a_message(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(["--data-dir", str(data), "demo"]) == 0
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    assert run(["--data-dir", str(data), "restore", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "Not a ParishDesk database" in err and "Nothing was changed" in err


def test_restore_backs_up_the_current_database_first(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(["--data-dir", str(data), "demo"]) == 0
    saved = tmp_path / "saved.sqlite3"
    assert run(["--data-dir", str(data), "backup", "--to", str(saved)]) == 0
    assert run(["--data-dir", str(data), "restore", str(saved)]) == 0
    assert "kept at" in capsys.readouterr().out
    assert list((data / "backups").glob("pre-restore-*.sqlite3"))


def test_python_dash_m_runs_the_command_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "parishdesk", "--data-dir",
                             str(tmp_path), "check"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "No database found" in result.stdout


def test_backup_refuses_a_damaged_database(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(["--data-dir", str(data), "demo"]) == 0
    db_file = data / "parishdesk.sqlite3"
    raw = bytearray(db_file.read_bytes())
    raw[4096:4096 * 4] = b"\xa5" * (4096 * 3)
    db_file.write_bytes(bytes(raw))
    before = sorted(p.name for p in (data / "backups").iterdir())
    assert run(["--data-dir", str(data), "backup"]) == 2
    assert "damaged" in capsys.readouterr().err
    assert sorted(p.name for p in (data / "backups").iterdir()) == before
