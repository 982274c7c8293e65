"""The rights dialogs: a legal basis, a supervisor's explanation of a red list's entry, the
rights sheet's hand-over, a grievance (filed, answered, closed), a visit, an incident and
a monitor's named access.

Each OK makes one service call through ``Operations`` (``ui.kit.write_dialog``) and
announces a "rights" change; a refusal — a basis ending before it starts, an incident in
the future, an answer dated before the grievance, a use of force without its
notifications — shows the service's sentence under the form, the dialog stays open and
nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from rehabdesk.domain import entry
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.rights import (
    NOTIFIED_PARTIES,
    BasisKind,
    Filer,
    GrievanceCategory,
    IncidentFacts,
    IncidentKind,
    LegalBasis,
    VisitorRelation,
)
from rehabdesk.services.rights import alerts, basis, grievances, incidents, monitor, sheet, visits
from rehabdesk.services.rights.alerts import Alert
from rehabdesk.services.rights.grievances import GrievanceRecord
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import date_field
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.kit.write_dialog import WriteDialog

CHANGED = {"rights"}
Today = Callable[[], dt.date]


def _combo(parent: QWidget, kind: str, codes: Iterable[str]) -> QComboBox:
    """A choice of ``codes`` worded by the glossary's ``kind`` (Qt keeps each code as a
    plain string: the caller turns it back into its enum)."""
    combo = QComboBox(parent)
    for code in codes:
        combo.addItem(word(kind, code), code)
    return combo


def _text(parent: QWidget, tooltip: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(80)
    edit.setToolTip(tooltip)
    return edit


class BasisDialog(WriteDialog):
    """Why the centre may hold the person, and from when to when."""

    def __init__(self, ops: Operations, today: Today, episode_uid: str, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Legal basis"), self.tr("Sa&ve"), parent)
        self.setObjectName("basisDialog")
        self.episode_uid = episode_uid
        self.heading.setText(heading + "<br>" + escape(self.tr(
            "Record the paper the person is held on. A renewed order is a new basis; the "
            "one ending last is in force.")))
        self.kind = _combo(self, "basis_kind", BasisKind)
        self.starts = date_field(today(), self)
        self.ends = date_field(today(), self)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("number and issuer, as on the paper"))
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&From"), self.starts)
        self.form.addRow(self.tr("&Until"), self.ends)
        self.form.addRow(self.tr("&Reference"), self.reference)

    def write(self) -> object:
        starts, ends = self.date(self.starts), self.date(self.ends)
        if starts is None or ends is None:
            return None
        chosen = LegalBasis(BasisKind(self.kind.currentData()), starts, ends, self.reference.text())
        episode, today = self.episode_uid, self.today()
        return self.ops.write(lambda uow, actor: basis.record_basis(
            uow, actor, episode, chosen, today), changed=CHANGED)


class ExplainDialog(WriteDialog):
    """A supervisor's reason for leaving an entry of a red list as it is; audited."""

    def __init__(self, ops: Operations, today: Today, alert: Alert,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Explain"), self.tr("E&xplain"), parent)
        self.setObjectName("explainDialog")
        self.alert = alert
        self.heading.setText(escape(self.tr(
            "%1 · %2: on the list \u201c%3\u201d since %4. The entry leaves the list until "
            "its cause changes; the reason is kept in the audit log.")
            .replace("%1", alert.case_number or "—")
            .replace("%2", alert.latin_name or alert.khmer_name)
            .replace("%3", word("rights_alert", alert.kind.value))
            .replace("%4", entry.format_date(alert.since))))
        self.reason = self.note_field(self.tr("why the person stays on the list"))
        self.form.addRow(self.tr("&Reason"), self.reason)

    def write(self) -> object:
        a, reason, today = self.alert, self.reason.text(), self.today()
        self.ops.write(lambda uow, actor: alerts.explain(
            uow, actor, a.kind, a.subject_uid, reason, today), changed=CHANGED)
        return a


class HandoverDialog(WriteDialog):
    """The rights sheet handed over, signed or thumbprinted."""

    def __init__(self, ops: Operations, today: Today, episode_uid: str, heading: str,
                 handed_by: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Rights sheet handed over"), self.tr("Sa&ve"),
                         parent)
        self.setObjectName("handoverDialog")
        self.episode_uid = episode_uid
        self.heading.setText(heading + "<br>" + escape(self.tr(
            "The printed rights sheet was read aloud, handed over and signed or "
            "thumbprinted by the person.")))
        self.on = date_field(today(), self)
        self.how = QComboBox(self)
        self.how.addItem(self.tr("signed"), "signed")
        self.how.addItem(self.tr("thumbprinted"), "thumbprint")
        self.by = QLineEdit(handed_by, self)
        self.form.addRow(self.tr("&Handed over on"), self.on)
        self.form.addRow(self.tr("&Acknowledged"), self.how)
        self.form.addRow(self.tr("Handed over &by"), self.by)

    def write(self) -> object:
        on = self.date(self.on)
        if on is None:
            return None
        handover = sheet.Handover(on, self.how.currentData(), self.by.text())
        episode, today = self.episode_uid, self.today()
        return self.ops.write(lambda uow, actor: sheet.record_handover(
            uow, actor, episode, handover, today), changed=CHANGED)


class GrievanceDialog(WriteDialog):
    """A grievance filed by anyone; its number and deadline come with the save."""

    def __init__(self, ops: Operations, today: Today, episode_uid: str | None, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("File a grievance"), self.tr("&File"), parent)
        self.setObjectName("grievanceDialog")
        self.episode_uid = episode_uid
        self.heading.setText(heading + "<br>" + escape(self.tr(
            "Anyone may file a grievance. It is answered by the centre's deadline, never "
            "deleted, and whoever filed it gets a printed receipt.")))
        self.on = date_field(today(), self)
        self.filer = _combo(self, "grievance_filer", Filer)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("who filed it, and their relation"))
        self.category = _combo(self, "grievance_category", GrievanceCategory)
        self.words = _text(self, self.tr("What the grievance is about, in the filer's words."))
        self.confidential = QCheckBox(self.tr("&Confidential"), self)
        self.assignee = QLineEdit(self)
        self.assignee.setPlaceholderText(self.tr("who answers it"))
        self.form.addRow(self.tr("Filed &on"), self.on)
        self.form.addRow(self.tr("Filed &by"), self.filer)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("Ca&tegory"), self.category)
        self.form.addRow(self.tr("&What it is about"), self.words)
        self.form.addRow("", self.confidential)
        self.form.addRow(self.tr("&Assigned to"), self.assignee)

    def write(self) -> object:
        on = self.date(self.on)
        if on is None:
            return None
        new = grievances.NewGrievance(on, Filer(self.filer.currentData()), self.name.text(),
                                      GrievanceCategory(self.category.currentData()),
                                      self.words.toPlainText(),
                                      self.confidential.isChecked(), self.episode_uid,
                                      self.assignee.text())
        today = self.today()
        return self.ops.write(lambda uow, actor: grievances.file(uow, actor, new, today),
                              changed=CHANGED)


class AnswerDialog(WriteDialog):
    """A supervisor's answer to a grievance, or its closing once answered."""

    def __init__(self, ops: Operations, today: Today, grievance: GrievanceRecord,
                 closing: bool, parent: QWidget | None = None) -> None:
        title = self.tr("Close the grievance") if closing else self.tr("Answer the grievance")
        super().__init__(ops, today, title, self.tr("&Close") if closing
                         else self.tr("&Answer"), parent)
        self.setObjectName("closeDialog" if closing else "answerDialog")
        self.grievance, self.closing = grievance, closing
        self.heading.setText(escape(self.tr("Grievance %1, filed on %2: %3")
                                    .replace("%1", grievance.number)
                                    .replace("%2", entry.format_date(grievance.filed_on))
                                    .replace("%3", grievance.text)))
        self.on = date_field(today(), self)
        self.words = _text(self, self.tr("Why it is closed (resolved, withdrawn, referred "
                                         "…).") if closing else
                           self.tr("The answer given to whoever filed it."))
        self.form.addRow(self.tr("&Date"), self.on)
        self.form.addRow(self.tr("&Reason") if closing else self.tr("&Answer given"),
                         self.words)

    def write(self) -> object:
        on = self.date(self.on)
        if on is None:
            return None
        uid, words, today = self.grievance.uid, self.words.toPlainText(), self.today()
        call = grievances.close if self.closing else grievances.answer
        return self.ops.write(lambda uow, actor: call(uow, actor, uid, on, words, today),
                              changed=CHANGED)


class VisitDialog(WriteDialog):
    """A visit received or refused (with the reason)."""

    def __init__(self, ops: Operations, today: Today, episode_uid: str, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Visit"), self.tr("Sa&ve"), parent)
        self.setObjectName("visitDialog")
        self.episode_uid = episode_uid
        self.heading.setText(heading)
        self.on = date_field(today(), self)
        self.visitor = QLineEdit(self)
        self.relation = _combo(self, "visitor_relation", VisitorRelation)
        self.refused = QCheckBox(self.tr("Re&fused"), self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("why the visit was refused"))
        self.form.addRow(self.tr("&Date"), self.on)
        self.form.addRow(self.tr("&Visitor"), self.visitor)
        self.form.addRow(self.tr("&Relation"), self.relation)
        self.form.addRow("", self.refused)
        self.form.addRow(self.tr("Refused &because"), self.reason)

    def write(self) -> object:
        on = self.date(self.on)
        if on is None:
            return None
        record = visits.VisitRecord(on, self.visitor.text(),
                                    VisitorRelation(self.relation.currentData()),
                                    self.reason.text() if self.refused.isChecked() else None)
        episode, today = self.episode_uid, self.today()
        return self.ops.write(lambda uow, actor: visits.record_visit(
            uow, actor, episode, record, today), changed=CHANGED)


class IncidentDialog(WriteDialog):
    """An incident with the day each party was told; a death or a use of force is not
    saved without all four."""

    def __init__(self, ops: Operations, today: Today, episode_uid: str, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Incident"), self.tr("Sa&ve"), parent)
        self.setObjectName("incidentDialog")
        self.episode_uid = episode_uid
        self.heading.setText(heading + "<br>" + escape(self.tr(
            "A death or a use of force or restraint needs the day the family, the "
            "prosecutor, the health authority and headquarters were told.")))
        self.kind = _combo(self, "incident_kind", IncidentKind)
        self.on = date_field(today(), self)
        self.place = QLineEdit(self)
        self.description = _text(self, self.tr("What happened, in order."))
        self.staff = QLineEdit(self)
        self.care = QLineEdit(self)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Date"), self.on)
        self.form.addRow(self.tr("&Place"), self.place)
        self.form.addRow(self.tr("&What happened"), self.description)
        self.form.addRow(self.tr("&Staff involved"), self.staff)
        self.form.addRow(self.tr("&Medical care given"), self.care)
        self.notified: dict[str, QLineEdit] = {}
        for party in NOTIFIED_PARTIES:
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr("day told (dd/mm/yyyy), or empty"))
            edit.setObjectName(f"notified-{party}")
            self.notified[party] = edit
            self.form.addRow(self.tr("Told: %1").replace("%1", word("notified_party", party)),
                             edit)

    def write(self) -> object:
        on = self.date(self.on)
        if on is None:
            return None
        told: dict[str, dt.date] = {}
        for party, edit in self.notified.items():
            if edit.text().strip():
                try:
                    told[party] = entry.parse_date(edit.text())
                except RehabDeskError as error:
                    self.refuse(error_text(error), edit)
                    return None
        new = incidents.NewIncident(
            IncidentFacts(IncidentKind(self.kind.currentData()), on, self.place.text(),
                          self.description.toPlainText(), told),
            (self.episode_uid,), self.staff.text(), self.care.text())
        today = self.today()
        return self.ops.write(lambda uow, actor: incidents.record_incident(
            uow, actor, new, today), changed=CHANGED)


class GrantDialog(WriteDialog):
    """A supervisor lets one monitor see this person's name for a few days, at the
    monitor's request; audited."""

    def __init__(self, ops: Operations, today: Today, episode_uid: str, heading: str,
                 monitors: list[tuple[str, str]], now: Callable[[], dt.datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, today, self.tr("Named access for a monitor"),
                         self.tr("&Grant"), parent)
        self.setObjectName("grantDialog")
        self.episode_uid, self.now = episode_uid, now
        self.heading.setText(heading + "<br>" + escape(self.tr(
            "The monitor sees this person's name and case number until the access "
            "expires; the grant and each of the monitor's views are audited.")))
        self.monitor = QComboBox(self)
        for username, name in monitors:
            self.monitor.addItem(f"{name} ({username})", username)
        self.days = QSpinBox(self)
        self.days.setRange(1, monitor.GRANT_MOST_DAYS)
        self.days.setValue(7)
        self.request = self.note_field(self.tr("the monitor's request"))
        self.form.addRow(self.tr("&Monitor"), self.monitor)
        self.form.addRow(self.tr("&Days"), self.days)
        self.form.addRow(self.tr("&Request"), self.request)

    def write(self) -> object:
        who, days, request = self.monitor.currentData(), self.days.value(), self.request.text()
        episode, now = self.episode_uid, self.now()
        return self.ops.write(lambda uow, actor: monitor.grant(
            uow, actor, who or "", episode, request, days, now), changed=CHANGED)
