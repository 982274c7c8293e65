"""Importing a prison's transfer list: read and check first, then import what the clerk
accepts, in the caller's one transaction.

``read_transfer_list`` never writes. It reads an ``.xlsx`` (openpyxl, read-only, cached
formula values) or a ``.csv`` (UTF-8 with or without BOM, comma or semicolon), maps the
columns to the canonical keys (``domain.transfer.CANONICAL_KEYS``), checks every row
(``domain.transfer.build_row``) and looks for possible duplicates of the valid ones
(``services.duplicates``, every index read once for the whole list). Problems with the
whole file raise ``ValidationError`` with one sentence; problems with a row are listed
on that row, each as a sentence (a ``Message``, worded by whoever shows it).

``import_rows`` registers the accepted rows through ``services.intake`` (so each person
and episode is audited exactly as at the intake form) and reports every row it did not
import with the reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from rehabdesk.domain.duplicates import (
    DuplicateProbe,
    MatchReason,
    requires_decision,
    score_candidate,
    scores_of,
)
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.intake import (
    NameSpelling,
    NewEpisode,
    NewPerson,
)
from rehabdesk.domain.messages import Message, sentence
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.spreadsheet_cells import looks_like_formula, safe_cell, safe_row
from rehabdesk.domain.transfer import (
    CANONICAL_KEYS,
    COLUMN_HELP,
    DATE_KEYS,
    FIELD_NAMES,
    NAME_KEYS,
    REQUIRED_KEYS,
    build_row,
    header_key,
)
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.intake.duplicates import (
    DuplicateCandidate,
    alike_within,
    find_candidates_many,
)
from rehabdesk.services.platform import audit, heap
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork

__all__ = [
    "ImportReport",
    "TransferPreview",
    "TransferRow",
    "import_rows",
    "read_transfer_list",
    "write_template",
]

MAX_ROWS = 20_000
"""A transfer list is a few dozen to a few thousand people; more is the wrong file."""
MAX_UNPACKED_BYTES = 64 * 2**20
"""A workbook of ``MAX_ROWS`` rows of twenty columns unpacks to about 20 MB of XML."""
SHOWN_ROWS = 10
"""Rows named in a warning; the count covers them all."""
SHOWN_CHARS = 200
"""``TransferRow.values`` keeps at most this much of a cell (a pasted page is reported,
not carried around)."""
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
TEMPLATE_COMMAND = "rehabdesk import-template"
"""The command that writes the empty list (named where a column is missing)."""
CSV_FIELD_LIMIT = 64 * 1024 * 1024
"""The csv module refuses fields over 128 KiB by default; a longer cell must become a
row error (``MAX_CELL_CHARS``), not an unreadable file."""


@dataclass(frozen=True)
class AlikeRow:
    """An earlier row of the same list that may be the same person."""

    number: int
    score: float
    reasons: tuple[MatchReason, ...]


@dataclass(frozen=True)
class TransferRow:
    number: int
    """The row's number in the sheet (1-based; the header is row 1)."""
    values: dict[str, str]
    """Canonical key → the cell as text (long cells cut to ``SHOWN_CHARS``)."""
    person: NewPerson | None
    episode: NewEpisode | None
    errors: tuple[Message, ...]
    duplicates: tuple[DuplicateCandidate, ...]
    alike: tuple[AlikeRow, ...] = ()
    """Earlier rows of the same list this row may describe too (same matcher as
    against the register), best first."""

    @property
    def status(self) -> str:
        """``invalid`` (errors), ``duplicate`` (possible duplicates, in the register or
        earlier in the list) or ``ok``."""
        if self.errors:
            return "invalid"
        if self.duplicates or self.alike:
            return "duplicate"
        return "ok"


@dataclass(frozen=True)
class TransferPreview:
    path: str
    columns: tuple[str, ...]
    """The sheet's headers, as written, left to right."""
    mapping: dict[str, str]
    """Sheet column → canonical key, for the columns that are read."""
    warnings: tuple[Message, ...]
    rows: tuple[TransferRow, ...]


@dataclass(frozen=True)
class ImportReport:
    imported: tuple[tuple[int, str], ...]
    """(row number, case number) of each admission made."""
    skipped: tuple[tuple[int, str], ...]
    """(row number, reason) of each row not imported, the reason worded in the language
    ``import_rows`` was given."""

    def to_csv(self) -> str:
        """One line per row, in row order: ``row,status,case_number,reason``."""
        lines = [(n, "imported", case, "") for n, case in self.imported]
        lines += [(n, "skipped", "", reason) for n, reason in self.skipped]
        out = io.StringIO()
        # CRLF, as RFC 4180 has it: the writer then quotes a cell holding a lone CR too.
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["row", "status", "case_number", "reason"])
        writer.writerows(safe_row(line) for line in sorted(lines))
        return out.getvalue()


# ---------------------------------------------------------------------------- reading

@dataclass(frozen=True)
class _Sheet:
    """Cells as text: the header row and each data row (number, texts, broken cells)."""

    header: list[str]
    rows: list[tuple[int, list[str], dict[int, str]]]


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _unreadable(path: Path, why: Message) -> ValidationError:
    """``why`` ends the sentence that begins with the file's name."""
    return ValidationError("intake.file_unreadable", file=path.name, why=why)


def _refuse_bombs(path: Path) -> None:
    """Refuses a workbook that would unpack to more than ``MAX_UNPACKED_BYTES``, from the
    sizes in its zip directory, before anything is decompressed (issue #23, item 11: a 1 MB
    file that unpacked to 1.1 GB took 50 s and 2.4 GB of memory). The directory cannot
    lie to us: ``zipfile`` stops at the declared size and fails the CRC check past it."""
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(member.file_size for member in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValidationError(
            "intake.file_unpacks_too_large", file=path.name, megabytes=unpacked / 2**20,
            most=MAX_UNPACKED_BYTES // 2**20, people=MAX_ROWS)


def _xlsx_cells(path: Path, data_only: bool) -> Iterator[tuple[Any, ...]]:
    """The active sheet's rows as openpyxl's read-only cells, streamed, never held whole."""
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    try:
        sheet = book.active if book.active is not None else book.worksheets[0]
        yield from sheet.iter_rows()
    finally:
        book.close()


_Row = tuple[int, list[str], dict[int, str]]


def _xlsx_formula_rows(path: Path) -> tuple[list[_Row], bool]:
    """Rows with something in them (the header first), each cell as text and a formula as
    ``=…``; stops past ``MAX_ROWS``. The flag says whether any cell holds a formula."""
    rows: list[_Row] = []
    any_formula = False
    for number, cells in enumerate(_xlsx_cells(path, data_only=False), start=1):
        formulas = {column: str(cell.value) for column, cell in enumerate(cells)
                    if cell.data_type == "f"}
        texts = [_cell_text(cell.value) for cell in cells]
        any_formula = any_formula or bool(formulas)
        # Only rows with something in them count: a gap of empty rows must not stop the
        # reading before the rows after it, or they would be dropped unsaid.
        if number == 1 or not _blank(texts):
            rows.append((number, texts, formulas))
        if len(rows) > MAX_ROWS + 1:
            break
    return rows, any_formula


def _with_saved_results(path: Path, rows: list[_Row]) -> list[_Row]:
    """Formula cells take the result the spreadsheet saved with them; a formula with none
    (a file written by a program that does not calculate) stays as a row error."""
    wanted = {number: formulas for number, _, formulas in rows if formulas}
    saved: dict[int, tuple[Any, ...]] = {}
    last = max(wanted, default=0)
    for number, cells in enumerate(_xlsx_cells(path, data_only=True), start=1):
        if number > last:
            break
        if number in wanted:
            saved[number] = tuple(cell.value for cell in cells)
    resolved: list[_Row] = []
    for number, texts, formulas in rows:
        broken: dict[int, str] = {}
        for column, formula in formulas.items():
            values = saved.get(number, ())
            value = values[column] if column < len(values) else None
            texts[column] = _cell_text(value)
            if value is None:
                broken[column] = formula
        if number == 1 or broken or not _blank(texts):
            resolved.append((number, texts, broken))
    return resolved


def _read_xlsx(path: Path) -> _Sheet:
    """Unpacks the sheet once; a second time only when it holds formulas, for their saved
    results (openpyxl gives a cell's formula or its result, not both, in one pass)."""
    try:
        _refuse_bombs(path)
        rows, any_formula = _xlsx_formula_rows(path)
        if any_formula:
            rows = _with_saved_results(path, rows)
    except ValidationError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        if isinstance(error, FileNotFoundError):
            raise ValidationError("intake.file_missing", path=str(path)) from None
        raise _unreadable(path, sentence("intake.file_not_readable_spreadsheet")) from None
    except Exception as error:  # openpyxl raises its own InvalidFileException and others
        raise _unreadable(path, sentence("intake.file_cannot_be_read",
                                         reason=type(error).__name__)) from None
    if not rows:
        return _Sheet([], [])
    header = [text.strip() for text in rows[0][1]] if rows[0][0] == 1 else []
    return _Sheet(header, [row for row in rows if row[0] != 1][: MAX_ROWS + 1])


def _read_csv(path: Path) -> _Sheet:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("intake.file_missing", path=str(path)) from None
    except OSError as error:
        raise ValidationError("intake.file_not_opened", file=path.name,
                              reason=error.strerror or type(error).__name__) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _unreadable(path, sentence("intake.file_not_utf8")) from None
    if "\x00" in text:
        raise _unreadable(path, sentence("intake.file_not_text"))
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise _unreadable(path, sentence("intake.file_malformed_csv",
                                         reason=str(error))) from None
    if not records:
        return _Sheet([], [])
    # csv.reader numbers records, not lines; a quoted cell may span lines, and the
    # record's position is what a spreadsheet shows as its row.
    # Blank records are dropped before the limit is applied, so that more than
    # MAX_ROWS rows with something in them are refused, never silently cut.
    rows: list[tuple[int, list[str], dict[int, str]]] = [
        (number, cells, {}) for number, cells in enumerate(records[1:], start=2)
        if not _blank(cells)]
    return _Sheet([c.strip() for c in records[0]], rows[: MAX_ROWS + 1])


def _read_sheet(path: Path) -> _Sheet:
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return _read_xlsx(path)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    if suffix in (".xls", ".ods", ".numbers"):
        raise _unreadable(path, sentence("intake.file_in_other_format", suffix=suffix))
    raise _unreadable(path, sentence("intake.file_not_a_spreadsheet"))


def _blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)


def _columns(header: list[str], mapping: Mapping[str, str] | None
             ) -> tuple[dict[int, str], list[Message]]:
    """Column index → canonical key, and warnings; raises for a file-level problem."""
    named = [(i, h) for i, h in enumerate(header) if h]
    seen: dict[str, str] = {}
    for _, name in named:
        key = header_key(name)
        if key in seen:
            raise ValidationError("intake.column_named_twice", column=name)
        seen[key] = name
    chosen: dict[int, str] = {}
    ignored: list[str] = []
    if mapping is None:
        for index, name in named:
            key = header_key(name)
            if key in CANONICAL_KEYS:
                chosen[index] = key
            else:
                ignored.append(name)
    else:
        wanted = {header_key(column): key for column, key in mapping.items() if key}
        unknown = sorted({k for k in wanted.values() if k not in CANONICAL_KEYS})
        if unknown:
            raise ValidationError("intake.mapping_unknown_fields", fields=unknown)
        missing = sorted(column for column in mapping if mapping[column]
                         and header_key(column) not in seen)
        if missing:
            raise ValidationError("intake.mapping_unknown_columns", columns=missing)
        for index, name in named:
            mapped = wanted.get(header_key(name))
            if mapped is None:
                ignored.append(name)
            else:
                chosen[index] = mapped
    keys = list(chosen.values())
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise ValidationError("intake.columns_read_as_one",
                              fields=[FIELD_NAMES[key] for key in repeated])
    missing_keys = [k for k in REQUIRED_KEYS if k not in keys]
    if not any(k in keys for k in NAME_KEYS):
        missing_keys.insert(0, " / ".join(NAME_KEYS))
    if missing_keys:
        raise ValidationError("intake.columns_missing", columns=missing_keys,
                              command=TEMPLATE_COMMAND)
    warns = []
    if ignored:
        warns.append(sentence("intake.columns_not_read", columns=ignored))
    return chosen, warns


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _probe(person: NewPerson) -> DuplicateProbe:
    return DuplicateProbe(
        khmer_name=person.khmer_name, latin_name=person.latin_name,
        birth_year=person.birth.year if person.birth else None,
        national_id=person.national_id, inmate_number=person.inmate_number,
        origin_prison=person.origin_prison,
    )


def _repeats(rows: Sequence[tuple[int, NewPerson]]) -> dict[int, Message]:
    """Rows that repeat an earlier row's national id, or its inmate number at the same
    prison: row number → sentence."""
    first: dict[tuple[str, ...], int] = {}
    found: dict[int, Message] = {}
    for number, person in rows:
        keys: list[tuple[tuple[str, ...], str]] = []
        if person.national_id:
            keys.append((("id", person.national_id.upper()), "national_id"))
        if person.inmate_number and person.origin_prison:
            keys.append((("inmate", person.inmate_number.upper(),
                          person.origin_prison.casefold()), "inmate_number"))
        for key, what in keys:
            if key in first and number not in found:
                found[number] = (
                    sentence("intake.row_repeats_national_id", row=first[key],
                             national_id=person.national_id)
                    if what == "national_id" else
                    sentence("intake.row_repeats_inmate_number", row=first[key],
                             inmate_number=person.inmate_number))
        for key, _ in keys:
            first.setdefault(key, number)
    return found


def _alike(numbers: Sequence[int], probes: Sequence[DuplicateProbe]
           ) -> dict[int, tuple[AlikeRow, ...]]:
    """Rows (``numbers``, described by ``probes``) that may be an earlier row's person
    (``score_candidate`` at or above the register's threshold): row number → the earlier
    rows, best first. Candidates come through the register's own channels
    (``duplicates.alike_within``)."""
    found: dict[int, tuple[AlikeRow, ...]] = {}
    for index, earlier in enumerate(alike_within(probes)):
        matches = []
        probe = probes[index]
        # Scored without words first; only the rows kept are explained.
        for other, score in zip(earlier, scores_of(probe, (probes[o] for o in earlier)),
                                strict=True):
            if requires_decision(score):
                explained, reasons = score_candidate(probe, probes[other])
                matches.append(AlikeRow(numbers[other], explained, reasons))
        if matches:
            matches.sort(key=lambda m: (-m.score, m.number))
            found[numbers[index]] = tuple(matches)
    return found


@heap.set_aside()
def read_transfer_list(
    uow: UnitOfWork,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    *,
    today: dt.date,
) -> TransferPreview:
    """Reads and checks a transfer list; writes nothing.

    ``mapping`` maps sheet columns (as headed) to canonical keys; None means the headers
    are the canonical keys themselves. Unmapped columns are ignored, with a warning.
    """
    path = Path(path)
    sheet = _read_sheet(path)
    if _blank(sheet.header):
        if sheet.rows and not all(_blank(cells) for _, cells, _ in sheet.rows):
            raise ValidationError("intake.file_header_empty", file=path.name)
        raise ValidationError("intake.file_empty", file=path.name)
    chosen, notes = _columns(sheet.header, mapping)
    data = [(n, cells, broken) for n, cells, broken in sheet.rows if not _blank(cells)
            or broken]
    if not data:
        raise ValidationError("intake.file_without_rows", file=path.name)
    if len(data) > MAX_ROWS:
        raise ValidationError("intake.file_too_many_rows", file=path.name, most=MAX_ROWS)
    extra = {i for n, cells, _ in data for i, c in enumerate(cells)
             if i >= len(sheet.header) or not sheet.header[i]} - set(chosen)
    if any(c.strip() for _, cells, _ in data for i, c in enumerate(cells) if i in extra):
        notes.append(sentence("intake.cells_without_column_name"))
    names = [i for i, key in chosen.items() if key in NAME_KEYS]
    formulas = [n for n, cells, _ in data
                if any(i < len(cells) and looks_like_formula(cells[i].strip()) for i in names)]
    if len(formulas) == 1:
        notes.append(sentence("intake.name_like_formula", row=formulas[0]))
    elif formulas:
        notes.append(sentence("intake.names_like_formulas", count=len(formulas),
                              rows=formulas[:SHOWN_ROWS]))

    built = []
    for number, cells, broken in data:
        values = {key: (cells[i] if i < len(cells) else "").strip()
                  for i, key in chosen.items()}
        problems = {
            chosen[i]: sentence("intake.formula_without_result", field=FIELD_NAMES[chosen[i]],
                                formula=_shown(formula))
            for i, formula in broken.items() if i in chosen
        }
        built.append((number, values, build_row(values, today, problems)))

    repeats = _repeats([(n, r.person) for n, _, r in built if r.person is not None])
    valid = [(n, r.person) for n, _, r in built if r.person is not None and n not in repeats]
    numbers = [n for n, _ in valid]
    probes = [_probe(p) for _, p in valid]
    found = dict(zip(numbers, find_candidates_many(uow, probes), strict=True))
    alike = _alike(numbers, probes)
    rows = []
    for number, values, result in built:
        errors = result.errors + ((repeats[number],) if number in repeats else ())
        rows.append(TransferRow(
            number=number,
            values={k: _shown(v) for k, v in values.items()},
            person=None if errors else result.person,
            episode=None if errors else result.episode,
            errors=errors,
            duplicates=tuple(found.get(number, ())),
            alike=() if errors else alike.get(number, ()),
        ))
    return TransferPreview(
        path=str(path),
        columns=tuple(sheet.header),
        mapping={sheet.header[i]: key for i, key in chosen.items()},
        warnings=tuple(notes),
        rows=tuple(rows),
    )


# ---------------------------------------------------------------------------- importing

def _duplicate_reason(row: TransferRow) -> Message:
    best = row.duplicates[0]
    who = best.case_number or best.person_uid
    name = best.latin_name or best.khmer_name
    why = [r.message for r in best.reasons]
    if len(row.duplicates) > 1:
        return sentence("intake.possible_duplicate_and_more", who=who,
                        more=len(row.duplicates) - 1, name=name, score=best.score,
                        reasons=why)
    return sentence("intake.possible_duplicate", who=who, name=name, score=best.score,
                    reasons=why)


def alike_reasons(row: TransferRow) -> tuple[Message, ...]:
    """The earlier rows of the list ``row`` resembles, one sentence fragment each."""
    return tuple(sentence("intake.possible_duplicate_in_list", row=m.number, score=m.score,
                          reasons=[r.message for r in m.reasons]) for m in row.alike)


def skip_reasons(row: TransferRow) -> tuple[Message, ...]:
    """Why an unaccepted or unimportable row stays out (none when it can be imported)."""
    if row.errors:
        return row.errors
    return ((_duplicate_reason(row),) if row.duplicates else ()) + alike_reasons(row)


def _worded(reasons: Sequence[Message], language: str) -> str:
    return "; ".join(reason.said(language) for reason in reasons)


@heap.set_aside()
def import_rows(
    uow: UnitOfWork,
    actor: Actor,
    preview: TransferPreview,
    accept: Collection[int],
    readmit: Mapping[int, str] = MappingProxyType({}),
    *,
    today: dt.date,
    language: str = "en",
) -> ImportReport:
    """Registers the accepted rows of ``preview`` in the caller's unit of work.

    A row is imported when its number is in ``accept`` and it has no errors: as a
    re-admission of the person ``readmit[number]`` (a person uid) when given; as a new
    person otherwise. An accepted row with possible duplicates and no ``readmit`` entry
    is registered as a new person, and its audit entry records that the clerk confirmed
    it is none of the candidates shown. Every other row is reported in ``skipped``,
    with why in ``language`` (the report is shown, printed and saved as it is).
    """
    require(actor.role, Action.IMPORT_TRANSFER_LIST)
    imported: list[tuple[int, str]] = []
    skipped: list[tuple[int, str]] = []
    new: list[TransferRow] = []
    again: list[tuple[TransferRow, str]] = []
    for row in preview.rows:
        if row.errors or row.person is None or row.episode is None:
            skipped.append((row.number, _worded(
                row.errors or (sentence("intake.row_not_valid"),), language)))
        elif row.number not in accept:
            skipped.append((row.number, _worded(
                skip_reasons(row) or (sentence("intake.row_not_selected"),), language)))
        elif readmit.get(row.number):
            again.append((row, readmit[row.number]))
        else:
            new.append(row)
    arrivals = []
    for row in new:
        assert row.person is not None and row.episode is not None
        arrivals.append(intake.Arrival(
            row.person, row.episode, tuple(d.person_uid for d in row.duplicates)))
    numbers = intake.register_people(uow, actor, arrivals, today)
    imported += [(row.number, number) for row, number in zip(new, numbers, strict=True)]
    for row, person_uid in again:
        assert row.person is not None and row.episode is not None
        details = intake.readmit(
            uow, actor, person_uid, row.episode, today, spelled_as=NameSpelling(
                row.person.khmer_name, row.person.latin_name, f"transfer list row {row.number}"))
        assert details.latest_episode is not None
        imported.append((row.number, details.latest_episode.case_number))
    imported.sort()
    audit.record(
        uow, actor, "import", "transfer_list", None,
        changes={"file": (None, Path(preview.path).name), "imported": (None, len(imported)),
                 "skipped": (None, len(skipped))},
        summary=sentence("audit.transfer_list_imported", imported=len(imported),
                         rows=len(preview.rows), file=Path(preview.path).name),
    )
    return ImportReport(tuple(imported), tuple(skipped))


# ---------------------------------------------------------------------------- template

def write_template(path: Path) -> None:
    """An empty transfer list for prisons to fill in: the canonical keys as headers,
    each with a bilingual comment saying what goes in the column."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Transfer list"
    for column, key in enumerate(CANONICAL_KEYS, start=1):
        cell = sheet.cell(row=1, column=column, value=safe_cell(key))
        cell.font = Font(bold=True)
        khmer, english = COLUMN_HELP[key]
        comment = Comment(f"{khmer}\n\n{english}", "RehabDesk")
        comment.width, comment.height = 320, 160
        cell.comment = comment
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = max(14, len(key) + 4)
        if key in DATE_KEYS or key in ("national_id", "inmate_number"):
            # As text, so Excel keeps 01/03/2026 and leading zeros as typed.
            for row in range(2, 1002):
                sheet.cell(row=row, column=column).number_format = "@"
    sheet.freeze_panes = "A2"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)

