"""A few rounds of the export crash test (issue #16, "Done when"; 20 in `make bench`)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench import export_crash


@pytest.mark.slow
def test_a_killed_export_leaves_no_bad_bundle_and_no_changed_record(tmp_path: Path) -> None:
    prepared = export_crash.prepare(tmp_path / "prepared", persons=200)
    before = export_crash.records_digest(prepared)
    window = export_crash.timed_export(prepared, tmp_path / "work")
    rng = random.Random(5)
    for _ in range(3):
        run = export_crash.one_run(prepared, tmp_path / "work", window, before, rng)
        assert run.bad_files == [] and not run.records_changed
        assert run.intact and run.ledger_ok and run.again_ok
