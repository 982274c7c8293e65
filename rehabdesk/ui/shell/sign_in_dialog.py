"""Signing in at start, after signing out, and unlocking after the idle lock (issue #8,
item 1); a locked window can be handed to another user (issue #22, item 9)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
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
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — %1").replace("%1", centre_name) if username is None
                            else self.tr("Locked — %1").replace("%1", centre_name))
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setToolTip(self.tr("Your RehabDesk user name."))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("Your password. Five wrong passwords lock the account "
                                         "for 15 minutes."))
        if username is not None:
            self.username.setText(username)
            self.username.setReadOnly(True)
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.intro = QLabel(intro or (
            self.tr("The window was locked after a time without use. Enter your password to "
                    "continue where you left off.") if username else
            self.tr("Sign in to work with the centre's records.")), self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        if username is not None:  # a locked window: someone else may take the workstation
            self.switch_button = QPushButton(self.tr("Switch user"), self)
            self.switch_button.setObjectName("switchUserButton")
            self.switch_button.setToolTip(self.tr(
                "Sign in as someone else. The locked user's unsaved work is not kept."))
            self.switch_button.clicked.connect(self.switch_user)
            buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        if demo:
            hint = QLabel(self.tr(
                "Demo centre: every user's password is <b>demo</b>.<br>"
                "<b>sokha.chan</b>, clerk: registers arrivals, screens, records court "
                "papers and enrolments.<br>"
                "<b>dara.heng</b>, supervisor: the clerk's work, plus eligibility overrides "
                "and merges.<br>"
                "<b>thida.keo</b>, health officer: screenings and the health screen.<br>"
                "<b>admin</b>, administrator: users, backups, the policy and settings (not "
                "intake)."), self)
            hint.setObjectName("demoHint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)  # room for a whole sentence per line of the messages
        (self.password if username else self.username).setFocus()

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
            self.message.setText(result.message)
            self.password.setFocus()
            return
        self.actor = result.actor
        self.accept()
