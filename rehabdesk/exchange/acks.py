"""Headquarters' acknowledgement: a small signed file saying "received everything of
KPC up to bundle 12, whose SHA-256 is …, on …" (issue #16, item 5).

Signed with headquarters' Ed25519 key over the canonical JSON of its fields, verified at
the centre with the key the administrator installed; the bundle's hash ties it to the
exact file the centre made, so an acknowledgement of a replaced bundle does not count.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.exchange import keys

KIND = "rehabdesk-hq-acknowledgement"
_CONTEXT = b"rehabdesk acknowledgement v1\x00"


@dataclass(frozen=True)
class Acknowledgement:
    centre: str
    centre_key: str
    """The fingerprint of the centre key the bundles were signed with."""
    up_to: int
    bundle_sha256: str
    received_on: str
    """Headquarters' date, as its clerk would write it: shown, never compared."""


def _signed_bytes(ack: Acknowledgement) -> bytes:
    return _CONTEXT + json.dumps(asdict(ack), sort_keys=True, separators=(",", ":")).encode()


def make(hq: keys.HqPrivate, ack: Acknowledgement) -> bytes:
    """The acknowledgement file (headquarters, issue #17; tests)."""
    signature = hq.sign_private.sign(_signed_bytes(ack))
    return (json.dumps({"kind": KIND, "format": keys.FORMAT, "acknowledgement": asdict(ack),
                        "signature": base64.b64encode(signature).decode("ascii")},
                       indent=1, sort_keys=True) + "\n").encode("utf-8")


def read(data: bytes, hq: keys.HqPublic) -> Acknowledgement:
    """The acknowledgement in ``data`` if headquarters' installed key signed it; else the
    sentence that it is no acknowledgement, or a forged one."""
    try:
        fields = json.loads(data.decode("utf-8"))
        if fields.get("kind") != KIND or fields.get("format") != keys.FORMAT:
            raise ValueError("not an acknowledgement")
        body = fields["acknowledgement"]
        ack = Acknowledgement(str(body["centre"]), str(body["centre_key"]), int(body["up_to"]),
                              str(body["bundle_sha256"]), str(body["received_on"]))
        signature = base64.b64decode(str(fields["signature"]), validate=True)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise RehabDeskError("exchange.not_an_acknowledgement") from error
    if not keys.verifies(hq.sign_public, signature, _signed_bytes(ack)):
        raise RehabDeskError("exchange.acknowledgement_forged")
    return ack
