"""The eligibility policy on screen (issue #4, item 3): the active version's parameters,
every version with who set it, when and why, and an administrator's change.

DOMAIN.md, "Eligibility": a policy is data and versioned. A change is reviewed before it
is made: **Review the change** shows each parameter that changes (now → after) from the
pure ``domain.eligibility.policy_diff``, which also refuses impossible values with its
sentence; **Change the policy and re-evaluate everyone** runs
``services.eligibility.change_policy`` (administrators only, reason required, audited
with the diff) on a worker through the window's ``Operations``, because it re-evaluates
every person (about 5 s at 200,000): the window stays responsive with a busy bar, and
the outcome is reported here and announced as a {"policy", "eligibility"} change with
what it changed, which the Eligibility page's badge shows. Editing the form after a
review withdraws it, so what is confirmed is always what was reviewed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.eligibility import RULE_ORDER, Policy, policy_diff
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.legal import VerdictStatus
from rehabdesk.domain.permissions import Action
from rehabdesk.services import eligibility
from rehabdesk.services.eligibility import PolicyChange, PolicyVersion
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.list_model import Index, ListTableModel, read_only_table
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.shell.dates import shown_moment

CONTEXT = "PolicyDialog"
PARAMETERS: dict[str, str] = {
    "min_programme_days": str(QT_TRANSLATE_NOOP("PolicyDialog", "Minimum days of sentence left")),
    "passing_verdicts": str(QT_TRANSLATE_NOOP("PolicyDialog", "Verdict statuses that pass")),
    "treatment_order_counts": str(QT_TRANSLATE_NOOP(
        "PolicyDialog", "A treatment order passes before a verdict")),
    "min_age_years": str(QT_TRANSLATE_NOOP("PolicyDialog", "Minimum age (years)")),
    "overridable_rules": str(QT_TRANSLATE_NOOP("PolicyDialog", "Rules a supervisor may override")),
}
"""The parameters of ``domain.eligibility.Policy`` (besides its version) as the
administrator reads them."""
FORWARD = [s.value for s in VerdictStatus if s.rank is not None]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown(parameter: str, value: Any) -> str:
    """A parameter's value in words: lists of codes as their names, yes/no for flags."""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("PolicyDialog", "yes")
        return QCoreApplication.translate("PolicyDialog", "no")
    if isinstance(value, list | tuple | frozenset | set):
        kind = "verdict_status" if parameter == "passing_verdicts" else "eligibility_rule"
        names = ", ".join(word(kind, v) for v in value)
        return names or QCoreApplication.translate("PolicyDialog", "none")
    return str(value)


class DiffModel(ListTableModel[tuple[str, Any, Any]]):
    CONTEXT = CONTEXT
    HEADERS = (
        str(QT_TRANSLATE_NOOP("PolicyDialog", "Parameter")),
        str(QT_TRANSLATE_NOOP("PolicyDialog", "Now")),
        str(QT_TRANSLATE_NOOP("PolicyDialog", "After the change")),
    )

    def cells(self, row: tuple[str, Any, Any]) -> tuple[str, ...]:
        name, old, new = row
        return (_tr(PARAMETERS.get(name, name)), shown(name, old), shown(name, new))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == 2:
            font = QFont()
            font.setBold(True)  # what the administrator is about to confirm
            return font
        return super().data(index, role)


class VersionsModel(ListTableModel[PolicyVersion]):
    CONTEXT = CONTEXT
    HEADERS = (
        str(QT_TRANSLATE_NOOP("PolicyDialog", "Version")),
        str(QT_TRANSLATE_NOOP("PolicyDialog", "In force")),
        str(QT_TRANSLATE_NOOP("PolicyDialog", "Set")),
        str(QT_TRANSLATE_NOOP("PolicyDialog", "By")),
        str(QT_TRANSLATE_NOOP("PolicyDialog", "Reason")),
    )

    def cells(self, row: PolicyVersion) -> tuple[str, ...]:
        """A version nobody set is the one the database was created with: its stored
        reason is the installer's English, so the table says what it is instead."""
        active = QCoreApplication.translate("PolicyDialog", "active") if row.active else ""
        reason = row.reason if row.changed_by else QCoreApplication.translate(
            "PolicyDialog", "the default policy, as the database was created")
        return (row.version, active, shown_moment(row.changed_at),
                row.changed_by or "RehabDesk", reason)

    def tooltip(self, row: PolicyVersion) -> str | None:
        parameters = row.policy.to_dict()
        return "\n".join(f"{_tr(label)}: {shown(name, parameters[name])}"
                         for name, label in PARAMETERS.items())


class PolicyDialog(QDialog):
    CHANGED = frozenset({"policy", "eligibility"})
    """What a policy change announces: a new version, and decisions re-evaluated."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Eligibility policy"))
        self.setObjectName("policyDialog")
        self._ops, self._today = ops, today
        self.may_change = ops.may(Action.CHANGE_POLICY)
        self.active: Policy = Policy.default()
        self.reviewed: dict[str, Any] | None = None
        """The parameters the shown diff was made from; confirming saves exactly these."""

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.min_days = QSpinBox(self)
        self.min_days.setRange(0, 3650)
        self.min_days.setSuffix(self.tr(" days"))
        self.min_days.setMaximumWidth(140)
        self.verdicts = {status: QCheckBox(word("verdict_status", status), self)
                         for status in FORWARD}
        self.verdicts["final"].setEnabled(False)  # a policy must accept a final verdict
        self.verdicts["final"].setToolTip(self.tr("A final verdict always passes."))
        self.order_counts = QCheckBox(self.tr("Yes, a court or prosecutor order for treatment "
                                              "passes the verdict rule"), self)
        self.min_age = QSpinBox(self)
        self.min_age.setRange(0, 150)
        self.min_age.setSuffix(self.tr(" years"))
        self.min_age.setMaximumWidth(140)
        self.overridable = {code.value: QCheckBox(word("eligibility_rule", code), self)
                            for code in RULE_ORDER}
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("policyReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr(
            "Why the policy changes, e.g. the ministry's letter and its date."))
        self.reason.setMaximumHeight(60)

        form = QFormLayout()
        form.addRow(self.tr("Minimum &days of sentence left:"), self.min_days)
        form.addRow(self.tr("Verdict statuses that pass:"),
                    self._row(list(self.verdicts.values())))
        form.addRow(self.tr("Treatment order:"), self.order_counts)
        form.addRow(self.tr("Minimum &age:"), self.min_age)
        form.addRow(self.tr("A supervisor may override:"),
                    self._grid(list(self.overridable.values())))
        form.addRow(self.tr("&Reason for the change:"), self.reason)
        self.parameters = QGroupBox(self.tr("Parameters"), self)
        self.parameters.setLayout(form)

        self.error = error_label(self)
        self.error.setObjectName("policyError")
        self.review_button = QPushButton(self.tr("Re&view the change"), self)
        self.review_button.setObjectName("reviewPolicy")
        self.diff = DiffModel(self)
        self.diff_view = read_only_table(self.diff, self, "policyDiff")
        self.diff_view.setMaximumHeight(125)
        self.diff_note = QLabel(self)
        self.diff_note.setWordWrap(True)
        self.confirm_button = QPushButton(
            self.tr("&Change the policy and re-evaluate everyone"), self)
        self.confirm_button.setObjectName("confirmPolicy")
        self.confirm_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # one transaction: busy, not a percentage
        self.progress.setMaximumHeight(14)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("policyStatus")
        self.status.setWordWrap(True)
        review = QGroupBox(self.tr("The change"), self)
        review_layout = QVBoxLayout(review)
        review_layout.addWidget(self.diff_view)
        review_layout.addWidget(self.diff_note)
        actions = QHBoxLayout()
        actions.addWidget(self.review_button)
        actions.addWidget(self.confirm_button)
        actions.addStretch(1)
        review_layout.addLayout(actions)
        review_layout.addWidget(self.progress)
        review_layout.addWidget(self.status)

        self.versions = VersionsModel(self)
        self.versions_view = read_only_table(self.versions, self, "policyVersions")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.parameters)
        layout.addWidget(self.error)
        layout.addWidget(review)
        layout.addWidget(QLabel(self.tr("<b>Versions</b> (hover over one to see its "
                                        "parameters)"), self))
        layout.addWidget(self.versions_view, 1)
        layout.addWidget(buttons)
        self.resize(820, 760)

        self.review_button.clicked.connect(self.review)
        self.confirm_button.clicked.connect(self.confirm)
        for box in (self.min_days, self.min_age):
            box.valueChanged.connect(self._withdraw_review)
        for check in (*self.verdicts.values(), *self.overridable.values(), self.order_counts):
            check.toggled.connect(self._withdraw_review)
        self.reason.textChanged.connect(self._withdraw_review)
        self._load()
        for widget in (self.parameters, self.review_button):
            widget.setEnabled(self.may_change)
            if not self.may_change:
                widget.setToolTip(self.tr("Only an administrator may change the policy."))

    @staticmethod
    def _row(widgets: list[QWidget]) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return box

    @staticmethod
    def _grid(widgets: list[QWidget]) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for start in range(0, len(widgets), 4):
            layout.addWidget(PolicyDialog._row(widgets[start : start + 4]))
        return box

    # -- reading -------------------------------------------------------------------------
    def _load(self) -> None:
        self.active, history = self._ops.read(lambda uow, _actor: (
            eligibility.active_policy(uow), eligibility.policy_history(uow)))
        self.versions.set_rows(list(reversed(history)))
        self.heading.setText(self.tr(
            "<h2>Eligibility policy</h2>Version <b>%1</b> decides who may be enrolled. A "
            "change makes a new version and re-evaluates every person under it; each "
            "decision keeps the version it was made under.").replace("%1", self.active.version))
        self._show(self.active)

    def _show(self, policy: Policy) -> None:
        self.min_days.setValue(policy.min_programme_days)
        for status, check in self.verdicts.items():
            check.setChecked(status in policy.passing_verdicts)
        self.order_counts.setChecked(policy.treatment_order_counts)
        self.min_age.setValue(policy.min_age_years)
        for code, check in self.overridable.items():
            check.setChecked(code in policy.overridable_rules)
        self.reason.clear()
        self._withdraw_review()

    def changes(self) -> dict[str, Any]:
        """The form's parameters, as ``Policy.to_dict`` names them (without the version)."""
        return {
            "min_programme_days": self.min_days.value(),
            "passing_verdicts": sorted(s for s, c in self.verdicts.items() if c.isChecked()),
            "treatment_order_counts": self.order_counts.isChecked(),
            "min_age_years": self.min_age.value(),
            "overridable_rules": sorted(c for c, b in self.overridable.items() if b.isChecked()),
        }

    # -- the change ------------------------------------------------------------------------
    def _withdraw_review(self) -> None:
        self.reviewed = None
        self.diff.set_rows([])
        self.diff_note.setText(self.tr("Change a parameter, write the reason, then review "
                                       "the change before making it."))
        self.confirm_button.setEnabled(False)
        show_error(self.error, None)

    def review(self) -> bool:
        """Shows the diff of the form against the active policy, or says what is wrong."""
        changes = self.changes()
        try:
            new = Policy.from_dict({**changes, "version": "review"})
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return False
        diff = [d for d in policy_diff(self.active, new) if d[0] != "version"]
        if not diff:
            show_error(self.error, self.tr("These are the policy's current parameters; "
                                           "change at least one."))
            return False
        if not self.reason.toPlainText().strip():
            show_error(self.error, self.tr("Write why the policy changes; the reason is kept "
                                           "with the new version and in the audit log."))
            self.reason.setFocus()
            return False
        self.reviewed = changes
        self.diff.set_rows(diff)
        self.diff_note.setText(self.tr(
            "Confirming makes a new version and re-evaluates every person under it; at "
            "200,000 people this takes a few seconds, and RehabDesk stays usable meanwhile."))
        self.confirm_button.setEnabled(True)
        self.confirm_button.setFocus()
        return True

    def confirm(self) -> None:
        """Changes the policy as reviewed, off the GUI thread."""
        if self.reviewed is None:
            return
        on, changes, reason = self._today(), dict(self.reviewed), self.reason.toPlainText()
        self._busy(True)
        self.status.setText(self.tr("Making the new version and re-evaluating everyone…"))
        self._ops.in_steps(
            lambda database, actor: eligibility.change_policy(database, actor, changes, reason,
                                                              on),
            changed=self.CHANGED, on_done=self._changed, on_failed=self._failed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.parameters, self.review_button):
            widget.setEnabled(not busy and self.may_change)
        self.confirm_button.setEnabled(False)

    def _changed(self, result: PolicyChange) -> None:
        self._busy(False)
        summary = result.reevaluation
        self._load()
        self.status.setText(self.tr(
            "Version %1 is in force: %2 people re-evaluated, %3 decisions changed.")
            .replace("%1", result.version.version).replace("%2", f"{summary.evaluated:,}")
            .replace("%3", f"{summary.changed:,}"))

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText("")
        show_error(self.error, message)

