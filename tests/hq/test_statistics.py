"""National statistics and the episode extract at headquarters (issue #18, item 3 and
"Done when"), on SQLite and PostgreSQL: two demo centres (some people at both) imported;
each published figure equals a count made directly in the centres' own databases, or is
suppressed; the same person at two centres carries one linkage key, which changes with
headquarters' secret; no name or id of anyone in the test data appears in any file
written; every release is logged with the file's SHA-256; bad input gets a sentence."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sqlite3
import uuid
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehabdesk.db import uids
from rehabdesk.db.engine import connect_raw
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq_statistics import (
    EXTRACT_COLUMNS,
    NOT_RECORDED,
    TOPIC,
    NationalStatistics,
)
from rehabdesk.services.hq import imports, matches, statistics
from rehabdesk.services.hq.store import HqStore
from rehabdesk.services.platform.actor import Actor, Role
from tests.conftest import TODAY, new_person, register
from tests.e2e import cli_process
from tests.hq.conftest import HQ_PASSWORD
from tests.hq.hq_helpers import HQ_ADMIN, as_centre, joining, new_store

YEAR = TODAY.year
SUPERVISOR = Actor(None, "supervisor", "Supervisor Dara", Role.SUPERVISOR)
NATIONAL_ID = "090807060"


def _files(opened: HqStore, folder: Path) -> dict[str, bytes]:
    """Every file a release writes, by name."""
    written: dict[str, bytes] = {}
    for name, release in (("stats.xlsx", statistics.release_statistics),
                          ("stats.pdf", statistics.release_statistics),
                          ("extract.csv", statistics.release_extract),
                          ("extract.xlsx", statistics.release_extract)):
        def write(data: bytes, name: str = name) -> None:
            (folder / name).write_bytes(data)
            written[name] = data

        release(opened, YEAR, name, write, TODAY)
    return written


def _text(name: str, data: bytes) -> str:
    """What a reader of the file sees: the PDF's text, every XML part of a workbook."""
    if name.endswith(".pdf"):
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    if name.endswith(".xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            return "\n".join(book.read(part).decode("utf-8") for part in book.namelist())
    return data.decode("utf-8")


def _identifiers(databases: list[Path]) -> set[str]:
    """Every name, id and case number in the centres' databases."""
    found: set[str] = set()
    for path in databases:
        with connect_raw(path) as connection:
            for row in connection.execute(
                    "SELECT khmer_name, latin_name, national_id, inmate_number, "
                    f"{uids.as_text('uid')} FROM person UNION ALL SELECT case_number, "
                    f"{uids.as_text('uid')}, NULL, NULL, NULL FROM episode"):
                found |= {str(v) for v in row if v and len(str(v)) >= 5}
        connection.close()
    return found


def _is_uid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _direct(path: Path, sql: str) -> Counter[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        counted = Counter({tuple(row[:-1]): row[-1] for row in connection.execute(sql)})
    connection.close()
    return counted


def _primary_substances(path: Path, first: str, last: str) -> list[str]:
    """Each stay's primary substance worked out here in Python: the highest ASSIST score
    but tobacco at the stay's newest screening, ties in the tables' order."""
    order = TOPIC["primary_substance"].categories
    found = []
    with connect_raw(path) as connection:
        for stay, in connection.execute("SELECT id FROM episode WHERE arrival_date "
                                        f"BETWEEN '{first}' AND '{last}'"):
            newest = connection.execute(
                "SELECT rd_unpack(assist_scores) FROM screening WHERE episode_id = ? "
                "ORDER BY screened_on DESC, uid DESC LIMIT 1", (stay,)).fetchall()
            if not newest:
                found.append("not_screened")
                continue
            scores = json.loads(newest[0][0] or "{}")
            ranked = sorted((-scores[s][0], order.index(s), s) for s in scores
                            if s != "tobacco" and scores[s][0] > 0)
            found.append(ranked[0][2] if ranked else "none")
    connection.close()
    return found


def _agrees(stats: NationalStatistics, key: str, expected: dict[tuple[int, int], int]) -> int:
    """Each published cell of ``key`` equals the direct count, each suppressed one is
    hidden; returns the cells compared."""
    table = stats.table(key).table
    compared = 0
    for r, row in enumerate(table.cells):
        for c, value in enumerate(row):
            if value is not None:
                assert value == expected.get((r, c), 0), (key, r, c)
                compared += 1
    published_total = table.total
    if published_total is not None:
        assert published_total == sum(expected.values()), key
    return compared


def test_national_figures_match_the_centres_and_no_file_names_anyone(
        hq_location: str, tmp_path: Path, demo_template: Path,
        second_demo_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = joining(demo_template, tmp_path / "kpc", hq_public, opened)
    btb = joining(second_demo_template, tmp_path / "btb", hq_public, opened)
    imports.import_bundles(opened, [kpc.export(), btb.export()])
    assert kpc.database.path is not None and btb.database.path is not None
    paths = [kpc.database.path, btb.database.path]
    centres = ("BTB", "KPC")

    stats = statistics.national_statistics(opened, YEAR, TODAY)
    assert stats.centres == centres and not stats.is_empty
    compared = 0
    first, last = f"{YEAR}-01-01", TODAY.isoformat()
    for key, sql in (
            ("admissions.centre_month",
             "SELECT CAST(substr(arrival_date, 6, 2) AS INTEGER), count(*) FROM episode "
             f"WHERE arrival_date BETWEEN '{first}' AND '{last}' GROUP BY 1"),
            ("releases.centre_month",
             "SELECT CAST(substr(released_on, 6, 2) AS INTEGER), count(*) FROM release "
             f"WHERE released_on BETWEEN '{first}' AND '{last}' GROUP BY 1"),
            ("completed.centre_month",
             "SELECT CAST(substr(released_on, 6, 2) AS INTEGER), count(*) FROM release "
             f"WHERE released_on BETWEEN '{first}' AND '{last}' AND reason = 'completed' "
             "GROUP BY 1")):
        expected = {}
        for row, path in enumerate(sorted(paths, key=lambda p: p.parent.name)):
            for (month,), n in _direct(path, sql).items():
                expected[(row, int(month) - 1)] = n
        compared += _agrees(stats, key, expected)
    reasons = TOPIC["exit_reason"].categories
    expected = {}
    for col, path in enumerate(sorted(paths, key=lambda p: p.parent.name)):
        for (reason,), n in _direct(path, "SELECT reason, count(*) FROM release WHERE "
                                    f"released_on BETWEEN '{first}' AND '{last}' "
                                    "GROUP BY 1").items():
            expected[(reasons.index(str(reason)), col)] = n
    compared += _agrees(stats, "exit_reason.centre", expected)
    expected = {}
    points = TOPIC["follow_up_6"].categories
    for col, path in enumerate(sorted(paths, key=lambda p: p.parent.name)):
        for (status,), n in _direct(
                path, "SELECT CASE WHEN closed THEN 'not_applicable' WHEN reached_on IS NOT "
                "NULL THEN 'reached' ELSE 'not_reached' END, count(*) FROM follow_up_point "
                f"WHERE months = 6 AND due_on BETWEEN '{first}' AND '{last}' GROUP BY 1"
                ).items():
            expected[(points.index(str(status)), col)] = n
    compared += _agrees(stats, "follow_up_6.centre", expected)
    expected = {}
    substances = TOPIC["primary_substance"].categories
    for col, path in enumerate(sorted(paths, key=lambda p: p.parent.name)):
        for primary in _primary_substances(path, first, last):
            at = (substances.index(primary), col)
            expected[at] = expected.get(at, 0) + 1
    compared += _agrees(stats, "primary_substance.centre", expected)
    assert compared > 20

    folder = tmp_path / "out"
    folder.mkdir()
    written = _files(opened, folder)
    rows = list(csv.DictReader(io.StringIO(written["extract.csv"].decode("utf-8"))))
    assert list(rows[0]) == list(EXTRACT_COLUMNS)
    assert len(rows) == stats.table("admissions.centre_month").table.total
    assert {r["education"] for r in rows} == {NOT_RECORDED}
    # Unique persons: each person under one key, whichever centre they stayed at.
    keys = Counter(r["linkage_key"] for r in rows)
    assert all(len(k) == 64 for k in keys)
    unique = stats.table("unique_persons.centre_month").table.total
    if unique is not None:
        assert unique == len(keys)

    names = _identifiers(paths)
    assert len(names) > 500
    assert sum(map(_is_uid, names)) > 200  # the people's and stays' uids, as their text
    for name, data in written.items():
        seen = _text(name, data)
        leaked = sorted(n for n in names if n in seen)
        assert not leaked, f"{name} names {leaked[:5]}"
        assert (folder / name).read_bytes() == data

    logged = statistics.releases(opened)
    assert [(r.kind, r.file_name) for r in logged] == [
        ("extract", "extract.xlsx"), ("extract", "extract.csv"),
        ("statistics", "stats.pdf"), ("statistics", "stats.xlsx")]
    assert all(r.sha256 == hashlib.sha256(written[r.file_name]).hexdigest()
               and r.username == "hq.admin" and r.parameters["year"] == YEAR for r in logged)
    opened.close()
    kpc.database.close()
    btb.database.close()


def _keys(location: str, folder: Path, centre_template: Path) -> list[tuple[str, str]]:
    """(centre, linkage key) of each stay in the extract of a new store holding two small
    centres: KPC with Sok Dara and Chan Sophal, BTB with Sokh Dara (the same national id)
    and Keo Dina."""
    opened, hq_public = new_store(location)
    kpc = joining(centre_template, folder / "kpc", hq_public, opened)
    btb = joining(as_centre(centre_template, folder / "btb-source", "BTB"),
                  folder / "btb", hq_public, opened)
    register(kpc.database, SUPERVISOR, new_person("Sok Dara", national_id=NATIONAL_ID))
    register(kpc.database, SUPERVISOR, new_person("Chan Sophal", "ចាន់ សុផល",
                                                   inmate_number="CC1-00107"))
    register(btb.database, SUPERVISOR, new_person("Sokh Dara", national_id=NATIONAL_ID))
    register(btb.database, SUPERVISOR, new_person("Keo Dina", "កែវ ឌីណា",
                                                   inmate_number="CC1-00305"))
    imports.import_bundles(opened, [kpc.export(), btb.export()])
    data: list[bytes] = []
    statistics.release_extract(opened, YEAR, "extract.csv", data.append, TODAY)
    stats = statistics.national_statistics(opened, YEAR, TODAY)
    assert stats.table("admissions.centre_month").table.total is None  # 4: suppressed
    opened.close()
    kpc.database.close()
    btb.database.close()
    return [(r["centre"], r["linkage_key"]) for r in csv.DictReader(
        io.StringIO(data[0].decode("utf-8")))]


def test_the_same_person_at_two_centres_has_one_key_which_changes_with_the_secret(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    stays = _keys(hq_location, tmp_path / "first", centre_template)
    assert len(stays) == 4
    by_key: dict[str, set[str]] = {}
    for centre, key in stays:
        by_key.setdefault(key, set()).add(centre)
    assert sorted(sorted(centres) for centres in by_key.values()) == [
        ["BTB"], ["BTB", "KPC"], ["KPC"]]
    again = _keys(str(tmp_path / "other.sqlite3"), tmp_path / "second", centre_template)
    assert not {k for _c, k in stays} & {k for _c, k in again}


def test_a_pair_marked_the_same_person_counts_once(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    """Without a national id at one centre the keys differ; an analyst's "same" joins
    them, and the next extract carries one key for both stays."""
    opened, hq_public = new_store(hq_location)
    kpc = joining(centre_template, tmp_path / "kpc", hq_public, opened)
    btb = joining(as_centre(centre_template, tmp_path / "btb-source", "BTB"),
                  tmp_path / "btb", hq_public, opened)
    register(kpc.database, SUPERVISOR, new_person("Sok Dara"))
    register(btb.database, SUPERVISOR, new_person("Sokh Dara", national_id=NATIONAL_ID))
    imports.import_bundles(opened, [kpc.export(), btb.export()])

    def keys() -> set[str]:
        data: list[bytes] = []
        statistics.release_extract(opened, YEAR, "extract.csv", data.append, TODAY)
        return {r["linkage_key"] for r in csv.DictReader(io.StringIO(data[0].decode()))}

    assert len(keys()) == 2
    [pair] = matches.pairs(opened)
    matches.decide(opened, pair.id, same=True)
    assert len(keys()) == 1
    opened.close()
    kpc.database.close()
    btb.database.close()


def test_the_command_line_releases_and_lists_them(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    """``hq stats``, ``hq extract`` and ``hq releases --json`` in a child process, as an
    analyst or administrator runs them; a year not begun is a sentence, and no file."""
    opened, hq_public = new_store(hq_location)
    kpc = joining(centre_template, tmp_path / "kpc", hq_public, opened)
    register(kpc.database, SUPERVISOR, new_person("Sok Dara"))
    imports.import_bundles(opened, [kpc.export()])
    kpc.database.close()
    opened.close()
    env = {**os.environ, "REHABDESK_USER": HQ_ADMIN, "REHABDESK_PASSWORD": HQ_PASSWORD,
           "REHABDESK_LANG": "en"}
    for action, name in (("stats", "national.xlsx"), ("extract", "episodes.csv")):
        done = cli_process.run(["hq", "--hq-db", hq_location, action, "--year", str(YEAR),
                                "--out", str(tmp_path / name)], env)
        assert done.returncode == 0, done.stderr
        digest = hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
        assert f"SHA-256 {digest}" in done.stdout
    listed = cli_process.run(["hq", "--hq-db", hq_location, "releases", "--json"], env)
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(line["kind"], line["file_name"], line["username"]) for line in lines] == [
        ("extract", "episodes.csv", HQ_ADMIN), ("statistics", "national.xlsx", HQ_ADMIN)]
    refused = cli_process.run(["hq", "--hq-db", hq_location, "stats", "--year",
                               str(YEAR + 1), "--out", str(tmp_path / "next.pdf")], env)
    assert refused.returncode != 0 and "has not begun yet" in refused.stderr
    assert not (tmp_path / "next.pdf").exists()


def test_bad_input_gets_a_sentence_and_writes_nothing(
        hq_location: str, tmp_path: Path) -> None:
    opened, _public = new_store(hq_location)
    written: list[bytes] = []
    for year, name, code in ((YEAR + 1, "s.pdf", "stats.year_in_future"),
                             (1999, "s.pdf", "stats.year_too_early"),
                             (YEAR, "s.pdf", "stats.no_bundles"),
                             (YEAR, "s.docx", "stats.bad_file")):
        with pytest.raises(RehabDeskError) as refused:
            statistics.release_statistics(opened, year, name, written.append, TODAY)
        assert refused.value.code == code
        assert refused.value.said("km") != refused.value.said("en")
    with pytest.raises(RehabDeskError) as refused:
        statistics.release_extract(opened, YEAR, "e.pdf", written.append, TODAY)
    assert refused.value.code == "stats.bad_extract_file"
    assert written == [] and statistics.releases(opened) == []
    opened.close()
