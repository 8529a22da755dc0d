"""Printing a PDF on a QPrinter without holding up the window: QPdfPageRenderer
rasterises each page at the printer's resolution on its own thread, one page
at a time (an 8-page proposal at 600 dpi would otherwise hold ~250 MB of
images); the GUI thread only places each finished image on its sheet."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtPrintSupport import QPrinter


class PdfPrintJob(QObject):
    progress = Signal(int, int)  # pages printed, pages to print
    finished = Signal(bool, str)  # printed?, what went wrong (empty when printed)

    def __init__(self, document: QPdfDocument, printer: QPrinter, parent: QObject | None = None):
        super().__init__(parent)
        self._document, self._printer = document, printer
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(document)
        self._renderer.pageRendered.connect(self._page_rendered)
        self._painter: QPainter | None = None
        self._pages: list[int] = []
        self._done = 0
        self._waiting: int | None = None  # the request id of the page being rendered
        self._cancelled = False

    def pages(self) -> list[int]:
        """The pages to print (0-based), as the print dialog's range asks."""
        count = self._document.pageCount()
        first, last = self._printer.fromPage(), self._printer.toPage()
        if first <= 0 or last <= 0:
            return list(range(count))
        return list(range(max(first, 1) - 1, min(last, count)))

    def start(self) -> None:
        self._pages = self.pages()
        if not self._pages:
            self.finished.emit(False, self.tr("The document has no pages to print."))
            return
        self._painter = QPainter()
        if not self._painter.begin(self._printer):
            self._painter = None
            self.finished.emit(False, self.tr("The printer could not be opened."))
            return
        self.progress.emit(0, len(self._pages))
        self._request(self._pages[0])

    def cancel(self) -> None:
        """Stop after the page being rendered; what was sent stays sent."""
        self._cancelled = True

    def _sheet(self) -> QRect:
        return self._printer.pageLayout().paintRectPixels(self._printer.resolution())

    def _request(self, page: int) -> None:
        sheet = self._sheet()
        points = self._document.pagePointSize(page)
        scale = min(sheet.width() / points.width(), sheet.height() / points.height())
        size = QSize(round(points.width() * scale), round(points.height() * scale))
        self._waiting = self._renderer.requestPage(page, size, QPdfDocumentRenderOptions())

    def _page_rendered(self, page: int, _size: QSize, image: QImage, _options, request_id: int) -> None:  # noqa: ANN001
        if request_id != self._waiting or self._painter is None:
            return
        sheet = self._sheet()
        target = QRect(0, 0, image.width(), image.height())
        target.moveCenter(QRect(0, 0, sheet.width(), sheet.height()).center())
        self._painter.drawImage(target, image)
        self._done += 1
        self.progress.emit(self._done, len(self._pages))
        if self._cancelled or self._done == len(self._pages):
            self._finish()
            return
        self._printer.newPage()
        self._request(self._pages[self._done])

    def _finish(self) -> None:
        painter, self._painter = self._painter, None
        painter.end()
        if self._cancelled and self._done < len(self._pages):
            self.finished.emit(False, self.tr("Printing stopped after {0} of {1} pages.").format(
                self._done, len(self._pages)))
        else:
            self.finished.emit(True, "")

