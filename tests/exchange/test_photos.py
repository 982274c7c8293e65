"""People's photos travel to headquarters only while the centre's setting says so (issue
#16, item 4): off by default, and then no photo is anywhere in the decrypted bundle;
turned on by an administrator (audited; nobody else may), the photos travel streamed a
few to a line, the manifest says ``"photos": true``, and a later bundle carries a changed
photo and a removed one."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from sqlalchemy import select, text

from rehabdesk.db import uids
from rehabdesk.db.models import AuditEntry
from rehabdesk.domain.messages.stored import restored
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.settings import SEND_PHOTOS_TO_HQ
from rehabdesk.exchange import bundle, rows
from rehabdesk.services.exchange import export
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from tests.exchange.exchange_helpers import (
    ADMIN,
    centre_public,
    new_hq,
    part_rows,
    trusting,
    turn_photos,
    with_photos,
)

SUPERVISOR = Actor(None, "supervisor", "Supervisor Dara", Role.SUPERVISOR)


def test_photos_never_travel_while_the_setting_is_off(demo_database: Database,
                                                      tmp_path: Path) -> None:
    hq = new_hq()
    trusting(demo_database, hq)
    photos = with_photos(demo_database, 5)
    with demo_database.unit_of_work() as uow:
        assert settings.is_on(uow, SEND_PHOTOS_TO_HQ) is False  # the default
    made = export.make_bundle(demo_database, ADMIN, tmp_path)
    opened = bundle.open_bundle(made.bundle, hq.keys, centre_public(demo_database))
    assert opened.manifest["photos"] is False
    assert f"rows/{rows.PHOTOS}.jsonl" not in opened.parts
    assert rows.PHOTOS not in made.tables and made.tables["person"] == 300
    everything = b"".join(opened.parts.values())  # the whole decrypted bundle
    for photo in photos.values():
        for spelling in (photo[:64], base64.b64encode(photo)[:64], photo[:32].hex().encode()):
            assert spelling not in everything


def test_photos_travel_once_an_administrator_turns_the_setting_on(
        demo_database: Database, tmp_path: Path) -> None:
    hq = new_hq()
    trusting(demo_database, hq)
    photos = with_photos(demo_database, 40)
    with pytest.raises(PermissionDeniedError):
        turn_photos(demo_database, SUPERVISOR, True)
    turn_photos(demo_database, ADMIN, True)
    with demo_database.unit_of_work() as uow:
        assert settings.is_on(uow, SEND_PHOTOS_TO_HQ)
        summary = uow.session.scalars(select(AuditEntry.summary).where(
            AuditEntry.entity == "centre_setting").order_by(AuditEntry.id.desc())).first()
    said = restored(summary) if summary is not None else None
    assert said is not None and said.said("en") == (
        "sending people's photos to headquarters: turned on (ministry letter 12)")

    first = tmp_path / "first"
    first.mkdir()
    made = export.make_bundle(demo_database, ADMIN, first)
    opened = bundle.open_bundle(made.bundle, hq.keys, centre_public(demo_database))
    assert opened.manifest["photos"] is True
    assert made.tables[rows.PHOTOS] == opened.manifest["rows"][rows.PHOTOS] == 40
    carried = {row["person"]: row for row in part_rows(opened, rows.PHOTOS)}
    assert {uid: base64.b64decode(str(row["photo"])) for uid, row in carried.items()} == photos
    assert all(row["uid"] == rows.photo_uid(uid) for uid, row in carried.items())
    lines = opened.parts[f"rows/{rows.PHOTOS}.jsonl"].splitlines()
    assert len(lines) == 1 + 40 // rows.PHOTO_BATCH + 1  # a few photos a line, streamed

    changed, removed = list(photos)[:2]
    with demo_database.unit_of_work(write=True) as uow:
        connection = uow.session.connection()
        connection.execute(text("UPDATE person SET photo = :photo WHERE uid = :uid"),
                           {"photo": b"new photo", "uid": uids.stored(changed)})
        connection.execute(text("UPDATE person SET photo = NULL WHERE uid = :uid"),
                           {"uid": uids.stored(removed)})
    second = tmp_path / "second"
    second.mkdir()
    made = export.make_bundle(demo_database, ADMIN, second)
    opened = bundle.open_bundle(made.bundle, hq.keys, centre_public(demo_database))
    carried = {row["person"]: row["photo"] for row in part_rows(opened, rows.PHOTOS)}
    assert carried == {changed: base64.b64encode(b"new photo").decode(), removed: None}

    turn_photos(demo_database, ADMIN, False)  # and off again: nothing travels
    with demo_database.unit_of_work(write=True) as uow:
        updated = uow.session.connection().execute(
            text("UPDATE person SET photo = :photo WHERE uid = :uid"),
            {"photo": b"newer", "uid": uids.stored(changed)})
        assert updated.rowcount == 1  # the photo did change: it is the setting that holds it
    third = tmp_path / "third"
    third.mkdir()
    made = export.make_bundle(demo_database, ADMIN, third)
    opened = bundle.open_bundle(made.bundle, hq.keys, centre_public(demo_database))
    assert opened.manifest["photos"] is False and not part_rows(opened, rows.PHOTOS)
