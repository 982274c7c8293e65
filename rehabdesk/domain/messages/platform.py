"""Sentences about the database, encryption, backups, users, sign-in, permissions and
centre settings (db, services.platform, domain.permissions, domain.settings,
domain.lockout).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
