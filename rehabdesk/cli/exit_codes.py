"""What a ``rehabdesk`` command's exit code means, so that scripts and the scheduled
backup can tell a refusal from a busy database from a full disk (issue #23, item 13; the
admin guide lists them)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    """Done."""
    PROBLEMS_FOUND = 1
    """Done, and what was checked or imported has problems (invalid rows, a damaged
    backup, a broken audit chain), or the user answered no."""
    INVALID_INPUT = 2
    """Refused: the input, the user, or the command line is wrong; nothing was changed."""
    BUSY = 3
    """Another program holds the database; nothing was changed; try again later."""
    STORAGE = 4
    """The disk is full or may not be written; nothing was changed."""
