"""The Administration page lists backups with their state, backs up now, and hands a
confirmed restore to the application for exit; the backup, the drive and the restore
are audited under the administrator who asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from rehabdesk.app import feature_registry
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database, open_database
from rehabdesk.ui.administration.page import AdministrationPage
from rehabdesk.ui.shell import startup
from rehabdesk.ui.shell.main_window import MainWindow
from tests.conftest import add_user
from tests.ui.conftest import ui_context


def _log(db: Database, action: str) -> list[tuple[str, str]]:
    with db.unit_of_work() as uow:
        return [(e.actor_name, str(e.summary)) for e in reversed(audit.search_entries(
            uow, Actor(None, "auditor", "Auditor", Role.AUDITOR),
            audit.AuditFilter(action=action)))]


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
    name = page.model.backup_at(0).path.name
    assert _log(database, "backup") == [
        ("Administrator", f"backed up the database to {name} (verified)")]


def test_the_backup_drive_is_chosen_through_the_service(qtbot, database,  # type: ignore[no-untyped-def]
                                                        tmp_path, monkeypatch) -> None:
    page = _page(qtbot, database)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    page.drive_button.click()
    assert f"{tmp_path} (connected)" in page.drive_label.text()
    assert page.forget_drive_button.isEnabled()
    assert _log(database, "update") == [
        ("Administrator", f"chose {tmp_path} on a removable drive for a copy of every backup")]


def test_the_restore_at_exit_runs_as_who_asked_and_is_audited_where_it_lives_on(
        qtbot, database, db_path: Path, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REHABDESK_BACKUP_DIR", str(tmp_path / "backups"))
    page = _page(qtbot, database)
    page.back_up_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    chosen = page.model.backup_at(0).path
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    window.actor = page._ops.actor  # as attach leaves it after the sign-in
    window.restore_at_exit(chosen)  # the page's request closes the window
    assert startup.close_centre(window, database) == 0
    restored = open_database(db_path)
    [(who, what)] = _log(restored, "restore")
    restored.close()
    assert who == "Administrator" and what.startswith(
        f"restored the database from the backup {chosen.name}; the replaced database is "
        "kept as centre.sqlite3.replaced-")
    [aside] = db_path.parent.glob("centre.sqlite3.replaced-*")
    replaced = open_database(aside)
    closing = _log(replaced, "backup")[-1]  # taken before the restore, kept with that file
    replaced.close()
    assert closing[0] == "RehabDesk (automatic backup)" and "closing backup" in closing[1]


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
