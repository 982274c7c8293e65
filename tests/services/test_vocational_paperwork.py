"""Printing vocational paperwork from the records (issue #14, item 8): what each printout
says and what printing it leaves in the audit log; a certificate is an original once,
then copies counted when they leave, and never printed revoked."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.vocational import AbsenceReason, RegisterLine
from rehabdesk.services.paperwork import forms, vocational
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.audit import summary_of
from rehabdesk.services.platform.database import Database
from rehabdesk.services.vocational import allocations, certificates, register
from tests.conftest import TODAY
from tests.services.vocational_helpers import STARTED, allocated, configure


def _text(pdf: bytes) -> str:
    import io

    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


def _prints(database: Database) -> list[str]:
    with database.unit_of_work() as uow:
        return [str(summary_of(s)) for s in uow.session.scalars(
            select(AuditEntry.summary).where(AuditEntry.action == "print")
            .order_by(AuditEntry.id))]


def test_register_sheet_and_consent_print_what_the_records_say(
        database: Database, clerk: Actor) -> None:
    centre = configure(database, capacity=3)
    first = allocated(database, clerk, centre.workshop)
    second = allocated(database, clerk, centre.workshop)
    with database.unit_of_work(write=True) as uow:
        register.record_day(uow, clerk, centre.workshop, STARTED,
                            {first: RegisterLine(6.0),
                             second: RegisterLine(0.0, AbsenceReason.SICK)}, today=TODAY)
    with database.unit_of_work(write=True) as uow:
        sheet = vocational.print_register_sheet(uow, clerk, centre.workshop, STARTED, TODAY)
        blank = vocational.print_register_sheet(uow, clerk, centre.workshop,
                                                STARTED + dt.timedelta(days=1), TODAY)
        consent = vocational.print_work_consent(uow, clerk, first, TODAY)
        case = allocations.get_allocation(uow, first).case_number
        for printout in (sheet, consent):
            forms.record_print(uow, clerk, printout)
    text = _text(sheet.pdf)
    assert "Daily work register" in text and "Sewing" in text and "01 Apr 2026" in text
    assert "sick" in text.split("Absence numbers")[0]  # the saved absence, in its row
    blank_text = _text(blank.pdf)
    assert "sick" not in blank_text.split("Absence numbers")[0]  # to be filled by hand
    assert blank_text.count("KPC-") >= 2  # both people
    consent_text = _text(consent.pdf)
    for expected in ("Sewing workshop (industrial)", "1,000 riel per hour",
                     "at most 6 hours a day and 30 hours in any 7 days",
                     "no consequence at all for my treatment", case):
        assert expected in consent_text, expected
    printed = _prints(database)
    assert any("printed the work register of Sewing for 01 Apr 2026 (2 people)" in p
               for p in printed)
    assert any(f"printed the consent to train and work in Sewing for {case}" in p
               for p in printed)


def test_a_certificate_is_printed_once_as_original_then_as_counted_copies(
        database: Database, clerk: Actor) -> None:
    centre = configure(database, certificate_hours=6.0)
    uid = allocated(database, clerk, centre.workshop)
    with database.unit_of_work(write=True) as uow:
        register.record_day(uow, clerk, centre.workshop, STARTED, {uid: RegisterLine(6.0)},
                            today=TODAY)
        allocations.record_assessment(uow, clerk, uid, STARTED, True, "Keo Sophea",
                                      today=TODAY)
        serial = certificates.issue_certificate(uow, centre.supervisor, uid, on=TODAY).serial
    with database.unit_of_work(write=True) as uow:
        preview = vocational.print_certificate(uow, clerk, serial, TODAY)
        again = vocational.print_certificate(uow, clerk, serial, TODAY)  # a preview: no print
        assert "copy" not in _text(again.pdf).lower()
        forms.record_print(uow, clerk, preview)
    with database.unit_of_work(write=True) as uow:
        copy = vocational.print_certificate(uow, clerk, serial, TODAY)
        assert copy.counted is not None and copy.printed == ()
        forms.record_print(uow, clerk, copy)
        second = vocational.print_certificate(uow, clerk, serial, TODAY)
    assert "COPY 1" in _text(copy.pdf) and "COPY 2" in _text(second.pdf)
    assert serial in _text(preview.pdf) and "6 hours" in _text(preview.pdf)
    with database.unit_of_work() as uow:
        assert certificates.get_certificate(uow, serial).reprints == 1
        prints = uow.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "print"))
    assert prints == 2  # the original, and the copy counted by the reprint
    with database.unit_of_work(write=True) as uow:
        certificates.revoke_certificate(uow, centre.supervisor, serial, "wrong workshop",
                                        on=TODAY)
    with database.unit_of_work() as uow, pytest.raises(ValidationError, match="was revoked"):
        vocational.print_certificate(uow, clerk, serial, TODAY)
