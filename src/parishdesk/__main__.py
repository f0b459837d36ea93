"""``python -m parishdesk``."""

from parishdesk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
