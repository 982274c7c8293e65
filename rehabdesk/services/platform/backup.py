"""Backups that restore (issue #8, item 4).

A backup is a consistent copy made with SQLite's online backup API (safe while the
application writes), checked with ``quick_check`` on the copy (every page read; the full
``integrity_check`` runs before a restore and in ``db check``), and recorded in a
small JSON file beside it so the list can show its state without re-reading gigabytes.
Old backups are pruned by ``domain.retention``. A restore checks the backup first, keeps
the current file aside, and needs the writer lock, so it can never pull a database from
under a running application.

An encrypted database's backups are encrypted with the same key (the backup API copies
into a file keyed alike), and each carries a copy of the key file (``<backup>.keys``): a
backup must still open when the workstation and its key file are gone. A second folder on
a removable drive, chosen on the Administration page, receives a copy of each backup; a
drive that is not plugged in is said in a sentence, and the backup itself still counts.

Backups hold every record, so the services an administrator calls (``back_up``,
``backups``, ``choose_drive``, ``restore``) check the permission matrix and audit what
they did, for the Administration page and the command line alike. The daily and closing
backups are RehabDesk's own duty, not a user's action: they run whoever is signed in (a
clerk's workstation backs up too) and are audited as ``AUTOMATIC``. ``make_backup`` is
the copy itself, under all of them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from rehabdesk.db import schema, storage_faults
from rehabdesk.db.engine import is_plain_sqlite
from rehabdesk.db.key_file import CentreKey, key_file_path
from rehabdesk.db.writer_lock import WriterLock
from rehabdesk.domain.audit_chain import ChainHead
from rehabdesk.domain.errors import RehabDeskError, ValidationError
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, Role, require
from rehabdesk.domain.retention import Retention, to_keep
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork, staged_unit_of_work

BACKUP_DIR_ENV = "REHABDESK_BACKUP_DIR"
STAMP = "%Y%m%dT%H%M%SZ"
SUFFIX = ".sqlite3"
AUTOMATIC = Actor(None, "rehabdesk", "RehabDesk (automatic backup)", Role.AUDITOR)
"""Who the audit log names for the daily and closing backups. Its role may change
nothing: it is never checked, only written down."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size_bytes: int
    state: str
    """``verified`` (quick_check ok), ``damaged`` (with problems) or ``unchecked``."""
    drive: str = ""
    """Where the copy on the removable drive went, or why there is none (empty: no drive
    chosen), in English for the audit log."""
    drive_missed: Message | None = None
    """Why there is no copy on the removable drive, for the reader (None: copied, or no
    drive chosen)."""
    audit_head: ChainHead | None = None
    """The audit chain's newest entry in this copy: kept outside the database, so that
    ``audit verify`` sees a log cut back or rewritten since (issue #23, item 10)."""


def backup_folder(db_path: Path) -> Path:
    """``$REHABDESK_BACKUP_DIR``, else a ``backups`` folder beside the database."""
    configured = os.environ.get(BACKUP_DIR_ENV)
    return Path(configured).expanduser() if configured else db_path.parent / "backups"


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _keys_beside(path: Path) -> Path:
    """A backup's copy of the key file, named so that ``--db BACKUP`` finds it."""
    return key_file_path(path)


def _drive_setting(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backup-drive")


def drive_folder(db_path: Path) -> Path | None:
    """The folder on a removable drive that receives a copy of every backup, if chosen
    (kept beside the database: drive letters and mount points belong to this computer)."""
    try:
        text = _drive_setting(db_path).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def _database_file(uow: UnitOfWork) -> Path:
    if uow.path is None:
        raise ValidationError("platform.in_memory_no_backup")
    return uow.path


def _key(uow: UnitOfWork) -> bytes | None:
    return uow.centre_key.key if uow.centre_key is not None else None


def choose_drive(uow: UnitOfWork, actor: Actor, folder: Path | None) -> None:
    """Chooses (or with None forgets) the removable drive that receives a copy of every
    backup (administrators; audited)."""
    require(actor.role, Action.BACKUP_RESTORE)
    db_path = _database_file(uow)
    if folder is None:
        _drive_setting(db_path).unlink(missing_ok=True)
        summary = sentence("audit.backup_drive_forgotten")
    elif not folder.is_dir():
        raise ValidationError("platform.backup_drive_not_a_folder", folder=str(folder))
    else:
        _drive_setting(db_path).write_text(str(folder), encoding="utf-8")
        summary = sentence("audit.backup_drive_chosen", folder=str(folder))
    audit.record(uow, actor, "update", "backup_drive", None, summary=summary)


def _copy_to_drive(copy: Path, drive: Path, stem: str) -> Message | None:
    """Copies one backup (with its sidecar and key file) to the drive; None when it did,
    else why not. A missing or full drive is reported, never raised."""
    if not drive.is_dir():
        return sentence("platform.backup_drive_not_connected", drive=str(drive))
    try:
        for source in (copy, _sidecar(copy), _keys_beside(copy)):
            if source.exists():
                partial = drive / (source.name + ".partial")
                shutil.copyfile(source, partial)
                partial.replace(drive / source.name)
        prune(drive, stem)
    except OSError as error:  # the system's own words: a full drive, a device error …
        return sentence("platform.backup_drive_copy_failed", drive=str(drive),
                        reason=error.strerror or str(error))
    return None


_ONE_AT_A_TIME = threading.Lock()
"""The start-up backup runs on a worker while someone may press "Back up now"; copying and
pruning the same folder at once would race."""


def make_backup(db_path: Path, folder: Path, reason: str, now: dt.datetime, *,
                key: bytes | None = None) -> BackupInfo:
    """Copies, verifies and records one backup (encrypted with ``key`` when the database
    is); prunes older ones past retention; copies it to the removable drive if chosen."""
    with _ONE_AT_A_TIME:
        return _make_backup(db_path, folder, reason, now, key)


def _make_backup(db_path: Path, folder: Path, reason: str, now: dt.datetime,
                 key: bytes | None) -> BackupInfo:
    if not db_path.is_file():
        raise RehabDeskError("platform.backup_source_missing", path=str(db_path))
    name = f"{db_path.stem}-{now.strftime(STAMP)}-{reason}{SUFFIX}"
    if (folder / name).exists():  # two backups in the same second: keep both
        name = f"{db_path.stem}-{now.strftime(STAMP)}-{reason}-{now:%f}{SUFFIX}"
    copy = folder / name
    meta = _write_whole(db_path, copy, key, {"taken_at": now.isoformat(), "reason": reason,
                                             "source": str(db_path)})
    drive = drive_folder(db_path)
    if drive is not None:
        missed = _copy_to_drive(copy, drive, db_path.stem)
        meta["drive"] = f"copied to {drive}" if missed is None else str(missed)
        if missed is not None:
            meta["drive_missed"] = {"code": missed.code, "params": dict(missed.params)}
        _sidecar(copy).write_text(json.dumps(meta), encoding="utf-8")
    prune(folder, db_path.stem)
    return _info(copy)


def _write_whole(db_path: Path, copy: Path, key: bytes | None, meta: dict[str, object]
                 ) -> dict[str, object]:
    """Writes the copy as ``<copy>.partial``, checks it, writes its key file and sidecar,
    and only then renames it into place: a full or read-only disk leaves no half backup
    that ``list_backups`` would show (issue #23, item 13: a 0-byte "unchecked" one did),
    and says why in a sentence."""
    partial = copy.with_name(copy.name + ".partial")
    pieces = (partial, _keys_beside(copy), _sidecar(copy))
    try:
        with storage_faults.told(copy.parent):
            partial.unlink(missing_ok=True)  # left by a power cut during an earlier try
            schema.backup(db_path, partial, key=key)
            # A backup is a page-by-page copy of a database that is checked in full by
            # `db check` and before every restore; the copy itself gets the quick check
            # that a clerk closing RehabDesk can wait for (issue #24, item 3).
            problems = schema.integrity_problems(partial, key=key, quick=True)
            if not problems:
                meta["audit_head"] = audit.chain_head_of_file(partial, key).as_json()
            if key is not None:
                shutil.copyfile(key_file_path(db_path), _keys_beside(copy))
            meta |= {"state": "damaged" if problems else "verified",
                     "problems": problems[:20], "encrypted": key is not None}
            _sidecar(copy).write_text(json.dumps(meta), encoding="utf-8")
            partial.replace(copy)
    except BaseException:
        for piece in pieces:
            with contextlib.suppress(OSError):
                piece.unlink(missing_ok=True)
        raise
    return meta


def _info(path: Path) -> BackupInfo:
    try:
        meta = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        taken_at = dt.datetime.fromisoformat(meta["taken_at"])
        reason, state = str(meta.get("reason", "")), str(meta.get("state", "unchecked"))
        drive = str(meta.get("drive", ""))
        missed = meta.get("drive_missed")
        drive_missed = (Message(str(missed["code"]), dict(missed["params"]))
                        if isinstance(missed, dict) else None)
        head = ChainHead.from_json(meta["audit_head"]) if "audit_head" in meta else None
    except (OSError, ValueError, KeyError, TypeError):
        taken_at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        reason, state, drive, drive_missed, head = "", "unchecked", "", None, None
    return BackupInfo(path, taken_at, reason, path.stat().st_size, state, drive, drive_missed,
                      head)


def recorded_heads(db_path: Path) -> list[audit.RecordedHead]:
    """The audit chain heads kept beside the backups of ``db_path`` (the backup folder
    and the removable drive), newest first."""
    found: dict[str, BackupInfo] = {}
    for folder in (backup_folder(db_path), drive_folder(db_path)):
        if folder is not None:
            for info in list_backups(folder, db_path.stem):
                found.setdefault(info.path.name, info)
    return [audit.RecordedHead(f"the backup {info.path.name} ({info.taken_at:%Y-%m-%d %H:%M}"
                               " UTC)", info.audit_head)
            for info in sorted(found.values(), key=lambda b: b.taken_at, reverse=True)
            if info.audit_head is not None]


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in ``folder`` (of database ``stem`` when given), newest first."""
    if not folder.is_dir():
        return []
    pattern = f"{stem}-*{SUFFIX}" if stem else f"*{SUFFIX}"
    found = []
    for path in folder.glob(pattern):
        with contextlib.suppress(FileNotFoundError):  # pruned while we were looking
            found.append(_info(path))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


DEFAULT_RETENTION = Retention()


def prune(folder: Path, stem: str, policy: Retention = DEFAULT_RETENTION) -> list[Path]:
    """Deletes the backups retention does not keep; returns what was deleted."""
    backups = list_backups(folder, stem)
    keep = to_keep([b.taken_at for b in backups], policy)
    removed = []
    for backup in backups:
        if backup.taken_at not in keep:
            backup.path.unlink(missing_ok=True)
            _sidecar(backup.path).unlink(missing_ok=True)
            _keys_beside(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def has_backup_on(folder: Path, stem: str, day: dt.date) -> bool:
    return any(b.taken_at.date() == day for b in list_backups(folder, stem))


def backup_state(info: BackupInfo) -> Message:
    """The state of a backup as its audit entry says it, with why its copy missed the
    removable drive if it did."""
    state = {"verified": sentence("audit.backup_verified"),
             "damaged": sentence("audit.backup_damaged")}.get(
                 info.state, sentence("audit.backup_unchecked"))
    if not info.drive or info.drive.startswith("copied"):
        return state
    missed = info.drive_missed or audit.summary_of(info.drive)
    return sentence("audit.backup_drive_missed", state=state, drive=missed)


def _audited(uow: UnitOfWork, actor: Actor, info: BackupInfo, summary: Message,
             now: dt.datetime) -> BackupInfo:
    audit.record_or_defer(uow, actor, "backup", "database", summary=summary, at=now)
    audit.record_deferred(uow)
    return info


def back_up(uow: UnitOfWork, actor: Actor, now: dt.datetime) -> BackupInfo:
    """A backup now, into the backup folder ("Back up now", ``rehabdesk db backup``):
    administrators only, audited with the file and its state. Beside the running
    application (a unit of work that may not write) the entry waits for it."""
    require(actor.role, Action.BACKUP_RESTORE)
    db_path = _database_file(uow)
    info = make_backup(db_path, backup_folder(db_path), "manual", now, key=_key(uow))
    return _audited(uow, actor, info, sentence("audit.backed_up", file=info.path.name,
                                               state=backup_state(info)), now)


def backups(uow: UnitOfWork, actor: Actor) -> list[BackupInfo]:
    """The database's backups in the backup folder, newest first (administrators: they
    hold every record)."""
    require(actor.role, Action.BACKUP_RESTORE)
    db_path = _database_file(uow)
    return list_backups(backup_folder(db_path), db_path.stem)


def daily_backup_if_due(uow: UnitOfWork, now: dt.datetime) -> BackupInfo | None:
    """The daily backup, if the day has none yet: made at the day's first start, or by the
    hourly check of an application left open past midnight; later checks that day pass
    (and write down the entries ``rehabdesk db backup`` left while the application held
    the database). Audited as ``AUTOMATIC``, whoever is signed in."""
    db_path = _database_file(uow)
    folder = backup_folder(db_path)
    if has_backup_on(folder, db_path.stem, now.date()):
        audit.record_deferred(uow)
        return None
    info = make_backup(db_path, folder, "daily", now, key=_key(uow))
    return _audited(uow, AUTOMATIC, info, sentence("audit.daily_backup", file=info.path.name,
                                                   state=backup_state(info)), now)


def closing_backup(uow: UnitOfWork, now: dt.datetime) -> BackupInfo:
    """The backup taken when the application closes, audited as ``AUTOMATIC``."""
    db_path = _database_file(uow)
    info = make_backup(db_path, backup_folder(db_path), "close", now, key=_key(uow))
    return _audited(uow, AUTOMATIC, info, sentence(
        "audit.closing_backup", file=info.path.name, state=backup_state(info)), now)


def encrypt_plain_backups(db_path: Path, centre_key: CentreKey) -> int:
    """Encrypts, in place, the plain backups of a database that was just encrypted
    (`db encrypt`), each with the key file beside it; the plain bytes are overwritten.
    Run again after an interruption, it finishes what is left. Returns how many."""
    from rehabdesk.services.platform.encryption import shred

    folder = backup_folder(db_path)
    for plain in folder.glob(f"{db_path.stem}-*{SUFFIX}.plain"):
        # Left by an interruption between the two renames below: shred it if its
        # encrypted copy took its place, else put it back to be encrypted now.
        original = plain.with_name(plain.name.removesuffix(".plain"))
        if original.exists() and not is_plain_sqlite(original):
            shred(plain)
        else:
            plain.replace(original)
    done = 0
    for info in list_backups(folder, db_path.stem):
        if not is_plain_sqlite(info.path):
            continue
        staged = info.path.with_name(info.path.name + ".encrypting")
        staged.unlink(missing_ok=True)
        schema.export_encrypted(info.path, staged, centre_key.key)
        plain = info.path.with_name(info.path.name + ".plain")
        info.path.replace(plain)
        staged.replace(info.path)
        shutil.copyfile(centre_key.key_file, _keys_beside(info.path))
        shred(plain)
        done += 1
    return done


def restore(db_path: Path, backup_file: Path, actor: Actor, now: dt.datetime, *,
            key: bytes | None = None) -> Path | None:
    """Replaces the database with ``backup_file``; returns where the replaced file was kept
    (None when there was no database to replace). Administrators only.

    Refused (nothing changed) when the backup is damaged, not a RehabDesk database, newer
    than this version, or when another RehabDesk holds the database. ``key`` is the
    centre's database key: an encrypted backup must open with it, and a plain backup (one
    taken before `db encrypt`) is encrypted with it on the way in.

    The database is closed (the restore needs its writer lock), so there is no unit of
    work to audit in, and an entry in the replaced file would leave with it. The entry
    goes into the restored copy before it takes the database's place, in the same rename:
    the log that lives on says who restored which backup and where the replaced database
    is, and a restore that could not write it changes nothing. The replaced file is kept
    exactly as it was.
    """
    require(actor.role, Action.BACKUP_RESTORE)
    if not backup_file.is_file():
        raise RehabDeskError("platform.not_a_backup", path=str(backup_file))
    backup_key = None if is_plain_sqlite(backup_file) else key
    if backup_key is None and not is_plain_sqlite(backup_file):
        raise RehabDeskError("platform.backup_encrypted_elsewhere", path=str(backup_file))
    try:
        state = schema.inspect_file(backup_file, key=backup_key)
    except schema.DatabaseOpenError:
        state = schema.SchemaState(exists=True, revision=None)
    if not state.exists or state.revision is None:
        raise RehabDeskError("platform.backup_of_another_centre", path=str(backup_file))
    problems = schema.integrity_problems(backup_file, key=backup_key)
    if problems:
        raise RehabDeskError("platform.backup_damaged", path=str(backup_file),
                             problem=problems[0])
    lock = WriterLock(db_path, "rehabdesk db restore")
    lock.acquire()
    temporary = db_path.with_name(db_path.name + ".restoring")
    try:
        temporary.unlink(missing_ok=True)
        if key is not None and backup_key is None:
            schema.export_encrypted(backup_file, temporary, key)
        else:  # through SQLite, so that a -wal beside the backup is not left behind
            schema.backup(backup_file, temporary, key=backup_key)
        aside = (db_path.with_name(f"{db_path.name}.replaced-{now.strftime(STAMP)}")
                 if db_path.exists() else None)
        with staged_unit_of_work(temporary, lock, key=key) as uow:
            audit.record(uow, audit.same_user(uow, actor), "restore", "database", None,
                         summary=sentence("audit.restored_backup", file=backup_file.name,
                                          aside=aside.name) if aside else
                         sentence("audit.restored_backup_nothing_replaced",
                                  file=backup_file.name))
        if aside is not None:
            current_key = None if is_plain_sqlite(db_path) else key
            schema.backup(db_path, aside, key=current_key)  # consistent copy, WAL included
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        temporary.replace(db_path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        lock.release()
    return aside
