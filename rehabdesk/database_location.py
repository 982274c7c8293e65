"""Where the centre database lives unless told otherwise (ARCHITECTURE.md, database
conventions): ``--db``, then ``REHABDESK_DB``, then the machine-wide data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import site_data_path

DB_ENV = "REHABDESK_DB"


def default_db_path() -> Path:
    configured = os.environ.get(DB_ENV)
    if configured:
        return Path(configured).expanduser()
    return site_data_path("RehabDesk", appauthor=False) / "centre.sqlite3"


def resolve_db_path(given: str | None) -> Path:
    return Path(given).expanduser() if given else default_db_path()
