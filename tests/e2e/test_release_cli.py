"""``rehabdesk report follow-up``, ``report outcomes`` and ``print release|handover`` as
an administrator runs them, in a subprocess, on a demo centre with releases of every exit
reason and follow-up in every status (issue #15, item 8)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e import cli_process

pytestmark = pytest.mark.slow  # each test runs the command line in child processes

SIGNED_IN = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}
FOLLOW_UP_KEYS = {"case_number", "point_months", "due_on", "status", "attempts"}
MEASURES = {"reached", "reached_late", "lost", "not_applicable", "overdue", "open",
            "interviewed", "no_use", "working_or_studying", "rearrested", "readmitted"}
OF_REACHED = {"interviewed", "no_use", "working_or_studying", "rearrested", "readmitted"}


def rehabdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return cli_process.run(list(args), {**os.environ, **SIGNED_IN, **(env or {})})


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("release-cli") / "demo.sqlite3"
    result = rehabdesk("--db", str(path), "demo", "--persons", "600")
    assert result.returncode == 0, result.stderr
    return path


def _sql(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Reads the encrypted demo database directly, with the key admin's password unwraps."""
    from rehabdesk.db.engine import connect_raw
    from rehabdesk.services.platform import encryption

    key = encryption.unlock(db, "admin", "demo", dt.datetime.now()).key
    connection = connect_raw(db, key=key)
    try:
        return list(connection.execute(sql, params))
    finally:
        connection.close()


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _said(stored: object) -> str:
    from rehabdesk.services.platform.audit import summary_of

    return str(summary_of(str(stored)))


def _case(db: Path, reason: str) -> str:
    return str(_sql(db, "SELECT e.case_number FROM release r JOIN episode e ON e.id = "
                    "r.episode_id WHERE r.reason = ? ORDER BY r.id LIMIT 1", reason)[0][0])


def test_the_follow_up_report_has_one_line_per_point_with_exactly_the_keys(
        demo_db: Path) -> None:
    result = rehabdesk("--db", str(demo_db), "report", "follow-up", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(row) == FOLLOW_UP_KEYS for row in rows)
    assert {row["status"] for row in rows} <= {"due", "overdue", "lost"}
    assert {"due", "overdue"} <= {row["status"] for row in rows}
    for row in rows:  # each line is a point on record, its attempts counted
        found = _sql(demo_db, "SELECT p.due_on, (SELECT count(*) FROM contact_attempt a "
                     "WHERE a.point_id = p.id) FROM follow_up_point p JOIN release r ON "
                     "r.id = p.release_id JOIN episode e ON e.id = r.episode_id WHERE "
                     "e.case_number = ? AND p.months = ?", row["case_number"],
                     row["point_months"])
        assert found == [(row["due_on"], row["attempts"])], row
    assert len({(r["case_number"], r["point_months"]) for r in rows}) == len(rows)
    table = rehabdesk("--db", str(demo_db), "report", "follow-up")
    assert table.returncode == 0 and table.stdout.startswith("Case")
    assert len(table.stdout.splitlines()) == len(rows) + 2
    assert "overdue" in table.stdout and table.stdout.rstrip().endswith(".")


def test_the_follow_up_report_words_statuses_in_the_reader_s_language(demo_db: Path) -> None:
    """REHABDESK_LANG=km: the table words each status (and each date) in Khmer through
    the glossary; the JSON keeps the codes."""
    from rehabdesk.domain.glossary import word
    from rehabdesk.domain.khmer_dates import KHMER_MONTHS

    khmer = rehabdesk("--db", str(demo_db), "report", "follow-up",
                      env={"REHABDESK_LANG": "km"})
    assert khmer.returncode == 0, khmer.stderr
    lines = khmer.stdout.splitlines()[1:-1]
    assert lines and all(word("follow_up_status", "overdue", "km") in line
                         or word("follow_up_status", "due", "km") in line
                         or word("follow_up_status", "lost", "km") in line for line in lines)
    assert not any(f" {code} " in khmer.stdout for code in ("overdue", "due", "lost"))
    assert any(month in khmer.stdout for month in KHMER_MONTHS)  # dates in Khmer too
    codes = rehabdesk("--db", str(demo_db), "report", "follow-up", "--json",
                      env={"REHABDESK_LANG": "km"})
    assert {json.loads(line)["status"] for line in codes.stdout.splitlines()} <= {
        "due", "overdue", "lost"}


def test_the_outcomes_report_shows_denominators_and_marks_small_cells(demo_db: Path) -> None:
    month, released = _sql(demo_db, "SELECT substr(released_on, 1, 7) AS m, count(*) FROM "
                           "release GROUP BY m ORDER BY count(*) DESC, m LIMIT 1")[0]
    first_month = int(str(month)[5:7])
    quarter = f"{str(month)[:4]}-Q{(first_month - 1) // 3 + 1}"
    in_quarter = _sql(demo_db, "SELECT count(*) FROM release WHERE released_on BETWEEN ? "
                      "AND ?", f"{str(month)[:4]}-{(first_month - 1) // 3 * 3 + 1:02d}-01",
                      f"{str(month)[:4]}-{(first_month - 1) // 3 * 3 + 3:02d}-31")[0][0]
    for cohort, expected in ((str(month), released), (quarter.lower(), in_quarter)):
        result = rehabdesk("--db", str(demo_db), "report", "outcomes", "--cohort", cohort,
                           "--json")
        assert result.returncode == 0, result.stderr
        head, *points = [json.loads(line) for line in result.stdout.splitlines()]
        assert head["record"] == "cohort" and head["released"] == expected
        assert head["cohort"] == cohort.upper() and sum(head["by_reason"].values()) == expected
        assert [p["point_months"] for p in points] == [1, 3, 6, 12]
        for point in points:
            assert point["record"] == "point" and set(point) - {
                "record", "cohort", "point_months"} == MEASURES
            for measure in MEASURES:
                cell = point[measure]
                denominator = point["reached"]["count"] if measure in OF_REACHED \
                    else expected
                assert cell["denominator"] == denominator, (measure, cell)
                assert cell["small"] == (0 < cell["count"] < 5)
            closed = sum(point[m]["count"] for m in ("reached", "lost", "not_applicable",
                                                     "overdue", "open"))
            assert closed == expected  # every released person is in one status
    table = rehabdesk("--db", str(demo_db), "report", "outcomes", "--cohort", quarter)
    assert table.returncode == 0, table.stderr
    assert table.stdout.startswith(f"Release cohort {quarter}")
    assert f"{in_quarter} released." in table.stdout and "/" in table.stdout
    assert "* fewer than 5 people" in table.stdout


def test_a_mistyped_cohort_is_refused_in_the_reader_s_language(demo_db: Path) -> None:
    english = rehabdesk("--db", str(demo_db), "report", "outcomes", "--cohort", "2026-Q5")
    assert english.returncode == 2
    assert "is not a cohort: write a month as 2026-03 or a quarter as 2026-Q1" in \
        english.stderr
    assert len(english.stderr.strip().splitlines()) == 1
    khmer = rehabdesk("--db", str(demo_db), "report", "outcomes", "--cohort", "March",
                      env={"REHABDESK_LANG": "km"})
    assert khmer.returncode == 2 and "មិនមែនជាក្រុមដោះលែងទេ" in khmer.stderr


def test_printing_the_release_certificate_and_the_hand_over_sheet(
        demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(demo_db, "completed")
    monkeypatch.chdir(tmp_path)  # without --out the file is named after the document
    made = rehabdesk("--db", str(demo_db), "print", "release", "--case", case.lower())
    assert made.returncode == 0, made.stderr
    out = tmp_path / f"release-{case}.pdf"
    assert made.stdout.startswith(f"Wrote the release certificate of {case} to {out.name}")
    text = _pdf_text(out)
    assert "Release certificate" in text and case in text
    assert "completed the programme" in text and "Director of the centre" in text
    sheet = tmp_path / "sheet.pdf"
    made = rehabdesk("--db", str(demo_db), "print", "handover", "--case", case,
                     "--out", str(sheet))
    assert made.returncode == 0, made.stderr
    assert "Hand-over sheet: belongings and savings" in _pdf_text(sheet)
    printed = [_said(row[0]) for row in _sql(
        demo_db, "SELECT rd_unpack(summary) FROM audit_entry WHERE action = 'print'")]
    assert f"printed the release certificate for {case}" in printed
    assert f"printed the hand-over sheet (belongings and savings) for {case}" in printed


def test_no_certificate_before_a_release_nor_for_a_death_in_the_reader_s_language(
        demo_db: Path, tmp_path: Path) -> None:
    here = str(_sql(demo_db, "SELECT case_number FROM episode WHERE closed_on IS NULL "
                    "ORDER BY id LIMIT 1")[0][0])
    out = tmp_path / "r.pdf"
    refused = rehabdesk("--db", str(demo_db), "print", "release", "--case", here,
                        "--out", str(out))
    assert refused.returncode == 2
    assert f"{here} has not been released; its release papers print once" in refused.stderr
    khmer = rehabdesk("--db", str(demo_db), "print", "release", "--case", here,
                      "--out", str(out), env={"REHABDESK_LANG": "km"})
    assert khmer.returncode == 2 and "មិនទាន់ត្រូវបានដោះលែង" in khmer.stderr
    died = _case(demo_db, "died")
    refused = rehabdesk("--db", str(demo_db), "print", "release", "--case", died,
                        "--out", str(out))
    assert refused.returncode == 2 and "\u201cdied\u201d: nobody was released" in \
        refused.stderr
    assert not out.exists()
    sheet = rehabdesk("--db", str(demo_db), "print", "handover", "--case", died,
                      "--out", str(out))
    assert sheet.returncode == 0, sheet.stderr  # the family receives the belongings
    missing = rehabdesk("--db", str(demo_db), "print", "release", "--out", str(out))
    assert missing.returncode == 2 and "--case" in missing.stderr
