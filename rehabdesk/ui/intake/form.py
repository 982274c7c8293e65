"""The fields of the intake form, shared by the Intake page and the record view's editor.

Field order is the printed intake form's, top to bottom (ARCHITECTURE.md: tab order
follows the paper form), so a clerk copying a transfer paper never hunts for the next
box. Every rule comes from ``rehabdesk.domain`` (``validate_person``,
``validate_episode``, ``entry.parse_birth``); the widgets only put each sentence under
the field it is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import entry
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.gazetteer import choices
from rehabdesk.domain.intake import (
    Belonging,
    NewEpisode,
    NewPerson,
    validate_episode,
    validate_person,
)
from rehabdesk.domain.records import Address, BirthDate, DatePrecision, NextOfKin, Sex

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #b00020;"


def error_label(parent: QWidget) -> QLabel:
    """The plain sentence under a field; hidden while there is nothing to say."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def field_with_error(field: QWidget, error: QLabel) -> QWidget:
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)  # the row label's mnemonic focuses the field itself
    return box


def compact(combo: QComboBox) -> QComboBox:
    """Sized by the form, not by its longest item (a province list is wide)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def editable_combo(parent: QWidget, items: Sequence[str] = ()) -> QComboBox:
    """A combo that also accepts text not in its list (a prison seen for the first time)."""
    combo = compact(QComboBox(parent))
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(["", *items])
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


# -- address -------------------------------------------------------------------------------
class PlaceCombo(QComboBox):
    """One address level: type part of the Khmer or the Latin name to filter the list.

    Each item reads "Batheay · បាធាយ" and carries its gazetteer code, so a filter on
    the whole text (``MatchContains`` through a ``QSortFilterProxyModel``) finds it by
    either script.
    """

    code_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compact(self)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.places = QStandardItemModel(self)
        self.setModel(self.places)
        self.filter_model = QSortFilterProxyModel(self)
        self.filter_model.setSourceModel(self.places)
        self.filter_model.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer = QCompleter(self.filter_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._code: str | None = None
        self.currentIndexChanged.connect(self._index_changed)
        self.edit().editingFinished.connect(self._text_committed)

    def edit(self) -> QLineEdit:
        edit = self.lineEdit()
        assert edit is not None  # editable since __init__
        return edit

    def set_places(self, level: str, parent_code: str | None) -> None:
        self.blockSignals(True)
        self.places.clear()
        blank = QStandardItem("")
        blank.setData(None, CODE_ROLE)
        self.places.appendRow(blank)
        for place in choices(level, parent_code):
            item = QStandardItem(" · ".join(filter(None, (place.name_en, place.name_km))))
            item.setData(place.code, CODE_ROLE)
            self.places.appendRow(item)
        self.setCurrentIndex(0)
        self.blockSignals(False)
        self.setEnabled(self.places.rowCount() > 1)
        self._set_code(None)

    def code(self) -> str | None:
        return self._code

    def set_code(self, code: str | None) -> None:
        for row in range(self.places.rowCount()):
            if self.places.item(row).data(CODE_ROLE) == code:
                self.setCurrentIndex(row)
                return
        self.setCurrentIndex(0)

    def _index_changed(self, row: int) -> None:
        item = self.places.item(row) if row >= 0 else None
        self._set_code(item.data(CODE_ROLE) if item is not None else None)

    def _text_committed(self) -> None:
        """Typed text that names a place exactly picks it; anything else means unknown."""
        text = self.currentText().strip().casefold()
        for row in range(self.places.rowCount()):
            item = self.places.item(row)
            names = [item.text().casefold(), *item.text().casefold().split(" · ")]
            if text and text in names:
                self.setCurrentIndex(row)
                return
        if not text:
            self.setCurrentIndex(0)

    def _set_code(self, code: str | None) -> None:
        if code != self._code:
            self._code = code
            self.code_changed.emit(code)


class AddressPicker(QWidget):
    """Province › district › commune › village: each list holds the places inside the
    level chosen above it (the official gazetteer)."""

    changed = Signal()
    LEVELS = ("province", "district", "commune", "village")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos = [PlaceCombo(self) for _ in self.LEVELS]
        tips = (self.tr("Home province: type part of its name in Khmer or Latin letters."),
                self.tr("Home district, inside the province chosen above."),
                self.tr("Home commune or sangkat, inside the district chosen above."),
                self.tr("Home village, inside the commune chosen above."))
        placeholders = (self.tr("Province"), self.tr("District"), self.tr("Commune"),
                        self.tr("Village"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for combo, tip, placeholder, level in zip(self.combos, tips, placeholders, self.LEVELS,
                                                  strict=True):
            combo.setToolTip(tip)
            combo.edit().setPlaceholderText(placeholder)
            combo.setAccessibleName(placeholder)
            combo.setObjectName(f"address-{level}")
            layout.addWidget(combo)
        self.combos[0].set_places("province", None)
        self.setFocusProxy(self.combos[0])
        for depth, combo in enumerate(self.combos):
            combo.code_changed.connect(lambda code, d=depth: self._level_changed(d, code))

    def _level_changed(self, depth: int, code: str | None) -> None:
        if depth + 1 < len(self.combos):
            self.combos[depth + 1].set_places(self.LEVELS[depth + 1], code)
        self.changed.emit()

    def address(self) -> Address:
        return Address(*(combo.code() for combo in self.combos))

    def set_address(self, address: Address) -> None:
        codes = (address.province_code, address.district_code, address.commune_code,
                 address.village_code)
        for combo, code in zip(self.combos, codes, strict=True):
            combo.set_code(code)


# -- belongings ----------------------------------------------------------------------------
class BelongingsModel(QAbstractTableModel):
    """The belongings inventory (item, quantity, condition), edited in place."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []

    def headers(self) -> tuple[str, str, str]:
        return (self.tr("Item"), self.tr("Quantity"), self.tr("Condition"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == 1:
            try:
                value = max(1, int(value))
            except (TypeError, ValueError):
                return False
        else:
            value = str(value)
        self.rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def add_row(self) -> QModelIndex:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(["", 1, ""])
        self.endInsertRows()
        self.changed.emit()
        return self.index(len(self.rows) - 1, 0)

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def belongings(self) -> tuple[Belonging, ...]:
        """The filled lines (a line without an item name is ignored)."""
        return tuple(Belonging(str(item).strip(), int(qty), str(cond).strip())
                     for item, qty, cond in self.rows if str(item).strip())

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self.rows = [[str(r[0]), int(r[1]), str(r[2])] for r in rows]
        self.endResetModel()


# -- the identity part ---------------------------------------------------------------------
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
                validate_person(NewPerson("-", "-", Sex.MALE, birth=birth), today)
        except ValidationError as error:
            problems[self.birth_error] = str(error)
        try:
            validate_person(NewPerson("-", "-", Sex.MALE, address=self.address.address()),
                            today)
        except ValidationError as error:
            problems[self.address_error] = str(error)
        if not problems:
            try:
                validate_person(self.person(), today)
            except ValidationError as error:
                problems[self.name_error] = str(error)
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
class EpisodeFields(QWidget):
    """The arrival: date, where from, the transfer document, the escort, belongings."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], prisons: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.arrival = QLineEdit(entry.format_date(today()), self)
        self.arrival.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.arrival.setToolTip(self.tr("The day the person arrived at the centre "
                                        "(dd/mm/yyyy); today unless registered late."))
        self.transferred_from = editable_combo(self, prisons)
        self.transferred_from.setToolTip(self.tr("Where the person was transferred from."))
        self.transfer_document = QLineEdit(self)
        self.transfer_document.setToolTip(self.tr("The number of the transfer order or "
                                                  "letter."))
        self.escort = QLineEdit(self)
        self.escort.setToolTip(self.tr("Who brought the person (name and unit)."))
        self.belongings = BelongingsModel(self)
        self.belongings_view = QTableView(self)
        self.belongings_view.setObjectName("belongings")
        self.belongings_view.setModel(self.belongings)
        self.belongings_view.setToolTip(self.tr("What the person brought: one line per item, "
                                                "with quantity and condition."))
        self.belongings_view.setTabKeyNavigation(False)
        self.belongings_view.verticalHeader().setVisible(False)
        header = self.belongings_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.belongings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.belongings_view.setMinimumHeight(110)
        self.belongings_view.setMaximumHeight(180)
        self.add_item = QPushButton(self.tr("Add item"), self)
        self.add_item.setToolTip(self.tr("Add a line to the belongings list (Ctrl+I)."))
        self.add_item.setShortcut("Ctrl+I")
        self.remove_item = QPushButton(self.tr("Remove item"), self)
        self.remove_item.setToolTip(self.tr("Remove the selected line of the belongings list."))
        self.arrival_error = error_label(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item)
        buttons.addWidget(self.remove_item)
        buttons.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("A&rrived"), field_with_error(self.arrival, self.arrival_error))
        form.addRow(self.tr("&Transferred from"), self.transferred_from)
        form.addRow(self.tr("Transfer &document"), self.transfer_document)
        form.addRow(self.tr("&Escort"), self.escort)
        belongings_label = QLabel(self.tr("Belon&gings"), self)
        belongings_label.setBuddy(self.belongings_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(belongings_label)
        layout.addWidget(self.belongings_view)
        layout.addLayout(buttons)

        for edit in (self.arrival, self.transfer_document, self.escort):
            edit.textChanged.connect(self.changed)
        self.transferred_from.currentTextChanged.connect(self.changed)
        self.belongings.changed.connect(self.changed)
        self.add_item.clicked.connect(self._add_item)
        self.remove_item.clicked.connect(
            lambda: self.belongings.remove_row(self.belongings_view.currentIndex().row()))

    def tab_chain(self) -> list[QWidget]:
        return [self.arrival, self.transferred_from, self.transfer_document, self.escort,
                self.belongings_view, self.add_item, self.remove_item]

    def _add_item(self) -> None:
        index = self.belongings.add_row()
        self.belongings_view.setCurrentIndex(index)
        self.belongings_view.setFocus()
        self.belongings_view.edit(index)

    def episode(self) -> NewEpisode:
        text = self.arrival.text().strip()
        if not text:
            raise ValidationError(self.tr("Enter the arrival date."))
        return NewEpisode(
            arrival_date=entry.parse_date(text),
            transferred_from=self.transferred_from.currentText() or None,
            transfer_document=self.transfer_document.text() or None,
            escort=self.escort.text() or None,
            belongings=self.belongings.belongings(),
        )

    def check(self) -> bool:
        message = None
        try:
            validate_episode(self.episode(), self._today())
        except ValidationError as error:
            message = str(error)
        show_error(self.arrival_error, message)
        return message is None

    def state(self) -> dict[str, Any]:
        return {"arrival": self.arrival.text(),
                "transferred_from": self.transferred_from.currentText(),
                "transfer_document": self.transfer_document.text(),
                "escort": self.escort.text(), "belongings": self.belongings.rows}

    def restore(self, state: dict[str, Any]) -> None:
        self.arrival.setText(str(state.get("arrival") or entry.format_date(self._today())))
        self.transferred_from.setCurrentText(str(state.get("transferred_from") or ""))
        self.transfer_document.setText(str(state.get("transfer_document") or ""))
        self.escort.setText(str(state.get("escort") or ""))
        self.belongings.set_rows(state.get("belongings") or [])

    def clear(self) -> None:
        self.restore({})
        show_error(self.arrival_error, None)
