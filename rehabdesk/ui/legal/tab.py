"""The record's Legal tab: the current stay's court cases and the selected case's verdict
history (issue #4, item 1; DOMAIN.md, "Court case").

Each case shows its court, number, charges, current verdict status, sentence, credited
pre-trial days, expected release with the days left, and any order for treatment. The
buttons open ``ui.legal.dialogs``; every save is one write through the window's
``Operations`` into ``services.legal``, which re-evaluates the episode's eligibility, so
it announces {legal, eligibility}. Reads are a few indexed rows, well under the 100 ms
that would call for a worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.court_liaison import OfficeKind
from rehabdesk.domain.legal import days_left
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import EpisodeDetails
from rehabdesk.services.court_liaison import figures as court_figures
from rehabdesk.services.court_liaison.courts import courts as court_records
from rehabdesk.services.court_liaison.figures import Hearing
from rehabdesk.services.legal import cases as legal
from rehabdesk.services.legal.cases import CourtCaseRecord, VerdictChangeRecord
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.kit.language import current_language
from rehabdesk.ui.kit.list_model import Index, ListTableModel, read_only_table
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.legal.dialogs import (
    CourtCaseDialog,
    LegalDialog,
    SentenceDialog,
    TreatmentOrderDialog,
    VerdictChangeDialog,
)
from rehabdesk.ui.shell.dates import shown_date

SAVED = frozenset({"legal", "eligibility"})
"""What every legal save changes: the court case, and the episode's eligibility, which
the service re-evaluates in the same transaction."""


def _date(value: dt.date | None) -> str:
    return shown_date(value) if value else ""


class CasesModel(ListTableModel[CourtCaseRecord]):
    CONTEXT = "CasesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("CasesModel", "Court")),
        str(QT_TRANSLATE_NOOP("CasesModel", "Case no.")),
        str(QT_TRANSLATE_NOOP("CasesModel", "Charges")),
        str(QT_TRANSLATE_NOOP("CasesModel", "Verdict")),
        str(QT_TRANSLATE_NOOP("CasesModel", "Sentence")),
        str(QT_TRANSLATE_NOOP("CasesModel", "Credited days")),
        str(QT_TRANSLATE_NOOP("CasesModel", "Expected release")),
        str(QT_TRANSLATE_NOOP("CasesModel", "Days left")),
        str(QT_TRANSLATE_NOOP("CasesModel", "Treatment order")),
    )

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today

    def cells(self, row: CourtCaseRecord) -> tuple[str, ...]:
        charges = ", ".join(word("charge_kind", c.kind.value) + (" ⚠" if c.violent else "")
                            for c in row.charges)
        sentence = ""
        if row.sentence is not None:
            s = row.sentence
            sentence = self.tr("%1 y %2 m %3 d from %4").replace("%1", str(s.years)).replace(
                "%2", str(s.months)).replace("%3", str(s.days)).replace(
                "%4", _date(row.sentence_start))
        left = ("" if row.expected_release is None
                else str(days_left(row.expected_release, self._today())))
        order = ""
        if row.treatment_order is not None:
            who = (self.tr("court") if row.treatment_order.ordered_by == "court"
                   else self.tr("prosecutor"))
            order = f"{who}, {_date(row.treatment_order.ordered_on)}"
        status = row.status.value if row.status else None
        return (row.court, row.case_number or "", charges, word("verdict_status", status), sentence,
                str(row.credited_days), _date(row.expected_release), left, order)

    def tooltip(self, row: CourtCaseRecord) -> str | None:
        if any(c.violent for c in row.charges):
            return self.tr("⚠ marks a charge involving violence.")
        return None

    DAYS_LEFT = 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A release date already passed shows in red: the person may be held too long
        (``domain.legal.days_left`` is signed on purpose)."""
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() == self.DAYS_LEFT):
            release = self.rows[index.row()].expected_release
            if release is not None and days_left(release, self._today()) < 0:
                return QColor("#b3261e")
        return super().data(index, role)


class HistoryModel(ListTableModel[VerdictChangeRecord]):
    CONTEXT = "HistoryModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("HistoryModel", "Decided on")),
        str(QT_TRANSLATE_NOOP("HistoryModel", "Status")),
        str(QT_TRANSLATE_NOOP("HistoryModel", "Document")),
        str(QT_TRANSLATE_NOOP("HistoryModel", "Reason")),
    )

    def cells(self, row: VerdictChangeRecord) -> tuple[str, ...]:
        return (_date(row.decided_on), word("verdict_status", row.status.value),
                row.document_ref or "", row.reason or "")


class LegalTab(QWidget):
    def __init__(self, ops: Operations, episode: EpisodeDetails,
                 parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._ops, self._episode, self._today = ops, episode, today
        self.cases = CasesModel(today, self)
        self.history = HistoryModel(self)
        self.cases_view = read_only_table(self.cases, self, "courtCases")
        self.history_view = read_only_table(self.history, self, "verdictHistory")
        self.add_button = QPushButton(self.tr("&Add a court case…"), self)
        self.verdict_button = QPushButton(self.tr("&Verdict change…"), self)
        self.sentence_button = QPushButton(self.tr("&Sentence…"), self)
        self.order_button = QPushButton(self.tr("&Treatment order…"), self)
        may = ops.may(Action.RECORD_LEGAL)
        for button in (self.add_button, self.verdict_button, self.sentence_button,
                       self.order_button):
            button.setEnabled(may)
            if not may:
                button.setToolTip(self.tr("Your role may read the court cases but not "
                                          "change them."))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.verdict_button, self.sentence_button,
                       self.order_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Court cases of %1</b>").replace(
            "%1", episode.case_number), self))
        layout.addWidget(self.cases_view, 1)
        self.hearings = QLabel(self)
        self.hearings.setObjectName("hearings")
        self.hearings.setWordWrap(True)
        layout.addWidget(self.hearings)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<b>Verdict history of the selected case</b>"), self))
        layout.addWidget(self.history_view, 1)

        self.add_button.clicked.connect(self.add_case)
        self.verdict_button.clicked.connect(self.verdict_change)
        self.sentence_button.clicked.connect(self.sentence)
        self.order_button.clicked.connect(self.treatment_order)
        self.cases_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_history(current.row()))
        self.reload()

    def reload(self, select_uid: str | None = None) -> None:
        episode = self._episode.uid
        cases, hearings = self._ops.read(lambda uow, _actor: (
            legal.court_cases(uow, episode), court_figures.hearings_of_episode(uow, episode)))
        self.cases.set_rows(cases)
        self._show_hearings(hearings)
        uids = [c.uid for c in cases]
        row = uids.index(select_uid) if select_uid in uids else len(cases) - 1
        if row >= 0:
            self.cases_view.selectRow(row)
        self._show_history(row)

    def _show_hearings(self, hearings: list[Hearing]) -> None:
        """The hearings the courts set in answer to the centre's letters (issue #25)."""
        khmer = current_language() == "km"
        self.hearings.setText("<br>".join(self.tr("Hearing on %1 at %2 (court file %3)")
                                          .replace("%1", shown_date(h.hearing_on))
                                          .replace("%2", h.court_name_km if khmer
                                                   else h.court_name_en)
                                          .replace("%3", h.court_file_number or "—")
                                          for h in hearings))
        self.hearings.setVisible(bool(hearings))

    def _show_history(self, row: int) -> None:
        case = self.selected_case(row)
        self.history.set_rows(case.history if case else ())
        for button in (self.verdict_button, self.sentence_button, self.order_button):
            button.setEnabled(case is not None and self._ops.may(Action.RECORD_LEGAL))

    def selected_case(self, row: int | None = None) -> CourtCaseRecord | None:
        row = self.cases_view.currentIndex().row() if row is None else row
        return self.cases.rows[row] if 0 <= row < len(self.cases.rows) else None

    # -- writes ------------------------------------------------------------------------
    def _write(self, call: Callable[[UnitOfWork, Actor, Any], CourtCaseRecord]
               ) -> Callable[[Any], object]:
        """One write per OK with the dialog's value; the fresh list shows the saved case."""
        def save(value: Any) -> CourtCaseRecord:
            record = self._ops.write(lambda uow, actor: call(uow, actor, value), changed=SAVED)
            self.reload(record.uid)
            return record
        return save

    def _run(self, dialog: LegalDialog) -> None:
        dialog.exec()

    def add_case(self) -> None:
        today, episode = self._today(), self._episode.uid
        dialog = CourtCaseDialog(self._write(lambda uow, actor, new: legal.add_court_case(
            uow, actor, episode, new, today)), self)
        # The courts on file, as the clerk types: a case written with a court's name is
        # linked to that court and appears in its letters (issue #25).
        names = self._ops.read(lambda uow, _actor: [
            c.name_km if current_language() == "km" else c.name_en
            for c in court_records(uow) if c.office is OfficeKind.COURT])
        completer = QCompleter(names, dialog)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        dialog.court.setCompleter(completer)
        self._run(dialog)

    def verdict_change(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        today = self._today()
        self._run(VerdictChangeDialog(self._write(
            lambda uow, actor, v: legal.record_verdict_change(
                uow, actor, case.uid, v[0], v[1], today, document_ref=v[2], reason=v[3])),
            today, self))

    def sentence(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        today = self._today()
        self._run(SentenceDialog(self._write(lambda uow, actor, v: legal.record_sentence(
            uow, actor, case.uid, v[0], v[1], today, credited_days=v[2])),
            self))

    def treatment_order(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        today = self._today()
        self._run(TreatmentOrderDialog(self._write(
            lambda uow, actor, v: legal.record_treatment_order(
                uow, actor, case.uid, v[0], v[1], today, document_ref=v[2])),
            today, self))
