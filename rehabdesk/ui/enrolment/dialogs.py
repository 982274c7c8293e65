"""The enrolment screens' dialogs: refer, change status (waitlist, withdraw, complete,
discontinue, transfer, abscond, release) and enrol with a bed.

Each dialog's OK button makes one service call through the window's ``Operations``,
which announces the change to the pages; a refusal (a back-dated change without a
reason, a start before the arrival, a bed just taken, a full dormitory without the
confirmation) shows the service's sentence under the form, the dialog stays open and
nothing is saved. The dialog closes only after a save went through (``result``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from rehabdesk.domain.enrolment import TRANSITIONS, EnrolmentStatus, dormitory_to_propose
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.services.enrolment import enrolments as enrolment
from rehabdesk.services.enrolment import programmes as config
from rehabdesk.services.enrolment.enrolments import EnrolmentRecord, Placement, WaitlistRow
from rehabdesk.ui.enrolment import texts
from rehabdesk.ui.kit.fields import date_field
from rehabdesk.ui.kit.language import both_names, in_language
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.write_dialog import WriteDialog
from rehabdesk.ui.shell.dates import shown_date

S = EnrolmentStatus
ENDINGS = (S.COMPLETED, S.DISCONTINUED, S.TRANSFERRED, S.ABSCONDED, S.RELEASED)

def _who(record: EnrolmentRecord) -> str:
    return (f"<b>{escape(record.case_number)}</b> · {escape(record.latin_name)} · "
            f"{escape(record.khmer_name)}")


class ReferDialog(WriteDialog):
    """Refer an episode to a treatment programme (the first step; waitlisting follows)."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], episode_uid: str,
                 case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Refer to a programme"), self.tr("Refer"), parent)
        self.episode_uid = episode_uid
        self.heading.setText(self.tr("Refer case %1 to a treatment programme. The waitlist "
                                     "takes them once they are waitlisted.")
                             .replace("%1", escape(case_number)))
        self.programme = QComboBox(self)
        for p in ops.read(lambda uow, _actor: config.programmes(uow)):
            self.programme.addItem(both_names(p.name_en, p.name_km), p.uid)
        self.on = date_field(today(), self)
        self.reason = self.late_note()
        self.form.addRow(self.tr("&Programme"), self.programme)
        self.form.addRow(self.tr("Referred &on"), self.on)
        self.form.addRow(self.tr("&Reason"), self.reason)

    def write(self) -> EnrolmentRecord | None:
        on = self.date(self.on)
        if on is None:
            return None
        if self.programme.currentData() is None:
            self.refuse(self.tr("No programme is offered; an administrator adds them on the "
                                "Administration page."))
            return None
        episode, programme, today = self.episode_uid, self.programme.currentData(), self.today()
        reason = self.reason.text()
        return self.ops.write(lambda uow, actor: enrolment.refer(
            uow, actor, episode, programme, on, today, reason), changed={"enrolment"})


class TransitionDialog(WriteDialog):
    """Change an enrolment's status to one the lifecycle allows from where it is."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], record: EnrolmentRecord,
                 to: EnrolmentStatus | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Change enrolment status"), self.tr("Record"),
                         parent)
        self.record = record
        self.heading.setText(_who(record) + "<br>" + escape(
            self.tr("Now %1 in %2.").replace("%1", texts.status(record.status))
            .replace("%2", in_language(record.programme_name_en, record.programme_name_km))))
        self.to = QComboBox(self)
        for status in targets(record.status):
            self.to.addItem(texts.status(status), status.value)
        if to is not None:
            self.to.setCurrentIndex(max(0, self.to.findData(to.value)))
        self.on = date_field(today(), self)
        self.reason = self.late_note()
        self.form.addRow(self.tr("&New status"), self.to)
        self.form.addRow(self.tr("&Effective on"), self.on)
        self.form.addRow(self.tr("&Reason"), self.reason)
        if record.status is S.ENROLLED:
            note = QLabel(self.tr("Ending the enrolment frees the bed at once."), self)
            note.setStyleSheet("color: #5f6368;")
            self.form.addRow(note)

    def write(self) -> EnrolmentRecord | None:
        on = self.date(self.on)
        if on is None:
            return None
        uid, to, today, reason = (self.record.uid, S(self.to.currentData()), self.today(),
                                  self.reason.text())
        return self.ops.write(lambda uow, actor: enrolment.transition(
            uow, actor, uid, to, on, today, reason), changed={"enrolment"})


def targets(status: EnrolmentStatus) -> list[EnrolmentStatus]:
    """The statuses a change dialog offers: the lifecycle's, enrolling aside (it needs a
    bed: the Enrol dialog)."""
    order = [S.WAITLISTED, *ENDINGS, S.WITHDRAWN]
    return [s for s in order if s in TRANSITIONS[status]]


class EnrolDialog(WriteDialog):
    """Enrol a waitlisted person: a dormitory of their sex, a free bed, the start date;
    a full dormitory only with the explicit confirmation and its reason."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], row: WaitlistRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Enrol from the waitlist"), self.tr("&Enrol"),
                         parent)
        self.setObjectName("enrolDialog")
        self.row = row
        e = row.enrolment
        eligibility = texts.outcome(row.eligibility, row.overridden)
        self.heading.setText(_who(e) + "<br>" + escape(
            self.tr("Rank %1 on the waitlist · %2 priority points · %3 · arrived %4").replace(
                "%1", str(row.rank)).replace("%2", f"{row.priority.total:g}")
            .replace("%3", eligibility).replace("%4", shown_date(e.arrival_date))))
        self.programme = QLabel(escape(both_names(e.programme_name_en, e.programme_name_km)), self)
        self.programme.setToolTip(self.tr("The programme the person was referred to."))
        self.dormitory = QComboBox(self)
        self.dormitory.setObjectName("dormitory")
        self._dormitories = self._read_dormitories()
        for d in self._dormitories.values():
            state = (self.tr("full") if d.occupied >= d.capacity
                     else self.tr("%1 free").replace("%1", str(d.free)))
            self.dormitory.addItem(self.tr("%1 — %2 of %3 beds taken, %4").replace(
                "%1", d.name).replace("%2", str(d.occupied)).replace("%3", str(d.capacity))
                .replace("%4", state), d.uid)
        self.bed = QComboBox(self)
        self.bed.setObjectName("bed")
        self.start = date_field(today(), self)
        self.start.setObjectName("startDate")
        self.reason = self.late_note()
        self.warning = QLabel(self)
        self.warning.setObjectName("overCapacityWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {texts.WARNING.name()}; font-weight: bold;")
        self.over_capacity = QCheckBox(self.tr("Enrol &over capacity"), self)
        self.over_capacity.setObjectName("confirmOverCapacity")
        self.over_reason = QLineEdit(self)
        self.over_reason.setObjectName("overCapacityReason")
        self.over_reason.setPlaceholderText(self.tr("why this dormitory may go over capacity "
                                                    "(shown on the dashboard)"))
        self.over_reason.setEnabled(False)
        self.over_capacity.toggled.connect(self.over_reason.setEnabled)
        self.form.addRow(self.tr("Programme"), self.programme)
        self.form.addRow(self.tr("&Dormitory"), self.dormitory)
        self.form.addRow(self.tr("&Bed"), self.bed)
        self.form.addRow(self.tr("&Start date"), self.start)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.addRow(self.warning)
        self.form.addRow(self.over_capacity)
        self.form.addRow(self.tr("Over-capacity reason"), self.over_reason)
        if row.overridden:
            note = QLabel(self.tr("Eligible through a supervisor's override; the override "
                                  "is kept with the enrolment and shown with it."), self)
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {texts.OVERRIDE.name()};")
            self.form.addRow(note)
        if not self._dormitories:
            self.warning.setText(self.tr("No dormitory takes %1; an administrator adds one "
                                         "on the Administration page.")
                                 .replace("%1", texts.sex(e.sex)))
        proposed = dormitory_to_propose([(d.uid, d.free) for d in self._dormitories.values()])
        if proposed is not None:
            self.dormitory.setCurrentIndex(self.dormitory.findData(proposed))
        self.dormitory.currentIndexChanged.connect(self._dormitory_changed)
        self._dormitory_changed()

    def _dormitory_changed(self) -> None:
        """Fills the free beds of the chosen dormitory; says so when it is full."""
        uid = self.dormitory.currentData()
        self.bed.clear()
        if uid is None:
            return
        d = self._dormitories[uid]
        free = self.ops.read(lambda uow, _actor: enrolment.free_beds(uow, uid))
        if free:
            self.bed.addItem(self.tr("lowest free bed (%1)").replace("%1", str(free[0])), None)
            for bed in free:
                self.bed.addItem(self.tr("bed %1").replace("%1", str(bed)), bed)
        else:
            self.bed.addItem(self.tr("no bed free"), None)
        full = d.occupied >= d.capacity
        self.warning.setText(self.tr(
            "%1 is full (%2 people in %3 beds). Enrolling here puts it over capacity: tick "
            "the box below and give a reason, or choose another dormitory.").replace(
            "%1", d.name).replace("%2", str(d.occupied)).replace("%3", str(d.capacity))
            if full else "")
        self.warning.setVisible(full)

    def write(self) -> EnrolmentRecord | None:
        on = self.date(self.start)
        if on is None:
            return None
        uid = self.dormitory.currentData()
        if uid is None:
            self.refuse(self.tr("Choose a dormitory."), self.dormitory)
            return None
        placement = Placement(uid, self.bed.currentData(), self.over_capacity.isChecked(),
                              self.over_reason.text() or None)
        chosen, today, reason = self.row.enrolment.uid, self.today(), self.reason.text()
        try:
            return self.ops.write(lambda uow, actor: enrolment.enrol(
                uow, actor, chosen, placement, on, today, reason), changed={"enrolment"})
        except RehabDeskError:
            self._dormitory_changed_keeping_choice()
            raise

    def _dormitory_changed_keeping_choice(self) -> None:
        """After a refusal the beds may have changed (someone took one): list them anew."""
        self._dormitories = self._read_dormitories()
        self._dormitory_changed()

    def _read_dormitories(self) -> dict[str, config.DormitoryRecord]:
        """The open dormitories for the person's sex, with their beds taken now."""
        sex = self.row.enrolment.sex
        return {d.uid: d for d in self.ops.read(
            lambda uow, _actor: config.dormitories(uow, sex=sex))}
