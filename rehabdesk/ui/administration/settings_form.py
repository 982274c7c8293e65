"""Centre settings on the Administration page: the screening deadline, the re-screening
interval, the follow-up window and "lost" delay, the follow-up schedule (the months
after release of each point, typed as "1, 3, 6, 12") and the yes/no switches, such as
sending people's photos to headquarters (``domain.settings``), changed by an
administrator with a reason.

Values, limits and the permission are the services' (``services.settings.change``
refuses anyone but an administrator and a value out of range, and audits the change with
the reason); this form only shows them and says the refusal. A change is announced as
"settings" through the window's ``Operations``: the screening queue reads the new values.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.permissions import Action
from rehabdesk.domain.settings import (
    ACKNOWLEDGEMENT_WARNING_DAYS,
    COURT_FOLLOW_UP_DAYS,
    FOLLOW_UP_LOST_AFTER_DAYS,
    FOLLOW_UP_MONTHS,
    FOLLOW_UP_WINDOW_DAYS,
    GRIEVANCE_ANSWER_DAYS,
    NO_BASIS_AFTER_DAYS,
    NO_VISIT_DAYS,
    SCHEDULES,
    SCREENING_DUE_DAYS,
    SCREENING_REPEAT_DAYS,
    SEND_PHOTOS_TO_HQ,
    SWITCHES,
)
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.operations import Operations

_WORDING: dict[str, tuple[str, str]] = {
    ACKNOWLEDGEMENT_WARNING_DAYS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Headquarters acknowledgement warning")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "The Dashboard warns when headquarters "
                                                    "has acknowledged no bundle for this "
                                                    "many days."))),
    COURT_FOLLOW_UP_DAYS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Second request to a court after")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "A person a court has not answered "
                                                    "about this many days after the "
                                                    "request letter appears on the "
                                                    "follow-up list and in the next letter "
                                                    "as a second request."))),
    SCREENING_DUE_DAYS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Screening deadline")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "An arrival not screened within this "
                                                    "many days appears in the screening "
                                                    "queue."))),
    SCREENING_REPEAT_DAYS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Re-screening interval")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "A person still here this many days "
                                                    "after the last screening is due to be "
                                                    "screened again."))),
    FOLLOW_UP_WINDOW_DAYS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Follow-up window")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "A follow-up after release counts as on "
                                                    "time this many days either side of its "
                                                    "due date."))),
    FOLLOW_UP_LOST_AFTER_DAYS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Lost to follow-up after")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "After enough failed attempts, a person "
                                                    "counts as lost to follow-up this many "
                                                    "days after the window closed."))),
    FOLLOW_UP_MONTHS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Follow-up points")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "A release creates a follow-up point "
                                                    "this many months after it, for each "
                                                    "number, such as 1, 3, 6, 12. Points "
                                                    "already created keep their dates."))),
    NO_BASIS_AFTER_DAYS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Legal basis deadline")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "A stay with no legal basis recorded "
                                                    "this many days after arrival is listed "
                                                    "in red on the Dashboard."))),
    GRIEVANCE_ANSWER_DAYS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Grievance answer deadline")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "A grievance must be answered within "
                                                    "this many days of being filed."))),
    SEND_PHOTOS_TO_HQ: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Send photos to headquarters")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "People's photos travel in the bundles "
                                                    "to headquarters only while this is "
                                                    "ticked."))),
    NO_VISIT_DAYS: (
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "Days without a visit")),
        str(QT_TRANSLATE_NOOP("CentreSettingsForm", "A person who has received no visit for "
                                                    "this many days is listed."))),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CentreSettingsForm", text)


class CentreSettingsForm(QGroupBox):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Centre settings"))
        self.setObjectName("centreSettings")
        self._ops = ops
        current, schedules, switches = ops.read(lambda uow, _actor: (
            settings.all_settings(uow),
            {key: settings.months(uow, key) for key in SCHEDULES},
            {key: settings.is_on(uow, key) for key in SWITCHES}))
        self.values: dict[str, QSpinBox] = {}
        self._stored: dict[str, int] = {}
        self.schedules: dict[str, QLineEdit] = {}
        self._stored_schedules = schedules
        self.switches: dict[str, QCheckBox] = {}
        self._stored_switches = switches
        form = QFormLayout(self)
        for setting in current:
            d = setting.definition
            label, explanation = _WORDING.get(d.key, (d.label, d.explanation))
            box = QSpinBox(self)
            box.setRange(d.minimum, d.maximum)
            box.setValue(setting.value)
            box.setSuffix(" " + self.tr("days") if d.unit == "days" else " " + d.unit)
            box.setToolTip(_tr(explanation))
            self.values[d.key] = box
            self._stored[d.key] = setting.value
            form.addRow(_tr(label), box)
        for key, months in schedules.items():
            label, explanation = _WORDING[key]
            line = QLineEdit(self._months_text(months), self)
            line.setObjectName(f"{key}Edit")
            line.setToolTip(_tr(explanation))
            self.schedules[key] = line
            form.addRow(_tr(label) + " " + self.tr("(months after release)"), line)
        for key, on in switches.items():
            label, explanation = _WORDING[key]
            tick = QCheckBox(_tr(label), self)
            tick.setObjectName(f"{key}Check")
            tick.setChecked(on)
            tick.setToolTip(_tr(explanation))
            self.switches[key] = tick
            form.addRow(tick)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("why the change (kept in the audit log)"))
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setObjectName("applySettings")
        self.apply_button.clicked.connect(self.apply)
        self.reason.returnPressed.connect(self.apply)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.apply_button)
        form.addRow(self.tr("Reason"), row)
        self.error = error_label(self)
        self.status = QLabel(self)
        form.addRow(self.error)
        form.addRow(self.status)
        if not ops.may(Action.CHANGE_SETTINGS):
            for widget in (*self.values.values(), *self.schedules.values(),
                           *self.switches.values(), self.reason, self.apply_button):
                widget.setEnabled(False)
            self.status.setText(self.tr("Only administrators change centre settings."))

    @staticmethod
    def _months_text(months: tuple[int, ...]) -> str:
        """``1, 3, 6, 12``: Western digits, as the spin boxes beside it show."""
        return ", ".join(str(m) for m in months)

    def apply(self) -> None:
        changed = {key: box.value() for key, box in self.values.items()
                   if box.value() != self._stored[key]}
        try:
            typed = {key: SCHEDULES[key].parse(line.text())
                     for key, line in self.schedules.items()}
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            self.status.clear()
            return
        rescheduled = {key: months for key, months in typed.items()
                       if months != self._stored_schedules[key]}
        switched = {key: tick.isChecked() for key, tick in self.switches.items()
                    if tick.isChecked() != self._stored_switches[key]}
        if not changed and not rescheduled and not switched:
            self.status.setText(self.tr("Nothing changed."))
            return
        reason = self.reason.text()

        def change(uow: UnitOfWork, actor: Actor) -> None:  # all of them, or none
            for key, value in changed.items():
                settings.change(uow, actor, key, value, reason)
            for key, months in rescheduled.items():
                settings.change_months(uow, actor, key, months, reason)
            for key, on in switched.items():
                settings.change_switch(uow, actor, key, on, reason)

        try:
            self._ops.write(change, changed={"settings"})
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            self.status.clear()
            return
        self._stored.update(changed)
        self._stored_schedules.update(rescheduled)
        self._stored_switches.update(switched)
        for key, months in rescheduled.items():
            self.schedules[key].setText(self._months_text(months))
        show_error(self.error, None)
        self.reason.clear()
        self.status.setText(self.tr("Saved; the screening queue and the next releases use "
                                    "the new values."))
