"""A refusal, worded for the person at the screen (issue #21, item 3): the domain and the
services raise a code and parameters, and every dialog shows the sentence in the
interface's language. So is any other sentence a service hands back as a code and
parameters (what an audit entry says it did)."""

from __future__ import annotations

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.messages import Message
from rehabdesk.ui.kit.language import current_language


def error_text(error: RehabDeskError) -> str:
    """``error``'s sentence in the interface's language."""
    return error.said(current_language())


def said(message: Message) -> str:
    """``message``'s sentence in the interface's language."""
    return message.said(current_language())
