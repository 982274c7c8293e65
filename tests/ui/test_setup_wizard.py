"""The first-run wizard creates the encrypted centre and its first administrator; the
Administration page says when the backup drive is missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from rehabdesk.services.platform import backup, encryption, setup
from rehabdesk.services.platform.actor import Role
from rehabdesk.ui.administration.page import AdministrationPage
from rehabdesk.ui.shell.setup_wizard import SetupWizard
from tests.conftest import add_user
from tests.ui.conftest import ui_context


def _wizard(qtbot, db_path: Path) -> SetupWizard:  # type: ignore[no-untyped-def]
    def create(form: setup.CentreForm) -> setup.NewCentre:
        return setup.set_up_centre(db_path, form, dt.date(2026, 11, 25))

    wizard = SetupWizard(create, db_path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_wizard_sets_up_an_encrypted_centre(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, db_path)
    centre = wizard.centre_page
    qtbot.keyClicks(centre.code, "btb")
    centre.name_km.setText("មជ្ឈមណ្ឌលបាត់ដំបង")  # QTest types no Khmer
    qtbot.keyClicks(centre.name_en, "Battambang Centre")
    centre.province.setCurrentIndex(centre.province.findData("02"))
    centre.capacity.setValue(300)
    wizard.next()
    admin = wizard.administrator_page
    qtbot.keyClicks(admin.username, "vanna")
    qtbot.keyClicks(admin.full_name, "Vanna Ouk")
    qtbot.keyClicks(admin.password, "river mekong")
    qtbot.keyClicks(admin.repeat, "river mekonk")
    wizard.next()
    assert wizard.currentPage() is admin and "differ" in admin.message.text()
    assert not db_path.exists()  # nothing made yet
    qtbot.keyClicks(admin.repeat, "river mekong")
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    made = wizard.created
    assert made is not None and made.centre.code == "BTB"
    assert encryption.is_encrypted(db_path)
    key_text = wizard.recovery_page.key.text().replace("\n", "  ").split()
    assert "-".join(key_text) == made.recovery.recovery_key
    wizard.reject()  # closing now keeps the centre: it exists
    assert wizard.result() == QWizard.DialogCode.Accepted
    made.database.close()


def test_a_bad_centre_code_is_said_on_the_page_and_leaves_nothing(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, db_path)
    qtbot.keyClicks(wizard.centre_page.code, "K1")
    wizard.centre_page.name_km.setText("ក")
    qtbot.keyClicks(wizard.centre_page.name_en, "C")
    wizard.next()
    admin = wizard.administrator_page
    for field, text in ((admin.username, "vanna"), (admin.full_name, "Vanna"),
                        (admin.password, "river mekong"), (admin.repeat, "river mekong")):
        qtbot.keyClicks(field, text)
    qtbot.keyClick(admin.repeat, Qt.Key.Key_Return)
    assert wizard.currentPage() is admin and "2 to 8 letters" in admin.message.text()
    assert list(db_path.parent.iterdir()) == []


def test_a_missing_backup_drive_is_a_sentence_not_a_crash(qtbot, database, db_path: Path,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    with database.unit_of_work(write=True) as uow:
        admin = add_user(uow, "admin", "Admin", Role.ADMINISTRATOR)
        backup.choose_drive(uow, admin, drive)
    info = backup.make_backup(db_path, tmp_path / "backups", "manual", dt.datetime(2026, 11, 25))
    assert info.drive.startswith("copied") and (drive / info.path.name).exists()
    drive.rename(tmp_path / "unplugged")
    info = backup.make_backup(db_path, tmp_path / "backups", "manual",
                              dt.datetime(2026, 11, 25, 1))
    assert info.state == "verified" and "is not connected" in info.drive
    assert info.drive_missed is not None and "ដ្រាយបម្រុងទុក" in info.drive_missed.said("km")
    page = AdministrationPage(ui_context(database, admin))
    qtbot.addWidget(page)
    assert "not connected" in page.drive_label.text()
    assert "NOT encrypted" in page.encryption_label.text()
    assert not page.sheet_button.isEnabled()
