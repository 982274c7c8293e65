"""Saving a report's spreadsheet where the user chose (issue #18): a failure is said in a
message box with the folder's reason, a success on the panel's status line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QSaveFile
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def save_file(parent: QWidget, status: QLabel, path: Path, data: object) -> None:
    """Writes ``data`` to ``path`` whole or not at all (``QSaveFile``)."""
    assert isinstance(data, bytes)
    file = QSaveFile(str(path))
    if (not file.open(QIODevice.OpenModeFlag.WriteOnly) or file.write(data) != len(data)
            or not file.commit()):
        file.cancelWriting()
        QMessageBox.warning(parent, QCoreApplication.translate("ReportFiles", "Spreadsheet"),
                            QCoreApplication.translate(
                                "ReportFiles", "%1 could not be written (%2); choose another "
                                "folder or name.").replace("%1", str(path))
                            .replace("%2", file.errorString()))
        return
    status.setText(QCoreApplication.translate("ReportFiles", "Saved %1.")
                   .replace("%1", str(path)))
