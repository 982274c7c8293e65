"""The main window: a navigation sidebar and one page per area of work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.records import CentreDetails
from rehabdesk.services import audit, persons
from rehabdesk.services.database import Database
from rehabdesk.ui.detainees_page import DetaineesPage
from rehabdesk.ui.placeholder_page import PlaceholderPage
from rehabdesk.ui.record_view import RecordView


class MainWindow(QMainWindow):
    def __init__(
        self, database: Database, centre: CentreDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("RehabDesk — %1 (%2)").replace("%1", centre.name_en)
                            .replace("%2", centre.code))
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setIconSize(QSize(0, 0))
        self.pages = QStackedWidget(self)
        self.detainees = DetaineesPage(database, self)
        self.detainees.open_record.connect(self.open_record)

        for title, page in self._pages():
            self.sidebar.addItem(title)
            self.pages.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

        body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", str(database.path)))
        self._restore()
        self.detainees.run_search()

    def _pages(self) -> list[tuple[str, QWidget]]:
        planned: list[tuple[str, str]] = [
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
        ]
        pages: list[tuple[str, QWidget]] = [(self.tr("Detainees"), self.detainees)]
        pages += [(title, PlaceholderPage(title, purpose, self)) for title, purpose in planned]
        return pages

    def open_record(self, uid: str) -> None:
        def load() -> tuple[object, list[audit.AuditRecord]]:
            with self._database.unit_of_work() as uow:
                return persons.get_person(uow, uid), audit.history_of_person(uow, uid)

        self._guarded(lambda: RecordView(*load(), parent=self).open())  # type: ignore[arg-type]

    def _guarded(self, action: Callable[[], None]) -> None:
        """Runs a user action; a problem the user can fix is told in one sentence."""
        try:
            action()
        except RehabDeskError as error:
            QMessageBox.warning(self, self.tr("RehabDesk"), str(error))

    # -- window state ----------------------------------------------------------------------
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self.detainees.restore_state(settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        self.detainees.save_state(settings)
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1200, 760)
