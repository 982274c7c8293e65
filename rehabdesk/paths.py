"""Where RehabDesk's data files live, in a checkout, an installed wheel and a frozen bundle.

``migrations/`` and ``resources/`` sit outside the package (ARCHITECTURE.md, packaging
note). This is the one function that finds them, so nothing else guesses paths.
"""

from __future__ import annotations

import sys
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def data_root() -> Path:
    """The folder that holds ``migrations/`` and ``resources/``.

    Checked in order: a PyInstaller bundle (``sys._MEIPASS``), a source checkout
    (also an editable install), then ``<prefix>/share/rehabdesk`` where the wheel's
    data-files land.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen)] if frozen else []
    candidates += [_CHECKOUT, Path(sys.prefix) / "share" / "rehabdesk"]
    for candidate in candidates:
        if (candidate / "migrations" / "env.py").is_file():
            return candidate
    raise FileNotFoundError(
        "RehabDesk's migrations folder was not found; the installation is incomplete. "
        "Reinstall RehabDesk."
    )


def migrations_dir() -> Path:
    return data_root() / "migrations"


def resources_dir() -> Path:
    return data_root() / "resources"
