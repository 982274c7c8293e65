"""The address picker chooses what the clerk typed, whatever the speed of the keys
(issue #22, item 13), and shows the chosen places so a wrong one is visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rehabdesk.ui.kit.address_picker import AddressPicker
from tests.ui.conftest import type_text


def _picker(qtbot) -> AddressPicker:  # type: ignore[no-untyped-def]
    picker = AddressPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    return picker


def test_typing_a_khmer_province_then_down_enter_at_once_picks_that_province(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = _picker(qtbot)
    province = picker.combos[0]
    province.setFocus()
    type_text(province.edit(), "កំពង់ស្ពឺ")  # Kampong Speu, the fifth in the list
    QTest.keyClick(province.edit(), Qt.Key.Key_Down)
    QTest.keyClick(province.edit(), Qt.Key.Key_Return)
    assert province.code() == "05"
    assert "Kampong Speu" in picker.summary.text()
    district = picker.combos[1]
    assert district.isEnabled() and district.places.rowCount() > 1


def test_down_on_a_partial_name_takes_the_first_place_that_matches(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = _picker(qtbot)
    province = picker.combos[0]
    province.setFocus()
    QTest.keyClicks(province.edit(), "batt")
    QTest.keyClick(province.edit(), Qt.Key.Key_Down)
    QTest.keyClick(province.edit(), Qt.Key.Key_Return)
    assert province.code() == "02"  # Battambang, not the list's first (Banteay Meanchey)


def test_the_summary_names_every_level_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = _picker(qtbot)
    picker.combos[0].set_code("02")
    first_district = picker.combos[1].places.item(1).data(Qt.ItemDataRole.UserRole + 1)
    picker.combos[1].set_code(first_district)
    text = picker.summary.text()
    assert "Battambang" in text and "បាត់ដំបង" in text and "›" in text


def test_the_gazetteer_is_read_when_the_picker_is_first_needed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Built with the Intake page at sign-in, the picker reads its 16,000 places only when
    it is shown or given an address (issue #24: a third of a second and 15 MB that a
    start-up on the Dashboard need not pay)."""
    from rehabdesk.domain.records import Address

    hidden = AddressPicker()
    qtbot.addWidget(hidden)
    assert hidden.combos[0].count() == 0
    hidden.set_address(Address("05"))
    assert hidden.combos[0].code() == "05" and hidden.combos[1].count() > 1
    shown = _picker(qtbot)
    assert shown.combos[0].count() == 26  # the 25 provinces and the blank
