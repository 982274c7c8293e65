"""Sentences about printing forms and the command line's print and transfer commands
(printing, services.paperwork, cli).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
