"""The Intake page, the transfer-list import and the editable record (issue "Intake").

Everything a clerk does here is done by keyboard in these tests: keyClicks, Tab, Space
and Ctrl+S, as at the intake desk.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from rehabdesk.services.intake import drafts
from rehabdesk.services.platform import persons, users
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from rehabdesk.services.register import search as register
from rehabdesk.ui.intake.page import PLAIN_DRAFT_KEY, IntakePage
from rehabdesk.ui.intake.transfer_import_dialog import NEW, TransferImportDialog
from rehabdesk.ui.kit.operations import Operations
from rehabdesk.ui.record.view import RecordView
from rehabdesk.ui.register.detainees_page import DetaineesPage
from rehabdesk.ui.shell.main_window import MainWindow
from tests.conftest import add_user, save_screenshot
from tests.ui.conftest import type_text, ui_context


def _someone(db: Database) -> register.RegisterRow:
    """A person of the demo centre with a Latin name, a birth year and a stay still open
    (the demo releases some people: their re-admission has no stay to close)."""
    with db.unit_of_work() as uow:
        ids = register.find_ids(uow, "", limit=50)
        rows = register.rows(uow, ids)
        return next(r for r in rows.values() if r.latin_name and r.birth_year
                    and persons.get_person(uow, r.uid).episodes[0].is_open)


def _count(db: Database) -> int:
    with db.unit_of_work() as uow:
        return register.count(uow)


def _type_person(qtbot, page: IntakePage, khmer: str, latin: str, sex: str,  # type: ignore[no-untyped-def]
                 year: str) -> None:
    """From the Khmer name field to the birth year, by keyboard only."""
    focused = QApplication.focusWidget
    assert focused() is page.identity.khmer_name
    type_text(focused(), khmer)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), latin)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.identity.sex
    qtbot.keyClicks(focused(), sex)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.identity.birth_precision  # "Year only" is the default
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), year)


def _save(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.page("intake")
    assert page is not None
    try:
        qtbot.waitUntil(page.save_button.isEnabled, timeout=5000)
    except Exception:
        raise AssertionError((page.panel.candidates, page.identity.state(),
                              page.episode.state(), page._checking,
                              page.identity.name_error.text(), page.identity.sex_error.text(),
                              page.identity.birth_error.text(),
                              page.episode.arrival_error.text())) from None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_three_arrivals_by_keyboard_one_is_a_readmission(  # type: ignore[no-untyped-def]
        qtbot, main_window: MainWindow, demo_database: Database) -> None:
    window = main_window
    known = _someone(demo_database)
    with demo_database.unit_of_work() as uow:
        episodes_before = len(persons.get_person(uow, known.uid).episodes)
    before = _count(demo_database)

    qtbot.keyClick(window.page("detainees").search_box, Qt.Key.Key_N,  # type: ignore[union-attr]
                   Qt.KeyboardModifier.ControlModifier)
    page = window.page("intake")
    assert page is not None and window.pages.currentWidget() is page
    page.focus_first_field()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.identity.khmer_name)

    # 1. someone new
    _type_person(qtbot, page, "ហ៊ាង វិបុល", "Hiang Vibol", "M", "1988")
    for _ in range(5):  # national id, origin prison, inmate no. … stay empty
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(100)  # let the layout settle before the picture
    save_screenshot(page, "intake-form.png")
    _save(qtbot, window)
    qtbot.waitUntil(lambda: "Registered Hiang Vibol" in page.message.text(), timeout=5000)
    assert QApplication.focusWidget() is page.identity.khmer_name

    # 2. someone already known: the panel offers a re-admission
    _type_person(qtbot, page, known.khmer_name, known.latin_name,
                 "F" if known.sex.value == "F" else "M", str(known.birth_year))
    qtbot.waitUntil(lambda: any(c.person_uid == known.uid for c in page.panel.candidates),
                    timeout=5000)
    assert not page.save_button.isEnabled(), "candidates must be confirmed or re-admitted"
    qtbot.wait(100)
    save_screenshot(page, "duplicate-panel.png")
    index = next(i for i, c in enumerate(page.panel.candidates) if c.person_uid == known.uid)
    target = page.panel.readmit_buttons()[index]
    for _ in range(60):
        if QApplication.focusWidget() is target:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target
    qtbot.keyClick(target, Qt.Key.Key_Space)
    # Issue #22, item 2: choosing fills the form, it saves nothing; the arrival is typed
    # after the choice and saved with it; the open earlier stay is offered for closing.
    assert page.readmission_bar.isVisible() and "Re-admitting" in page.readmission_note.text()
    assert QApplication.focusWidget() is page.episode.arrival
    with demo_database.unit_of_work() as uow:
        assert len(persons.get_person(uow, known.uid).episodes) == episodes_before
    page.episode.escort.setText("Officer Chea")
    qtbot.wait(50)
    save_screenshot(page, "readmission.png")
    QTimer.singleShot(0, lambda: _answer_box("Close it and re-admit"))
    _save(qtbot, window)
    qtbot.waitUntil(lambda: "Re-admitted" in page.message.text(), timeout=5000)
    with demo_database.unit_of_work() as uow:
        stays = persons.get_person(uow, known.uid).episodes
    assert stays[0].escort == "Officer Chea"  # what was typed after the choice is kept
    assert not any(s.is_open for s in stays[1:])
    assert not page.readmission_bar.isVisible()
    window.activateWindow()  # offscreen Qt does not hand activation back after the box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.identity.khmer_name)

    # 3. someone new again
    _type_person(qtbot, page, "ឡុង ស្រីនាង", "Long Sreyneang", "F", "1999")
    _save(qtbot, window)
    qtbot.waitUntil(lambda: "Registered Long Sreyneang" in page.message.text(), timeout=5000)

    assert _count(demo_database) == before + 2
    with demo_database.unit_of_work() as uow:
        assert len(persons.get_person(uow, known.uid).episodes) == episodes_before + 1
    assert _draft(demo_database, window.page("intake")._ops.actor) is None


def _answer_box(button: str) -> None:
    """Clicks ``button`` on the message box that is showing."""
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    next(b for b in box.buttons() if b.text() == button).click()


def _draft(database: Database, actor: Actor) -> object:
    with database.unit_of_work() as uow:
        return drafts.load_draft(uow, actor)


def test_confirming_a_new_person_is_an_explicit_click(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database) -> None:
    known = _someone(demo_database)
    with demo_database.unit_of_work() as uow:
        actor = users.actor_named(uow, "sokha.chan")
    page = IntakePage(Operations(demo_database, actor))
    qtbot.addWidget(page)
    page.identity.latin_name.setText(known.latin_name)
    page.identity.khmer_name.setText(known.khmer_name)
    page.identity.sex.setCurrentIndex(1)
    page.identity.birth.setText(str(known.birth_year))
    qtbot.waitUntil(lambda: bool(page.panel.candidates), timeout=5000)
    assert not page.save_button.isEnabled()
    page.save()  # too early: the panel's candidates are undecided
    assert "Possible duplicates are shown" in page.message.text()
    qtbot.mouseClick(page.panel.confirm_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == ""  # the cause is fixed: the sentence goes (issue #22)
    assert page.save_button.isEnabled()
    page.save()
    assert "Registered" in page.message.text()


def test_a_khmer_name_on_file_shows_its_people_before_the_birth_year(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database) -> None:
    """Issue #22, item 3: the name alone brings up the people who carry it, marked as
    "same name only"; they ask for no confirmation until the birth year makes them
    likely (then the usual rule applies)."""
    known = _someone(demo_database)
    with demo_database.unit_of_work() as uow:
        actor = users.actor_named(uow, "sokha.chan")
    page = IntakePage(Operations(demo_database, actor))
    qtbot.addWidget(page)
    type_text(page.identity.khmer_name, known.khmer_name)
    qtbot.waitUntil(lambda: known.uid in page.panel.uids(), timeout=5000)
    assert "same name" in page.panel.status.text()
    assert not page.panel.needs_confirmation()
    page.resize(1000, 700)
    save_screenshot(page, "same-name-candidates.png")
    page.identity.latin_name.setText(known.latin_name)
    page.identity.birth.setText(str(known.birth_year))
    qtbot.waitUntil(lambda: page.panel.needs_confirmation(), timeout=5000)
    assert known.uid in page.panel.uids()


def test_a_role_that_may_not_register_finds_the_form_closed_and_why(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database) -> None:
    """Issue #22, item 8: the administrator learns it before typing, not on Save."""
    with demo_database.unit_of_work() as uow:
        admin = users.actor_named(uow, "admin")
    page = IntakePage(Operations(demo_database, admin))
    qtbot.addWidget(page)
    assert not page.identity.isEnabled() and not page.save_button.isEnabled()
    assert not page.import_button.isEnabled()
    assert "only clerks and supervisors" in page.message.text()
    assert "only clerks and supervisors" in page.save_button.toolTip()


def test_the_draft_survives_closing_the_form(qtbot, database: Database, clerk,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    page = IntakePage(Operations(database, clerk))
    qtbot.addWidget(page)
    page.identity.latin_name.setText("Keo Pisey")
    page.identity.national_id.setText("010203040")
    page.identity.birth.setText("1993")
    page.episode.escort.setText("Officer Chea")
    page.episode.belongings.add_row()
    page.episode.belongings.setData(page.episode.belongings.index(0, 0), "phone")
    qtbot.waitUntil(lambda: _draft(database, clerk) is not None, timeout=3000)
    page.close()
    with qtbot.waitSignal(page.destroyed, timeout=5000):
        page.deleteLater()

    # Issue #22, item 7: nothing of the form is in the desktop's plain settings store.
    QSettings().sync()
    stored = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*.ini"))
    assert "Keo Pisey" not in stored and "010203040" not in stored

    with database.unit_of_work(write=True) as uow:  # another clerk sees no draft of hers
        colleague = add_user(uow, "dara", "Dara Heng", Role.CLERK)
    other = IntakePage(Operations(database, colleague))
    qtbot.addWidget(other)
    assert other.identity.latin_name.text() == "" and not other.draft_note.isVisibleTo(other)

    again = IntakePage(Operations(database, clerk))
    qtbot.addWidget(again)
    assert again.identity.latin_name.text() == "Keo Pisey"
    assert again.identity.birth.text() == "1993"
    assert again.episode.escort.text() == "Officer Chea"
    assert again.episode.belongings.belongings()[0].item == "phone"
    assert again.draft_note.isVisibleTo(again)
    again.identity.sex.setCurrentIndex(2)
    qtbot.waitUntil(again.save_button.isEnabled, timeout=5000)
    again.save()
    assert "Registered Keo Pisey" in again.message.text()
    assert _draft(database, clerk) is None


def test_a_draft_left_in_the_plain_settings_store_by_an_earlier_version_is_removed(  # type: ignore[no-untyped-def]
        qtbot, database: Database, clerk) -> None:
    QSettings().setValue(PLAIN_DRAFT_KEY, '{"identity": {"latin_name": "Old Draft"}}')
    page = IntakePage(Operations(database, clerk))
    qtbot.addWidget(page)
    assert QSettings().value(PLAIN_DRAFT_KEY) is None
    assert page.identity.latin_name.text() == ""


def test_bad_birth_and_arrival_dates_are_explained_under_the_fields(  # type: ignore[no-untyped-def]
        qtbot, database: Database, clerk) -> None:
    page = IntakePage(Operations(database, clerk), today=lambda: dt.date(2026, 11, 25))
    qtbot.addWidget(page)
    page.identity.latin_name.setText("Sok Dara")
    page.identity.sex.setCurrentIndex(1)
    page.identity.birth.setText("2030")
    page.episode.arrival.setText("30/11/2026")
    assert not page.save_button.isEnabled()
    assert "future" in page.identity.birth_error.text()
    assert "future" in page.episode.arrival_error.text()
    page.identity.birth.setText("1990")
    page.episode.arrival.setText("25/11/2026")
    qtbot.waitUntil(page.save_button.isEnabled, timeout=5000)


def _transfer_list(path: Path, known: register.RegisterRow) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["khmer_name", "Name in English", "sex", "birth_date", "inmate_number",
                  "arrival_date", "Remarks"])
    names = ["Bun Rith", "Chea Sovann", "Dy Sokunthea", "Em Phirun", "Hem Vuthy",
             "Kong Sreymom", "Lim Bunthoeun", "Mao Sophal", "Nget Rattana", "Ouk Samnang",
             "Pen Sothea", "Ros Kimleng", "Sam Oeun", "Tep Davy", "Ung Chantha",
             "Vong Pheakdey", "Yim Sopheap"]
    for i, name in enumerate(names):
        sheet.append(["", name, "M" if i % 2 else "F", str(1980 + i), f"CC1-9{i:04d}",
                      "20/11/2026", "ok"])
    sheet.append([known.khmer_name, known.latin_name, known.sex.value, str(known.birth_year),
                  "", "20/11/2026", "back again"])
    sheet.append(["", "Bad Sex", "X", "1990", "", "20/11/2026", "bad sex"])
    sheet.append(["", "Future Arrival", "M", "1990", "", "20/12/2027", "bad date"])
    book.save(path)
    return path


def test_importing_a_transfer_list_through_the_dialog(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database, tmp_path: Path) -> None:
    known = _someone(demo_database)
    with demo_database.unit_of_work() as uow:
        actor = users.actor_named(uow, "sokha.chan")
    before = _count(demo_database)
    source = _transfer_list(tmp_path / "cc1.xlsx", known)
    prison = "Correctional Centre 1 (CC1)"

    # Cancel after the preview writes nothing.
    dialog = TransferImportDialog(Operations(demo_database, actor),
                                  today=lambda: dt.date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(source))
    dialog.prison.setCurrentText(prison)
    dialog.next_step()
    assert dialog.step() == 1, dialog.error.text()
    dialog.set_mapping("Name in English", "latin_name")
    dialog.next_step()
    assert dialog.step() == 2, dialog.error.text()
    dialog.reject()
    assert _count(demo_database) == before

    dialog = TransferImportDialog(Operations(demo_database, actor),
                                  today=lambda: dt.date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(source))
    dialog.prison.setCurrentText(prison)
    dialog.next_step()
    assert dialog.mapping()["Name in English"] == "latin_name", "remembered for CC1"
    dialog.next_step()
    model = dialog.rows_model
    statuses = [r.status for r in model.rows]
    assert len(statuses) == 20 and statuses.count("invalid") == 2
    duplicate = next(r for r in model.rows if r.values.get("latin_name") == known.latin_name)
    assert duplicate.status == "duplicate"
    model.choice(duplicate.number, known.uid)
    for row in model.rows:  # demo names that merely look alike: new people after all
        if row.status == "duplicate" and row is not duplicate:
            model.choice(row.number, NEW)
    dialog.resize(1200, 820)
    dialog.show()
    qtbot.waitExposed(dialog)
    save_screenshot(dialog, "import-preview.png")

    dialog.next_step()
    assert dialog.step() == 3, dialog.error.text()
    report = dialog.report
    assert len(report.imported) == 18 and len(report.skipped) == 2
    assert _count(demo_database) == before + 17
    dialog.write_report(tmp_path / "report.csv")
    assert (tmp_path / "report.csv").read_text(encoding="utf-8-sig").count("\n") == 21
    dialog.print_report.click()
    qtbot.waitUntil(lambda: dialog.printer.last_preview is not None, timeout=20000)
    preview = dialog.printer.last_preview
    assert preview.file_name == "import-report-cc1.pdf" and preview.pdf.startswith(b"%PDF")
    preview.close()


def _open_record(qtbot, page: DetaineesPage, uid: str) -> RecordView:  # type: ignore[no-untyped-def]
    page.open_record(uid)
    views = [w for w in page.findChildren(RecordView) if w.isVisible()]
    assert views
    return views[-1]


def test_editing_identity_is_audited_in_plain_language(  # type: ignore[no-untyped-def]
        qtbot, database: Database, clerk) -> None:
    from tests.conftest import register as register_person

    uid = register_person(database, clerk)
    page = DetaineesPage(ui_context(database, clerk))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    view = _open_record(qtbot, page, uid)
    assert view.findChild(QPushButton, "mergeButton") is None, "clerks do not merge"
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles[-7:] == ["Legal", "Screening", "Enrolment", "Vocational", "Release",
                           "Rights", "Documents"]
    panel = view.identity
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    panel.fields.birth.clear()
    qtbot.keyClicks(panel.fields.birth, "1991")
    qtbot.keyClick(panel.fields.birth, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.editing(), timeout=3000)  # a button's shortcut
    # clicks after its press animation
    history = view.history.model()
    sentences = [history.index(r, 1).data() for r in range(history.rowCount())]
    assert sentences[0].startswith("Sokha Chan changed birth year from 1990 to 1991 on ")
    with database.unit_of_work() as uow:
        assert persons.get_person(uow, uid).birth.year == 1991  # type: ignore[union-attr]


def test_a_supervisor_merges_from_the_record_view(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database, monkeypatch) -> None:
    from rehabdesk.ui.record import merge_dialog

    with demo_database.unit_of_work() as uow:
        supervisor = users.actor_named(uow, "dara.heng")
        ids = register.find_ids(uow, "")[:2]
        keep, remove = (r.uid for r in register.rows(uow, ids).values())
        removed_cases = [e.case_number for e in persons.get_person(uow, remove).episodes]
    page = DetaineesPage(ui_context(demo_database, supervisor))
    qtbot.addWidget(page)
    view = _open_record(qtbot, page, keep)
    button = view.findChild(QPushButton, "mergeButton")
    assert button is not None

    def run(dialog: merge_dialog.MergeDialog) -> int:
        dialog.search.setText(removed_cases[0])
        dialog.run_search()
        assert dialog.chosen_uid() == remove
        dialog.reason.setText("same thumbprint")
        dialog.do_merge()
        return 1

    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", run)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with demo_database.unit_of_work() as uow:
        kept = persons.get_person(uow, keep)
    assert set(removed_cases) <= {e.case_number for e in kept.episodes}
    assert not view.isVisible()


def test_the_intake_page_replaces_the_placeholder(main_window: MainWindow) -> None:
    assert main_window.pages.widget(main_window.page_index("intake")) is main_window.page("intake")
    assert isinstance(main_window.page("intake"), QWidget)


def test_rows_alike_within_the_list_say_so_in_the_preview(  # type: ignore[no-untyped-def]
        qtbot, database: Database, tmp_path: Path) -> None:
    from rehabdesk.services.intake.transfer_import import read_transfer_list
    from rehabdesk.ui.intake.transfer_import_dialog import TransferRowsModel

    path = tmp_path / "thrice.csv"
    path.write_text("latin_name,sex,birth_date,arrival_date\n"
                    + "Vuthy Qazzle,M,01/02/1990,20/11/2026\n" * 3, encoding="utf-8")
    with database.unit_of_work() as uow:
        preview = read_transfer_list(uow, path, today=dt.date(2026, 11, 25))
    model = TransferRowsModel()
    model.set_preview(preview)
    assert model.accept_set() == {2}, "only the first of three alike rows is ticked"
    problems = model.index(1, model.COLUMNS.index("problems")).data()
    assert problems.startswith("This row may be the same person as row 2 of this list (")
    assert model.index(1, model.COLUMNS.index("status")).data() == "possible duplicate"
