"""What ``rehabdesk --version`` and the About window say (issue #20, item 4): the
version, the schema revision it writes, and when the bundle was built.

The PyInstaller spec writes ``build-info.json`` into the bundle's data folder at build
time; a checkout or a wheel has none, and says it runs from source. ``CHANGELOG.md``
travels beside it: the window shows the new version's part once after an upgrade.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from rehabdesk import __version__
from rehabdesk.db.schema import SCHEMA_HEAD
from rehabdesk.paths import data_root

BUILD_INFO = "build-info.json"
CHANGELOG = "CHANGELOG.md"


@dataclass(frozen=True)
class About:
    version: str
    schema: str
    built_on: dt.date | None
    """None when running from source."""

    def line(self) -> str:
        """``rehabdesk 0.1.0 (schema 0020, built 2026-12-07)``: one line, in English (the
        CLI's ``--version``; the About window words it in the reader's language)."""
        built = f"built {self.built_on.isoformat()}" if self.built_on else "from source"
        return f"rehabdesk {self.version} (schema {self.schema}, {built})"


def about() -> About:
    return About(__version__, SCHEMA_HEAD, _built_on())


def whats_new(version: str = __version__) -> str | None:
    """The part of ``CHANGELOG.md`` (kept by hand, in plain words for clerks, English
    and Khmer) about ``version``, as Markdown; None when it has none."""
    try:
        text = (data_root() / CHANGELOG).read_text(encoding="utf-8")
    except OSError:
        return None
    sections = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    for section in sections:
        heading, _, body = section.partition("\n")
        if heading.split()[0] == version:
            return body.strip() or None
    return None


def _built_on() -> dt.date | None:
    try:
        info = json.loads((data_root() / BUILD_INFO).read_text(encoding="utf-8"))
        return dt.date.fromisoformat(str(info["built_on"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
