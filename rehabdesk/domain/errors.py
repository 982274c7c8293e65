"""Errors a user can act on.

Every message is one plain sentence saying what is wrong and how to fix it; the UI and
the command line show ``str(error)`` as it is (brief: "bad input never crashes").
"""


class RehabDeskError(Exception):
    """Something the user can understand and fix; the message is shown verbatim."""


class ValidationError(RehabDeskError):
    """Input that cannot be saved as it is; nothing was written."""


class NotFoundError(RehabDeskError):
    """The record asked for does not exist (or no longer exists)."""


class StorageError(RehabDeskError):
    """The disk is full, or a file or folder may not be written; nothing was changed
    (``db.storage_faults`` words it)."""
