"""The bundle file a centre carries to headquarters (issue #16, item 4): encrypted to
headquarters, then the whole signed by the centre, written so that a crash, a full drive
or a pulled stick never leaves a file under the final name that does not verify.

Layout of ``<CENTRE>-<sequence, 6 digits>.rdxb``::

    MAGIC (8 bytes) | header length (4, big-endian) | header (JSON, UTF-8)
    chunk*          | each: last? (1) | length (4) | AES-256-GCM ciphertext
    signature (64)  | Ed25519 over SIGNED_CONTEXT + SHA-256(everything before it)

The header holds only what headquarters needs to pick its keys (centre code, sequence,
both keys' fingerprints, the suite) and ``enc``: a fresh 256-bit content key sealed to
headquarters with HPKE (``exchange.keys.SUITE``). The plaintext is a ZIP stream of parts
(``manifest.json`` last, holding each other part's SHA-256), cut into chunks of
``CHUNK`` bytes; chunk *i* is sealed with the content key, nonce *i* and associated data
SHA-256(header) ‖ *i* ‖ last-flag, so chunks cannot be reordered, dropped or truncated
(the STREAM construction). Nothing is readable without headquarters' private key, and
one changed byte anywhere fails the signature.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import struct
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.exchange import keys

MAGIC = b"RDXB\x00\x01\r\n"
SIGNED_CONTEXT = b"rehabdesk bundle signature v1\x00"
HPKE_INFO = b"rehabdesk bundle v1"
CHUNK = 1 << 20
SUFFIX = ".rdxb"
MANIFEST = "manifest.json"
_SIGNATURE = 64
_FRAME = struct.Struct(">BI")
_LENGTH = struct.Struct(">I")
_NONCE = struct.Struct(">4xQ")
_HEADER_LIMIT = 64 * 1024


class Cancelled(Exception):  # noqa: N818 - a cancel is no error
    """The person pressed Cancel: the partial file is gone and nothing changed."""


def file_name(centre: str, sequence: int) -> str:
    return f"{centre}-{sequence:06d}{SUFFIX}"


def _aad(header_hash: bytes, index: int, last: bool) -> bytes:
    return header_hash + struct.pack(">QB", index, last)


class _HashingFile:
    """Writes to the file and keeps the SHA-256 of everything written."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.handle.write(data)
        self.digest.update(data)


class _Sealer(io.RawIOBase):
    """A write-only stream that seals what it is given in chunks (no ``tell``: zipfile
    then writes a streaming ZIP)."""

    def __init__(self, out: _HashingFile, key: bytes, header_hash: bytes,
                 cancelled: Callable[[], bool]) -> None:
        self._out, self._aead, self._hash = out, AESGCM(key), header_hash
        self._buffer = bytearray()
        self._index = 0
        self._cancelled = cancelled

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._buffer += data
        while len(self._buffer) > CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def _seal(self, plain: bytes, last: bool) -> None:
        if self._cancelled():
            raise Cancelled
        sealed = self._aead.encrypt(_NONCE.pack(self._index), plain,
                                    _aad(self._hash, self._index, last))
        self._out.write(_FRAME.pack(last, len(sealed)) + sealed)
        self._index += 1

    def finish(self) -> None:
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()


@dataclass(frozen=True)
class Part:
    """One member of the bundle: its name and its content, produced piece by piece."""

    name: str
    pieces: Iterable[bytes]


ManifestOf = Callable[[dict[str, str]], dict[str, Any]]
"""Given each part's SHA-256, the manifest (written last, so it can hold them)."""


def write(final: Path, header: dict[str, Any], hq: keys.HqPublic, signing_raw: bytes,
          parts: Iterable[Part], manifest_of: ManifestOf,
          cancelled: Callable[[], bool] = lambda: False) -> str:
    """Writes the bundle under a temporary name, fsyncs it, reads it back and verifies its
    signature, then renames it to ``final`` (and fsyncs the folder); returns its SHA-256.
    Any failure or a cancel removes the partial file: nothing is left but a verified
    bundle under its final name."""
    partial = final.with_name(final.name + ".partial")
    content_key = AESGCM.generate_key(bit_length=256)
    sealed_key = keys.SUITE.encrypt(content_key, hq.kem_public, info=HPKE_INFO)
    header_bytes = json.dumps({**header, "suite": keys.SUITE_NAME, "chunk": CHUNK,
                               "enc": sealed_key.hex()}, sort_keys=True).encode("utf-8")
    try:
        with partial.open("wb") as handle:  # a killed export's leftover is replaced
            out = _HashingFile(handle)
            out.write(MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes)
            sealer = _Sealer(out, content_key, hashlib.sha256(header_bytes).digest(),
                             cancelled)
            hashes: dict[str, str] = {}
            with zipfile.ZipFile(sealer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
                for part in parts:
                    digest = hashlib.sha256()
                    with zf.open(part.name, "w", force_zip64=True) as member:
                        for piece in part.pieces:
                            digest.update(piece)
                            member.write(piece)
                    hashes[part.name] = digest.hexdigest()
                zf.writestr(MANIFEST, json.dumps(manifest_of(hashes), sort_keys=True,
                                                 ensure_ascii=False, indent=1))
            sealer.finish()
            signature = keys.signing_key(signing_raw).sign(
                SIGNED_CONTEXT + out.digest.digest())
            handle.write(signature)
            handle.flush()
            os.fsync(handle.fileno())
        sha256 = verify(partial, keys.public_of(signing_raw))
        partial.replace(final)
        _fsync_folder(final.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return sha256


def _fsync_folder(folder: Path) -> None:
    """Makes the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@dataclass(frozen=True)
class Envelope:
    """What anyone can see of a bundle without headquarters' key."""

    header: dict[str, Any]
    sha256: str
    """Of the whole file: the link the next bundle's manifest and the ledger keep."""
    chunks: list[tuple[int, int, bool]]
    """(offset, length, last) of each sealed chunk."""
    header_bytes: bytes


def _frames(handle: IO[bytes], size: int) -> Iterator[tuple[int, int, bool]]:
    while handle.tell() < size - _SIGNATURE:
        frame = handle.read(_FRAME.size)
        if len(frame) != _FRAME.size:
            raise RehabDeskError("exchange.bundle_damaged")
        last, length = _FRAME.unpack(frame)
        offset = handle.tell()
        if last > 1 or offset + length > size - _SIGNATURE:
            raise RehabDeskError("exchange.bundle_damaged")
        handle.seek(length, os.SEEK_CUR)
        yield offset, length, bool(last)


def verify(path: Path, centre_public: bytes) -> str:
    """Checks the file's structure and the centre's signature; returns its SHA-256. A
    changed, truncated or foreign file is refused with one sentence."""
    return envelope(path, centre_public).sha256


def envelope(path: Path, centre_public: bytes) -> Envelope:
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(len(MAGIC) + _LENGTH.size)
            if len(head) != len(MAGIC) + _LENGTH.size or head[:len(MAGIC)] != MAGIC:
                raise RehabDeskError("exchange.not_a_bundle", name=path.name)
            (length,) = _LENGTH.unpack(head[len(MAGIC):])
            if length > _HEADER_LIMIT:
                raise RehabDeskError("exchange.bundle_damaged")
            header_bytes = handle.read(length)
            chunks = list(_frames(handle, size))
            if not chunks or not chunks[-1][2] or any(c[2] for c in chunks[:-1]):
                raise RehabDeskError("exchange.bundle_damaged")
            handle.seek(0)
            digest = hashlib.sha256()
            remaining = size - _SIGNATURE
            while remaining:
                block = handle.read(min(remaining, CHUNK))
                if not block:
                    raise RehabDeskError("exchange.bundle_damaged")
                digest.update(block)
                remaining -= len(block)
            signature = handle.read(_SIGNATURE)
            whole = digest.copy()
            whole.update(signature)
    except OSError as error:
        raise RehabDeskError("exchange.bundle_unreadable", name=path.name) from error
    if not keys.verifies(centre_public, signature, SIGNED_CONTEXT + digest.digest()):
        raise RehabDeskError("exchange.bundle_damaged")
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise RehabDeskError("exchange.bundle_damaged") from error
    return Envelope(header, whole.hexdigest(), chunks, header_bytes)


@dataclass(frozen=True)
class OpenedBundle:
    """A verified, decrypted bundle: its header, manifest and parts (headquarters)."""

    header: dict[str, Any]
    manifest: dict[str, Any]
    parts: dict[str, bytes]
    sha256: str


def open_bundle(path: Path, hq: keys.HqPrivate, centre_public: bytes) -> OpenedBundle:
    """What headquarters does with a bundle (issue #17 uses this): verify the centre's
    signature, decrypt with headquarters' private key, check every part against the
    manifest. Refused with one sentence at the first thing that does not hold."""
    sealed = envelope(path, centre_public)
    if sealed.header.get("hq_key") != hq.public.fingerprint:
        raise RehabDeskError("exchange.bundle_for_other_hq")
    try:
        content_key = keys.SUITE.decrypt(bytes.fromhex(sealed.header["enc"]), hq.kem_private,
                                         info=HPKE_INFO)
    except (KeyError, ValueError) as error:
        raise RehabDeskError("exchange.bundle_damaged") from error
    aead = AESGCM(content_key)
    header_hash = hashlib.sha256(sealed.header_bytes).digest()
    plain = io.BytesIO()
    with path.open("rb") as handle:
        for index, (offset, length, last) in enumerate(sealed.chunks):
            handle.seek(offset)
            try:
                plain.write(aead.decrypt(_NONCE.pack(index), handle.read(length),
                                         _aad(header_hash, index, last)))
            except InvalidTag as error:
                raise RehabDeskError("exchange.bundle_damaged") from error
    try:
        with zipfile.ZipFile(plain) as zf:
            parts = {name: zf.read(name) for name in zf.namelist()}
        manifest = json.loads(parts.pop(MANIFEST))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise RehabDeskError("exchange.bundle_damaged") from error
    expected = manifest.get("parts", {})
    if set(expected) != set(parts) or any(
            hashlib.sha256(data).hexdigest() != expected[name] for name, data in parts.items()):
        raise RehabDeskError("exchange.bundle_damaged")
    return OpenedBundle(sealed.header, manifest, parts, sealed.sha256)
