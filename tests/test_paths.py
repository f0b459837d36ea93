from pathlib import Path

import platformdirs

from parishdesk.paths import resolve_paths


def test_data_dir_option_beats_environment(tmp_path):
    paths = resolve_paths(tmp_path / "chosen", {"PARISHDESK_HOME": str(tmp_path / "env")})
    assert paths.data_dir == (tmp_path / "chosen").resolve()
    assert paths.db_file.parent == paths.data_dir
    assert paths.log_dir == paths.data_dir / "logs"


def test_environment_variable_overrides_the_default(tmp_path):
    paths = resolve_paths(None, {"PARISHDESK_HOME": str(tmp_path / "env")})
    assert paths.data_dir == (tmp_path / "env").resolve()


def test_default_is_platformdirs_for_parishdesk(_isolated_home):
    paths = resolve_paths(None, {})
    assert paths.data_dir == Path(platformdirs.user_data_dir("ParishDesk", appauthor=False))
    assert paths.log_dir == Path(platformdirs.user_log_dir("ParishDesk", appauthor=False))
    assert "ParishDesk" in str(paths.data_dir)
    # Tests never touch the real home directory: it is a temporary one here.
    assert str(paths.data_dir).startswith(str(_isolated_home))


def test_everything_lives_under_the_data_folder(tmp_path):
    paths = resolve_paths(tmp_path).ensure()
    for path in (paths.db_file, paths.backups_dir, paths.damaged_dir, paths.letters_dir,
                 paths.settings_file, paths.lock_file, paths.log_file):
        assert path.is_relative_to(tmp_path)
    assert paths.backups_dir.is_dir() and paths.log_dir.is_dir()
