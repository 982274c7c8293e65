"""Sentences about registering arrivals: identity, address, belongings, drafts and transfer
lists (domain.intake, domain.entry, domain.transfer, services.intake).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
