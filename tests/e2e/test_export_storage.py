"""Bad drives for the export (issue #16, "Done when": a full or read-only drive), on a
real small tmpfs as the storage-fault tests use: one sentence, the disk-full exit code,
no file under a bundle's name, nothing changed at the centre."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from rehabdesk.cli.exit_codes import ExitCode
from tests.e2e.test_storage_faults_cli import _fill, _mount, _one_sentence, rehabdesk, small_disk
from tests.e2e.test_transfer_cli import centre, demo_centre  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow


def _export(db: Path, drive: Path) -> subprocess.CompletedProcess[str]:
    return rehabdesk(db, "export", "bundle", "--out", str(drive), "--json")


def test_a_full_or_read_only_drive_gets_a_sentence_and_changes_nothing(
        centre: Path, tmp_path: Path) -> None:  # noqa: F811
    with small_disk(tmp_path / "stick", megabytes=1) as stick:
        _fill(stick, leave_kb=16)
        full = _export(centre, stick)
        _one_sentence(full, ExitCode.STORAGE, "is full")
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]
        (stick / "filler").unlink()
        _mount("-o", "remount,ro", str(stick))
        read_only = _export(centre, stick)
        _one_sentence(read_only, ExitCode.STORAGE, "cannot be written")
        assert list(stick.iterdir()) == []
    made = _export(centre, tmp_path)  # nothing was recorded: the next bundle is the first
    assert made.returncode == ExitCode.OK, made.stderr
    assert '"sequence": 1' in made.stdout
