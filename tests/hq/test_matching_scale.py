"""Cross-centre matching at national scale (issue #17, item 5 and "Done when", item 4), on
SQLite and PostgreSQL: a name and birth year shared by more than ``BLOCK_LIMIT`` people at
the other centres proposes nothing by itself (among a million people it would propose
millions of pairs), while the same person still pairs through an inmate number or a
national id, and a rarer name still pairs on name and year."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import insert, select

from rehabdesk.exchange.hq import matching
from rehabdesk.exchange.hq.schema import hq_centre, hq_pair, hq_person_key, hq_row
from tests.hq.hq_helpers import new_store


def _person(name: str, khmer: str, born: str, **ids: str) -> dict[str, Any]:
    return {"uid": str(uuid.uuid4()), "version": 1, "latin_name": name, "khmer_name": khmer,
            "birth_date": born, **ids}


def _held(connection: Any, centre_id: int, people: list[dict[str, Any]]) -> None:
    connection.execute(insert(hq_row), [
        {"centre_id": centre_id, "uid": p["uid"], "table_name": "person", "version": 1,
         "sequence": 1, "deleted": False, "digest": "0" * 64, "content": json.dumps(p)}
        for p in people])
    matching.match(connection, centre_id, people)


def test_a_common_name_proposes_nothing_alone_an_id_or_a_rare_name_does(
        hq_location: str) -> None:
    opened, _public = new_store(hq_location)
    common = [_person("Sok Dara", "សុខ តារា", "1990-03-01")
              for _ in range(matching.BLOCK_LIMIT + 1)]
    released = _person("Chan Vuthy", "ចាន់ វុទ្ធី", "1985-07-01", inmate_number="PS-00107",
                       origin_prison="PS")
    rare = _person("Keo Rithy", "កែវ រិទ្ធី", "1979-01-01")
    few = [_person("Mao Sina", "ម៉ៅ ស៊ីណា", "1992-05-01")
           for _ in range(matching.BLOCK_LIMIT)]
    newcomers = [_person("Sok Dara", "សុខ តារា", "1990-11-01"),
                 _person("Chan Vuthy", "ចាន់ វុទ្ធី", "1985-07-01", inmate_number="PS-00107",
                         origin_prison="PS"),
                 _person("Keo Rithy", "កែវ រិទ្ធី", "1980-01-01"),
                 _person("Mao Sina", "ម៉ៅ ស៊ីណា", "1992-05-01")]
    now = dt.datetime(2026, 12, 7)
    with opened.writing() as connection:
        for code in ("KPC", "BTB"):
            connection.execute(insert(hq_centre).values(
                code=code, sign_public="00", fingerprint="0", registered_at=now,
                registered_by="hq.admin"))
        ids = dict(connection.execute(select(hq_centre.c.code, hq_centre.c.id)).all())
        _held(connection, ids["KPC"], [*common, released, rare, *few])
        _held(connection, ids["BTB"], newcomers)
        pairs = {(r.uid_a, r.uid_b) for r in connection.execute(select(hq_pair))}
    opened.close()
    uids = {p["uid"]: p["latin_name"] for p in [*common, released, rare, *few, *newcomers]}
    paired = sorted((uids[a], uids[b]) for a, b in pairs)
    assert paired == sorted([("Chan Vuthy", "Chan Vuthy"), ("Keo Rithy", "Keo Rithy"),
                             *[("Mao Sina", "Mao Sina")] * matching.BLOCK_LIMIT])


def test_an_updated_person_is_re_keyed_and_a_new_one_only_keyed(hq_location: str) -> None:
    """The import tells ``match`` which people it updated (``rekeyed``): their old keys
    go, while a person new to the store is only keyed (no delete to run)."""
    opened, _public = new_store(hq_location)
    person = _person("Keo Rithy", "កែវ រិទ្ធី", "1979-01-01")
    now = dt.datetime(2026, 12, 7)
    with opened.writing() as connection:
        centre_id = connection.execute(insert(hq_centre).values(
            code="KPC", sign_public="00", fingerprint="0", registered_at=now,
            registered_by="hq.admin").returning(hq_centre.c.id)).scalar_one()
        matching.match(connection, centre_id, [person], rekeyed=set())
        first = set(connection.execute(select(hq_person_key.c.kind, hq_person_key.c.value)))
        renamed = {**person, "version": 2, "latin_name": "Nhem Sokha",
                   "khmer_name": "ញឹម សុខា"}
        matching.match(connection, centre_id, [renamed], rekeyed={person["uid"]})
        second = set(connection.execute(select(hq_person_key.c.kind, hq_person_key.c.value)))
    opened.close()
    assert first == matching.blocking_keys(matching.probe(person))
    assert second == matching.blocking_keys(matching.probe(renamed))
