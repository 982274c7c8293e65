"""Headquarters' acknowledgement (issue #16, item 5): only headquarters' installed key,
only for this centre and a bundle it made; a bundle never acknowledged is offered again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from rehabdesk.db.models_exchange import ChangeMark, ExportedBundle
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.exchange import acks, bundle, keys
from rehabdesk.services.exchange import acknowledgements, export
from rehabdesk.services.platform.database import Database
from tests.exchange.exchange_helpers import (
    ADMIN,
    Hq,
    Replica,
    apply,
    centre_public,
    centre_rows,
    new_hq,
    trusting,
)


def _ack(hq: Hq, database: Database, made: export.BundleMade, **changes: object) -> bytes:
    fields: dict[str, object] = {
        "centre": "KPC", "centre_key": keys.fingerprint(centre_public(database)),
        "up_to": made.sequence, "bundle_sha256": made.sha256, "received_on": "2026-12-01"}
    fields.update(changes)
    return acks.make(hq.keys, acks.Acknowledgement(**fields))  # type: ignore[arg-type]


def _marks(database: Database) -> int:
    with database.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(ChangeMark)) or 0


def _person_edit(database: Database, name: str) -> None:
    with database.unit_of_work(write=True) as uow:
        uow.session.connection().exec_driver_sql(
            "UPDATE person SET kin_name = ? WHERE id = (SELECT min(id) FROM person)", (name,))


def test_an_acknowledgement_marks_the_bundles_held_and_a_lost_one_is_offered_again(
        demo_database: Database, tmp_path: Path) -> None:
    hq = new_hq()
    trusting(demo_database, hq)
    first = export.make_bundle(demo_database, ADMIN, tmp_path)
    _person_edit(demo_database, "Sok Lina")
    second = export.make_bundle(demo_database, ADMIN, tmp_path)
    with demo_database.unit_of_work(write=True) as uow:
        held = acknowledgements.import_ack(uow, ADMIN, _ack(hq, demo_database, first))
    assert (held.up_to, held.acknowledged) == (1, 1)
    with demo_database.unit_of_work() as uow:
        listed = {b.sequence: b.acknowledged_at for b in acknowledgements.bundles(uow)}
    assert listed[1] is not None and listed[2] is None
    assert _marks(demo_database) > 0  # bundle 2's changes wait for its acknowledgement

    second.bundle.unlink()  # the stick with bundle 2 was lost
    _person_edit(demo_database, "Sok Lina Two")
    again = export.make_bundle(demo_database, ADMIN, tmp_path, resend=True)
    public = centre_public(demo_database)
    replica: Replica = {}
    apply(replica, bundle.open_bundle(first.bundle, hq.keys, public))
    opened = bundle.open_bundle(again.bundle, hq.keys, public)
    apply(replica, opened)
    assert replica == centre_rows(demo_database)
    assert opened.manifest["previous_bundle"] == second.sha256  # the chain shows the gap
    with demo_database.unit_of_work(write=True) as uow:
        assert acknowledgements.import_ack(
            uow, ADMIN, _ack(hq, demo_database, again)).acknowledged == 2
    assert _marks(demo_database) == 0


def test_foreign_forged_and_wrong_acknowledgements_change_nothing(
        demo_database: Database, tmp_path: Path) -> None:
    hq = new_hq()
    trusting(demo_database, hq)
    made = export.make_bundle(demo_database, ADMIN, tmp_path)
    genuine = _ack(hq, demo_database, made)
    forged = bytearray(genuine)
    forged[genuine.index(b'"up_to": 1') + len(b'"up_to": ')] = ord("7")
    cases = {
        b"not json at all": "exchange.not_an_acknowledgement",
        bytes(forged): "exchange.acknowledgement_forged",
        _ack(new_hq(), demo_database, made): "exchange.acknowledgement_forged",
        _ack(hq, demo_database, made, centre="BTB"): "exchange.acknowledgement_for_other_centre",
        _ack(hq, demo_database, made, bundle_sha256="0" * 64):
            "exchange.acknowledgement_unknown_bundle",
    }
    for content, code in cases.items():
        with pytest.raises(RehabDeskError) as refused, \
                demo_database.unit_of_work(write=True) as uow:
            acknowledgements.import_ack(uow, ADMIN, content)
        assert refused.value.code == code
    with demo_database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ExportedBundle).where(
            ExportedBundle.acknowledged_at.is_not(None))) == 0
