"""The signed-in clerk's unsaved intake form (issue #22, item 7).

A draft carries a detainee's names, ids and photo, so it is kept in the encrypted
database (``db.models.IntakeDraft``), one per user: a clerk never sees another's draft,
and nothing of it reaches the desktop's plain settings store. Drafts are not audited —
nothing is registered until the form is saved — and never travel to headquarters. Only
those who may register arrivals have drafts (the permission matrix).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import delete, select

from rehabdesk.db.models import IntakeDraft
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action, require
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

MAX_DRAFT_BYTES = 2_000_000
"""A form with a 600 px photo is well under 200 KB; anything far larger is not a form."""


def save_draft(uow: UnitOfWork, actor: Actor, form: dict[str, Any], now: dt.datetime) -> None:
    """Keeps ``form`` as ``actor``'s draft, replacing the previous one."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    user_id = _user_id(actor)
    text = json.dumps(form, ensure_ascii=False)
    if len(text.encode()) > MAX_DRAFT_BYTES:
        raise RehabDeskError("intake.draft_too_large")
    draft = uow.session.scalars(
        select(IntakeDraft).where(IntakeDraft.user_id == user_id)).one_or_none()
    if draft is None:
        uow.session.add(IntakeDraft(user_id=user_id, form=text, saved_at=now))
    else:
        draft.form, draft.saved_at = text, now


def load_draft(uow: UnitOfWork, actor: Actor) -> tuple[dict[str, Any], dt.datetime] | None:
    """``actor``'s own draft and when it was saved, or None. A draft that no longer
    reads as a form (written by a damaged version) is treated as none."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    if actor.user_id is None:
        return None
    draft = uow.session.scalars(
        select(IntakeDraft).where(IntakeDraft.user_id == actor.user_id)).one_or_none()
    if draft is None:
        return None
    try:
        form = json.loads(draft.form)
    except ValueError:
        return None
    return (form, draft.saved_at) if isinstance(form, dict) else None


def clear_draft(uow: UnitOfWork, actor: Actor) -> None:
    """Forgets ``actor``'s draft (the form was saved or cleared)."""
    require(actor.role, Action.REGISTER_ARRIVAL)
    if actor.user_id is not None:
        uow.session.execute(delete(IntakeDraft).where(IntakeDraft.user_id == actor.user_id))


def _user_id(actor: Actor) -> int:
    if actor.user_id is None:
        raise RehabDeskError("intake.draft_without_user")
    return actor.user_id
