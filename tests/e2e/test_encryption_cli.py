"""Encryption from the command line, in a subprocess: `db encrypt` migrates a plain
database, `db recover` uses the recovery key, `db recovery-sheet` prints a new one."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehabdesk.demo import centre as demo
from tests.conftest import TODAY, copy_template, make_template, shared_folder
from tests.e2e import cli_process

pytestmark = pytest.mark.slow  # each test runs the command line in child processes

ADMIN = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}


def rehabdesk(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return cli_process.run(
        ["--db", str(db), *args],
        {**os.environ, "REHABDESK_BACKUP_DIR": str(db.parent / "backups"), **ADMIN, **env},
    )


@pytest.fixture(scope="session")
def plain_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once per session: a plain demo centre, as every database was before encryption."""
    return shared_folder(tmp_path_factory, "plain-demo", lambda folder: make_template(
        folder / "centre.sqlite3", lambda uow: demo.generate(uow, 40, today=TODAY)),
    ) / "centre.sqlite3"


@pytest.fixture
def plain_db(plain_template: Path, tmp_path: Path) -> Path:
    """A plain demo centre of its own for each test."""
    return copy_template(plain_template, tmp_path / "centre.sqlite3")


def _a_name(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        name = connection.execute("SELECT latin_name FROM person LIMIT 1").fetchone()[0]
    connection.close()
    return str(name)


def test_db_encrypt_migrates_a_plain_database_and_its_backups(plain_db: Path) -> None:
    name = _a_name(plain_db)
    assert rehabdesk(plain_db, "db", "backup").returncode == 0
    done = rehabdesk(plain_db, "db", "encrypt")
    assert done.returncode == 0, done.stderr
    users = len(demo.DEMO_USERS)
    assert f"now encrypted; {users} users keep their passwords, 1 backups" in done.stdout
    assert re.search(r"Recovery key \(shown only now\): ([A-Z2-7]{4}-){11}[A-Z2-7]{4}",
                     done.stdout)
    assert [p.name for p in plain_db.parent.glob("*.plain-*")] == []
    backups = list((plain_db.parent / "backups").glob("centre-*.sqlite3"))
    for path in (plain_db, *backups):
        assert name.encode() not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(plain_db).execute("SELECT * FROM person").fetchall()
    clerk = rehabdesk(plain_db, "search", name, "--json", REHABDESK_USER="sokha.chan")
    assert clerk.returncode == 0 and name in clerk.stdout  # the clerk kept their password
    assert "integrity ok" in rehabdesk(plain_db, "db", "check").stdout
    listed = rehabdesk(plain_db, "db", "backups")
    assert "verified" in listed.stdout
    again = rehabdesk(plain_db, "db", "encrypt")
    assert again.returncode == 2 and "already encrypted" in again.stderr


def test_keep_plain_keeps_the_plain_file_aside(plain_db: Path) -> None:
    done = rehabdesk(plain_db, "db", "encrypt", "--keep-plain")
    assert done.returncode == 0, done.stderr
    kept = list(plain_db.parent.glob("centre.sqlite3.plain-*"))
    assert len(kept) == 1 and f"kept as {kept[0]}" in done.stdout
    assert kept[0].read_bytes().startswith(b"SQLite format 3\x00")


def test_the_recovery_key_and_a_new_recovery_sheet(plain_db: Path, tmp_path: Path) -> None:
    done = rehabdesk(plain_db, "db", "encrypt")
    key = done.stdout.split("(shown only now): ")[1].split()[0]
    for _ in range(5):
        rehabdesk(plain_db, "search", "x", REHABDESK_PASSWORD="forgotten")
    locked = rehabdesk(plain_db, "search", "x")
    assert locked.returncode == 2 and "locked" in locked.stderr
    wrong = rehabdesk(plain_db, "db", "recover", "--user", "admin",
                      REHABDESK_RECOVERY_KEY="A" * 48, REHABDESK_PASSWORD="back in again")
    assert wrong.returncode == 2 and "not this centre's recovery key" in wrong.stderr
    recovered = rehabdesk(plain_db, "db", "recover", "--user", "admin",
                          REHABDESK_RECOVERY_KEY=key, REHABDESK_PASSWORD="back in again")
    assert recovered.returncode == 0, recovered.stderr
    assert rehabdesk(plain_db, "search", "x", REHABDESK_PASSWORD="back in again").returncode == 0

    sheet = tmp_path / "sheet.pdf"
    made = rehabdesk(plain_db, "db", "recovery-sheet", "--out", str(sheet),
                     REHABDESK_PASSWORD="back in again")
    assert made.returncode == 0, made.stderr
    assert sheet.read_bytes().startswith(b"%PDF")
    printed = " ".join((page.extract_text() or "") for page in PdfReader(sheet).pages)
    verified = rehabdesk(plain_db, "audit", "verify", REHABDESK_PASSWORD="back in again")
    newest = re.search(r"Newest entry: #(\d+), hash (\w{16})", verified.stdout)
    assert newest is not None, verified.stdout
    # The sheet's audit head is the log's newest entry when it was printed (issue #23,
    # item 10): the one just before the entry that records the printing itself.
    assert re.search(rf"newest #{int(newest[1]) - 1} with hash \w{{16}}", printed), printed
    old = rehabdesk(plain_db, "db", "recover", "--user", "admin", REHABDESK_RECOVERY_KEY=key,
                    REHABDESK_PASSWORD="back in again")
    assert old.returncode == 2 and "not this centre's recovery key" in old.stderr


def test_centre_init_makes_an_encrypted_database(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    sheet = tmp_path / "sheet.pdf"
    made = rehabdesk(db, "centre", "init", "--code", "btb", "--name-en", "Battambang Centre",
                     "--name-km", "មជ្ឈមណ្ឌលបាត់ដំបង", "--admin-user", "vanna",
                     "--admin-name", "Vanna Ouk", "--recovery-sheet", str(sheet),
                     REHABDESK_USER="vanna", REHABDESK_PASSWORD="river mekong")
    assert made.returncode == 0, made.stderr
    assert "encrypted. Recovery key" in made.stdout and sheet.exists()
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert (tmp_path / "new.sqlite3.keys").exists()
