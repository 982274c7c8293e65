"""Encryption at rest (issue #8, item 2): unlocking the database key, the recovery key,
and encrypting a plain database.

Key hierarchy (docs/architecture.md): a random 256-bit database key encrypts the file
(SQLCipher, raw key); ``<db>.keys`` holds copies of it wrapped by each user's password and
by the recovery key (``db.key_file``).

Signing in therefore has two gates. The *key gate* comes first: the user table lives in
the encrypted database, so a password must unwrap that user's copy before anything can
be read. A wrong password there cannot be counted in the database; the copy keeps its own
count and lock (the same five tries and 15 minutes, ``domain.lockout``), and the refusal
waits in the key file until the next sign-in that opens the database writes it to the
audit log. Once the database is open, ``services.auth`` checks the password again against
the user table, with its own lockout, as for a plain database; the idle-lock unlock uses
only that second gate.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import extract_parameters
from argon2.exceptions import InvalidHashError

from rehabdesk.db import key_file, schema
from rehabdesk.db.engine import connect_raw, is_plain_sqlite
from rehabdesk.db.key_file import RECOVERY, CentreKey, key_file_path
from rehabdesk.db.writer_lock import WriterLock
from rehabdesk.domain.errors import RehabDeskError, ValidationError
from rehabdesk.domain.lockout import LOCK_DURATION, LockState
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.messages.stored import stored
from rehabdesk.domain.permissions import Action, Role, require
from rehabdesk.services.platform import audit, auth, backup
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork, staged_unit_of_work

log = logging.getLogger(__name__)

RECOVERY_BYTES = 30
"""240 random bits: 48 base-32 letters, printed in 12 groups of four."""
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


@dataclass(frozen=True)
class Unlock:
    key: bytes | None
    message: Message | None = None
    """Why the key stayed locked (None when ``key`` is there)."""


def is_encrypted(db_path: Path) -> bool:
    """An encrypted centre database is known by its key file."""
    return key_file_path(db_path).exists()


def _stamp(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _refused(data: dict[str, Any], now: dt.datetime, username: str, summary: Message) -> None:
    """Keeps a refusal in the key file until a writer records it, its sentence as the audit
    log stores it (``domain.messages.stored``)."""
    key_file.add_refusal(data, {"at": _stamp(now), "username": username,
                                "summary": stored(summary)})


def unlock(db_path: Path, username: str, password: str, now: dt.datetime) -> Unlock:
    """The database key if ``password`` opens ``username``'s copy; else ``auth.WRONG``,
    whatever the reason (the same lock, the same count of tries as ``services.auth``)."""
    slot = key_file.user_slot(username)
    with key_file.editing(key_file_path(db_path)) as data:
        copy = data["copies"].get(slot)
        if copy is None:
            key_file.burn_time()
            _refused(data, now, username, sentence("audit.key_file_unknown_user"))
            return Unlock(None, auth.WRONG)
        if key_file.is_damaged(copy, slot):
            _refused(data, now, username, sentence("audit.key_file_copy_damaged"))
            return Unlock(None, sentence("platform.key_copy_damaged", username=username,
                                         spare=spare_key_file(db_path)))
        locked_until = copy.get("locked_until")
        state = LockState(int(copy.get("failed_attempts", 0)),
                          dt.datetime.fromisoformat(locked_until) if locked_until else None)
        if state.is_locked(now):
            key_file.burn_time()  # the time of a real unwrap, as for an unknown name
            _refused(data, now, username, sentence("audit.key_file_locked"))
            return Unlock(None, auth.WRONG)
        key = key_file.unwrap(copy, password, slot)
        if key is None:
            state = state.after_failure(now)
            copy["failed_attempts"], copy["locked_until"] = (state.failed_attempts,
                                                             _stamp(state.locked_until))
            _refused(data, now, username,
                     sentence("audit.key_file_wrong_password_locked",
                              minutes=LOCK_DURATION.seconds // 60)
                     if state.is_locked(now) else sentence("audit.key_file_wrong_password"))
            return Unlock(None, auth.WRONG)
        if copy.get("from_hash") or state.failed_attempts:
            # A copy made by `db encrypt` from the password hash gets a salt of its own.
            data["copies"][slot] = key_file.wrap(key, password, slot)
        elif "check" not in copy:  # written before checksums; it just proved intact
            data["copies"][slot] = key_file.with_checksum(copy, slot)
        return Unlock(key)


def spare_key_file(db_path: Path) -> Message:
    """What repairs a damaged copy in the key file (issue #23, item 4): the key file kept
    with the newest backup. The sentence saying a copy is damaged adds the other remedy (a
    new password, or a new recovery sheet, makes a new copy) and that nothing was counted
    against the user."""
    newest = next(iter(backup.list_backups(backup.backup_folder(db_path), db_path.stem)), None)
    if newest is None:
        return sentence("platform.spare_key_file_of_a_backup",
                        key_file=str(key_file_path(db_path)))
    return sentence("platform.spare_key_file_of_newest_backup",
                    backup_key_file=str(key_file_path(newest.path)),
                    key_file=str(key_file_path(db_path)))


def record_refusals(uow: UnitOfWork) -> int:
    """Writes the key gate's refusals to the audit log (the first writer to open the
    database after them does) and clears them, saying how many were dropped; returns how
    many there were."""
    if uow.centre_key is None or not uow.writable:
        return 0
    with key_file.editing(uow.centre_key.key_file) as data:
        refused, data["refused"] = data.get("refused", []), []
        dropped, data["dropped"] = int(data.get("dropped", 0)), 0
        for entry in refused:
            name = str(entry.get("username", ""))
            earlier = int(entry.get("dropped_before", 0))
            what = audit.summary_of(str(entry.get("summary", "")))
            at = dt.datetime.fromisoformat(str(entry.get("at")))
            audit.record(uow, Actor(None, name, f"{name or '?'} (not signed in)",
                                    Role.AUDITOR),
                         "sign_in_failed", "user", None,
                         summary=sentence("audit.key_file_refusal_more", what=what, at=at,
                                          earlier=earlier) if earlier else
                         sentence("audit.key_file_refusal", what=what, at=at))
        if dropped:
            audit.record(uow, Actor(None, "", "? (not signed in)", Role.AUDITOR),
                         "sign_in_failed", "user", None,
                         summary=sentence("audit.key_file_refusals_dropped", dropped=dropped,
                                          kept=key_file.MAX_REFUSED))
    return len(refused) + dropped


def is_demo(db_path: Path) -> bool:
    """True when the demo administrator's password ``demo`` opens the key (a demo centre:
    the sign-in dialog says so). Counts nothing: it is not someone signing in."""
    try:
        copy = key_file.read(key_file_path(db_path))["copies"].get(key_file.user_slot("admin"))
    except RehabDeskError:
        return False
    return copy is not None and key_file.unwrap(copy, "demo", key_file.user_slot("admin")) \
        is not None


def create_key_file(db_path: Path) -> CentreKey:
    """A new database key and its (so far empty) key file, for a database not yet made."""
    path = key_file_path(db_path)
    if path.exists() or (db_path.exists() and db_path.stat().st_size):
        raise RehabDeskError("platform.key_file_exists", path=str(db_path))
    centre_key = CentreKey(key_file.new_key(), path)
    with key_file.editing(path, create=True):
        pass
    return centre_key


def format_recovery_key(raw: bytes) -> str:
    letters = base64.b32encode(raw).decode("ascii")
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


def parse_recovery_key(text: str) -> str:
    """The canonical form of a typed recovery key: case, spaces, dashes and 0/1/8 for
    O/I/B do not matter."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    return format_recovery_key(base64.b32decode(letters)) if len(letters) == 48 else ""


@dataclass(frozen=True)
class RecoverySheet:
    recovery_key: str
    pdf: bytes


def new_recovery_sheet(uow: UnitOfWork, actor: Actor, today: dt.date) -> RecoverySheet:
    """A new recovery key wrapping one more copy of the database key, and its sheet to
    print (``printing.recovery_sheet``). The previous recovery key stops working; the new
    one is shown only on this sheet. Audited (never the key itself)."""
    from rehabdesk.printing.documents.recovery_sheet import render_recovery_sheet
    from rehabdesk.services.platform.centre import get_centre

    require(actor.role, Action.MANAGE_USERS)
    if uow.centre_key is None:
        raise ValidationError("platform.not_encrypted_no_recovery_key",
                              command="rehabdesk db encrypt")
    text = format_recovery_key(secrets.token_bytes(RECOVERY_BYTES))
    db_name = uow.centre_key.key_file.name.removesuffix(".keys")
    pdf = render_recovery_sheet(get_centre(uow), text, db_name, actor.name, today,
                                audit.current_head(uow))
    key_file.put_copy(uow.centre_key, RECOVERY, text)
    audit.record(uow, actor, "update", "key_file", None,
                 summary=sentence("audit.recovery_key_made"))
    return RecoverySheet(text, pdf)


def unlock_with_recovery(db_path: Path, recovery_key: str) -> bytes:
    """The database key from the recovery sheet's key, or a sentence why not."""
    copy = key_file.read(key_file_path(db_path))["copies"].get(RECOVERY)
    if copy is not None and key_file.is_damaged(copy, RECOVERY):
        raise RehabDeskError("platform.recovery_copy_damaged", spare=spare_key_file(db_path))
    key = None
    if copy is not None and (canonical := parse_recovery_key(recovery_key)):
        key = key_file.unwrap(copy, canonical, RECOVERY)
    if key is None:
        raise RehabDeskError("platform.wrong_recovery_key")
    return key


def recover_access(db_path: Path, recovery_key: str, username: str, new_password: str) -> None:
    """Gives an administrator a new password with the recovery sheet's key, when nobody
    can sign in: their database password and their copy of the key change, both locks
    are lifted, and the audit log says the recovery key was used."""
    from rehabdesk.services.platform.database import open_database
    from rehabdesk.services.platform.users import actor_named

    key = unlock_with_recovery(db_path, recovery_key)
    database = open_database(db_path, create=False, key=key, program="rehabdesk db recover")
    try:
        with database.unit_of_work(write=True) as uow:
            actor = actor_named(uow, username)
            if actor.role is not Role.ADMINISTRATOR:
                raise ValidationError("platform.recover_only_administrators",
                                      username=username)
            record_refusals(uow)
            audit.record(uow, actor, "update", "user", None,
                         summary=sentence("audit.recovery_key_used", username=username))
            auth.set_password(uow, actor, username, new_password)
    finally:
        database.close()


@dataclass(frozen=True)
class Encrypted:
    recovery_key: str
    users: int
    """Users whose password opens the encrypted database (each had an argon2id hash)."""
    kept_plain: Path | None
    backups: int
    """Plain backups in the backup folder that were encrypted too."""


def encrypt_database(db_path: Path, actor: Actor, now: dt.datetime, *,
                     keep_plain: bool = False) -> Encrypted:
    """Turns a plain centre database into an encrypted one, in place (administrators, as
    for backups: it rewrites the file and every backup).

    Every user keeps their password: their copy of the key is wrapped with the argon2id
    output already stored as their password hash (its salt and parameters), and re-wrapped
    with a salt of its own at their first sign-in. The plain backups in the backup folder
    are encrypted too. The plain file is overwritten and deleted, unless ``keep_plain``.
    The audit entry is written into the encrypted copy before it takes the plain file's
    place, so it is there exactly when the database is encrypted.

    A journal (``<db>.encrypt-journal``) lives from the first file written to the last
    plaintext shredded, so an interruption (power cut, kill -9) is finished or rolled back
    at the next start (``finish_interrupted``, issue #23, item 12).
    """
    require(actor.role, Action.BACKUP_RESTORE)
    finish_interrupted(db_path)
    if is_encrypted(db_path):
        raise RehabDeskError("platform.already_encrypted", path=str(db_path))
    state = schema.inspect_file(db_path)
    if not state.exists or state.revision is None:
        raise RehabDeskError("platform.encrypt_not_a_database", path=str(db_path))
    lock = WriterLock(db_path, "rehabdesk db encrypt")
    lock.acquire()
    try:
        centre_key = CentreKey(key_file.new_key(), key_file_path(db_path))
        data = key_file.empty()
        data["copies"] = _copies_from_hashes(db_path, centre_key.key)
        recovery = format_recovery_key(secrets.token_bytes(RECOVERY_BYTES))
        data["copies"][RECOVERY] = key_file.wrap(centre_key.key, recovery, RECOVERY)
        aside = db_path.with_name(f"{db_path.name}.plain-{now:%Y%m%dT%H%M%SZ}")
        _write_journal(db_path, {"aside": aside.name, "keep_plain": keep_plain,
                                 "started": now.isoformat(timespec="seconds")})
        staged = _staged(db_path)
        staged.unlink(missing_ok=True)
        schema.export_encrypted(db_path, staged, centre_key.key)
        users = sum(1 for slot in data["copies"] if slot != RECOVERY)
        with staged_unit_of_work(staged, lock, key=centre_key.key) as uow:
            audit.record(uow, actor, "encrypt", "database", None,
                         summary=sentence("audit.database_encrypted", users=users))
        key_file.write(centre_key.key_file, data)  # the key is on disk before the data
        schema.backup(db_path, aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        staged.replace(db_path)
        encrypted_backups = backup.encrypt_plain_backups(db_path, centre_key)
        if not keep_plain:
            shred(aside)
        _journal(db_path).unlink()
    finally:
        lock.release()
    return Encrypted(recovery, users, aside if keep_plain else None, encrypted_backups)


def _journal(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".encrypt-journal")


def _staged(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".encrypting")


def _write_journal(db_path: Path, entry: dict[str, Any]) -> None:
    path = _journal(db_path)
    with path.open("w", encoding="utf-8") as handle:
        json.dump(entry, handle)
        handle.flush()
        os.fsync(handle.fileno())


def finish_interrupted(db_path: Path, key: bytes | None = None) -> None:
    """Finishes or rolls back a ``db encrypt`` that was interrupted (issue #23, item 12:
    kill -9 once left the new key file beside the still-plain database, so that every
    command refused; plaintext copies stayed behind without a word).

    While the database is still plain, nothing of it changed: the new key file, the
    staged copy and any plaintext copy go, and ``db encrypt`` can simply run again. Once
    the encrypted file has taken its place, the plaintext copy is shredded at once;
    with ``key`` (after a sign-in) the plain backups are encrypted too and the journal
    ends. The recovery key made then was never shown, so the warning asks for a new
    recovery sheet. Plaintext that cannot be removed is named in the warning."""
    journal = _journal(db_path)
    if not journal.exists() or not db_path.exists():
        return
    try:
        entry = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        entry = {}
    aside = db_path.with_name(str(entry.get("aside", ""))) if entry.get("aside") else None
    leftovers: list[Path] = []
    if is_plain_sqlite(db_path):
        for path in (_staged(db_path), key_file_path(db_path)):
            path.unlink(missing_ok=True)
        leftovers = _shred(aside)
        journal.unlink()
        log.warning("An interrupted `rehabdesk db encrypt` of %s was rolled back: the "
                    "database is still plain and unchanged; run `rehabdesk db encrypt` "
                    "again.%s", db_path, _not_removed(leftovers))
        return
    if aside and not entry.get("keep_plain"):
        leftovers = _shred(aside)
    if key is None:
        if leftovers:
            log.warning("%s", _not_removed(leftovers).strip())
        return
    backup.encrypt_plain_backups(db_path, CentreKey(key, key_file_path(db_path)))
    journal.unlink()
    log.warning("An interrupted `rehabdesk db encrypt` of %s was finished: the database "
                "and its backups are encrypted. Its recovery key was never shown: print a "
                "new recovery sheet now (Administration page, or `rehabdesk db "
                "recovery-sheet`).%s", db_path, _not_removed(leftovers))


def _shred(path: Path | None) -> list[Path]:
    """Shreds the plaintext copy if there is one; returns it when it could not be removed."""
    if path is None:
        return []
    try:
        shred(path)
    except OSError:
        return [path]
    return []


def _not_removed(paths: list[Path]) -> str:
    if not paths:
        return ""
    return (" These plaintext copies could not be removed; delete them securely by hand: "
            + ", ".join(str(p) for p in paths) + ".")


def _copies_from_hashes(db_path: Path, key: bytes) -> dict[str, Any]:
    connection = connect_raw(db_path, read_only=True)
    try:
        rows = connection.execute(
            "SELECT username, password_hash FROM app_user WHERE active AND password_hash "
            "IS NOT NULL"
        ).fetchall()
    finally:
        connection.close()
    copies = {}
    for username, password_hash in rows:
        try:
            params = extract_parameters(password_hash)
            salt_b64, hash_b64 = password_hash.split("$")[-2:]
            salt, raw = (base64.b64decode(part + "=" * (-len(part) % 4))
                         for part in (salt_b64, hash_b64))
        except (InvalidHashError, ValueError):
            continue
        if params.type.name != "ID" or len(raw) != key_file.KEY_BYTES:
            continue
        slot = key_file.user_slot(username)
        copy = key_file.seal(key, raw, slot, salt, {
            "t": params.time_cost, "m": params.memory_cost, "p": params.parallelism})
        copies[slot] = {**copy, "from_hash": True}
    return copies


def shred(path: Path) -> None:
    """Overwrites a file with random bytes, flushes it to disk, and deletes it. (On SSDs and
    journalling file systems old blocks may survive: docs/admin-guide.md says so.)"""
    for target in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if not target.exists():
            continue
        size = target.stat().st_size
        with target.open("r+b") as handle:
            for start in range(0, size, 1 << 20):
                handle.write(os.urandom(min(1 << 20, size - start)))
            handle.flush()
            os.fsync(handle.fileno())
        target.unlink()
