"""Setting up a new centre database: the first-run wizard and ``centre init`` (issue #8:
"first run creates the centre and its first administrator").

A new centre database is always encrypted: a new database key, the administrator's copy
of it, the centre, and a recovery key with its sheet to print, all at once. If any of it
is refused (a bad centre code, a weak password), the new files are removed again, so a
second try starts from nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rehabdesk.db.key_file import key_file_path
from rehabdesk.db.writer_lock import lock_path
from rehabdesk.domain.lockout import check_new_password
from rehabdesk.domain.permissions import Role
from rehabdesk.domain.records import CentreDetails
from rehabdesk.services.platform import auth, centre, encryption, signing
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, open_database


@dataclass(frozen=True)
class CentreForm:
    """What the wizard (or ``centre init``) asks for."""

    code: str
    name_km: str
    name_en: str
    province_code: str | None
    capacity: int
    admin_username: str
    admin_full_name: str
    admin_password: str


@dataclass(frozen=True)
class NewCentre:
    database: Database
    """Open for writing, the administrator signed in; the caller closes it."""
    centre: CentreDetails
    administrator: Actor
    recovery: encryption.RecoverySheet


def set_up_centre(db_path: Path, form: CentreForm, today: dt.date, *,
                  program: str = "RehabDesk set-up") -> NewCentre:
    """Creates the encrypted database at ``db_path`` (which must not exist yet), its
    centre and first administrator, a recovery key with its sheet, and the centre's
    signing key for the export to headquarters (``signing``)."""
    check_new_password(form.admin_password, form.admin_username)  # before any file exists
    db_path.parent.mkdir(parents=True, exist_ok=True)
    centre_key = encryption.create_key_file(db_path)
    database = None
    try:
        database = open_database(db_path, key=centre_key.key, program=program)
        with database.unit_of_work(write=True) as uow:
            admin = auth.create_user(uow, None, form.admin_username, form.admin_full_name,
                                     Role.ADMINISTRATOR, form.admin_password)
            details = centre.create_centre(uow, admin, form.code, form.name_km, form.name_en,
                                           form.province_code, form.capacity)
            sheet = encryption.new_recovery_sheet(uow, admin, today)
            signing.signing_key(uow, admin)  # the centre's identity towards headquarters
    except BaseException:
        if database is not None:
            database.close()
        _remove_new_files(db_path)
        raise
    return NewCentre(database, details, admin, sheet)


def _remove_new_files(db_path: Path) -> None:
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"),
                 key_file_path(db_path), Path(f"{key_file_path(db_path)}.lock"),
                 lock_path(db_path)):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
