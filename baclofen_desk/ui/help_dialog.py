"""Help → How to use: a short guide from resources/help, shown offline beside the window."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from baclofen_desk.resources import resource

#: Room for the guide's lines without a horizontal scroll bar, in average characters.
TEXT_CHARACTERS = 90
#: Lines of the guide in sight at once.
TEXT_LINES = 36


def how_to_use_html() -> str:
    """The guide as bundled (HTML in Qt's rich-text subset), in the window's language when it
    has one (`how-to-use.es.html`), else in English."""
    code = QLocale.languageToCode(QLocale().language())
    translated = resource("help", f"how-to-use.{code}.html")
    page = translated if translated.is_file() else resource("help", "how-to-use.html")
    return page.read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """The guide in a read-only browser with a Close button; links never leave the program."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(html)
        self.browser.setAccessibleName(title)
        metrics = self.browser.fontMetrics()
        self.browser.setMinimumSize(
            metrics.averageCharWidth() * TEXT_CHARACTERS, metrics.lineSpacing() * TEXT_LINES
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.browser.setFocus()
