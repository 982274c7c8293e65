"""Issue #23 (hardening) of signing in: refusals kept before an encrypted database opens
cannot be flushed out, every failure reads the same, every sign-in counts, and a damaged
key file is not taken for a wrong password."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabdesk.db import key_file
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Role
from rehabdesk.services.platform import auth, backup, encryption, setup
from rehabdesk.services.platform.database import Database
from rehabdesk.services.platform.sign_in import open_signed_in
from tests.conftest import TODAY
from tests.services.test_encryption import FORM, encryption_audit

NOW = dt.datetime(2026, 11, 25, 8, 0)


@pytest.fixture
def encrypted(db_path: Path) -> Iterator[Path]:
    made = setup.set_up_centre(db_path, FORM, TODAY)
    made.database.close()
    yield db_path


def test_a_flood_of_unknown_names_does_not_flush_out_wrong_passwords(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four guesses at an administrator, then more unknown names than the key file keeps
    (issue #23, item 9): the guesses still reach the audit log, and so does the fact that
    refusals were dropped."""
    monkeypatch.setattr(key_file, "burn_time", lambda: None)  # 200 argon2 runs otherwise
    for minute in range(4):
        encryption.unlock(encrypted, "vanna", "a wrong guess",
                          NOW + dt.timedelta(minutes=minute))
    for n in range(key_file.MAX_REFUSED):
        encryption.unlock(encrypted, f"nobody{n}", "a wrong guess", NOW + dt.timedelta(hours=1))
    opened = open_signed_in(encrypted, "vanna", "river mekong", NOW + dt.timedelta(hours=2))
    assert opened.database is not None
    with opened.database.unit_of_work() as uow:
        entries = encryption_audit(uow)
    opened.database.close()
    guesses = [e for e in entries if "wrong password" in e]
    # on the centre's clock (UTC+7)
    assert any("25 Nov 2026 15:00" in e for e in guesses)  # the first guess
    assert any("25 Nov 2026 15:03" in e for e in guesses)  # and the last
    assert any("dropped" in e for e in entries)
    assert len(entries) <= key_file.MAX_REFUSED + 1


def test_read_only_sign_ins_on_a_plain_database_count_and_are_audited(
    database: Database, db_path: Path
) -> None:
    """``rehabdesk search`` beside the running application (issue #23, item 8): wrong
    passwords count towards the lock and reach the audit log all the same."""
    with database.unit_of_work(write=True) as uow:
        auth.create_user(uow, None, "admin", "Administrator", Role.ADMINISTRATOR,
                         "correct horse")
    for minute in range(8):
        refused = open_signed_in(db_path, "admin", "a wrong guess",
                                 NOW + dt.timedelta(minutes=minute / 10), write=False)
        assert refused.database is None
    right = open_signed_in(db_path, "admin", "correct horse", NOW + dt.timedelta(minutes=1),
                           write=False)
    assert right.database is None  # locked after five
    later = NOW + dt.timedelta(minutes=20)
    reader = open_signed_in(db_path, "admin", "correct horse", later, write=False)
    assert reader.database is not None
    reader.database.close()
    database.close()  # the running application ends; the next writer records the rest
    writer = open_signed_in(db_path, "admin", "correct horse", later)
    assert writer.database is not None
    with writer.database.unit_of_work() as uow:
        refusals = encryption_audit(uow)
        sign_ins = encryption_audit(uow, "sign_in")
    writer.database.close()
    assert len([r for r in refusals if "wrong password" in r]) >= 5
    assert len(sign_ins) == 2  # the reader's, then the writer's


def test_every_failed_sign_in_reads_the_same_on_a_plain_database(
    database: Database, db_path: Path
) -> None:
    """Whether a user name exists shows in no message (issue #23, item 7): a wrong
    password, the one that locks, a locked account and an unknown name read alike."""
    with database.unit_of_work(write=True) as uow:
        auth.create_user(uow, None, "admin", "Administrator", Role.ADMINISTRATOR,
                         "correct horse")
    messages = []
    for name in ("admin", "nobody"):
        for _ in range(6):
            with database.unit_of_work(write=True) as uow:
                result = auth.sign_in(uow, name, "a wrong guess", NOW)
            assert result.actor is None
            messages.append(result.message)
    with database.unit_of_work(write=True) as uow:
        locked = auth.sign_in(uow, "admin", "correct horse", NOW)
    assert locked.actor is None
    assert all(message == auth.WRONG for message in [*messages, locked.message])


def test_every_failed_unlock_reads_the_same_on_an_encrypted_database(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(key_file, "burn_time", lambda: None)
    messages = [encryption.unlock(encrypted, name, "a wrong guess", NOW).message
                for name in ("vanna", "nobody") for _ in range(6)]
    locked = encryption.unlock(encrypted, "vanna", "river mekong", NOW)
    assert locked.key is None
    assert all(message == auth.WRONG for message in [*messages, locked.message])


def _flip_one_byte(path: Path, slot: str) -> None:
    """One byte of ``slot``'s wrapped key changes, the file staying valid JSON and base64:
    what a worn disk or a careless edit does."""
    data = json.loads(path.read_text(encoding="utf-8"))
    wrapped = bytearray(base64.b64decode(data["copies"][slot]["wrapped"]))
    wrapped[5] ^= 0x01
    data["copies"][slot]["wrapped"] = base64.b64encode(bytes(wrapped)).decode("ascii")
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_damaged_copy_of_the_key_is_told_apart_from_a_wrong_password(
    encrypted: Path,
) -> None:
    """A one-byte flip in one user's wrapped key (issue #23, item 4): the sign-in says the
    key file is damaged and which backup's key file repairs it, counts nothing against the
    user, and every other user still signs in."""
    opened = open_signed_in(encrypted, "vanna", "river mekong", NOW)
    assert opened.database is not None and opened.database.key is not None
    info = backup.make_backup(encrypted, backup.backup_folder(encrypted), "daily", NOW,
                              key=opened.database.key)
    with opened.database.unit_of_work(write=True) as uow:
        auth.create_user(uow, opened.actor, "sokha", "Sokha Chan", Role.CLERK,
                         "clerk password")
    opened.database.close()
    keys = key_file.key_file_path(encrypted)
    _flip_one_byte(keys, key_file.user_slot("vanna"))

    for _ in range(6):
        refused = encryption.unlock(encrypted, "vanna", "river mekong", NOW)
        assert refused.key is None and refused.message is not None
        assert "damaged" in str(refused.message)
        assert str(key_file.key_file_path(info.path)) in str(refused.message)
        assert str(key_file.key_file_path(info.path)) in refused.message.said("km")
    copy = key_file.read(keys)["copies"][key_file.user_slot("vanna")]
    assert copy["failed_attempts"] == 0 and copy["locked_until"] is None
    assert encryption.unlock(encrypted, "sokha", "clerk password", NOW).key is not None


def test_a_damaged_recovery_copy_says_so(encrypted: Path) -> None:
    _flip_one_byte(key_file.key_file_path(encrypted), key_file.RECOVERY)
    with pytest.raises(RehabDeskError, match="recovery key is damaged"):
        encryption.unlock_with_recovery(encrypted, "A" * 48)
