"""The bundle, end to end through real files (issue #16, "Done when": the round trip,
bad input; item 1: every writer's changes reach the next bundle, whatever the clock)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from rehabdesk.db import moments
from rehabdesk.db.models import Person, Tombstone
from rehabdesk.db.models_enrolment import GroupSession
from rehabdesk.db.models_exchange import ExportedBundle
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.programmes import AttendanceStatus
from rehabdesk.exchange import bundle, keys
from rehabdesk.services import eligibility
from rehabdesk.services.enrolment import attendance
from rehabdesk.services.exchange import export
from rehabdesk.services.exchange import keys as centre_keys
from rehabdesk.services.intake.transfer_import import import_rows, read_transfer_list
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.register.merge import merge_persons
from tests.conftest import TODAY, new_person, register
from tests.exchange.exchange_helpers import (
    ADMIN,
    Replica,
    apply,
    centre_public,
    centre_rows,
    forget_hq,
    new_hq,
    part_rows,
    trusting,
)
from tests.services.test_transfer_import import HEADER, good_row, write_csv

SUPERVISOR = Actor(None, "supervisor", "Supervisor Dara", Role.SUPERVISOR)


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_a_demo_centre_round_trips_and_only_the_right_keys_open_it(
        demo_database: Database, drive: Path) -> None:
    hq = new_hq()
    made = export.make_bundle(trusting(demo_database, hq), ADMIN, drive)
    assert made.bundle == drive / "KPC-000001.rdxb" and made.sequence == 1
    assert [p.name for p in drive.iterdir()] == ["KPC-000001.rdxb"]
    opened = bundle.open_bundle(made.bundle, hq.keys, centre_public(demo_database))
    replica: Replica = {}
    apply(replica, opened)
    assert replica == centre_rows(demo_database)  # row by row, every exchanged table
    assert made.tables["person"] == 300 and made.rows == sum(made.tables.values())
    assert opened.manifest["rows"]["person"] == 300
    users = part_rows(opened, "app_user")
    assert users and not {"password_hash", "failed_attempts", "id"} & set(users[0])
    # Every reference — a person, a stay, the user who recorded it — travels as the uid
    # of a row the same bundle carries: headquarters can join rows of many centres.
    references = opened.manifest["references"]
    assert references["episode"]["person_id"] == "person"
    assert any(target == "app_user" for refs in references.values() for target in refs.values())
    dangling = [(table, column, row[column]) for (table, _uid), row in replica.items()
                for column, target in references.get(table, {}).items()
                if row[column] is not None and (target, row[column]) not in replica]
    assert dangling == []
    with demo_database.unit_of_work() as uow:
        head = export.audit.current_head(uow)
        assert export.verify_bundle(uow, made.bundle).sha256 == made.sha256
    carried_head = opened.manifest["audit"]["head"]  # the export's own entry comes after
    assert carried_head["entries"] == head.entries - 1 == opened.manifest["audit"]["entries"]
    audit_part = export.rows.read_part(opened.parts["audit.jsonl"])
    assert audit_part[-1]["hash"] == carried_head["hash"]

    with pytest.raises(RehabDeskError) as other_hq:
        bundle.open_bundle(made.bundle, new_hq().keys, centre_public(demo_database))
    assert other_hq.value.code == "exchange.bundle_for_other_hq"
    other_centre = keys.public_of(keys.new_signing_key())
    with pytest.raises(RehabDeskError) as forged:
        bundle.open_bundle(made.bundle, hq.keys, other_centre)
    assert forged.value.code == "exchange.bundle_damaged"


def test_one_flipped_byte_anywhere_is_refused(demo_database: Database, drive: Path,
                                              tmp_path: Path) -> None:
    hq = new_hq()
    made = export.make_bundle(trusting(demo_database, hq), ADMIN, drive)
    original = made.bundle.read_bytes()
    public = centre_public(demo_database)
    size = len(original)
    places = sorted({0, 5, 9, 12, 40, 200, size // 3, size // 2, size - 200, size - 65,
                     size - 64, size - 30, size - 1})
    for place in places:
        damaged = bytearray(original)
        damaged[place] ^= 0x01
        copy = tmp_path / f"flip-{place}.rdxb"
        copy.write_bytes(bytes(damaged))
        with pytest.raises(RehabDeskError):
            bundle.open_bundle(copy, hq.keys, public)
        with pytest.raises(RehabDeskError):
            bundle.verify(copy, public)
    truncated = tmp_path / "short.rdxb"
    truncated.write_bytes(original[:-100])
    with pytest.raises(RehabDeskError):
        bundle.verify(truncated, public)


def _second_bundle_matches(database: Database, hq_keys: keys.HqPrivate, first: Path,
                           second: Path) -> bundle.OpenedBundle:
    public = centre_public(database)
    replica: Replica = {}
    apply(replica, bundle.open_bundle(first, hq_keys, public))
    opened = bundle.open_bundle(second, hq_keys, public)
    apply(replica, opened)
    assert replica == centre_rows(database)
    return opened


def test_every_writer_reaches_the_next_bundle_and_only_what_changed(
        demo_database: Database, drive: Path, tmp_path: Path) -> None:
    hq = new_hq()
    first = export.make_bundle(trusting(demo_database, hq), ADMIN, drive)
    before = centre_rows(demo_database)
    # The ORM (intake), a merge (bulk re-pointing, a delete), the eligibility
    # re-evaluation's executemany, a roll call's executemany and a transfer-list import.
    kept = register(demo_database, SUPERVISOR, new_person("Keo Sambath", national_id="N-1"))
    gone = register(demo_database, SUPERVISOR, new_person("Keo Sambat", national_id="N-2"))
    with demo_database.unit_of_work(write=True) as uow:
        merge_persons(uow, SUPERVISOR, kept, gone, "the same man, two spellings")
    eligibility.change_policy(demo_database, ADMIN, {"min_programme_days": 120},
                              "longer programmes", TODAY)
    with demo_database.unit_of_work(write=True) as uow:
        session_uid = uow.session.scalars(
            select(GroupSession.uid).where(GroupSession.held_on <= TODAY)
            .order_by(GroupSession.held_on.desc())).first()
        assert session_uid is not None
        attendance.record_roll_call(uow, SUPERVISOR, session_uid,
                                    default=AttendanceStatus.ABSENT, today=TODAY)
    sheet = write_csv(tmp_path / "list.csv", HEADER, [good_row(i) for i in range(5)])
    with demo_database.unit_of_work(write=True) as uow:
        preview = read_transfer_list(uow, sheet, today=TODAY)
        import_rows(uow, SUPERVISOR, preview, range(len(preview.rows)), today=TODAY)

    second = export.make_bundle(demo_database, ADMIN, drive)
    opened = _second_bundle_matches(demo_database, hq.keys, first.bundle, second.bundle)
    after = centre_rows(demo_database)
    changed = {k for k, row in after.items() if before.get(k) != row}
    carried = {(name.removeprefix("rows/").removesuffix(".jsonl"), str(r["uid"]))
               for name, data in opened.parts.items()
               if name.startswith("rows/") and "tombstone" not in name
               for r in export.rows.read_part(data)}
    assert carried == changed  # exactly the rows changed, none unchanged
    # Headquarters lets the higher version win: every writer's change raised it, the
    # merge's re-pointing and the bulk re-evaluation included (issue #16, item 2).
    same_version = [key for key in changed & before.keys()
                    if int(str(after[key]["version"])) <= int(str(before[key]["version"]))]
    assert same_version == []
    assert {t for t, _u in changed} >= {"person", "episode", "eligibility_decision",
                                        "attendance", "eligibility_policy"}
    stones = part_rows(opened, "tombstone")
    assert [(s["row_uid"], s["replaced_by_uid"]) for s in stones
            if s["table_name"] == "person"] == [(gone, kept)]
    assert opened.manifest["previous_bundle"] == first.sha256
    with demo_database.unit_of_work() as uow:
        ledger = uow.session.scalars(select(ExportedBundle.sequence)).all()
    assert ledger == [1, 2]


def test_a_clock_twenty_years_back_loses_nothing(demo_database: Database, drive: Path) -> None:
    hq = new_hq()
    first = export.make_bundle(trusting(demo_database, hq), ADMIN, drive)
    with demo_database.unit_of_work(write=True) as uow:  # a dead CMOS battery: year 2006
        uow.session.execute(text(
            "UPDATE person SET kin_name = 'Chan Dara', updated_at = :then "
            "WHERE id IN (SELECT id FROM person ORDER BY id LIMIT 7)"),
            {"then": moments.stored(dt.datetime(2006, 1, 1, 8))})
        old = Person(khmer_name="ក", latin_name="Old Clock", latin_key="old clock", sex="M",
                     created_at=dt.datetime(2006, 1, 1), updated_at=dt.datetime(2006, 1, 1))
        uow.session.add(old)
    second = export.make_bundle(demo_database, ADMIN, drive)
    opened = _second_bundle_matches(demo_database, hq.keys, first.bundle, second.bundle)
    assert second.tables == {"person": 8}
    assert {r["latin_name"] for r in part_rows(opened, "person")} >= {"Old Clock"}


def test_refusals_change_nothing(demo_database: Database, drive: Path, tmp_path: Path) -> None:
    with pytest.raises(RehabDeskError) as no_key:
        export.make_bundle(forget_hq(demo_database), ADMIN, drive)
    assert no_key.value.code == "exchange.no_hq_key"
    not_a_key = tmp_path / "hq.pem"
    not_a_key.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n", encoding="utf-8")
    for content in (not_a_key.read_bytes(), b"\xff\xfe", b'{"kind": "rehabdesk-hq-public-key"}'):
        with pytest.raises(RehabDeskError) as refused, \
                demo_database.unit_of_work(write=True) as uow:
            centre_keys.trust_hq(uow, ADMIN, content)
        assert refused.value.code == "exchange.not_an_hq_key"
    clerk = Actor(None, "clerk", "Clerk", Role.CLERK)
    with pytest.raises(RehabDeskError):
        export.make_bundle(demo_database, clerk, drive)
    trusting(demo_database, new_hq())
    with pytest.raises(RehabDeskError) as not_folder:
        export.make_bundle(demo_database, ADMIN, drive / "missing")
    assert not_folder.value.code == "exchange.not_a_folder"
    if os.geteuid() != 0:  # root writes into read-only folders
        drive.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            with pytest.raises(RehabDeskError) as read_only:
                export.make_bundle(demo_database, ADMIN, drive)
            assert read_only.value.code == "platform.place_not_writable"
        finally:
            drive.chmod(stat.S_IRWXU)
        assert list(drive.iterdir()) == []
    with demo_database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ExportedBundle)) == 0
        assert uow.session.scalar(select(func.count()).select_from(Tombstone)) == 0


def test_a_cancelled_export_leaves_nothing_behind(demo_database: Database, drive: Path) -> None:
    trusting(demo_database, new_hq())
    with pytest.raises(export.Cancelled):
        export.make_bundle(demo_database, ADMIN, drive, cancelled=lambda: True)
    assert list(drive.iterdir()) == []
    with demo_database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ExportedBundle)) == 0


def test_the_centre_key_file_names_the_centre_and_its_fingerprint(
        demo_database: Database) -> None:
    with demo_database.unit_of_work(write=True) as uow:
        made = centre_keys.centre_key(uow, ADMIN)
    public = keys.read_centre_public(made.content)
    assert public.centre == "KPC" and public.fingerprint == made.fingerprint
    assert public.words == made.words  # what headquarters shows is what the centre says
    assert public.sign_public == centre_public(demo_database)
    with demo_database.unit_of_work(write=True) as uow:  # the same key the second time
        assert centre_keys.centre_key(uow, ADMIN).fingerprint == made.fingerprint


def test_a_drive_pulled_out_while_writing_gets_a_sentence_and_changes_nothing(
        demo_database: Database, drive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernel answers writes to a removed USB drive with EIO: injected after the first
    chunks, as the stick vanishes mid-file."""
    import errno

    trusting(demo_database, new_hq())
    real_write = bundle._HashingFile.write
    written = [0]

    def vanishing(self: bundle._HashingFile, data: bytes) -> None:
        written[0] += len(data)
        if written[0] > 64 * 1024:
            raise OSError(errno.EIO, "Input/output error")
        real_write(self, data)

    monkeypatch.setattr(bundle._HashingFile, "write", vanishing)
    with pytest.raises(RehabDeskError) as gone:
        export.make_bundle(demo_database, ADMIN, drive)
    assert gone.value.code == "exchange.drive_gone"
    assert list(drive.iterdir()) == []
    with demo_database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ExportedBundle)) == 0
