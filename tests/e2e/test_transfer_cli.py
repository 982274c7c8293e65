"""``rehabdesk import-transfer`` and ``import-template`` as a clerk runs them, in a
subprocess."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import shared_folder
from tests.e2e import cli_process

pytestmark = pytest.mark.slow  # each test runs the command line in child processes

CLERK = {"REHABDESK_USER": "sokha.chan", "REHABDESK_PASSWORD": "demo"}
"""A demo centre's clerk (README: every demo user's password is demo)."""
HEADER = ["khmer_name", "latin_name", "sex", "birth_date", "national_id", "origin_prison",
          "inmate_number", "province", "district", "commune", "village", "arrival_date",
          "Remarks"]


def rehabdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return cli_process.run(list(args), {**os.environ, **CLERK})


@pytest.fixture(scope="session")
def demo_centre(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once per session: a demo centre of 20 people made by ``rehabdesk demo``."""

    def build(folder: Path) -> None:
        made = rehabdesk("--db", str(folder / "centre.sqlite3"), "demo", "--persons", "20")
        assert made.returncode == 0, made.stderr

    return shared_folder(tmp_path_factory, "transfer-demo", build) / "centre.sqlite3"


@pytest.fixture
def centre(demo_centre: Path, tmp_path: Path) -> Path:
    """A copy of the demo centre for one test (the database with its key files)."""
    for made in demo_centre.parent.iterdir():
        if made.name.startswith(demo_centre.name) and not made.name.endswith((".lock", "-shm")):
            shutil.copyfile(made, tmp_path / made.name)
    return tmp_path / demo_centre.name


@pytest.fixture
def transfer_list(tmp_path: Path) -> Path:
    arrival = (dt.date.today() - dt.timedelta(days=1)).strftime("%d/%m/%Y")
    rows = [
        ["ម៉ៅ សុផល", "Mao Sophal", "M", "1991", "", "Prey Sar", "PS-70001", "Kandal", "", "",
         "", arrival, "ok"],
        ["", "Nhem Bopha", "ស្រី", "12/03/1995", "990011223", "Prey Sar", "PS-70002", "", "",
         "", "", arrival, ""],
        ["", "Yin Rithy", "?", "1988", "", "Prey Sar", "PS-70003", "", "", "", "", arrival,
         ""],
        ["", "Pov Vuthy", "M", "1990", "", "Prey Sar", "PS-70004", "", "", "", "",
         "ម្សិលមិញ", ""],
    ]
    path = tmp_path / "list.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def search_count(db: Path, text: str) -> int:
    result = rehabdesk("--db", str(db), "search", text, "--json")
    assert result.returncode == 0, result.stderr
    return len(result.stdout.splitlines())


def test_dry_run_then_import_then_the_same_list_again(centre: Path,
                                                      transfer_list: Path) -> None:
    dry = rehabdesk("--db", str(centre), "import-transfer", str(transfer_list), "--dry-run",
                    "--json")
    assert dry.returncode == 1, dry.stderr
    lines = [json.loads(line) for line in dry.stdout.splitlines()]
    assert [(r["row"], r["status"]) for r in lines] == [
        (2, "would_import"), (3, "would_import"), (4, "invalid"), (5, "invalid")]
    assert "sex" in lines[2]["reasons"][0]
    assert "Khmer text" in lines[3]["reasons"][0]
    assert "These columns are not read: Remarks." in dry.stderr
    assert search_count(centre, "PS-7000") == 0

    done = rehabdesk("--db", str(centre), "import-transfer", str(transfer_list), "--json")
    assert done.returncode == 1, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["status"] for r in lines] == ["imported", "imported", "invalid", "invalid"]
    assert all(r["case_number"].startswith("KPC-") for r in lines[:2])
    assert "case_number" not in lines[2]
    assert search_count(centre, "PS-7000") == 2

    again = rehabdesk("--db", str(centre), "import-transfer", str(transfer_list))
    assert again.returncode == 1
    text = again.stdout.splitlines()
    assert text[0].split()[:3] == ["row", "2", "duplicate"]
    assert lines[0]["case_number"] in text[0]
    assert "same inmate number PS-70001 at Prey Sar" in text[0]
    assert search_count(centre, "PS-7000") == 2


def test_a_clean_list_exits_zero(centre: Path, transfer_list: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean.csv"
    clean.write_text("\n".join(transfer_list.read_text("utf-8-sig").splitlines()[:3]),
                     encoding="utf-8")
    result = rehabdesk("--db", str(centre), "import-transfer", str(clean))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_a_file_level_error_is_one_sentence_and_writes_nothing(centre: Path,
                                                                tmp_path: Path) -> None:
    bad = tmp_path / "list.xlsx"
    bad.write_text("not a spreadsheet")
    result = rehabdesk("--db", str(centre), "import-transfer", str(bad))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "is not a spreadsheet" in result.stderr
    assert search_count(centre, "KPC") == 20


def test_the_template_is_written_once(tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    made = rehabdesk("import-template", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert out.exists() and out.stat().st_size > 0
    again = rehabdesk("import-template", "--out", str(out))
    assert again.returncode == 2 and "already exists" in again.stderr
