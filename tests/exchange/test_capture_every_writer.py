"""Every writer is captured (issue #16, item 1): the demo centre is written by nearly
every service and bulk path there is — intake, screening, the eligibility re-evaluation,
enrolment and roll calls, vocational work and pay, releases and follow-up, court
letters, rights, the budget, bare executemany inserts — and with capture on from the
start, every row it leaves in every exchanged table carries a change mark."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.db import change_capture
from rehabdesk.db.base import Base
from rehabdesk.db.models_exchange import ExchangeState
from rehabdesk.demo import centre as demo
from rehabdesk.services.platform.database import open_database
from tests.conftest import TODAY


def test_every_row_the_demo_writes_is_marked(tmp_path: Path) -> None:
    database = open_database(tmp_path / "captured.sqlite3")
    try:
        tables = change_capture.exchanged_tables(Base.metadata)
        with database.unit_of_work(write=True) as uow:
            uow.session.add(ExchangeState(id=1, capturing=True))
            connection = uow.session.connection()
            seeded = {t: connection.exec_driver_sql(  # by the migrations: courts, the policy
                f'SELECT coalesce(max(id), 0) FROM "{t}"').scalar_one() for t in tables}
        with database.unit_of_work(write=True) as uow:
            demo.generate(uow, 80, today=TODAY)
        with database.unit_of_work() as uow:
            connection = uow.session.connection()
            rows: dict[str, int] = {}
            unmarked: dict[str, int] = {}
            for table in tables:
                rows[table] = connection.exec_driver_sql(
                    f'SELECT count(*) FROM "{table}"').scalar_one()
                unmarked[table] = connection.exec_driver_sql(
                    f'SELECT count(*) FROM "{table}" t WHERE t.id > ? AND NOT EXISTS '
                    f"(SELECT 1 FROM change_mark m WHERE m.table_name = ? AND m.row_id = t.id)",
                    (seeded[table], table)).scalar_one()
    finally:
        database.close()
    assert sum(n > 0 for n in rows.values()) >= 30  # the demo reaches most tables
    assert {t: n for t, n in unmarked.items() if n} == {}
