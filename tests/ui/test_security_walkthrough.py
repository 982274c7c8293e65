"""Issue #8, done when: signing in on screen, the lockout after five bad passwords, and a
clerk who opens a record seeing the health screen as "restricted" — one clerk's morning."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from rehabdesk.domain.screening import HealthScreen
from rehabdesk.services.platform import auth, persons
from rehabdesk.services.platform.actor import Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.screening import screenings as screening
from rehabdesk.ui.register.detainees_page import DetaineesPage
from rehabdesk.ui.shell.sign_in_dialog import SignInDialog
from tests.conftest import TODAY, new_person, register
from tests.services.clinical_helpers import actor
from tests.ui.conftest import ui_context


def _sign_in_dialog(qtbot, database: Database) -> SignInDialog:  # type: ignore[no-untyped-def]
    def attempt(username: str, password: str) -> auth.SignIn:
        with database.unit_of_work(write=True) as uow:
            return auth.sign_in(uow, username, password, dt.datetime(2026, 11, 25, 8))

    dialog = SignInDialog(attempt, "Test Centre")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _enter(qtbot, dialog: SignInDialog, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, user)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def _clerk(database: Database):  # type: ignore[no-untyped-def]
    return actor(database, Role.CLERK, "desk.clerk")


def test_sign_in_lockout_and_a_restricted_health_record(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    with database.unit_of_work(write=True) as uow:
        auth.create_user(uow, None, "admin", "Administrator", Role.ADMINISTRATOR, "river mekong")
        admin = auth.sign_in(uow, "admin", "river mekong", dt.datetime(2026, 11, 25, 7)).actor
        assert admin is not None
        auth.create_user(uow, admin, "sokha", "Sokha Chan", Role.CLERK, "tonle sap lake")
        auth.create_user(uow, admin, "dara", "Dara Heng", Role.CLERK, "bassac river")
    officer = actor(database, Role.HEALTH_OFFICER)
    person = register(database, _clerk(database), new_person())
    with database.unit_of_work(write=True) as uow:
        episode = persons.get_person(uow, person).latest_episode
        assert episode is not None
        screening.save_health_screen(uow, officer, episode.uid, screened_on=TODAY,
                                     screened_by="Thida Keo", screen=HealthScreen(),
                                     today=TODAY)

    # Five bad passwords lock Dara's account, on screen; the right one no longer works.
    dialog = _sign_in_dialog(qtbot, database)
    for attempt in range(5):
        _enter(qtbot, dialog, "dara", f"wrong {attempt}")
    assert "locked for 15 minutes" in dialog.message.text()
    _enter(qtbot, dialog, "dara", "bassac river")
    assert dialog.actor is None

    # Sokha signs in and opens the record: the health screen says "restricted".
    _enter(qtbot, dialog, "sokha", "tonle sap lake")
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor is not None
    page = DetaineesPage(ui_context(database, dialog.actor))
    qtbot.addWidget(page)
    view = page.open_record(person, section="screening")
    assert view is not None
    tab = view.sections["screening"]
    assert tab.health.restricted is not None  # type: ignore[attr-defined]
    assert tab.health.restricted.text() == (  # type: ignore[attr-defined]
        "Restricted: only health officers see the health screen.")
    view.close()
