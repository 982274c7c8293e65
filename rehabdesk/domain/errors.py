"""Errors a user can act on.

Every error is one plain sentence saying what is wrong and how to fix it (brief: "bad
input never crashes"). It is raised as a code and parameters, not as an English sentence
(issue #21, item 3): ``ValidationError("intake.birth_in_future")``; the UI and the
command line word it in the reader's language with :meth:`RehabDeskError.said`
(``domain.messages`` holds the sentences). ``str(error)`` is the English sentence, for
logs and tests.
"""

from __future__ import annotations

from typing import Any

from rehabdesk.domain.messages import Message


class RehabDeskError(Exception):
    """Something the user can understand and fix."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.message = Message(code, params)

    @classmethod
    def saying(cls, message: Message) -> RehabDeskError:
        """The error saying ``message`` (a problem a rule reported as a sentence)."""
        return cls(message.code, **message.params)

    @property
    def code(self) -> str:
        """The sentence's code in ``domain.messages.CATALOGUE``."""
        return self.message.code

    def said(self, language: str = "en") -> str:
        """The sentence in ``language`` (``"en"`` or ``"km"``)."""
        return self.message.said(language)

    def __str__(self) -> str:
        return self.said("en")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its parameters (an error crossing to or from a worker process)."""
        return (_rebuilt, (type(self), self.code, dict(self.message.params)))


def _rebuilt(kind: type[RehabDeskError], code: str, params: dict[str, Any]) -> RehabDeskError:
    return kind(code, **params)


class ValidationError(RehabDeskError):
    """Input that cannot be saved as it is; nothing was written."""


class NotFoundError(RehabDeskError):
    """The record asked for does not exist (or no longer exists)."""


class StorageError(RehabDeskError):
    """The disk is full, or a file or folder may not be written; nothing was changed
    (``db.storage_faults`` words it)."""
