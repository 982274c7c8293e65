"""The main window: a navigation sidebar and one page per area of work.

The pages are what the features registered (``shell.registry``), in that order; the
window knows none of them by name. It is shown before the centre database is opened
(importing the database layer alone takes longer than Qt's start), and the pages are
built a moment later by ``attach``; until then each says what it is waiting for. The
Dashboard is the first page and the one shown after sign-in (issue #7).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QCloseEvent,
    QColor,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from rehabdesk.domain.permissions import Action
from rehabdesk.domain.records import CentreDetails
from rehabdesk.ui.kit.language import in_language
from rehabdesk.ui.kit.words import word
from rehabdesk.ui.shell.about import show_about
from rehabdesk.ui.shell.context import Context
from rehabdesk.ui.shell.i18n import NAMES, current_language, remember_language, switch_language
from rehabdesk.ui.shell.placeholder_page import MessagePage, PlaceholderPage
from rehabdesk.ui.shell.registry import (
    KeepsState,
    ListsFirst,
    Navigable,
    PageSpec,
    Registry,
    title_of,
)

FIRST_SCREEN_WAIT_MS = 3000
"""How long the other pages' builds wait for the first-built pages' first screens at most
(a listing that takes longer does not keep the rest of the window unbuilt)."""

if TYPE_CHECKING:
    from rehabdesk.services.platform.actor import Actor
    from rehabdesk.services.platform.database import Database


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    """File › Sign out: hide the records and ask who signs in next (``shell.startup``)."""
    switch_user_requested = Signal()
    """File › Switch user…: the same, for handing the workstation to a colleague."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("RehabDesk")
        self.registry = registry
        self.context: Context | None = None
        self.actor: Actor | None = None
        self.pending_restore: Path | None = None
        """A backup the administrator chose to restore; done at exit (rehabdesk.app)."""
        self._built: dict[str, QWidget] = {}
        self._unbuilt: dict[str, int] = {}
        """Pages of this sign-in still to build (key → index), one per turn of the event
        loop after the first ones, so the register lists before the rest are built."""
        self._building_for: Context | None = None
        """The sign-in whose remaining pages are being built (``_build_rest``)."""
        self._built_language = current_language()
        self._database: Database | None = None
        self._centre: CentreDetails | None = None
        self.idle_lock: QObject | None = None
        """Locks the window after idle minutes (``shell.startup``)."""
        self.daily_backup_timer: QTimer | None = None
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        self.pages = QStackedWidget(self)

        for spec in registry.pages:
            self.sidebar.addItem(title_of(spec.title))
            if spec.built:
                self.pages.addWidget(MessagePage("", self))
            else:  # said in the sidebar itself: grey, italic, and why on hover
                item = self.sidebar.item(self.sidebar.count() - 1)
                item.setForeground(QBrush(QColor("#8a8a8a")))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                self.pages.addWidget(PlaceholderPage(spec.title, spec.purpose, self))
        self.sidebar.currentRowChanged.connect(self._build_row)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        for spec in registry.pages:
            if spec.shortcut:
                QShortcut(QKeySequence(spec.shortcut), self,
                          lambda key=spec.key: self.show_page(key, "shortcut"))

        self.body = body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.curtain = MessagePage("", self)
        self.curtain.setObjectName("signedOut")
        self.screens = QStackedWidget(self)
        self.screens.addWidget(body)
        self.screens.addWidget(self.curtain)
        self.setCentralWidget(self.screens)
        self._build_menu()
        self._restore_geometry()

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.switch_user_action = self.file_menu.addAction("")
        self.switch_user_action.setObjectName("switchUserAction")
        self.switch_user_action.triggered.connect(self.switch_user_requested)
        self.sign_out_action = self.file_menu.addAction("")
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.language_menu = self.file_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.languages = QActionGroup(self)
        for code, name in NAMES.items():  # each language in its own words
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == current_language())
            self.languages.addAction(action)
        self.languages.triggered.connect(self._language_chosen)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = self.help_menu.addAction("", lambda: show_about(self))
        self.about_action.setObjectName("aboutAction")
        for action in (self.switch_user_action, self.sign_out_action):
            action.setEnabled(False)  # until someone has signed in
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """The language was switched (on the sign-in window): the window's own texts
        again; the pages are built afresh in it at the next ``attach``."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _language_chosen(self, action: QAction) -> None:
        """File › Language: the interface speaks the chosen language at once and
        remembers it for the signed-in user (issue #21, item 4). The pages are built
        afresh in it, as after a sign-in; what the user typed is kept as a draft."""
        language = str(action.data())
        switch_language(cast(QApplication, QApplication.instance()), language)
        if self.actor is None or self._centre is None or self._database is None:
            return
        remember_language(self.actor.username, language)
        self.attach(self._database, self._centre, self.actor)

    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        for action in self.languages.actions():
            action.setChecked(action.data() == current_language())
        self.switch_user_action.setText(self.tr("Switch user…"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.quit_action.setText(self.tr("Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("About RehabDesk"))
        self.curtain.label.setText(self.tr("<h2>Signed out</h2><p>The centre's records are "
                                           "hidden until someone signs in.</p>"))
        opening = self.tr("Opening the centre database…")
        not_built = QCoreApplication.translate("PlaceholderPage", "This page is not built yet.")
        for index, spec in enumerate(self.registry.pages):
            item = self.sidebar.item(index)
            item.setText(title_of(spec.title))
            page = self.pages.widget(index)
            if not spec.built:
                item.setToolTip(not_built)
            if isinstance(page, PlaceholderPage):
                page.retranslate()
            elif isinstance(page, MessagePage) and spec.key not in self._built:
                page.label.setText(opening)

    def show_records(self, shown: bool) -> None:
        """The records, or the "signed out" curtain (while the next user signs in)."""
        self.screens.setCurrentWidget(self.body if shown else self.curtain)
        self.statusBar().setVisible(shown)  # it names who is signed in

    def attach(self, database: Database, centre: CentreDetails, actor: Actor) -> None:
        """Builds the registered pages on the opened centre for the signed-in ``actor``.

        The same user signing in again (after the idle lock or signing out) finds the
        window as they left it; anyone else gets every page afresh, so nothing one user
        typed is shown to the next."""
        self.setWindowTitle(self.tr("RehabDesk — %1 (%2)")
                            .replace("%1", in_language(centre.name_en, centre.name_km))
                            .replace("%2", centre.code))
        for action in (self.switch_user_action, self.sign_out_action):
            action.setEnabled(True)
        self._database, self._centre = database, centre
        self.show_records(True)
        if (self.actor is not None and self.actor.username == actor.username and self._built
                and self._built_language == current_language()):
            return
        from rehabdesk.ui.kit.operations import Operations  # the database layer, loaded by now

        self._save_pages()  # the previous user's (a draft is kept for them)
        self.actor = actor
        self._built_language = current_language()  # pages speak the language of their build
        self.context = Context(Operations(database, actor), self.registry, navigator=self)
        self._built.clear()
        # An independent monitor's account (issue #19, item 6) gets only the pages made for
        # it: the others read their lists without asking who reads, names included.
        monitor = self.context.ops.may(Action.MONITOR)
        self._unbuilt = {spec.key: index for index, spec in enumerate(self.registry.pages)
                         if spec.build is not None and (spec.monitor or not monitor)}
        if monitor:
            closed = self.tr("This page is not open to an independent monitor.")
            for index, spec in enumerate(self.registry.pages):
                if not spec.monitor:
                    self._replace_page(index, MessagePage(closed, self))
            self.sidebar.setCurrentRow(next((i for i, spec in enumerate(self.registry.pages)
                                             if spec.monitor), 0))
        first = [spec.key for spec in self.registry.pages if spec.build_first]
        front = self.registry.pages[self.sidebar.currentRow()].key
        for key in [*first, front]:
            self._build(key)
        opening = self.tr("Opening the centre database…")
        for index in self._unbuilt.values():  # the previous user's pages go at once
            self._replace_page(index, MessagePage(opening, self))
        self.pages.setCurrentIndex(self.sidebar.currentRow())
        context = self.context
        waiting: dict[str, ListsFirst] = {}
        for key in first:
            page = self._built.get(key)
            if isinstance(page, ListsFirst):
                waiting[key] = page
                page.listed.connect(lambda key=key: self._first_screen(context, waiting, key))
        QTimer.singleShot(0 if not waiting else FIRST_SCREEN_WAIT_MS, self,
                          lambda: self._build_rest(context))
        self.statusBar().showMessage(
            self.tr("Signed in as %1 (%2) · Database: %3").replace("%1", actor.name)
            .replace("%2", word("role", actor.role)).replace("%3", str(database.path)))

    def _build(self, key: str) -> QWidget | None:
        """Builds page ``key`` of this sign-in now, if it is still to build."""
        index = self._unbuilt.pop(key, None)
        if index is None or self.context is None:
            return self._built.get(key)
        build = self.registry.pages[index].build
        assert build is not None
        page = build(self.context)
        self._replace_page(index, page)
        self._built[key] = page
        if isinstance(page, KeepsState):
            page.restore_state(QSettings())
        return page

    def _first_screen(self, context: Context, waiting: dict[str, ListsFirst], key: str
                      ) -> None:
        """A first-built page showed its first screen: once all have, the rest are built
        (from the next turn of the event loop, after the screen is painted)."""
        if waiting.pop(key, None) is not None and not waiting:
            QTimer.singleShot(0, self, lambda: self._build_rest(context))

    def _build_rest(self, context: Context) -> None:
        """Starts building the remaining pages of sign-in ``context``, once."""
        if self._building_for is not context:
            self._building_for = context
            self._build_next(context)

    def _build_next(self, context: Context) -> None:
        """The next page still to build, then the one after at the next turn: the start
        lists the register (built first) without waiting for every other page (issue
        #24, item 6). A later sign-in's context ends an earlier sign-in's chain."""
        if context is not self.context or not self._unbuilt:
            return
        self._build(next(iter(self._unbuilt)))
        QTimer.singleShot(0, self, lambda: self._build_next(context))

    @property
    def building(self) -> bool:
        """Pages of this sign-in are still being built (in the background of the event
        loop)."""
        return bool(self._unbuilt)

    def _build_row(self, row: int) -> None:
        """The page a click in the sidebar brings to the front is built first."""
        if 0 <= row < len(self.registry.pages):
            self._build(self.registry.pages[row].key)

    # -- what the pages ask of the shell (shell.context.Navigator) -------------------------
    def page(self, key: str) -> QWidget | None:
        """The page ``key`` ("detainees") of this sign-in, built now if it was still to
        build; None before sign-in."""
        return self._build(key)

    def page_index(self, key: str) -> int:
        return self.registry.page_keys().index(key)

    def show_page(self, key: str, target: str = "", argument: str = "") -> None:
        """Brings page ``key`` to the front, at ``target`` if the page has such a part."""
        page = self.page(key)
        if page is None or self.screens.currentWidget() is self.curtain:
            return
        self.sidebar.setCurrentRow(self.page_index(key))
        if target and isinstance(page, Navigable):
            page.navigate_to(target, argument)
        else:
            page.setFocus()

    def set_badge(self, key: str, count: int, tooltip: str) -> None:
        """The sidebar's "Eligibility (12)": something new on that page since the user
        looked."""
        spec = self._spec(key)
        title = title_of(spec.title)
        item = self.sidebar.item(self.page_index(key))
        item.setText(f"{title} ({count:,})" if count else title)
        item.setToolTip(tooltip if count else "")

    def restore_at_exit(self, backup_file: Path) -> None:
        self.pending_restore = backup_file
        self.close()

    # -- window state ----------------------------------------------------------------------
    def _spec(self, key: str) -> PageSpec:
        return self.registry.pages[self.page_index(key)]

    def _replace_page(self, index: int, page: QWidget) -> None:
        old = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(self.sizeHint())

    def _save_pages(self) -> None:
        settings = QSettings()
        for page in self._built.values():
            if isinstance(page, KeepsState):
                page.save_state(settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        self._save_pages()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1200, 760)
