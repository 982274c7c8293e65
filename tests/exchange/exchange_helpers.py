"""What the exchange tests share: headquarters' keys, an administrator, the replica
headquarters would build from a centre's bundles, and the centre's rows to compare."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from rehabdesk.db.base import Base
from rehabdesk.db.models import Person
from rehabdesk.db.models_exchange import ExchangeState
from rehabdesk.domain.settings import SEND_PHOTOS_TO_HQ
from rehabdesk.exchange import bundle, keys, rows
from rehabdesk.services.exchange import keys as centre_keys
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database

ADMIN = Actor(None, "admin", "Admin Sokha", Role.ADMINISTRATOR)
PHOTO_SIZE = 40_000

Replica = dict[tuple[str, str], dict[str, object]]


@dataclass(frozen=True)
class Hq:
    private: bytes
    public: bytes

    @property
    def keys(self) -> keys.HqPrivate:
        return keys.read_hq_private(self.private)


def new_hq() -> Hq:
    private, public = keys.new_hq_keys()
    return Hq(private, public)


def trusting(database: Database, hq: Hq) -> Database:
    with database.unit_of_work(write=True) as uow:
        centre_keys.trust_hq(uow, ADMIN, hq.public)
    return database


def forget_hq(database: Database) -> Database:
    """The demo centre installs a headquarters key; a centre that has none yet."""
    with database.unit_of_work(write=True) as uow:
        uow.session.connection().exec_driver_sql(
            "UPDATE exchange_state SET hq_key = NULL, hq_fingerprint = NULL")
    return database


def centre_public(database: Database) -> bytes:
    with database.unit_of_work() as uow:
        raw = uow.session.scalar(select(ExchangeState.signing_key))
    assert raw is not None
    return keys.public_of(raw)


def apply(replica: Replica, opened: bundle.OpenedBundle) -> None:
    """What headquarters does with each bundle, in the simplest form: rows replace rows by
    (table, uid), tombstones remove them."""
    for name, data in opened.parts.items():
        if not name.startswith("rows/"):
            continue
        table = name.removeprefix("rows/").removesuffix(".jsonl")
        for row in rows.read_part(data):
            if table == "tombstone":
                replica.pop((str(row["table_name"]), str(row["row_uid"])), None)
            else:
                replica[(table, str(row["uid"]))] = row


def centre_rows(database: Database) -> Replica:
    """Every exchanged row as the centre holds it now, in the bundle's own form."""
    full = rows.ChangeRange(0, 0, full=True)
    current: Replica = {}
    with database.unit_of_work() as uow:
        connection = uow.session.connection()
        for plan in rows.plans(Base.metadata):
            if plan.table == "tombstone":
                continue
            data = b"".join(rows.lines(connection, plan, full, lambda _n, _c: None))
            for row in rows.read_part(data):
                current[(plan.table, str(row["uid"]))] = row
    return current


def part_rows(opened: bundle.OpenedBundle, table: str) -> list[dict[str, object]]:
    return rows.read_part(opened.parts.get(f"rows/{table}.jsonl", b""))


def json_of(path: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def with_photos(database: Database, people: int) -> dict[str, bytes]:
    """The first ``people`` people get a photo each (random bytes: nothing else in the
    bundle can hold them by chance); person uid → photo."""
    photos: dict[str, bytes] = {}
    with database.unit_of_work(write=True) as uow:
        connection = uow.session.connection()
        for person_id, uid in connection.execute(
                select(Person.id, Person.uid).order_by(Person.id).limit(people)):
            photos[uid] = os.urandom(PHOTO_SIZE)
            connection.execute(text("UPDATE person SET photo = :photo WHERE id = :id"),
                               {"photo": photos[uid], "id": person_id})
    return photos


def turn_photos(database: Database, actor: Actor, on: bool) -> None:
    with database.unit_of_work(write=True) as uow:
        settings.change_switch(uow, actor, SEND_PHOTOS_TO_HQ, on, "ministry letter 12")
