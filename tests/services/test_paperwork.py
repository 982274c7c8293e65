"""Printing from records: the right record on the page; every print audited when it is
printed (``record_print``), never when it is only rendered for a preview."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.intake import Belonging, NewEpisode
from rehabdesk.domain.permissions import PermissionDeniedError, Role
from rehabdesk.printing import DOCUMENTS
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.intake import transfer_import
from rehabdesk.services.paperwork import forms as paperwork
from rehabdesk.services.platform import audit, persons
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY, add_user, new_person, register


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _prints(db: Database) -> list[AuditEntry]:
    with db.unit_of_work() as uow:
        return list(uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "print").order_by(AuditEntry.id)))


@pytest.mark.parametrize("document", paperwork.PER_PERSON)
def test_a_form_prints_its_record_and_is_audited(database: Database, clerk: Actor,
                                                 document: str) -> None:
    uid = register(database, clerk, new_person("Sok Dara"))
    with database.unit_of_work(write=True) as uow:
        printout = paperwork.print_document(uow, clerk, document, " kpc-2026-000001 ", TODAY)
    pdf = printout.pdf
    text = "\n".join(_pages(pdf))
    assert pdf.startswith(b"%PDF") and "KPC-2026-000001" in text
    assert "Sokha Chan" in text  # the footer says who printed
    assert _prints(database) == []  # rendered for a preview: not printed yet
    with database.unit_of_work(write=True) as uow:
        paperwork.record_print(uow, clerk, printout)
    [entry] = _prints(database)
    assert (entry.actor_name, entry.entity, entry.person_uid) == ("Sokha Chan", "document", uid)
    said = audit.summary_of(entry.summary)
    assert str(said) == (f"printed the {DOCUMENTS[document].title_en.lower()}"
                         " for KPC-2026-000001")
    assert said.said("km") == (f"បានបោះពុម្ព{DOCUMENTS[document].title_km}"
                               " សម្រាប់ករណី KPC-2026-000001")
    with database.unit_of_work() as uow:
        assert said in [h.summary for h in audit.history_of_person(uow, uid)]


def test_an_unscreened_person_prints_a_summary_saying_not_done(database: Database,
                                                               clerk: Actor) -> None:
    register(database, clerk)
    with database.unit_of_work(write=True) as uow:
        pdf = paperwork.print_document(uow, clerk, "screening", "KPC-2026-000001", TODAY).pdf
    assert "not done" in "\n".join(_pages(pdf)).lower()


def test_the_screening_summary_prints_the_latest_screening(database: Database,
                                                           clerk: Actor) -> None:
    from rehabdesk.services.screening import screenings as screening

    uid = register(database, clerk)
    with database.unit_of_work() as uow:
        episode_uid = persons.get_person(uow, uid).episodes[0].uid
    with database.unit_of_work(write=True) as uow:
        screening.save_screening(uow, clerk, episode_uid, screening.ScreeningInput(
            dt.date(2026, 3, 2), "Chan Dara", dast10=[True] * 4 + [False] * 6), TODAY)
    with database.unit_of_work(write=True) as uow:
        pdf = paperwork.print_document(uow, clerk, "screening", "KPC-2026-000001", TODAY).pdf
    text = "\n".join(_pages(pdf))
    assert "Chan Dara" in text and "02 Mar 2026" in text


def test_an_unknown_case_prints_nothing_and_audits_nothing(database: Database,
                                                           clerk: Actor) -> None:
    with pytest.raises(NotFoundError, match=r"KPC-1999-000001.*check it"), \
            database.unit_of_work(write=True) as uow:
        paperwork.print_document(uow, clerk, "intake", "KPC-1999-000001", TODAY)
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.action == "print")) == 0


def test_only_per_case_documents_print_for_a_case(database: Database, clerk: Actor) -> None:
    register(database, clerk)
    with pytest.raises(ValueError, match="choose one of: intake, consent, screening"), \
            database.unit_of_work(write=True) as uow:
        paperwork.print_document(uow, clerk, "blank-intake", "KPC-2026-000001", TODAY)


def test_a_blank_intake_form_is_audited_without_a_person(database: Database,
                                                         clerk: Actor) -> None:
    with database.unit_of_work(write=True) as uow:
        printout = paperwork.print_blank_intake(uow, clerk, TODAY)
        paperwork.record_print(uow, clerk, printout)
    assert printout.pdf.startswith(b"%PDF") and "Sokha Chan" in "\n".join(_pages(printout.pdf))
    [entry] = _prints(database)
    assert entry.person_uid is None
    assert str(audit.summary_of(entry.summary)) == "printed a blank intake form"


def test_a_day_of_arrivals_prints_as_one_pdf(database: Database, clerk: Actor) -> None:
    day = dt.date(2026, 3, 1)
    for name in ("Sok Dara", "Keo Bora", "Ly Thida"):
        register(database, clerk, new_person(name), arrival=day)
    register(database, clerk, new_person("Other Day"), arrival=dt.date(2026, 3, 2))
    with database.unit_of_work(write=True) as uow:
        printout = paperwork.print_arrivals(uow, clerk, day, TODAY)
        paperwork.record_print(uow, clerk, printout)
    pages = _pages(printout.pdf)
    text = "\n".join(pages)
    assert all(f"KPC-2026-00000{n}" in text for n in (1, 2, 3))
    assert "KPC-2026-000004" not in text and "Other Day" not in text
    # each form starts on its own page and numbers its own pages
    starts = [i for i, page in enumerate(pages) if "Page 1 of" in page]
    assert len(starts) == 3
    assert [p for p in pages if "Page 1 of" in p][1].count("KPC-2026-000002") >= 1
    summaries = [str(audit.summary_of(e.summary)) for e in _prints(database)]
    assert summaries == [f"printed the intake form for KPC-2026-00000{n} (arrivals of "
                         "01 Mar 2026)" for n in (1, 2, 3)]


def test_a_day_without_arrivals_is_a_sentence(database: Database, clerk: Actor) -> None:
    with pytest.raises(NotFoundError, match="Nobody arrived on 04 Mar 2026"), \
            database.unit_of_work(write=True) as uow:
        paperwork.print_arrivals(uow, clerk, dt.date(2026, 3, 4), TODAY)


def test_auditors_do_not_print(database: Database) -> None:
    with database.unit_of_work(write=True) as uow:
        auditor = add_user(uow, "aud", "Auditor", Role.AUDITOR)
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        paperwork.print_blank_intake(uow, auditor, TODAY)


def test_the_import_report_lists_every_row_with_its_case_or_reason(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    from tests.services.test_transfer_import import HEADER, good_row, write_xlsx

    rows = [good_row(i) for i in range(5)]
    rows[2] = good_row(2, sex="?")
    path = write_xlsx(tmp_path / "prey-sar.xlsx", HEADER, rows)
    with database.unit_of_work(write=True) as uow:
        preview = transfer_import.read_transfer_list(uow, path, today=TODAY)
        accept = [r.number for r in preview.rows if r.status == "ok"]
        report = transfer_import.import_rows(uow, clerk, preview, accept, today=TODAY)
        printout = paperwork.print_import_report(uow, clerk, preview, report, TODAY)
        paperwork.record_print(uow, clerk, printout)
    text = " ".join(" ".join(_pages(printout.pdf)).split())
    assert "prey-sar.xlsx" in text and "Transfer list import report" in text
    for _, case in report.imported:
        assert case in text
    assert "Person Numberc2" in text and 'The sex "?"' in text
    assert "Stick case label here" not in text and "……" not in text  # a list, not a record
    [entry] = _prints(database)
    assert str(audit.summary_of(entry.summary)) == (
        "printed the import report of the transfer list prey-sar.xlsx")


@pytest.fixture
def registrar(database: Database) -> Actor:
    """A clerk other than the one who prints, so that the registering clerk's name on the
    form cannot come from the footer's "printed by"."""
    with database.unit_of_work(write=True) as uow:
        return add_user(uow, "vanna", "Vanna Keo", Role.CLERK)


def _register_with_belongings(db: Database, actor: Actor, name: str,
                              *belongings: Belonging) -> None:
    with db.unit_of_work(write=True) as uow:
        intake.register_person(uow, actor, new_person(name),
                               NewEpisode(dt.date(2026, 3, 1), "CC1", belongings=belongings),
                               TODAY)


def test_the_intake_form_prints_the_belongings_and_the_registering_clerk(
        database: Database, clerk: Actor, registrar: Actor) -> None:
    _register_with_belongings(database, registrar, "Sok Dara",
                              Belonging("mobile phone", 1, "cracked screen"),
                              Belonging("shirt", 2))
    with database.unit_of_work(write=True) as uow:
        pdf = paperwork.print_document(uow, clerk, "intake", "KPC-2026-000001", TODAY).pdf
    text = " ".join(" ".join(_pages(pdf)).split())
    assert "1 mobile phone 1 cracked screen 2 shirt 2 3" in text  # No., item, qty, condition
    clerk_box = text.index("Intake clerk")
    assert clerk_box < text.index("Name Vanna Keo") < text.index("Escort", clerk_box)
    assert text.endswith("printed by Sokha Chan")  # who printed, in the footer


def test_a_day_of_arrivals_prints_each_one_s_belongings_and_clerk(
        database: Database, clerk: Actor, registrar: Actor) -> None:
    _register_with_belongings(database, registrar, "Sok Dara", Belonging("wristwatch"))
    _register_with_belongings(database, registrar, "Keo Bora", Belonging("wallet", 1, "empty"))
    with database.unit_of_work(write=True) as uow:
        pdf = paperwork.print_arrivals(uow, clerk, dt.date(2026, 3, 1), TODAY).pdf
    pages = _pages(pdf)
    starts = [i for i, page in enumerate(pages) if "Page 1 of" in page]
    first, second = (" ".join(" ".join(pages[a:b]).split())
                     for a, b in zip(starts, [*starts[1:], len(pages)], strict=True))
    assert "wristwatch" in first and "wallet" not in first
    assert "wallet 1 empty" in second and "wristwatch" not in second
    assert first.count("Vanna Keo") == second.count("Vanna Keo") == 1
