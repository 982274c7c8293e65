"""Help › About RehabDesk and the "what is new" note shown once after an upgrade (issue
#20, item 4): the version, the schema revision it writes and the build date, and the new
version's part of ``CHANGELOG.md``.

Which version this computer last showed is kept in the plain settings store
(``app/last_version``): a first install shows nothing (there is nothing "new" to a new
user), each later version shows its note once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabdesk import __version__
from rehabdesk.ui.shell.dates import shown_date

LAST_VERSION = "app/last_version"


def about_text() -> str:
    from rehabdesk.services.deployment import about

    facts = about()
    built = (shown_date(facts.built_on) if facts.built_on is not None
             else QCoreApplication.translate("About", "run from source"))
    return (QCoreApplication.translate(
        "About", "<h3>RehabDesk %1</h3><p>Database schema: %2<br>Built: %3</p><p>Case "
                 "management for drug education and correction centres.</p>")
        .replace("%1", facts.version).replace("%2", facts.schema).replace("%3", built))


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About RehabDesk"),
                      about_text())


def show_whats_new_once(parent: QWidget) -> bool:
    """The note about this version, if this computer ran an earlier one before; True
    when it was shown. It does not block: the window goes on loading behind it."""
    settings = QSettings()
    last = settings.value(LAST_VERSION)
    settings.setValue(LAST_VERSION, __version__)
    if last is None or str(last) == __version__:
        return False
    from rehabdesk.services.deployment.about import whats_new

    note = whats_new()
    if note is None:
        return False
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("About", "What is new in RehabDesk %1")
                      .replace("%1", __version__), note, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("whatsNew")
    box.setTextFormat(Qt.TextFormat.MarkdownText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return True
