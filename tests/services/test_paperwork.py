"""Printing from records: the right record on the page, every print audited."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry
from rehabdesk.domain.errors import NotFoundError
from rehabdesk.domain.permissions import PermissionDeniedError, Role
from rehabdesk.printing import DOCUMENTS
from rehabdesk.services import paperwork
from rehabdesk.services.actor import Actor
from rehabdesk.services.database import Database
from tests.conftest import TODAY, add_user, new_person, register


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _prints(db: Database) -> list[str]:
    with db.unit_of_work() as uow:
        return list(uow.session.scalars(
            select(AuditEntry.summary).where(AuditEntry.action == "print")))


@pytest.mark.parametrize("document", paperwork.PER_PERSON)
def test_a_form_prints_its_record_and_is_audited(database: Database, clerk: Actor,
                                                 document: str) -> None:
    register(database, clerk, new_person("Sok Dara"))
    with database.unit_of_work(write=True) as uow:
        pdf = paperwork.print_document(uow, clerk, document, "kpc-2026-000001", TODAY)
    text = _text(pdf)
    assert pdf.startswith(b"%PDF") and "KPC-2026-000001" in text
    assert _prints(database) == [f"printed the {DOCUMENTS[document].title_en.lower()}"
                                 " for KPC-2026-000001"]


def test_an_unknown_case_prints_nothing_and_audits_nothing(database: Database,
                                                           clerk: Actor) -> None:
    with pytest.raises(NotFoundError, match="KPC-1999"), \
            database.unit_of_work(write=True) as uow:
        paperwork.print_document(uow, clerk, "intake", "KPC-1999-000001", TODAY)
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_a_day_of_arrivals_prints_as_one_pdf(database: Database, clerk: Actor) -> None:
    day = dt.date(2026, 3, 1)
    for name in ("Sok Dara", "Keo Bora", "Ly Thida"):
        register(database, clerk, new_person(name), arrival=day)
    register(database, clerk, new_person("Other Day"), arrival=dt.date(2026, 3, 2))
    with database.unit_of_work(write=True) as uow:
        pdf = paperwork.print_arrivals(uow, clerk, day, TODAY)
    text = _text(pdf)
    assert all(f"KPC-2026-00000{n}" in text for n in (1, 2, 3))
    assert "KPC-2026-000004" not in text
    assert "3 arrivals of 01 Mar 2026" in _prints(database)[0]


def test_auditors_do_not_print(database: Database) -> None:
    with database.unit_of_work(write=True) as uow:
        auditor = add_user(uow, "aud", "Auditor", Role.AUDITOR)
    with pytest.raises(PermissionDeniedError), database.unit_of_work(write=True) as uow:
        paperwork.print_blank_intake(uow, auditor, TODAY)
