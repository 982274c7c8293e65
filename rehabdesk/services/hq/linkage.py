"""Each person's linkage key at headquarters (issue #18, item 3): HMAC-SHA-256 under a
secret kept only at headquarters (``domain.disclosure.linkage_key``), over the national
id when present, else the normalised Khmer name, birth date and sex.

The secret is made the first time a key is needed and sealed under the store key like
headquarters' private key. Keys are stored per person row version (``hq_linkage``) and
computed as people arrive: the import keys the people each bundle created or updated
(:func:`link`, from rows it already holds parsed), so a release of statistics finds them
all held — at 20 centres × 50,000 people, computing a million keys at the first release
added about 35 s to it. :func:`refresh_linkage` keys whoever is still missing or stale (a
store imported before keys were kept at import), reading only those people's rows.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import secrets
from collections.abc import Collection, Sequence
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, String, and_, cast, delete, insert, or_, select

from rehabdesk.db.base import utcnow
from rehabdesk.domain.disclosure import linkage_key
from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.exchange.hq.bulk import among, insert_rows
from rehabdesk.exchange.hq.schema import hq_fact, hq_linkage, hq_linkage_secret, hq_row
from rehabdesk.services.hq.store import HqStore

_SECRET_CONTEXT = b"rehabdesk hq linkage secret v1"
_BATCH = 5000


def _secret(opened: HqStore, connection: Connection) -> bytes:
    """Headquarters' linkage secret, made the first time a key is computed."""
    sealed = connection.execute(select(hq_linkage_secret.c.sealed)).scalar()
    if sealed is None:
        secret = secrets.token_bytes(32)
        nonce = secrets.token_bytes(12)
        sealed = base64.b64encode(
            nonce + AESGCM(opened.key).encrypt(nonce, secret, _SECRET_CONTEXT)).decode()
        connection.execute(insert(hq_linkage_secret).values(id=1, sealed=sealed,
                                                            created_at=utcnow()))
        return secret
    raw = base64.b64decode(sealed)
    try:
        return AESGCM(opened.key).decrypt(raw[:12], raw[12:], _SECRET_CONTEXT)
    except InvalidTag as error:
        raise RehabDeskError("hq.store_key_wrong") from error


def _birth(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _key_row(secret: bytes, centre_id: int, person: dict[str, Any]) -> dict[str, Any]:
    """``hq_linkage``'s row for one person row as the centre exported it."""
    return {"centre_id": centre_id, "uid": person["uid"], "version": person["version"],
            "key": linkage_key(secret, national_id=person.get("national_id"),
                               khmer_name=str(person.get("khmer_name") or ""),
                               birth_date=_birth(person.get("birth_date")),
                               sex=str(person.get("sex") or ""))}


def _replace(connection: Connection, centre_id: int, held: Collection[str],
             keys: list[dict[str, Any]]) -> None:
    if held:
        connection.execute(delete(hq_linkage).where(
            hq_linkage.c.centre_id == centre_id, among(connection, hq_linkage.c.uid, held)))
    insert_rows(connection, hq_linkage, keys)  # COPY on PostgreSQL


def link(opened: HqStore, connection: Connection, centre_id: int,
         people: Sequence[dict[str, Any]], rekeyed: Collection[str]) -> None:
    """Keys the person rows a bundle created or updated (``people``, parsed);
    ``rekeyed``: the uids among them who may hold a key already (updated ones)."""
    if people:
        secret = _secret(opened, connection)
        _replace(connection, centre_id, [p["uid"] for p in people if p["uid"] in rekeyed],
                 [_key_row(secret, centre_id, person) for person in people])


def refresh_linkage(opened: HqStore, connection: Connection) -> int:
    """Computes the linkage key of every person row without one at its version; returns
    how many were computed. Which are stale is read from the person facts' versions
    (narrow rows), and only those people's rows from ``hq_row``."""
    person = hq_fact["person"]
    stale = (select(person.c.centre_id, person.c.uid, hq_linkage.c.uid.label("held"))
             .outerjoin(hq_linkage, and_(hq_linkage.c.centre_id == person.c.centre_id,
                                         hq_linkage.c.uid == person.c.uid))
             .where(or_(hq_linkage.c.uid.is_(None),
                        cast(hq_linkage.c.version, String) != person.c.version)))
    computed = 0
    # streamed in batches: keying a million people without holding them
    for batch in connection.execute(stale.execution_options(yield_per=_BATCH)).partitions():
        secret = _secret(opened, connection)
        for centre_id in sorted({r.centre_id for r in batch}):
            uids = [r.uid for r in batch if r.centre_id == centre_id]
            keys = [_key_row(secret, centre_id, {**json.loads(row.content), "uid": row.uid,
                                                 "version": row.version})
                    for row in connection.execute(select(
                        hq_row.c.uid, hq_row.c.version, hq_row.c.content).where(
                        hq_row.c.centre_id == centre_id,
                        among(connection, hq_row.c.uid, uids)))]
            _replace(connection, centre_id,
                     [r.uid for r in batch if r.centre_id == centre_id and r.held], keys)
            computed += len(keys)
    return computed
