"""What headquarters' tests share: a store with the two demo centres registered, the
centres' own counts, and a fingerprint of everything the store holds."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from rehabdesk.db.base import Base
from rehabdesk.exchange import rows
from rehabdesk.exchange.hq.schema import metadata
from rehabdesk.services.exchange import export
from rehabdesk.services.exchange import keys as centre_keys
from rehabdesk.services.hq import centres, store
from rehabdesk.services.hq.store import HqStore
from rehabdesk.services.platform.database import Database, open_database
from tests.exchange.exchange_helpers import ADMIN
from tests.hq.conftest import HQ_PASSWORD

HQ_ADMIN = "hq.admin"


@dataclass
class Centre:
    database: Database
    drive: Path

    def export(self) -> Path:
        return export.make_bundle(self.database, ADMIN, self.drive).bundle


def new_store(location: str) -> tuple[HqStore, bytes]:
    created = store.create(location, HQ_ADMIN, "Headquarters Admin", HQ_PASSWORD)
    return store.open_signed_in(location, HQ_ADMIN, HQ_PASSWORD), created.public_key


def joining(template: Path, folder: Path, hq_public: bytes, opened: HqStore) -> Centre:
    """A copy of a centre database that trusts headquarters and is registered there."""
    folder.mkdir(parents=True)
    path = folder / template.name
    shutil.copyfile(template, path)
    database = open_database(path)
    with database.unit_of_work(write=True) as uow:
        centre_keys.trust_hq(uow, ADMIN, hq_public)
        key_file = centre_keys.centre_key(uow, ADMIN)
    centres.register_centre(opened, key_file.content)
    drive = folder / "stick"
    drive.mkdir()
    return Centre(database, drive)


def as_centre(template: Path, folder: Path, code: str) -> Path:
    """A copy of a centre database under another centre code."""
    folder.mkdir(parents=True)
    path = folder / "centre.sqlite3"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE centre SET code = ?", (code,))
    connection.close()
    return path


def backup_copy(source: Path | None, target: Path) -> Path:
    """A consistent copy of a plain centre database that may be open (its WAL included),
    as a backup would take it."""
    assert source is not None
    with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
        original.backup(copy)
    original.close()
    copy.close()
    return target


def centre_counts(database: Database) -> dict[str, int]:
    """The centre's own rows per exchanged table (tombstones included), as ``hq counts``
    reports them: tables without rows left out."""
    found: dict[str, int] = {}
    with database.unit_of_work() as uow:
        connection = uow.session.connection()
        for plan in rows.plans(Base.metadata):
            n = connection.execute(select(func.count()).select_from(
                Base.metadata.tables[plan.table])).scalar_one()
            if n:
                found[plan.table] = n
    return found


def store_state(opened: HqStore) -> str:
    """A digest of every row of every table of the store but its audit: equal before and
    after means nothing changed."""
    digest = hashlib.sha256()
    with opened.reading() as connection:
        for table in metadata.sorted_tables:
            if table.name == "hq_audit":
                continue
            order = ", ".join(c.name for c in table.primary_key.columns)
            for row in connection.execute(text(f"SELECT * FROM {table.name} ORDER BY {order}")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()
