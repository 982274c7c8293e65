"""National statistics and the de-identified episode extract at headquarters (issue #18,
item 3; ../shared/DOMAIN.md, "Reports, statistics and budget").

- :func:`national_statistics` counts a year across every centre whose bundles arrived
  (``exchange.hq.statistics``, aggregated in SQL) and passes every table through
  ``domain.disclosure.suppress_table`` (``domain.hq_statistics``);
- :func:`release_statistics` and :func:`release_extract` hand the file to the caller's
  writer and log the release — who, when, the parameters and the SHA-256 of the bytes
  written (``hq_statistics_release``) — with an audit entry, in one transaction: no log
  entry without a file. Analysts and headquarters administrators only.

Unique persons are counted by the linkage key (``domain.disclosure.linkage_key``):
HMAC-SHA-256 under a secret kept only at headquarters, computed as people arrive
(``services.hq.linkage``). Pairs an analyst marked the same person join their keys.
The extract carries the key, never a name, an id or a date of birth.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import Connection, insert, select

from rehabdesk.db.base import utcnow
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqAction, joined
from rehabdesk.domain.hq_statistics import (
    EXTRACT_COLUMNS,
    TOPICS,
    NationalStatistics,
    check_year,
    extract_line,
    rate_text,
    tables_of,
)
from rehabdesk.domain.messages import sentence
from rehabdesk.domain.spreadsheet_cells import safe_row
from rehabdesk.exchange.hq import statistics as queries
from rehabdesk.exchange.hq.matching import linked
from rehabdesk.exchange.hq.schema import (
    hq_bundle,
    hq_centre,
    hq_linkage,
    hq_statistics_release,
)
from rehabdesk.printing.registry import NationalStatisticsRequest, render_document
from rehabdesk.services.hq import linkage
from rehabdesk.services.hq.store import HqStore

Progress = Callable[[int, int], bool]
"""Told (steps done, steps in all); returns False to stop."""

Writer = Callable[[bytes], None]
"""Puts the file where the reader asked, whole or not at all (raises on failure)."""

STATISTICS, EXTRACT = "statistics", "extract"
STATISTICS_SUFFIXES = (".pdf", ".xlsx")
EXTRACT_SUFFIXES = (".csv", ".xlsx")


class CancelledError(RehabDeskError):
    """The reader stopped the statistics before they were ready; nothing was written."""


def _steps(progress: Progress | None, total: int) -> Callable[[], None]:
    """A step counter telling ``progress`` after each of ``total`` steps."""
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(min(done, total), total):
            raise CancelledError("stats.cancelled")

    return step


_PREPARING = 3 + queries.FACT_STEPS
"""Steps before the counts: the centres, the linkage keys, the pairs, the temporary
tables; then one step per topic."""


def _aliases(connection: Connection) -> list[tuple[str, str]]:
    """(linkage key, the key it counts as): each group of keys the pairs marked same
    join counts as its smallest key."""
    links = linked(connection)
    if not links:
        return []
    people = {p for pair in links for p in pair}
    key_of = {(r.centre_id, r.uid): r.key for r in connection.execute(
        select(hq_linkage.c.centre_id, hq_linkage.c.uid, hq_linkage.c.key).where(
            hq_linkage.c.uid.in_(sorted({uid for _c, uid in people}))))
        if (r.centre_id, r.uid) in people}
    groups = joined((key_of[a], key_of[b]) for a, b in links if a in key_of and b in key_of)
    return [(key, root) for key, root in groups.items() if key != root]


def _centres(connection: Connection) -> dict[int, str]:
    """The centres whose bundles arrived, by id; refused while none did."""
    codes = {r.id: r.code for r in connection.execute(
        select(hq_centre.c.id, hq_centre.c.code).where(hq_centre.c.id.in_(
            select(hq_bundle.c.centre_id))).order_by(hq_centre.c.code))}
    if not codes:
        raise RehabDeskError("stats.no_bundles")
    return codes


@dataclass(frozen=True)
class _Facts:
    connection: Connection
    dialect: queries.Dialect
    counted_to: dt.date
    codes: dict[int, str]
    step: Callable[[], None]


@contextmanager
def _facts(opened: HqStore, year: int, today: dt.date, progress: Progress | None,
           topics: int) -> Iterator[_Facts]:
    """The year checked, the linkage keys brought up to date (a short write), then a
    read connection holding the temporary tables of plain columns."""
    opened.require(HqAction.RELEASE_STATISTICS)
    counted_to = check_year(year, today)
    step = _steps(progress, _PREPARING + topics)
    with opened.writing() as connection:
        codes = _centres(connection)
        step()
        linkage.refresh_linkage(opened, connection)
        step()
        aliases = _aliases(connection)
        step()
    with opened.reading() as connection, queries.facts(
            connection, list(codes), aliases, step) as dialect:
        yield _Facts(connection, dialect, counted_to, codes, step)


def national_statistics(opened: HqStore, year: int, today: dt.date,
                        progress: Progress | None = None) -> NationalStatistics:
    """Every published table of ``year`` at every centre, suppressed."""
    with _facts(opened, year, today, progress, len(TOPICS)) as f:
        found = queries.counts(f.connection, f.dialect, f.codes, year, f.counted_to, f.step)
    return tables_of(year, f.counted_to, list(f.codes.values()), found)


@dataclass(frozen=True)
class Released:
    kind: str
    year: int
    file_name: str
    sha256: str
    size: int
    statistics: NationalStatistics | None
    """The tables released (``None`` for the extract)."""
    rows: int
    """Stays in the extract (0 for the statistics)."""


def _suffix(name: str) -> str:
    return name[name.rfind("."):].lower() if "." in name else ""


def check_statistics_file(name: str) -> str:
    """The ending of ``name`` (``.pdf`` or ``.xlsx``), refused otherwise."""
    suffix = _suffix(name)
    if suffix not in STATISTICS_SUFFIXES:
        raise RehabDeskError("stats.bad_file", name=name)
    return suffix


def check_extract_file(name: str) -> str:
    """The ending of ``name`` (``.csv`` or ``.xlsx``), refused otherwise."""
    suffix = _suffix(name)
    if suffix not in EXTRACT_SUFFIXES:
        raise RehabDeskError("stats.bad_extract_file", name=name)
    return suffix


def _log(opened: HqStore, kind: str, year: int, parameters: dict[str, Any], file_name: str,
         data: bytes, write: Writer) -> str:
    """Writes the file through ``write`` and logs the release in one transaction."""
    digest = hashlib.sha256(data).hexdigest()
    with opened.writing() as connection:
        connection.execute(insert(hq_statistics_release).values(
            at=utcnow(), username=opened.actor.username, kind=kind, year=year,
            parameters=json.dumps(parameters, sort_keys=True), file_name=file_name,
            sha256=digest))
        opened.audit(connection, f"release_{kind}", sentence(
            "stats.audit_released", kind=kind, year=str(year), file=file_name, digest=digest))
        write(data)  # in the transaction: no log entry without a file
    return digest


def release_statistics(opened: HqStore, year: int, file_name: str, write: Writer,
                       today: dt.date, progress: Progress | None = None) -> Released:
    """The national statistics of ``year`` as a PDF or a spreadsheet (by ``file_name``'s
    ending), written by ``write`` and logged."""
    suffix = check_statistics_file(file_name)
    statistics = national_statistics(opened, year, today, progress)
    if suffix == ".pdf":
        data = render_document("national-statistics", NationalStatisticsRequest(
            opened.actor.name, today, statistics))
    else:
        data = statistics_workbook(statistics)
    digest = _log(opened, STATISTICS, year, {
        "year": year, "format": suffix[1:], "threshold": statistics.threshold,
        "counted_to": statistics.counted_to.isoformat(),
        "centres": list(statistics.centres)}, file_name, data, write)
    return Released(STATISTICS, year, file_name, digest, len(data), statistics, 0)


def release_extract(opened: HqStore, year: int, file_name: str, write: Writer,
                    today: dt.date, progress: Progress | None = None) -> Released:
    """The de-identified episode extract of ``year`` (``docs/codebook.md``) as CSV or a
    spreadsheet, written by ``write`` and logged."""
    suffix = check_extract_file(file_name)
    with _facts(opened, year, today, progress, 0) as f:
        lines = [extract_line(number, row) for number, row in enumerate(
            queries.extract_rows(f.connection, f.dialect, f.codes, year, f.counted_to),
            start=1)]
    data = _csv(lines) if suffix == ".csv" else _extract_workbook(lines)
    digest = _log(opened, EXTRACT, year, {
        "year": year, "format": suffix[1:], "counted_to": f.counted_to.isoformat(),
        "centres": list(f.codes.values()), "rows": len(lines)}, file_name, data, write)
    return Released(EXTRACT, year, file_name, digest, len(data), None, len(lines))


def _csv(lines: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXTRACT_COLUMNS)
    writer.writerows(safe_row(line) for line in lines)
    return out.getvalue().encode("utf-8")


def _saved(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _extract_workbook(lines: list[list[Any]]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("episodes")
    sheet.append(list(EXTRACT_COLUMNS))
    for line in lines:
        sheet.append(safe_row(line))
    return _saved(book)


def _shown(value: int | None) -> int | str:
    return "–" if value is None else value


def statistics_workbook(statistics: NationalStatistics) -> bytes:
    """A notes sheet, one sheet per table (each label in both languages, "–" where a
    number is suppressed) and the rates per centre."""
    book = Workbook()
    notes = book.active
    notes.title = "notes"
    note = sentence("stats.suppressed_note", below=statistics.threshold - 1,
                    cells=statistics.suppressed_cells)
    notes.append(["National statistics", "ស្ថិតិថ្នាក់ជាតិ"])
    notes.append(["Year", statistics.year, "counted to", statistics.counted_to.isoformat()])
    notes.append(["Centres", ", ".join(statistics.centres)])
    notes.append([note.said("en"), note.said("km")])
    if statistics.is_empty:
        empty = sentence("stats.nothing_to_show", year=str(statistics.year))
        notes.append([empty.said("en"), empty.said("km")])
    notes["A1"].font = Font(bold=True)
    for number, table in enumerate(statistics.tables, start=1):
        sheet = book.create_sheet(f"{number:02d} {table.key.replace('_', ' ')}"[:31])
        sheet.append(safe_row(table.title))
        if table.is_empty:
            said = sentence("stats.table_empty")
            sheet.append([said.said("en"), said.said("km")])
            continue
        totals = table.adds_up
        sheet.append(safe_row([table.corner[0], table.corner[1],
                               *(en for en, _km in table.columns),
                               *(["Total"] if totals else [])]))
        sheet.append(safe_row(["", "", *(km for _en, km in table.columns),
                               *(["សរុប"] if totals else [])]))
        for (en, km), cells, total in zip(table.rows, table.table.cells,
                                          table.table.row_totals, strict=True):
            sheet.append(safe_row([en, km, *(_shown(c) for c in cells),
                                   *([_shown(total)] if totals else [])]))
        if totals:
            sheet.append(["Total", "សរុប", *(_shown(c) for c in table.table.col_totals),
                          _shown(table.table.total)])
        sheet["A1"].font = Font(bold=True)
        sheet.column_dimensions["A"].width = 36
        sheet.column_dimensions["B"].width = 36
    rates = book.create_sheet("rates")
    rates.append(["Centre", "Completion", "Reached at 6 months", "Reached at 12 months"])
    rates.append(["មណ្ឌល", "ការបញ្ចប់កម្មវិធី", "ទាក់ទងបាននៅ ៦ ខែ", "ទាក់ទងបាននៅ ១២ ខែ"])
    for rate in statistics.rates:
        rates.append([rate.centre, *(rate_text(r)[0] for r in (
            rate.completion, rate.reached_6, rate.reached_12))])
    return _saved(book)


@dataclass(frozen=True)
class ReleaseLine:
    """One entry of the release log."""

    at: dt.datetime
    username: str
    kind: str
    year: int
    file_name: str
    sha256: str
    parameters: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "username": self.username, "kind": self.kind,
                "year": self.year, "file_name": self.file_name, "sha256": self.sha256,
                "parameters": self.parameters}


def releases(opened: HqStore) -> list[ReleaseLine]:
    """The release log, newest first."""
    opened.require(HqAction.RELEASE_STATISTICS)
    with opened.reading() as connection:
        return [ReleaseLine(r.at, r.username, r.kind, r.year, r.file_name, r.sha256,
                            json.loads(r.parameters)) for r in connection.execute(
            select(hq_statistics_release).order_by(hq_statistics_release.c.id.desc()))]
