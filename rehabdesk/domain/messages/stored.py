"""A sentence kept for later as compact text: its code and parameters, not its words.

The audit log keeps what each entry *says* as a :class:`~rehabdesk.domain.messages.Message`
(issue #21: a Khmer auditor reads it in Khmer, an English one in English), written as a
small JSON object::

    {"c":"audit.admitted","p":{"case":"KPC-2026-000001","on":{"d":"2026-03-01"}}}

``c`` is the code, ``p`` its parameters (left out when there are none). A parameter is
written as JSON where JSON keeps its type (text, whole numbers, decimals with a point,
``true``/``false``, ``null``, lists) and otherwise as an object with one tag:

* ``{"d":"2026-03-01"}`` — a date;
* ``{"t":"2026-03-01T08:00:00"}`` — a datetime, naive (UTC, as stored) or with its offset
  (``"2026-03-01T15:00:00+07:00"``);
* ``{"n":"12.50"}`` — a ``Decimal``, as its exact text;
* ``{"u":[…]}`` — a tuple; ``{"s":[…]}`` — a set (restored as a ``frozenset``);
* ``{"b":["Sewing","ដេរ"]}`` — a :class:`~rehabdesk.domain.messages.Named` name, in
  English and Khmer;
* ``{"c":…,"p":…}`` — a sentence inside the sentence.

Keys are sorted, with no spaces and Khmer as it is (``ensure_ascii=False``): the same
sentence is always the same text, because the audit chain hashes it. An enum is kept as
its value; any other type as its text (``str``).

:func:`restored` gives ``None`` for text that is not this form — an entry written before
sentences were kept this way holds plain English, shown as it was.

Pure: standard library only.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from rehabdesk.domain.json_text import compact_json
from rehabdesk.domain.messages import Message, Named

__all__ = ["restored", "stored"]

_PREFIX = '{"c":'
"""Every stored sentence begins so (``c`` sorts first among ``c`` and ``p``)."""


def stored(message: Message) -> str:
    """``message`` as compact, stable text (module docstring)."""
    return compact_json(_message(message))


def restored(text: str) -> Message | None:
    """The sentence ``text`` keeps, or ``None`` when ``text`` is not a stored sentence
    (plain text written before, or damaged)."""
    if not isinstance(text, str) or not text.startswith(_PREFIX):
        return None
    try:
        message = _read_message(json.loads(text))
    except (ValueError, TypeError, KeyError, InvalidOperation):
        return None
    # Only the form ``stored`` writes: plain text that happens to parse is not a sentence.
    return message if stored(message) == text else None


def _message(message: Message) -> dict[str, Any]:
    data: dict[str, Any] = {"c": message.code}
    if message.params:
        data["p"] = {str(name): _value(value) for name, value in message.params.items()}
    return data


def _value(value: Any) -> Any:
    if isinstance(value, Message):
        return _message(value)
    if isinstance(value, Named):
        return {"b": [value.english, value.khmer]}
    if isinstance(value, enum.Enum):
        return _value(value.value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"n": str(value)}
    if isinstance(value, list):
        return [_value(item) for item in value]
    if isinstance(value, tuple):
        return {"u": [_value(item) for item in value]}
    if isinstance(value, set | frozenset):
        items = [_value(item) for item in value]
        return {"s": sorted(items, key=lambda item: json.dumps(item, sort_keys=True,
                                                               ensure_ascii=False))}
    return str(value)


def _read_message(data: Any) -> Message:
    if not isinstance(data, dict) or not isinstance(data.get("c"), str) \
            or not set(data) <= {"c", "p"}:
        raise ValueError("not a stored sentence")
    params = data.get("p", {})
    if not isinstance(params, dict):
        raise ValueError("its parameters are not an object")
    return Message(data["c"], {name: _read(value) for name, value in params.items()})


_TAGS: dict[str, Callable[[str], Any]] = {
    "d": dt.date.fromisoformat,
    "t": dt.datetime.fromisoformat,
    "n": Decimal,
}


def _read(value: Any) -> Any:
    if isinstance(value, list):
        return [_read(item) for item in value]
    if not isinstance(value, Mapping):
        return value
    if "c" in value:
        return _read_message(value)
    if len(value) != 1:
        raise ValueError("a parameter with more than one tag")
    (tag, inner), = value.items()
    if tag in _TAGS:
        if not isinstance(inner, str):
            raise ValueError(f"the {tag!r} of a parameter is not text")
        return _TAGS[tag](inner)
    if tag == "u" and isinstance(inner, list):
        return tuple(_read(item) for item in inner)
    if tag == "s" and isinstance(inner, list):
        return frozenset(_read(item) for item in inner)
    if tag == "b" and isinstance(inner, list) and len(inner) == 2 \
            and all(isinstance(name, str) for name in inner):
        return Named(inner[0], inner[1])
    raise ValueError(f"unknown parameter tag {tag!r}")
