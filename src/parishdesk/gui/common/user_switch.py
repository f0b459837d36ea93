"""Who is at the keyboard: the officer named in every audit entry, and File > Switch user….

At start the officer remembered from last time (a setting in the data folder) takes the
seat if still in post, else the Clerk. Switching changes ``ctx.actor`` for every window at
once (they all read it when they save), and is remembered for the next start.
"""

from __future__ import annotations

from typing import Any

from parishdesk.gui.common.context import AppContext
from parishdesk.services import users

SETTING = "session/user_id"


def take_seat(ctx: AppContext) -> users.User | None:
    """At start: name the officer using ParishDesk (remembered, else the Clerk)."""
    remembered = ctx.settings().value(SETTING)
    try:
        remembered_id = int(str(remembered)) if remembered is not None else None
    except ValueError:
        remembered_id = None
    user = users.choose_user(remembered_id, ctx.today())
    if user is not None:
        ctx.actor, ctx.user_id = user.name, user.person_id
    return user


def set_user(ctx: AppContext, user: users.User) -> None:
    """From now on (and at the next start) ``user`` is named in the audit log; Edit > Undo
    starts afresh, so nobody takes back another officer's change unawares."""
    ctx.actor, ctx.user_id = user.name, user.person_id
    ctx.undo.clear()
    settings = ctx.settings()
    settings.setValue(SETTING, user.person_id)
    settings.sync()


def status_text(ctx: AppContext) -> str:
    return f"Working as {ctx.actor}"


def why_not_switch(ctx: AppContext) -> str | None:
    """Why File > Switch user… cannot be used now (None: it can)."""
    if len(users.current_officers(ctx.today())) < 2:
        return ("Only one officer is on the register: add another officer in Members to "
                "share ParishDesk.")
    return None


def __getattr__(name: str) -> Any:
    """``user_switch.SwitchUserDialog``: the dialog, loaded when File > Switch user… is
    first used (its widgets' Python types are not made while the program starts)."""
    if name == "SwitchUserDialog":
        from parishdesk.gui.common.user_switch_dialog import SwitchUserDialog

        return SwitchUserDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
