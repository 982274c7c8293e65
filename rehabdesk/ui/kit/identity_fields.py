"""Who a person is, as the paper intake form lists it: shared by the Intake page and the
record's identity editor, so a correction obeys the same rules as a registration.

Field order is the printed intake form's (ARCHITECTURE.md: tab order follows the paper
form). Every rule comes from ``rehabdesk.domain`` (``validate_person``,
``entry.parse_birth``); the widgets only put each sentence under the field it is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from rehabdesk.domain import entry
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import (
    NewPerson,
    validate_person,
)
from rehabdesk.domain.records import Address, BirthDate, DatePrecision, NextOfKin, Sex
from rehabdesk.ui.kit.address_picker import AddressPicker
from rehabdesk.ui.kit.errors import error_text
from rehabdesk.ui.kit.fields import (
    editable_combo,
    error_label,
    field_with_error,
    show_error,
)


class SexCombo(QComboBox):
    """M or F (or the first letter of ប្រុស / ស្រី) picks the sex at once, however fast
    the clerk types; a plain combo's keyboard search would join quick keys into one
    word and find nothing."""

    KEYS: ClassVar[dict[str, str]] = {
        "M": Sex.MALE.value, "ប": Sex.MALE.value, "F": Sex.FEMALE.value, "ស": Sex.FEMALE.value}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        value = self.KEYS.get(event.text()[:1].upper())
        if value is not None and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.setCurrentIndex(self.findData(value))
            return
        super().keyPressEvent(event)


class IdentityFields(QWidget):
    """Who the person is, top to bottom as on the printed intake form."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], prisons: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.khmer_name = QLineEdit(self)
        self.khmer_name.setToolTip(self.tr("The name in Khmer script, as on the transfer "
                                           "papers."))
        self.latin_name = QLineEdit(self)
        self.latin_name.setToolTip(self.tr("The name in Latin letters, as on the transfer "
                                           "papers (any spelling: Sok or Sokh)."))
        self.sex = SexCombo(self)
        self.sex.addItem("", None)
        self.sex.addItem(self.tr("Male"), Sex.MALE.value)
        self.sex.addItem(self.tr("Female"), Sex.FEMALE.value)
        self.sex.setToolTip(self.tr("Sex as recorded on the transfer papers (type M or F)."))
        self.birth_precision = QComboBox(self)
        for precision, text in ((DatePrecision.DAY, self.tr("Exact date")),
                                (DatePrecision.MONTH, self.tr("Month and year")),
                                (DatePrecision.YEAR, self.tr("Year only")),
                                (DatePrecision.ESTIMATED, self.tr("Estimated age"))):
            self.birth_precision.addItem(text, precision.value)
        self.birth_precision.setCurrentIndex(2)
        self.birth_precision.setToolTip(self.tr("How much of the birth date is known."))
        self.birth = QLineEdit(self)
        self.birth.setToolTip(self.tr("The birth date, month, year or apparent age, as chosen "
                                      "on the left. Leave empty if unknown."))
        self.national_id = QLineEdit(self)
        self.national_id.setToolTip(self.tr("The national identity card number, if any."))
        self.origin_prison = editable_combo(self, prisons)
        self.origin_prison.setToolTip(self.tr("The prison the person comes from: choose from "
                                              "the list or type a new one."))
        self.inmate_number = QLineEdit(self)
        self.inmate_number.setToolTip(self.tr("The inmate number given by the origin prison."))
        self.address = AddressPicker(self)
        self.kin_name = QLineEdit(self)
        self.kin_name.setToolTip(self.tr("Name of the next of kin to contact."))
        self.kin_relation = QLineEdit(self)
        self.kin_relation.setToolTip(self.tr("How the next of kin is related (mother, "
                                             "brother, wife…)."))
        self.kin_phone = QLineEdit(self)
        self.kin_phone.setToolTip(self.tr("The next of kin's telephone number."))

        self.name_error = error_label(self)
        self.sex_error = error_label(self)
        self.birth_error = error_label(self)
        self.address_error = error_label(self)
        self._update_birth_hint()

        birth_row = QWidget(self)
        birth_layout = QHBoxLayout(birth_row)
        birth_layout.setContentsMargins(0, 0, 0, 0)
        birth_layout.addWidget(self.birth_precision)
        birth_layout.addWidget(self.birth, 1)
        birth_row.setFocusProxy(self.birth_precision)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name (&Khmer)"), self.khmer_name)
        form.addRow(self.tr("Name (&Latin)"), field_with_error(self.latin_name, self.name_error))
        form.addRow(self.tr("&Sex"), field_with_error(self.sex, self.sex_error))
        form.addRow(self.tr("&Born"), field_with_error(birth_row, self.birth_error))
        form.addRow(self.tr("National &id"), self.national_id)
        form.addRow(self.tr("&Origin prison"), self.origin_prison)
        form.addRow(self.tr("Inmate n&o."), self.inmate_number)
        form.addRow(self.tr("Home &address"), field_with_error(self.address,
                                                               self.address_error))
        form.addRow(self.tr("Next of &kin"), self.kin_name)
        form.addRow(self.tr("Relation"), self.kin_relation)
        form.addRow(self.tr("&Phone"), self.kin_phone)

        for edit in self.line_edits():
            edit.textChanged.connect(self.changed)
        self.sex.currentIndexChanged.connect(self.changed)
        self.birth_precision.currentIndexChanged.connect(self._update_birth_hint)
        self.birth_precision.currentIndexChanged.connect(self.changed)
        self.origin_prison.currentTextChanged.connect(self.changed)
        self.address.changed.connect(self.changed)

    def line_edits(self) -> list[QLineEdit]:
        return [self.khmer_name, self.latin_name, self.birth, self.national_id,
                self.inmate_number, self.kin_name, self.kin_relation, self.kin_phone]

    def tab_chain(self) -> list[QWidget]:
        """The focus order: the printed form's, top to bottom."""
        return [self.khmer_name, self.latin_name, self.sex, self.birth_precision, self.birth,
                self.national_id, self.origin_prison, self.inmate_number,
                *self.address.combos, self.kin_name, self.kin_relation, self.kin_phone]

    def _precision(self) -> DatePrecision:
        return DatePrecision(self.birth_precision.currentData())

    def _update_birth_hint(self) -> None:
        hints = {DatePrecision.DAY: self.tr("dd/mm/yyyy"),
                 DatePrecision.MONTH: self.tr("mm/yyyy"),
                 DatePrecision.YEAR: self.tr("yyyy"),
                 DatePrecision.ESTIMATED: self.tr("age in years")}
        self.birth.setPlaceholderText(hints[self._precision()])

    # -- reading and checking --------------------------------------------------------------
    def _birth(self) -> BirthDate | None:
        return entry.parse_birth(self.birth.text(), self._precision(), self._today())

    def person(self) -> NewPerson:
        """The identity as typed; raises ValidationError when it cannot be read."""
        sex = self.sex.currentData()
        return NewPerson(
            khmer_name=self.khmer_name.text(),
            latin_name=self.latin_name.text(),
            sex=Sex(sex) if sex else Sex.MALE,
            birth=self._birth(),
            national_id=self.national_id.text() or None,
            origin_prison=self.origin_prison.currentText() or None,
            inmate_number=self.inmate_number.text() or None,
            address=self.address.address(),
            next_of_kin=NextOfKin(self.kin_name.text() or None,
                                  self.kin_relation.text() or None,
                                  self.kin_phone.text() or None),
        )

    def birth_year(self) -> int | None:
        try:
            birth = self._birth()
        except ValidationError:
            return None
        return birth.year if birth else None

    def check(self) -> bool:
        """Puts each problem's sentence under its field; True when all is well."""
        today = self._today()
        problems: dict[QLabel, str] = {}
        if not self.khmer_name.text().strip() and not self.latin_name.text().strip():
            problems[self.name_error] = self.tr(
                "Enter the name in Khmer script or in Latin letters (or both).")
        if not self.sex.currentData():
            problems[self.sex_error] = self.tr("Choose the sex (type M or F).")
        birth: BirthDate | None = None
        try:
            birth = self._birth()
            if birth is not None:
                validate_person(NewPerson("A", "A", Sex.MALE, birth=birth), today)
        except ValidationError as error:
            problems[self.birth_error] = error_text(error)
        try:
            validate_person(NewPerson("A", "A", Sex.MALE, address=self.address.address()),
                            today)
        except ValidationError as error:
            problems[self.address_error] = error_text(error)
        if not problems:
            try:
                validate_person(self.person(), today)
            except ValidationError as error:
                problems[self.name_error] = error_text(error)
        for label in (self.name_error, self.sex_error, self.birth_error, self.address_error):
            show_error(label, problems.get(label))
        return not problems

    # -- writing ---------------------------------------------------------------------------
    def set_person(self, person: NewPerson) -> None:
        self.khmer_name.setText(person.khmer_name)
        self.latin_name.setText(person.latin_name)
        self.sex.setCurrentIndex(self.sex.findData(person.sex.value))
        if person.birth is not None:
            self.birth_precision.setCurrentIndex(
                self.birth_precision.findData(person.birth.precision.value))
        self.birth.setText(entry.format_birth(person.birth, self._today()))
        self.national_id.setText(person.national_id or "")
        self.origin_prison.setCurrentText(person.origin_prison or "")
        self.inmate_number.setText(person.inmate_number or "")
        self.address.set_address(person.address)
        self.kin_name.setText(person.next_of_kin.name or "")
        self.kin_relation.setText(person.next_of_kin.relation or "")
        self.kin_phone.setText(person.next_of_kin.phone or "")

    def state(self) -> dict[str, Any]:
        """Everything typed so far, as plain JSON values (the draft)."""
        address = self.address.address()
        return {
            "khmer_name": self.khmer_name.text(), "latin_name": self.latin_name.text(),
            "sex": self.sex.currentData(), "birth_precision": self.birth_precision.currentData(),
            "birth": self.birth.text(), "national_id": self.national_id.text(),
            "origin_prison": self.origin_prison.currentText(),
            "inmate_number": self.inmate_number.text(),
            "address": [address.province_code, address.district_code, address.commune_code,
                        address.village_code],
            "kin_name": self.kin_name.text(), "kin_relation": self.kin_relation.text(),
            "kin_phone": self.kin_phone.text(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        for name in ("khmer_name", "latin_name", "national_id", "inmate_number", "kin_name",
                     "kin_relation", "kin_phone"):
            getattr(self, name).setText(str(state.get(name) or ""))
        self.sex.setCurrentIndex(max(0, self.sex.findData(state.get("sex"))))
        self.birth_precision.setCurrentIndex(
            max(0, self.birth_precision.findData(state.get("birth_precision", "year"))))
        self.birth.setText(str(state.get("birth") or ""))
        self.origin_prison.setCurrentText(str(state.get("origin_prison") or ""))
        codes = list(state.get("address") or []) + [None] * 4
        self.address.set_address(Address(*codes[:4]))

    def clear(self) -> None:
        self.restore({})
        for label in (self.name_error, self.sex_error, self.birth_error, self.address_error):
            show_error(label, None)


# -- the episode part ----------------------------------------------------------------------
