"""The enrolment screens as the desk uses them (issue #7): enrol from the waitlist, a week
of roll calls by keyboard alone, a discharge; the dashboard as the start page whose
figures open their lists; bad input refused with a sentence and nothing saved; the
administrator's configuration; every new item model through Qt's model tester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from rehabdesk.app import feature_registry
from rehabdesk.domain.enrolment import EnrolmentStatus
from rehabdesk.domain.programmes import AttendanceStatus
from rehabdesk.services.dashboard import figures as dashboard
from rehabdesk.services.enrolment import attendance, caseplan
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.enrolment import programmes as config
from rehabdesk.services.platform import audit, persons, users
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.dashboard.page import DashboardPage
from rehabdesk.ui.enrolment.dialogs import EnrolDialog, TransitionDialog
from rehabdesk.ui.enrolment.models import (
    EnrolmentsModel,
    GoalsModel,
    NotesModel,
    SessionsModel,
    TransitionsModel,
    WaitlistModel,
)
from rehabdesk.ui.enrolment.page import EnrolmentPage
from rehabdesk.ui.enrolment.roll_call import RollCallDialog, RollCallModel
from rehabdesk.ui.enrolment.settings import (
    DormitoriesModel,
    EnrolmentSettingsDialog,
    ProgrammesModel,
    SessionTypesModel,
    WeightsModel,
)
from rehabdesk.ui.enrolment.state import enrolment_details, roll_call_state
from rehabdesk.ui.enrolment.tab import EnrolmentTab, PrintDischarge
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.record.view import RecordView
from rehabdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY, save_screenshot
from tests.services.clinical_helpers import actor, eligible_episode, person_of
from tests.services.enrolment_helpers import configure, enrolled, waitlisted

S = EnrolmentStatus
A = AttendanceStatus



def _ops(database: Database, who: Actor) -> Operations:
    return Operations(database, who)


def _demo_clerk(database: Database) -> Actor:
    with database.unit_of_work() as uow:
        return users.actor_named(uow, "sokha.chan")


def _page(qtbot, ops: Operations) -> EnrolmentPage:  # type: ignore[no-untyped-def]
    page = EnrolmentPage(ops, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1120, 560)
    page.show()
    qtbot.waitUntil(lambda: page.waitlist.model.rowCount() > 0
                    and page.bed_board.model.rowCount() > 0, timeout=10000)
    return page


def _dialog(widget, kind):  # type: ignore[no-untyped-def]
    found = [d for d in widget.findChildren(kind) if d.isVisible()]
    assert found, f"no {kind.__name__} open"
    return found[-1]


def _status(database: Database, uid: str) -> EnrolmentStatus:
    with database.unit_of_work() as uow:
        return enrolment.get(uow, uid).status


def test_enrol_from_the_waitlist_a_week_of_roll_calls_by_keyboard_and_a_discharge(
        qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    clerk = _demo_clerk(demo_database)
    ops = _ops(demo_database, clerk)
    page = _page(qtbot, ops)
    waitlist = page.waitlist
    assert [waitlist.model.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    assert "pts" in waitlist.model.index(0, 5).data()  # each part shows its points
    save_screenshot(page, "waitlist.png")

    # -- enrol the first eligible person; their dormitory is full -----------------------------
    first = next(r for r, row in enumerate(waitlist.model.rows) if row.can_enrol)
    chosen = waitlist.model.rows[first].enrolment
    waitlist.view.setFocus()
    waitlist.view.selectRow(first)
    qtbot.keyClick(waitlist.view, Qt.Key.Key_Return)
    dialog = _dialog(waitlist, EnrolDialog)
    assert dialog.warning.isVisible() and "full" in dialog.warning.text()
    dialog.ok_button.click()
    assert "Confirm over capacity" in dialog.error.text() and dialog.isVisible()
    assert _status(demo_database, chosen.uid) is S.WAITLISTED  # nothing saved
    dialog.over_capacity.setChecked(True)
    qtbot.keyClicks(dialog.over_reason, "court order to start treatment this week")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    with demo_database.unit_of_work() as uow:
        record = enrolment.get(uow, chosen.uid)
    assert record.status is S.ENROLLED and record.over_capacity
    qtbot.waitUntil(lambda: chosen.uid not in {r.enrolment.uid for r in waitlist.model.rows},
                    timeout=5000)
    qtbot.waitUntil(lambda: any(r.uid == chosen.uid for r in page.bed_board.model.rows),
                    timeout=5000)
    row = next(r for r, e in enumerate(page.bed_board.model.rows) if e.uid == chosen.uid)
    assert "OVER CAPACITY" in page.bed_board.model.index(row, 0).data()

    # -- a week of daily sessions for the men's dormitory, each roll called by keyboard -------
    week = [TODAY - dt.timedelta(days=d) for d in range(6, -1, -1)]
    sessions = []
    life_skills = _type_uid(ops, "Life skills")
    for day in week:
        data = attendance.SessionInput(life_skills, day, "Chan Dara", "Problem solving",
                                       record.dormitory_uid)
        sessions.append(ops.write(
            lambda uow, actor, data=data: attendance.add_session(uow, actor, data, TODAY)))
    page.tabs.setCurrentWidget(page.sessions)
    page.sessions.refresh()
    qtbot.waitUntil(lambda: {s.uid for s in sessions} <= {
        r.uid for r in page.sessions.model.rows}, timeout=5000)
    for number, session in enumerate(sessions):
        view = page.sessions.view
        view.setFocus()
        view.selectRow(next(r for r, s in enumerate(page.sessions.model.rows)
                            if s.uid == session.uid))
        qtbot.keyClick(view, Qt.Key.Key_Return)
        roll = _dialog(page.sessions, RollCallDialog)
        roll.activateWindow()
        qtbot.waitUntil(roll.isActiveWindow, timeout=2000)
        assert set(roll.model.marks) == {A.PRESENT}  # everyone starts present
        keys = roll.view
        qtbot.keyClick(keys, Qt.Key.Key_Down)
        qtbot.keyClick(keys, Qt.Key.Key_A)  # the second person absent; the cursor moves on
        qtbot.keyClick(keys, Qt.Key.Key_Down)
        qtbot.keyClick(keys, Qt.Key.Key_E)  # the fourth excused
        qtbot.keyClick(keys, Qt.Key.Key_Up)
        qtbot.keyClick(keys, Qt.Key.Key_Up)
        qtbot.keyClick(keys, Qt.Key.Key_A)  # the third absent …
        qtbot.keyClick(keys, Qt.Key.Key_Up)
        qtbot.keyClick(keys, Qt.Key.Key_P)  # changed their mind: the third present again
        if number == len(sessions) - 1:
            save_screenshot(roll, "roll-call.png")
        qtbot.keyClick(keys, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert roll.status.text().startswith("Saved"), roll.error.text()
        qtbot.keyClick(keys, Qt.Key.Key_Escape)
        with demo_database.unit_of_work() as uow:
            taken = attendance.roll_call(uow, session.uid)
        marks = [line.status for line in taken.lines]
        assert marks[1:4] == [A.ABSENT, A.PRESENT, A.EXCUSED]
        assert marks.count(A.PRESENT) == len(marks) - 2
    with demo_database.unit_of_work() as uow:
        rate = attendance.attendance_rate(uow, chosen.uid)
    assert rate.marked == 1  # enrolled today: only today's session counts them

    # -- discharge one of the dormitory's residents ---------------------------------------------
    page.tabs.setCurrentWidget(page.bed_board)
    board = page.bed_board
    leaving = next(r for r in board.model.rows if r.uid != chosen.uid and not r.over_capacity)
    board.view.selectRow(board.model.rows.index(leaving))
    change = board.change_selected(S.COMPLETED)
    assert isinstance(change, TransitionDialog)
    change.ok_button.click()
    assert _status(demo_database, leaving.uid) is S.COMPLETED
    printer = page.printer
    tab, view = _record_tab(qtbot, demo_database, ops, leaving, printer.discharge_summary)
    tab.view.selectRow(next(r for r, e in enumerate(tab.model.rows) if e.uid == leaving.uid))
    tab.parts.setCurrentIndex(3)
    tab.discharge_summary.setPlainText("Completed the residential programme; urine tests "
                                       "negative since the second month.")
    tab.recommendations.setPlainText("Monthly outpatient follow-up at the health centre.")
    tab.follow_up.setText("Mother; commune focal person Keo Sophea")
    tab.discharge_summary.setFocus()
    qtbot.waitUntil(tab.discharge_summary.hasFocus, timeout=2000)
    qtbot.keyClick(tab.discharge_summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not tab.error.isVisible(), tab.error.text()
    with demo_database.unit_of_work() as uow:
        summary = caseplan.discharge_summary(uow, leaving.uid)
    assert summary is not None and summary.follow_up.startswith("Mother")
    assert "Written on" in tab.discharge_state.text()
    assert tab.print_discharge_button.isEnabled()
    save_screenshot(view, "enrolment-tab.png")
    tab.print_discharge_button.click()
    qtbot.waitUntil(lambda: printer.last_preview is not None, timeout=20000)
    assert printer.last_preview.pdf.startswith(b"%PDF")
    printer.last_preview.close()


def _type_uid(ops: Operations, name: str) -> str:
    types = ops.read(lambda uow, _actor: config.session_types(uow))
    return next(t.uid for t in types if t.name_en == name)


def _record_tab(qtbot, database: Database, ops: Operations,  # type: ignore[no-untyped-def]
                record: enrolment.EnrolmentRecord,
                print_discharge: PrintDischarge) -> tuple[EnrolmentTab, RecordView]:
    with database.unit_of_work() as uow:
        person = persons.get_person(uow, record.person_uid)
        history = audit.history_of_person(uow, record.person_uid)
    episode = next(e for e in person.episodes if e.uid == record.episode_uid)
    tab = EnrolmentTab(ops, episode, print_discharge, today=lambda: TODAY)
    view = RecordView(person, history, tabs=feature_registry().record_tabs,
                      sections={"enrolment": tab})
    qtbot.addWidget(view)
    view.show_section("enrolment")
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    return tab, view


def test_the_enrol_dialog_proposes_a_dormitory_with_a_free_bed(  # type: ignore[no-untyped-def]
        qtbot, database: Database, clerk: Actor) -> None:
    """Issue #22, item 4: Dormitory A (the first listed) is full while B has a bed: the
    dialog proposes B and its free bed, not "no bed free" in A."""
    centre = configure(database)
    for name in ("Sok Dara", "Chan Vuthy"):
        enrolled(database, clerk, centre, centre.men_a, latin=name)
    waiting = waitlisted(database, clerk, centre, latin="Keo Rith")
    ops = _ops(database, clerk)
    with database.unit_of_work() as uow:
        row = next(r for r in enrolment.waitlist(uow, TODAY) if r.enrolment.uid == waiting)
    dialog = EnrolDialog(ops, lambda: TODAY, row)
    qtbot.addWidget(dialog)
    assert dialog.dormitory.currentData() == centre.men_b
    assert dialog.bed.currentData() is None and "free" in dialog.bed.currentText()
    assert not dialog.warning.isVisibleTo(dialog)


def test_bad_input_is_refused_with_a_sentence_and_nothing_saved(
        qtbot, database: Database, clerk: Actor) -> None:  # type: ignore[no-untyped-def]
    centre = configure(database)
    waiting = waitlisted(database, clerk, centre, latin="Sok Dara")
    other = waitlisted(database, clerk, centre, latin="Keo Bora", inmate_number="CC1-7")
    enrolled(database, clerk, centre, centre.men_b, latin="Ly Vuthy", inmate_number="CC1-8")
    page = _page(qtbot, _ops(database, clerk))
    row = next(r for r, w in enumerate(page.waitlist.model.rows) if w.enrolment.uid == waiting)
    page.waitlist.view.selectRow(row)
    dialog = page.waitlist.enrol_selected()
    assert isinstance(dialog, EnrolDialog)

    # A bed taken by someone else while the dialog was open.
    dialog.bed.setCurrentIndex(dialog.bed.findData(1))
    with database.unit_of_work(write=True) as uow:
        enrolment.enrol(uow, clerk, other, enrolment.Placement(centre.men_a, 1), TODAY, TODAY)
    dialog.ok_button.click()
    assert "Bed 1 in Dormitory A is already assigned" in dialog.error.text()
    assert _status(database, waiting) is S.WAITLISTED

    # A start before the person arrived (and so before they were waitlisted).
    dialog.start.setText("01/01/2020")
    dialog.ok_button.click()
    assert "(01 Jan 2020) is before" in dialog.error.text()
    assert dialog.error.text().endswith("check the date.")
    assert _status(database, waiting) is S.WAITLISTED

    # A full dormitory without the confirmation, then without the reason.
    dialog.start.setText("25/11/2026")
    dialog.dormitory.setCurrentIndex(dialog.dormitory.findData(centre.men_b))
    assert dialog.warning.isVisible()
    dialog.ok_button.click()
    assert "Dormitory B is full" in dialog.error.text()
    dialog.over_capacity.setChecked(True)
    dialog.ok_button.click()
    assert "Write why Dormitory B may go over capacity" in dialog.error.text()
    assert _status(database, waiting) is S.WAITLISTED and dialog.isVisible()
    dialog.reject()

    # A back-dated withdrawal without a reason.
    page.waitlist.refresh()
    qtbot.waitUntil(lambda: any(w.enrolment.uid == waiting for w in page.waitlist.model.rows),
                    timeout=5000)
    page.waitlist.view.selectRow(next(r for r, w in enumerate(page.waitlist.model.rows)
                                      if w.enrolment.uid == waiting))
    withdraw = page.waitlist.withdraw_selected()
    assert isinstance(withdraw, TransitionDialog)
    withdraw.on.setText("20/11/2026")
    withdraw.ok_button.click()
    assert "give a reason for back-dating it" in withdraw.error.text()
    assert _status(database, waiting) is S.WAITLISTED


def test_the_record_tab_refers_and_waitlists(qtbot, database: Database,  # type: ignore[no-untyped-def]
                                             clerk: Actor) -> None:
    configure(database)
    episode_uid, _ = eligible_episode(database, clerk)
    with database.unit_of_work() as uow:
        person = persons.get_person(uow, person_of(database, episode_uid))
    tab = EnrolmentTab(_ops(database, clerk), person.episodes[0], today=lambda: TODAY)
    qtbot.addWidget(tab)
    assert tab.summary.text() == "Not referred to treatment yet."
    refer = tab.refer()
    refer.ok_button.click()
    assert tab.model.rows[0].status is S.REFERRED
    assert not tab.refer_button.isEnabled()  # one open enrolment at a time
    waitlist = tab.change_status(S.WAITLISTED)
    assert waitlist is not None
    waitlist.ok_button.click()
    assert tab.model.rows[0].status is S.WAITLISTED
    assert [r.to_status for r in tab.history_model.rows] == [S.REFERRED, S.WAITLISTED]
    assert "written once the enrolment has ended" in tab.discharge_state.text()
    assert not tab.save_discharge_button.isEnabled()


def test_a_person_waitlisted_on_their_record_shows_on_the_open_enrolment_page(
        qtbot, database: Database, clerk: Actor) -> None:  # type: ignore[no-untyped-def]
    configure(database)
    episode_uid, _ = eligible_episode(database, clerk)
    ops = _ops(database, clerk)
    page = EnrolmentPage(ops, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.waitlist.summary.text().startswith("0 waiting"), timeout=5000)
    with database.unit_of_work() as uow:
        person = persons.get_person(uow, person_of(database, episode_uid))
    tab = EnrolmentTab(ops, person.episodes[0], today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.refer().ok_button.click()
    waitlist = tab.change_status(S.WAITLISTED)
    assert waitlist is not None
    waitlist.ok_button.click()
    qtbot.waitUntil(lambda: [r.enrolment.episode_uid for r in page.waitlist.model.rows]
                    == [episode_uid], timeout=5000)


def test_the_dashboard_is_the_start_page_and_its_figures_open_their_lists(
        qtbot, main_window: MainWindow, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    window.sidebar.setCurrentRow(window.page_index("dashboard"))
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.data is not None and page.as_of.text().startswith("as of"),
                    timeout=10000)
    with demo_database.unit_of_work() as uow:
        expected = dashboard.dashboard(uow, dt.date.today())
    assert page.figures["waitlist"].number.text() == str(expected.waitlist_length)
    assert page.figures["screening"].number.text() == str(expected.screenings_due)
    assert page.chart_view.chart().series()  # the 12-month chart is drawn
    over = [c for c in page.occupancy_box.findChildren(QPushButton, "occupancyCard")
            if c.row.is_over]
    assert over and "OVER CAPACITY" in over[0].numbers.text()
    window.resize(1280, 800)
    save_screenshot(window, "dashboard.png")

    # Keyboard: Tab to a figure, Space opens its list.
    page.figures["waitlist"].setFocus()
    qtbot.keyClick(page.figures["waitlist"], Qt.Key.Key_Space)
    enrolment_page = window.page("enrolment")
    assert window.pages.currentWidget() is enrolment_page
    assert enrolment_page.tabs.currentWidget() is enrolment_page.waitlist

    window.sidebar.setCurrentRow(window.page_index("dashboard"))
    qtbot.mouseClick(page.figures["over_now"], Qt.MouseButton.LeftButton)
    board = enrolment_page.bed_board
    assert enrolment_page.tabs.currentWidget() is board
    qtbot.waitUntil(lambda: board.model.rowCount() > 0, timeout=5000)
    assert all(r.over_capacity for r in board.model.rows)

    window.sidebar.setCurrentRow(window.page_index("dashboard"))
    cards = page.occupancy_box.findChildren(QPushButton, "occupancyCard")
    women = next(c for c in cards if not c.row.is_over)
    women.click()
    qtbot.waitUntil(lambda: board.model.rowCount() == women.row.occupied, timeout=5000)
    assert {r.dormitory_uid for r in board.model.rows} == {women.row.dormitory_uid}

    window.sidebar.setCurrentRow(window.page_index("dashboard"))
    page.figures["screening"].click()
    assert window.pages.currentWidget() is window.page("screening")


def test_the_administrator_configures_dormitories_and_the_waitlist_weights(
        qtbot, database: Database, clerk: Actor) -> None:  # type: ignore[no-untyped-def]
    configure(database)
    admin = actor(database, Role.ADMINISTRATOR, "second.admin")
    dialog = EnrolmentSettingsDialog(_ops(database, admin))
    qtbot.addWidget(dialog)
    dormitories = dialog.dormitories
    dormitories.new()
    dormitories.name.setText("Dormitory D")
    dormitories.capacity.setValue(12)
    dormitories.save()
    assert "Dormitory D" in [d.name for d in dormitories.model.rows]
    dormitories.new()
    dormitories.name.setText("Dormitory D")
    dormitories.save()
    assert "already a dormitory called 'Dormitory D'" in dormitories.error.text()

    weights = dialog.weights
    weights.per_day.setValue(1.0)
    weights.apply()
    assert "Write why" in weights.error.text()
    assert weights.model.index(0, 6).data() == "built-in defaults"  # nothing saved
    weights.reason.setText("waiting time matters more since the prison census")
    weights.apply()
    assert weights.status.text().startswith("Saved")
    assert weights.model.index(0, 6).data().startswith("waiting time matters")
    assert (weights.model.index(0, 1).data(), weights.model.index(0, 3).data()) == (
        "Administrator User", "1")

    read_only = EnrolmentSettingsDialog(_ops(database, clerk))
    qtbot.addWidget(read_only)
    assert not read_only.weights.apply_button.isEnabled()
    assert not read_only.dormitories.save_button.isEnabled()


@pytest.mark.parametrize("model_class", [
    WaitlistModel, EnrolmentsModel, SessionsModel, TransitionsModel, GoalsModel, NotesModel,
    RollCallModel, ProgrammesModel, DormitoriesModel, SessionTypesModel, WeightsModel])
def test_every_enrolment_model_passes_the_qt_model_tester(
        qtmodeltester, demo_database: Database, model_class: type) -> None:  # type: ignore[no-untyped-def]
    with demo_database.unit_of_work() as uow:
        current = enrolment.current(uow)
        details = enrolment_details(uow, next(e.uid for e in current if e.enrolled_on))
        sessions = attendance.sessions(uow, TODAY - dt.timedelta(days=7), TODAY)
        roll = roll_call_state(uow, sessions[0].uid)
        rows = {
            WaitlistModel: enrolment.waitlist(uow, TODAY), EnrolmentsModel: current,
            SessionsModel: sessions, TransitionsModel: details.history,
            GoalsModel: list(details.plan.goals), NotesModel: list(details.plan.notes),
            ProgrammesModel: config.programmes(uow, include_inactive=True),
            DormitoriesModel: config.dormitories(uow, include_inactive=True),
            SessionTypesModel: config.session_types(uow, include_inactive=True),
            WeightsModel: config.weights_history(uow),
        }
    model = model_class()
    if model_class is RollCallModel:
        model.set_state(roll)
        model.set_mark(1, A.ABSENT)
    else:
        model.set_rows(rows[model_class])
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    QApplication.processEvents()
