"""Full and read-only disks (issue #23, item 13), on real small file systems: a 4 MB
tmpfs filled to the brim, and one remounted read-only. Each command gives one sentence
and its own exit code (``cli.exit_codes``); nothing saved changes; no half backup is
listed; a reader still reads."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import random
import shutil
import string
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabdesk.cli.exit_codes import ExitCode
from tests.e2e import cli_process
from tests.e2e.test_transfer_cli import HEADER, demo_centre  # noqa: F401  (a fixture)

pytestmark = pytest.mark.slow  # each test runs the command line in child processes

ADMIN = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}
CLERK = {"REHABDESK_USER": "sokha.chan", "REHABDESK_PASSWORD": "demo"}


def rehabdesk(db: Path, *args: str, who: dict[str, str] = ADMIN
              ) -> subprocess.CompletedProcess[str]:
    backups = str(db.parent / "backups")
    return cli_process.run(["--db", str(db), *args],
                           {**os.environ, **who, "REHABDESK_BACKUP_DIR": backups})


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, text=True)


@contextlib.contextmanager
def small_disk(folder: Path, megabytes: int = 4) -> Iterator[Path]:
    """A tmpfs of ``megabytes`` at ``folder``: the real ENOSPC and EROFS, not a mock.
    Mounting needs root (CI runs as root)."""
    folder.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(folder))
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"mounting a small tmpfs needs root: {error}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave_kb: int = 0) -> None:
    """Fills the file system at ``folder`` up to ``leave_kb`` free kilobytes."""
    free = shutil.disk_usage(folder).free - leave_kb * 1024
    with (folder / "filler").open("wb") as handle, contextlib.suppress(OSError):  # ENOSPC
        while free > 0:
            free -= handle.write(b"\0" * min(free, 1 << 20))


@pytest.fixture
def centre_on_small_disk(demo_centre: Path, tmp_path: Path  # noqa: F811
                         ) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as disk:
        for made in demo_centre.parent.iterdir():
            if made.name.startswith(demo_centre.name) and not made.name.endswith(
                    (".lock", "-shm")):
                shutil.copyfile(made, disk / made.name)
        yield disk / demo_centre.name


def _people(db: Path) -> int:
    found = rehabdesk(db, "search", "a", "--json", "--limit", "100000")
    assert found.returncode == ExitCode.OK, found.stderr
    return len(found.stdout.splitlines())


def _transfer_list(path: Path, rows: int) -> Path:
    """``rows`` people whose names are random letters, so no two look alike."""
    arrival = (dt.date.today() - dt.timedelta(days=1)).strftime("%d/%m/%Y")
    letters = random.Random(rows)

    def word() -> str:
        return "".join(letters.choice(string.ascii_lowercase) for _ in range(8)).title()

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for n in range(rows):
            writer.writerow(["", f"{word()} {word()}", "M", str(1970 + n % 30), "",
                             "Prey Sar", f"PS-{90000 + n}", "", "", "", "", arrival, ""])
    return path


def _one_sentence(result: subprocess.CompletedProcess[str], code: ExitCode, text: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert text in result.stderr
    assert "Traceback" not in result.stderr


def test_a_full_disk_during_an_import_changes_nothing_and_says_so(
        centre_on_small_disk: Path, tmp_path: Path) -> None:
    db = centre_on_small_disk
    before = _people(db)
    listing = _transfer_list(tmp_path / "list.csv", 3000)
    _fill(db.parent, leave_kb=300)
    result = rehabdesk(db, "import-transfer", str(listing), who=CLERK)
    _one_sentence(result, ExitCode.STORAGE, "is full, so nothing was saved")
    (db.parent / "filler").unlink()
    assert _people(db) == before


def test_a_full_disk_during_a_backup_leaves_no_backup_to_list(
        centre_on_small_disk: Path) -> None:
    db = centre_on_small_disk
    _fill(db.parent, leave_kb=600)  # room for the sign-in, not for a copy of the file
    result = rehabdesk(db, "db", "backup")
    _one_sentence(result, ExitCode.STORAGE, "is full, so nothing was saved")
    (db.parent / "filler").unlink()
    listed = rehabdesk(db, "db", "backups")
    assert listed.returncode == ExitCode.OK, listed.stderr
    assert listed.stdout.startswith("No backups in"), listed.stdout
    assert not list((db.parent / "backups").iterdir())


def test_a_reader_still_reads_from_a_full_disk(centre_on_small_disk: Path) -> None:
    db = centre_on_small_disk
    before = _people(db)
    _fill(db.parent)
    assert _people(db) == before
    assert rehabdesk(db, "audit", "verify").returncode == ExitCode.OK
    wrong = rehabdesk(db, "search", "a", who={**ADMIN, "REHABDESK_PASSWORD": "wrong"})
    _one_sentence(wrong, ExitCode.STORAGE, "is full")


def test_read_only_media_open_for_reading_and_refuse_writing(
        centre_on_small_disk: Path) -> None:
    db = centre_on_small_disk
    before = _people(db)
    _mount("-o", "remount,ro", str(db.parent))
    assert _people(db) == before
    for command in (["db", "check"], ["audit", "verify"]):
        result = rehabdesk(db, *command)
        assert result.returncode == ExitCode.OK, result.stderr
    _one_sentence(rehabdesk(db, "db", "backup"), ExitCode.STORAGE, "cannot be written")


def test_a_database_held_by_another_writer_exits_busy(centre_on_small_disk: Path) -> None:
    from rehabdesk.db.writer_lock import WriterLock

    db = centre_on_small_disk
    held = WriterLock(db, "RehabDesk")
    held.acquire()
    try:
        result = rehabdesk(db, "import-transfer", str(_transfer_list(db.parent / "l.csv", 1)),
                           who=CLERK)
    finally:
        held.release()
    _one_sentence(result, ExitCode.BUSY, "open for writing by")


def test_the_desktop_start_on_read_only_media_gets_a_sentence(
        centre_on_small_disk: Path) -> None:
    """The desktop application opens its database for writing: on read-only media that
    is refused with the sentence the start-up shows, never a traceback."""
    from rehabdesk.domain.errors import StorageError
    from rehabdesk.services.platform import encryption
    from rehabdesk.services.platform.database import open_database
    from rehabdesk.services.platform.sign_in import open_signed_in

    db = centre_on_small_disk
    _mount("-o", "remount,ro", str(db.parent))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert encryption.is_encrypted(db)
    with pytest.raises(StorageError, match="cannot be written"):
        open_signed_in(db, "admin", "demo", now)
    with pytest.raises(StorageError, match="cannot be written"):
        open_database(db, create=False, key=encryption.unlock(db, "admin", "demo", now).key)
