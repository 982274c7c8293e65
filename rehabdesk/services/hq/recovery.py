"""Headquarters' recovery sheet (issue #17, item 6: "headquarters' private key is
protected like a centre's database key").

As at a centre (``services.platform.encryption``, issue #8), a recovery key — 240 random
bits printed as twelve groups of four letters and a QR code — wraps one more copy of the
store key, which seals headquarters' private key. The copy lies where the users' copies
lie: in ``hq_state.recovery_copy`` on PostgreSQL, in the key file beside a SQLite store
(whose file the store key encrypts, so a copy inside it could never be reached). When
every administrator's password is lost, ``recover_access`` gives one of them a new
password with the sheet's key; the store key, and so the private key, stay as they were.
A new sheet replaces the copy, so the previous sheet stops working. Both are audited,
never with the key itself.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from pathlib import Path

from sqlalchemy import select, update

from rehabdesk.db import key_file
from rehabdesk.db.engine import WRITE_OPTION
from rehabdesk.db.key_file import RECOVERY, CentreKey, key_file_path
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqAction, HqRole
from rehabdesk.domain.lockout import check_new_password
from rehabdesk.domain.messages import sentence
from rehabdesk.exchange import keys
from rehabdesk.exchange.hq import store
from rehabdesk.exchange.hq.schema import hq_state, hq_user
from rehabdesk.printing.documents.hq_recovery_sheet import HqRecoverySheet
from rehabdesk.printing.kit.page import HEADQUARTERS, PrintContext
from rehabdesk.printing.registry import HqRecoverySheetRequest, render_document
from rehabdesk.services.hq.store import HqActor, HqStore, shown
from rehabdesk.services.platform.encryption import (
    RECOVERY_BYTES,
    RecoverySheet,
    format_recovery_key,
    parse_recovery_key,
)


def new_recovery_sheet(opened: HqStore, today: dt.date) -> RecoverySheet:
    """A new recovery key wrapping one more copy of the store key, and its sheet to
    print; the previous recovery key stops working. A headquarters administrator's
    action, audited."""
    opened.require(HqAction.MANAGE_USERS)
    text = format_recovery_key(secrets.token_bytes(RECOVERY_BYTES))
    with opened.writing() as connection:
        public = connection.execute(select(hq_state.c.public_key)).scalar_one()
        sheet = HqRecoverySheet(text, shown(opened.location),
                                keys.read_hq_public(public.encode("utf-8")).fingerprint)
        pdf = render_document("hq-recovery-sheet", HqRecoverySheetRequest(
            PrintContext(HEADQUARTERS, opened.actor.name, today), sheet))
        if store.is_postgres(opened.location):
            connection.execute(update(hq_state).values(recovery_copy=json.dumps(
                key_file.wrap(opened.key, text, RECOVERY), sort_keys=True)))
        else:
            key_file.put_copy(CentreKey(opened.key, key_file_path(Path(opened.location))),
                              RECOVERY, text)
        opened.audit(connection, "recovery_sheet", sentence("hq.audit_recovery_sheet"))
    return RecoverySheet(text, pdf)


def _recovery_copy(location: str) -> dict[str, object] | None:
    """The store key's recovery copy, where ``new_recovery_sheet`` put it."""
    if not store.is_postgres(location):
        path = key_file_path(Path(location))
        if not path.is_file():
            raise RehabDeskError("hq.store_missing", place=location)
        copies: dict[str, dict[str, object]] = key_file.read(path)["copies"]
        return copies.get(RECOVERY)
    engine = store.engine_for(location)
    try:
        if store.current_revision(engine) is None:
            raise RehabDeskError("hq.store_missing", place=shown(location))
        with engine.connect() as connection:
            held = connection.execute(select(hq_state.c.recovery_copy)).scalar_one()
    finally:
        engine.dispose()
    return None if held is None else dict(json.loads(held))


def recover_access(location: str, recovery_key: str, username: str,
                   new_password: str) -> None:
    """Gives headquarters administrator ``username`` a new password with the recovery
    sheet's key, when nobody can sign in: their copy of the store key is wrapped anew
    and their lock lifted; the audit says the recovery key was used. A wrong key, or a
    name that is not an administrator's, changes nothing."""
    check_new_password(new_password, username)
    copy = _recovery_copy(location)
    canonical = parse_recovery_key(recovery_key)
    key = key_file.unwrap(copy, canonical, RECOVERY) if copy and canonical else None
    if key is None:
        raise RehabDeskError("hq.wrong_recovery_key")
    slot = key_file.user_slot(username)
    engine = store.engine_for(location, key)
    try:
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
            user = connection.execute(select(hq_user.c.full_name, hq_user.c.role).where(
                hq_user.c.username == username)).first()
            if user is None or user.role != HqRole.ADMINISTRATOR.value:
                raise RehabDeskError("hq.recover_only_administrators", username=username)
            connection.execute(update(hq_user).where(hq_user.c.username == username).values(
                key_copy=json.dumps(key_file.wrap(key, new_password, slot), sort_keys=True),
                failed_attempts=0, locked_until=None))
            if not store.is_postgres(location):
                key_file.put_copy(CentreKey(key, key_file_path(Path(location))), slot,
                                  new_password)
            recovered = HqStore(location, engine, key, HqActor(
                username, user.full_name, HqRole.ADMINISTRATOR))
            recovered.audit(connection, "recover", sentence(
                "hq.audit_recovery_key_used", username=username))
    finally:
        engine.dispose()
