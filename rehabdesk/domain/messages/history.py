"""Sentences of a person's History tab: one per audit entry (domain.history).

Code → (English template, Khmer template); the templates' fields and specs are
explained in ``domain.messages``.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "history.changed": ("{actor} changed {changes} on {day}",
                        "{actor} បានកែប្រែ {changes} នៅថ្ងៃ {day}"),
    "history.did": ("{actor} {what} on {day}", "{actor} {what} នៅថ្ងៃ {day}"),
    "history.did_action": ("{actor}: {action:audit_action} on {day}",
                           "{actor}៖ {action:audit_action} នៅថ្ងៃ {day}"),
    "history.birth_year_changed": ("birth year from {old} to {new}",
                                   "ឆ្នាំកំណើតពី {old} ទៅ {new}"),
    "history.field_set": ("{field:person_field} to {new}", "{field:person_field} ទៅ {new}"),
    "history.field_changed": ("{field:person_field} from {old} to {new}",
                              "{field:person_field} ពី {old} ទៅ {new}"),
    "history.empty": ("(empty)", "(ទទេ)"),
}
