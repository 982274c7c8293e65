"""The main window: a navigation sidebar and one page per area of work.

The window is shown before the centre database is opened (importing the database layer
alone takes longer than Qt's start), and the register is attached a moment later with
``attach``; until then the first pages say what it is opening. The Dashboard is the
first page and the one shown after sign-in (issue #7).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from rehabdesk.domain.records import CentreDetails
from rehabdesk.ui.shell.placeholder_page import MessagePage, PlaceholderPage

if TYPE_CHECKING:
    from rehabdesk.services.platform.actor import Actor
    from rehabdesk.services.platform.database import Database
    from rehabdesk.ui.dashboard.page import DashboardPage
    from rehabdesk.ui.eligibility.page import EligibilityPage
    from rehabdesk.ui.enrolment.page import EnrolmentPage
    from rehabdesk.ui.intake.page import IntakePage
    from rehabdesk.ui.register.detainees_page import DetaineesPage
    from rehabdesk.ui.screening.page import ScreeningPage


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("RehabDesk")
        self.detainees: DetaineesPage | None = None
        self.intake: IntakePage | None = None
        self.screening: ScreeningPage | None = None
        self.eligibility: EligibilityPage | None = None
        self.dashboard: DashboardPage | None = None
        self.enrolment: EnrolmentPage | None = None
        self.actor: Actor | None = None
        self.pending_restore: Path | None = None
        """A backup the administrator chose to restore; done at exit (rehabdesk.app)."""
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        self.pages = QStackedWidget(self)

        for title in (self.tr("Dashboard"), self.tr("Detainees")):
            self.sidebar.addItem(title)
            self.pages.addWidget(MessagePage(self.tr("Opening the centre database…"), self))
        for title, purpose in self._planned_pages():
            self.sidebar.addItem(title)
            self.pages.addWidget(PlaceholderPage(title, purpose, self))
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

        body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self._restore_geometry()

    def attach(self, database: Database, centre: CentreDetails, actor: Actor) -> None:
        """Puts the opened centre's register in place for the signed-in ``actor``."""
        from rehabdesk.ui.register.detainees_page import DetaineesPage

        self.setWindowTitle(self.tr("RehabDesk — %1 (%2)").replace("%1", centre.name_en)
                            .replace("%2", centre.code))
        from rehabdesk.ui.administration.page import AdministrationPage
        from rehabdesk.ui.audit_log.page import AuditPage

        self.detainees = DetaineesPage(database, actor, self)
        self._replace_page(self.DETAINEES_PAGE, self.detainees)
        from rehabdesk.ui.intake.page import IntakePage

        self.intake = IntakePage(database, actor, self)
        self.intake.registered.connect(self.detainees.run_search)
        self._replace_page(self.INTAKE_PAGE, self.intake)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_intake)
        from rehabdesk.ui.screening.page import ScreeningPage

        self.screening = ScreeningPage(database, self)
        self.screening.open_requested.connect(self.open_screening)
        self._replace_page(self.SCREENING_PAGE, self.screening)
        from rehabdesk.ui.eligibility.page import EligibilityPage

        self.eligibility = EligibilityPage(database, actor, self)
        self.eligibility.open_requested.connect(self.detainees.open_record)
        self.eligibility.changes_counted.connect(self._eligibility_badge)
        self._replace_page(self.ELIGIBILITY_PAGE, self.eligibility)
        from rehabdesk.ui.dashboard.page import DashboardPage
        from rehabdesk.ui.enrolment.desk import EnrolmentDesk
        from rehabdesk.ui.enrolment.page import EnrolmentPage

        self.enrolment = EnrolmentPage(EnrolmentDesk(database, actor), self)
        self.enrolment.open_requested.connect(
            lambda uid: self.detainees.open_record(uid, section="enrolment")
            if self.detainees is not None else None)
        self._replace_page(self.ENROLMENT_PAGE, self.enrolment)
        self.dashboard = DashboardPage(database, self)
        self.dashboard.open_requested.connect(self.open_from_dashboard)
        self._replace_page(self.DASHBOARD_PAGE, self.dashboard)
        if database.path is not None:
            administration = AdministrationPage(database.path, actor, self,
                                                database=database)
            administration.restore_requested.connect(self._restore_at_exit)
            administration.policy_changed.connect(self.eligibility.policy_changed)
            self._replace_page(self.pages.count() - 2, administration)
        self._replace_page(self.pages.count() - 1, AuditPage(database, actor, self))
        self.pages.setCurrentIndex(self.sidebar.currentRow())
        self.detainees.restore_state(QSettings())
        self.actor = actor
        self.statusBar().showMessage(
            self.tr("Signed in as %1 (%2) · Database: %3").replace("%1", actor.name)
            .replace("%2", actor.role.value.replace("_", " ")).replace("%3", str(database.path)))
        self.detainees.run_search()

    DASHBOARD_PAGE = 0
    """The start page after sign-in (issue #7)."""
    DETAINEES_PAGE = 1
    INTAKE_PAGE = 2
    SCREENING_PAGE = 3
    ELIGIBILITY_PAGE = 4
    ENROLMENT_PAGE = 5

    def open_from_dashboard(self, what: str, argument: str) -> None:
        """A dashboard figure: the page that lists it (``DashboardPage.open_requested``)."""
        pages = {"waitlist": self.ENROLMENT_PAGE, "bed_board": self.ENROLMENT_PAGE,
                 "screening": self.SCREENING_PAGE, "eligibility": self.ELIGIBILITY_PAGE}
        self.sidebar.setCurrentRow(pages[what])
        if self.enrolment is not None and what == "waitlist":
            self.enrolment.show_waitlist()
        elif self.enrolment is not None and what == "bed_board":
            self.enrolment.show_bed_board(argument)
        elif (page := self.pages.currentWidget()) is not None:
            page.setFocus()

    def _eligibility_badge(self, changed: int) -> None:
        """The sidebar's "Eligibility (12)": decisions changed since the user looked."""
        title = self.tr("Eligibility")
        item = self.sidebar.item(self.ELIGIBILITY_PAGE)
        item.setText(f"{title} ({changed:,})" if changed else title)
        item.setToolTip(self.tr("%1 eligibility decisions changed since you last looked.")
                        .replace("%1", f"{changed:,}") if changed else "")

    def open_screening(self, person_uid: str) -> None:
        """A row of the screening queue: the person's record, at the Screening tab."""
        if self.detainees is not None:
            self.detainees.open_record(person_uid, section="screening")

    def new_intake(self) -> None:
        """Ctrl+N anywhere: the Intake page with a fresh form."""
        if self.intake is None:
            return
        self.sidebar.setCurrentRow(self.INTAKE_PAGE)
        self.intake.new_form()

    def _replace_page(self, index: int, page: QWidget) -> None:
        old = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()

    def _restore_at_exit(self, backup_file: Path) -> None:
        self.pending_restore = backup_file
        self.close()

    def _planned_pages(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Intake"), self.tr("Register arrivals by keyboard or from a transfer "
                                        "list, with a duplicate check while you type.")),
            (self.tr("Screening"), self.tr("WHO ASSIST, DAST-10, AUDIT, urine tests and the "
                                           "health screen, scored as published.")),
            (self.tr("Eligibility"), self.tr("Who may be enrolled and why, with every reason "
                                             "and what is missing.")),
            (self.tr("Enrolment"), self.tr("Beds, the waitlist and treatment programmes.")),
            (self.tr("Vocational"), self.tr("Industrial and agro-industrial training cohorts.")),
            (self.tr("Releases"), self.tr("Release records, reintegration plans and "
                                          "follow-up at 1, 3, 6 and 12 months.")),
            (self.tr("Reports"), self.tr("Occupancy, admissions and outcome reports.")),
            (self.tr("Export"), self.tr("The periodic export to headquarters on removable "
                                        "media.")),
            (self.tr("Administration"), self.tr("Users, policy, backups and settings.")),
            (self.tr("Audit log"), self.tr("Who did what, when: for auditors and "
                                           "administrators.")),
        ]

    # -- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(self.sizeHint())

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        if self.detainees is not None:
            self.detainees.save_state(settings)
        if self.intake is not None:
            self.intake.flush_draft()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1200, 760)
