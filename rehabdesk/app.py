"""The composition root (ARCHITECTURE.md): settings → database (checked, backed up,
upgraded) → services → the main window. Nothing else wires these together."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from rehabdesk.settings import resolve_db_path

log = logging.getLogger(__name__)

NO_DISPLAY = (
    "RehabDesk needs a desktop session to show its window, and none was found; start it "
    "from the desktop, or use a command (see `rehabdesk --help`)."
)
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "wayland", "xcb")


def has_display() -> bool:
    """False on a Linux console or SSH session without X or Wayland, where Qt would abort."""
    if not sys.platform.startswith("linux"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(HEADLESS_PLATFORMS[:5]):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(db_arg: str | None, on_shown: Callable[[], None] | None = None) -> int:
    """Opens the window on the centre database; returns the process exit code.

    ``on_shown`` is called once the window is first shown (the start-up benchmark uses it).
    """
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.centre import get_centre
    from rehabdesk.services.database import open_database
    from rehabdesk.ui.fonts import register_khmer_font
    from rehabdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("RehabDesk")
    app.setApplicationName("RehabDesk")
    register_khmer_font(app)  # type: ignore[arg-type]
    try:
        database = open_database(resolve_db_path(db_arg))
        with database.unit_of_work() as uow:
            centre = get_centre(uow)
    except RehabDeskError as error:
        QMessageBox.critical(None, "RehabDesk", str(error))
        print(f"rehabdesk: {error}", file=sys.stderr)
        return 1
    window = MainWindow(database, centre)
    window.show()
    if on_shown is not None:
        QTimer.singleShot(0, on_shown)
    code = app.exec()
    database.close()
    return code
