"""``rehabdesk vocational report``, ``print pay-statement``, ``print certificate`` and
``certificate verify`` as an administrator runs them, in a subprocess (issue #14, item 9)."""

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
KEYS = {"workshop", "kind", "allocated", "hours", "earnings_riel", "certificates", "refusals",
        "limit_refusals"}
LAST_MONTH = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")


def rehabdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return cli_process.run(list(args), {**os.environ, **SIGNED_IN, **(env or {})})


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo centre big enough for months of registers and a few certificates."""
    path = tmp_path_factory.mktemp("vocational-cli") / "demo.sqlite3"
    result = rehabdesk("--db", str(path), "demo", "--persons", "600")
    assert result.returncode == 0, result.stderr
    return path


def _sql(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Reads (or, for a statement that changes rows, writes) the encrypted demo database
    directly, with the key admin's password unwraps: what someone editing the file by hand
    would do."""
    from rehabdesk.db.engine import connect_raw
    from rehabdesk.services.platform import encryption

    key = encryption.unlock(db, "admin", "demo", dt.datetime.now()).key
    connection = connect_raw(db, key=key)
    try:
        rows = list(connection.execute(sql, params))
        connection.commit()
        return rows
    finally:
        connection.close()


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _said(stored: object) -> str:
    from rehabdesk.services.platform.audit import summary_of

    return str(summary_of(str(stored)))


def test_the_monthly_report_has_one_line_per_workshop_with_exactly_the_keys(
        demo_db: Path) -> None:
    result = rehabdesk("--db", str(demo_db), "vocational", "report", "--month", LAST_MONTH,
                       "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) >= 6 and all(set(row) == KEYS for row in rows)
    assert {row["kind"] for row in rows} <= {"industrial", "agro_industrial", "service",
                                             "literacy"}
    assert sum(row["hours"] for row in rows) > 0 and sum(row["allocated"] for row in rows) > 0
    assert sum(row["earnings_riel"] for row in rows) > 0
    worked = _sql(demo_db, "SELECT round(sum(hours), 2) FROM work_entry WHERE pay_month = ?",
                  LAST_MONTH)[0][0]
    assert round(sum(row["hours"] for row in rows), 2) == worked
    table = rehabdesk("--db", str(demo_db), "vocational", "report", "--month", LAST_MONTH)
    assert table.returncode == 0 and table.stdout.startswith("Workshop")
    assert len(table.stdout.splitlines()) == len(rows) + 2


def test_a_mistyped_month_is_refused_in_the_reader_s_language(demo_db: Path) -> None:
    english = rehabdesk("--db", str(demo_db), "vocational", "report", "--month", "2026-13")
    assert english.returncode == 2 and "is not a month; write it as YYYY-MM" in english.stderr
    assert len(english.stderr.strip().splitlines()) == 1
    khmer = rehabdesk("--db", str(demo_db), "vocational", "report", "--month", "March",
                      env={"REHABDESK_LANG": "km"})
    assert khmer.returncode == 2 and "មិនមែនជាខែទេ" in khmer.stderr


def test_printing_a_pay_statement_for_a_case_and_month(demo_db: Path, tmp_path: Path) -> None:
    case, entries = _sql(
        demo_db, "SELECT e.case_number, count(*) FROM work_entry w JOIN episode e ON "
        "e.id = w.episode_id WHERE w.pay_month = ? GROUP BY e.id ORDER BY count(*) DESC "
        "LIMIT 1", LAST_MONTH)[0]
    out = tmp_path / "pay.pdf"
    made = rehabdesk("--db", str(demo_db), "print", "pay-statement", "--case", str(case),
                     "--month", LAST_MONTH, "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Wrote the pay statement of {case} for {LAST_MONTH}")
    text = _pdf_text(out)
    assert "Monthly pay statement" in text and str(case) in text and int(str(entries)) > 0
    assert "Savings balance after this month" in text
    printed = [_said(row[0]) for row in _sql(
        demo_db, "SELECT rd_unpack(summary) FROM audit_entry WHERE action = 'print'")]
    assert f"printed the pay statement of {case} for {LAST_MONTH}" in printed
    missing = rehabdesk("--db", str(demo_db), "print", "pay-statement", "--case", str(case),
                        "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and "needs --month YYYY-MM" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_certificate_prints_once_as_original_then_as_copies_and_verifies(
        demo_db: Path, tmp_path: Path) -> None:
    serial, digest = _sql(demo_db, "SELECT serial, digest FROM vocational_certificate WHERE "
                          "revoked_on IS NULL ORDER BY serial LIMIT 1")[0]
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    made = rehabdesk("--db", str(demo_db), "print", "certificate", "--serial", str(serial),
                     "--out", str(first))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Wrote certificate {serial} to")
    text = _pdf_text(first)
    assert "Certificate of vocational training" in text and str(serial) in text
    assert "copy" not in text.lower()
    again = rehabdesk("--db", str(demo_db), "print", "certificate", "--serial",
                      str(serial).lower(), "--out", str(second))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"Wrote a copy of certificate {serial}")
    assert "COPY 1" in _pdf_text(second) and "(copy 1)" in _pdf_text(second)
    assert _sql(demo_db, "SELECT reprints FROM vocational_certificate WHERE serial = ?",
                serial) == [(1,)]
    printed = [_said(row[0]) for row in _sql(
        demo_db, "SELECT rd_unpack(summary) FROM audit_entry WHERE action = 'print' "
        "AND entity_uid = (SELECT uid FROM vocational_certificate WHERE serial = ?)", serial)]
    assert len(printed) == 2 and any(f"printed certificate {serial}" in p for p in printed)

    genuine = rehabdesk("--db", str(demo_db), "certificate", "verify", str(serial))
    assert genuine.returncode == 0, genuine.stderr
    assert genuine.stdout.startswith(f"Certificate {serial} is genuine: issued on")
    scanned = rehabdesk("--db", str(demo_db), "certificate", "verify",
                        f"RDVOC1:{serial}:{digest}")
    assert scanned.returncode == 0 and "is genuine" in scanned.stdout
    forged = rehabdesk("--db", str(demo_db), "certificate", "verify",
                       f"RDVOC1:{serial}:{'0' * 16}")
    assert forged.returncode == 1 and "has been altered" in forged.stdout
    khmer = rehabdesk("--db", str(demo_db), "certificate", "verify", str(serial),
                      env={"REHABDESK_LANG": "km"})
    assert khmer.returncode == 0 and "ជាវិញ្ញាបនបត្រពិត" in khmer.stdout


def test_verify_tells_altered_revoked_and_unknown_and_such_papers_are_not_printed(
        demo_db: Path, tmp_path: Path) -> None:
    serial, hours = _sql(demo_db, "SELECT serial, hours FROM vocational_certificate WHERE "
                         "revoked_on IS NULL ORDER BY serial DESC LIMIT 1")[0]
    out = tmp_path / "c.pdf"
    _sql(demo_db, "UPDATE vocational_certificate SET hours = 900 WHERE serial = ?", serial)
    altered = rehabdesk("--db", str(demo_db), "certificate", "verify", str(serial))
    assert altered.returncode == 1 and f"Certificate {serial} has been altered" in \
        altered.stdout
    refused = rehabdesk("--db", str(demo_db), "print", "certificate", "--serial", str(serial),
                        "--out", str(out))
    assert refused.returncode == 2 and "no longer matches what was issued" in refused.stderr
    _sql(demo_db, "UPDATE vocational_certificate SET hours = ?, revoked_on = '2026-01-05', "
         "revoke_reason = 'issued to the wrong person' WHERE serial = ?", hours, serial)
    revoked = rehabdesk("--db", str(demo_db), "certificate", "verify", str(serial))
    assert revoked.returncode == 1
    assert (f"Certificate {serial} was revoked on 05 Jan 2026 (issued to the wrong person)"
            in revoked.stdout)
    refused = rehabdesk("--db", str(demo_db), "print", "certificate", "--serial", str(serial),
                        "--out", str(out))
    assert refused.returncode == 2 and "was revoked on 05 Jan 2026" in refused.stderr
    assert not out.exists()
    unknown = rehabdesk("--db", str(demo_db), "certificate", "verify", "KPC-VOC-1999-0042")
    assert unknown.returncode == 1 and "No certificate KPC-VOC-1999-0042 was issued here" in \
        unknown.stdout
    nonsense = rehabdesk("--db", str(demo_db), "certificate", "verify", "hello",
                         env={"REHABDESK_LANG": "km"})
    assert nonsense.returncode == 2 and "មិនមែនជាលេខវិញ្ញាបនបត្រ" in nonsense.stderr
    assert len(nonsense.stderr.strip().splitlines()) == 1
