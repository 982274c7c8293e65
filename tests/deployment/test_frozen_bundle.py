"""The bundle a centre installs proves itself (issue #20, Done when): the Linux
PyInstaller bundle, built from this tree (cached by its sources, ``tests/deployment/
frozen.py``), runs ``rehabdesk self-test`` and every step passes."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from rehabdesk import __version__
from rehabdesk.db.schema import SCHEMA_HEAD
from tests.deployment import frozen

STEPS = ("open a scratch centre", "run the database migrations", "register a person",
         "search in Khmer and Latin letters", "print an intake form",
         "make and verify a backup", "make and verify an export bundle")


@pytest.mark.slow
def test_the_frozen_bundle_passes_its_self_test(tmp_path: Path) -> None:
    bundle = frozen.bundle()
    env = {**os.environ, "REHABDESK_LANG": "en", "REHABDESK_DB": str(tmp_path / "none.sqlite3"),
           "TMPDIR": str(tmp_path), "PYTHONPATH": ""}
    done = subprocess.run([str(bundle / "rehabdesk"), "self-test"], env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[:-1] == [f"ok: {step}" for step in STEPS]
    assert lines[-1] == (f"Self-test passed: RehabDesk {__version__} (schema {SCHEMA_HEAD}) "
                         "works on this computer.")
    assert not (tmp_path / "none.sqlite3").exists()  # the centre's own file is not touched
    assert [p.name for p in tmp_path.iterdir()] == []  # the scratch centre is gone
    version = subprocess.run([str(bundle / "rehabdesk"), "--version"], env=env,
                             capture_output=True, text=True, timeout=60, check=True)
    assert re.fullmatch(rf"rehabdesk {re.escape(__version__)} \(schema {SCHEMA_HEAD}, "
                        r"built \d{4}-\d\d-\d\d\)\n", version.stdout)


def test_the_cache_key_follows_the_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    """Same tree, same key (a warm run builds nothing); any input file changed, a new key."""
    for name in (*frozen.INPUTS, *frozen.INPUT_FILES):
        source = frozen.ROOT / name
        if source.is_dir():
            (tmp_path / name).mkdir()
            (tmp_path / name / "a.py").write_text("x = 1\n")
        else:
            (tmp_path / name).write_text("pinned==1\n")
    monkeypatch.setattr(frozen, "ROOT", tmp_path)
    first = frozen.source_key()
    assert frozen.source_key() == first
    (tmp_path / "migrations" / "__pycache__").mkdir()
    (tmp_path / "migrations" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    assert frozen.source_key() == first
    (tmp_path / "requirements.lock").write_text("pinned==2\n")
    assert frozen.source_key() != first
