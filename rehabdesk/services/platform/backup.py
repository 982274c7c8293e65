"""Backups that restore (issue #8, item 4).

A backup is a consistent copy made with SQLite's online backup API (safe while the
application writes), checked with ``integrity_check`` on the copy, and recorded in a
small JSON file beside it so the list can show its state without re-reading gigabytes.
Old backups are pruned by ``domain.retention``. A restore checks the backup first, keeps
the current file aside, and needs the writer lock, so it can never pull a database from
under a running application.

An encrypted database's backups are encrypted with the same key (the backup API copies
into a file keyed alike), and each carries a copy of the key file (``<backup>.keys``): a
backup must still open when the workstation and its key file are gone. A second folder on
a removable drive, chosen on the Administration page, receives a copy of each backup; a
drive that is not plugged in is said in a sentence, and the backup itself still counts.
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

from rehabdesk.db import schema
from rehabdesk.db.engine import is_plain_sqlite
from rehabdesk.db.key_file import CentreKey, key_file_path
from rehabdesk.db.writer_lock import WriterLock
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.retention import Retention, to_keep

BACKUP_DIR_ENV = "REHABDESK_BACKUP_DIR"
STAMP = "%Y%m%dT%H%M%SZ"
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size_bytes: int
    state: str
    """``verified`` (integrity_check ok), ``damaged`` (with problems) or ``unchecked``."""
    drive: str = ""
    """Where the copy on the removable drive went, or why there is none (empty: no drive
    chosen)."""


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


def set_drive_folder(db_path: Path, folder: Path | None) -> None:
    """Chooses (or with None forgets) the removable drive's backup folder."""
    if folder is None:
        _drive_setting(db_path).unlink(missing_ok=True)
        return
    if not folder.is_dir():
        raise RehabDeskError(f"{folder} is not a folder that exists; plug the drive in and "
                             "choose a folder on it.")
    _drive_setting(db_path).write_text(str(folder), encoding="utf-8")


def _copy_to_drive(copy: Path, drive: Path, stem: str) -> str:
    """Copies one backup (with its sidecar and key file) to the drive; the outcome as a
    sentence. A missing or full drive is reported, never raised."""
    if not drive.is_dir():
        return (f"The backup drive ({drive}) is not connected, so this backup is only in "
                "the backup folder; plug the drive in and press Back up now.")
    try:
        for source in (copy, _sidecar(copy), _keys_beside(copy)):
            if source.exists():
                partial = drive / (source.name + ".partial")
                shutil.copyfile(source, partial)
                partial.replace(drive / source.name)
        prune(drive, stem)
    except OSError as error:
        return f"Copying to the backup drive ({drive}) failed: {error.strerror or error}."
    return f"copied to {drive}"


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
        raise RehabDeskError(f"{db_path} does not exist; check the path.")
    name = f"{db_path.stem}-{now.strftime(STAMP)}-{reason}{SUFFIX}"
    if (folder / name).exists():  # two backups in the same second: keep both
        name = f"{db_path.stem}-{now.strftime(STAMP)}-{reason}-{now:%f}{SUFFIX}"
    copy = schema.backup(db_path, folder / name, key=key)
    problems = schema.integrity_problems(copy, key=key)
    if key is not None:
        shutil.copyfile(key_file_path(db_path), _keys_beside(copy))
    meta = {"taken_at": now.isoformat(), "reason": reason, "source": str(db_path),
            "state": "damaged" if problems else "verified", "problems": problems[:20],
            "encrypted": key is not None}
    _sidecar(copy).write_text(json.dumps(meta), encoding="utf-8")
    drive = drive_folder(db_path)
    if drive is not None:
        meta["drive"] = _copy_to_drive(copy, drive, db_path.stem)
        _sidecar(copy).write_text(json.dumps(meta), encoding="utf-8")
    prune(folder, db_path.stem)
    return _info(copy)


def _info(path: Path) -> BackupInfo:
    try:
        meta = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        taken_at = dt.datetime.fromisoformat(meta["taken_at"])
        reason, state = str(meta.get("reason", "")), str(meta.get("state", "unchecked"))
        drive = str(meta.get("drive", ""))
    except (OSError, ValueError, KeyError):
        taken_at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        reason, state, drive = "", "unchecked", ""
    return BackupInfo(path, taken_at, reason, path.stat().st_size, state, drive)


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


def daily_backup_if_due(db_path: Path, now: dt.datetime, *,
                        key: bytes | None = None) -> BackupInfo | None:
    """The daily backup, if the day has none yet: made at the day's first start, or by the
    hourly check of an application left open past midnight; later checks that day pass."""
    folder = backup_folder(db_path)
    if has_backup_on(folder, db_path.stem, now.date()):
        return None
    return make_backup(db_path, folder, "daily", now, key=key)


def encrypt_plain_backups(db_path: Path, centre_key: CentreKey) -> int:
    """Encrypts, in place, the plain backups of a database that was just encrypted
    (`db encrypt`), each with the key file beside it; the plain bytes are overwritten.
    Returns how many."""
    from rehabdesk.services.platform.encryption import shred

    done = 0
    for info in list_backups(backup_folder(db_path), db_path.stem):
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


def restore(db_path: Path, backup_file: Path, now: dt.datetime, *,
            key: bytes | None = None) -> Path | None:
    """Replaces the database with ``backup_file``; returns where the replaced file was kept
    (None when there was no database to replace).

    Refused (nothing changed) when the backup is damaged, not a RehabDesk database, newer
    than this version, or when another RehabDesk holds the database. ``key`` is the
    centre's database key: an encrypted backup must open with it, and a plain backup (one
    taken before `db encrypt`) is encrypted with it on the way in.
    """
    if not backup_file.is_file():
        raise RehabDeskError(f"{backup_file} is not a RehabDesk backup; choose another file.")
    backup_key = None if is_plain_sqlite(backup_file) else key
    if backup_key is None and not is_plain_sqlite(backup_file):
        raise RehabDeskError(f"{backup_file} is encrypted; restore it into the encrypted "
                             "centre database it belongs to, signed in there.")
    try:
        state = schema.inspect_file(backup_file, key=backup_key)
    except schema.DatabaseOpenError:
        state = schema.SchemaState(exists=True, revision=None)
    if not state.exists or state.revision is None:
        raise RehabDeskError(f"{backup_file} is not a RehabDesk backup of this centre; "
                             "choose another file.")
    problems = schema.integrity_problems(backup_file, key=backup_key)
    if problems:
        raise RehabDeskError(
            f"{backup_file} is damaged ({problems[0]}); choose an older backup. "
            "Nothing was changed."
        )
    lock = WriterLock(db_path, "rehabdesk db restore")
    lock.acquire()
    try:
        aside = None
        if db_path.exists():
            aside = db_path.with_name(f"{db_path.name}.replaced-{now.strftime(STAMP)}")
            current_key = None if is_plain_sqlite(db_path) else key
            schema.backup(db_path, aside, key=current_key)  # consistent copy, WAL included
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        temporary = db_path.with_name(db_path.name + ".restoring")
        temporary.unlink(missing_ok=True)
        if key is not None and backup_key is None:
            schema.export_encrypted(backup_file, temporary, key)
        else:
            shutil.copyfile(backup_file, temporary)
        temporary.replace(db_path)
    finally:
        lock.release()
    return aside
