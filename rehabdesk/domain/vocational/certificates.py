"""Vocational certificates: when one may be issued, its serial, and the digest its QR code
carries so that anyone holding the paper can have it checked.

Source: issue #14, item 6. A certificate needs the workshop's required hours and an
assessment the trainer recorded as passed. Its serial is ``<CENTRE>-VOC-<YEAR>-<seq>``
(e.g. ``KPC-VOC-2026-0007``). The QR code holds the serial and a digest of what the paper
says — person, workshop, issuer, hours, assessor, dates — so ``rehabdesk certificate
verify`` (and headquarters later) can tell a genuine paper from one whose hours or name
were changed, by recomputing the digest from the record.

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict, dataclass

from rehabdesk.domain.errors import ValidationError

__all__ = [
    "QR_PREFIX",
    "CertificateFacts",
    "check_issuable",
    "digest",
    "parse_qr",
    "qr_text",
    "serial",
]

QR_PREFIX = "RDVOC1"
"""Names the QR text's format, so a later format can be told apart."""
_SERIAL = re.compile(r"^[A-Z0-9]{2,10}-VOC-\d{4}-\d{4,}$")


@dataclass(frozen=True)
class CertificateFacts:
    """What the paper says, the digest's input."""

    serial: str
    person: str
    workshop: str
    issuer: str
    hours: float
    assessor: str
    started: dt.date
    issued: dt.date


def serial(centre_code: str, year: int, sequence: int) -> str:
    """``KPC-VOC-2026-0007``: the centre, the year of issue and its running number."""
    return f"{centre_code.upper()}-VOC-{year:04d}-{sequence:04d}"


def check_issuable(hours: float, required_hours: float, assessment_passed: bool) -> None:
    """Refuses a certificate for someone short of hours or not yet assessed as passed."""
    if round(hours * 100) < round(required_hours * 100):
        raise ValidationError("vocational.certificate_short_of_hours", hours=float(hours),
                              required=float(required_hours))
    if not assessment_passed:
        raise ValidationError("vocational.certificate_not_assessed")


def digest(facts: CertificateFacts) -> str:
    """16 hex digits over every fact the paper prints, in a fixed order."""
    fields = asdict(facts)
    fields["hours"] = f"{facts.hours:.2f}"
    text = json.dumps(fields, default=str, ensure_ascii=False, sort_keys=True)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def qr_text(facts: CertificateFacts) -> str:
    """``RDVOC1:KPC-VOC-2026-0007:3f2a…``: what the QR code on the paper holds."""
    return f"{QR_PREFIX}:{facts.serial}:{digest(facts)}"


def parse_qr(text: str) -> tuple[str, str | None]:
    """(serial, digest) from a scanned QR text, or (serial, None) from a typed serial;
    refuses anything else with a sentence saying what a serial looks like."""
    text = text.strip()
    parts = text.split(":")
    if len(parts) == 3 and parts[0] == QR_PREFIX and _SERIAL.match(parts[1]):
        return parts[1], parts[2].lower()
    if _SERIAL.match(text.upper()):
        return text.upper(), None
    raise ValidationError("vocational.not_a_certificate", text=text[:60])
