"""A Khmer walk through the whole interface (issue #21, item 6).

With the demo centre and the interface in Khmer, the main window is signed in and walked:
every sidebar page (and each tab inside a page), every tab of a record that has something
in each, and every dialog a button on them opens without changing anything (opened, read,
closed with ``reject()``). Every text a clerk can see is collected — labels, buttons,
group titles, tab texts, menu and action texts, tooltips, placeholders, window titles,
the status bar, the chart, table headers and the first rows of every list — and the test
fails on any English word among them, naming the widget it was found in.

A Latin word is allowed only when it is one of these, each a thing with no Khmer name:
- a proper noun of the demo centre's data: people's, users', prisons', courts' and
  places' Latin names, read from the database, not listed here;
- a number or a code: case, inmate and lot numbers, ids, paths (``CODE``);
- an instrument's, a file format's or a product's name (``NAMES``);
- "English" in the language chooser, and the users' logins (read from the database);
- a key's name as printed on the keyboard, and a lone letter (a key to press, a
  dormitory's letter, a mnemonic).

``make screenshots`` saves each page and record tab in Khmer as
``docs/screenshots/km/<page>.png``, for the Khmer user guide.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractListModel, QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import func, select

from rehabdesk.app import feature_registry
from rehabdesk.db.models import BelongingRow, Centre, Episode, Person, User
from rehabdesk.db.models_budget import CostItemRow
from rehabdesk.db.models_clinical import Consent, HealthScreenRow, Screening, UrineTestRow
from rehabdesk.db.models_enrolment import (
    Attendance,
    CaseGoal,
    DischargeSummary,
    Dormitory,
    Enrolment,
    EnrolmentTransition,
    GroupSession,
    ProgressNote,
)
from rehabdesk.db.models_legal import CourtCase, EligibilityOverride, VerdictChange
from rehabdesk.db.models_release import (
    ContactAttempt,
    OutcomeInterview,
    ReintegrationPathway,
    Release,
)
from rehabdesk.db.models_vocational import (
    AllocationTransition,
    Assessment,
    Certificate,
    PayPeriod,
    Workshop,
    WorkshopAllocation,
)
from rehabdesk.domain import gazetteer
from rehabdesk.exchange import keys
from rehabdesk.services.enrolment import attendance
from rehabdesk.services.exchange.keys import current_state, installed_hq
from rehabdesk.services.platform import users
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import Database, UnitOfWork
from rehabdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY, open_stays, save_screenshot

# -- what may be Latin in a Khmer window ----------------------------------------------------

NAMES = frozenset({
    "ASSIST", "DAST", "AUDIT",  # the screening instruments keep their published names
    "WHO",  # ASSIST's publisher: "WHO ASSIST"
    "LSD", "PCP",  # drugs named by their letters (ASSIST item h)
    "AMP", "MET", "MDMA", "MOP", "THC", "KET", "COC", "BZO",  # printed on the urine kit
    "RehabDesk", "SQLCipher", "Excel",  # products
    "CSV", "csv", "PDF", "pdf", "XLSX", "xlsx", "xls", "ods", "JPEG", "USB",  # formats
    "HIV", "TB", "ID",  # medical and identity abbreviations used as such in Khmer
    "QR",  # the code printed on a certificate, called so in Khmer too
    "English",  # the language chooser names each language in its own script
})
KEYS = frozenset({"Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Space", "Backspace",
                  "Del", "Delete", "Home", "End", "PgUp", "PgDown"})
"""Key names as printed on the keyboard (``Ctrl+S``, ``F5``)."""
CODE = re.compile(r"""
      (?:[A-Za-z]:)?(?:[/\\][\w.+-]+){2,}     # a path (the database in the status bar)
    | [\w./+-]*\d[\w./+-]*                    # anything with a digit: numbers, case and
                                              # inmate numbers, lots, ids, versions, F5
    | \(&\w\)|&(?=\w)                          # a mnemonic: (&K) after a Khmer label
    | \brehabdesk(?:\s[a-z-]+){1,2}\b            # a command to type: rehabdesk db encrypt
    """, re.VERBOSE | re.ASCII)
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
PHRASES = ("Special K",)
"""Names of several words: ketamine's street name, which ASSIST item h quotes."""
TYPED_IN_ENGLISH = ("English name",)
"""Column headers (as the English source says them) of settings lists whose column holds
what an administrator typed as a name's English spelling."""

PARTS = ("summary", "questionnaires", "urine", "health", "consent")
"""The parts of the record's Screening tab, in their order (Alt+1 … Alt+5)."""
PAGE_TABS = {"enrolment": ("waitlist", "bed-board", "sessions"),
             "vocational": ("workshops", "register", "pay-periods", "certificates"),
             "releases": ("due", "released", "worklist", "overdue", "lost", "outcomes")}
"""The tabs inside a page, as their screenshots are named."""
ROWS = 30
"""Rows of each list read (the first screenful and then some)."""


# -- collecting what is on the screen --------------------------------------------------------

def _path(widget: QWidget, root: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None:
        parts.append(w.objectName() or type(w).__name__)
        if w is root:
            break
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


class Collector:
    """Every visible text, with the widget path it was found at."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.places: set[str] = set()

    def add(self, where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            self.texts.append((where, _plain(text)))

    def window(self, root: QWidget, place: str) -> None:
        """Everything visible in ``root`` now (a page, a tab, a dialog)."""
        self.places.add(place)
        self.add(f"{place}: {_path(root, root)} [window title]", root.windowTitle())
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            self.widget(widget, f"{place}: {_path(widget, root)}")
        if isinstance(root, QMainWindow):
            self.add(f"{place}: status bar", root.statusBar().currentMessage())
            self.actions(root.menuBar().actions(), f"{place}: menu bar")

    def actions(self, actions: Iterable[Any], where: str) -> None:
        for action in actions:
            self.add(f"{where} › action {action.objectName()}", action.text())
            if action.toolTip() != action.text().replace("&", "").replace("…", "..."):
                self.add(f"{where} › action {action.objectName()} [tooltip]", action.toolTip())
            if action.menu() is not None:
                self.add(f"{where} › menu", action.menu().title())
                self.actions(action.menu().actions(), f"{where} › {action.text()}")

    def widget(self, w: QWidget, where: str) -> None:
        self.add(f"{where} [tooltip]", w.toolTip())
        if isinstance(w, QLabel):
            self.add(where, w.text())
        elif isinstance(w, QAbstractButton):
            self.add(where, w.text())
            if isinstance(w, QPushButton) and w.menu() is not None:
                self.actions(w.menu().actions(), f"{where} › menu")
        elif isinstance(w, QGroupBox):
            self.add(f"{where} [title]", w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                self.add(f"{where} [tab {i}]", w.tabText(i))
                self.add(f"{where} [tab {i} tooltip]", w.tabToolTip(i))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                self.add(f"{where} [tab {i}]", w.tabText(i))
        elif isinstance(w, QLineEdit):
            self.add(f"{where} [placeholder]", w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            self.add(f"{where} [placeholder]", w.placeholderText())
            if w.isReadOnly():
                self.add(where, w.toPlainText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                self.add(f"{where} [item {i}]", w.itemText(i))
        elif isinstance(w, QAbstractSpinBox):
            self.add(f"{where} [special value]", w.specialValueText())
            if isinstance(w, QSpinBox):
                self.add(f"{where} [prefix]", w.prefix())
                self.add(f"{where} [suffix]", w.suffix())
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            self.view(w, where)  # (a header view's model is its table's, read there)
        elif isinstance(w, QChartView):
            chart = w.chart()
            self.add(f"{where} [chart title]", chart.title())
            for axis in chart.axes():
                self.add(f"{where} [axis title]", axis.titleText())
                if isinstance(axis, QBarCategoryAxis):
                    for category in axis.categories():
                        self.add(f"{where} [axis category]", category)
            for series in chart.series():
                self.add(f"{where} [series]", series.name())
                for bar_set in getattr(series, "barSets", list)():
                    self.add(f"{where} [bar set]", bar_set.label())
        for action in w.actions():
            if not isinstance(w, QMenu):
                self.add(f"{where} › action {action.objectName()}", action.text())

    def view(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()
        if model is None:
            return
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for column in range(columns):
            self.add(f"{where} [header {column}]",
                     model.headerData(column, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.DisplayRole))
        typed_in_english = {QCoreApplication.translate(context, header)
                            for header in TYPED_IN_ENGLISH
                            for context in ("ProgrammesModel", "SessionTypesModel")}
        for row in range(min(ROWS, model.rowCount())):
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.DisplayRole)
                if header in typed_in_english:
                    continue
                self.add(f"{where} [row {row}, column {column}]",
                         model.index(row, column).data(Qt.ItemDataRole.DisplayRole))


# -- the check -------------------------------------------------------------------------------

def _typed_texts(database: Database) -> list[str]:
    """What the demo centre's staff typed: the names of its prisons, courts and
    dormitories, and free-text fields (in English, as the demo generator writes
    them) — a clerk's words, not the interface's. Longest first, so a value is taken out
    before a shorter one inside it."""
    values: set[str] = set()
    with database.unit_of_work() as uow:
        for column in (Person.origin_prison, Episode.transferred_from, CourtCase.court,
                       Dormitory.name, Centre.code, Person.kin_relation,
                       Episode.escort, Episode.transfer_document,
                       Episode.close_reason, BelongingRow.item, BelongingRow.condition,
                       CaseGoal.area, CaseGoal.goal, CaseGoal.outcome_note, ProgressNote.text,
                       DischargeSummary.summary, DischargeSummary.recommendations,
                       DischargeSummary.follow_up, Enrolment.over_capacity_reason,
                       Enrolment.override_note, EnrolmentTransition.reason, Attendance.note,
                       GroupSession.topic, VerdictChange.reason, EligibilityOverride.reason,
                       UrineTestRow.kit, HealthScreenRow.chronic_conditions,
                       Consent.refusal_reason, Workshop.name_en, Workshop.trainer,
                       Workshop.certificate_issuer, Certificate.issuer, Certificate.assessor,
                       Certificate.workshop_name, Certificate.person_name,
                       Certificate.revoke_reason, Assessment.assessor, Assessment.note,
                       AllocationTransition.reason, WorkshopAllocation.notes,
                       WorkshopAllocation.over_capacity_reason, WorkshopAllocation.consent_by,
                       AllocationTransition.recorded_by, PayPeriod.closed_by,
                       Release.other_reason, Release.case_returned_to, Release.handed_to_name,
                       Release.handed_to_phone, Release.circumstances, Release.released_by,
                       ContactAttempt.answered_by, ContactAttempt.note,
                       ContactAttempt.recorded_by, OutcomeInterview.recorded_by,
                       ReintegrationPathway.notes, ReintegrationPathway.receiving_contact,
                       CostItemRow.description):
            values.update(v for v in uow.session.scalars(select(column).distinct()) if v)
        values.update(_fingerprint_words(uow))
    return sorted((v for v in values if LATIN_WORD.search(v)), key=len, reverse=True)


def _fingerprint_words(uow: UnitOfWork) -> list[str]:
    """The demo centre's and headquarters' key fingerprints in words, as the Export page
    shows them: BIP-39's standard list is English only (issue #16, item 3), so they stay
    English in Khmer as the digits stay digits."""
    hq, state = installed_hq(uow), current_state(uow)
    words = [] if hq is None else [hq.words]
    if state is not None and state.signing_key is not None:
        words.append(keys.fingerprint_words(keys.public_of(state.signing_key)))
    return words


def _allowed_words(database: Database) -> frozenset[str]:
    """The words of people's and places' Latin names in the demo centre, and the
    logins. (Names of several words that hold English — "Correctional Centre 1",
    "Kampong Cham Provincial Court" — are taken out whole, with ``_typed_texts``.)"""
    texts: list[str | None] = []
    with database.unit_of_work() as uow:
        session = uow.session
        for column in (Person.latin_name, Person.kin_name, User.full_name, User.username):
            texts += session.scalars(select(column).distinct()).all()
        addresses = set(session.execute(select(
            Person.province_code, Person.district_code, Person.commune_code)))
    places = list(gazetteer.choices("province"))  # and the lists an address picker shows
    for province, district, commune in addresses:
        places += [*gazetteer.choices("district", province),
                   *gazetteer.choices("commune", district), *gazetteer.choices("village", commune)]
    texts += [place.name_en for place in places]
    words: set[str] = set()
    for text in filter(None, texts):
        words.update(LATIN_WORD.findall(text))
        words.update(text.split())  # logins: "sokha.chan"
    return frozenset(words)


def english_in(text: str, allowed: frozenset[str], typed: Iterable[str]) -> list[str]:
    """The Latin words of ``text`` that are not allowed; ``typed``: what people typed
    in the demo centre (notes, reasons, goals), taken out whole first."""
    rest = text
    for value in (*PHRASES, *typed):
        if value in rest:
            rest = rest.replace(value, " ")
    rest = CODE.sub(" ", rest)
    for login in (w for w in allowed if "." in w):  # a login, whole
        rest = rest.replace(login, " ")
    return [word for word in LATIN_WORD.findall(rest)
            if len(word) > 1 and word not in allowed and word not in NAMES
            and word not in KEYS]


# -- the walk --------------------------------------------------------------------------------

def settle(qtbot: Any) -> None:
    """Until every worker has delivered and the screen has caught up."""
    pool = QThreadPool.globalInstance()
    for _ in range(3):
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=20000)
        QCoreApplication.sendPostedEvents()
        qtbot.wait(30)


def screenshot(widget: QWidget, name: str) -> None:
    """``docs/screenshots/km/<name>.png`` under ``make screenshots`` (nothing otherwise)."""
    folder = os.environ.get("REHABDESK_SCREENSHOTS")
    if folder:
        (Path(folder) / "km").mkdir(parents=True, exist_ok=True)
        save_screenshot(widget, f"km/{name}.png")


def in_dialog(qtbot: Any, collector: Collector, place: str, trigger: Callable[[], object],
              ready: Callable[[QDialog], bool] = lambda _d: True,
              shot: str | None = None) -> None:
    """Presses ``trigger``, reads the dialog it opens (modal ``exec()`` or ``open()``)
    and closes it with ``reject()`` — nothing is saved."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    seen: list[QDialog] = []
    busy: list[bool] = []

    def poll() -> None:
        if busy or seen:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
                busy.append(True)
                settle(qtbot)
                qtbot.waitUntil(lambda w=widget: ready(w), timeout=20000)
                settle(qtbot)
                collector.window(widget, place)
                if shot:
                    screenshot(widget, shot)
                seen.append(widget)
                widget.reject()
                return

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    try:
        trigger()
        qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    finally:
        timer.stop()
    settle(qtbot)


def _window(qtbot: Any, database: Database, username: str) -> MainWindow:
    with database.unit_of_work() as uow:
        centre = get_centre(uow)
        actor = users.actor_named(uow, username)
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    window.attach(database, centre, actor)
    settle(qtbot)
    return window


def _show(qtbot: Any, window: MainWindow, key: str) -> Any:
    window.sidebar.setCurrentRow(window.page_index(key))
    settle(qtbot)
    page = window.pages.currentWidget()
    assert page is not None
    return page


def _fullest_record(database: Database) -> str:
    """The person whose current stay has the most tabs filled: a court case, a
    screening, a urine test, a health screen, consent, an enrolment with goals, notes and
    a discharge summary."""
    with database.unit_of_work() as uow:
        s = uow.session
        filled = [set(s.scalars(select(column))) for column in (
            CourtCase.episode_id, Screening.episode_id, UrineTestRow.episode_id,
            HealthScreenRow.episode_id, Consent.episode_id)]
        filled += [set(s.scalars(select(Enrolment.episode_id).join(table)))
                   for table in (CaseGoal, ProgressNote, DischargeSummary)]
        latest = s.execute(select(Person.uid, func.max(Episode.id))
                           .join(Episode, Episode.person_id == Person.id)
                           .group_by(Person.id).order_by(Person.id)).all()
    uid, _ = max(latest, key=lambda row: sum(row[1] in ids for ids in filled))
    return str(uid)


def _worker(database: Database) -> str:
    """A person whose current stay has workshop places and a certificate."""
    with database.unit_of_work() as uow:
        return str(uow.session.scalar(
            select(Person.uid).join(Episode, Episode.person_id == Person.id)
            .join(WorkshopAllocation, WorkshopAllocation.episode_id == Episode.id)
            .join(Certificate, Certificate.allocation_id == WorkshopAllocation.id)
            .order_by(Person.id).limit(1)))


def _followed_up(database: Database) -> str:
    """A person whose current stay ended with a release, followed up with attempts and an
    outcome interview."""
    with database.unit_of_work() as uow:
        latest = dict(uow.session.execute(select(Episode.person_id, func.max(Episode.id))
                                          .group_by(Episode.person_id)).all())
        found = uow.session.execute(
            select(Person.uid, Person.id, Episode.id)
            .join(Episode, Episode.person_id == Person.id)
            .join(Release, Release.episode_id == Episode.id)
            .join(OutcomeInterview, OutcomeInterview.episode_id == Episode.id)
            .where(OutcomeInterview.occasion == "follow_up")
            .order_by(Person.id)).all()
    return next(str(uid) for uid, person, episode in found if latest[person] == episode)


def walk_tabs(qtbot: Any, collector: Collector, root: QWidget, tabs: QTabWidget, place: str,
              shot: str | None = None, keys: Iterable[str] = ()) -> None:
    """Each tab of ``tabs`` in front in turn, read (and its inner tabs too)."""
    names = list(keys)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot)
        name = names[index] if index < len(names) else str(index)
        collector.window(root, f"{place} › {name}")
        if shot:
            screenshot(root, f"{shot}-{name}")
        current = tabs.currentWidget()
        for inner in current.findChildren(QTabWidget):
            if inner.isVisible():
                walk_tabs(qtbot, collector, root, inner, f"{place} › {name}")


def walk_pages(qtbot: Any, collector: Collector, window: MainWindow, keys: Iterable[str]
               ) -> None:
    for key in keys:
        page = _show(qtbot, window, key)
        if key == "detainees":
            qtbot.waitUntil(lambda p=page: p.model.rowCount() == 300, timeout=10000)
        if key == "dashboard":
            qtbot.waitUntil(lambda p=page: p.data is not None, timeout=10000)
        settle(qtbot)
        collector.window(window, f"page {key}")
        screenshot(window, key)
        for tabs in page.findChildren(QTabWidget):
            if tabs.isVisible() and tabs.parentWidget() is page:
                walk_tabs(qtbot, collector, window, tabs, f"page {key}", shot=key,
                          keys=PAGE_TABS.get(key, ()))


def test_every_screen_speaks_khmer(qtbot: Any, demo_database: Database,
                                  khmer_interface: None) -> None:
    from tests.ui.test_eligibility_page import _violent_failure

    allowed = _allowed_words(demo_database)
    typed = _typed_texts(demo_database)
    collector = Collector()
    violent_episode = _violent_failure(demo_database)
    person_uid = _fullest_record(demo_database)

    # -- a supervisor sees every page but Administration and the audit log ------------------
    window: Any = _window(qtbot, demo_database, "dara.heng")
    keys = window.registry.page_keys()
    walk_pages(qtbot, collector, window, [k for k in keys
                                          if k not in ("administration", "audit_log")])

    detainees: Any = window.page("detainees")
    detainees.view.selectRow(0)
    in_dialog(qtbot, collector, "intake form preview (Ctrl+P)", detainees.print_selected,
              shot="print-preview")
    in_dialog(qtbot, collector, "today's arrivals", detainees.print_arrivals)

    intake = _show(qtbot, window, "intake")
    in_dialog(qtbot, collector, "import transfer list", intake.import_button.click,
              shot="import-transfer-list")

    eligibility = _show(qtbot, window, "eligibility")
    qtbot.waitUntil(lambda: eligibility.model.rowCount() == open_stays(demo_database),
                    timeout=10000)
    position = next(i for i in range(eligibility.model.rowCount())
                    if eligibility.model.row_at(i).episode_id == violent_episode)
    eligibility.view.selectRow(position)
    qtbot.waitUntil(lambda: eligibility.decision is not None, timeout=10000)
    settle(qtbot)
    collector.window(window, "page eligibility, a checklist")
    screenshot(window, "eligibility-checklist")
    in_dialog(qtbot, collector, "override", eligibility.override_button.click,
              shot="override")
    in_dialog(qtbot, collector, "decision preview", eligibility.print_button.click)

    enrolment = _show(qtbot, window, "enrolment")
    waitlist = enrolment.waitlist
    qtbot.waitUntil(lambda: waitlist.model.rowCount() > 0, timeout=10000)
    eligible = next(i for i, row in enumerate(waitlist.model.rows) if row.can_enrol)
    waitlist.view.selectRow(eligible)
    settle(qtbot)
    in_dialog(qtbot, collector, "enrol", waitlist.enrol_button.click, shot="enrol")
    in_dialog(qtbot, collector, "withdraw", waitlist.withdraw_button.click)
    enrolment.show_bed_board()
    board = enrolment.bed_board
    qtbot.waitUntil(lambda: board.model.rowCount() > 0, timeout=10000)
    board.view.selectRow(0)
    in_dialog(qtbot, collector, "change status",
              board.change_button.menu().actions()[0].trigger)
    enrolment.tabs.setCurrentWidget(enrolment.sessions)
    sessions = enrolment.sessions
    sessions.read(lambda uow, _actor: attendance.sessions(  # the demo's days, not today's
        uow, TODAY - dt.timedelta(days=7), TODAY))
    qtbot.waitUntil(lambda: sessions.model.rowCount() > 0, timeout=10000)
    sessions.view.selectRow(0)
    in_dialog(qtbot, collector, "roll call", sessions.roll_button.click, shot="roll-call")
    in_dialog(qtbot, collector, "new session", sessions.new_button.click)

    vocational = _show(qtbot, window, "vocational")
    qtbot.waitUntil(lambda: vocational.lists is not None, timeout=10000)  # read on a worker
    vocational.navigate_to("pay", "")
    settle(qtbot)
    if vocational.pay.close_button.isEnabled():
        in_dialog(qtbot, collector, "vocational › close pay period",
                  vocational.pay.close_button.click)
    vocational.navigate_to("certificates", "")
    in_dialog(qtbot, collector, "vocational › issue a certificate",
              vocational.certificates.issue_button.click)
    vocational.certificates.view.selectRow(0)
    if vocational.certificates.revoke_button.isEnabled():
        in_dialog(qtbot, collector, "vocational › revoke",
                  vocational.certificates.revoke_button.click)
    serial = vocational.certificates.model.rows[0].serial
    vocational.certificates.check.setText(serial)
    vocational.certificates.verify()
    collector.window(window, "page vocational › a certificate checked")

    # -- a record with something in every tab, as the supervisor ---------------------------
    record: Any = window.context.open_record(person_uid, None, window)
    assert record is not None
    record.resize(1150, 800)
    settle(qtbot)
    walk_tabs(qtbot, collector, record, record.tabs, "record", shot="record",
              keys=["identity", "episodes", "history", *(
                  t.key for t in window.registry.record_tabs)])
    record.tabs.setCurrentIndex(0)
    record.identity.start_editing()
    settle(qtbot)
    collector.window(record, "record › identity being edited")
    screenshot(record, "record-identity-editing")
    record.identity.cancel()
    in_dialog(qtbot, collector, "record › merge", record.findChild(QPushButton, "mergeButton")
              .click)
    in_dialog(qtbot, collector, "record › print intake form",
              record.print_menu.actions()[0].trigger)

    legal = record.sections["legal"]
    record.show_section("legal")
    legal.cases_view.selectRow(0)
    settle(qtbot)
    for name in ("add_case", "verdict_change", "sentence", "treatment_order"):
        in_dialog(qtbot, collector, f"record › legal › {name}", getattr(legal, name),
                  shot=f"legal-{name.replace('_', '-')}")

    screening = record.sections["screening"]
    record.show_section("screening")
    for part in PARTS:  # a list on the tab's left, not tabs
        screening.show_part(PARTS.index(part))
        settle(qtbot)
        collector.window(record, f"record › screening › {part}")
        screenshot(record, f"record-screening-{part}")
    screening.show_part(0)
    settle(qtbot)
    in_dialog(qtbot, collector, "record › screening summary preview",
              screening.findChild(QPushButton, "printSummary").click)

    tab = record.sections["enrolment"]
    record.show_section("enrolment")
    settle(qtbot)
    in_dialog(qtbot, collector, "record › enrolment › refer", tab.refer)
    if tab.selected() is not None:
        for action in tab.change_menu.actions():
            if action.isEnabled():
                in_dialog(qtbot, collector, f"record › enrolment › {action.text()}",
                          action.trigger)
                break
    record.reject()

    # -- a record with workshop places, hours and a certificate ---------------------------------
    record = window.context.open_record(_worker(demo_database), "vocational", window)
    assert record is not None
    record.resize(1150, 800)
    settle(qtbot)
    tab = record.sections["vocational"]
    walk_tabs(qtbot, collector, record, tab.parts, "record › vocational",
              shot="record-vocational", keys=["history", "hours", "assessments",
                                              "certificates"])
    in_dialog(qtbot, collector, "record › vocational › apply", tab.apply, shot="apply")
    for key in ("consent", "start", "suspend", "resume", "end", "assess", "issue"):
        for row in range(tab.model.rowCount()):
            tab.view.selectRow(row)
            settle(qtbot)
            if tab.buttons[key].isEnabled():
                in_dialog(qtbot, collector, f"record › vocational › {key}",
                          tab.buttons[key].click)
                break
    record.reject()

    # -- the Release tab: a stay still open (the plan, the release), then a released person ---
    record = window.context.open_record(person_uid, "release", window)
    assert record is not None
    record.resize(1150, 800)
    settle(qtbot)
    tab = record.sections["release"]
    if tab.pathway_button.isEnabled():
        in_dialog(qtbot, collector, "record › release › pathway", tab.change_pathway,
                  shot="pathway")
    if tab.release_button.isEnabled():
        in_dialog(qtbot, collector, "record › release › release", tab.release, shot="release")
    record.reject()
    record = window.context.open_record(_followed_up(demo_database), "release", window)
    assert record is not None
    record.resize(1150, 800)
    settle(qtbot)
    tab = record.sections["release"]
    walk_tabs(qtbot, collector, record, tab.parts, "record › release",
              shot="record-release", keys=["plan", "release", "follow-up"])
    for row in range(tab.points_model.rowCount()):
        tab.points_view.selectRow(row)
        settle(qtbot)
        if tab.attempt_button.isEnabled():
            in_dialog(qtbot, collector, "record › release › attempt", tab.record_attempt,
                      shot="release-attempt")
            break
    record.show_section("release")
    tab.parts.setCurrentIndex(1)
    settle(qtbot)
    for name, button, action in (("certificate", tab.print_certificate_button,
                                  tab.print_certificate),
                                 ("hand-over sheet", tab.print_handover_button,
                                  tab.print_handover)):
        if button.isEnabled():
            in_dialog(qtbot, collector, f"record › release › {name} preview", action)
    # The interview's questions, whether or not a point waits for one now (the demo's
    # reached points are interviewed): the dialog is read and closed, nothing is saved.
    from rehabdesk.ui.release.dialogs import InterviewDialog

    point = tab.points_model.rows[0]
    in_dialog(qtbot, collector, "record › release › interview",
              lambda: InterviewDialog(tab.ops, tab.today, tab.episode.uid, "follow_up", point,
                                      point.due_on, tab._heading(), tab).open(),
              shot="release-interview")
    in_dialog(qtbot, collector, "record › release › interview at admission",
              lambda: InterviewDialog(tab.ops, tab.today, tab.episode.uid, "admission", None,
                                      tab.episode.arrival_date, tab._heading(), tab).open(),
              shot="release-interview-admission")
    record.reject()

    # -- an administrator: Administration and the audit log ----------------------------------
    admin = _window(qtbot, demo_database, "admin")
    walk_pages(qtbot, collector, admin, ["administration", "audit_log"])
    workshops: Any = _show(qtbot, admin, "vocational").workshops
    for name in ("add", "change", "new_rate"):
        in_dialog(qtbot, collector, f"vocational › workshops › {name}",
                  getattr(workshops, name), shot=f"workshop-{name.replace('_', '-')}")
    page: Any = admin.page("administration")
    for tool in admin.registry.admin_tools:
        in_dialog(qtbot, collector, f"administration › {tool.key}",
                  page.findChild(QPushButton, f"{tool.key}Button").click, shot=tool.key)
    if page.sheet_button.isEnabled():  # an encrypted database (the test's is plain)
        in_dialog(qtbot, collector, "administration › new recovery sheet",
                  page.sheet_button.click)
    in_dialog(qtbot, collector, "administration › restore", page.restore_button.click)

    # -- a health officer: the health screen ------------------------------------------------
    health: Any = _window(qtbot, demo_database, "thida.keo")
    collector.window(health, "health officer's window")
    record = health.context.open_record(person_uid, "screening", health)
    assert record is not None
    record.resize(1150, 800)
    settle(qtbot)
    screening = record.sections["screening"]
    assert screening.parts.count() == len(PARTS)
    for index, part in enumerate(PARTS):
        screening.show_part(index)
        settle(qtbot)
        collector.window(record, f"record (health officer) › screening › {part}")
        if part == "health":
            screenshot(record, "record-screening-health")
    record.reject()

    # -- the check ------------------------------------------------------------------------------
    offending = sorted({(where, text, " ".join(words)) for where, text in collector.texts
                        if (words := english_in(text, allowed, typed))})
    assert len(collector.texts) > 1000, len(collector.texts)
    assert not offending, (
        f"{len(offending)} of {len(collector.texts)} texts have English words in Khmer:\n"
        + "\n".join(f"- {where}: {text!r} → {words}" for where, text, words in offending))
