"""``rehabdesk report court-waiting`` and ``print court-letter`` (issue #25, item 6) as an
administrator runs them, in a subprocess, on the demo centre with its letters and
answers."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e import cli_process

pytestmark = pytest.mark.slow  # each test runs the command line in child processes

SIGNED_IN = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}
KEYS = {"court", "case_number", "verdict_status", "days_waited", "letters_sent",
        "last_answer"}


def rehabdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return cli_process.run(list(args), {**os.environ, **SIGNED_IN})


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("court-cli") / "demo.sqlite3"
    result = rehabdesk("--db", str(path), "demo", "--persons", "400")
    assert result.returncode == 0, result.stderr
    return path


def test_court_waiting_json_has_one_object_per_person(demo_db: Path) -> None:
    every = rehabdesk("--db", str(demo_db), "report", "court-waiting", "--json")
    assert every.returncode == 0, every.stderr
    rows = [json.loads(line) for line in every.stdout.splitlines()]
    assert rows and all(set(row) == KEYS for row in rows)
    assert any(row["letters_sent"] for row in rows)
    assert {row["last_answer"] for row in rows} > {None}
    one = rehabdesk("--db", str(demo_db), "report", "court-waiting", "--court", "fi-03",
                    "--json")
    mine = [json.loads(line) for line in one.stdout.splitlines()]
    assert mine == [row for row in rows if row["court"] == "FI-03"]
    days = [row["days_waited"] for row in mine]
    assert days == sorted(days, reverse=True)  # longest wait first


def test_print_court_letter(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = rehabdesk("--db", str(demo_db), "print", "court-letter", "--court", "FI-03",
                       "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    nobody = rehabdesk("--db", str(demo_db), "print", "court-letter", "--court", "SUPREME",
                       "--out", str(tmp_path / "none.pdf"))
    assert nobody.returncode != 0 and "Nobody at the centre waits" in nobody.stderr
    assert not (tmp_path / "none.pdf").exists()
    unknown = rehabdesk("--db", str(demo_db), "report", "court-waiting", "--court", "XX")
    assert unknown.returncode != 0 and "no court with the code" in unknown.stderr
