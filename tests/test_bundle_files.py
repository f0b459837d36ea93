"""The files the bundle and the installers are made from (the build itself runs in .ci/run)."""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def test_version_resource_follows_the_package_version():
    import sys

    sys.path.insert(0, str(PACKAGING))
    try:
        from version_info import version_file_text, version_tuple
    finally:
        sys.path.remove(str(PACKAGING))
    assert version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_tuple("2.3.4.5") == (2, 3, 4, 5)
    assert version_tuple("1.2rc1+local") == (1, 2, 0, 0)
    text = version_file_text("1.4.2", "ParishDesk", "ParishDesk, the parish clerk's desk")
    ast.parse(text)  # PyInstaller evaluates it as Python
    assert "filevers=(1, 4, 2, 0)" in text and "StringStruct('ProductVersion', '1.4.2')" in text
    assert "StringStruct('OriginalFilename', 'ParishDesk.exe')" in text
    with pytest.raises(ValueError):
        version_tuple("unknown")


def test_icons_are_there_in_every_size():
    from PIL import Image

    with Image.open(PACKAGING / "icons" / "parishdesk.png") as png:
        assert png.size == (256, 256) and png.mode == "RGBA"
    with Image.open(PACKAGING / "icons" / "parishdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    for size in (16, 32, 48, 256):  # the window's own icon (read without the SVG plugin)
        with Image.open(PACKAGING.parent / "resources" / "icons" / f"parishdesk-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"


def test_spec_leaves_out_webengine_and_names_both_programs():
    spec = (PACKAGING / "parishdesk.spec").read_text(encoding="utf-8")
    assert '"PySide6.QtWebEngineCore"' in spec and '"PySide6.QtWebEngineWidgets"' in spec
    assert 'name="ParishDesk"' in spec and 'name="parishdesk-cli"' in spec
    assert "console=False" in spec and "console=True" in spec
    assert '"parishdesk/resources"' in spec and 'copy_metadata("parishdesk")' in spec
    assert '{"docx": "pyz+py"}' in spec  # python-docx's templates are found through its folders


def _fake_bundle(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in ("install.sh", "parishdesk.desktop"):
        (folder / name).write_bytes((PACKAGING / "linux" / name).read_bytes())
    (folder / "parishdesk.png").write_bytes((PACKAGING / "icons" / "parishdesk.png").read_bytes())
    program = folder / "ParishDesk"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    return folder


def test_linux_install_script_adds_and_removes_the_menu_entry(tmp_path):
    bundle = _fake_bundle(tmp_path / "Programs" / "Parish Desk $1")
    data_home = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "HOME": str(tmp_path)}
    out = subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True,
                         capture_output=True, text=True, cwd=tmp_path).stdout
    entry = data_home / "applications" / "parishdesk.desktop"
    assert "applications menu" in out and entry.is_file()
    assert (data_home / "icons" / "hicolor" / "256x256" / "apps" / "parishdesk.png").is_file()
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(entry, encoding="utf-8")
    section = desktop["Desktop Entry"]
    assert section["Name"] == "ParishDesk" and section["Icon"] == "parishdesk"
    assert section["TryExec"] == str(bundle / "ParishDesk")
    # Exec quotes the path; "$" is escaped, and the escaping backslash doubled in the file.
    assert section["Exec"] == '"' + str(bundle / "ParishDesk").replace("$", "\\\\$") + '"'
    assert "@" not in entry.read_text(encoding="utf-8")
    validator = shutil.which("desktop-file-validate")  # desktop-file-utils, from dev.sh test
    if validator:
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout

    out = subprocess.run(["sh", str(bundle / "install.sh"), "--remove"], env=env, check=True,
                         capture_output=True, text=True).stdout
    assert not entry.exists() and "data was left" in out


def test_windows_installer_script_is_per_user_and_keeps_the_data():
    # Inno Setup cannot run here (packaging/README.md): check what the script asks of it.
    iss = (PACKAGING / "windows" / "parishdesk.iss").read_text(encoding="utf-8")
    lines = {line.split("=", 1)[0]: line.split("=", 1)[1] for line in iss.splitlines()
             if "=" in line and not line.startswith((";", " ", "Name:", "Root:", "Source:",
                                                     "Type:", "Filename:"))}
    assert lines["PrivilegesRequired"] == "lowest"
    assert lines["DefaultDirName"] == "{autopf}\\ParishDesk"  # per user: %LOCALAPPDATA%\Programs
    assert lines["ChangesAssociations"] == "yes"
    assert lines["SetupIconFile"] == "..\\icons\\parishdesk.ico"
    assert (PACKAGING / "windows" / lines["SetupIconFile"].replace("\\", "/")).resolve().is_file()
    assert 'Name: "desktopicon"' in iss and "Flags: unchecked" in iss
    assert '"{autoprograms}\\ParishDesk"; Filename: "{app}\\ParishDesk.exe"' in iss
    assert 'Subkey: "Software\\Classes\\.parishdesk-backup"' in iss
    assert '""{app}\\ParishDesk.exe"" open-backup ""%1""' in iss
    # Uninstalling names the data folder and deletes nothing in it.
    assert "usPostUninstall" in iss and "{localappdata}\\ParishDesk" in iss
    assert "[UninstallDelete]" not in iss and "DelTree" not in iss


def test_the_installer_command_is_a_real_command():
    from parishdesk.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(["open-backup", "C:/Users/clerk/Ashcombe.parishdesk-backup"])
    assert args.command == "open-backup" and args.func.__name__ == "cmd_open_backup"
