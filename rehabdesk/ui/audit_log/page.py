"""The audit log for auditors and administrators (issue #8): filter by person, user,
action and date, and export what is shown to CSV. Other roles see why they cannot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.glossary import GLOSSARY
from rehabdesk.domain.permissions import Action
from rehabdesk.services.platform import audit
from rehabdesk.ui.kit.errors import said
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.list_model import ListTableModel
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.shell.dates import shown_moment

FILTERED_ACTIONS = ("", *GLOSSARY["audit_action"])


class AuditModel(ListTableModel[audit.AuditLine]):
    CONTEXT = "AuditModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AuditModel", "When")),
        str(QT_TRANSLATE_NOOP("AuditModel", "Who")),
        str(QT_TRANSLATE_NOOP("AuditModel", "Action")),
        str(QT_TRANSLATE_NOOP("AuditModel", "Record")),
        str(QT_TRANSLATE_NOOP("AuditModel", "What")),
    )

    def cells(self, row: audit.AuditLine) -> tuple[str, ...]:
        return (shown_moment(row.at), row.actor_name, word("audit_action", row.action),
                word("audit_record", row.entity), said(row.summary))

    def tooltip(self, row: audit.AuditLine) -> str | None:
        return row.changes if row.changes != "{}" else None


class AuditPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Audit log</h2>"), self))
        if not ops.may(Action.VIEW_AUDIT):
            refusal = QLabel(self.tr("Only auditors and administrators may read the audit "
                                     "log."), self)
            refusal.setObjectName("auditRefusal")
            layout.addWidget(refusal)
            layout.addStretch(1)
            return
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("case number or name"))
        self.person.setToolTip(self.tr("Only entries about this person."))
        self.user = QLineEdit(self)
        self.user.setToolTip(self.tr("Only entries by a user whose name contains this."))
        self.action = QComboBox(self)
        self.action.addItems([word("audit_action", a) if a else self.tr("any")
                              for a in FILTERED_ACTIONS])
        self.since = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")  # as every date field is typed
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Action"), self.action)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("—", self))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addRow(self.tr("From – to"), dates)
        self.search_button = QPushButton(self.tr("Show"), self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.count = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        self.model = AuditModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("auditView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(lambda message: QMessageBox.warning(self, "RehabDesk", message))
        self.search_button.clicked.connect(self.search)
        self.person.returnPressed.connect(self.search)
        self.user.returnPressed.connect(self.search)
        self.export_button.clicked.connect(self.export)

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            person=self.person.text(), user=self.user.text(),
            action=FILTERED_ACTIONS[self.action.currentIndex()],
            since=self.since.date().toPython(), until=self.until.date().toPython(),  # type: ignore[arg-type]
        )

    def search(self) -> None:
        ops, wanted = self._ops, self.current_filter()
        self.count.setText(self.tr("Searching…"))
        self._jobs.start(lambda: ops.read(
            lambda uow, actor: audit.search_entries(uow, actor, wanted)))

    def _show(self, lines: object) -> None:
        self.model.set_rows(lines if isinstance(lines, list) else [])
        self.count.setText(self.tr("%1 entries").replace("%1", f"{self.model.rowCount():,}"))

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"),
                                              "audit-log.csv", self.tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            text = audit.entries_csv(self.model.rows, current_language())
            Path(name).write_text(text, encoding="utf-8", newline="")
        except OSError as error:
            QMessageBox.warning(self, "RehabDesk", self.tr(
                "The file could not be written (%1); choose another folder.").replace(
                    "%1", error.strerror or str(error)))
            return
        self.count.setText(self.tr("Exported %1 entries to %2").replace(
            "%1", str(self.model.rowCount())).replace("%2", name))
