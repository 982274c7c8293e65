"""A few rounds of the crash test (the full 50 run in `python -m bench.crash`)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench.crash import one_run, prepare


@pytest.mark.slow
def test_killed_writers_lose_no_committed_transaction(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    prepare(path)
    rng = random.Random(7)
    results = [one_run(path, run, rng) for run in range(4)]
    assert sum(r.reported for r in results) > 0
    for result in results:
        assert result.missing == []
        assert result.integrity_ok and result.chain_ok


@pytest.mark.slow
def test_a_killed_encryption_is_finished_or_rolled_back_without_plaintext(
        tmp_path: Path) -> None:
    """A few rounds of `bench.encrypt_crash` (issue #23, item 12; 20 in `make bench`)."""
    from bench import encrypt_crash

    prepared, names = encrypt_crash.prepare(tmp_path / "prepared")
    window = encrypt_crash.timed_encrypt(prepared, tmp_path / "work")
    rng = random.Random(3)
    for _ in range(3):
        run = encrypt_crash.one_run(prepared, tmp_path / "work", window, names, rng)
        assert run.encrypted and run.persons == encrypt_crash.PERSONS
        assert run.plaintext == []
