"""What the features add to the shell: sidebar pages, record tabs, administration tools
and the record window itself (ARCHITECTURE.md, "Layers outside, features inside").

The shell knows no feature. Each feature package has an ``install(registry)`` that says
what it contributes; the composition root (``rehabdesk.app``) calls them all. A page or
tab that a feature will bring later is registered without a builder, and the shell says
plainly that it is not built yet.

Titles are English source texts marked for lupdate in the feature's own module with
``QT_TRANSLATE_NOOP(CONTEXT, …)``; the shell translates them in that context, so the
Khmer sidebar reads as it always did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication, QSettings, SignalInstance
from PySide6.QtWidgets import QWidget

from rehabdesk.domain.records import EpisodeDetails

if TYPE_CHECKING:
    from rehabdesk.ui.kit.print_preview import PaperworkPrinter
    from rehabdesk.ui.shell.context import Context

CONTEXT = "MainWindow"
"""The translation context of page and tab titles (where their Khmer was first made)."""

PageBuilder = Callable[["Context"], QWidget]
RecordTabBuilder = Callable[["Context", EpisodeDetails, "PaperworkPrinter"], QWidget]
"""Builds a record tab about the person's current stay (their latest episode); the
record's printer previews its forms over the record window."""
RecordOpener = Callable[["Context", str, "str | None", "QWidget | None"], "QWidget | None"]
"""(context, person uid, tab key or None, parent) → the opened record window, or None
when it could not be opened (the user was told why)."""
AdminTool = Callable[["Context", QWidget], "QWidget | None"]
"""Opens an administration dialog over the page; returns it (tests close it)."""


RECORD_CONTEXT = "RecordView"
"""The translation context of record tab titles."""


def title_of(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


@runtime_checkable
class Navigable(Protocol):
    """A page that can show a part of itself when another page sends the user there
    (the dashboard's "waitlist" figure opens the Enrolment page at its waitlist)."""

    def navigate_to(self, target: str, argument: str) -> None: ...


@runtime_checkable
class KeepsState(Protocol):
    """A page with something to keep when the window closes (column widths, a draft)."""

    def save_state(self, settings: QSettings) -> None: ...

    def restore_state(self, settings: QSettings) -> None: ...


@runtime_checkable
class ListsFirst(Protocol):
    """A page built first whose first screenful the clerk waits for (the register): it
    says ``listed`` when a listing's first screenful is shown, or its reading failed. The
    window builds its other pages after that, so that none of their builds (a tenth to
    half a second each on the GUI thread) stands between the answer and the screen
    (issue #24, item 6)."""

    listed: SignalInstance


@dataclass(frozen=True)
class PageSpec:
    key: str
    order: int
    """Place in the sidebar, top first (the Dashboard is 10)."""
    title: str
    purpose: str
    """What the page is for: shown while the database opens, or for a page not built."""
    build: PageBuilder | None = None
    shortcut: str | None = None
    """A key sequence that opens the page from anywhere (``QKeySequence`` text)."""
    build_first: bool = False
    """Built before the others at sign-in: a page whose first listing the clerk waits
    for (the register, issue #24, item 6) starts reading while the rest are built."""
    monitor: bool = False
    """Open to an independent monitor's account (issue #19, item 6); every other page is
    closed to it."""

    @property
    def built(self) -> bool:
        return self.build is not None


@dataclass(frozen=True)
class RecordTabSpec:
    key: str
    order: int
    title: str
    build: RecordTabBuilder | None = None
    empty_text: str = ""
    """What the tab says while no feature records anything there yet."""


@dataclass(frozen=True)
class AdminToolSpec:
    key: str
    title: str
    tooltip: str
    open: AdminTool


S = TypeVar("S", PageSpec, RecordTabSpec, AdminToolSpec)


@dataclass
class Registry:
    pages: list[PageSpec] = field(default_factory=list)
    record_tabs: list[RecordTabSpec] = field(default_factory=list)
    admin_tools: list[AdminToolSpec] = field(default_factory=list)
    record_opener: RecordOpener | None = None

    def add_page(self, spec: PageSpec) -> None:
        """Adds a sidebar page, or puts a built one in the place of its planned entry."""
        self.pages = sorted(_put(self.pages, spec), key=lambda page: page.order)

    def add_record_tab(self, spec: RecordTabSpec) -> None:
        self.record_tabs = sorted(_put(self.record_tabs, spec), key=lambda tab: tab.order)

    def add_admin_tool(self, spec: AdminToolSpec) -> None:
        self.admin_tools = _put(self.admin_tools, spec)

    def set_record_opener(self, opener: RecordOpener) -> None:
        self.record_opener = opener

    def page_keys(self) -> list[str]:
        return [page.key for page in self.pages]


def _put(specs: list[S], spec: S) -> list[S]:
    """``specs`` with ``spec`` in place of the entry of the same key, else at the end."""
    keys = [s.key for s in specs]
    if spec.key in keys:
        return [spec if s.key == spec.key else s for s in specs]
    added = list(specs)
    added.append(spec)
    return added
