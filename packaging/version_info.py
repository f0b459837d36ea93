"""The Windows version resource of the bundled program, from the package's version.

Used by packaging/parishdesk.spec on Windows; Explorer shows these fields under
the program file's Properties ▸ Details.
"""

from __future__ import annotations

import re


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` -> (1, 2, 3, 0); anything after the numbers (``rc1``, ``+local``) is dropped."""
    release = re.match(r"\d+(?:\.\d+)*", version.strip())
    numbers = [int(n) for n in release.group(0).split(".")[:4]] if release else []
    if not numbers:
        raise ValueError(f"Not a version number: {version!r}")
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_file_text(version: str, exe_name: str, description: str) -> str:
    """A PyInstaller ``--version-file`` (a VSVersionInfo written as Python)."""
    v = version_tuple(version)
    fields = {
        "CompanyName": "ParishDesk",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": "ParishDesk",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": "ParishDesk",
        "ProductVersion": version,
    }
    strings = ",\n            ".join(f"StringStruct({k!r}, {val!r})" for k, val in fields.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080904B0', [
            {strings}])
    ]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])
  ]
)
"""
