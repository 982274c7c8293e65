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
