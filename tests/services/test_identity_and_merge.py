"""Editing identity, photos, duplicate confirmation and merges (issue "Intake")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from rehabdesk.db.models import AuditEntry, Episode, Person, Tombstone
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.history import sentence_of_entry
from rehabdesk.domain.intake import Belonging, NewEpisode
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.permissions import PermissionDeniedError
from rehabdesk.domain.records import BirthDate, DatePrecision
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform import audit, persons
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.register import merge
from tests.conftest import TODAY, add_user, new_person, register


def _entries(db: Database, uid: str) -> list[AuditEntry]:
    with db.unit_of_work() as uow:
        return list(uow.session.scalars(
            select(AuditEntry).where(AuditEntry.person_uid == uid).order_by(AuditEntry.id)))


def test_update_identity_audits_old_and_new_values(database: Database, clerk: Actor) -> None:
    uid = register(database, clerk)
    changed = new_person(birth=BirthDate(dt.date(1991, 7, 1), DatePrecision.YEAR),
                         national_id="010203040")
    with database.unit_of_work(write=True) as uow:
        details = intake.update_identity(uow, clerk, uid, changed, TODAY)
    assert details.birth is not None and details.birth.year == 1991
    assert details.national_id == "010203040"
    with database.unit_of_work() as uow:
        history = audit.history_of_person(uow, uid)
    latest = history[0]
    assert latest.action == "update"
    assert latest.changes == {"birth_date": ("1990-07-01", "1991-07-01"),
                              "national_id": (None, "010203040")}
    text = sentence_of_entry(latest.actor_name, dt.datetime(2026, 3, 3, 9), latest.action,
                             latest.changes, latest.summary)
    assert str(text) == ("Sokha Chan changed birth year from 1990 to 1991, national id to "
                         "010203040 on 03 Mar 2026")
    assert text.said("km") == ("Sokha Chan បានកែប្រែ ឆ្នាំកំណើតពី ១៩៩០ ទៅ ១៩៩១, "
                               "លេខអត្តសញ្ញាណប័ណ្ណ ទៅ 010203040 នៅថ្ងៃ ៣ មីនា ២០២៦")


def test_update_identity_without_changes_writes_nothing(database: Database,
                                                        clerk: Actor) -> None:
    uid = register(database, clerk)
    before = len(_entries(database, uid))
    with database.unit_of_work(write=True) as uow:
        intake.update_identity(uow, clerk, uid, new_person(), TODAY)
    assert len(_entries(database, uid)) == before


def test_update_identity_refuses_a_future_birth(database: Database, clerk: Actor) -> None:
    uid = register(database, clerk)
    bad = new_person(birth=BirthDate(TODAY + dt.timedelta(days=3), DatePrecision.DAY))
    with pytest.raises(ValidationError, match="future"), \
            database.unit_of_work(write=True) as uow:
        intake.update_identity(uow, clerk, uid, bad, TODAY)


def test_photo_is_stored_and_audited_without_its_bytes(database: Database,
                                                       clerk: Actor) -> None:
    uid = register(database, clerk)
    jpeg = b"\xff\xd8\xff\xe0" + b"x" * 1000
    with database.unit_of_work(write=True) as uow:
        intake.set_photo(uow, clerk, uid, jpeg)
    with database.unit_of_work() as uow:
        assert persons.get_person(uow, uid).has_photo
    entry = _entries(database, uid)[-1]
    assert str(audit.summary_of(entry.summary)) == "added a photo"
    assert "xxxx" not in entry.changes
    with pytest.raises(ValidationError), database.unit_of_work(write=True) as uow:
        intake.set_photo(uow, clerk, uid, b"GIF89a")


def test_confirmation_and_belongings_are_in_the_audit(database: Database,
                                                      clerk: Actor) -> None:
    with database.unit_of_work(write=True) as uow:
        details = intake.register_person(
            uow, clerk, new_person(),
            NewEpisode(TODAY, belongings=(Belonging("shirt", 2, "torn"), Belonging("phone"))),
            TODAY, confirmed_not_duplicate_of=("uid-a", "uid-b"))
    entries = _entries(database, details.uid)
    person_entry, episode_entry = entries
    assert json.loads(person_entry.changes)["confirmed_not_duplicate_of"] == [
        None, ["uid-a", "uid-b"]]
    assert "confirmed not the same person as 2" in str(audit.summary_of(person_entry.summary))
    said = audit.summary_of(episode_entry.summary)
    assert str(said).endswith("belongings: 2 × shirt (torn); 1 × phone")
    assert said.said("km").endswith("ទ្រព្យសម្បត្តិផ្ទាល់ខ្លួន៖ 2 × shirt (torn); 1 × phone")


def test_merge_moves_episodes_fills_blanks_and_leaves_a_tombstone(database: Database,
                                                                  clerk: Actor) -> None:
    with database.unit_of_work(write=True) as uow:
        supervisor = add_user(uow, "dara", "Dara Heng", Role.SUPERVISOR)
    keep = register(database, clerk, new_person(inmate_number=None))
    remove = register(database, clerk, new_person("Sokh Dara", national_id="0999"),
                      arrival=dt.date(2025, 1, 5))
    with database.unit_of_work() as uow:
        removed_episode_ids = list(uow.session.scalars(
            select(Episode.id).join(Person).where(Person.uid == remove)))
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        merge.merge_persons(uow, clerk, keep, remove, "same thumbprint")
    with database.unit_of_work(write=True) as uow:
        kept = merge.merge_persons(uow, supervisor, keep, remove, "same thumbprint")
    assert len(kept.episodes) == 2
    assert kept.national_id == "0999" and kept.inmate_number == "CC1-00042"
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(Person).where(Person.uid == remove)) is None
        stone = uow.session.scalar(select(Tombstone).where(Tombstone.row_uid == remove))
        assert stone is not None and stone.replaced_by_uid == keep
        entry = uow.session.scalar(select(AuditEntry).where(AuditEntry.action == "merge"))
        assert entry is not None
        changes = json.loads(entry.changes)
        assert changes["merged_person"][0]["latin_name"] == "Sokh Dara"
        assert changes["moved_rows"][1] == {"episode.person_id": removed_episode_ids}
        assert audit.verify_chain(uow).intact


def test_merge_refuses_the_same_record_and_a_missing_reason(database: Database,
                                                            clerk: Actor) -> None:
    with database.unit_of_work(write=True) as uow:
        supervisor = add_user(uow, "boss", "Supervisor", Role.SUPERVISOR)
    uid = register(database, clerk)
    with pytest.raises(ValidationError), database.unit_of_work(write=True) as uow:
        merge.merge_persons(uow, supervisor, uid, uid, "x")
    with pytest.raises(ValidationError), database.unit_of_work(write=True) as uow:
        merge.merge_persons(uow, supervisor, uid, "other", "  ")


def test_merge_finds_every_reference_to_person() -> None:
    names = {f"{t.name}.{c}" for t, c in merge.person_references()}
    assert "episode.person_id" in names


def test_history_sentences() -> None:
    at = dt.datetime(2026, 3, 3, 10, 0)
    sex = sentence_of_entry("Sokha Chan", at, "update", {"sex": ("M", "F")}, None)
    assert str(sex) == "Sokha Chan changed sex from male to female on 03 Mar 2026"
    assert sex.said("km") == "Sokha Chan បានកែប្រែ ភេទ ពី ប្រុស ទៅ ស្រី នៅថ្ងៃ ៣ មីនា ២០២៦"
    admitted = sentence("audit.admitted", case="KPC-2026-000001", outcome="pending",
                        policy="default-1")
    assert str(sentence_of_entry("Dara Heng", at, "create", {}, admitted)).startswith(
        "Dara Heng admitted as KPC-2026-000001; pending for enrolment")
    assert str(sentence_of_entry("A", at, "update",
                                 {"birth_date": ("1990-03-12", "1990-03-13")}, None)) == (
        "A changed birth date from 12 Mar 1990 to 13 Mar 1990 on 03 Mar 2026")
    assert str(sentence_of_entry("A", at, "update", {"kin_phone": ("012", None)}, None)) == (
        "A changed next of kin's phone from 012 to (empty) on 03 Mar 2026")
    assert str(sentence_of_entry("A", at, "view", {}, None)) == "A: viewed on 03 Mar 2026"
    assert dataclasses.is_dataclass(Belonging("x"))
