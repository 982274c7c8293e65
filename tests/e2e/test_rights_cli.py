"""``rehabdesk report rights [--json]`` (issue #19, item 8) as a supervisor runs it, in a
subprocess, on a demo centre that has a few entries of every red list; a clerk is
refused with a sentence."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e import cli_process

pytestmark = pytest.mark.slow  # each test runs the command line in child processes

SUPERVISOR = {"REHABDESK_USER": "dara.heng", "REHABDESK_PASSWORD": "demo"}
KINDS = {"past_basis_end", "no_basis", "minor", "past_expected_release",
         "grievance_overdue", "no_visit"}


def rehabdesk(*args: str, user: str = "dara.heng") -> subprocess.CompletedProcess[str]:
    return cli_process.run(list(args), {**os.environ, **SUPERVISOR, "REHABDESK_USER": user})


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rights-cli") / "demo.sqlite3"
    result = rehabdesk("--db", str(path), "demo", "--persons", "600", user="admin")
    assert result.returncode == 0, result.stderr
    return path


def test_one_object_per_alert_with_exactly_the_keys(demo_db: Path) -> None:
    result = rehabdesk("--db", str(demo_db), "report", "rights", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(row) == {"kind", "case_number", "since", "days"} for row in rows)
    assert {row["kind"] for row in rows} == KINDS  # the demo has a few of each
    assert all(isinstance(row["days"], int) and row["days"] >= 0 for row in rows)
    stays = [row for row in rows if row["kind"] != "grievance_overdue"]
    assert all(row["case_number"].startswith("KPC-") for row in stays)


def test_the_text_report_words_each_list(demo_db: Path) -> None:
    result = rehabdesk("--db", str(demo_db), "report", "rights")
    assert result.returncode == 0, result.stderr
    assert "held past the end of their legal basis" in result.stdout
    assert "minors (under 18)" in result.stdout and "alerts (" in result.stdout


def test_a_clerk_is_refused(demo_db: Path) -> None:
    result = rehabdesk("--db", str(demo_db), "report", "rights", "--json", user="sokha.chan")
    assert result.returncode != 0 and result.stdout == ""
    assert "supervisor" in result.stderr
