"""Taking the person's photo with the workstation's camera.

Imported only when ``intake_page.camera_available()`` found QtMultimedia and a camera:
PySide6-Essentials ships without QtMultimedia, and on machines without its system
libraries the import fails, so the Intake page hides the camera button instead.
"""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget


class CameraDialog(QDialog):
    """A live view and a "Capture" button; ``image`` holds the picture taken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take photo"))
        self.image: QImage | None = None
        self.camera = QCamera(self)
        self.capture = QImageCapture(self)
        self.session = QMediaCaptureSession(self)
        self.view = QVideoWidget(self)
        self.view.setMinimumSize(480, 360)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.view)
        self.capture.imageCaptured.connect(self._captured)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        take = QPushButton(self.tr("&Capture"), self)
        take.setToolTip(self.tr("Take the picture now."))
        take.setDefault(True)
        buttons.addButton(take, QDialogButtonBox.ButtonRole.ActionRole)
        take.clicked.connect(self.capture.capture)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.camera.start()

    def _captured(self, _request_id: int, image: QImage) -> None:
        self.image = image
        self.camera.stop()
        self.accept()
