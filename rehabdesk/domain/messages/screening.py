"""Sentences about screenings: ASSIST, DAST-10, AUDIT, urine tests and the health screen
(domain.screening, services.screening).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
