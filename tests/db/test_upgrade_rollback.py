"""An upgrade that fails puts the original file back byte for byte and says so in one
sentence naming the verified backup (issue #20, item 3, Done when). The failure is forced
through ``migrate.revision_hooks``, after a revision half-way through the chain."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from rehabdesk.db import migrate, schema
from rehabdesk.services.platform.database import open_database
from tests.db.test_upgrade_fixtures import earlier_database

START = schema.KNOWN_REVISIONS[len(schema.KNOWN_REVISIONS) // 2]
"""A revision in the middle: the upgrade from it runs several migrations."""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path) -> schema.DatabaseOpenError:
    with pytest.raises(schema.DatabaseOpenError) as refused:
        open_database(path)
    return refused.value


def _left_as_it_was(path: Path, before: str, refusal: schema.DatabaseOpenError) -> None:
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert not list(path.parent.glob("*.upgrading*"))
    assert refusal.code == "deployment.upgrade_failed_restored"
    backup = Path(refusal.message.params["backup"])
    assert backup.is_file() and schema.integrity_problems(backup) == []
    said = refusal.said("en")
    assert said.count(". ") <= 2 and str(backup) in said and "put back exactly" in said
    assert str(backup) in refusal.said("km")


def test_a_migration_failing_mid_way_leaves_the_file_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = earlier_database(START, tmp_path)
    before = _digest(path)
    later = schema.KNOWN_REVISIONS[schema.KNOWN_REVISIONS.index(START) + 2]
    applied: list[str] = []

    def fail_after(_connection: Connection, revision: str) -> None:
        applied.append(revision)
        if revision == later:
            raise RuntimeError(f"forced failure after {revision}")

    monkeypatch.setattr(migrate, "revision_hooks", [fail_after])
    refusal = _refused(path)
    assert applied[-1] == later and len(applied) == 2
    _left_as_it_was(path, before, refusal)
    assert f"forced failure after {later}" in refusal.said("en")

    monkeypatch.setattr(migrate, "revision_hooks", [])
    open_database(path).close()  # the next start, without the fault, upgrades it
    assert schema.inspect_file(path).revision == schema.SCHEMA_HEAD


def test_a_failure_after_the_migration_committed_still_puts_the_file_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last revision leaves a stay pointing at nobody: the transaction commits, and
    only the foreign-key check afterwards finds it — the original must still come back."""
    path = earlier_database(START, tmp_path)
    before = _digest(path)

    def orphan(connection: Connection, revision: str) -> None:
        if revision == schema.SCHEMA_HEAD:
            connection.execute(text("UPDATE episode SET person_id = 999999 WHERE id = 1"))

    monkeypatch.setattr(migrate, "revision_hooks", [orphan])
    refusal = _refused(path)
    assert refusal.message.params["reason"].code == "platform.upgrade_broke_references"
    _left_as_it_was(path, before, refusal)


def test_an_encrypted_centre_is_put_back_too(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Centres are encrypted (SQLCipher): the backup is keyed like the file, and the file
    comes back as the same ciphertext."""
    plain = earlier_database(START, tmp_path)
    path, key = tmp_path / "encrypted.sqlite3", secrets.token_bytes(32)
    schema.export_encrypted(plain, path, key)
    before = _digest(path)

    def fail(_connection: Connection, revision: str) -> None:
        raise RuntimeError(f"forced failure at {revision}")

    monkeypatch.setattr(migrate, "revision_hooks", [fail])
    with pytest.raises(schema.DatabaseOpenError) as refused:
        open_database(path, key=key)
    assert _digest(path) == before
    backup = Path(refused.value.message.params["backup"])
    assert schema.integrity_problems(backup, key=key) == []
    assert schema.integrity_problems(backup) != []  # no key, no data
    monkeypatch.setattr(migrate, "revision_hooks", [])
    open_database(path, key=key).close()
    assert schema.inspect_file(path, key=key).revision == schema.SCHEMA_HEAD


def test_a_newer_database_is_still_refused_untouched(tmp_path: Path) -> None:
    path = earlier_database(START, tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = _digest(path)
    refusal = _refused(path)
    assert refusal.code == "platform.database_newer_schema"
    assert _digest(path) == before
    assert not list(tmp_path.glob("*.bak"))
