"""Entry point of the bundled program (both ParishDesk and parishdesk-cli).

PyInstaller starts here; it is the same as the ``parishdesk`` command.
"""

from parishdesk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
