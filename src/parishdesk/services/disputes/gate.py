"""The Disputes area's settings: time limits, the Monitoring Officer's limits (DISP-14) and the
password that can guard the area (DISP-12), stored as a salted scrypt hash."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import fields

from parishdesk.domain.dispute_steps import DisputeSettings
from parishdesk.errors import ValidationError
from parishdesk.store import council_store
from parishdesk.store import disputes_store as store
from parishdesk.store.db import database

PASSWORD_KEY = "password_hash"
_N, _R, _P = 2**14, 8, 1
MIN_PASSWORD = 8

LABELS: dict[str, str] = {
    "ack_days": "Acknowledge a grievance within",
    "hearing_days": "Hold a hearing within",
    "appeal_days": "Appeal window",
    "suspension_review_days": "Review a suspension every",
    "protocol_answer_days": "Answer a protocol question within",
    "mo_complaint_age_days": "A complaint about events no older than",
    "mo_ack_days": "Monitoring Officer acknowledges within",
    "mo_assessment_days": "Monitoring Officer decides whether to investigate within",
}


def load_settings() -> DisputeSettings:
    defaults = DisputeSettings()
    return DisputeSettings(**{f.name: store.get_setting(f.name, getattr(defaults, f.name))
                              for f in fields(DisputeSettings)})


def save_settings(new: DisputeSettings, actor: str) -> DisputeSettings:
    problems = {f.name: f"{LABELS[f.name]}: give a number of working days from 1 to 120."
                for f in fields(DisputeSettings)
                if not 1 <= int(getattr(new, f.name)) <= 120}
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        for f in fields(DisputeSettings):
            store.put_setting(f.name, str(int(getattr(new, f.name))), actor)
    return load_settings()


def nation() -> str:
    council = council_store.get_council()
    return council.nation if council is not None else "england-and-wales"


def principal_council() -> str:
    council = council_store.get_council()
    return council.principal_council if council is not None else ""


def _hash(password: str, salt: bytes) -> str:
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def password_required() -> bool:
    return bool(store.get_text_setting(PASSWORD_KEY))


def set_password(password: str, actor: str) -> None:
    """Require this password to open the Disputes area ("" removes the requirement)."""
    if password and len(password) < MIN_PASSWORD:
        raise ValidationError({"password": f"Use at least {MIN_PASSWORD} characters."})
    value = _hash(password, os.urandom(16)) if password else ""
    store.put_secret_setting(PASSWORD_KEY, value, actor)


def check_password(password: str) -> bool:
    stored = store.get_text_setting(PASSWORD_KEY)
    if not stored:
        return True
    try:
        _, n, r, p, salt, digest = stored.split("$")
        again = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                               r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(again.hex(), digest)
