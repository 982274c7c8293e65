"""The release dialogs: a pathway of the reintegration plan, the release itself
(supervisors), a contact attempt and an outcome interview.

Each OK makes one service call through ``Operations`` and announces a "release" change
(a release also touches the stay, its enrolment and its workshop place); a refusal — a
release before arrival, a death without its circumstances, an attempt before the release
— shows the service's sentence under the form, the dialog stays open and nothing is
saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from rehabdesk.domain import entry
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.followup import SUBSTANCE_DAYS, Interview
from rehabdesk.domain.followup.interview import RATING_MAX, RECALL_DAYS
from rehabdesk.domain.release import (
    DEATH_NOTIFICATIONS,
    ExitReason,
    Notification,
    Pathway,
    PathwayStatus,
    ReleaseFacts,
)
from rehabdesk.services.release import followup, planning, releases
from rehabdesk.services.release.common import PointRecord
from rehabdesk.services.release.followup import InterviewRecord
from rehabdesk.services.release.planning import ReintegrationPlan
from rehabdesk.services.release.releases import HANDOVER_KINDS, Handover, ReleaseRecord
from rehabdesk.ui.kit.address_picker import AddressPicker
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import date_field, date_hint
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word as glossary_word
from rehabdesk.ui.kit.write_dialog import WriteDialog
from rehabdesk.ui.release import texts

CHANGED = {"release"}
RELEASED = {"release", "episode", "enrolment", "vocational", "eligibility"}
"""What a release touches: the stay ends everywhere (bed, enrolment, workshop place,
decisions)."""


def who(case_number: str, latin_name: str, khmer_name: str) -> str:
    return (f"<b>{escape(case_number)}</b> · {escape(latin_name)} · {escape(khmer_name)}")


# --------------------------------------------------------------------------- the plan


class PathwayDialog(WriteDialog):
    """One pathway of the reintegration plan: its status, the receiving commune or NGO
    contact, and notes."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], plan: ReintegrationPlan,
                 chosen: Pathway | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Reintegration plan"), self.tr("Sa&ve"), parent)
        self.setObjectName("pathwayDialog")
        self.plan = plan
        self.heading.setText(escape(self.tr(
            "Reintegration plan of case %1. A pathway is settled when it is done, when no "
            "support is required, or when the person declined support.")
            .replace("%1", plan.case_number)))
        self.pathway = QComboBox(self)
        for record in plan.pathways:
            self.pathway.addItem(glossary_word("pathway", record.pathway), record.pathway)
        self.status = QComboBox(self)
        for status in PathwayStatus:
            self.status.addItem(glossary_word("pathway_status", status), status)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("commune, village chief or NGO, with a phone"))
        self.contact.setToolTip(self.tr("Who takes this pathway over after release."))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes.setToolTip(self.tr("What is arranged, referred or still missing."))
        self.form.addRow(self.tr("&Pathway"), self.pathway)
        self.form.addRow(self.tr("&Status"), self.status)
        self.form.addRow(self.tr("&Receiving contact"), self.contact)
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.pathway.currentIndexChanged.connect(lambda _: self._fill())
        if chosen is not None:
            self.pathway.setCurrentIndex(max(0, self.pathway.findData(chosen)))
        self._fill()

    def _fill(self) -> None:
        record = next((p for p in self.plan.pathways
                       if p.pathway == self.pathway.currentData()), None)
        if record is None:
            return
        self.status.setCurrentIndex(self.status.findData(record.status))
        self.contact.setText(record.receiving_contact)
        self.notes.setPlainText(record.notes)

    def write(self) -> ReintegrationPlan:
        episode, pathway, status = (self.plan.episode_uid, self.pathway.currentData(),
                                    self.status.currentData())
        notes, contact = self.notes.toPlainText(), self.contact.text()
        return self.ops.write(lambda uow, actor: planning.set_pathway(
            uow, actor, episode, pathway, status, notes=notes, receiving_contact=contact),
            changed=CHANGED)


# --------------------------------------------------------------------------- the release


class ReleaseDialog(WriteDialog):
    """A supervisor releases the person: the day, the exit reason, where the person goes
    and to whom, and what is handed back. A death asks for the circumstances and the day
    the family, the prosecutor and the health authority were told."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], episode_uid: str,
                 heading: str, arrival: dt.date, savings_riel: int,
                 belongings: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Release"), self.tr("&Release"), parent)
        self.setObjectName("releaseDialog")
        self.episode_uid = episode_uid
        held = ", ".join(belongings) if belongings else texts.word("none")
        self.heading.setText(heading + "<br>" + escape(self.tr(
            "Arrived on %1. The release ends the stay everywhere: the bed is freed, an "
            "enrolment and a workshop place end, decisions stop being current, and the "
            "follow-up points of the centre's schedule begin.").replace("%1", texts.date(arrival))))
        self.handed_back = QLabel(escape(self.tr(
            "Savings kept for release: %1. Belongings held: %2.")
            .replace("%1", texts.riel(savings_riel)).replace("%2", held)), self)
        self.handed_back.setObjectName("handedBack")
        self.handed_back.setWordWrap(True)
        self.on = date_field(today(), self)
        self.on.setToolTip(self.tr("The day the person left the centre (%1).")
                           .replace("%1", date_hint()))
        self.reason = QComboBox(self)
        for reason in ExitReason:
            self.reason.addItem(glossary_word("exit_reason", reason), reason)
        self.reason.setToolTip(self.tr("Why the stay ends: one reason from the fixed list."))
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("what happened"))
        self.other.setToolTip(self.tr("Needed when the reason is \"other\"."))
        self.case = QLineEdit(self)
        self.case.setPlaceholderText(self.tr("the court and its file number"))
        self.case.setToolTip(self.tr("The case the person goes back to prison or court for."))
        self.destination = AddressPicker(self)
        self.destination.setToolTip(self.tr("Where the person goes: the address the "
                                            "follow-up will look for them at."))
        self.kind = QComboBox(self)
        self.kind.addItem("", None)
        for kind in HANDOVER_KINDS:
            self.kind.addItem(glossary_word("handover", kind), kind)
        self.kind.setToolTip(self.tr("Who the person was handed over to at the gate."))
        self.receiver = QLineEdit(self)
        self.receiver.setPlaceholderText(self.tr("name, and relation to the person"))
        self.receiver.setToolTip(self.tr("The family member, the commune official or the "
                                         "NGO worker who took the person."))
        self.phone = QLineEdit(self)
        self.phone.setToolTip(self.tr("The receiver's phone: the first number the follow-up "
                                      "calls."))
        self.hand_back = QCheckBox(self.tr("&Hand back the belongings and pay out the "
                                           "savings now"), self)
        self.hand_back.setChecked(True)
        self.form.addRow("", self.handed_back)
        self.form.addRow(self.tr("Released &on"), self.on)
        self.form.addRow(self.tr("E&xit reason"), self.reason)
        self.form.addRow(self.tr("Oth&er reason"), self.other)
        self.form.addRow(self.tr("&Case returned to"), self.case)
        self.form.addRow(self.tr("&Destination"), self.destination)
        self.form.addRow(self.tr("Handed over &to"), self.kind)
        self.form.addRow(self.tr("Receiver's &name"), self.receiver)
        self.form.addRow(self.tr("Receiver's &phone"), self.phone)
        self.form.addRow("", self.hand_back)

        self.death = QGroupBox(self.tr("Death in custody"), self)
        self.death.setObjectName("deathGroup")
        death = QFormLayout(self.death)
        self.circumstances = QPlainTextEdit(self.death)
        self.circumstances.setTabChangesFocus(True)
        self.circumstances.setMaximumHeight(80)
        self.circumstances.setToolTip(self.tr("What happened, when and where, and who "
                                              "pronounced the death."))
        death.addRow(self.tr("C&ircumstances"), self.circumstances)
        self.notified: dict[str, QLineEdit] = {}
        labels = {"family": self.tr("&Family told on"),
                  "prosecutor": self.tr("Pro&secutor told on"),
                  "health_authority": self.tr("Health &authority told on")}
        for whom in DEATH_NOTIFICATIONS:
            edit = QLineEdit(self.death)
            edit.setPlaceholderText(date_hint())
            edit.setMaximumWidth(120)
            edit.setObjectName(f"notified-{whom}")
            edit.setToolTip(self.tr("The day %1 was told of the death; each one must be.")
                            .replace("%1", glossary_word("death_notification", whom)))
            self.notified[whom] = edit
            death.addRow(labels[whom], edit)
        self.form.addRow(self.death)
        self.reason.currentIndexChanged.connect(lambda _: self._reason_changed())
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        # The combos show each place chosen; the picker's one-line summary under them
        # would wrap in a dialog this narrow, and is left out.
        self.destination.changed.connect(self.destination.summary.hide)
        self._reason_changed()
        self._kind_changed()

    def exit_reason(self) -> ExitReason:
        """The reason chosen (a combo hands its enum data back as plain text)."""
        return ExitReason(self.reason.currentData())

    def _reason_changed(self) -> None:
        reason = self.exit_reason()
        self.form.setRowVisible(self.other, reason is ExitReason.OTHER)
        self.form.setRowVisible(self.case, reason is ExitReason.RETURNED_TO_PRISON)
        self.form.setRowVisible(self.death, reason is ExitReason.DIED)
        self.adjustSize()
        # Nobody took the belongings of a person who absconded (they are kept).
        self.hand_back.setChecked(reason is not ExitReason.ABSCONDED)

    def _kind_changed(self) -> None:
        named = self.kind.currentData() in ("family", "commune", "ngo")
        self.receiver.setEnabled(named)
        self.phone.setEnabled(named)

    def facts(self) -> ReleaseFacts | None:
        day = self.date(self.on)
        if day is None:
            return None
        reason = self.exit_reason()
        notifications = []
        if reason is ExitReason.DIED:
            for whom, edit in self.notified.items():
                text = edit.text().strip()
                if not text:
                    continue
                try:
                    notifications.append(Notification(whom, entry.parse_date(text)))
                except RehabDeskError as error:
                    self.refuse(error_text(error), edit)
                    return None
        return ReleaseFacts(day, reason, other_reason=self.other.text(),
                            case_returned_to=self.case.text(),
                            circumstances=self.circumstances.toPlainText()
                            if reason is ExitReason.DIED else "",
                            notifications=tuple(notifications))

    def write(self) -> ReleaseRecord | None:
        facts = self.facts()
        if facts is None:
            return None
        kind = self.kind.currentData()
        named = kind in ("family", "commune", "ngo")
        handover = Handover(self.destination.address(), kind,
                            self.receiver.text() if named else "",
                            self.phone.text() if named else "")
        episode, today, hand_back = self.episode_uid, self.today(), self.hand_back.isChecked()
        return self.ops.write(lambda uow, actor: releases.release(
            uow, actor, episode, facts, handover, today=today, hand_back=hand_back),
            changed=RELEASED)


# --------------------------------------------------------------------------- follow-up


class AttemptDialog(WriteDialog):
    """One attempt to reach the person for a follow-up point: the day, how, whether
    anyone was reached and who answered."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], point: PointRecord,
                 heading: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Contact attempt"), self.tr("&Save attempt"),
                         parent)
        self.setObjectName("attemptDialog")
        self.point = point
        self.heading.setText(heading + "<br>" + escape(self.tr(
            "Follow-up at %1, due %2 (window %3). Record every attempt, reached or not: "
            "\"lost\" needs the evidence of the attempts.")
            .replace("%1", texts.months(point.months)).replace("%2", texts.date(point.due_on))
            .replace("%3", texts.word("window", texts.date(point.opens_on),
                                      texts.date(point.closes_on)))))
        self.on = date_field(today(), self)
        self.method = QComboBox(self)
        for method in ("phone", "home_visit", "commune", "family", "health_centre"):
            self.method.addItem(glossary_word("contact_method", method), method)
        self.reached = QRadioButton(self.tr("&Reached"), self)
        self.reached.setObjectName("attemptReached")
        self.not_reached = QRadioButton(self.tr("&Not reached"), self)
        self.not_reached.setObjectName("attemptNotReached")
        group = QButtonGroup(self)
        group.addButton(self.reached)
        group.addButton(self.not_reached)
        self.not_reached.setChecked(True)
        result = QHBoxLayout()
        result.addWidget(self.reached)
        result.addWidget(self.not_reached)
        result.addStretch(1)
        self.answered_by = QLineEdit(self)
        self.answered_by.setPlaceholderText(self.tr("the person, a relative, the village "
                                                    "chief …"))
        self.note = self.note_field(self.tr("optional"))
        self.form.addRow(self.tr("&Date"), self.on)
        self.form.addRow(self.tr("&Method"), self.method)
        self.form.addRow(self.tr("Result"), result)
        self.form.addRow(self.tr("&Who answered"), self.answered_by)
        self.form.addRow(self.tr("N&ote"), self.note)

    def write(self) -> PointRecord | None:
        day = self.date(self.on)
        if day is None:
            return None
        uid, method, reached = self.point.uid, self.method.currentData(), self.reached.isChecked()
        answered, note, today = self.answered_by.text(), self.note.text(), self.today()
        return self.ops.write(lambda uow, actor: followup.record_attempt(
            uow, actor, uid, day, method, reached, answered_by=answered, note=note,
            today=today), changed=CHANGED)


NOT_ASKED = -1
"""A spin box at its minimum: the question was not asked, or the person would not say."""


class InterviewDialog(WriteDialog):
    """The outcome interview, the same questions on each occasion (issue #15, item 4): at
    admission about the 4 weeks before detention, at release and at a reached follow-up
    point about the last 28 days. ``point`` is given for a follow-up only; ``day`` is the
    date proposed (the arrival, the release, the reached attempt)."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], episode_uid: str,
                 occasion: str, point: PointRecord | None, day: dt.date, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Outcome interview"),
                         self.tr("&Record interview"), parent)
        self.setObjectName("interviewDialog")
        self.setMinimumWidth(680)  # two columns of substances, named in full
        self.episode_uid, self.occasion, self.point = episode_uid, occasion, point
        about = self.tr("Leave an answer at \"not asked\" when it was not asked or the "
                        "person would not say.")
        if point is not None:
            when = self.tr("Follow-up at %1. Every question is about the last 28 days.") \
                .replace("%1", texts.months(point.months))
        elif occasion == "admission":
            when = self.tr("At admission. Every question is about the 4 weeks before "
                           "detention.")
        else:
            when = self.tr("At release. Every question is about the last 28 days.")
        self.heading.setText(heading + "<br>" + escape(when + " " + about))
        self.on = date_field(day, self)
        self.substances: dict[str, QSpinBox] = {}
        used = QGroupBox(self.tr("Days of use in the last 28 days"), self)
        grid = QGridLayout(used)
        for number, substance in enumerate(SUBSTANCE_DAYS):
            box = self._spin(RECALL_DAYS)
            box.setObjectName(f"days-{substance.value}")
            label = QLabel(glossary_word("substance", substance.value), used)
            label.setBuddy(box)
            self.substances[substance.value] = box
            grid.addWidget(label, number // 2, (number % 2) * 2)
            grid.addWidget(box, number // 2, (number % 2) * 2 + 1)
        self.injected = self._spin(RECALL_DAYS)
        self.shared = self._answer()
        self.work = self._spin(RECALL_DAYS)
        self.housing = self._answer()
        self.arrested = self._answer()
        self.treatment = self._answer()
        self.physical = self._spin(RATING_MAX)
        self.psychological = self._spin(RATING_MAX)
        self.quality = self._spin(RATING_MAX)
        self.form.addRow(self.tr("Interviewed &on"), self.on)
        self.form.addRow(used)
        for caption, field, tip in (
                (self.tr("Days &injecting"), self.injected, None),
                (self.tr("S&hared injecting equipment"), self.shared, None),
                (self.tr("Days of paid &work or study"), self.work, None),
                (self.tr("Hou&sing problem"), self.housing,
                 self.tr("Homeless, or at risk of losing the place to live.")),
                (self.tr("&Arrested or charged since release") if point is not None
                 else self.tr("&Arrested or charged in those days"), self.arrested, None),
                (self.tr("In treatment &elsewhere"), self.treatment, None),
                (self.tr("Ph&ysical health (0–20)"), self.physical,
                 self.tr("The person's own rating: 0 poor, 20 good.")),
                (self.tr("&Psychological health (0–20)"), self.psychological,
                 self.tr("The person's own rating: 0 poor, 20 good.")),
                (self.tr("&Quality of life (0–20)"), self.quality,
                 self.tr("The person's own rating: 0 poor, 20 good."))):
            if tip:
                field.setToolTip(tip)
            self.form.addRow(caption, field)

    def _spin(self, maximum: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(NOT_ASKED, maximum)
        box.setSpecialValueText(texts.word("not asked"))
        box.setValue(NOT_ASKED)
        box.setMinimumWidth(110)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        return box

    def _answer(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(texts.word("not asked"), None)
        combo.addItem(texts.word("yes"), True)
        combo.addItem(texts.word("no"), False)
        return combo

    @staticmethod
    def _value(box: QSpinBox) -> int | None:
        return None if box.value() == NOT_ASKED else box.value()

    def answers(self) -> Interview:
        return Interview(
            days_used={code: box.value() for code, box in self.substances.items()
                       if box.value() != NOT_ASKED},
            days_injected=self._value(self.injected),
            shared_equipment=self.shared.currentData(),
            days_work_or_study=self._value(self.work),
            housing_problem=self.housing.currentData(),
            arrested_or_charged=self.arrested.currentData(),
            in_treatment_elsewhere=self.treatment.currentData(),
            physical_health=self._value(self.physical),
            psychological_health=self._value(self.psychological),
            quality_of_life=self._value(self.quality))

    def write(self) -> InterviewRecord | None:
        day = self.date(self.on)
        if day is None:
            return None
        episode, occasion, answers, today = (self.episode_uid, self.occasion,
                                             self.answers(), self.today())
        point = None if self.point is None else self.point.uid
        return self.ops.write(lambda uow, actor: followup.record_interview(
            uow, actor, episode, occasion, day, answers, point_uid=point, today=today),
            changed=CHANGED)
