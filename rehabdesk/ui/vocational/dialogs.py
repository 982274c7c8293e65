"""The vocational dialogs: a workshop and its rate (administrators), applying for a
place, consent, starting, suspending, resuming and ending a place, an assessment, a
certificate issued or revoked, a pay period closed (supervisors).

Each OK makes one service call through ``Operations`` and announces a "vocational"
change; a refusal shows the service's sentence under the form, the dialog stays open and
nothing is saved. The consent dialog puts "gives consent" and "does not consent" side
by side, worded alike: refusing is an answer like the other, never a warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from rehabdesk.domain.vocational import (
    STAFF_END_REASONS,
    EndReason,
    PayScheme,
    WorkLimits,
    WorkshopKind,
)
from rehabdesk.services.vocational import allocations, certificates, pay, rules, workshops
from rehabdesk.services.vocational.allocations import AllocationRecord
from rehabdesk.services.vocational.certificates import Candidate, CertificateRecord
from rehabdesk.services.vocational.report import PayMonth
from rehabdesk.services.vocational.workshops import WorkshopInput, WorkshopRecord
from rehabdesk.ui.kit.errors import said
from rehabdesk.ui.kit.fields import date_field
from rehabdesk.ui.kit.language import both_names, in_language
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word as glossary_word
from rehabdesk.ui.kit.write_dialog import WriteDialog
from rehabdesk.ui.vocational import texts

CHANGED = {"vocational"}
STAFF_ENDS = tuple(r for r in EndReason if r in STAFF_END_REASONS)


def who(row: AllocationRecord) -> str:
    return (f"<b>{escape(row.case_number)}</b> · {escape(row.latin_name)} · "
            f"{escape(row.khmer_name)} — "
            f"{escape(in_language(row.workshop_name_en, row.workshop_name_km))}")


# --------------------------------------------------------------------------- workshops


class WorkshopDialog(WriteDialog):
    """Adds a workshop (with its first rate) or changes one (with a reason)."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 record: WorkshopRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Change workshop") if record else
                         self.tr("New workshop"),
                         self.tr("&Save") if record else self.tr("&Add workshop"), parent)
        self.setObjectName("workshopDialog")
        self.record = record
        self.heading.setText(self.tr("Every change is kept in the audit log with its reason."))
        self.name_km = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in WorkshopKind:
            self.kind.addItem(glossary_word("workshop_kind", kind), kind)
        self.trainer = QLineEdit(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 500)
        self.days: list[QCheckBox] = []
        days = QHBoxLayout()
        for number in range(1, 8):
            box = QCheckBox(texts.day_name(number), self)
            box.setChecked(number <= 6)
            self.days.append(box)
            days.addWidget(box)
        self.sessions = QSpinBox(self)
        self.sessions.setRange(1, 4)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.5, 12)
        self.hours.setSingleStep(0.5)
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, 208)
        self.certificate_hours = QDoubleSpinBox(self)
        self.certificate_hours.setRange(0, 5000)
        self.certificate_hours.setDecimals(1)
        self.issuer = QLineEdit(self)
        self.scheme = QComboBox(self)
        for scheme in PayScheme:
            self.scheme.addItem(glossary_word("pay_scheme", scheme), scheme)
        self.min_weeks = QSpinBox(self)
        self.min_weeks.setRange(0, 104)
        self.fit = QCheckBox(self.tr("needs a health screen saying fit for manual work"), self)
        self.education = QCheckBox(self.tr("education (open to people under 18)"), self)
        self.active = QCheckBox(self.tr("open (takes people)"), self)
        self.rate = QSpinBox(self)
        self.rate.setRange(0, 1_000_000)
        self.rate.setSingleStep(500)
        self.rate.setSuffix(" " + texts.word("riel", "").strip())
        self.reason = self.note_field(self.tr("why the workshop changes"))
        self.form.addRow(self.tr("Name in &Khmer"), self.name_km)
        self.form.addRow(self.tr("Name in &English"), self.name_en)
        self.form.addRow(self.tr("K&ind"), self.kind)
        self.form.addRow(self.tr("&Trainer"), self.trainer)
        self.form.addRow(self.tr("&Places"), self.capacity)
        self.form.addRow(self.tr("Days"), days)
        self.form.addRow(self.tr("&Sessions a day"), self.sessions)
        self.form.addRow(self.tr("&Hours a session"), self.hours)
        self.form.addRow(self.tr("&Length in weeks"), self.weeks)
        self.form.addRow(self.tr("Hours for a &certificate"), self.certificate_hours)
        self.form.addRow(self.tr("Certificate &issuer"), self.issuer)
        self.form.addRow(self.tr("Pa&y"), self.scheme)
        self.form.addRow(self.tr("&Weeks in treatment first"), self.min_weeks)
        self.form.addRow("", self.fit)
        self.form.addRow("", self.education)
        if record is None:
            self.form.addRow(self.tr("&Rate from today"), self.rate)
            self.fit.setChecked(True)
            self.active.setChecked(True)
        else:
            self.form.addRow("", self.active)
            self.form.addRow(self.tr("&Reason"), self.reason)
            self._fill(record)

    def _fill(self, r: WorkshopRecord) -> None:
        self.name_km.setText(r.name_km)
        self.name_en.setText(r.name_en)
        self.kind.setCurrentIndex(self.kind.findData(r.kind))
        self.trainer.setText(r.trainer)
        self.capacity.setValue(r.capacity)
        for number, box in enumerate(self.days, start=1):
            box.setChecked(str(number) in r.days)
        self.sessions.setValue(r.sessions_per_day)
        self.hours.setValue(r.hours_per_session)
        self.weeks.setValue(r.length_weeks)
        self.certificate_hours.setValue(r.certificate_hours)
        self.issuer.setText(r.certificate_issuer)
        self.scheme.setCurrentIndex(self.scheme.findData(r.pay_scheme))
        self.min_weeks.setValue(r.min_weeks_in_treatment)
        self.fit.setChecked(r.needs_medically_fit)
        self.education.setChecked(r.education)
        self.active.setChecked(r.active)

    def data(self) -> WorkshopInput:
        return WorkshopInput(
            self.name_km.text(), self.name_en.text(), self.kind.currentData(),
            self.trainer.text(), self.capacity.value(),
            "".join(str(n) for n, box in enumerate(self.days, start=1) if box.isChecked()),
            self.sessions.value(), self.hours.value(), self.weeks.value(),
            self.certificate_hours.value(), self.issuer.text(), self.scheme.currentData(),
            self.min_weeks.value(), self.fit.isChecked(), self.education.isChecked(),
            self.active.isChecked())

    def write(self) -> WorkshopRecord:
        data, today, reason = self.data(), self.today(), self.reason.text()
        if self.record is not None:
            uid = self.record.uid
            return self.ops.write(lambda uow, actor: workshops.change_workshop(
                uow, actor, uid, data, reason), changed=CHANGED)
        riel = self.rate.value()

        def create(uow: Any, actor: Any) -> WorkshopRecord:
            record = workshops.create_workshop(uow, actor, data)
            if data.pay_scheme is not PayScheme.NONE:
                workshops.set_rate(uow, actor, record.uid, today, riel)
            return workshops.get_workshop(uow, record.uid, today=today)

        return self.ops.write(create, changed=CHANGED)


class RateDialog(WriteDialog):
    """A new rate from a date; the past keeps the rate copied onto each entry."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], record: WorkshopRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("New rate"), self.tr("&Set rate"), parent)
        self.setObjectName("rateDialog")
        self.record = record
        self.heading.setText(self.tr("%1: a new rate from the day chosen. Days already "
                                     "recorded keep the rate they were paid at.")
                             .replace("%1", escape(in_language(record.name_en,
                                                               record.name_km))))
        self.riel = QSpinBox(self)
        self.riel.setRange(0, 1_000_000)
        self.riel.setSingleStep(500)
        self.riel.setValue(record.rate_riel or 0)
        self.starts = date_field(today() + dt.timedelta(days=1), self)
        self.reason = self.note_field(self.tr("why the rate changes"))
        self.form.addRow(self.tr("&Riel per unit"), self.riel)
        self.form.addRow(self.tr("&From"), self.starts)
        self.form.addRow(self.tr("R&eason"), self.reason)

    def write(self) -> Any:
        day = self.date(self.starts)
        if day is None:
            return None
        uid, riel, reason = self.record.uid, self.riel.value(), self.reason.text()
        return self.ops.write(lambda uow, actor: workshops.set_rate(
            uow, actor, uid, day, riel, reason), changed=CHANGED)


class WorkRulesDialog(WriteDialog):
    """The centre's work limits and the share of pay saved for release (administrators,
    with a reason). The services refuse limits below the guidance's floor: never fewer
    than one rest day a week, never an adult age under 18 (issue #14, item 4)."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Work limits and pay rules"),
                         self.tr("&Save the rules"), parent)
        self.setObjectName("workRulesDialog")
        current = ops.read(lambda uow, _actor: rules.work_rules(uow))
        limits = current.limits
        self.heading.setText(self.tr("Every save of the work register is checked against "
                                     "these limits. A change applies to work recorded from "
                                     "now on; the reason is kept in the audit log."))
        self.day = self._hours(limits.max_hours_day, 12)
        self.week = self._hours(limits.max_hours_7_days, 60)
        self.rest = self._count(limits.min_rest_days_7_days, 1, 7)
        self.detox = self._count(limits.detox_days, 0, 90)
        self.adult = self._count(limits.adult_age, 18, 25)
        self.saved = self._count(current.saved_percent, 0, 100)
        self.saved.setSuffix(" %")
        self.reason = self.note_field(self.tr("why the rules change"))
        for label, field in ((self.tr("Hours a &day, at most"), self.day),
                             (self.tr("Hours in any &7 days, at most"), self.week),
                             (self.tr("&Rest days in any 7 days, at least"), self.rest),
                             (self.tr("No work in the first days after arrival (de&tox)"),
                              self.detox),
                             (self.tr("&Adult age (younger: education only)"), self.adult),
                             (self.tr("Share of pay saved &for release"), self.saved),
                             (self.tr("R&eason"), self.reason)):
            self.form.addRow(label, field)

    def _hours(self, value: float, maximum: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0.5, maximum)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        box.setValue(value)
        return box

    def _count(self, value: int, minimum: int, maximum: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(minimum, maximum)
        box.setValue(value)
        return box

    def write(self) -> Any:
        limits = WorkLimits(self.day.value(), self.week.value(), self.rest.value(),
                            self.detox.value(), self.adult.value())
        saved, reason = self.saved.value(), self.reason.text()
        return self.ops.write(lambda uow, actor: rules.change_work_rules(
            uow, actor, limits, saved, reason), changed=CHANGED)


# --------------------------------------------------------------------------- allocations


class ApplyDialog(WriteDialog):
    """The person applies for a place; the workshop's entry conditions are shown first."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], episode_uid: str,
                 case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Apply to a workshop"), self.tr("&Apply"), parent)
        self.setObjectName("applyDialog")
        self.episode_uid = episode_uid
        self.heading.setText(self.tr("Case %1 applies for a place. Consent to train and work "
                                     "is asked next; nobody starts without it.")
                             .replace("%1", escape(case_number)))
        self.workshop = QComboBox(self)
        for w in ops.read(lambda uow, _actor: workshops.workshops(uow, today=today())):
            self.workshop.addItem(both_names(w.name_en, w.name_km), w.uid)
        self.conditions = QLabel(self)
        self.conditions.setObjectName("entryConditions")
        self.conditions.setWordWrap(True)
        self.on = date_field(today(), self)
        self.note = self.late_note()
        self.form.addRow(self.tr("&Workshop"), self.workshop)
        self.form.addRow("", self.conditions)
        self.form.addRow(self.tr("Applied &on"), self.on)
        self.form.addRow(self.tr("&Note"), self.note)
        self.workshop.currentIndexChanged.connect(lambda _: self._conditions())
        self._conditions()

    def _conditions(self) -> None:
        uid, episode, on = self.workshop.currentData(), self.episode_uid, self.today()
        if uid is None:
            self.conditions.setText(self.tr("No workshop is open; an administrator adds them "
                                            "on the Vocational page."))
            return
        unmet = self.ops.read(lambda uow, _actor: allocations.entry_check(uow, episode, uid, on))
        self.conditions.setText(
            self.tr("Meets the entry conditions today.") if not unmet else
            self.tr("Not yet, today: %1 The person may still apply and wait.")
            .replace("%1", " ".join(said(m) for m in unmet)))

    def write(self) -> AllocationRecord | None:
        day = self.date(self.on)
        if day is None:
            return None
        uid, episode, note, today = (self.workshop.currentData(), self.episode_uid,
                                     self.note.text(), self.today())
        return self.ops.write(lambda uow, actor: allocations.apply(
            uow, actor, episode, uid, day, note=note, today=today), changed=CHANGED)


class ConsentDialog(WriteDialog):
    """The signed consent to train and work: given, or not. Both answers are worded
    alike; "does not consent" ends this place and changes nothing else."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], row: AllocationRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Consent to train and work"),
                         self.tr("&Record answer"), parent)
        self.setObjectName("consentDialog")
        self.row = row
        self.heading.setText(who(row) + "<br>" + escape(self.tr(
            "The person's answer on the signed consent form. Either answer is recorded as "
            "given; not consenting closes this place and changes nothing else in the record.")))
        self.given = QRadioButton(self.tr("&Gives consent"), self)
        self.given.setObjectName("consentGiven")
        self.refused = QRadioButton(self.tr("&Does not consent"), self)
        self.refused.setObjectName("consentRefused")
        group = QButtonGroup(self)
        group.addButton(self.given)
        group.addButton(self.refused)
        self.given.setChecked(True)
        answers = QHBoxLayout()
        answers.addWidget(self.given)
        answers.addWidget(self.refused)
        answers.addStretch(1)
        self.on = date_field(today(), self)
        self.note = self.note_field(self.tr("optional"))
        self.form.addRow(self.tr("Answer"), answers)
        self.form.addRow(self.tr("Signed &on"), self.on)
        self.form.addRow(self.tr("&Note"), self.note)

    def write(self) -> AllocationRecord | None:
        day = self.date(self.on)
        if day is None:
            return None
        uid, given, note, today = (self.row.uid, self.given.isChecked(), self.note.text(),
                                   self.today())
        return self.ops.write(lambda uow, actor: allocations.record_consent(
            uow, actor, uid, given, day, note=note, today=today), changed=CHANGED)


class StartDialog(WriteDialog):
    """The place starts (or resumes after a suspension); a full workshop takes one more
    only with the confirmation and a reason."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], row: AllocationRecord,
                 parent: QWidget | None = None) -> None:
        resuming = row.status.value == "suspended"
        super().__init__(ops, today, self.tr("Resume") if resuming else self.tr("Start"),
                         self.tr("&Resume") if resuming else self.tr("&Start"), parent)
        self.setObjectName("startDialog")
        self.row, self.resuming = row, resuming
        self.heading.setText(who(row))
        self.on = date_field(today(), self)
        self.note = self.late_note()
        self.over = QCheckBox(self.tr("the workshop is full: take one more"), self)
        self.over_reason = QLineEdit(self)
        self.over_reason.setPlaceholderText(self.tr("why one more place is needed"))
        self.form.addRow(self.tr("&From"), self.on)
        self.form.addRow(self.tr("&Note"), self.note)
        if not resuming:
            self.form.addRow("", self.over)
            self.form.addRow(self.tr("Reason for the e&xtra place"), self.over_reason)

    def write(self) -> AllocationRecord | None:
        day = self.date(self.on)
        if day is None:
            return None
        uid, note, today = self.row.uid, self.note.text(), self.today()
        if self.resuming:
            return self.ops.write(lambda uow, actor: allocations.resume(
                uow, actor, uid, day, note=note, today=today), changed=CHANGED)
        over, reason = self.over.isChecked(), self.over_reason.text()
        return self.ops.write(lambda uow, actor: allocations.start(
            uow, actor, uid, day, note=note, confirm_over_capacity=over,
            over_capacity_reason=reason, today=today), changed=CHANGED)


class SuspendDialog(WriteDialog):
    def __init__(self, ops: Operations, today: Callable[[], dt.date], row: AllocationRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Suspend"), self.tr("&Suspend"), parent)
        self.setObjectName("suspendDialog")
        self.row = row
        self.heading.setText(who(row) + "<br>" + escape(self.tr(
            "A suspension for the workshop's own reasons (a machine broken, the trainer "
            "away) keeps the pay.")))
        self.paid = QCheckBox(self.tr("keeps the &pay"), self)
        self.on = date_field(today(), self)
        self.reason = self.note_field(self.tr("why the place is suspended"))
        self.form.addRow(self.tr("&From"), self.on)
        self.form.addRow("", self.paid)
        self.form.addRow(self.tr("&Reason"), self.reason)

    def write(self) -> AllocationRecord | None:
        day = self.date(self.on)
        if day is None:
            return None
        uid, paid, reason, today = (self.row.uid, self.paid.isChecked(), self.reason.text(),
                                    self.today())
        return self.ops.write(lambda uow, actor: allocations.suspend(
            uow, actor, uid, day, paid=paid, reason=reason, today=today), changed=CHANGED)


class EndDialog(WriteDialog):
    def __init__(self, ops: Operations, today: Callable[[], dt.date], row: AllocationRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("End the place"), self.tr("&End"), parent)
        self.setObjectName("endDialog")
        self.row = row
        self.heading.setText(who(row))
        self.reason = QComboBox(self)
        for reason in STAFF_ENDS:
            self.reason.addItem(glossary_word("end_reason", reason), reason)
        self.on = date_field(today(), self)
        self.note = self.note_field(self.tr("what happened"))
        self.form.addRow(self.tr("&Why"), self.reason)
        self.form.addRow(self.tr("&On"), self.on)
        self.form.addRow(self.tr("&Note"), self.note)

    def write(self) -> AllocationRecord | None:
        day = self.date(self.on)
        if day is None:
            return None
        uid, reason, note, today = (self.row.uid, self.reason.currentData(), self.note.text(),
                                    self.today())
        return self.ops.write(lambda uow, actor: allocations.end(
            uow, actor, uid, day, reason, note=note, today=today), changed=CHANGED)


class AssessmentDialog(WriteDialog):
    def __init__(self, ops: Operations, today: Callable[[], dt.date], row: AllocationRecord,
                 trainer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Assessment"), self.tr("&Record"), parent)
        self.setObjectName("assessmentDialog")
        self.row = row
        self.heading.setText(who(row) + "<br>" + escape(self.tr(
            "The trainer's assessment of the skill learned; a certificate needs a pass.")))
        self.passed = QCheckBox(self.tr("&passed"), self)
        self.passed.setChecked(True)
        self.on = date_field(today(), self)
        self.assessor = QLineEdit(trainer, self)
        self.note = self.note_field(self.tr("optional"))
        self.form.addRow(self.tr("Result"), self.passed)
        self.form.addRow(self.tr("&On"), self.on)
        self.form.addRow(self.tr("&Assessor"), self.assessor)
        self.form.addRow(self.tr("&Note"), self.note)

    def write(self) -> Any:
        day = self.date(self.on)
        if day is None:
            return None
        uid, passed, assessor, note, today = (self.row.uid, self.passed.isChecked(),
                                              self.assessor.text(), self.note.text(),
                                              self.today())
        return self.ops.write(lambda uow, actor: allocations.record_assessment(
            uow, actor, uid, day, passed, assessor, note=note, today=today), changed=CHANGED)


# --------------------------------------------------------------------------- certificates


class IssueDialog(WriteDialog):
    """Issues a certificate to one of the people passed by their trainer; those still
    short of hours are listed with what they have, and refused by the service."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date],
                 candidates: list[Candidate], chosen: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Issue a certificate"), self.tr("&Issue"), parent)
        self.setObjectName("issueDialog")
        self.heading.setText(self.tr("People whose trainer recorded a pass and who hold no "
                                     "certificate for it. A certificate needs the workshop's "
                                     "hours."))
        self.allocation = QComboBox(self)
        for c in candidates:
            self.allocation.addItem(self.tr("%1 · %2 · %3 — %4 of %5").replace(
                "%1", c.case_number).replace("%2", in_language(c.latin_name, c.khmer_name))
                .replace("%3", in_language(c.workshop_name_en, c.workshop_name_km))
                .replace("%4", texts.hours(c.hours)).replace("%5", texts.hours(c.required)),
                c.allocation_uid)
        if chosen is not None:
            self.allocation.setCurrentIndex(max(0, self.allocation.findData(chosen)))
        self.on = date_field(today(), self)
        self.form.addRow(self.tr("&Person"), self.allocation)
        self.form.addRow(self.tr("Issued &on"), self.on)

    def write(self) -> CertificateRecord | None:
        day = self.date(self.on)
        uid = self.allocation.currentData()
        if day is None:
            return None
        if uid is None:
            self.refuse(self.tr("Nobody has a passed assessment without a certificate."))
            return None
        return self.ops.write(lambda uow, actor: certificates.issue_certificate(
            uow, actor, uid, on=day), changed=CHANGED)


class RevokeDialog(WriteDialog):
    def __init__(self, ops: Operations, today: Callable[[], dt.date], record: CertificateRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Revoke a certificate"), self.tr("&Revoke"),
                         parent)
        self.setObjectName("revokeDialog")
        self.record = record
        self.heading.setText(self.tr("Certificate %1 of %2. A revoked certificate is shown as "
                                     "revoked when its serial or QR code is checked.")
                             .replace("%1", escape(record.serial))
                             .replace("%2", escape(record.person_name)))
        self.reason = self.note_field(self.tr("why it is revoked"))
        self.form.addRow(self.tr("&Reason"), self.reason)

    def write(self) -> CertificateRecord:
        serial, reason, on = self.record.serial, self.reason.text(), self.today()
        return self.ops.write(lambda uow, actor: certificates.revoke_certificate(
            uow, actor, serial, reason, on=on), changed=CHANGED)


class ClosePeriodDialog(WriteDialog):
    """Closes a month's pay; corrections after that are adjustments in the next month."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], row: PayMonth,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Close pay period"), self.tr("&Close period"),
                         parent)
        self.setObjectName("closePeriodDialog")
        self.row = row
        self.heading.setText(self.tr(
            "Close the pay period of %1: %2 entries, %3, %4 earned, %5 saved for release. "
            "After this its days are never edited; a correction is an adjustment paid in the "
            "next open month.").replace("%1", escape(texts.month(row.month)))
            .replace("%2", str(row.entries)).replace("%3", texts.hours(row.hours))
            .replace("%4", texts.riel(row.gross_riel)).replace("%5", texts.riel(row.saved_riel)))

    def write(self) -> Any:
        month, today = self.row.month, self.today()
        return self.ops.write(lambda uow, actor: pay.close_pay_period(
            uow, actor, month, today=today), changed=CHANGED)
