"""A bundle the centre's own key signed whose rows are not what RehabDesk writes (issue
#17: bad input never crashes and never changes saved data) is refused whole with one
sentence, on both engines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from rehabdesk.db.models_exchange import ExchangeState
from rehabdesk.db.schema import SCHEMA_HEAD
from rehabdesk.exchange import bundle, keys
from rehabdesk.services.hq import imports
from tests.hq.hq_helpers import joining, new_store, store_state


def test_a_signed_bundle_with_malformed_rows_is_refused_whole(
        hq_location: str, tmp_path: Path, centre_template: Path) -> None:
    opened, hq_public = new_store(hq_location)
    kpc = joining(centre_template, tmp_path / "kpc", hq_public, opened)
    with kpc.database.unit_of_work() as uow:
        signing = uow.session.scalar(select(ExchangeState.signing_key))
    assert signing is not None
    parts = [bundle.Part("rows/person.jsonl", [b'["uid","version"]\n', b'[["a",1]]\n']),
             bundle.Part("rows/episode.jsonl", [b'["uid","version"]\n', b'{"not": "rows"}\n'])]

    def manifest(hashes: dict[str, str]) -> dict[str, Any]:
        return {"format": 1, "centre": "KPC", "sequence": 1, "schema_revision": SCHEMA_HEAD,
                "previous_bundle": None, "parts": hashes, "audit": {}}

    path = tmp_path / bundle.file_name("KPC", 1)
    bundle.write(path, {"format": 1, "centre": "KPC", "sequence": 1,
                        "centre_key": keys.fingerprint(keys.public_of(signing)),
                        "hq_key": keys.read_hq_public(hq_public).fingerprint},
                 keys.read_hq_public(hq_public), signing, parts, manifest)
    before = store_state(opened)
    line = imports.import_bundle(opened, path)
    assert (line.status, len(line.notes)) == ("refused", 1)
    assert "damaged" in (line.reason("en") or "")
    assert store_state(opened) == before  # the person of the first part was not kept
    opened.close()
    kpc.database.close()
