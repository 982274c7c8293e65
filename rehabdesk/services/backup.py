"""Backups that restore (issue #8, item 4).

A backup is a consistent copy made with SQLite's online backup API (safe while the
application writes), checked with ``integrity_check`` on the copy, and recorded in a
small JSON file beside it so the list can show its state without re-reading gigabytes.
Old backups are pruned by ``domain.retention``. A restore checks the backup first, keeps
the current file aside, and needs the writer lock, so it can never pull a database from
under a running application.
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


def backup_folder(db_path: Path) -> Path:
    """``$REHABDESK_BACKUP_DIR``, else a ``backups`` folder beside the database."""
    configured = os.environ.get(BACKUP_DIR_ENV)
    return Path(configured).expanduser() if configured else db_path.parent / "backups"


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


_ONE_AT_A_TIME = threading.Lock()
"""The start-up backup runs on a worker while someone may press "Back up now"; copying and
pruning the same folder at once would race."""


def make_backup(db_path: Path, folder: Path, reason: str, now: dt.datetime) -> BackupInfo:
    """Copies, verifies and records one backup; prunes older ones past retention."""
    with _ONE_AT_A_TIME:
        return _make_backup(db_path, folder, reason, now)


def _make_backup(db_path: Path, folder: Path, reason: str, now: dt.datetime) -> BackupInfo:
    if not schema.inspect_file(db_path).exists:
        raise RehabDeskError(f"{db_path} does not exist; check the path.")
    name = f"{db_path.stem}-{now.strftime(STAMP)}-{reason}{SUFFIX}"
    if (folder / name).exists():  # two backups in the same second: keep both
        name = f"{db_path.stem}-{now.strftime(STAMP)}-{reason}-{now:%f}{SUFFIX}"
    copy = schema.backup(db_path, folder / name)
    problems = schema.integrity_problems(copy)
    _sidecar(copy).write_text(json.dumps({
        "taken_at": now.isoformat(), "reason": reason, "source": str(db_path),
        "state": "damaged" if problems else "verified", "problems": problems[:20],
    }), encoding="utf-8")
    prune(folder, db_path.stem)
    return _info(copy)


def _info(path: Path) -> BackupInfo:
    try:
        meta = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        taken_at = dt.datetime.fromisoformat(meta["taken_at"])
        reason, state = str(meta.get("reason", "")), str(meta.get("state", "unchecked"))
    except (OSError, ValueError, KeyError):
        taken_at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        reason, state = "", "unchecked"
    return BackupInfo(path, taken_at, reason, path.stat().st_size, state)


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
            removed.append(backup.path)
    return removed


def has_backup_on(folder: Path, stem: str, day: dt.date) -> bool:
    return any(b.taken_at.date() == day for b in list_backups(folder, stem))


def daily_backup_if_due(db_path: Path, now: dt.datetime) -> BackupInfo | None:
    """The day's first start makes the daily backup; later starts that day do not."""
    folder = backup_folder(db_path)
    if has_backup_on(folder, db_path.stem, now.date()):
        return None
    return make_backup(db_path, folder, "daily", now)


def restore(db_path: Path, backup_file: Path, now: dt.datetime) -> Path | None:
    """Replaces the database with ``backup_file``; returns where the replaced file was kept
    (None when there was no database to replace).

    Refused (nothing changed) when the backup is damaged, not a RehabDesk database, newer
    than this version, or when another RehabDesk holds the database.
    """
    state = schema.inspect_file(backup_file)
    if not state.exists or state.revision is None:
        raise RehabDeskError(f"{backup_file} is not a RehabDesk backup; choose another file.")
    problems = schema.integrity_problems(backup_file)
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
            schema.backup(db_path, aside)  # consistent copy, WAL included
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        temporary = db_path.with_name(db_path.name + ".restoring")
        shutil.copyfile(backup_file, temporary)
        temporary.replace(db_path)
    finally:
        lock.release()
    return aside
