"""Headquarters end to end on SQLite and on PostgreSQL (issue #17, "Done when", item 1):
two demo centres export, headquarters imports both, its counts equal each centre's own
table by table, importing everything again changes nothing, and a bundle with a flipped
byte, from an unregistered centre, for another headquarters, with a future schema, or
replayed under another name is refused with one sentence, the store unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from rehabdesk.exchange.hq import store as hq_schema
from rehabdesk.exchange.hq.schema import hq_audit
from rehabdesk.services.exchange import export
from rehabdesk.services.exchange import keys as centre_keys
from rehabdesk.services.hq import imports, matches, overview
from rehabdesk.services.platform.database import open_database
from tests.exchange.exchange_helpers import ADMIN, new_hq
from tests.hq.hq_helpers import (
    Centre,
    backup_copy,
    centre_counts,
    joining,
    new_store,
    store_state,
)


def test_two_centres_consolidate_exactly_and_bad_bundles_change_nothing(
        hq_location: str, tmp_path: Path, demo_template: Path, second_demo_template: Path,
        centre_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened, hq_public = new_store(hq_location)
    assert hq_schema.schema_drift(opened.engine) == []
    kpc = joining(demo_template, tmp_path / "kpc", hq_public, opened)
    btb = joining(second_demo_template, tmp_path / "btb", hq_public, opened)
    first = [kpc.export(), btb.export()]

    lines = imports.import_bundles(opened, first)
    assert [(x.centre, x.sequence, x.status) for x in lines] == [
        ("KPC", 1, "imported"), ("BTB", 1, "imported")]
    assert all(x.updated == x.unchanged == x.conflicts == x.rejected == 0 for x in lines)
    held = {(c.centre, c.table): c.rows for c in overview.counts(opened)}
    for code, centre in (("KPC", kpc), ("BTB", btb)):
        own = centre_counts(centre.database)
        assert own["person"] > 100
        assert {t: n for (c, t), n in held.items() if c == code} == own
        assert next(x for x in lines if x.centre == code).created == sum(own.values())

    # The demo centres share a few people, as real ones do: proposed as pairs with reasons.
    pairs = matches.pairs(opened)
    assert pairs and all(p.centres == ("KPC", "BTB") and p.reasons for p in pairs)

    before = store_state(opened)
    again = imports.import_bundles(opened, first)
    assert [x.status for x in again] == ["already_imported"] * 2
    assert all(x.created == x.updated == x.conflicts == 0 for x in again)
    assert store_state(opened) == before

    bad = _bad_bundles(tmp_path, kpc, first[0], centre_template, hq_public, monkeypatch)
    refused = imports.import_bundles(opened, list(bad.values()))
    for kind, line in zip(bad, refused, strict=True):
        assert line.status == "refused", kind
        assert len(line.notes) == 1 and line.reason("en"), kind  # one sentence
        assert line.reason("km") != line.reason("en")
        assert line.created == line.updated == line.unchanged == line.conflicts == 0
    assert "damaged" in refused[0].reason("en")
    assert "not registered" in refused[1].reason("en")
    assert "headquarters" in refused[2].reason("en")
    assert "newer RehabDesk" in refused[3].reason("en")
    assert "another name" in refused[4].reason("en")
    assert store_state(opened) == before
    with opened.reading() as connection:  # each refusal is audited, nothing else written
        refusals = connection.execute(select(hq_audit.c.summary).where(
            hq_audit.c.action == "import_refused")).scalars().all()
    assert len(refusals) == len(bad) and "KPC-000005.rdxb" in refusals[-1]
    opened.close()
    for centre in (kpc, btb):
        centre.database.close()


def _bad_bundles(tmp_path: Path, kpc: Centre, good: Path, centre_template: Path,
                 hq_public: bytes, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """One bundle of each kind headquarters must refuse, each made by the real writer."""
    bad = tmp_path / "bad"
    for kind in ("flipped", "unregistered", "other_hq", "future", "renamed"):
        (bad / kind).mkdir(parents=True)
    # KPC's second bundle, one byte flipped in the middle.
    source = kpc.database
    with source.unit_of_work(write=True) as uow:
        uow.session.execute(text("UPDATE person SET kin_phone = '012 000 000' WHERE id = 1"))
    second = kpc.export()
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped = bad / "flipped" / second.name
    flipped.write_bytes(bytes(data))
    # A centre headquarters never registered.
    shv = open_database(backup_copy(centre_template, bad / "unregistered" / "shv.sqlite3"))
    with shv.unit_of_work(write=True) as uow:
        uow.session.execute(text("UPDATE centre SET code = 'SHV'"))
        centre_keys.trust_hq(uow, ADMIN, hq_public)
    unregistered = export.make_bundle(shv, ADMIN, bad / "unregistered").bundle
    shv.close()
    # KPC's own key, but encrypted to another headquarters (a copy of its database).
    other = open_database(backup_copy(source.path, bad / "other_hq" / "kpc.sqlite3"))
    with other.unit_of_work(write=True) as uow:
        centre_keys.trust_hq(uow, ADMIN, new_hq().public)
    other_hq = export.make_bundle(other, ADMIN, bad / "other_hq").bundle
    other.close()
    # KPC's own key and headquarters', from a newer RehabDesk.
    newer = open_database(backup_copy(source.path, bad / "future" / "kpc.sqlite3"))
    monkeypatch.setattr(export, "SCHEMA_HEAD", "0099")
    future = export.make_bundle(newer, ADMIN, bad / "future").bundle
    monkeypatch.undo()
    newer.close()
    # The first bundle again, under the name of a later one.
    renamed = bad / "renamed" / "KPC-000005.rdxb"
    shutil.copyfile(good, renamed)
    return {"flipped": flipped, "unregistered": unregistered, "other_hq": other_hq,
            "future": future, "renamed": renamed}

