"""Every earlier database upgrades to this version without losing a row (issue #20,
item 3): a small database per schema revision — committed for released revisions
(``upgrade_fixtures/``, made by ``make_fixtures.py`` from the migration history), made on
the fly for the newer ones — upgraded by the start-up path, then checked row by row; the
people stay searchable and the audit chain verifies. The revisions come from Alembic's
history (``schema.KNOWN_REVISIONS``, checked against it), so a new migration is tested
from every earlier revision without a change here."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from rehabdesk.db import schema
from rehabdesk.services.platform import audit
from rehabdesk.services.platform.database import open_database
from rehabdesk.services.register import search as register
from tests.db.upgrade_fixtures import make_fixtures

EARLIER = schema.KNOWN_REVISIONS[:-1]


def earlier_database(revision: str, folder: Path) -> Path:
    """A copy of the committed fixture for ``revision``, or one made now where there is
    none; a fixture whose migrations changed since it was made is refused."""
    path = folder / f"centre-{revision}.sqlite3"
    committed = make_fixtures.HERE / f"{revision}.sqlite3"
    if committed.exists():
        made_from = json.loads(make_fixtures.MANIFEST.read_text())[revision]
        assert made_from["migrations_sha256"] == make_fixtures.migrations_digest(revision), (
            f"migrations up to {revision} changed since its fixture was made: run "
            f"python -m tests.db.upgrade_fixtures.make_fixtures {revision}")
        shutil.copyfile(committed, path)
    else:
        make_fixtures.build(path, revision)
    return path


def _ids(path: Path) -> dict[str, set[int] | int]:
    """Per table, the ids of its rows (a table without an ``id``: how many rows). Ids, not
    uids: a migration may give a row a new uid on purpose (0017 gives the seeded default
    policy one of the centre's own), but a row's id stays."""
    found: dict[str, set[int] | int] = {}
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        for table in make_fixtures.row_counts(path):
            columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
            if "id" in columns:
                found[table] = {row[0] for row in connection.execute(
                    f'SELECT id FROM "{table}"')}
            else:
                found[table] = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    connection.close()
    return found


def test_the_committed_fixtures_are_of_known_revisions() -> None:
    committed = sorted(p.stem for p in make_fixtures.HERE.glob("*.sqlite3"))
    assert committed, "no committed fixture"
    assert set(committed) <= set(EARLIER)
    assert set(json.loads(make_fixtures.MANIFEST.read_text())) == set(committed)


@pytest.mark.parametrize("revision", EARLIER)
def test_an_earlier_database_upgrades_keeping_every_row(tmp_path: Path, revision: str) -> None:
    path = earlier_database(revision, tmp_path)
    assert schema.inspect_file(path).revision == revision
    before = _ids(path)
    people = before["person"]
    assert isinstance(people, set) and people

    with open_database(path) as database, database.unit_of_work() as uow:
        assert register.count(uow) == len(people)
        assert len(register.find_ids(uow, "KPC-2026-0000")) == len(people)
        assert len(register.find_ids(uow, "person7")) == 1
        chain = audit.verify_chain(uow)
        assert chain.intact and chain.checked >= len(people)

    assert schema.inspect_file(path).revision == schema.SCHEMA_HEAD
    after = _ids(path)
    for table, rows in before.items():
        assert table in after, f"table {table} is gone"
        kept = after[table]
        if isinstance(rows, set):
            assert isinstance(kept, set) and rows <= kept, f"rows of {table} lost"
        else:
            assert isinstance(kept, int) and kept >= rows, f"rows of {table} lost"
    [copy] = tmp_path.glob(f"{path.name}.before-{revision}-*.bak")
    assert schema.integrity_problems(copy) == []
    assert not list(tmp_path.glob("*.upgrading*"))
