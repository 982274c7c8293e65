"""The Administration page lists backups with their state, backs up now, and hands a
confirmed restore to the application for exit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.administration.page import AdministrationPage
from tests.conftest import add_user
from tests.ui.conftest import ui_context


def _page(qtbot, database: Database, role: Role = Role.ADMINISTRATOR  # type: ignore[no-untyped-def]
          ) -> AdministrationPage:
    with database.unit_of_work(write=True) as uow:
        actor: Actor = add_user(uow, role.value, role.value.title(), role)
    page = AdministrationPage(ui_context(database, actor))
    qtbot.addWidget(page)
    return page


def test_back_up_now_lists_a_verified_backup(qtbot, database, db_path: Path,  # type: ignore[no-untyped-def]
                                             tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("REHABDESK_BACKUP_DIR", str(tmp_path / "backups"))
    page = _page(qtbot, database)
    qtbot.waitUntil(lambda: page.status.text() == "0 backups", timeout=5000)
    page.back_up_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.index(0, 1).data() == "verified"
    assert page.model.index(0, 2).data() == "manual"


def test_a_confirmed_restore_is_requested(qtbot, database, db_path: Path,  # type: ignore[no-untyped-def]
                                          tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("REHABDESK_BACKUP_DIR", str(tmp_path / "backups"))
    page = _page(qtbot, database)
    page.back_up_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.restore_requested, timeout=2000) as signal:
        page._confirm_restore()
    assert signal.args[0] == page.model.backup_at(0).path


def test_the_backups_model_passes_the_model_tester(qtmodeltester, database, db_path: Path,  # type: ignore[no-untyped-def]
                                                   tmp_path) -> None:
    import datetime as dt

    from rehabdesk.services.platform import backup
    from rehabdesk.ui.administration.page import BackupsModel

    backup.make_backup(db_path, tmp_path, "daily", dt.datetime(2026, 11, 24, 18))
    model = BackupsModel()
    model.set_rows(backup.list_backups(tmp_path, db_path.stem))
    qtmodeltester.check(model)


def test_a_clerk_cannot_manage_backups(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, database, Role.CLERK)
    assert not page.backup_button.isEnabled() and not page.restore_button.isEnabled()
    assert "Only administrators" in page.status.text()
