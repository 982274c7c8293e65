"""The keys of the exchange with headquarters (issue #16, item 3; DOMAIN.md, "Headquarters
exchange"). Only `cryptography`'s primitives, no home-made cryptography:

- each centre signs with an **Ed25519** key: signed with the centre's private key and
  verified with its registered public key (the known design whose "signature" was made
  with a public key could be forged by anyone);
- bundles are encrypted to headquarters with **HPKE** (RFC 9180), suite ML-KEM-768 +
  X25519 (hybrid post-quantum: records about detainees must stay confidential for
  decades, and a stick copied today could be decrypted later), HKDF-SHA256, AES-256-GCM;
- headquarters signs its acknowledgements with an Ed25519 key of its own.

Headquarters' public key travels as a small JSON file the administrator installs and
confirms by its fingerprint — in digits, in words (:func:`fingerprint_words`) and as a QR
code (issue #16, item 3); the private file stays at headquarters (issue #17 reads it
with :func:`read_hq_private`).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from mnemonic import Mnemonic

from rehabdesk.domain.errors import RehabDeskError

SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SUITE_NAME = "HPKE MLKEM768-X25519 HKDF-SHA256 AES-256-GCM"
HQ_PUBLIC_KIND = "rehabdesk-hq-public-key"
HQ_PRIVATE_KIND = "rehabdesk-hq-private-key"
CENTRE_PUBLIC_KIND = "rehabdesk-centre-public-key"
FORMAT = 1
_MLKEM768_PUBLIC = 1184
_MLKEM_SEED = 64
_RAW = 32
_WORDS = Mnemonic("english")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _fingerprint_bits(public: bytes) -> bytes:
    """The 128 bits both spellings of a fingerprint carry: the first half of the SHA-256
    of the public key bytes."""
    return hashlib.sha256(public).digest()[:16]


def fingerprint(public: bytes) -> str:
    """What two people compare by eye or read to each other on the phone: SHA-256 of the
    public key bytes, its first 128 bits as eight groups of five decimal digits (each
    group one 16-bit number, as safety numbers are written). Digits only, so it reads
    the same in Khmer and English and no group looks like a word."""
    digest = _fingerprint_bits(public)
    return " ".join(f"{int.from_bytes(digest[i:i + 2], 'big'):05d}" for i in range(0, 16, 2))


def fingerprint_words(public: bytes) -> str:
    """The same 128 bits as :func:`fingerprint`, as the twelve words of BIP-39's English
    list (the ``mnemonic`` package, Trezor's reference implementation): a standard list
    of 2,048 common words chosen so that no two share their first four letters, made to
    be read aloud and written down without mistakes; its last word also carries a 4-bit
    checksum, so most misheard words give a phrase that cannot be right. Digits suit a
    page, words the telephone (issue #16, item 3). The list is English: Khmer has no
    standard one, and a word read wrongly in translation would defeat the check."""
    return _WORDS.to_mnemonic(_fingerprint_bits(public))


def new_signing_key() -> bytes:
    """A new Ed25519 private key, as its 32 raw bytes."""
    return ed25519.Ed25519PrivateKey.generate().private_bytes_raw()


def signing_key(raw: bytes) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(raw)


def public_of(raw_private: bytes) -> bytes:
    return signing_key(raw_private).public_key().public_bytes_raw()


def verifies(public: bytes, signature: bytes, message: bytes) -> bool:
    """True when ``signature`` is ``public``'s Ed25519 signature of ``message``."""
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def centre_public_file(code: str, raw_private: bytes) -> bytes:
    """The centre's public key as the file headquarters registers (``exchange
    centre-key``)."""
    return _json({"kind": CENTRE_PUBLIC_KIND, "format": FORMAT, "centre": code,
                  "sign_public": _b64(public_of(raw_private))})


@dataclass(frozen=True)
class CentrePublic:
    centre: str
    sign_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public)

    @property
    def words(self) -> str:
        """The fingerprint in words, as the centre's ``exchange centre-key`` says it."""
        return fingerprint_words(self.sign_public)


def read_centre_public(data: bytes) -> CentrePublic:
    fields = _fields(data, CENTRE_PUBLIC_KIND)
    if fields is None:
        raise RehabDeskError("exchange.not_a_centre_key")
    try:
        public = base64.b64decode(str(fields["sign_public"]), validate=True)
        ed25519.Ed25519PublicKey.from_public_bytes(public)
        return CentrePublic(str(fields["centre"]), public)
    except (KeyError, ValueError, TypeError) as error:
        raise RehabDeskError("exchange.not_a_centre_key") from error


@dataclass(frozen=True)
class HqPublic:
    """Headquarters' public keys: the HPKE key bundles are encrypted to, and the Ed25519
    key its acknowledgements are signed with."""

    kem_public: hpke.MLKEM768X25519PublicKey
    kem_bytes: bytes
    sign_public: bytes

    @property
    def fingerprint(self) -> str:
        """One fingerprint over both keys, so neither can be swapped alone."""
        return fingerprint(self.kem_bytes + self.sign_public)

    @property
    def words(self) -> str:
        """The same fingerprint in words, as ``hq init`` says it."""
        return fingerprint_words(self.kem_bytes + self.sign_public)


@dataclass(frozen=True)
class HqPrivate:
    kem_private: hpke.MLKEM768X25519PrivateKey
    sign_private: ed25519.Ed25519PrivateKey
    public: HqPublic


def _json(fields: dict[str, object]) -> bytes:
    return (json.dumps(fields, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _fields(data: bytes, kind: str) -> dict[str, object] | None:
    """The JSON object of a key file of ``kind``, or None when it is not one."""
    try:
        fields = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(fields, dict) or fields.get("kind") != kind or fields.get(
            "format") != FORMAT:
        return None
    return fields


def _hq_public(kem_bytes: bytes, sign_public: bytes) -> HqPublic:
    if len(kem_bytes) != _MLKEM768_PUBLIC + _RAW or len(sign_public) != _RAW:
        raise ValueError("wrong key length")
    kem = hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(kem_bytes[:_MLKEM768_PUBLIC]),
        x25519.X25519PublicKey.from_public_bytes(kem_bytes[_MLKEM768_PUBLIC:]))
    ed25519.Ed25519PublicKey.from_public_bytes(sign_public)
    return HqPublic(kem, kem_bytes, sign_public)


def read_hq_public(data: bytes) -> HqPublic:
    """Headquarters' public key file, or the sentence that it is not one."""
    fields = _fields(data, HQ_PUBLIC_KIND)
    if fields is None:
        raise RehabDeskError("exchange.not_an_hq_key")
    try:
        return _hq_public(base64.b64decode(str(fields["kem_public"]), validate=True),
                          base64.b64decode(str(fields["sign_public"]), validate=True))
    except (KeyError, ValueError, TypeError) as error:
        raise RehabDeskError("exchange.not_an_hq_key") from error


def read_hq_private(data: bytes) -> HqPrivate:
    """Headquarters' private key file (kept at headquarters only)."""
    fields = _fields(data, HQ_PRIVATE_KIND)
    if fields is None:
        raise RehabDeskError("exchange.not_an_hq_key")
    try:
        seed = base64.b64decode(str(fields["mlkem_seed"]), validate=True)
        x_raw = base64.b64decode(str(fields["x25519"]), validate=True)
        sign_raw = base64.b64decode(str(fields["sign"]), validate=True)
        if len(seed) != _MLKEM_SEED:
            raise ValueError("wrong seed length")
        ml = mlkem.MLKEM768PrivateKey.from_seed_bytes(seed)
        x = x25519.X25519PrivateKey.from_private_bytes(x_raw)
        sign = ed25519.Ed25519PrivateKey.from_private_bytes(sign_raw)
    except (KeyError, ValueError, TypeError) as error:
        raise RehabDeskError("exchange.not_an_hq_key") from error
    public = _hq_public(ml.public_key().public_bytes_raw() + x.public_key().public_bytes_raw(),
                        sign.public_key().public_bytes_raw())
    return HqPrivate(hpke.MLKEM768X25519PrivateKey(ml, x), sign, public)


def new_hq_keys() -> tuple[bytes, bytes]:
    """A new pair of headquarters key files: (private, public)."""
    ml = mlkem.MLKEM768PrivateKey.generate()
    x = x25519.X25519PrivateKey.generate()
    sign = ed25519.Ed25519PrivateKey.generate()
    kem_bytes = ml.public_key().public_bytes_raw() + x.public_key().public_bytes_raw()
    public = _json({"kind": HQ_PUBLIC_KIND, "format": FORMAT, "suite": SUITE_NAME,
                    "kem_public": _b64(kem_bytes),
                    "sign_public": _b64(sign.public_key().public_bytes_raw())})
    private = _json({"kind": HQ_PRIVATE_KIND, "format": FORMAT, "suite": SUITE_NAME,
                     "mlkem_seed": _b64(ml.private_bytes_raw()),
                     "x25519": _b64(x.private_bytes_raw()),
                     "sign": _b64(sign.private_bytes_raw())})
    return private, public
