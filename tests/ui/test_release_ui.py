"""The release screens as the desk uses them (issue #15, items 6 and Done-when): a release
planned on the record's Release tab, the person released by a supervisor with their
belongings and savings handed back, the release certificate and the hand-over sheet
printed from the tab, two failed attempts and a reached follow-up with its outcome
interview, the Releases page's lists; a refused release shows the service's sentence and
saves nothing; the dashboard's release figures; every item model through Qt's model
tester.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry, BelongingRow
from rehabdesk.db.models_release import ContactAttempt, Release
from rehabdesk.domain import gazetteer
from rehabdesk.domain.records import Address
from rehabdesk.domain.release import ExitReason, Pathway, PathwayStatus
from rehabdesk.services.dashboard import figures
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.audit import summary_of
from rehabdesk.services.platform.database import Database
from rehabdesk.services.release import followup, planning
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.print_preview import PrintPreview
from rehabdesk.ui.release.dialogs import (
    AttemptDialog,
    InterviewDialog,
    PathwayDialog,
    ReleaseDialog,
)
from rehabdesk.ui.release.models import WorklistModel
from rehabdesk.ui.release.page import ReleasesPage
from rehabdesk.ui.release.tab import ReleaseTab
from tests.conftest import TODAY, save_screenshot
from tests.services.clinical_helpers import actor, audit_count, person_of
from tests.services.release_helpers import full_stay, supervisor

RELEASED = dt.date(2026, 8, 3)
"""The 1-month point is due 3 Sep (window 20 Aug – 17 Sep); the 3-month point 3 Nov
(window 20 Oct – 17 Nov, overdue on TODAY, 25 Nov 2026)."""


def _page(qtbot: Any, database: Database, who: Actor) -> ReleasesPage:
    page = ReleasesPage(Operations(database, who), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitUntil(lambda: page.lists is not None, timeout=5000)
    return page


def _tab(qtbot: Any, database: Database, who: Actor, episode: str) -> ReleaseTab:
    with database.unit_of_work() as uow:
        details = persons.get_person(uow, person_of(database, episode)).latest_episode
    assert details is not None and details.uid == episode
    tab = ReleaseTab(Operations(database, who), details, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1180, 680)
    tab.show()
    return tab


def _dialog(widget: Any, kind: type[QDialog]) -> Any:
    found = [d for d in widget.findChildren(kind) if d.isVisible()]
    assert found, kind.__name__
    return found[-1]


def _type_date(edit: Any, day: dt.date) -> None:
    edit.setText(day.strftime("%d/%m/%Y"))


def _place() -> Address:
    province = gazetteer.choices("province")[0].code
    district = gazetteer.choices("district", province)[0].code
    commune = gazetteer.choices("commune", district)[0].code
    return Address(province, district, commune)


def _occupied(database: Database) -> int:
    with database.unit_of_work() as uow:
        return sum(r.occupied for r in figures.occupancy(uow, TODAY).dormitories)


def _attempt(qtbot: Any, tab: ReleaseTab, day: dt.date, method: str, reached: bool,
             answered: str, keyboard: bool = False) -> None:
    if keyboard:  # Enter on the point opens the dialog too
        tab.points_view.setFocus()
        qtbot.keyClick(tab.points_view, Qt.Key.Key_Return)
    else:
        tab.attempt_button.click()
    dialog = _dialog(tab, AttemptDialog)
    _type_date(dialog.on, day)
    dialog.method.setCurrentIndex(dialog.method.findData(method))
    (dialog.reached if reached else dialog.not_reached).setChecked(True)
    dialog.answered_by.setText(answered)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def _preview(qtbot: Any, tab: ReleaseTab, before: PrintPreview | None = None
             ) -> PrintPreview:
    """The preview the tab's printer opened after ``before``, once its PDF is rendered."""
    qtbot.waitUntil(lambda: tab.printer is not None and tab.printer.last_preview is not None
                    and tab.printer.last_preview is not before
                    and tab.printer.last_preview.isVisible(), timeout=20000)
    assert tab.printer is not None and tab.printer.last_preview is not None
    return tab.printer.last_preview


def _pdf_text(preview: PrintPreview) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf))
                             .pages).split())


def _prints(database: Database) -> list[str]:
    with database.unit_of_work() as uow:
        return [str(summary_of(s)) for s in uow.session.scalars(
            select(AuditEntry.summary).where(AuditEntry.action == "print")
            .order_by(AuditEntry.id))]


def test_plan_release_and_follow_up_a_person(qtbot: Any, database: Database,
                                             clerk: Actor, tmp_path: Path) -> None:
    stay = full_stay(database, clerk)
    boss = supervisor(database)
    assert _occupied(database) == 1

    # The plan: two pathways set on the record's Release tab.
    tab = _tab(qtbot, database, boss, stay.episode)
    # A two-year sentence governs the expected release; the tooltip gives every date.
    assert "governed by: the sentence ends." in tab.summary.text()
    assert "Sentence ends: " in tab.summary.toolTip()
    assert tab.release_button.isEnabled() and tab.pathway_button.isEnabled()
    assert tab.plan_model.rowCount() == 7
    for row, (status, contact) in enumerate((
            (PathwayStatus.DONE, "Sok Chenda (mother), 012 345 678"),
            (PathwayStatus.IN_PROGRESS, "Batheay commune council, 097 555 010"))):
        tab.plan_view.selectRow(row)
        tab.pathway_button.click()
        dialog = _dialog(tab, PathwayDialog)
        assert dialog.pathway.currentData() == list(Pathway)[row]
        dialog.status.setCurrentIndex(dialog.status.findData(status))
        dialog.contact.setText(contact)
        dialog.notes.setPlainText("arranged at the family visit")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=5000)
    with database.unit_of_work() as uow:
        plan = planning.plan(uow, stay.episode)
    assert [p.status for p in plan.pathways[:2]] == [PathwayStatus.DONE,
                                                     PathwayStatus.IN_PROGRESS]
    assert plan.pathways[0].receiving_contact.startswith("Sok Chenda")
    assert tab.plan_state.text() == "1 of 7 pathways settled."
    save_screenshot(tab, "release-tab-plan.png")

    # The release: savings and belongings shown from the services, handed back.
    tab.release_button.click()
    release = _dialog(tab, ReleaseDialog)
    assert "3,000 riel" in release.handed_back.text()
    assert "mobile phone" in release.handed_back.text() and "shirt" in release.handed_back.text()
    assert not release.death.isVisible() and release.hand_back.isChecked()
    _type_date(release.on, RELEASED)
    assert release.exit_reason() is ExitReason.COMPLETED
    release.destination.set_address(_place())
    release.kind.setCurrentIndex(release.kind.findData("family"))
    release.receiver.setText("Sok Chenda (mother)")
    release.phone.setText("012 345 678")
    save_screenshot(release, "release-dialog.png")
    release.ok_button.click()
    qtbot.waitUntil(lambda: not release.isVisible(), timeout=5000)
    assert tab.stay is not None and tab.stay.release is not None
    record = tab.stay.release
    assert (record.savings_paid_riel, record.belongings_returned) == (3000, 2)
    assert "Released on 03 Aug 2026: completed the programme." in tab.summary.text()
    assert not tab.release_button.isEnabled() and not tab.pathway_button.isEnabled()
    assert _occupied(database) == 0  # the bed is free
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(BelongingRow).where(
            BelongingRow.returned_on == RELEASED)) == 2
    tab.parts.setCurrentIndex(1)
    save_screenshot(tab, "release-tab-release.png")

    # The release certificate and the hand-over sheet, previewed, audited when they leave.
    assert tab.print_certificate_button.isEnabled() and tab.print_handover_button.isEnabled()
    case = record.case_number
    tab.print_certificate_button.click()
    certificate = _preview(qtbot, tab)
    assert certificate.windowTitle() == f"Print preview — Release certificate {case}"
    assert case in _pdf_text(certificate)
    assert f"printed the release certificate for {case}" not in _prints(database)
    assert certificate.write_to(tmp_path / "release.pdf") is None  # "Save as PDF…"
    assert f"printed the release certificate for {case}" in _prints(database)
    certificate.close()
    tab.print_handover_button.click()
    handover = _preview(qtbot, tab, certificate)
    assert handover.windowTitle() == f"Print preview — Hand-over sheet {case}"
    assert "mobile phone" in _pdf_text(handover)
    assert handover.write_to(tmp_path / "handover.pdf") is None
    assert any(p.startswith(f"printed the hand-over sheet (belongings and savings) for {case}")
               for p in _prints(database))
    handover.close()

    # Follow-up: two failed attempts, then someone reached, then the interview.
    tab.parts.setCurrentIndex(tab.follow_index)
    assert [p.months for p in tab.points_model.rows] == [1, 3, 6, 12]
    point = tab.selected_point()
    assert point is not None and (point.months, point.status) == (1, "overdue")
    assert not tab.interview_button.isEnabled()  # nobody reached yet
    _attempt(qtbot, tab, dt.date(2026, 8, 25), "phone", False, "nobody answered")
    _attempt(qtbot, tab, dt.date(2026, 8, 30), "home_visit", False,
             "a neighbour: the family was at the market", keyboard=True)
    point = tab.selected_point()
    assert point is not None and len(point.attempts) == 2 and point.status == "overdue"
    assert tab.attempts_model.rowCount() == 2
    assert tab.attempts_model.index(1, 2).data() == "not reached"
    _attempt(qtbot, tab, dt.date(2026, 9, 5), "family", True, "his mother")
    point = tab.selected_point()
    assert point is not None and point.status == "reached"
    assert tab.points_model.index(0, 3).data() == "reached"
    assert tab.interview_button.isEnabled()

    tab.interview_button.click()
    interview = _dialog(tab, InterviewDialog)
    assert interview.on.text() == "05/09/2026"  # the reached attempt's day
    interview.substances["amphetamines"].setValue(0)
    interview.substances["alcohol"].setValue(2)
    interview.injected.setValue(0)
    interview.work.setValue(20)
    interview.housing.setCurrentIndex(interview.housing.findData(False))
    interview.arrested.setCurrentIndex(interview.arrested.findData(False))
    interview.treatment.setCurrentIndex(interview.treatment.findData(True))
    interview.physical.setValue(15)
    interview.psychological.setValue(14)
    interview.quality.setValue(16)
    save_screenshot(interview, "release-interview-dialog.png")
    interview.ok_button.click()
    qtbot.waitUntil(lambda: not interview.isVisible(), timeout=5000)
    assert tab.interviews_model.rowCount() == 1
    assert tab.points_model.index(0, 5).data() == "interviewed"
    assert not tab.interview_button.isEnabled()
    row = [tab.interviews_model.index(0, c).data() for c in range(13)]
    assert row[0] == "follow-up · 1 month" and row[5] == "20" and row[9] == "15 / 20"
    assert "Alcoholic beverages 2" in row[2] and row[8] == "yes"
    save_screenshot(tab, "release-tab-follow-up.png")
    with database.unit_of_work() as uow:
        answers = followup.interviews(uow, stay.episode)[0].answers
        attempts = uow.session.scalar(select(func.count()).select_from(ContactAttempt))
    assert answers.days_used == {"alcohol": 2, "amphetamines": 0}
    assert answers.days_injected == 0 and answers.shared_equipment is None
    assert answers.quality_of_life == 16 and attempts == 3

    # The page: released, and the 3-month point on today's worklist with the phone.
    page = _page(qtbot, database, boss)
    assert [r.episode_uid for r in page.released.model.rows] == [stay.episode]
    assert page.released.model.index(0, 5).data() == (
        "family member · Sok Chenda (mother) · 012 345 678")
    assert page.released.model.index(0, 6).data() == "3,000 riel"
    page.navigate_to("released", "")
    with qtbot.waitSignal(page.open_requested, timeout=2000) as opened:
        page.released.open_button.click()
    assert opened.args == [person_of(database, stay.episode)]
    assert page.due.model.rowCount() == 0
    work = _points(page.worklist.model)
    assert [(r.episode_uid, r.months, r.status) for r in work] == [(stay.episode, 3,
                                                                    "overdue")]
    assert work[0].phone == "012 345 678"
    assert page.worklist.model.index(0, 9).data() == "012 345 678"
    assert page.worklist.model.index(0, 11).data()  # the destination, as an address
    assert page.overdue.model.rowCount() == 1 and page.lost.model.rowCount() == 0


def _points(model: Any) -> list[Any]:
    """Every row of a paged list of points, as a clerk scrolling it reads them."""
    return [model.row_at(i) for i in range(model.rowCount())]


def _answer_interview(qtbot: Any, interview: Any, alcohol: int) -> None:
    interview.substances["amphetamines"].setValue(0 if alcohol else 20)
    interview.substances["alcohol"].setValue(alcohol)
    interview.work.setValue(12)
    interview.quality.setValue(9)
    interview.ok_button.click()
    qtbot.waitUntil(lambda: not interview.isVisible(), timeout=5000)


def test_the_interviews_at_admission_and_at_release_from_the_release_tab(
        qtbot: Any, database: Database, clerk: Actor) -> None:
    """Issue #15, item 4: the same questions at admission (the 4 weeks before detention),
    at release and at each follow-up; the first two are asked from the Release part."""
    stay = full_stay(database, clerk)
    boss = supervisor(database)
    tab = _tab(qtbot, database, boss, stay.episode)
    tab.parts.setCurrentIndex(1)
    assert tab.admission_interview_button.isEnabled()
    assert tab.release_interview_button.isEnabled()
    assert "Interview at admission: not recorded." in tab.baseline_state.text()

    tab.admission_interview_button.click()
    interview = _dialog(tab, InterviewDialog)
    assert "the 4 weeks before detention" in interview.heading.text()
    assert interview.on.text() == "01/03/2026"  # the arrival day
    _type_date(interview.on, dt.date(2026, 3, 2))
    _answer_interview(qtbot, interview, alcohol=0)
    assert not tab.admission_interview_button.isEnabled()
    assert "Interview at admission: recorded on 02 Mar 2026" in tab.baseline_state.text()
    save_screenshot(tab, "release-tab-interviews.png")

    tab.release_interview_button.click()
    interview = _dialog(tab, InterviewDialog)
    assert "At release. Every question is about the last 28 days." in \
        interview.heading.text()
    assert interview.on.text() == TODAY.strftime("%d/%m/%Y")  # before the release: today
    _answer_interview(qtbot, interview, alcohol=1)
    assert not tab.release_interview_button.isEnabled()
    with database.unit_of_work() as uow:
        taken = followup.interviews(uow, stay.episode)
    assert [(i.occasion, i.point_months, i.answers.days_used) for i in taken] == [
        ("admission", None, {"amphetamines": 20, "alcohol": 0}),
        ("release", None, {"amphetamines": 0, "alcohol": 1})]
    assert [tab.interviews_model.index(r, 0).data() for r in range(2)] == [
        "admission", "release"]
    assert tab.record_baseline("admission") is None  # once each


def test_the_follow_up_schedule_is_edited_on_the_administration_page(
        qtbot: Any, database: Database, clerk: Actor) -> None:
    """Issue #15, item 4: the points' months are a centre setting; a bad schedule is
    refused with its sentence and nothing changes."""
    from rehabdesk.domain.settings import FOLLOW_UP_MONTHS
    from rehabdesk.services.platform import settings
    from rehabdesk.ui.administration.settings_form import CentreSettingsForm

    admin = actor(database, Role.ADMINISTRATOR, "release.admin")
    form = CentreSettingsForm(Operations(database, admin))
    qtbot.addWidget(form)
    line = form.schedules[FOLLOW_UP_MONTHS]
    assert line.text() == "1, 3, 6, 12"
    line.setText("1, 6, 3")
    form.reason.setText("two years, as the ministry asks")
    form.apply()
    assert "must increase: 3 cannot come after 6" in form.error.text()
    line.setText("1, 3, 6, 12, 24")
    save_screenshot(form, "centre-settings-schedule.png")
    form.apply()
    assert form.status.text().startswith("Saved")
    with database.unit_of_work() as uow:
        assert settings.months(uow, FOLLOW_UP_MONTHS) == (1, 3, 6, 12, 24)
    clerk_form = CentreSettingsForm(Operations(database, clerk))
    qtbot.addWidget(clerk_form)
    assert not clerk_form.schedules[FOLLOW_UP_MONTHS].isEnabled()


def test_a_refused_release_shows_its_sentence_and_saves_nothing(
        qtbot: Any, database: Database, clerk: Actor) -> None:
    stay = full_stay(database, clerk)
    boss = supervisor(database)
    before = audit_count(database)
    tab = _tab(qtbot, database, boss, stay.episode)
    tab.release_button.click()
    dialog = _dialog(tab, ReleaseDialog)

    _type_date(dialog.on, dt.date(2026, 1, 15))  # before the arrival on 1 Mar 2026
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.result_record is None
    assert dialog.error.isVisible() and "before" in dialog.error.text()
    assert "arriv" in dialog.error.text(), dialog.error.text()

    # A death asks for its circumstances and the three notifications.
    _type_date(dialog.on, RELEASED)
    dialog.reason.setCurrentIndex(dialog.reason.findData(ExitReason.DIED))
    assert dialog.death.isVisible() and not dialog.hand_back.isHidden()
    dialog.ok_button.click()
    assert dialog.isVisible() and "circumstances" in dialog.error.text(), dialog.error.text()
    dialog.circumstances.setPlainText("collapsed during morning exercise")
    _type_date(dialog.notified["family"], RELEASED)
    dialog.ok_button.click()
    assert dialog.isVisible() and "prosecutor" in dialog.error.text(), dialog.error.text()
    save_screenshot(dialog, "release-dialog-refused.png")
    dialog.reject()

    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Release)) == 0
        assert uow.session.scalar(select(func.count()).select_from(BelongingRow).where(
            BelongingRow.returned_on.is_not(None))) == 0
    assert audit_count(database) == before and _occupied(database) == 1
    tab.refresh()
    assert tab.stay is not None and tab.stay.release is None and tab.release_button.isEnabled()


def test_only_a_supervisor_releases(qtbot: Any, database: Database, clerk: Actor) -> None:
    stay = full_stay(database, clerk)
    tab = _tab(qtbot, database, clerk, stay.episode)
    assert not tab.release_button.isVisibleTo(tab)
    assert tab.pathway_button.isVisibleTo(tab) and tab.pathway_button.isEnabled()
    assert tab.release() is None
    auditor = actor(database, Role.AUDITOR, "release.auditor")
    read_only = _tab(qtbot, database, auditor, stay.episode)
    assert not read_only.pathway_button.isVisibleTo(read_only)
    assert not read_only.attempt_button.isVisibleTo(read_only)


def test_the_demo_centre_s_releases_page_and_a_released_person_s_tab(
        qtbot: Any, qtmodeltester: Any, demo_database: Database, monkeypatch: Any) -> None:
    monkeypatch.setattr(WorklistModel, "PAGE_ROWS", 7)  # the demo's lists span pages
    from rehabdesk.demo.release import HELD_PAST_DATE, HELD_PAST_DAYS
    from rehabdesk.services.platform import users
    from rehabdesk.services.release import figures as release_figures
    from rehabdesk.ui.dashboard.page import DashboardPage

    with demo_database.unit_of_work() as uow:
        boss = users.actor_named(uow, "dara.heng")
        interviewed = [i for i in (followup.interviews(uow, r.episode_uid) for r in
                                   release_figures.released_since(uow, dt.date(2000, 1, 1)))
                       if any(x.occasion == "follow_up" for x in i)]
        shown = release_figures.release_figures(uow, TODAY)
    assert interviewed
    page = _page(qtbot, demo_database, boss)
    assert page.released.model.rowCount() > 0 and page.worklist.model.rowCount() > 0
    due = page.due.model.rows
    assert due and all(row.governs in planning.GOVERNING for row in due)
    assert all(row.on is not None and row.on <= TODAY + dt.timedelta(days=30) for row in due)
    # Realistic (item 5 of the review): the stays ending in the next 30 days, and only a
    # few held past the date, lately, whose release is being arranged.
    late = [(TODAY - row.on).days for row in due if row.on is not None and row.on < TODAY]
    assert 0 < len(late) <= HELD_PAST_DATE and max(late) <= HELD_PAST_DAYS
    assert len(due) > len(late)
    assert page.due.count.text().startswith(f"{len(due)} stays are expected to end within "
                                            f"30 days; {len(late)} of them are past the date")
    assert page.due.model.index(0, 6).data() in (
        "the sentence ends", "treatment order: the programme's planned end",
        "the programme's planned end")
    assert "Governed by: " in page.due.model.index(0, 0).data(3)  # the tooltip
    save_screenshot(page, "releases-due.png")
    for part in page.parts():
        qtmodeltester.check(part.model)
    page.navigate_to("worklist", "")
    work = _points(page.worklist.model)
    assert {r.status for r in work} <= {"due", "overdue"}
    days = [r.days_left for r in work]
    assert days == sorted(days)
    # Every point is on the list, each row read a page at a time as it is shown.
    with demo_database.unit_of_work() as uow:
        assert work == followup.worklist(uow, TODAY)
        assert _points(page.lost.model) == followup.lost(uow, TODAY)
        assert _points(page.overdue.model) == followup.overdue(uow, TODAY)
    save_screenshot(page, "releases-worklist.png")

    tab = _tab(qtbot, demo_database, boss, interviewed[0][0].episode_uid)
    assert tab.parts.currentIndex() == tab.follow_index  # a released stay opens there
    assert tab.interviews_model.rowCount() >= 1
    for model in (tab.plan_model, tab.points_model, tab.attempts_model,
                  tab.interviews_model):
        qtmodeltester.check(model)
    save_screenshot(tab, "release-tab-demo.png")

    dashboard = DashboardPage(Operations(demo_database, boss), today=lambda: TODAY)
    qtbot.addWidget(dashboard)
    dashboard.show_releases(shown)
    assert dashboard.figures["releases"].number.text() == str(shown.released_this_month)
    assert dashboard.figures["follow_up"].number.text() == str(shown.due_this_week)
    rate = shown.reach_rate
    assert dashboard.figures["reach"].number.text() == (
        "–" if rate is None else f"{round(rate)} %")
    assert f"of {shown.six_month_points})" in dashboard.figures["reach"].caption.text()


def test_the_releases_page_reads_its_lists_off_the_gui_thread(
        qtbot: Any, database: Database, clerk: Actor, monkeypatch: Any) -> None:
    """A centre with thousands of releases must not freeze the window while they are read:
    the lists are read on a worker thread and shown when they arrive."""
    import threading

    from rehabdesk.ui.release import page as page_module
    from tests.ui.conftest import reading_threads

    stay = full_stay(database, clerk)
    threads = reading_threads(monkeypatch, page_module, "release_lists")
    page = ReleasesPage(Operations(database, supervisor(database)), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.lists is None  # not read yet: the answer comes through the event loop
    qtbot.waitUntil(lambda: page.lists is not None, timeout=5000)
    assert threads and threading.main_thread() not in threads
    assert page.due.count.text().startswith("0 stays")  # a two-year sentence: not due
    assert stay.episode not in {r.episode_uid for r in page.released.model.rows}
