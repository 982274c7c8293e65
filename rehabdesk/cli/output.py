"""Printing for commands: JSON lines for machines, aligned text for people."""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from typing import Any

from rehabdesk.cli.exit_codes import ExitCode


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _escaped(char: str) -> str:
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # as JSON writes it: a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def safe(text: str) -> str:
    """``text`` with every control, format (bidirectional, zero-width) and separator
    character written as ``\\uXXXX``: stored data never drives the terminal (ESC, BEL)
    nor reorders or hides what the administrator reads (U+202E)."""
    return "".join(
        _escaped(c) if unicodedata.category(c)[0] == "C" or unicodedata.category(c) in (
            "Zl", "Zp") else c for c in text)


def json_line(record: dict[str, Any]) -> None:
    # Inside JSON strings \uXXXX is the same character, so the line stays equal JSON.
    print(safe(json.dumps(record, ensure_ascii=False, default=_default)))


def fail(message: str, code: ExitCode = ExitCode.INVALID_INPUT) -> int:
    print(f"rehabdesk: {message}", file=sys.stderr)
    return code
