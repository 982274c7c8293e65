"""Printing for commands: JSON lines for machines, aligned text for people."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def json_line(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False, default=_default))


def fail(message: str) -> int:
    print(f"rehabdesk: {message}", file=sys.stderr)
    return 2
