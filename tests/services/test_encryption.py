"""Encryption at rest (issue #8, item 2): no name in the file, its WAL or its backups;
the key gate, re-wrapping one copy, the recovery key, and restoring an encrypted backup;
encrypting, recovering and restoring are audited in the database that lives on."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabdesk.db.key_file import key_file_path
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Role
from rehabdesk.services.platform import auth, backup, encryption, setup
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database, open_database
from rehabdesk.services.platform.sign_in import open_signed_in
from rehabdesk.services.register import search as register
from tests.conftest import TODAY, new_person
from tests.conftest import register as register_person

NOW = dt.datetime(2026, 11, 25, 8, 0)
LATIN, KHMER = "Chanthavy Roeunvisal", "ចាន់ថាវី រឿនវិសាល"
FORM = setup.CentreForm("BTB", "មជ្ឈមណ្ឌលបាត់ដំបង", "Battambang Centre", "02", 300,
                        "vanna", "Vanna Ouk", "river mekong")


@pytest.fixture
def centre(db_path: Path) -> Iterator[setup.NewCentre]:
    made = setup.set_up_centre(db_path, FORM, TODAY)
    yield made
    made.database.close()


def _copies(db_path: Path) -> dict[str, dict[str, object]]:
    data = json.loads(key_file_path(db_path).read_text(encoding="utf-8"))
    return dict(data["copies"])


def _names(db: Database) -> list[str]:
    with db.unit_of_work() as uow:
        rows = register.rows(uow, register.find_ids(uow))
    return sorted(r.latin_name for r in rows.values())


def test_names_appear_nowhere_in_the_file_its_wal_or_its_backups(
    centre: setup.NewCentre, db_path: Path, tmp_path: Path
) -> None:
    database = centre.database
    with database.unit_of_work(write=True) as uow:
        clerk = auth.create_user(uow, centre.administrator, "sokha", "Sokha Chan", Role.CLERK,
                                 "clerk password")
    register_person(database, clerk, new_person(LATIN, KHMER))
    assert _names(database) == [LATIN]  # it is there, readable through the services
    info = backup.make_backup(db_path, tmp_path / "backups", "daily", NOW, key=database.key)
    assert info.state == "verified"
    wal = Path(f"{db_path}-wal")
    files = [db_path, wal, info.path, key_file_path(db_path), key_file_path(info.path)]
    assert wal.stat().st_size > 0  # the WAL holds the recent pages: it must be searched too
    for path in files:
        content = path.read_bytes()
        for name in (LATIN, KHMER, LATIN.split()[0], KHMER.split()[0]):
            assert name.encode("utf-8") not in content, f"{name} found in {path.name}"
    for path in (db_path, info.path):
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_a_wrong_password_opens_nothing_and_is_counted_then_audited(
    centre: setup.NewCentre, db_path: Path
) -> None:
    centre.database.close()
    wrong = open_signed_in(db_path, "vanna", "wrong guess", NOW)
    assert wrong.database is None and "Wrong user name or password" in str(wrong.message)
    assert wrong.message == auth.WRONG  # no "tries left" that only a real name gets
    unknown = open_signed_in(db_path, "nobody", "river mekong", NOW)
    assert unknown.database is None and unknown.message == auth.WRONG
    for _ in range(4):
        locked = open_signed_in(db_path, "vanna", "wrong guess", NOW)
    assert "locked for 15 minutes" in str(locked.message)
    still = open_signed_in(db_path, "vanna", "river mekong", NOW + dt.timedelta(minutes=5))
    assert still.database is None and "locked" in str(still.message)

    later = open_signed_in(db_path, "vanna", "river mekong", NOW + dt.timedelta(minutes=16))
    assert later.database is not None and later.actor is not None
    with later.database.unit_of_work() as uow:
        entries = [e for e in encryption_audit(uow) if "key file" in e]
    later.database.close()
    assert len(entries) == 7  # five wrong, one unknown user, one while locked
    assert any("account locked for 15 minutes" in e for e in entries)
    assert json.loads(key_file_path(db_path).read_text())["refused"] == []


def encryption_audit(uow: object, action: str = "sign_in_failed") -> list[str]:
    from rehabdesk.services.platform import audit

    check = audit.verify_chain(uow)  # type: ignore[arg-type]
    assert check.intact
    from sqlalchemy import select

    from rehabdesk.db.models import AuditEntry

    return [str(audit.summary_of(text)) for text in uow.session.scalars(  # type: ignore[attr-defined]
        select(AuditEntry.summary).where(AuditEntry.action == action))]


def test_changing_a_password_rewraps_only_that_users_copy(
    centre: setup.NewCentre, db_path: Path
) -> None:
    with centre.database.unit_of_work(write=True) as uow:
        auth.create_user(uow, centre.administrator, "sokha", "Sokha Chan", Role.CLERK,
                         "clerk password")
    before = _copies(db_path)
    assert set(before) == {"user:vanna", "user:sokha", "recovery"}
    with centre.database.unit_of_work(write=True) as uow:
        auth.set_password(uow, centre.administrator, "sokha", "a new clerk password")
    after = _copies(db_path)
    assert after["user:sokha"] != before["user:sokha"]
    assert {k: v for k, v in after.items() if k != "user:sokha"} == \
        {k: v for k, v in before.items() if k != "user:sokha"}
    assert encryption.unlock(db_path, "sokha", "clerk password", NOW).key is None
    assert encryption.unlock(db_path, "sokha", "a new clerk password", NOW).key == \
        centre.database.key
    # No field holds a key in clear (the wrapped copies are random base64, which may
    # spell "key" by chance: the names are what matters).
    assert not [name for copy in after.values() for name in copy if "key" in name.lower()]
    assert centre.database.key is not None
    assert centre.database.key.hex() not in key_file_path(db_path).read_text()


def test_the_recovery_key_unlocks_and_gives_an_administrator_a_new_password(
    centre: setup.NewCentre, db_path: Path
) -> None:
    key, text = centre.database.key, centre.recovery.recovery_key
    centre.database.close()
    assert encryption.unlock_with_recovery(db_path, text.lower().replace("-", " ")) == key
    with pytest.raises(RehabDeskError, match="not this centre's recovery key"):
        encryption.unlock_with_recovery(db_path, "ABCD-" * 11 + "ABCD")
    encryption.recover_access(db_path, text, "vanna", "found my way back")
    opened = open_signed_in(db_path, "vanna", "found my way back", NOW)
    assert opened.database is not None
    with opened.database.unit_of_work() as uow:
        assert "used the recovery key to set a new password for vanna" in \
            encryption_audit(uow, "update")
    opened.database.close()
    assert open_signed_in(db_path, "vanna", "river mekong", NOW).database is None


def test_an_encrypted_backup_restores_exactly_and_keeps_the_replaced_file(
    centre: setup.NewCentre, db_path: Path, tmp_path: Path
) -> None:
    database, admin = centre.database, centre.administrator
    with database.unit_of_work(write=True) as uow:
        clerk = auth.create_user(uow, admin, "sokha", "Sokha Chan", Role.CLERK, "clerk password")
    register_person(database, clerk, new_person("Sok Dara"))
    info = backup.make_backup(db_path, tmp_path / "backups", "daily", NOW, key=database.key)
    register_person(database, clerk, new_person("Keo Bora"))
    key = database.key
    database.close()

    aside = backup.restore(db_path, info.path, admin, NOW + dt.timedelta(hours=15), key=key)
    assert aside is not None and aside.exists()
    restored = open_database(db_path, key=key)
    assert _names(restored) == ["Sok Dara"]
    with restored.unit_of_work() as uow:
        assert encryption_audit(uow, "restore") == [
            f"restored the database from the backup {info.path.name}; the replaced "
            f"database is kept as {aside.name}"]
    restored.close()
    replaced = open_database(aside, key=key)  # kept encrypted too
    assert _names(replaced) == ["Keo Bora", "Sok Dara"]
    replaced.close()
    with pytest.raises(RehabDeskError, match="encrypted"):
        backup.restore(db_path, info.path, admin, NOW)  # without the key: refused


def test_a_new_centre_is_not_left_half_made(db_path: Path) -> None:
    bad = setup.CentreForm("K1", "ក", "C", None, 0, "vanna", "Vanna", "river mekong")
    with pytest.raises(RehabDeskError, match="2 to 8 letters"):
        setup.set_up_centre(db_path, bad, TODAY)
    assert list(db_path.parent.iterdir()) == []


def test_a_plain_database_and_its_backups_become_encrypted(
    database: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(backup.BACKUP_DIR_ENV, str(tmp_path / "backups"))
    admin, clerk, old = _plain_centre_with_a_backup(database, db_path)

    with pytest.raises(RehabDeskError, match="Signed in as clerk, you may not"):
        encryption.encrypt_database(db_path, clerk, NOW)
    done = encryption.encrypt_database(db_path, admin, NOW, keep_plain=False)
    assert done.users == 2 and done.backups == 1 and done.kept_plain is None
    for path in (db_path, old):
        assert LATIN.encode() not in path.read_bytes()
    assert sorted(p.name for p in db_path.parent.glob("centre.sqlite3.plain*")) == []
    opened = open_signed_in(db_path, "vanna", "river mekong", NOW)  # same password as before
    assert opened.database is not None and _names(opened.database) == [LATIN]
    with opened.database.unit_of_work() as uow:
        assert encryption_audit(uow, "encrypt") == [
            "encrypted the database and its plain backups; 2 users keep their passwords, "
            "and a new recovery key was made"]
    opened.database.close()
    assert "from_hash" not in _copies(db_path)["user:vanna"]  # re-wrapped at the sign-in
    assert encryption.unlock_with_recovery(db_path, done.recovery_key) == opened.database.key
    with pytest.raises(RehabDeskError, match="already encrypted"):
        encryption.encrypt_database(db_path, admin, NOW)


class _PowerCut(BaseException):
    """Stands for kill -9: nothing after it runs (``finally`` blocks aside)."""


def _plain_centre_with_a_backup(database: Database, db_path: Path
                                ) -> tuple[Actor, Actor, Path]:
    """An administrator, a clerk who registered one person, and a backup; then closed."""
    with database.unit_of_work(write=True) as uow:
        admin = auth.create_user(uow, None, "vanna", "Vanna Ouk", Role.ADMINISTRATOR,
                                 "river mekong")
        clerk = auth.create_user(uow, admin, "sokha", "Sokha Chan", Role.CLERK, "clerk password")
    register_person(database, clerk, new_person(LATIN, KHMER))
    old = backup.make_backup(db_path, backup.backup_folder(db_path), "daily", NOW)
    database.close()
    return admin, clerk, old.path


def _plaintext_left(db_path: Path, backup_file: Path) -> list[str]:
    """Every file beside the database or its backups that still shows a name in clear."""
    files = [*db_path.parent.iterdir(), *backup_file.parent.iterdir()]
    return sorted(p.name for p in files if p.is_file() and LATIN.encode() in p.read_bytes())


def test_an_encryption_cut_before_the_switch_is_rolled_back_at_the_next_start(
    database: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cut after the key file was written, beside the still-plain database (issue #23,
    item 12): every command refused until the key file was moved by hand."""
    monkeypatch.setenv(backup.BACKUP_DIR_ENV, str(tmp_path / "backups"))
    admin, _clerk, backup_file = _plain_centre_with_a_backup(database, db_path)

    def cut(*_args: object, **_kwargs: object) -> None:
        raise _PowerCut

    with monkeypatch.context() as patch:
        patch.setattr(encryption.schema, "backup", cut)  # the plaintext copy aside
        with pytest.raises(_PowerCut):
            encryption.encrypt_database(db_path, admin, NOW)
    assert key_file_path(db_path).exists()

    encryption.finish_interrupted(db_path)  # what every start does first
    assert not key_file_path(db_path).exists()
    reopened = open_database(db_path, create=False)
    assert _names(reopened) == [LATIN]
    reopened.close()
    done = encryption.encrypt_database(db_path, admin, NOW)
    assert done.backups == 1
    assert _plaintext_left(db_path, backup_file) == []


def test_an_encryption_cut_after_the_switch_is_finished_at_the_next_sign_in(
    database: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture
) -> None:
    """Cut after the encrypted file took the plain one's place: the plaintext copy and
    the plain backups stayed behind without a word, and the recovery key was never shown."""
    monkeypatch.setenv(backup.BACKUP_DIR_ENV, str(tmp_path / "backups"))
    admin, _clerk, backup_file = _plain_centre_with_a_backup(database, db_path)

    def cut(*_args: object, **_kwargs: object) -> int:
        raise _PowerCut

    with monkeypatch.context() as patch:
        patch.setattr(encryption.backup, "encrypt_plain_backups", cut)
        with pytest.raises(_PowerCut):
            encryption.encrypt_database(db_path, admin, NOW)
    assert _plaintext_left(db_path, backup_file)  # the copy aside and the backup

    encryption.finish_interrupted(db_path)  # the next start, before anyone signs in
    assert _plaintext_left(db_path, backup_file) == [backup_file.name]  # needs the key
    opened = open_signed_in(db_path, "vanna", "river mekong", NOW)
    assert opened.database is not None and _names(opened.database) == [LATIN]
    opened.database.close()
    assert _plaintext_left(db_path, backup_file) == []
    assert "print a new recovery sheet" in caplog.text
    assert not list(db_path.parent.glob("*.encrypt-journal"))
