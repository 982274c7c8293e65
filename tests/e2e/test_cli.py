"""The ``rehabdesk`` command as an administrator runs it, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e import cli_process

pytestmark = pytest.mark.slow  # each test runs the command line in child processes

SIGNED_IN = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}
"""The demo centre's administrator (README: user admin, password demo)."""


def rehabdesk(*args: str, env: dict[str, str] | None = None,
              fresh: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -m rehabdesk *args`` in a child process (``fresh``: a new interpreter)."""
    return cli_process.run(list(args), {**SIGNED_IN, **(env or os.environ)}, fresh=fresh)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = rehabdesk("--db", str(path), "demo", "--persons", "150")
    assert result.returncode == 0, result.stderr
    assert "150 people" in result.stdout
    return path


def test_search_prints_json_lines(demo_db: Path) -> None:
    result = rehabdesk("--db", str(demo_db), "search", "KPC-20", "--json", "--limit", "5")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert set(records[0]) >= {"case_number", "khmer_name", "latin_name", "birth_year"}


def test_search_text_output_says_how_many_more(demo_db: Path) -> None:
    result = rehabdesk("--db", str(demo_db), "search", "KPC", "--limit", "3")
    assert len(result.stdout.splitlines()) == 4
    assert "more match; narrow the search" in result.stdout


def test_a_reader_that_stops_early_is_not_an_error(demo_db: Path) -> None:
    """``rehabdesk search … | head -1``: the pipe closes after one line (issue #22)."""
    command = [sys.executable, "-m", "rehabdesk", "--db", str(demo_db), "search", "KPC",
               "--limit", "150"]
    writer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, env={**os.environ, **SIGNED_IN})
    assert writer.stdout is not None and writer.stderr is not None
    writer.stdout.readline()
    writer.stdout.close()  # what head does after its line
    errors = writer.stderr.read().decode()
    assert writer.wait(timeout=120) == 0
    assert "Traceback" not in errors and "BrokenPipe" not in errors


@pytest.mark.parametrize("text", ['"', "NEAR(", "🙂", "x" * 10_000, "' OR 1=1 --"])
def test_search_never_errors(demo_db: Path, text: str) -> None:
    result = rehabdesk("--db", str(demo_db), "search", text, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_db_check_backup_and_upgrade(demo_db: Path, tmp_path: Path) -> None:
    assert "integrity ok" in rehabdesk("--db", str(demo_db), "db", "check").stdout
    assert "already at schema" in rehabdesk("--db", str(demo_db), "db", "upgrade").stdout
    copy = tmp_path / "copy.sqlite3"
    assert rehabdesk("--db", str(demo_db), "db", "backup", str(copy)).returncode == 0
    searched = rehabdesk("--db", str(copy), "search", "KPC", "--json", "--limit", "1000")
    assert len(searched.stdout.splitlines()) == 150
    again = rehabdesk("--db", str(demo_db), "db", "backup", str(copy))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_demo_refuses_a_database_with_records(demo_db: Path) -> None:
    result = rehabdesk("--db", str(demo_db), "demo", "--persons", "5")
    assert result.returncode == 2
    assert "already has records" in result.stderr


def test_a_bad_database_file_gets_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    result = rehabdesk("--db", str(bad), "search", "sok", fresh=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a RehabDesk database" in result.stderr
    assert bad.read_text() == "not a database"


def test_without_a_display_the_gui_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = rehabdesk("--db", str(tmp_path / "x.sqlite3"), env=env, fresh=True)
    assert result.returncode == 1
    assert "needs a desktop session" in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()


def test_importing_services_and_cli_does_not_load_qt() -> None:
    """ARCHITECTURE.md: the core and the command line know nothing of the UI."""
    code = (
        "import importlib, pkgutil, sys, rehabdesk.services, rehabdesk.cli\n"
        "for package in (rehabdesk.services, rehabdesk.cli):\n"
        "    for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(module.name)\n"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_the_gui_entry_path_does_not_import_the_database_layer() -> None:
    """The window must not wait for SQLAlchemy (issue #2 start-up target): parsing the
    command line and importing the main window stay free of it."""
    code = ("import sys; from rehabdesk.cli.main import parse; parse(['--db', 'x']); "
            "import rehabdesk.app, rehabdesk.ui.shell.main_window; "
            "print('sqlalchemy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_a_new_database_gets_its_centre_and_first_administrator_once(tmp_path: Path) -> None:
    db = str(tmp_path / "new.sqlite3")
    env = {**os.environ, "REHABDESK_USER": "vanna", "REHABDESK_PASSWORD": "river mekong"}
    init = ("centre", "init", "--code", "btb", "--name-en", "Battambang Centre", "--name-km",
            "មជ្ឈមណ្ឌលបាត់ដំបង", "--province", "02", "--capacity", "300")
    nobody = rehabdesk("--db", db, *init, env=env)
    assert nobody.returncode == 2 and "first administrator" in nobody.stderr
    made = rehabdesk("--db", db, *init, "--admin-user", "vanna", "--admin-name", "Vanna Ouk",
                     env=env)
    assert made.returncode == 0, made.stderr
    assert "Centre BTB" in made.stdout
    assert rehabdesk("--db", db, "search", "x", env=env).returncode == 0
    again = rehabdesk("--db", db, *init, env=env)
    assert again.returncode == 2 and "already has its centre" in again.stderr


def test_commands_refuse_without_a_valid_sign_in(demo_db: Path) -> None:
    nobody = rehabdesk("--db", str(demo_db), "search", "sok",
                       env={k: v for k, v in os.environ.items() if k != "REHABDESK_USER"}
                       | {"REHABDESK_USER": ""})
    assert nobody.returncode == 2 and "--user" in nobody.stderr
    wrong = rehabdesk("--db", str(demo_db), "--user", "admin", "search", "sok",
                      env={**os.environ, "REHABDESK_PASSWORD": "guess"})
    assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
    clerk = rehabdesk("--db", str(demo_db), "--user", "sokha.chan", "db", "backups")
    assert clerk.returncode == 2 and "clerk, you may not back up or restore" in clerk.stderr
    auditor_view = rehabdesk("--db", str(demo_db), "--user", "sokha.chan", "audit", "verify")
    assert auditor_view.returncode == 2 and "only these roles may: administrator, auditor" in \
        auditor_view.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--code", "K1"], "2 to 8 letters"),
    (["--code", "KPC", "--province", "99"], "not a province code"),
    (["--code", "KPC", "--capacity", "-5"], "cannot be negative"),
])
def test_centre_init_refuses_bad_values(tmp_path: Path, args: list[str], message: str) -> None:
    result = rehabdesk("--db", str(tmp_path / "c.sqlite3"), "centre", "init", "--name-en", "C",
                       "--name-km", "ម", "--admin-user", "vanna", "--admin-name", "Vanna",
                       *args, env={**os.environ, "REHABDESK_PASSWORD": "river mekong"})
    assert result.returncode == 2 and message in result.stderr


def test_backup_list_and_restore_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "centre.sqlite3"
    env = {**os.environ, "REHABDESK_BACKUP_DIR": str(tmp_path / "backups")}
    assert rehabdesk("--db", str(db), "demo", "--persons", "30", env=env).returncode == 0
    made = rehabdesk("--db", str(db), "db", "backup", env=env)
    assert made.returncode == 0 and "(verified)" in made.stdout
    listed = rehabdesk("--db", str(db), "db", "backups", env=env)
    assert "verified" in listed.stdout and "manual" in listed.stdout
    copy = next((tmp_path / "backups").glob("centre-*.sqlite3"))

    clerk = rehabdesk("--db", str(db), "--user", "sokha.chan", "db", "restore", str(copy),
                      env=env)
    assert clerk.returncode == 2 and "clerk, you may not back up or restore" in clerk.stderr
    unconfirmed = rehabdesk("--db", str(db), "db", "restore", str(copy), env=env)
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    restored = rehabdesk("--db", str(db), "db", "restore", str(copy), "--yes", env=env)
    assert restored.returncode == 0 and "replaced file is kept" in restored.stdout
    [aside] = tmp_path.glob("centre.sqlite3.replaced-*")
    assert [(who, _said(what)) for who, what in _query(
        db, "SELECT actor_name, rd_unpack(summary) FROM audit_entry "
            "WHERE action = 'restore'")] \
        == [("Administrator", f"restored the database from the backup {copy.name}; the "
                              f"replaced database is kept as {aside.name}")]


def test_a_backup_beside_the_running_application_is_audited_by_it(tmp_path: Path) -> None:
    """``db backup`` while RehabDesk holds the database: the copy is made, and the entry
    waits for RehabDesk's next sign-in (or backup) to write it."""
    import datetime as dt

    from rehabdesk.services.platform import audit
    from rehabdesk.services.platform.sign_in import open_signed_in

    db = tmp_path / "centre.sqlite3"
    env = {**os.environ, "REHABDESK_BACKUP_DIR": str(tmp_path / "backups")}
    assert rehabdesk("--db", str(db), "demo", "--persons", "5", env=env).returncode == 0
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    application = open_signed_in(db, "admin", "demo", now).database
    assert application is not None
    try:
        made = rehabdesk("--db", str(db), "db", "backup", env=env)
    finally:
        application.close()
    assert made.returncode == 0 and "(verified)" in made.stdout, made.stderr
    assert audit.pending_file(db).exists()
    assert _query(db, "SELECT 1 FROM audit_entry WHERE action = 'backup'") == []
    again = open_signed_in(db, "admin", "demo", now).database
    assert again is not None
    again.close()
    [(who, what)] = _query(db, "SELECT actor_name, rd_unpack(summary) FROM audit_entry "
                               "WHERE action = 'backup'")
    assert who == "Administrator"
    assert "beside the RehabDesk that held the database" in _said(what)


def _said(stored: object) -> str:
    """An audit summary as the database stores it, in English."""
    from rehabdesk.services.platform.audit import summary_of

    return str(summary_of(str(stored)))


def _query(db: Path, sql: str) -> list[tuple[object, ...]]:
    """Reads the encrypted demo database directly, with the key admin's password unwraps."""
    import datetime as dt

    from rehabdesk.db.engine import connect_raw
    from rehabdesk.services.platform import encryption

    key = encryption.unlock(db, "admin", "demo", dt.datetime.now()).key
    connection = connect_raw(db, key=key, read_only=True)
    try:
        return list(connection.execute(sql))
    finally:
        connection.close()


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_printing_forms_from_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    found = rehabdesk("--db", str(demo_db), "search", "KPC", "--json", "--limit", "1")
    case = json.loads(found.stdout.splitlines()[0])["case_number"]
    out = tmp_path / "intake.pdf"
    made = rehabdesk("--db", str(demo_db), "print", "intake", "--case", case.lower(),
                     "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Wrote the intake form for {case} to {out}")
    assert out.read_bytes().startswith(b"%PDF") and case in _pdf_text(out)
    assert [p.name for p in tmp_path.iterdir()] == ["intake.pdf"]  # no temporary file left

    blank = rehabdesk("--db", str(demo_db), "print", "blank-intake", "--out",
                      str(tmp_path / "blank.pdf"))
    assert blank.returncode == 0, blank.stderr
    assert (tmp_path / "blank.pdf").read_bytes().startswith(b"%PDF")
    printed = [_said(row[0]) for row in _query(
        demo_db, "SELECT rd_unpack(summary) FROM audit_entry "
                 "WHERE action = 'print' AND actor_name != ''")]
    assert f"printed the intake form for {case}" in printed
    assert "printed a blank intake form" in printed
    verified = rehabdesk("--db", str(demo_db), "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_printing_an_eligibility_decision(demo_db: Path, tmp_path: Path) -> None:
    found = rehabdesk("--db", str(demo_db), "search", "KPC", "--json", "--limit", "1")
    case = json.loads(found.stdout.splitlines()[0])["case_number"]
    out = tmp_path / "decision.pdf"
    made = rehabdesk("--db", str(demo_db), "print", "decision", "--case", case, "--out",
                     str(out))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Wrote the eligibility decision for {case} to {out}")
    text = " ".join(_pdf_text(out).split())
    assert "Eligibility decision for treatment enrolment" in text and case in text
    assert "Violent offence" in text and "VIOLENT_OFFENCE" not in text
    assert "under policy KPC-default-1" in text
    printed = [_said(row[0]) for row in _query(
        demo_db, "SELECT rd_unpack(summary) FROM audit_entry WHERE action = 'print'")]
    assert f"printed the eligibility decision for {case}" in printed


def test_printing_a_day_of_arrivals(demo_db: Path, tmp_path: Path) -> None:
    day, cases = _query(
        demo_db, "SELECT arrival_date, group_concat(case_number) FROM episode GROUP BY "
        "arrival_date ORDER BY count(*) DESC LIMIT 1")[0]
    out = tmp_path / "arrivals.pdf"
    made = rehabdesk("--db", str(demo_db), "print", "arrivals", "--date", day, "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = _pdf_text(out)
    assert all(case in text for case in cases.split(","))


@pytest.mark.parametrize(("args", "sentence"), [
    (("consent", "--case", "KPC-1900-000001"), "No episode has the case number"),
    (("intake",), "needs --case CASE_NO"),
    (("arrivals", "--date", "1900-01-01"), "Nobody arrived on 01 Jan 1900"),
])
def test_printing_refusals_are_one_sentence(demo_db: Path, tmp_path: Path,
                                             args: tuple[str, ...], sentence: str) -> None:
    result = rehabdesk("--db", str(demo_db), "print", *args, "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and sentence in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_printing_to_a_bad_place_is_one_sentence(demo_db: Path, tmp_path: Path) -> None:
    nowhere = rehabdesk("--db", str(demo_db), "print", "blank-intake", "--out",
                        str(tmp_path / "missing" / "x.pdf"))
    assert nowhere.returncode == 2 and "does not exist; choose another" in nowhere.stderr
    folder = rehabdesk("--db", str(demo_db), "print", "blank-intake", "--out", str(tmp_path))
    assert folder.returncode == 2 and "is a folder" in folder.stderr


def test_report_occupancy_per_dormitory_and_sex(demo_db: Path) -> None:
    result = rehabdesk("--db", str(demo_db), "report", "occupancy", "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    rows = [r for r in lines if r["record"] == "dormitory"]
    waitlist = [r for r in lines if r["record"] == "waitlist"]
    assert rows and all(set(r) == {"record", "dormitory", "sex", "capacity", "occupied"}
                        for r in rows)
    assert {r["sex"] for r in rows} == {"M", "F"}
    assert sum(r["occupied"] for r in rows) > 0
    # The waitlist is per sex: said once per sex, and that it is per sex (issue #22).
    assert sorted(r["sex"] for r in waitlist) == ["F", "M"]
    assert all(set(r) == {"record", "sex", "waitlisted", "per"} and r["per"] == "sex"
               for r in waitlist)
    table = rehabdesk("--db", str(demo_db), "report", "occupancy")
    assert table.returncode == 0 and table.stdout.startswith("Dormitory")
    assert len(table.stdout.splitlines()) == len(rows) + 2
    assert "Waitlisted (per sex" in table.stdout.splitlines()[-1]
