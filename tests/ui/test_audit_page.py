"""The audit log page: filters, CSV export, and a refusal for roles that may not read it."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel

from rehabdesk.domain.glossary import GLOSSARY
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.audit_log.page import AuditPage
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word

AUDITOR = Actor(None, "aud", "Auditor", Role.AUDITOR)


def test_the_auditor_filters_by_person_and_exports(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path, monkeypatch) -> None:
    with demo_database.unit_of_work() as uow:
        admissions = [line for line in audit.search_entries(uow, AUDITOR, audit.AuditFilter())
                      if str(line.summary).startswith("admitted")]
        found = re.search(r"KPC-\d{4}-\d{6}", str(admissions[0].summary))
        assert found is not None
        case = found.group()
    page = AuditPage(Operations(demo_database, AUDITOR))
    qtbot.addWidget(page)
    page.since.setDate(page.since.date().addYears(-5))
    page.person.setText(case)
    page.search()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=5000)
    assert all(case in str(line.summary) for line in page.model.rows)
    out = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export()
    text = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ["id", "at_utc", "user", "action", "action_words", "entity",
                             "entity_words", "summary", "changes"]
    for row in rows:  # the code for filtering, its words for reading
        assert row["action_words"] == word("audit_action", row["action"]) != row["action"]
        assert row["entity_words"] == word("audit_record", row["entity"])
    assert case in text


OLD_SUMMARY = "admitted as KPC-2020-000001; pending for enrolment under policy default-1"


def _two_entries(database: Database) -> None:
    """One entry as RehabDesk writes it now (a sentence kept as a code), one as an older
    RehabDesk wrote it (plain English), chained like any other."""
    from rehabdesk.db.models import AuditEntry
    from rehabdesk.domain.messages import sentence

    admin = Actor(None, "admin", "Administrator", Role.ADMINISTRATOR)
    with database.unit_of_work(write=True) as uow:
        uow.session.add(AuditEntry(**audit.chained_row(uow, {
            "user_id": None, "actor_name": "Old Clerk", "action": "create",
            "entity": "episode", "entity_uid": None, "person_uid": None, "changes": "{}",
            "summary": OLD_SUMMARY})))
        audit.record(uow, admin, "update", "user", None,
                     summary=sentence("audit.password_set", username="sokha.chan"))
    with database.unit_of_work() as uow:
        assert audit.verify_chain(uow).intact


def _shown(qtbot, database: Database) -> list[str]:  # type: ignore[no-untyped-def]
    page = AuditPage(Operations(database, AUDITOR))
    qtbot.addWidget(page)
    page.since.setDate(page.since.date().addYears(-5))
    page.search()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=5000)
    return [page.model.index(row, 4).data() for row in range(page.model.rowCount())]


def test_a_khmer_reader_reads_what_each_entry_did_in_khmer(  # type: ignore[no-untyped-def]
        qtbot, database: Database, khmer_interface: None) -> None:
    _two_entries(database)
    shown = _shown(qtbot, database)
    assert "បានកំណត់ពាក្យសម្ងាត់របស់ sokha.chan" in shown
    assert not any(text.startswith("set the password") for text in shown)
    with database.unit_of_work() as uow:
        lines = audit.search_entries(uow, AUDITOR, audit.AuditFilter())
    rows = list(csv.DictReader(io.StringIO(audit.entries_csv(lines, "km"))))
    assert "បានកំណត់ពាក្យសម្ងាត់របស់ sokha.chan" in [row["summary"] for row in rows]
    english = list(csv.DictReader(io.StringIO(audit.entries_csv(lines, "en"))))
    assert "set the password of sokha.chan" in [row["summary"] for row in english]


def test_an_entry_written_before_is_shown_as_it_was(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    _two_entries(database)
    assert OLD_SUMMARY in _shown(qtbot, database)
    with database.unit_of_work() as uow:
        lines = audit.search_entries(uow, AUDITOR, audit.AuditFilter())
    [old] = [line for line in lines if line.actor_name == "Old Clerk"]
    assert str(old.summary) == OLD_SUMMARY
    assert old.summary.said("km").startswith(OLD_SUMMARY)  # marked as recorded in English
    rows = list(csv.DictReader(io.StringIO(audit.entries_csv(lines, "en"))))
    assert OLD_SUMMARY in [row["summary"] for row in rows]


def test_a_clerk_is_told_the_log_is_not_theirs(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    page = AuditPage(Operations(demo_database, Actor(None, "c", "Clerk", Role.CLERK)))
    qtbot.addWidget(page)
    refusal = page.findChild(QLabel, "auditRefusal")
    assert refusal is not None and "Only auditors and administrators" in refusal.text()


def test_entries_are_shown_on_the_centres_clock_in_the_users_language(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database, khmer_interface: None) -> None:
    # Issue #21, item 5: stored in UTC, read in Cambodia's time, in Khmer digits.
    from rehabdesk.domain.shown_dates import centre_time

    page = AuditPage(Operations(demo_database, AUDITOR))
    qtbot.addWidget(page)
    page.since.setDate(page.since.date().addYears(-5))
    page.search()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=5000)
    line = page.model.rows[0]
    local = centre_time(line.at)
    shown = page.model.index(0, 0).data()
    assert shown.endswith(f"{local.hour:02d}:{local.minute:02d}".translate(
        str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")))
    assert not any(c.isascii() and c.isdigit() for c in shown)


def _audited_codes() -> tuple[set[str], set[str]]:
    """Every action and record kind the services write as literals in an audit call or
    an audit row (``audit.record``/``record_or_defer`` arguments, ``action``/``entity``
    keys), read from their source."""
    import ast

    import rehabdesk.services

    actions: set[str] = set()
    records: set[str] = set()
    for path in Path(rehabdesk.services.__path__[0]).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name in ("record", "record_or_defer", "note") and len(node.args) >= 3:
                    literals = [a.value for a in node.args if isinstance(a, ast.Constant)
                                and isinstance(a.value, str)]
                    if name == "note":
                        actions.update(literals[:1])
                    elif len(literals) >= 2:
                        actions.add(literals[0])
                        records.add(literals[1])
                for keyword in node.keywords:
                    if keyword.arg == "action" and isinstance(keyword.value, ast.Constant):
                        actions.add(keyword.value.value)
            elif isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if (isinstance(key, ast.Constant) and key.value in ("action", "entity")
                            and isinstance(value, ast.Constant)):
                        (actions if key.value == "action" else records).add(value.value)
    return actions, records


def test_every_audited_action_and_record_has_a_word_in_both_languages(
        khmer_interface: None) -> None:
    # Issue #21, item 2: the log shows "បានវាយតម្លៃ · សេចក្ដីសម្រេចលក្ខណៈសម្បត្តិ", never
    # "evaluate · eligibility_decision".
    actions, records = _audited_codes()
    assert {"create", "evaluate", "sign_in_failed"} <= actions and "document" in records
    assert actions <= set(GLOSSARY["audit_action"]) and records <= set(GLOSSARY["audit_record"])
    for kind in ("audit_action", "audit_record"):
        for code in GLOSSARY[kind]:
            assert not word(kind, code).isascii(), (kind, code)
