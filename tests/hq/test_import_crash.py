"""A few rounds of the import crash test on both engines (issue #17, "Done when", item 3;
20 with ``python -m bench.hq_import_crash``): killed with SIGKILL, each bundle is wholly
in the ledger and the store or not at all, and importing again finishes the job."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest

from bench import hq_import_crash


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_killed_import_leaves_each_bundle_whole_or_absent(
        engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if engine == "postgresql":
        new_location = hq_import_crash.postgres_locations(
            request.getfixturevalue("postgres_uri"), f"crash_{uuid.uuid4().hex[:8]}")
    else:
        new_location = hq_import_crash.sqlite_locations(tmp_path)
    prepared = hq_import_crash.prepare(tmp_path / "centres", new_location, persons=150)
    window, full = hq_import_crash.timed_import(prepared, new_location)
    rng = random.Random(5)
    for _ in range(3):
        run = hq_import_crash.one_run(prepared, new_location, window, full, rng)
        assert run.whole and run.finished, run
