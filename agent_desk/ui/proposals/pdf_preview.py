"""A PDF shown inside the app (QtPdf): pages one under the other, fitted to the
width, with zoom and the page the reader is on. The document is loaded from
bytes held by the widget, so nothing is written to disk to look at it."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from agent_desk.ui.icons import icon

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PdfPreview(QWidget):
    loaded = Signal(int)  # pages, once a document is ready to show

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.zoom_out_button = self._tool("zoom_out", self.tr("Zoom out"), self.zoom_out)
        self.zoom_in_button = self._tool("zoom_in", self.tr("Zoom in"), self.zoom_in)
        self.fit_button = self._tool("fit_width", self.tr("Fit to width"), self.fit_width)
        self.page_label = QLabel(objectName="subtle")
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.page_label, 1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)

        self.document.statusChanged.connect(self._status_changed)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._set_tools_enabled(False)

    def _tool(self, icon_name: str, tip: str, slot) -> QToolButton:  # noqa: ANN001
        button = QToolButton(self, icon=icon(icon_name), toolTip=tip, autoRaise=True)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def load(self, pdf: bytes) -> None:
        """Show this document; the bytes stay with the widget while it is shown."""
        self.document.close()
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def clear(self) -> None:
        self.document.close()
        self.page_label.clear()
        self._set_tools_enabled(False)

    def page_count(self) -> int:
        return self.document.pageCount()

    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            factor = self._fitted_zoom() * (ZOOM_STEP if factor > self.view.zoomFactor() else 1 / ZOOM_STEP)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))

    def _fitted_zoom(self) -> float:
        """The zoom that fit-to-width shows, so the first step zooms from what the reader sees."""
        if self.document.pageCount() == 0:
            return 1.0
        page_points = self.document.pagePointSize(0).width()
        pixels = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(MIN_ZOOM, pixels / (page_points * self.logicalDpiX() / 72)) if page_points else 1.0

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        ready = status == QPdfDocument.Status.Ready
        self._set_tools_enabled(ready)
        if ready:
            self._show_page(self.view.pageNavigator().currentPage())
            self.loaded.emit(self.document.pageCount())

    def _show_page(self, page: int) -> None:
        if self.document.pageCount():
            self.page_label.setText(self.tr("Page {0} of {1}").format(page + 1, self.document.pageCount()))

    def _set_tools_enabled(self, enabled: bool) -> None:
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setEnabled(enabled)
