"""The request letter to a court (issue #25, item 3) read back: it lists every person who
waits at that court — and nobody of another court — with their case numbers, marks the
second requests, and is refused for a court where nobody waits."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.services.paperwork import court_letter, forms
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.clinical_helpers import audit_count
from tests.services.test_court_liaison import people, pre_trial_at, send, waiting_at_court


def test_the_letter_lists_every_person_of_that_court(database: Database, clerk: Actor,
                                                     pdf: Any) -> None:
    waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1), latin="Chan Vuthy")
    for n, arrival in enumerate((dt.date(2026, 4, 1), dt.date(2026, 5, 1), dt.date(2026, 6, 1))):
        pre_trial_at(database, clerk, "Kampong Cham Provincial Court", arrival, f"Keo Sina {n}")
    pre_trial_at(database, clerk, "Phnom Penh Municipal Court", dt.date(2026, 4, 2), "Heng Rith")
    send(database, clerk, TODAY - dt.timedelta(days=45))  # all four: a second request now
    listed = people(database)
    with database.unit_of_work() as uow:
        other = people(database, code="FI-12")[0].case_number
        printout = court_letter.print_court_letter(uow, clerk, "fi-03", TODAY,
                                                   director="Sam Oeun")
    text = " ".join(pdf.text(printout.pdf).split())
    assert len(listed) == 4
    for person in listed:
        assert person.case_number in text
    assert other not in text
    assert "To: Kampong Cham Provincial Court" in text
    assert text.count("second request") == 4 and "Sam Oeun" in text
    assert len(printout.printed) == 4  # one audit entry per person, when it is printed
    before = audit_count(database)
    with database.unit_of_work(write=True) as uow:
        forms.record_print(uow, clerk, printout)
    assert audit_count(database) == before + 4


def test_no_letter_for_a_court_where_nobody_waits(database: Database, clerk: Actor) -> None:
    with pytest.raises(ValidationError) as refused, database.unit_of_work() as uow:
        court_letter.print_court_letter(uow, clerk, "SUPREME", TODAY)
    assert refused.value.code == "court.nobody_waiting"
