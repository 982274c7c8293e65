"""Started as its own process by bench/startup.py; prints ``shown`` when the window is up.

``app DB``: the real start-up path (``rehabdesk.app.run_gui``), optionally scrolling the
whole register to the end and printing the peak RSS after each phase (window shown,
register listed, scrolled, closed: the next regression shows where it happened, issue
#24); ``bare``: a bare PySide6 QMainWindow.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    return app.exec()


def app(db: str, scroll: bool) -> int:
    from PySide6.QtWidgets import QApplication

    from rehabdesk.app import run_gui
    from rehabdesk.cli.main import parse  # the entry point's own path: parse, then the GUI

    def on_shown() -> None:
        print("shown", flush=True)
        if scroll:
            print(f"phase shown rss_mb {peak_rss_mb():.1f}", flush=True)
            scroll_to_end()
        QApplication.quit()

    code = run_gui(parse(["--db", db]).db, on_shown=on_shown)
    if scroll:  # after the closing backup and the database closed
        print(f"phase closed rss_mb {peak_rss_mb():.1f}", flush=True)
    return code


def scroll_to_end() -> None:
    """Pages through the whole register as a clerk dragging the scroll bar would."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    started = time.perf_counter()
    while (window.page("detainees") is None  # type: ignore[attr-defined]
           or window.page("detainees").model.rowCount() == 0):  # type: ignore[attr-defined]
        # Block until an event arrives: spinning would fight the worker for the GIL.
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    print(f"populated {(time.perf_counter() - started) * 1000:.0f}", flush=True)
    page = window.page("detainees")  # type: ignore[attr-defined]
    while not page.listing_complete:  # the first screenful shows first, then the rest
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    print(f"complete {(time.perf_counter() - started) * 1000:.0f}", flush=True)
    print(f"phase listed rss_mb {peak_rss_mb():.1f}", flush=True)
    window.show_page("detainees")  # type: ignore[attr-defined]
    view = page.view  # the clerk scrolls the page in front: a hidden one has no viewport
    view.doItemsLayout()  # item views lay out lazily; the scroll range must be real
    QApplication.processEvents()
    step = max(1, view.viewport().height() // view.verticalHeader().defaultSectionSize())
    for row in range(0, page.model.rowCount(), step):
        view.scrollTo(page.model.index(row, 0), view.ScrollHint.PositionAtTop)
        view.viewport().grab()  # renders for real: repaint() is a no-op offscreen
    assert view.rowAt(0) >= page.model.rowCount() - step - 1, "did not reach the end"
    rows = page.model.rowCount()
    print(f"scrolled {rows} rss_mb {peak_rss_mb():.1f}", flush=True)


def peak_rss_mb() -> float:
    """This process's own peak resident set, in MB.

    Not ``ru_maxrss`` on Linux: the kernel carries the spawning process's high-water mark
    across exec (``subprocess`` vforks), so the probe reported the bench's own peak, 1.8 GB
    after building the 200,000-person centre in-process, instead of the app's ~250 MB.
    ``VmHWM`` belongs to this process's memory alone."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes there, KiB elsewhere


if __name__ == "__main__":
    mode = sys.argv[1]
    sys.exit(bare() if mode == "bare" else app(sys.argv[2], scroll=mode == "scroll"))
