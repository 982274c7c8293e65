"""Creating and opening headquarters' store, signed in (issue #17, items 1 and 6).

Headquarters' private key is protected like a centre's database key: a random 256-bit
store key seals it, and each headquarters user holds a copy of the store key wrapped by
their password (argon2id, ``db.key_file``). On SQLite the same store key encrypts the
file with SQLCipher and the copies live in the key file beside it, exactly as at a
centre; on PostgreSQL the copies live in ``hq_user`` and the server's own protection
(access control, encryption at rest) covers the rows. Every action is audited in
``hq_audit`` with who did it.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Engine, insert, select, update

from rehabdesk.db import key_file
from rehabdesk.db.base import utcnow
from rehabdesk.db.engine import WRITE_OPTION
from rehabdesk.db.key_file import CentreKey, key_file_path
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqAction, HqRole, require_hq
from rehabdesk.domain.lockout import LockState, check_new_password
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.exchange import keys
from rehabdesk.exchange.hq import store
from rehabdesk.exchange.hq.schema import hq_audit, hq_state, hq_user
from rehabdesk.services.platform import auth, encryption

_SEALED_CONTEXT = b"rehabdesk hq private key v1"


@dataclass(frozen=True)
class HqActor:
    username: str
    name: str
    role: HqRole


@dataclass
class HqStore:
    """An open store and who signed in; callers close it."""

    location: str
    engine: Engine
    key: bytes
    actor: HqActor

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One transaction, committed when the block ends (``BEGIN IMMEDIATE`` on
        SQLite), rolled back on any error."""
        with self.engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def require(self, action: HqAction) -> None:
        require_hq(self.actor.role, action)

    def private_key(self, connection: Connection) -> keys.HqPrivate:
        sealed = base64.b64decode(connection.execute(select(hq_state.c.private_sealed))
                                  .scalar_one())
        try:
            plain = AESGCM(self.key).decrypt(sealed[:12], sealed[12:], _SEALED_CONTEXT)
        except InvalidTag as error:
            raise RehabDeskError("hq.store_key_wrong") from error
        return keys.read_hq_private(plain)

    def audit(self, connection: Connection, action: str, summary: Message) -> None:
        connection.execute(insert(hq_audit).values(
            at=utcnow(), username=self.actor.username, action=action,
            summary=summary.said("en")))

    def close(self) -> None:
        self.engine.dispose()


def _slot(username: str) -> str:
    return key_file.user_slot(username)


@dataclass(frozen=True)
class Created:
    public_key: bytes
    fingerprint: str
    words: str
    """The fingerprint in words, the same each centre's ``exchange trust-hq`` prints."""


def create(location: str, username: str, full_name: str, password: str, *,
           key_pair: tuple[bytes, bytes] | None = None) -> Created:
    """A new store with its first headquarters administrator and headquarters' key pair
    (new, or the (private, public) key files given: the national bench's cached bundles
    are sealed to its own pair); returns the public key file the centres install. An
    existing store is refused and left as it was."""
    check_new_password(password, username)
    if store.is_postgres(location):
        key = key_file.new_key()
        engine = store.engine_for(location)
        if store.current_revision(engine) is not None:
            engine.dispose()
            raise RehabDeskError("hq.store_exists", place=shown(location))
    else:
        path = Path(location)
        if path.exists() and path.stat().st_size:
            raise RehabDeskError("hq.store_exists", place=location)
        centre_key = encryption.create_key_file(path)
        key_file.put_copy(centre_key, _slot(username), password)
        key = centre_key.key
        engine = store.engine_for(location, key)
    try:
        store.upgrade(engine)
        private, public = key_pair or keys.new_hq_keys()
        nonce = secrets.token_bytes(12)
        sealed = nonce + AESGCM(key).encrypt(nonce, private, _SEALED_CONTEXT)
        opened = HqStore(location, engine, key,
                         HqActor(username, full_name, HqRole.ADMINISTRATOR))
        hq_public = keys.read_hq_public(public)
        fingerprint = hq_public.fingerprint
        with opened.writing() as connection:
            connection.execute(insert(hq_state).values(
                id=1, public_key=public.decode("utf-8"),
                private_sealed=base64.b64encode(sealed).decode("ascii"), created_at=utcnow()))
            _add_user(connection, key, username, full_name, HqRole.ADMINISTRATOR, password)
            opened.audit(connection, "init", sentence("hq.audit_created",
                                                      fingerprint=fingerprint))
    finally:
        engine.dispose()
    return Created(public, fingerprint, hq_public.words)


def _add_user(connection: Connection, key: bytes, username: str, full_name: str,
              role: HqRole, password: str) -> None:
    copy = key_file.wrap(key, password, _slot(username))
    connection.execute(insert(hq_user).values(
        username=username, full_name=full_name, role=role.value,
        key_copy=json.dumps(copy, sort_keys=True), created_at=utcnow()))


def shown(location: str) -> str:
    """A location as it may be printed: a URL without its password."""
    if store.is_postgres(location):
        return store.url_of(location).render_as_string(hide_password=True)
    return location


def open_signed_in(location: str, username: str, password: str) -> HqStore:
    """The store, opened by ``username`` whose password unwraps the store key; any
    refusal reads the same whether the name exists or not (``auth.WRONG``)."""
    if store.is_postgres(location):
        engine = store.engine_for(location)
        if store.current_revision(engine) is None:
            engine.dispose()
            raise RehabDeskError("hq.store_missing", place=shown(location))
        store.upgrade_if_needed(engine)
        try:
            key = _unlock_postgres(engine, username, password)
        except RehabDeskError:
            engine.dispose()
            raise
    else:
        path = Path(location)
        if not path.is_file() or not encryption.is_encrypted(path):
            raise RehabDeskError("hq.store_missing", place=location)
        unlocked = encryption.unlock(path, username, password, utcnow())
        if unlocked.key is None:
            raise RehabDeskError.saying(unlocked.message or auth.WRONG)
        key = unlocked.key
        engine = store.engine_for(location, key)
        store.upgrade_if_needed(engine)
    with engine.connect() as connection:
        user = connection.execute(select(hq_user.c.full_name, hq_user.c.role).where(
            hq_user.c.username == username)).first()
    if user is None:
        engine.dispose()
        raise RehabDeskError.saying(auth.WRONG)
    opened = HqStore(location, engine, key, HqActor(username, user.full_name,
                                                   HqRole(user.role)))
    with opened.writing() as connection:
        opened.audit(connection, "sign_in", sentence("hq.audit_signed_in"))
    return opened


def _unlock_postgres(engine: Engine, username: str, password: str) -> bytes:
    """The store key from ``username``'s copy in ``hq_user``, with the centre's lockout
    (``domain.lockout``: five wrong passwords lock the name for 15 minutes); every
    refusal reads ``auth.WRONG`` and takes the time of one unwrap."""
    now = utcnow()
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        row = connection.execute(select(
            hq_user.c.id, hq_user.c.key_copy, hq_user.c.failed_attempts,
            hq_user.c.locked_until).where(hq_user.c.username == username)).first()
        state = LockState() if row is None else LockState(row.failed_attempts,
                                                          row.locked_until)
        if row is None or state.is_locked(now):
            key_file.burn_time()
            key = None
        else:
            key = key_file.unwrap(json.loads(row.key_copy), password, _slot(username))
            after = LockState() if key is not None else state.after_failure(now)
            connection.execute(update(hq_user).where(hq_user.c.id == row.id).values(
                failed_attempts=after.failed_attempts, locked_until=after.locked_until))
        if key is None:
            connection.execute(insert(hq_audit).values(
                at=now, username=username, action="sign_in_failed",
                summary=sentence("hq.audit_sign_in_refused").said("en")))
    if key is None:
        raise RehabDeskError.saying(auth.WRONG)
    return key


def add_user(opened: HqStore, username: str, full_name: str, role: HqRole,
             password: str) -> None:
    """A new headquarters user (an administrator's action, audited) with a copy of the
    store key their password unwraps — in the key file beside a SQLite store, else in
    ``hq_user``."""
    opened.require(HqAction.MANAGE_USERS)
    check_new_password(password, username)
    with opened.writing() as connection:
        if connection.execute(select(hq_user.c.id).where(
                hq_user.c.username == username)).first() is not None:
            raise RehabDeskError("hq.user_exists", username=username)
        _add_user(connection, opened.key, username, full_name, role, password)
        if not store.is_postgres(opened.location):
            path = Path(opened.location)
            key_file.put_copy(CentreKey(opened.key, key_file_path(path)), _slot(username),
                              password)
        opened.audit(connection, "add_user", sentence(
            "hq.audit_user_added", username=username, role=role.value))
