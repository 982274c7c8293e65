"""Reading and importing a prison's transfer list (.xlsx and .csv), with every bad input
a prison may send."""

from __future__ import annotations

import csv
import datetime as dt
import re
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from rehabdesk.db.models import AuditEntry, Episode, Person
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.transfer import CANONICAL_KEYS
from rehabdesk.services.intake.transfer_import import (
    TransferPreview,
    import_rows,
    read_transfer_list,
    skip_reasons,
    write_template,
)
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.audit import summary_of
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY, new_person, register

HEADER = ["khmer_name", "latin_name", "sex", "birth_date", "national_id", "origin_prison",
          "inmate_number", "province", "district", "commune", "village", "arrival_date"]


def good_row(i: int, **changes: object) -> list[object]:
    values: dict[str, object] = {
        "khmer_name": "", "latin_name": f"Person Number{chr(97 + i % 26)}{i}", "sex": "M",
        "birth_date": str(1980 + i % 20), "national_id": f"NID{i:05d}",
        "origin_prison": "Prey Sar", "inmate_number": f"PS-{i:05d}", "province": "01",
        "district": "", "commune": "", "village": "", "arrival_date": "01/03/2026",
    }
    values.update(changes)
    return [values[k] for k in HEADER]


def write_xlsx(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]]
               ) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if header:
        sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def write_csv(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]],
              delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read(database: Database, path: Path, mapping: dict[str, str] | None = None
         ) -> TransferPreview:
    with database.unit_of_work() as uow:
        return read_transfer_list(uow, path, mapping, today=TODAY)


def counts(database: Database) -> tuple[int, int, int]:
    with database.unit_of_work() as uow:
        return tuple(uow.session.scalar(select(func.count()).select_from(m))  # type: ignore[return-value]
                     for m in (Person, Episode, AuditEntry))


# ---------------------------------------------------------------------------- whole file

@pytest.mark.parametrize(("name", "content", "words"), [
    ("list.xlsx", b"khmer_name,latin_name\n", "is not a spreadsheet"),
    ("list.pdf", b"%PDF-1.4", "is not a spreadsheet"),
    ("list.xls", b"\xd0\xcf\x11\xe0", "is in the .xls format"),
    ("list.csv", b"\xff\xfe\x00\x00binary\x00", "is not UTF-8 text"),
    ("list.csv", b"", "is empty"),
])
def test_a_file_that_is_not_a_readable_list_gets_one_sentence(
        database: Database, tmp_path: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=words):
        read(database, path)


def test_a_missing_file(database: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        read(database, tmp_path / "nothing.xlsx")


def test_an_empty_sheet_and_a_sheet_with_only_headers(database: Database,
                                                      tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"empty\.xlsx is empty"):
        read(database, write_xlsx(tmp_path / "empty.xlsx", [], []))
    with pytest.raises(ValidationError, match="has column names but no rows"):
        read(database, write_xlsx(tmp_path / "header.xlsx", HEADER, [[], []]))


def test_unknown_headers_are_named_in_a_warning_and_ignored(database: Database,
                                                            tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "extra.xlsx", [*HEADER, "Remarks", "Cell block"],
                      [[*good_row(1), "quiet", "B"]])
    preview = read(database, path)
    assert [str(w) for w in preview.warnings] == [
        "These columns are not read: Remarks, Cell block."]
    assert "Remarks" not in preview.mapping and preview.mapping["latin_name"] == "latin_name"
    assert preview.rows[0].status == "ok"


@pytest.mark.parametrize(("header", "words"), [
    ([*HEADER, "Latin Name"], 'The column "Latin Name" appears twice'),
    ([h for h in HEADER if h not in ("latin_name", "khmer_name")],
     "no column for khmer_name / latin_name;"),
    ([h for h in HEADER if h != "sex"], "no column for sex;"),
    ([h for h in HEADER if h != "arrival_date"], "no column for arrival_date;"),
])
def test_duplicated_or_missing_columns_refuse_the_whole_file(
        database: Database, tmp_path: Path, header: list[str], words: str) -> None:
    path = write_csv(tmp_path / "bad.csv", header, [["x"] * len(header)])
    with pytest.raises(ValidationError, match=words):
        read(database, path)


def test_a_mapping_reads_a_prison_s_own_headers(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "own.csv", ["ឈ្មោះ", "Name", "Gender", "Arrived", "Note"],
                     [["សុខ ដារ៉ា", "Sok Dara", "ប្រុស", "2026-03-01", "-"]], delimiter=";")
    preview = read(database, path, {"ឈ្មោះ": "khmer_name", "Name": "latin_name",
                                    "Gender": "sex", "Arrived": "arrival_date"})
    assert [str(w) for w in preview.warnings] == ["These columns are not read: Note."]
    row = preview.rows[0]
    assert row.status == "ok" and row.person is not None
    assert row.person.khmer_name == "សុខ ដារ៉ា"
    with pytest.raises(ValidationError, match="does not have: Missing"):
        read(database, path, {"Missing": "sex", "Name": "latin_name"})
    with pytest.raises(ValidationError, match="unknown fields: shoe_size"):
        read(database, path, {"Note": "shoe_size"})


# ---------------------------------------------------------------------------- cells

def test_all_date_forms_and_real_date_cells(database: Database, tmp_path: Path) -> None:
    forms = ["01/03/2026", "2026-03-01", 46082, dt.datetime(2026, 3, 1),
             dt.date(2026, 3, 1), "46082"]
    path = write_xlsx(tmp_path / "dates.xlsx", HEADER,
                      [good_row(i, arrival_date=form) for i, form in enumerate(forms)])
    preview = read(database, path)
    assert [r.errors for r in preview.rows] == [()] * len(forms)
    assert {r.episode.arrival_date for r in preview.rows if r.episode} == {dt.date(2026, 3, 1)}
    assert [r.number for r in preview.rows] == list(range(2, 2 + len(forms)))


def test_khmer_text_in_a_date_column_is_a_row_error(database: Database,
                                                   tmp_path: Path) -> None:
    path = write_csv(tmp_path / "km.csv", HEADER, [good_row(1, birth_date="ឆ្នាំ១៩៩០"),
                                                   good_row(2, arrival_date="ម្សិលមិញ")])
    first, second = read(database, path).rows
    assert first.status == second.status == "invalid"
    assert [str(e) for e in first.errors] == [
        'The birth date "ឆ្នាំ១៩៩០" holds Khmer text; write it as dd/mm/yyyy (e.g. '
        "25/11/2026) or yyyy-mm-dd, or the year only (1990)."]
    assert "arrival date" in str(second.errors[0])


def test_birth_year_only_and_sex_words(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "words.csv", HEADER, [
        good_row(1, birth_date="1990", sex="ស្រី"), good_row(2, birth_date="", sex="male")])
    first, second = read(database, path).rows
    assert first.person is not None and first.person.birth is not None
    assert first.person.birth.precision.value == "year"
    assert first.person.sex.value == "F"
    assert second.person is not None and second.person.birth is None


def test_a_one_megabyte_cell_is_a_row_error(database: Database, tmp_path: Path) -> None:
    huge = "x" * (1 << 20)
    path = write_csv(tmp_path / "huge.csv", HEADER, [good_row(1, latin_name=huge),
                                                     good_row(2)])
    preview = read(database, path)
    assert preview.rows[0].status == "invalid"
    assert [str(e) for e in preview.rows[0].errors] == [
        "The Latin name cell holds 1048576 characters; no field needs more than 1000, so "
        "check the cell."]
    assert len(preview.rows[0].values["latin_name"]) <= 200
    assert preview.rows[1].status == "ok"
    xlsx = write_xlsx(tmp_path / "huge.xlsx", HEADER, [good_row(1, khmer_name=huge)])
    assert "characters" in str(read(database, xlsx).rows[0].errors[0])


def _cache_formula_values(path: Path, values: dict[str, str]) -> None:
    """Gives formula cells a saved result, as Excel does when it saves a file."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        sheet = re.sub(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*<v\s*/?>(</v>)?',
                       rf"\1<v>{value}</v>", sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_formulas_use_their_saved_result_or_are_a_row_error(database: Database,
                                                           tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "formulas.xlsx", HEADER, [
        good_row(1, arrival_date="=DATE(2026,3,1)"),
        good_row(2, arrival_date="=DATE(2026,3,1)"),
        good_row(3, birth_date="=1980+10"),
    ])
    _cache_formula_values(path, {"L2": "46082"})
    first, second, third = read(database, path).rows
    assert first.status == "ok"
    assert first.episode is not None and first.episode.arrival_date == dt.date(2026, 3, 1)
    assert [str(e) for e in second.errors] == [
        "The arrival date cell holds a formula with no saved result (=DATE(2026,3,1)); open "
        "the file in Excel or LibreOffice, save it, and import it again."]
    assert "birth date cell holds a formula" in str(third.errors[0])


def test_a_row_repeating_an_earlier_row_is_invalid(database: Database,
                                                   tmp_path: Path) -> None:
    path = write_csv(tmp_path / "twice.csv", HEADER, [good_row(1), good_row(2),
                                                      good_row(3, national_id="NID00001")])
    rows = read(database, path).rows
    assert [r.status for r in rows] == ["ok", "ok", "invalid"]
    assert [str(e) for e in rows[2].errors] == [
        "This row repeats row 2 (same national id NID00001); keep one of the two."]


def test_an_unknown_place_name_is_a_row_error(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "place.csv", HEADER, [
        good_row(1, province="Banteay Meanchey", district="Mangkul Bourei"),
        good_row(2, province="Atlantis")])
    ok, bad = read(database, path).rows
    assert ok.person is not None and ok.person.address.district_code == "0102"
    assert str(bad.errors[0]).startswith('The province "Atlantis" is not a province')


# ---------------------------------------------------------------------------- importing

def test_twenty_rows_with_two_bad_ones(database: Database, clerk: Actor,
                                       tmp_path: Path) -> None:
    rows = [good_row(i) for i in range(20)]
    rows[4] = good_row(4, sex="?")
    rows[11] = good_row(11, arrival_date="31/31/2026")
    path = write_xlsx(tmp_path / "twenty.xlsx", HEADER, rows)
    before = counts(database)
    with database.unit_of_work(write=True) as uow:
        preview = read_transfer_list(uow, path, today=TODAY)
        accept = [r.number for r in preview.rows if r.status == "ok"]
        report = import_rows(uow, clerk, preview, accept, today=TODAY)
    assert len(report.imported) == 18
    assert [n for n, _ in report.skipped] == [6, 13]
    assert "sex" in report.skipped[0][1] and "arrival date" in report.skipped[1][1]
    assert report.imported[0] == (2, "KPC-2026-000001")
    persons, episodes, entries = counts(database)
    assert (persons - before[0], episodes - before[1]) == (18, 18)
    assert entries - before[2] == 18 * 2 + 1  # person + episode each, and the import
    text = report.to_csv().splitlines()
    assert text[0] == "row,status,case_number,reason"
    assert len(text) == 21 and text[5].startswith('6,skipped,,"The sex')


def test_duplicates_are_flagged_then_readmitted_or_confirmed(
        database: Database, clerk: Actor, tmp_path: Path) -> None:
    known = register(database, clerk, new_person())
    path = write_csv(tmp_path / "back.csv", HEADER, [
        good_row(1, khmer_name="សុខ ដារ៉ា", latin_name="Sokh Dara", birth_date="1990",
                 national_id="", inmate_number="", arrival_date="10/11/2026"),
        good_row(2, khmer_name="សុខ ដារ៉ា", latin_name="Sok Dara", birth_date="1991",
                 national_id="", inmate_number="", arrival_date="10/11/2026"),
        good_row(3)])
    with database.unit_of_work(write=True) as uow:
        preview = read_transfer_list(uow, path, today=TODAY)
        assert [r.status for r in preview.rows] == ["duplicate", "duplicate", "ok"]
        assert preview.rows[0].duplicates[0].person_uid == known
        assert preview.rows[0].duplicates[0].case_number == "KPC-2026-000001"
        # The evidence is worded in the reader's language, not carried as English text.
        evidence = preview.rows[0].duplicates[0].reasons[0]
        said_km = "; ".join(reason.said("km") for reason in skip_reasons(preview.rows[0]))
        assert evidence.message.said("km") in said_km
        assert evidence.text not in said_km
        report = import_rows(uow, clerk, preview, accept={3, 4}, readmit={3: known},
                             today=TODAY)
    assert [n for n, _ in report.imported] == [3, 4]
    assert report.skipped[0][0] == 2
    assert report.skipped[0][1].startswith("possible duplicate of KPC-2026-000001")
    with database.unit_of_work() as uow:
        episodes = uow.session.scalar(select(func.count()).select_from(Episode).join(Person)
                                      .where(Person.uid == known))
    assert episodes == 2
    with database.unit_of_work(write=True) as uow:
        preview = read_transfer_list(uow, path, today=TODAY)
        report = import_rows(uow, clerk, preview, accept={2}, today=TODAY)
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "person")
                                    .order_by(AuditEntry.id.desc())).first()
    assert [n for n, _ in report.imported] == [2]
    assert entry is not None and known in entry.changes
    assert "confirmed not the same person" in str(summary_of(entry.summary))


def test_nothing_is_written_on_a_file_level_error(database: Database, clerk: Actor,
                                                  tmp_path: Path) -> None:
    before = counts(database)
    path = write_csv(tmp_path / "dup.csv", [*HEADER, "sex"], [[*good_row(1), "M"]])
    with pytest.raises(ValidationError), database.unit_of_work(write=True) as uow:
        read_transfer_list(uow, path, today=TODAY)
    assert counts(database) == before


def test_the_template_has_every_key_with_a_bilingual_comment(tmp_path: Path,
                                                            database: Database) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    headers = [c.value for c in sheet[1]]
    assert tuple(headers) == CANONICAL_KEYS
    for cell in sheet[1]:
        assert cell.comment is not None
        assert re.search("[\u1780-\u17ff]", cell.comment.text)
        assert re.search("[A-Za-z]{4}", cell.comment.text)
    with pytest.raises(ValidationError, match="has column names but no rows"):
        read(database, path)


def test_rows_after_a_gap_count_and_too_many_are_refused(
        database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The real limit is 20,000 non-blank rows; lowered here so the files stay small.
    from rehabdesk.services.intake import transfer_import

    monkeypatch.setattr(transfer_import, "MAX_ROWS", 10)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for i in range(6):  # rows 2-7, then 10 empty rows, then rows 18-23
        for column, value in enumerate(good_row(i), start=1):
            sheet.cell(row=2 + i, column=column, value=value)
            sheet.cell(row=18 + i, column=column, value=good_row(100 + i)[column - 1])
    book.save(tmp_path / "gap.xlsx")
    with pytest.raises(ValidationError, match="has more than 10 rows"):
        read(database, tmp_path / "gap.xlsx")

    for ending in ("\n", "\r\r\n"):
        lines = [",".join(HEADER)]
        for i in range(12):
            lines += [",".join(str(v) for v in good_row(i)), ""]
        path = tmp_path / "gaps.csv"
        path.write_bytes(ending.join(lines).encode())
        with pytest.raises(ValidationError, match="has more than 10 rows"):
            read(database, path)

    # Up to the limit, every row after a gap is read.
    path.write_bytes("\n".join([",".join(HEADER)] + [
        ",".join(str(v) for v in good_row(i)) + "\n" for i in range(10)]).encode())
    assert len(read(database, path).rows) == 10


def _padded_workbook(source: Path, target: Path, padding: int) -> Path:
    """``source`` with ``padding`` spaces inside its sheet: a few hundred kilobytes on disk
    that unpack to ``padding`` bytes, the shape of the zip bomb in issue #23, item 11."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(
            target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for member in original.infolist():
            data = original.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * padding, 1)
            bomb.writestr(member.filename, data)
    return target


def _understating(source: Path, target: Path, name: str) -> Path:
    """``source`` with ``name``'s uncompressed size given as 1,000 bytes in both its local
    header and the zip directory."""
    data = bytearray(source.read_bytes())
    encoded = name.encode()
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(encoded)] == encoded:
                struct.pack_into("<I", data, at + size_at, 1_000)
            at = data.find(signature, at + 4)
    target.write_bytes(bytes(data))
    return target


def test_a_workbook_that_unpacks_to_too_much_is_refused_before_reading(
        database: Database, tmp_path: Path) -> None:
    from rehabdesk.services.intake import transfer_import

    small = write_xlsx(tmp_path / "list.xlsx", HEADER, [good_row(1)])
    bomb = _padded_workbook(small, tmp_path / "bomb.xlsx",
                            transfer_import.MAX_UNPACKED_BYTES + 1)
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(ValidationError, match=r"bomb\.xlsx would unpack to 64 MB, more than"):
        read(database, bomb)
    # A zip directory that understates the size does not get past: unpacking stops at
    # the stated size and the checksum fails.
    with pytest.raises(ValidationError, match=r"liar\.xlsx (is not a spreadsheet|cannot be)"):
        read(database, _understating(bomb, tmp_path / "liar.xlsx", "xl/worksheets/sheet1.xml"))
    # Below the limit the same padding is only whitespace: the row is read.
    fine = _padded_workbook(small, tmp_path / "fine.xlsx", 1_000_000)
    assert [row.values["latin_name"] for row in read(database, fine).rows] == [
        good_row(1)[HEADER.index("latin_name")]]


def test_rows_alike_within_one_list_need_the_clerk_s_decision(
        database: Database, clerk: Actor, tmp_path: Path) -> None:
    same = {"latin_name": "Vuthy Qazzle", "sex": "M", "birth_date": "01/02/1990",
            "national_id": "", "inmate_number": ""}
    path = write_csv(tmp_path / "thrice.csv", HEADER, [
        good_row(1, **same), good_row(2, **same), good_row(3, **same), good_row(4)])
    preview = read(database, path)
    assert [r.status for r in preview.rows] == ["ok", "duplicate", "duplicate", "ok"]
    assert [m.number for m in preview.rows[2].alike] == [2, 3]
    assert preview.rows[1].alike[0].score >= 60
    assert "same Latin name (Vuthy Qazzle)" in [r.text for r in preview.rows[1].alike[0].reasons]

    before = counts(database)
    with database.unit_of_work(write=True) as uow:
        report = import_rows(uow, clerk, preview,
                             [r.number for r in preview.rows if r.status == "ok"],
                             today=TODAY)
    assert [n for n, _ in report.imported] == [2, 5]
    assert dict(report.skipped)[3].startswith("possible duplicate of row 2 of this list")
    assert "possible duplicate of row 3 of this list" in dict(report.skipped)[4]
    assert counts(database)[0] == before[0] + 2
