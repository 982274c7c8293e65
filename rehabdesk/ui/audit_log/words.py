"""What the audit log's action and record codes say to a person (issue #21, item 2: a
coded value is never shown raw). The codes stay what the entries store and what the CSV
export carries; the page shows their wording in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rehabdesk.ui.kit.words import word

__all__ = ["ACTIONS", "RECORDS", "action_word", "record_word"]

CONTEXT = "AuditWords"

ACTIONS = {
    "create": str(QT_TRANSLATE_NOOP("AuditWords", "added")),
    "update": str(QT_TRANSLATE_NOOP("AuditWords", "changed")),
    "delete": str(QT_TRANSLATE_NOOP("AuditWords", "deleted")),
    "merge": str(QT_TRANSLATE_NOOP("AuditWords", "merged")),
    "print": str(QT_TRANSLATE_NOOP("AuditWords", "printed")),
    "export": str(QT_TRANSLATE_NOOP("AuditWords", "exported")),
    "import": str(QT_TRANSLATE_NOOP("AuditWords", "imported")),
    "evaluate": str(QT_TRANSLATE_NOOP("AuditWords", "evaluated")),
    "override": str(QT_TRANSLATE_NOOP("AuditWords", "overridden")),
    "backup": str(QT_TRANSLATE_NOOP("AuditWords", "backed up")),
    "restore": str(QT_TRANSLATE_NOOP("AuditWords", "restored")),
    "encrypt": str(QT_TRANSLATE_NOOP("AuditWords", "encrypted")),
    "view": str(QT_TRANSLATE_NOOP("AuditWords", "viewed")),
    "sign_in": str(QT_TRANSLATE_NOOP("AuditWords", "signed in")),
    "sign_in_failed": str(QT_TRANSLATE_NOOP("AuditWords", "sign-in refused")),
}
"""Every action an entry can record (a test reads the services' audit calls)."""

RECORDS = {
    "user": str(QT_TRANSLATE_NOOP("AuditWords", "user")),
    "attendance": str(QT_TRANSLATE_NOOP("AuditWords", "attendance")),
    "backup_drive": str(QT_TRANSLATE_NOOP("AuditWords", "backup drive")),
    "case_goal": str(QT_TRANSLATE_NOOP("AuditWords", "goal")),
    "centre": str(QT_TRANSLATE_NOOP("AuditWords", "centre")),
    "centre_setting": str(QT_TRANSLATE_NOOP("AuditWords", "centre setting")),
    "consent": str(QT_TRANSLATE_NOOP("AuditWords", "consent")),
    "court_case": str(QT_TRANSLATE_NOOP("AuditWords", "court case")),
    "database": str(QT_TRANSLATE_NOOP("AuditWords", "database")),
    "discharge_summary": str(QT_TRANSLATE_NOOP("AuditWords", "discharge summary")),
    "document": str(QT_TRANSLATE_NOOP("AuditWords", "document")),
    "dormitory": str(QT_TRANSLATE_NOOP("AuditWords", "dormitory")),
    "eligibility_decision": str(QT_TRANSLATE_NOOP("AuditWords", "eligibility decision")),
    "eligibility_override": str(QT_TRANSLATE_NOOP("AuditWords", "override of a rule")),
    "eligibility_policy": str(QT_TRANSLATE_NOOP("AuditWords", "eligibility policy")),
    "enrolment": str(QT_TRANSLATE_NOOP("AuditWords", "enrolment")),
    "episode": str(QT_TRANSLATE_NOOP("AuditWords", "stay")),
    "group_session": str(QT_TRANSLATE_NOOP("AuditWords", "group session")),
    "health_screen": str(QT_TRANSLATE_NOOP("AuditWords", "health screen")),
    "key_file": str(QT_TRANSLATE_NOOP("AuditWords", "key file")),
    "person": str(QT_TRANSLATE_NOOP("AuditWords", "person")),
    "person_alias": str(QT_TRANSLATE_NOOP("AuditWords", "other spelling of a name")),
    "progress_note": str(QT_TRANSLATE_NOOP("AuditWords", "progress note")),
    "screening": str(QT_TRANSLATE_NOOP("AuditWords", "screening")),
    "session_type": str(QT_TRANSLATE_NOOP("AuditWords", "session type")),
    "transfer_list": str(QT_TRANSLATE_NOOP("AuditWords", "transfer list")),
    "treatment_programme": str(QT_TRANSLATE_NOOP("AuditWords", "programme")),
    "urine_test": str(QT_TRANSLATE_NOOP("AuditWords", "urine test")),
    "waitlist_weights": str(QT_TRANSLATE_NOOP("AuditWords", "waitlist weights")),
}
"""Every kind of record an entry can be about."""


def action_word(code: str) -> str:
    """An entry's action in the interface's language."""
    return word(ACTIONS, code, CONTEXT)


def record_word(code: str) -> str:
    """The kind of record an entry is about, in the interface's language."""
    return word(RECORDS, code, CONTEXT)
