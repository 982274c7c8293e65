"""The Eligibility page: who may be enrolled, what is missing, and why (issue #4, item 4).

Every person's current episode with its stored decision, filtered by outcome, by a rule
that fails or is pending ("missing item") and by verdict status; or the "Waiting for a
verdict" list, longest wait first. The selected row's checklist shows each rule's
result and sentence in the interface language, overrides with who and why. A supervisor
may override a failing rule the active policy lets them override (``Override…``); for
everyone else the button stays disabled and says why. ``Print decision…`` (Ctrl+P)
previews the decision letter (``printing.decision``), audited like every print.

The badge beside the title counts the decisions that changed since the user last looked
(``ui.eligibility.badge``); the main window shows the same count in the sidebar while
the page is hidden, and a policy change adds what it changed. The page reaches the
services through the window's ``Operations`` and follows its announcements: an override
announces "eligibility", a policy change {"policy", "eligibility"} with what it changed.

The filtered list of ids is read on a worker (a few hundred milliseconds at 200,000
people); rows and the checklist are a handful of indexed reads on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.eligibility import RULE_ORDER, Policy, RuleOutcome
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.legal import VerdictStatus
from rehabdesk.domain.permissions import Action
from rehabdesk.services import eligibility
from rehabdesk.services.eligibility import (
    NO_CASE,
    DecisionRecord,
    EligibilityFilter,
    EligibilityRow,
    PolicyChange,
    ReevaluationSummary,
)
from rehabdesk.ui.eligibility.badge import ChangesBadge
from rehabdesk.ui.eligibility.dialogs import OverrideDialog
from rehabdesk.ui.eligibility.models import OUTCOME_COLOURS, ChecklistModel, EligibilityModel
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.list_model import read_only_table
from rehabdesk.ui.kit.operations import Change, Operations, ServiceCall
from rehabdesk.ui.kit.print_preview import PaperworkPrinter
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.shell.dates import shown_date
from rehabdesk.ui.shell.i18n import current_language


@dataclass(frozen=True)
class Listing:
    """A filter's answer: the episode ids in display order and the policy in force."""

    ids: list[int]
    policy: Policy


def listing(filters: EligibilityFilter) -> ServiceCall[Listing]:
    """The read behind a filter: the ids and the policy, in one unit of work."""
    return lambda uow, _actor: Listing(eligibility.eligibility_ids(uow, filters),
                                       eligibility.active_policy(uow))


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, buddy.parentWidget())
    label.setBuddy(buddy)
    return label


class EligibilityPage(QWidget):
    open_requested = Signal(str)
    """A person's uid: open their record (Enter or a double-click on a row)."""
    changes_counted = Signal(int)
    """Decisions changed since the user last looked (0 once the page is in front)."""
    RECOUNT_MS = 60_000
    """How often the hidden page counts changed decisions for the sidebar."""

    ALL, WAITING = 0, 1

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self._ops, self._today = ops, today
        self.policy: Policy | None = None
        self.decision: DecisionRecord | None = None

        self.view_choice = QComboBox(self)
        self.view_choice.addItem(self.tr("All current episodes"))
        self.view_choice.addItem(self.tr("Waiting for a verdict (longest first)"))
        self.pending_only = QCheckBox(self.tr("&Pending only"), self)
        self.missing = QComboBox(self)
        self.missing.addItem(self.tr("Any"), None)
        for code in RULE_ORDER:
            self.missing.addItem(word("eligibility_rule", code), code.value)
        self.verdict = QComboBox(self)
        self.verdict.addItem(self.tr("Any"), None)
        self.verdict.addItem(self.tr("no case on file"), NO_CASE)
        for status in VerdictStatus:
            self.verdict.addItem(word("verdict_status", status.value), status.value)
        self.count = QLabel(self)
        self.count.setObjectName("eligibilityCount")
        self.badge = QLabel(self)
        self.badge.setObjectName("eligibilityBadge")
        self.badge.setStyleSheet("background: #fff4ce; padding: 3px 8px; border-radius: 4px;")
        self.badge.hide()
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), self)

        self.model = EligibilityModel(self._load_rows, self)
        self.view = read_only_table(self.model, self, "eligibilityList")
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 150, 150, 80, 300, 110, 110, 90)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # missing or failing
        self.view.setToolTip(self.tr("Enter or double-click: open the person's record."))

        self.title = QLabel(self)
        self.title.setObjectName("checklistTitle")
        self.title.setWordWrap(True)
        self.checklist = ChecklistModel(language or current_language(), self)
        self.checklist_view = read_only_table(self.checklist, self, "checklist")
        self.checklist_view.setWordWrap(True)
        check_header = self.checklist_view.horizontalHeader()
        check_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        check_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        check_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checklist_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.override_button = QPushButton(self.tr("&Override…"), self)
        self.override_button.setObjectName("overrideButton")
        self.override_button.setEnabled(False)
        self.print_button = QPushButton(self.tr("P&rint decision… (Ctrl+P)"), self)
        self.print_button.setObjectName("printDecisionButton")
        self.print_button.setEnabled(False)
        self.print_button.setToolTip(self.tr(
            "Preview the decision letter with its reasons in Khmer and English."))
        self.printer = PaperworkPrinter(ops, self)

        filters = QHBoxLayout()
        filters.addWidget(_label(self.tr("&Show:"), self.view_choice))
        filters.addWidget(self.view_choice)
        filters.addWidget(self.pending_only)
        filters.addWidget(_label(self.tr("&Missing or failing:"), self.missing))
        filters.addWidget(self.missing)
        filters.addWidget(_label(self.tr("&Verdict:"), self.verdict))
        filters.addWidget(self.verdict)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(self.title, 1)
        self.actions_row.addWidget(self.override_button)
        self.actions_row.addWidget(self.print_button)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(self.actions_row)
        detail_layout.addWidget(self.checklist_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Eligibility</h2>"), self))
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._jobs = LatestOnly(parent=self)
        self._jobs.finished.connect(self._show)
        self._jobs.failed.connect(self.count.setText)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        self.view_choice.currentIndexChanged.connect(self.refresh)
        self.pending_only.toggled.connect(self.refresh)
        self.missing.currentIndexChanged.connect(self.refresh)
        self.verdict.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.override_button.clicked.connect(self.override)
        self.print_button.clicked.connect(self.print_decision)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_decision)

        self._unseen = 0
        self._policy_note = ""
        self.changes = ChangesBadge(ops, self)
        self.changes.counted.connect(self.changes_counted)
        self.changes.looked.connect(self._looked)
        ops.changes.changed.connect(self._changed)
        self._recount = QTimer(self)
        self._recount.setInterval(self.RECOUNT_MS)
        self._recount.timeout.connect(self.count_changes)
        self._recount.start()
        self.count_changes()
        self.finish_reevaluation()

    # -- the list ----------------------------------------------------------------------
    def filters(self) -> EligibilityFilter:
        return EligibilityFilter(
            pending_only=self.pending_only.isChecked(), missing=self.missing.currentData(),
            verdict_status=self.verdict.currentData(),
            waiting_for_verdict=self.view_choice.currentIndex() == self.WAITING)

    def showEvent(self, event: QShowEvent) -> None:
        """Decisions change with every save elsewhere: read the list whenever it shows,
        and count what changed since the last look (the user is looking now)."""
        super().showEvent(event)
        self.refresh()
        self.changes.count(mark_seen=True)

    def count_changes(self) -> None:
        """Counts changed decisions for the sidebar while the page is hidden (in front,
        the list itself shows them)."""
        if not self.isVisible():
            self.changes.count()

    def refresh(self) -> None:
        ops, read = self._ops, listing(self.filters())
        self.count.setText(self.tr("Reading…"))
        self._jobs.start(lambda: ops.read(read))

    def _load_rows(self, ids: Sequence[int]) -> dict[int, EligibilityRow]:
        today = self._today()
        return self._ops.read(lambda uow, _actor: eligibility.eligibility_rows(uow, ids, today))

    def _show(self, result: object) -> None:
        if not isinstance(result, Listing):
            return
        self.policy = result.policy
        self.model.set_ids(result.ids)
        self.count.setText(self.tr("%1 people · policy %2").replace(
            "%1", f"{len(result.ids):,}").replace("%2", result.policy.version))
        if result.ids:
            self.view.selectRow(0)
        else:
            self._show_decision(None, None)

    def current_row(self) -> EligibilityRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_requested.emit(row.person_uid)

    # -- the checklist -----------------------------------------------------------------
    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.model.row_at(indexes[0].row()) if indexes else None
        decision = None
        if row is not None:
            episode_uid = row.episode_uid
            try:
                decision = self._ops.read(
                    lambda uow, _actor: eligibility.current_decision(uow, episode_uid))
            except RehabDeskError as error:
                self.title.setText(error_text(error))
                return
        self._show_decision(row, decision)

    def _show_decision(self, row: EligibilityRow | None,
                       decision: DecisionRecord | None) -> None:
        self.decision = decision
        self.checklist.set_rows(decision.reasons if decision else ())
        if row is None or decision is None:
            self.title.setText(self.tr("Select a person to see the reasons."))
        else:
            colour = OUTCOME_COLOURS.get(decision.outcome.value, "black")
            self.title.setText(self.tr(
                "<b>%1</b> · %2 — <span style='color:%3'><b>%4</b></span> under policy %5, "
                "evaluated %6").replace("%1", row.case_number).replace("%2", row.khmer_name)
                .replace("%3", colour)
                .replace("%4", word("eligibility_outcome", decision.outcome.value))
                .replace("%5", decision.policy_version)
                .replace("%6", shown_date(decision.evaluated_on)))
        self._update_override_button()
        self.print_button.setEnabled(decision is not None and self._ops.may(Action.PRINT))

    def print_decision(self) -> None:
        """Ctrl+P: the selected person's decision letter, in the print preview."""
        row = self.current_row()
        if row is not None and self.print_button.isEnabled():
            self.printer.document("decision", row.case_number, self)

    def overridable_failures(self) -> list[str]:
        """Failing rules of the selected decision that the policy lets a supervisor lift."""
        if self.decision is None or self.policy is None:
            return []
        return [r.code.value for r in self.decision.reasons
                if r.outcome is RuleOutcome.FAIL and r.code.value in self.policy.overridable_rules]

    def _update_override_button(self) -> None:
        may = self._ops.may(Action.OVERRIDE_ELIGIBILITY)
        rules = self.overridable_failures()
        self.override_button.setEnabled(may and bool(rules))
        if not may:
            tip = self.tr("Only a supervisor may override a rule.")
        elif not rules:
            tip = self.tr("No failing rule of this decision may be overridden under the "
                          "current policy.")
        else:
            tip = self.tr("Override a failing rule, with a written reason.")
        self.override_button.setToolTip(tip)

    def override(self) -> None:
        """The Override… button: the dialog saves through :meth:`save_override`."""
        row = self.current_row()
        if row is None:
            return
        rules = self.overridable_failures()
        if not rules:
            QMessageBox.information(self, self.tr("RehabDesk"), self.override_button.toolTip())
            return
        dialog = OverrideDialog(row.case_number, rules, self.save_override, self)
        dialog.exec()

    def save_override(self, rule_code: str, reason: str) -> DecisionRecord:
        """One write unit of work, announced as an eligibility change; a refusal (role,
        missing reason, rule not overridable) raises the service's sentence and saves
        nothing."""
        position = self.view.currentIndex().row()
        row = self.model.row_at(position)
        if row is None:
            raise RehabDeskError("eligibility.no_person_selected")
        episode_uid, today = row.episode_uid, self._today()
        decision = self._ops.write(lambda uow, actor: eligibility.override_rule(
            uow, actor, episode_uid, rule_code, reason, today), changed={"eligibility"})
        self.model.reload_row(position)
        self._show_decision(self.model.row_at(position), decision)
        return decision

    # -- the badge -----------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        """A policy change says what it changed; any other change of decisions (a save on
        a record, an override) counts for the sidebar while the page is hidden."""
        if change.touches("policy") and isinstance(change.detail, PolicyChange):
            self.policy_changed(change.detail)
        elif change.touches("eligibility"):
            self.count_changes()

    def finish_reevaluation(self) -> None:
        """A re-evaluation after a policy change stopped half way (the application was
        closed, the power failed): it carries on where it stopped, in the background,
        for the first user who may evaluate (issue #24, item 5)."""
        ops, today = self._ops, self._today()
        if not ops.may(Action.EVALUATE_ELIGIBILITY) or not ops.read(
                lambda uow, _actor: eligibility.unfinished_reevaluation(uow)):
            return
        self._policy_note = self.tr("Finishing the re-evaluation of the last policy change…")
        self._show_badge()
        ops.in_steps(lambda database, actor: eligibility.finish_reevaluation(database, actor,
                                                                             today),
                     changed=("eligibility",), on_done=self._reevaluation_finished,
                     on_failed=self.count.setText)

    def _reevaluation_finished(self, summary: ReevaluationSummary) -> None:
        self._policy_note = self.tr("Policy %1: %2 of %3 decisions changed").replace(
            "%1", summary.policy_version).replace("%2", f"{summary.changed:,}").replace(
            "%3", f"{summary.evaluated:,}")
        self._show_badge()
        if self.isVisible():
            self.refresh()

    def _looked(self, unseen: int) -> None:
        self._unseen = unseen
        self._show_badge()

    def policy_changed(self, change: PolicyChange) -> None:
        """A policy change (the policy dialog): what it changed, until the next one."""
        self._reevaluation_finished(change.reevaluation)
        self.count_changes()

    def _show_badge(self) -> None:
        parts = [self._policy_note] if self._policy_note else []
        if self._unseen:
            parts.append(self.tr("%1 changed since you last looked").replace(
                "%1", f"{self._unseen:,}"))
        self.badge.setText(" · ".join(parts))
        self.badge.setVisible(bool(parts))
