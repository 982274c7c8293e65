"""Migration 0017 (issue #16, item 2): the default eligibility policy, seeded with one
fixed uid in every centre, becomes each centre's own row; decisions keep their policy."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.db import migrate, uids
from rehabdesk.db.engine import connect_raw, make_engine, sqlite_url

SEEDED = "5f0c6f2e-1d3a-4c55-9b1e-000000000001"


def _policy_uids(path: Path) -> list[str]:
    with connect_raw(path) as connection:
        found = [row[0] for row in connection.execute(
            f"SELECT {uids.as_text('uid')} FROM eligibility_policy")]
    connection.close()
    return found


def test_each_centre_s_default_policy_gets_its_own_uid(tmp_path: Path) -> None:
    first, second = tmp_path / "kpc.sqlite3", tmp_path / "btb.sqlite3"
    migrate.upgrade(make_engine(sqlite_url(first)), "0016")
    assert _policy_uids(first) == [SEEDED]
    migrate.upgrade(make_engine(sqlite_url(first)))
    migrate.upgrade(make_engine(sqlite_url(second)))
    [kpc], [btb] = _policy_uids(first), _policy_uids(second)
    assert SEEDED not in (kpc, btb) and kpc != btb and len(kpc) == 36
