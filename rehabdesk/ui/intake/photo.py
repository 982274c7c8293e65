"""The arrival's photo: from a file or the camera, stored small."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

PHOTO_MAX_PX = 600


def scaled_jpeg(image: QImage, max_px: int = PHOTO_MAX_PX) -> bytes:
    """``image`` scaled to fit ``max_px`` square (never enlarged), as JPEG bytes.

    A camera photo is megabytes; 600 px is plenty for a face on an A4 form and keeps
    the database and the exports to headquarters small.
    """
    if image.width() > max_px or image.height() > max_px:
        image = image.scaled(max_px, max_px, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, b"JPEG", 85)
    return bytes(data.data())


def camera_available() -> bool:
    """QtMultimedia is missing from PySide6-Essentials (or lacks its system libraries);
    then there is no camera button at all."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.videoInputs())
