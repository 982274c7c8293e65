"""A QR code's modules, for screens that draw one themselves (ReportLab's encoder, the
same that prints the recovery sheet's and certificates' codes)."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget


def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Dark (True) and light modules, row by row, at error correction M."""
    code = QrCodeWidget(payload, barLevel="M").qr
    code.make()  # the widget itself encodes only when drawn
    size = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(row, column)) for column in range(size))
                 for row in range(size))
