"""Recording a letter's sending and a court's answer about one person (issue #25, items
3 and 4): each a ``WriteDialog`` making one service call; a refusal (an answer dated
before the letter, a hearing "scheduled" in the past, a court with nobody waiting) shows
the service's sentence and saves nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from rehabdesk.domain.court_liaison import AnswerKind, OfficeKind, SendMethod
from rehabdesk.domain.legal import VerdictStatus
from rehabdesk.services.court_liaison import courts, letters
from rehabdesk.services.court_liaison.courts import CourtRecord
from rehabdesk.services.court_liaison.listing import WaitingPerson
from rehabdesk.ui.kit.fields import date_field, date_hint
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.kit.write_dialog import WriteDialog

CHANGED = ("court", "legal", "eligibility")


class CourtSendDialog(WriteDialog):
    """The letter to a court went out: when, how, to which office and into whose hands."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], court: CourtRecord,
                 people: int, parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Record the letter as sent"),
                         self.tr("&Record as sent"), parent)
        self.setObjectName("sendDialog")
        self.court = court
        self.heading.setText("<b>" + escape(court.name_en) + "</b><br>" + escape(self.tr(
            "The letter about the %1 people waiting at this court today. Each person's "
            "entry is linked to it, and the court's answers are recorded against it.")
            .replace("%1", str(people))))
        self.on = date_field(today(), self)
        self.on.setToolTip(self.tr("The day the letter left the centre (%1).")
                           .replace("%1", date_hint()))
        self.office = QComboBox(self)
        for office in OfficeKind:
            self.office.addItem(word("court_office", office), office.value)
        self.office.setToolTip(self.tr("The court itself, or the prosecutor's office "
                                       "attached to it."))
        self.method = QComboBox(self)
        for method in SendMethod:
            self.method.addItem(word("letter_method", method), method.value)
        self.method.setToolTip(self.tr("How the letter went."))
        self.to_whom = QLineEdit(court.contact_name, self)
        self.to_whom.setToolTip(self.tr("The person or office who received the letter."))
        self.form.addRow(self.tr("Sent &on"), self.on)
        self.form.addRow(self.tr("&Addressed to"), self.office)
        self.form.addRow(self.tr("&How"), self.method)
        self.form.addRow(self.tr("&Given to"), self.to_whom)

    def write(self) -> letters.LetterRecord | None:
        day = self.date(self.on)
        if day is None:
            return None
        code, method, office = self.court.code, self.method.currentData(), self.office.currentData()
        to_whom, today = self.to_whom.text(), self.today()
        return self.ops.write(lambda uow, actor: letters.record_letter_sent(
            uow, actor, code, day, method, to_whom, today, addressed_to=office),
            changed=CHANGED)


class CourtAnswerDialog(WriteDialog):
    """The court's answer about one person: a hearing date, a verdict, a treatment order,
    or still no answer. A verdict or an order is recorded on the court case as the Legal
    tab records it, and the person's eligibility is worked out again."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], person: WaitingPerson,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Record the court's answer"),
                         self.tr("&Record the answer"), parent)
        self.setObjectName("answerDialog")
        self.person = person
        self.heading.setText("<b>" + escape(f"{person.case_number} · {person.khmer_name} · "
                                            f"{person.latin_name}") + "</b>")
        self.kind = QComboBox(self)
        for kind in AnswerKind:
            self.kind.addItem(word("court_answer", kind), kind.value)
        self.kind.setToolTip(self.tr("What the court answered about this person."))
        self.on = date_field(today(), self)
        self.on.setToolTip(self.tr("The day the answer came (%1); not before the letter.")
                           .replace("%1", date_hint()))
        self.hearing = QLineEdit(self)
        self.hearing.setPlaceholderText(date_hint())
        self.hearing.setMaximumWidth(120)
        self.hearing.setToolTip(self.tr("The hearing's date, today or later."))
        self.status = QComboBox(self)
        for status in VerdictStatus:
            self.status.addItem(word("verdict_status", status), status.value)
        self.status.setCurrentIndex(list(VerdictStatus).index(VerdictStatus.FINAL))
        self.status.setToolTip(self.tr("The verdict status the court's verdict gave."))
        self.document = QLineEdit(self)
        self.document.setToolTip(self.tr("The reference of the court's document."))
        self.note = self.note_field(self.tr("what was said"))
        self.form.addRow(self.tr("&Answer"), self.kind)
        self.form.addRow(self.tr("Answered &on"), self.on)
        self.form.addRow(self.tr("&Hearing on"), self.hearing)
        self.form.addRow(self.tr("&Verdict status"), self.status)
        self.form.addRow(self.tr("&Document"), self.document)
        self.form.addRow(self.tr("&Note"), self.note)
        self.kind.currentIndexChanged.connect(lambda _: self._follow_kind())
        self._follow_kind()

    def _follow_kind(self) -> None:
        kind = self.kind.currentData()
        self.hearing.setEnabled(kind == AnswerKind.HEARING.value)
        self.status.setEnabled(kind == AnswerKind.VERDICT.value)

    def write(self) -> letters.AnswerRecord | None:
        day = self.date(self.on)
        if day is None:
            return None
        kind = self.kind.currentData()
        hearing = None
        if kind == AnswerKind.HEARING.value:
            hearing = self.date(self.hearing)
            if hearing is None:
                return None
        status = self.status.currentData() if kind == AnswerKind.VERDICT.value else None
        entry = self.person.last_entry_uid or ""
        ref, note, today = self.document.text(), self.note.text(), self.today()
        return self.ops.write(lambda uow, actor: letters.record_answer(
            uow, actor, entry, kind, day, today, hearing_on=hearing, verdict_status=status,
            document_ref=ref, note=note), changed=CHANGED)


class CourtContactDialog(WriteDialog):
    """Where a court's letters go and to whom (issue #25, item 1): its address, contact
    person, their title and phone. The centre's set-up: administrators only."""

    def __init__(self, ops: Operations, today: Callable[[], dt.date], court: CourtRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Court's address and contact"),
                         self.tr("&Save"), parent)
        self.setObjectName("courtContactDialog")
        self.court = court
        self.heading.setText("<b>" + escape(f"{court.name_km} · {court.name_en}") + "</b>")
        self.address = QLineEdit(court.address, self)
        self.address.setToolTip(self.tr("The address the letters are sent or taken to."))
        self.contact = QLineEdit(court.contact_name, self)
        self.contact.setToolTip(self.tr("The person the letters are addressed to."))
        self.title = QLineEdit(court.contact_title, self)
        self.phone = QLineEdit(court.contact_phone, self)
        self.form.addRow(self.tr("A&ddress"), self.address)
        self.form.addRow(self.tr("&Contact person"), self.contact)
        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("&Phone"), self.phone)

    def write(self) -> CourtRecord:
        code = self.court.code
        address, contact = self.address.text(), self.contact.text()
        title, phone = self.title.text(), self.phone.text()
        return self.ops.write(lambda uow, actor: courts.update_contact(
            uow, actor, code, address=address, contact_name=contact, contact_title=title,
            contact_phone=phone), changed=("court",))
