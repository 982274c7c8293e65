"""The composition root (ARCHITECTURE.md): settings → main window → database (checked,
backed up, upgraded) → the features' pages on it. Nothing else wires these together.

The window is shown first and the database opened right after, from the event loop:
importing the database layer takes longer than starting Qt, and a clerk should see the
application respond at once. The features' ``install`` modules import their pages only
when those are built, for the same reason.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from rehabdesk.ui.shell.registry import Registry

NO_DISPLAY = (
    "RehabDesk needs a desktop session to show its window, and none was found; start it "
    "from the desktop, or use a command (see `rehabdesk --help`)."
)
OFFSCREEN_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def has_display() -> bool:
    """False on a Linux console or SSH session without X or Wayland, where Qt would abort."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(OFFSCREEN_PLATFORMS):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def feature_registry() -> Registry:
    """Every feature's pages, record tabs and administration tools, in one registry.

    The order of the sidebar is each page's own ``order``; features not built yet stand
    in as planned entries (``shell.planned``) until their package registers the key."""
    from rehabdesk.ui.administration import install as administration
    from rehabdesk.ui.audit_log import install as audit_log
    from rehabdesk.ui.court_liaison import install as court_liaison
    from rehabdesk.ui.dashboard import install as dashboard
    from rehabdesk.ui.eligibility import install as eligibility
    from rehabdesk.ui.enrolment import install as enrolment
    from rehabdesk.ui.export import install as export
    from rehabdesk.ui.intake import install as intake
    from rehabdesk.ui.legal import install as legal
    from rehabdesk.ui.record import install as record
    from rehabdesk.ui.register import install as register
    from rehabdesk.ui.release import install as release
    from rehabdesk.ui.reports import install as reports
    from rehabdesk.ui.rights import install as rights
    from rehabdesk.ui.screening import install as screening
    from rehabdesk.ui.shell import planned
    from rehabdesk.ui.shell.registry import Registry
    from rehabdesk.ui.vocational import install as vocational

    registry = Registry()
    for feature in (planned, dashboard, register, intake, screening, eligibility,
                    court_liaison, enrolment,
                    vocational, release, rights, reports, export, administration, audit_log,
                    legal,
                    record):
        feature.install(registry)
    return registry


def _qt_application() -> QApplication:
    """The application object, named, with the Khmer font and the chosen language (the
    centre's window and headquarters' alike)."""
    from PySide6.QtWidgets import QApplication

    from rehabdesk.ui.shell.fonts import register_khmer_font
    from rehabdesk.ui.shell.i18n import chosen_language, switch_language

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("RehabDesk")
    app.setApplicationName("RehabDesk")
    register_khmer_font(app)
    switch_language(app, chosen_language())
    return app


def run_hq_gui(location: str | None) -> int:
    """The Headquarters window on the store at ``location`` (``rehabdesk hq --hq-db URL``
    without a command; issue #17, item 7), after a headquarters user signs in."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    if not location:
        print("Name headquarters' store with --hq-db URL (or REHABDESK_HQ_DB).",
              file=sys.stderr)
        return 2
    from rehabdesk.ui.hq.install import open_window

    app = _qt_application()
    opened = open_window(location)
    if opened is None:
        return 1
    code = app.exec()
    opened[0].close()
    return code


def run_gui(db_arg: str | None, on_shown: Callable[[], None] | None = None) -> int:
    """Opens the window on the centre database; returns the process exit code.

    ``on_shown`` is called once the window is first shown (the start-up benchmark uses it).
    """
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtCore import QTimer

    from rehabdesk.ui.shell import startup
    from rehabdesk.ui.shell.main_window import MainWindow

    app = _qt_application()
    window = MainWindow(feature_registry())
    window.show()
    if on_shown is not None:
        QTimer.singleShot(0, on_shown)
    openings: list[startup.Opening] = []
    QTimer.singleShot(0, lambda: openings.append(startup.open_centre(window, db_arg)))
    code = app.exec()
    for opening in openings:
        if opening.failed:
            return 1
        if opening.database is not None:
            return startup.close_centre(window, opening.database) or code
    return code
