"""Each centre's audit chain verified across its bundles (issue #17, item 4), on SQLite
and PostgreSQL: an intact history verifies to its last entry; a history rewritten at the
centre, or cut short, shows at headquarters with the first entry that does not hold."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from rehabdesk.db.models import AuditEntry
from rehabdesk.domain.audit_chain import digest
from rehabdesk.services.hq import imports, overview
from rehabdesk.services.platform.actor import Actor, Role
from rehabdesk.services.platform.database import Database
from tests.conftest import new_person, register
from tests.hq.hq_helpers import joining, new_store

SUPERVISOR = Actor(None, "supervisor", "Supervisor Dara", Role.SUPERVISOR)


def _entries(database: Database) -> list[dict[str, object]]:
    with database.unit_of_work() as uow:
        found = uow.session.execute(select(AuditEntry.__table__).order_by(AuditEntry.id))
        return [dict(row._mapping) for row in found]


def _last_id(database: Database) -> int:
    return int(_entries(database)[-1]["id"])  # type: ignore[call-overload]


def test_the_chain_verifies_across_bundles_and_a_rewrite_shows_where_it_breaks(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = joining(centre_template, tmp_path / "kpc", hq_public, opened)
    register(kpc.database, SUPERVISOR, new_person("Sok Dara"))
    first = kpc.export()
    sent = _last_id(kpc.database) - 1  # the export's own entry travels next time
    register(kpc.database, SUPERVISOR, new_person("Chan Sophal", "ចាន់ សុផល"))
    second = kpc.export()
    assert [x.reason("en") for x in imports.import_bundles(opened, [first, second])] == [
        None, None]
    [chain] = overview.chains(opened)
    assert chain.audit_broken is None and chain.audit_checked == _last_id(kpc.database) - 1

    # Someone holding the key rewrites an entry headquarters has and every entry after it
    # with fresh hashes, so the centre's own chain still verifies.
    entries = _entries(kpc.database)
    entries[sent - 1]["summary"] = "Nothing happened here."
    previous = str(entries[sent - 2]["hash"])
    with kpc.database.unit_of_work(write=True) as uow:
        for entry in entries[sent - 1:]:
            entry["hash"] = previous = digest(previous, entry)
            uow.session.execute(text(
                "UPDATE audit_entry SET summary = :summary, hash = :hash WHERE id = :id"),
                entry)
    register(kpc.database, SUPERVISOR, new_person("Keo Dina", "កែវ ឌីណា"))
    third = kpc.export()
    line = imports.import_bundle(opened, third)
    assert line.status == "imported"
    [chain] = overview.chains(opened)
    assert chain.audit_broken is not None
    assert chain.audit_broken.code == "hq.audit_broken"
    assert chain.audit_broken.params["entry"] > sent
    assert f"from entry {chain.audit_broken.params['entry']}" in (line.reason("en") or "")
    opened.close()
    kpc.database.close()


def test_a_history_cut_short_at_the_centre_shows_at_headquarters(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = joining(centre_template, tmp_path / "kpc", hq_public, opened)
    for latin, khmer in (("Sok Dara", "សុខ ដារ៉ា"), ("Chan Sophal", "ចាន់ សុផល")):
        register(kpc.database, SUPERVISOR, new_person(latin, khmer))
    first = kpc.export()
    cut = _last_id(kpc.database) - 3
    with kpc.database.unit_of_work(write=True) as uow:
        uow.session.execute(text("DELETE FROM audit_entry WHERE id > :i"), {"i": cut})
    second = kpc.export()
    lines = imports.import_bundles(opened, [second, first])  # in any order
    assert [x.status for x in lines] == ["imported", "imported"]
    [chain] = overview.chains(opened)
    assert chain.audit_broken is not None and chain.audit_broken.code == "hq.audit_truncated"
    assert chain.audit_broken.params["entry"] == cut + 1
    opened.close()
    kpc.database.close()
