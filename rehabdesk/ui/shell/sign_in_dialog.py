"""Signing in at start, after signing out, and unlocking after the idle lock (issue #8,
item 1); a locked window can be handed to another user (issue #22, item 9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.auth import SignIn
from rehabdesk.ui.shell.i18n import (
    NAMES,
    current_language,
    remember_language,
    switch_language,
    user_language,
)

Attempt = Callable[[str, str], SignIn]


class SignInDialog(QDialog):
    """Asks for a user name and password until ``attempt`` accepts them or the user
    cancels. For an unlock the user name is fixed: only the person who locked the window
    may reopen it with their unsaved work."""

    def __init__(
        self,
        attempt: Attempt,
        centre_name: str,
        *,
        username: str | None = None,
        demo: bool = False,
        intro: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._attempt = attempt
        self._centre_name, self._locked, self._intro, self._demo = (
            centre_name, username is not None, intro, demo)
        self.actor: Actor | None = None
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.editingFinished.connect(self._user_known)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if username is not None:
            self.username.setText(username)
            self.username.setReadOnly(True)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in NAMES.items():  # each language in its own words
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.labels, (self.username, self.password, self.language),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        self.switch_button: QPushButton | None = None
        if username is not None:  # a locked window: someone else may take the workstation
            self.switch_button = QPushButton(self)
            self.switch_button.setObjectName("switchUserButton")
            self.switch_button.clicked.connect(self.switch_user)
            self.buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        self.hint: QLabel | None = None
        if demo:
            self.hint = QLabel(self)
            self.hint.setObjectName("demoHint")
            self.hint.setWordWrap(True)
            layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)  # room for a whole sentence per line of the messages
        self._retranslate()
        (self.password if username else self.username).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """Another language was chosen (here or elsewhere): every text again, in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        name = self._centre_name
        self.setWindowTitle(self.tr("Locked — %1").replace("%1", name) if self._locked
                            else self.tr("Sign in — %1").replace("%1", name))
        self.username.setToolTip(self.tr("Your RehabDesk user name."))
        self.password.setToolTip(self.tr("Your password. Five wrong passwords lock the account "
                                         "for 15 minutes."))
        self.language.setToolTip(self.tr("The language of the screens and of this window; "
                                         "RehabDesk remembers each user's choice."))
        self.intro.setText(self._intro or (
            self.tr("The window was locked after a time without use. Enter your password to "
                    "continue where you left off.") if self._locked else
            self.tr("Sign in to work with the centre's records.")))
        for label, text in zip(self.labels, (self.tr("User name"), self.tr("Password"),
                                             self.tr("Language")), strict=True):
            label.setText(text)
        if self.switch_button is not None:
            self.switch_button.setText(self.tr("Switch user"))
            self.switch_button.setToolTip(self.tr(
                "Sign in as someone else. The locked user's unsaved work is not kept."))
        if self.hint is not None:
            self.hint.setText(self.tr(
                "Demo centre: every user's password is <b>demo</b>.<br>"
                "<b>sokha.chan</b>, clerk: registers arrivals, screens, records court "
                "papers and enrolments.<br>"
                "<b>dara.heng</b>, supervisor: the clerk's work, plus eligibility overrides "
                "and merges.<br>"
                "<b>thida.keo</b>, health officer: screenings and the health screen.<br>"
                "<b>admin</b>, administrator: users, backups, the policy and settings (not "
                "intake)."))

    def _language_chosen(self) -> None:
        switch_language(cast(QApplication, QApplication.instance()),
                        str(self.language.currentData()))

    def _user_known(self) -> None:
        """A user who chose a language before gets it as soon as their name is typed."""
        language = user_language(self.username.text())
        if language is not None and language != self.language.currentData():
            self.language.setCurrentIndex(self.language.findData(language))

    def switch_user(self) -> None:
        """The user name becomes free to type: another person signs in."""
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.message.clear()
        self.intro.setText(self.tr("Sign in as another user. The window opens afresh for "
                                   "them."))
        self.username.setFocus()

    def _try(self) -> None:
        result = self._attempt(self.username.text(), self.password.text())
        self.password.clear()
        if result.actor is None:
            self.message.setText("" if result.message is None
                                 else result.message.said(current_language()))
            self.password.setFocus()
            return
        self.actor = result.actor
        remember_language(self.username.text(), str(self.language.currentData()))
        self.accept()
