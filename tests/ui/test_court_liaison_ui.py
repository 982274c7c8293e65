"""The Courts page as the desk uses it (issue #25, Done when): a court's letter printed
and recorded as sent, two answers recorded (a hearing date, then a treatment order), and
the person — eligible now — leaves the court's list and stands eligible on the enrolment
waitlist; a refused answer shows the service's sentence and saves nothing; every model
through Qt's model tester."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from rehabdesk.db.models_court import CourtAnswer
from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.court_liaison.dialogs import CourtAnswerDialog, CourtSendDialog
from rehabdesk.ui.court_liaison.page import CourtsPage
from rehabdesk.ui.kit.operations import Operations
from tests.conftest import TODAY, save_screenshot
from tests.services import enrolment_helpers
from tests.services.clinical_helpers import audit_count, count
from tests.services.test_court_liaison import waiting_at_court


def _dialog(widget: Any, kind: type[QDialog]) -> Any:
    found = [d for d in widget.findChildren(kind) if d.isVisible()]
    assert found, kind.__name__
    return found[-1]


def _type_date(edit: Any, day: dt.date) -> None:
    edit.setText(day.strftime("%d/%m/%Y"))


def _waitlisted(database: Database, clerk: Actor, episode: str) -> str:
    centre = enrolment_helpers.configure(database)
    with database.unit_of_work(write=True) as uow:
        record = enrolment.refer(uow, clerk, episode, centre.programme,
                                 enrolment_helpers.REFERRED, TODAY, "from the paper register")
        enrolment.transition(uow, clerk, record.uid, EnrolmentStatus.WAITLISTED,
                             enrolment_helpers.WAITLISTED, TODAY, "from the paper register")
    return record.uid


def _outcome_on_waitlist(database: Database, enrolment_uid: str) -> str | None:
    with database.unit_of_work() as uow:
        rows = [r for r in enrolment.waitlist(uow, TODAY) if r.enrolment.uid == enrolment_uid]
    assert len(rows) == 1
    return None if rows[0].eligibility is None else rows[0].eligibility.value


def _answer(qtbot: Any, page: CourtsPage, kind: str, **fields: dt.date) -> CourtAnswerDialog:
    page.answer_button.click()
    dialog: CourtAnswerDialog = _dialog(page, CourtAnswerDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    for name, day in fields.items():
        _type_date(getattr(dialog, name), day)
    dialog.ok_button.click()
    return dialog


def test_print_send_answer_and_the_person_becomes_eligible(
        qtbot: Any, qtmodeltester: Any, database: Database, clerk: Actor,
        tmp_path: Path) -> None:
    episode, _ = waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1),
                                  latin="Chan Vuthy")
    waitlisted = _waitlisted(database, clerk, episode)
    assert _outcome_on_waitlist(database, waitlisted) == "pending"
    page = CourtsPage(Operations(database, clerk), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 1, timeout=10000)
    qtmodeltester.check(page.courts_model)
    qtmodeltester.check(page.people_model)
    assert page.court is not None and page.court.code == "FI-03"
    person = page.people_model.row_at(0)
    assert person.order_would_make_eligible and person.letters_sent == 0
    assert not page.answer_button.isEnabled()  # nothing asked yet: nothing to answer
    save_screenshot(page, "courts-page.png")

    # The letter, previewed, audited when it leaves RehabDesk.
    page.print_button.click()
    qtbot.waitUntil(lambda: page.printer.last_preview is not None
                    and page.printer.last_preview.isVisible(), timeout=20000)
    preview = page.printer.last_preview
    assert preview is not None
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf))
                             .pages).split())
    assert person.case_number in text and "Kampong Cham Provincial Court" in text
    before = audit_count(database)
    assert preview.write_to(tmp_path / "letter.pdf") is None
    assert audit_count(database) == before + 1
    preview.close()

    # Recorded as sent three days ago.
    page.send_button.click()
    send: CourtSendDialog = _dialog(page, CourtSendDialog)
    _type_date(send.on, TODAY - dt.timedelta(days=3))
    send.to_whom.setText("Registry clerk")
    send.ok_button.click()
    qtbot.waitUntil(lambda: not send.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.people_model.rowCount() > 0
                    and page.people_model.row_at(0).letters_sent == 1, timeout=10000)
    page.people_view.selectRow(0)
    assert page.answer_button.isEnabled()

    # A refused answer: a hearing "scheduled" for yesterday. Nothing is saved.
    refused = _answer(qtbot, page, "hearing_scheduled", on=TODAY,
                      hearing=TODAY - dt.timedelta(days=1))
    assert refused.isVisible() and "already be past" in refused.error.text()
    assert count(database, CourtAnswer) == 0
    save_screenshot(refused, "courts-answer-refused.png")
    refused.reject()

    # A hearing date, then a treatment order.
    hearing = _answer(qtbot, page, "hearing_scheduled", on=TODAY,
                      hearing=TODAY + dt.timedelta(days=2))
    qtbot.waitUntil(lambda: not hearing.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.people_model.rowCount() > 0
                    and page.people_model.row_at(0).hearing_on == TODAY + dt.timedelta(days=2),
                    timeout=10000)
    page.people_view.selectRow(0)
    order = _answer(qtbot, page, "treatment_order", on=TODAY)
    qtbot.waitUntil(lambda: not order.isVisible(), timeout=5000)
    assert count(database, CourtAnswer) == 2
    # Eligible now: off the court's list, and ready to enrol on the waitlist.
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 0, timeout=10000)
    assert _outcome_on_waitlist(database, waitlisted) == "eligible"
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: "Answers received: 2" in page.totals.text(), timeout=10000)
    save_screenshot(page, "courts-figures.png")


def test_the_demo_courts_page(qtbot: Any, qtmodeltester: Any,
                              demo_database: Database) -> None:
    from rehabdesk.services.platform.actor import Role
    from tests.services.clinical_helpers import actor

    who = actor(demo_database, Role.CLERK, "court.clerk")
    page = CourtsPage(Operations(demo_database, who), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.people_model.rowCount() > 0, timeout=20000)
    qtmodeltester.check(page.follow_model)
    follow = [page.follow_model.row_at(i) for i in range(page.follow_model.rowCount())]
    assert follow and all(p is not None and p.follow_up_due for p in follow)
    save_screenshot(page, "courts-demo.png")
    page.tabs.setCurrentIndex(1)
    save_screenshot(page, "courts-follow-up.png")


def test_a_courts_people_are_read_a_page_at_a_time(
        qtbot: Any, qtmodeltester: Any, database: Database, clerk: Actor,
        monkeypatch: Any) -> None:
    """A court's list is shown from its first screenful and counts; the rows below are
    read when painted, in the list's order (pages of one row here)."""
    from rehabdesk.services.court_liaison import listing
    from rehabdesk.ui.court_liaison.models import CourtPeopleModel

    monkeypatch.setattr(CourtPeopleModel, "PAGE_ROWS", 1)
    for day, name in ((dt.date(2026, 3, 1), "Chan Vuthy"), (dt.date(2026, 2, 1), "Keo Sina"),
                      (dt.date(2026, 4, 1), "Ly Mony")):
        waiting_at_court(database, clerk, arrival=day, latin=name)
    page = CourtsPage(Operations(database, clerk), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 3, timeout=10000)
    assert "3 waiting" in page.court_heading.text()
    assert "3 would be eligible" in page.court_heading.text()
    with database.unit_of_work() as uow:
        whole = listing.court_list(uow, "FI-03", TODAY)[1]
    assert [page.people_model.row_at(i) for i in range(3)] == whole
    assert page.people_model.row_at(3) is None
    qtmodeltester.check(page.people_model)
    page.people_view.selectRow(2)
    opened: list[str] = []
    page.open_requested.connect(opened.append)
    page.open_selected()
    assert opened == [whole[2].person_uid]


def test_an_administrator_sets_a_courts_contact(qtbot: Any, database: Database,
                                                clerk: Actor) -> None:
    from rehabdesk.services.platform.actor import Role
    from rehabdesk.ui.court_liaison.dialogs import CourtContactDialog
    from tests.services.clinical_helpers import actor

    waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1))
    desk = CourtsPage(Operations(database, clerk), today=lambda: TODAY)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitUntil(lambda: desk.people_model.rowCount() == 1, timeout=10000)
    assert not desk.contact_button.isEnabled()  # the centre's set-up: administrators only
    admin = actor(database, Role.ADMINISTRATOR, "admin")
    page = CourtsPage(Operations(database, admin), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.court is not None and page.contact_button.isEnabled(),
                    timeout=10000)
    page.contact_button.click()
    dialog: CourtContactDialog = _dialog(page, CourtContactDialog)
    dialog.contact.setText("លោក ជា សុផល")
    dialog.title.setText("ប្រធានក្រឡាបញ្ជី")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "លោក ជា សុផល" in page.court_heading.text(), timeout=10000)


def test_the_legal_tab_suggests_the_courts_and_shows_hearings(
        qtbot: Any, database: Database, clerk: Actor, monkeypatch: Any) -> None:
    from rehabdesk.services.court_liaison import letters, listing
    from rehabdesk.ui.legal.dialogs import LegalDialog
    from rehabdesk.ui.legal.tab import LegalTab
    from tests.ui.test_legal_tab import _working

    episode, _ = waiting_at_court(database, clerk, arrival=dt.date(2026, 3, 1))
    with database.unit_of_work(write=True) as uow:
        letters.record_letter_sent(uow, clerk, "FI-03", TODAY - dt.timedelta(days=2), "hand",
                                   "Registry", TODAY)
        entry = listing.court_list(uow, "FI-03", TODAY)[1][0].last_entry_uid
        assert entry is not None
        letters.record_answer(uow, clerk, entry, "hearing_scheduled", TODAY, TODAY,
                              hearing_on=TODAY + dt.timedelta(days=4))
    from rehabdesk.services.platform import persons

    with database.unit_of_work() as uow:
        details = persons.get_person(
            uow, persons.load_episode(uow, episode).person.uid).latest_episode
    assert details is not None
    tab = LegalTab(Operations(database, clerk), details, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.hearings.isVisible() and "Kampong Cham Provincial Court" in tab.hearings.text()
    suggested: list[str] = []

    def look(dialog: LegalDialog) -> None:
        completer = dialog.court.completer()  # type: ignore[attr-defined]
        model = completer.model()
        suggested.extend(model.index(i, 0).data() for i in range(model.rowCount()))
        dialog.reject()

    _working(monkeypatch, look)
    tab.add_case()
    assert "Kampong Cham Provincial Court" in suggested and len(suggested) == 27
