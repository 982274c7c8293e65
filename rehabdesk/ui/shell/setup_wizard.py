"""The first-run wizard (issue #8: "first run creates the centre and its first
administrator through a short wizard").

Three pages: the centre, its first administrator, and the recovery sheet. Leaving the
administrator page creates everything at once through ``services.setup`` (an encrypted
database, the administrator's copy of its key, the centre, a recovery key); a refusal is
shown as the service's sentence on that page and nothing is left on disk. The last page
shows the recovery key and prints its sheet through the print preview.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.gazetteer import choices
from rehabdesk.services.platform.setup import CentreForm, NewCentre
from rehabdesk.ui.kit.errors import error_text

Create = Callable[[CentreForm], NewCentre]


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("setupMessage")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a40000")
    return label


class CentrePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The centre"))
        self.setSubTitle(self.tr("This database is new. Say which centre it is for; the code "
                                 "begins every case number (KPC-2026-000123)."))
        self.code = QLineEdit(self)
        self.code.setObjectName("centreCode")
        self.code.setMaxLength(8)
        self.code.setPlaceholderText("KPC")
        self.name_km = QLineEdit(self)
        self.name_km.setObjectName("centreNameKm")
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("centreNameEn")
        self.province = QComboBox(self)
        self.province.setObjectName("centreProvince")
        self.province.addItem(self.tr("(not given)"), None)
        for place in choices("province"):
            self.province.addItem(f"{place.name_en} · {place.name_km}", place.code)
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("centreCapacity")
        self.capacity.setRange(0, 100_000)
        form = QFormLayout(self)
        form.addRow(self.tr("Centre code"), self.code)
        form.addRow(self.tr("Name in Khmer"), self.name_km)
        form.addRow(self.tr("Name in English"), self.name_en)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Beds"), self.capacity)
        for field in (self.code, self.name_km, self.name_en):
            field.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return all(f.text().strip() for f in (self.code, self.name_km, self.name_en))


class AdministratorPage(QWizardPage):
    """The first administrator; leaving this page creates the centre database."""

    def __init__(self, centre: CentrePage, create: Create, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._centre = centre
        self._create = create
        self.created: NewCentre | None = None
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("The administrator adds the other users. The password also "
                                 "unlocks the encrypted database: at least 8 characters; a "
                                 "short sentence is easy to remember and hard to guess."))
        self.username = QLineEdit(self)
        self.username.setObjectName("adminUsername")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("adminFullName")
        self.password = QLineEdit(self)
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("adminPasswordRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = _message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        for field in (self.username, self.full_name, self.password, self.repeat):
            field.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return all(f.text() for f in (self.username, self.full_name, self.password, self.repeat))

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ; type the same password "
                                         "twice."))
            self.repeat.clear()
            self.repeat.setFocus()
            return False
        c = self._centre
        form = CentreForm(c.code.text(), c.name_km.text(), c.name_en.text(),
                          c.province.currentData(), c.capacity.value(), self.username.text(),
                          self.full_name.text(), self.password.text())
        try:
            self.created = self._create(form)
        except RehabDeskError as error:
            self.message.setText(error_text(error))
            return False
        self.password.clear()
        self.repeat.clear()
        self.message.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, administrator: AdministratorPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._administrator = administrator
        self.setTitle(self.tr("The recovery sheet"))
        self.setSubTitle(self.tr("The database is encrypted. If every administrator forgets "
                                 "their password, only this recovery key opens it again."))
        self.key = QLabel(self)
        self.key.setObjectName("recoveryKey")
        self.key.setStyleSheet("font-family: monospace; font-size: 15pt; font-weight: bold")
        advice = QLabel(self.tr("Print the recovery sheet now and keep it in a locked "
                                "cupboard, away from the computer. The key is not shown "
                                "again; an administrator can print a new sheet later on "
                                "the Administration page."), self)
        advice.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print the recovery sheet…"), self)
        self.print_button.setObjectName("printRecoverySheet")
        self.print_button.clicked.connect(self.show_sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(advice)
        layout.addWidget(self.print_button)
        layout.addStretch(1)

    def initializePage(self) -> None:
        made = self._administrator.created
        if made is not None:
            groups = made.recovery.recovery_key.split("-")
            self.key.setText("\n".join("  ".join(groups[i:i + 4])
                                       for i in range(0, len(groups), 4)))

    def show_sheet(self) -> None:
        from rehabdesk.ui.kit.print_preview import PrintPreview

        made = self._administrator.created
        if made is None:
            return
        preview = PrintPreview(made.recovery.pdf, self.tr("Recovery sheet"),
                               "recovery-sheet.pdf", self)
        preview.open()


class SetupWizard(QWizard):
    """Sets up a new centre database; ``created`` holds it (open, administrator signed
    in) once the administrator page was accepted."""

    def __init__(self, create: Create, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up RehabDesk — %1").replace("%1", str(db_path)))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.centre_page = CentrePage(self)
        self.administrator_page = AdministratorPage(self.centre_page, create, self)
        self.recovery_page = RecoveryPage(self.administrator_page, self)
        for page in (self.centre_page, self.administrator_page, self.recovery_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setMinimumWidth(620)

    @property
    def created(self) -> NewCentre | None:
        return self.administrator_page.created

    def reject(self) -> None:
        """Closing after the database was made keeps it: the centre exists already."""
        if self.created is not None:
            self.accept()
            return
        super().reject()
