"""A bundle's audit part carries each entry's ``at`` and ``hash`` as the text the log
held before migration 0026 stored them compactly (``db.chain_columns``): headquarters
recomputes the centre's whole chain from it, as before (issue #24, item 2)."""

from __future__ import annotations

import re
from pathlib import Path

from rehabdesk.domain import audit_chain
from rehabdesk.exchange import bundle, rows
from rehabdesk.services.exchange import export
from rehabdesk.services.platform.database import Database
from tests.exchange.exchange_helpers import ADMIN, centre_public, new_hq, trusting

MOMENT_TEXT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
HASH_TEXT = re.compile(r"[0-9a-f]{64}")


def test_a_real_bundle_carries_the_old_text_and_its_chain_verifies(demo_database: Database,
                                                                   tmp_path: Path) -> None:
    with demo_database.unit_of_work() as uow:
        kinds = uow.session.connection().exec_driver_sql(
            "SELECT DISTINCT typeof(at), typeof(hash) FROM audit_entry").all()
    assert kinds == [("integer", "blob")]
    hq = new_hq()
    made = export.make_bundle(trusting(demo_database, hq), ADMIN, tmp_path)
    opened = bundle.open_bundle(made.bundle, hq.keys, centre_public(demo_database))
    entries = rows.read_part(opened.parts["audit.jsonl"])
    assert len(entries) > 300
    assert all(MOMENT_TEXT.fullmatch(str(e["at"])) and HASH_TEXT.fullmatch(str(e["hash"]))
               for e in entries)
    check = audit_chain.verify(entries)
    assert check.intact and check.checked == len(entries)
