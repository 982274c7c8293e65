"""Sentences about court cases, charges, verdicts and sentences (domain.legal, services.legal).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
