"""Headquarters stores the photos a centre sends once its setting is on (issue #16, item
4): each person's photo is a row of ``person_photo`` beside the person, on SQLite and
PostgreSQL; a centre that keeps the setting off sends none."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from sqlalchemy import select

from rehabdesk.exchange import rows
from rehabdesk.exchange.hq.schema import hq_centre, hq_row
from rehabdesk.services.hq import imports, overview
from tests.exchange.exchange_helpers import ADMIN, turn_photos, with_photos
from tests.hq.hq_helpers import joining, new_store


def test_headquarters_keeps_the_photos_only_a_centre_chose_to_send(
        hq_location: str, tmp_path: Path, demo_template: Path,
        second_demo_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = joining(demo_template, tmp_path / "kpc", hq_public, opened)
    btb = joining(second_demo_template, tmp_path / "btb", hq_public, opened)
    sent = with_photos(kpc.database, 20)
    turn_photos(kpc.database, ADMIN, True)
    with_photos(btb.database, 20)  # BTB keeps the setting off

    lines = imports.import_bundles(opened, [kpc.export(), btb.export()])
    assert [(x.centre, x.status, x.conflicts, x.rejected) for x in lines] == [
        ("KPC", "imported", 0, 0), ("BTB", "imported", 0, 0)]
    held = {(c.centre, c.table): c.rows for c in overview.counts(opened)}
    assert held[("KPC", rows.PHOTOS)] == 20 and ("BTB", rows.PHOTOS) not in held
    with opened.reading() as connection:
        stored = connection.execute(
            select(hq_row.c.uid, hq_row.c.content)
            .join(hq_centre, hq_centre.c.id == hq_row.c.centre_id)
            .where(hq_centre.c.code == "KPC", hq_row.c.table_name == rows.PHOTOS)).all()
    photos = {str(json.loads(content)["person"]): base64.b64decode(
        json.loads(content)["photo"]) for _uid, content in stored}
    assert photos == sent
    assert {uid for uid, _content in stored} == {rows.photo_uid(p) for p in sent}
    opened.close()
    for centre in (kpc, btb):
        centre.database.close()
