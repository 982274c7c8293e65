"""Centre settings on the Administration page: the screening deadline, the re-screening
interval and the follow-up window and "lost" delay (``domain.settings``), changed by an
administrator with a reason.

Values, limits and the permission are the services' (``services.settings.change``
refuses anyone but an administrator and a value out of range, and audits the change with
the reason); this form only shows them and says the refusal. A change is announced as
"settings" through the window's ``Operations``: the screening queue reads the new values.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
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
    FOLLOW_UP_LOST_AFTER_DAYS,
    FOLLOW_UP_WINDOW_DAYS,
    SCREENING_DUE_DAYS,
    SCREENING_REPEAT_DAYS,
)
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import error_label, show_error
from rehabdesk.ui.kit.operations import Operations

_WORDING: dict[str, tuple[str, str]] = {
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
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CentreSettingsForm", text)


class CentreSettingsForm(QGroupBox):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Centre settings"))
        self.setObjectName("centreSettings")
        self._ops = ops
        current = ops.read(lambda uow, _actor: settings.all_settings(uow))
        self.values: dict[str, QSpinBox] = {}
        self._stored: dict[str, int] = {}
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
            for widget in (*self.values.values(), self.reason, self.apply_button):
                widget.setEnabled(False)
            self.status.setText(self.tr("Only administrators change centre settings."))

    def apply(self) -> None:
        changed = {key: box.value() for key, box in self.values.items()
                   if box.value() != self._stored[key]}
        if not changed:
            self.status.setText(self.tr("Nothing changed."))
            return
        reason = self.reason.text()

        def change(uow: UnitOfWork, actor: Actor) -> None:  # all of them, or none
            for key, value in changed.items():
                settings.change(uow, actor, key, value, reason)

        try:
            self._ops.write(change, changed={"settings"})
        except RehabDeskError as error:
            show_error(self.error, error_text(error))
            self.status.clear()
            return
        self._stored.update(changed)
        show_error(self.error, None)
        self.reason.clear()
        self.status.setText(self.tr("Saved; the screening queue uses the new values."))
