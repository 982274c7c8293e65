"""Enrolment configuration, opened from the Administration page (issue #7, item 1):
treatment programmes (kind, minimum and maximum days), dormitories (capacity, for men or
for women), session types, and the waitlist priority weights (a mandatory reason; every
version kept and listed).

Only administrators change these (``CHANGE_SETTINGS``, checked by the services); others
see the lists read-only. Each list: select a row to edit it in the form below, "New"
for an empty form, Save (Ctrl+S). A refusal (a capacity below an occupied bed, a
duplicate name, a minimum above the maximum) shows its sentence and nothing is saved. A
save that goes through announces a "settings" change: the Enrolment page and the
Dashboard read their lists again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.enrolment import PriorityWeights
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.programmes import (
    MAX_DORMITORY_BEDS,
    MAX_PROGRAMME_DAYS,
    ProgrammeKind,
)
from rehabdesk.domain.records import Sex
from rehabdesk.services.enrolment import programmes as config
from rehabdesk.services.enrolment.programmes import (
    DormitoryInput,
    DormitoryRecord,
    ProgrammeInput,
    ProgrammeRecord,
    SessionTypeInput,
    SessionTypeRecord,
    WeightsVersion,
)
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.enrolment import texts
from rehabdesk.ui.enrolment.page import current_row
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.list_model import ListTableModel, read_only_table
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.shell.dates import shown_moment


def _yes(active: bool) -> str:
    if active:
        return QCoreApplication.translate("ConfigList", "yes")
    return QCoreApplication.translate("ConfigList", "no (closed)")


class ProgrammesModel(ListTableModel[ProgrammeRecord]):
    CONTEXT = "ProgrammesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ProgrammesModel", "English name")),
        str(QT_TRANSLATE_NOOP("ProgrammesModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("ProgrammesModel", "Kind")),
        str(QT_TRANSLATE_NOOP("ProgrammesModel", "Days (min–max)")),
        str(QT_TRANSLATE_NOOP("ProgrammesModel", "Offered")),
    )

    def cells(self, row: ProgrammeRecord) -> tuple[str, ...]:
        return (row.name_en, row.name_km, word("programme_kind", row.kind),
                f"{row.min_days}–{row.max_days}", _yes(row.active))


class DormitoriesModel(ListTableModel[DormitoryRecord]):
    CONTEXT = "DormitoriesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("DormitoriesModel", "Name")),
        str(QT_TRANSLATE_NOOP("DormitoriesModel", "For")),
        str(QT_TRANSLATE_NOOP("DormitoriesModel", "Beds")),
        str(QT_TRANSLATE_NOOP("DormitoriesModel", "Occupied now")),
        str(QT_TRANSLATE_NOOP("DormitoriesModel", "Open")),
    )

    def cells(self, row: DormitoryRecord) -> tuple[str, ...]:
        return (row.name, texts.sex(row.sex), str(row.capacity), str(row.occupied),
                _yes(row.active))


class SessionTypesModel(ListTableModel[SessionTypeRecord]):
    CONTEXT = "SessionTypesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("SessionTypesModel", "English name")),
        str(QT_TRANSLATE_NOOP("SessionTypesModel", "Khmer name")),
        str(QT_TRANSLATE_NOOP("SessionTypesModel", "Offered")),
    )

    def cells(self, row: SessionTypeRecord) -> tuple[str, ...]:
        return (row.name_en, row.name_km, _yes(row.active))


class WeightsModel(ListTableModel[WeightsVersion]):
    CONTEXT = "WeightsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("WeightsModel", "Changed")),
        str(QT_TRANSLATE_NOOP("WeightsModel", "By")),
        str(QT_TRANSLATE_NOOP("WeightsModel", "Per risk level")),
        str(QT_TRANSLATE_NOOP("WeightsModel", "Per day waiting")),
        str(QT_TRANSLATE_NOOP("WeightsModel", "Per day of urgency")),
        str(QT_TRANSLATE_NOOP("WeightsModel", "Horizon (days)")),
        str(QT_TRANSLATE_NOOP("WeightsModel", "Reason")),
    )

    def cells(self, row: WeightsVersion) -> tuple[str, ...]:
        w = row.weights
        return (shown_moment(row.changed_at) or "—",
                row.changed_by or "—", f"{w.per_risk_level:g}", f"{w.per_day_waiting:g}",
                f"{w.per_day_of_urgency:g}", str(w.urgency_horizon_days), row.reason)


class ConfigList(QWidget):
    """A list and the form that edits its selected row (or a new one); a subclass says
    how to read the list and how to save the form, each in the unit of work given."""

    def __init__(self, ops: Operations, model: ListTableModel[Any], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = model
        self.uid: str | None = None
        self.view = read_only_table(model, self, name)
        self.form = QFormLayout()
        self.error = error_label(self)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #2e7d32;")
        self.new_button = QPushButton(QCoreApplication.translate("ConfigList", "&New"), self)
        self.save_button = QPushButton(
            QCoreApplication.translate("ConfigList", "&Save (Ctrl+S)"), self)
        self.may = ops.may(Action.CHANGE_SETTINGS)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

    def finish(self) -> None:
        """Called by subclasses once their fields are in the form."""
        if not self.may:
            for i in range(self.form.count()):
                item = self.form.itemAt(i)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setEnabled(False)
            self.new_button.setEnabled(False)
            self.save_button.setEnabled(False)
            self.status.setText(QCoreApplication.translate(
                "ConfigList", "Only administrators change the configuration."))
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        self.model.set_rows(self.ops.read(lambda uow, _actor: self.load(uow)))
        index = next((i for i, r in enumerate(self.model.rows) if r.uid == keep), None)
        if index is not None:
            self.view.selectRow(index)
        else:
            self.new()

    def _selected(self) -> None:
        record = current_row(self.view, self.model)
        if record is not None:
            self.uid = record.uid
            self.fill(record)

    def new(self) -> None:
        self.uid = None
        self.view.clearSelection()
        self.fill(None)

    def save(self) -> None:
        if not self.may:
            return
        self.status.clear()
        uid = self.uid
        try:
            record = self.ops.write(lambda uow, actor: self.write(uow, actor, uid),
                                    changed={"settings"})
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)
        self.status.setText(QCoreApplication.translate("ConfigList", "Saved."))
        self.reload(record.uid)

    # -- what a subclass says --------------------------------------------------------------
    def load(self, uow: UnitOfWork) -> list[Any]:
        raise NotImplementedError

    def fill(self, record: Any) -> None:
        raise NotImplementedError

    def write(self, uow: UnitOfWork, actor: Actor, uid: str | None) -> Any:
        """Saves the form as the record ``uid`` (``None``: a new one)."""
        raise NotImplementedError


def _names(parent: QWidget, form: QFormLayout) -> tuple[QLineEdit, QLineEdit, QCheckBox]:
    name_en, name_km, active = QLineEdit(parent), QLineEdit(parent), QCheckBox(parent)
    form.addRow(QCoreApplication.translate("ConfigList", "English name"), name_en)
    form.addRow(QCoreApplication.translate("ConfigList", "Khmer name"), name_km)
    return name_en, name_km, active


class ProgrammesList(ConfigList):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, ProgrammesModel(), "programmesView", parent)
        self.model.setParent(self)
        self.name_en, self.name_km, self.active = _names(self, self.form)
        self.kind = QComboBox(self)
        for kind in ProgrammeKind:
            self.kind.addItem(word("programme_kind", kind), kind.value)
        self.min_days, self.max_days = QSpinBox(self), QSpinBox(self)
        for box in (self.min_days, self.max_days):
            box.setRange(1, MAX_PROGRAMME_DAYS)
            box.setSuffix(" " + self.tr("days"))
        self.active.setText(self.tr("Offered"))
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Minimum"), self.min_days)
        self.form.addRow(self.tr("Maximum"), self.max_days)
        self.form.addRow("", self.active)
        self.finish()

    def load(self, uow: UnitOfWork) -> list[ProgrammeRecord]:
        return config.programmes(uow, include_inactive=True)

    def fill(self, record: ProgrammeRecord | None) -> None:
        self.name_en.setText(record.name_en if record else "")
        self.name_km.setText(record.name_km if record else "")
        self.kind.setCurrentIndex(self.kind.findData((record.kind if record
                                                      else ProgrammeKind.RESIDENTIAL).value))
        self.min_days.setValue(record.min_days if record else 90)
        self.max_days.setValue(record.max_days if record else 180)
        self.active.setChecked(record.active if record else True)

    def write(self, uow: UnitOfWork, actor: Actor, uid: str | None) -> ProgrammeRecord:
        return config.save_programme(uow, actor, ProgrammeInput(
            self.name_km.text(), self.name_en.text(), ProgrammeKind(self.kind.currentData()),
            self.min_days.value(), self.max_days.value(), self.active.isChecked()), uid)


class DormitoriesList(ConfigList):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, DormitoriesModel(), "dormitoriesView", parent)
        self.model.setParent(self)
        self.name = QLineEdit(self)
        self.sex = QComboBox(self)
        for sex in Sex:
            self.sex.addItem(texts.sex(sex), sex.value)
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("dormitoryCapacity")
        self.capacity.setRange(0, MAX_DORMITORY_BEDS)
        self.capacity.setSuffix(" " + self.tr("beds"))
        self.active = QCheckBox(self.tr("Open"), self)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("For"), self.sex)
        self.form.addRow(self.tr("Capacity"), self.capacity)
        self.form.addRow("", self.active)
        self.finish()

    def load(self, uow: UnitOfWork) -> list[DormitoryRecord]:
        return config.dormitories(uow, include_inactive=True)

    def fill(self, record: DormitoryRecord | None) -> None:
        self.name.setText(record.name if record else "")
        self.sex.setCurrentIndex(self.sex.findData((record.sex if record else Sex.MALE).value))
        self.capacity.setValue(record.capacity if record else 50)
        self.active.setChecked(record.active if record else True)

    def write(self, uow: UnitOfWork, actor: Actor, uid: str | None) -> DormitoryRecord:
        return config.save_dormitory(uow, actor, DormitoryInput(
            self.name.text(), Sex(self.sex.currentData()), self.capacity.value(),
            self.active.isChecked()), uid)


class SessionTypesList(ConfigList):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, SessionTypesModel(), "sessionTypesView", parent)
        self.model.setParent(self)
        self.name_en, self.name_km, self.active = _names(self, self.form)
        self.active.setText(self.tr("Offered"))
        self.form.addRow("", self.active)
        self.finish()

    def load(self, uow: UnitOfWork) -> list[SessionTypeRecord]:
        return config.session_types(uow, include_inactive=True)

    def fill(self, record: SessionTypeRecord | None) -> None:
        self.name_en.setText(record.name_en if record else "")
        self.name_km.setText(record.name_km if record else "")
        self.active.setChecked(record.active if record else True)

    def write(self, uow: UnitOfWork, actor: Actor, uid: str | None) -> SessionTypeRecord:
        return config.save_session_type(uow, actor, SessionTypeInput(
            self.name_km.text(), self.name_en.text(), self.active.isChecked()), uid)


class WeightsPanel(QWidget):
    """The waitlist weights now, the form to change them with a reason, every version."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        explanation = QLabel(self.tr(
            "Priority = risk level (0 low, 1 moderate, 2 high) × the first weight + days on "
            "the waitlist × the second + (horizon − days of sentence left) × the third. "
            "Ties go to the earlier arrival. Every change is kept with its reason."), self)
        explanation.setWordWrap(True)
        self.per_risk = QDoubleSpinBox(self)
        self.per_day = QDoubleSpinBox(self)
        self.per_urgency = QDoubleSpinBox(self)
        for box in (self.per_risk, self.per_day, self.per_urgency):
            box.setRange(0, 1000)
            box.setDecimals(2)
        self.horizon = QSpinBox(self)
        self.horizon.setRange(0, 3650)
        self.horizon.setSuffix(" " + self.tr("days"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("weightsReason")
        self.reason.setPlaceholderText(self.tr("why the weights change (required, kept)"))
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setObjectName("applyWeights")
        self.error = error_label(self)
        self.error.setObjectName("weightsError")
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #2e7d32;")
        form = QFormLayout()
        form.addRow(self.tr("Points per risk level"), self.per_risk)
        form.addRow(self.tr("Points per day waiting"), self.per_day)
        form.addRow(self.tr("Points per day of urgency"), self.per_urgency)
        form.addRow(self.tr("Urgency horizon"), self.horizon)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.apply_button)
        form.addRow(self.tr("Reason"), row)
        self.model = WeightsModel(self)
        self.view = read_only_table(self.model, self, "weightsHistory")
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("<b>Every version</b>"), self))
        layout.addWidget(self.view, 1)
        self.apply_button.clicked.connect(self.apply)
        self.reason.returnPressed.connect(self.apply)
        if not ops.may(Action.CHANGE_SETTINGS):
            for widget in (self.per_risk, self.per_day, self.per_urgency, self.horizon,
                           self.reason, self.apply_button):
                widget.setEnabled(False)
            self.status.setText(self.tr("Only administrators change the waitlist weights."))
        self.reload()

    def reload(self) -> None:
        versions = self.ops.read(lambda uow, _actor: config.weights_history(uow))
        self.model.set_rows(list(reversed(versions)))  # newest first
        w = versions[-1].weights
        self.per_risk.setValue(w.per_risk_level)
        self.per_day.setValue(w.per_day_waiting)
        self.per_urgency.setValue(w.per_day_of_urgency)
        self.horizon.setValue(w.urgency_horizon_days)

    def apply(self) -> None:
        weights = PriorityWeights(self.per_risk.value(), self.per_day.value(),
                                  self.per_urgency.value(), self.horizon.value())
        self.status.clear()
        reason = self.reason.text()
        try:
            self.ops.write(lambda uow, actor: config.change_waitlist_weights(
                uow, actor, weights, reason), changed={"settings"})
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)
        self.reason.clear()
        self.status.setText(self.tr("Saved; the waitlist is ordered by the new weights."))
        self.reload()


class EnrolmentSettingsDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentSettings")
        self.setWindowTitle(self.tr("Programmes, dormitories and the waitlist"))
        self.programmes = ProgrammesList(ops, self)
        self.dormitories = DormitoriesList(ops, self)
        self.session_types = SessionTypesList(ops, self)
        self.weights = WeightsPanel(ops, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.programmes, self.tr("&Programmes"))
        self.tabs.addTab(self.dormitories, self.tr("&Dormitories"))
        self.tabs.addTab(self.session_types, self.tr("Session &types"))
        self.tabs.addTab(self.weights, self.tr("&Waitlist weights"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(820, 600)
