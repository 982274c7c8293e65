"""Sentences about referral, enrolment, dormitories, programmes, attendance and case plans
(domain.enrolment, domain.programmes, services.enrolment).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
