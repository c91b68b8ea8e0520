"""An in-window preview of a generated PDF (QPdfView), kept open beside the main window."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

#: Width and height the preview asks for: a page readable at its full width.
PREFERRED_SIZE = (760, 900)


class PdfPreview(QDialog):
    """Shows the pages of `data`; the document reads from an in-memory buffer it owns."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("PDF preview"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        room = self.screen().availableGeometry()  # the Close button stays on a 768-pixel screen
        self.resize(
            min(PREFERRED_SIZE[0], room.width()), min(PREFERRED_SIZE[1], room.height() * 9 // 10)
        )

    def page_count(self) -> int:
        return self.document.pageCount()
