import os
import subprocess
import sys
import textwrap

import pytest

from parishdesk.errors import AlreadyRunning
from parishdesk.instance_lock import InstanceLock, read_holder


def _holder_script(lock_file, ready_file):
    return textwrap.dedent(f"""
        import time, pathlib
        from parishdesk.instance_lock import InstanceLock
        lock = InstanceLock(pathlib.Path({str(lock_file)!r})).acquire()
        pathlib.Path({str(ready_file)!r}).write_text("ready")
        time.sleep(60)
    """)


@pytest.fixture
def other_process(paths, tmp_path):
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", _holder_script(paths.lock_file, ready)])
    for _ in range(200):
        if ready.exists():
            break
        proc.poll()
        assert proc.returncode is None, "helper process died"
        import time

        time.sleep(0.05)
    yield proc
    proc.kill()
    proc.wait()


def test_second_copy_is_told_who_holds_the_data(paths, other_process):
    with pytest.raises(AlreadyRunning) as info:
        InstanceLock(paths.lock_file).acquire()
    assert info.value.pid == other_process.pid
    assert str(other_process.pid) in str(info.value)
    assert read_holder(paths.lock_file)["pid"] == other_process.pid


def test_second_copy_of_the_command_line_exits_non_zero_without_touching_the_file(
        paths, other_process, tmp_path):
    backup = tmp_path / "some.sqlite3"
    backup.write_text("x")
    env = {**os.environ, "PARISHDESK_HOME": str(paths.data_dir)}
    result = subprocess.run([sys.executable, "-m", "parishdesk", "restore", str(backup)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0
    assert str(other_process.pid) in result.stderr
    assert not paths.db_file.exists()


def test_second_copy_of_the_app_exits_non_zero(paths, other_process):
    env = {**os.environ, "PARISHDESK_HOME": str(paths.data_dir), "QT_QPA_PLATFORM": "offscreen"}
    code = ("import sys; from PySide6.QtWidgets import QMessageBox; "
            "QMessageBox.warning = staticmethod(lambda *a, **k: None); "
            "from parishdesk.app import main; sys.exit(main([]))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 3
    assert str(other_process.pid) in result.stderr
    assert not paths.db_file.exists()


def test_lock_is_released_and_can_be_taken_again(paths):
    with InstanceLock(paths.lock_file) as lock:
        assert lock.held
    with InstanceLock(paths.lock_file) as again:
        assert again.held


def test_an_unusable_data_folder_gets_a_plain_message(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    env = {**os.environ, "PARISHDESK_HOME": str(blocker / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    code = ("import sys; from PySide6.QtWidgets import QMessageBox; "
            "QMessageBox.warning = staticmethod(lambda *a, **k: print('SHOWN:', a[1], a[2])); "
            "from parishdesk.app import main; sys.exit(main([]))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 1
    assert "SHOWN: ParishDesk cannot use its data folder" in result.stdout
    assert "Traceback" not in result.stderr
