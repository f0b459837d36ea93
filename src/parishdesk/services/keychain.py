"""Remembering the password in the operating system's keychain (``keyring``), offered
only where a real keychain exists (not on a machine without a desktop session)."""

from __future__ import annotations

from parishdesk.paths import DataPaths

SERVICE = "ParishDesk"


def _backend() -> object | None:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    try:
        from keyring.backends import null

        if isinstance(backend, null.Keyring):
            return None
    except ImportError:
        pass
    priority = getattr(backend, "priority", 1)
    return backend if priority and priority > 0 else None


def available() -> bool:
    """True if the password can be remembered safely here."""
    return _backend() is not None


def _account(paths: DataPaths) -> str:
    return str(paths.data_dir)


def remembered(paths: DataPaths) -> str | None:
    if not available():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, _account(paths))
    except Exception:  # noqa: BLE001 - a locked or broken keychain: just ask
        return None


def remember(paths: DataPaths, password: str) -> bool:
    if not available():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, _account(paths), password)
    except Exception:  # noqa: BLE001 - not remembered: the clerk types it next time
        return False
    return True


def forget(paths: DataPaths) -> None:
    if not available():
        return
    import keyring

    try:
        keyring.delete_password(SERVICE, _account(paths))
    except Exception:  # noqa: BLE001 - nothing was remembered
        pass
