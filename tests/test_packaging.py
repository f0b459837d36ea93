"""The wheel carries every resource, and resources are found from a checkout and a wheel."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from parishdesk.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parents[1]


def _resource_files() -> list[str]:
    base = ROOT / "resources"
    return sorted(str(p.relative_to(base)).replace("\\", "/")
                  for p in base.rglob("*") if p.is_file())


def test_resources_are_found_from_the_checkout():
    assert resources_root().is_dir()
    assert resource_path("icons", "parishdesk.svg").is_file()
    with pytest.raises(FileNotFoundError):
        resource_path("no", "such.file")


@pytest.mark.slow
def test_wheel_contains_every_resource_and_finds_them_when_installed(tmp_path):
    out = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                    "-w", str(out), str(ROOT)], check=True, timeout=600)
    [wheel] = out.glob("parishdesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    expected = _resource_files()
    assert expected, "resources/ is not empty"
    missing = [f for f in expected if f"parishdesk/resources/{f}" not in names]
    assert not missing, f"not in the wheel: {missing}"
    assert "parishdesk/gui/forms/ui_main_window.py" in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
                    "--target", str(target), str(wheel)], check=True, timeout=600)
    probe = ("import sys; sys.path.insert(0, sys.argv[1]); "
             "from parishdesk.resources import resources_root, resource_path; "
             "print(resources_root()); print(resource_path('icons', 'parishdesk.svg'))")
    result = subprocess.run([sys.executable, "-I", "-c", probe, str(target)],
                            capture_output=True, text=True, check=True, timeout=60,
                            cwd=tmp_path)
    root_line = result.stdout.splitlines()[0]
    assert root_line.startswith(str(target)), result.stdout
