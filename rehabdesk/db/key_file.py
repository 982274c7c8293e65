"""The key file beside an encrypted centre database (issue #8, item 2).

The database key is 32 random bytes, used by SQLCipher as a raw key. It is never
written in clear: ``<db>.keys`` (JSON) holds one *copy* of it per user, wrapped with that
user's password, and one wrapped with the recovery key printed on the recovery sheet::

    {"format": "rehabdesk-keys/1",
     "copies": {"user:vanna": {COPY}, "recovery": {COPY}},
     "refused": [{"at": "…", "username": "…", "summary": "…", "dropped_before": N}],
     "dropped": N}

A copy is AES-256-GCM of the key under a key-encryption key (KEK) derived from the
secret with argon2id (RFC 9106; OWASP's minimum m = 19 MiB, t = 2, p = 1, the password
hashes' parameters) and the copy's own random salt. The slot name (``user:vanna``) is the
GCM associated data, so a copy moved into another user's slot does not open. A copy also
keeps its user's failed unlocks and lock (``domain.lockout``) and a ``check``: the
SHA-256 of its slot and wrapped fields, so that a damaged copy (a flipped byte on a worn
disk) is told apart from a wrong password instead of counting towards a lockout (issue
#23, item 4). ``refused`` holds the refusals the audit log has not recorded yet: the
audit log lives inside the database, which a refused password cannot open.
``add_refusal`` caps them without losing the first and last refusal of each user name,
and counts what it drops (``dropped``).

Every change is read-modify-write under an OS lock on ``<db>.keys.lock`` and lands by
renaming a complete temporary file into place, so a crash never leaves half a key file and
two processes never lose each other's change.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from filelock import lock_descriptor

from rehabdesk.db import storage_faults
from rehabdesk.domain.errors import RehabDeskError, StorageError

FORMAT = "rehabdesk-keys/1"
KEY_BYTES = 32
KDF = {"t": 2, "m": 19 * 1024, "p": 1}
"""argon2id parameters of new copies (the same as the password hashes')."""
RECOVERY = "recovery"
WRAPPED_FIELDS = ("salt", "t", "m", "p", "nonce", "wrapped")
"""What makes a copy open; its counters (failed unlocks, lock) change without it."""
MAX_REFUSED = 200
"""Refusals kept for the audit log between two sign-ins (``add_refusal``)."""


@dataclass(frozen=True)
class CentreKey:
    """An open database's key and where its wrapped copies live."""

    key: bytes
    key_file: Path

    def __repr__(self) -> str:  # never print the key
        return f"CentreKey(key_file={self.key_file!s})"


def key_file_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def user_slot(username: str) -> str:
    return f"user:{username.strip().lower()}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_kek(secret: str, salt: bytes, t: int, m: int, p: int) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=t, memory_cost=m,
                           parallelism=p, hash_len=KEY_BYTES, type=Type.ID)


def checksum(copy: dict[str, Any], slot: str) -> str:
    """The SHA-256 of ``slot`` and the copy's wrapped fields (``WRAPPED_FIELDS``)."""
    fields = {name: copy.get(name) for name in WRAPPED_FIELDS}
    return hashlib.sha256(json.dumps([slot, fields], sort_keys=True).encode()).hexdigest()


def is_damaged(copy: dict[str, Any], slot: str) -> bool:
    """True when the copy cannot be what ``seal`` wrote: its checksum differs, or a field
    is missing or malformed. Copies written before checksums have none; they are judged by
    their fields alone and get a checksum at their next good unlock (``with_checksum``)."""
    try:
        sizes = (len(_unb64(copy["salt"])), len(_unb64(copy["nonce"])),
                 len(_unb64(copy["wrapped"])))
        numbers = all(isinstance(copy[name], int) and copy[name] > 0 for name in "tmp")
    except (KeyError, TypeError, ValueError):  # binascii.Error is a ValueError
        return True
    if sizes[0] < 8 or sizes[1] != 12 or sizes[2] != KEY_BYTES + 16 or not numbers:
        return True
    return "check" in copy and copy["check"] != checksum(copy, slot)


def with_checksum(copy: dict[str, Any], slot: str) -> dict[str, Any]:
    return {**copy, "check": checksum(copy, slot)}


def seal(key: bytes, kek: bytes, slot: str, salt: bytes, kdf: dict[str, int]) -> dict[str, Any]:
    """A copy of ``key`` under ``kek`` (derived from ``salt`` and ``kdf``) for ``slot``."""
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, key, f"rehabdesk-key:{slot}".encode())
    return with_checksum({"salt": _b64(salt), **kdf, "nonce": _b64(nonce),
                          "wrapped": _b64(wrapped), "failed_attempts": 0,
                          "locked_until": None}, slot)


def wrap(key: bytes, secret: str, slot: str) -> dict[str, Any]:
    """A fresh copy of ``key`` that ``secret`` opens, with its own salt."""
    salt = secrets.token_bytes(16)
    return seal(key, derive_kek(secret, salt, **KDF), slot, salt, dict(KDF))


def unwrap(copy: dict[str, Any], secret: str, slot: str) -> bytes | None:
    """The key, or None when ``secret`` is not the one that wrapped this copy."""
    try:
        kek = derive_kek(secret, _unb64(copy["salt"]), int(copy["t"]), int(copy["m"]),
                         int(copy["p"]))
        return AESGCM(kek).decrypt(_unb64(copy["nonce"]), _unb64(copy["wrapped"]),
                                   f"rehabdesk-key:{slot}".encode())
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


def burn_time() -> None:
    """The cost of one unwrap, for a user without a copy (no user enumeration by timing)."""
    derive_kek("", bytes(16), **KDF)


def add_refusal(data: dict[str, Any], entry: dict[str, Any]) -> None:
    """Keeps ``entry`` (with its ``username``) among the refusals waiting for the audit log,
    at most ``MAX_REFUSED`` of them, without letting a flood flush out the evidence
    (issue #23): past the cap, the middle refusals of a user name go first (its next kept
    refusal counts them in ``dropped_before``), then the oldest of a user name seen only
    once (a spray of made-up names), then the oldest; ``dropped`` counts all of them."""
    refused: list[dict[str, Any]] = [*data.get("refused", []), entry]
    while len(refused) > MAX_REFUSED:
        refused.pop(_to_drop(refused))
        data["dropped"] = int(data.get("dropped", 0)) + 1
    data["refused"] = refused


def _to_drop(refused: list[dict[str, Any]]) -> int:
    def name(entry: dict[str, Any]) -> str:
        return str(entry.get("username", "")).strip().lower()

    positions: dict[str, list[int]] = {}
    for index, entry in enumerate(refused):
        positions.setdefault(name(entry), []).append(index)
    middles = sorted(i for indexes in positions.values() for i in indexes[1:-1])
    if middles:
        index = middles[0]
        following = positions[name(refused[index])]
        later = following[following.index(index) + 1]
        refused[later]["dropped_before"] = (int(refused[later].get("dropped_before", 0))
                                            + 1 + int(refused[index].get("dropped_before", 0)))
        return index
    once = [indexes[0] for indexes in positions.values() if len(indexes) == 1]
    return min(once) if once else 0


def empty() -> dict[str, Any]:
    return {"format": FORMAT, "copies": {}, "refused": []}


def read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RehabDeskError("platform.key_file_missing", path=str(path)) from None
    except OSError as error:  # the system's own words: a folder, a device error …
        raise RehabDeskError("platform.key_file_unreadable", path=str(path),
                             reason=error.strerror or str(error)) from None
    except ValueError:  # not JSON, or not UTF-8
        raise RehabDeskError("platform.key_file_damaged", path=str(path)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise RehabDeskError("platform.not_a_key_file", path=str(path))
    return data


def write(path: Path, data: dict[str, Any]) -> None:
    """Writes ``data`` whole: a temporary file, flushed to disk, renamed into place. On a
    full or read-only disk the old file stays and ``StorageError`` says why."""
    temporary = path.with_name(path.name + ".writing")
    try:
        with storage_faults.told(path):
            with temporary.open("w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            temporary.replace(path)
    except StorageError:
        temporary.unlink(missing_ok=True)
        raise


def _snapshot(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True)


@contextlib.contextmanager
def editing(path: Path, *, create: bool = False) -> Iterator[dict[str, Any]]:
    """The key file's content to change; written back when the block ends without error
    and changed something (a sign-in that changes nothing writes nothing, so a full disk
    or read-only media still opens, issue #23, item 13).

    Held under an OS lock for the whole read-modify-write, waiting for another process's
    edit to end (the kernel drops the lock if that process dies). The lock is the one the
    writer lock uses (``filelock.lock_descriptor``), so Linux and Windows behave alike.
    Where the lock file cannot be made (a read-only folder) nobody can write the key file
    either, so the content is read without it and a change is refused."""
    with _edit_lock(path, create=create) as refused:
        data = empty() if create and not path.exists() else read(path)
        before = None if create else _snapshot(data)
        yield data
        if before != _snapshot(data):
            if refused is not None:
                raise refused
            write(path, data)


@contextlib.contextmanager
def _edit_lock(path: Path, *, create: bool) -> Iterator[StorageError | None]:
    """Holds the key file's OS lock; yields None, or, when the lock file cannot be made
    (a read-only folder, a full disk), why the key file cannot be changed either."""
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        guard = path.with_name(path.name + ".lock").open("a+", encoding="utf-8")
    except OSError as error:
        if (refused := storage_faults.storage_error(error, path)) is None:
            raise
        yield refused
        return
    with guard:
        lock_descriptor(guard.fileno())
        yield None


def put_copy(centre_key: CentreKey, slot: str, secret: str) -> None:
    """Adds or replaces one copy; every other copy stays byte for byte as it was."""
    copy = wrap(centre_key.key, secret, slot)
    with editing(centre_key.key_file) as data:
        data["copies"][slot] = copy
