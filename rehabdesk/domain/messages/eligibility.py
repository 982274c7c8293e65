"""Sentences about eligibility policies, facts and decisions (domain.eligibility,
services.eligibility).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
