"""Loading a product catalog file from disk into the book (the office also
publishes catalogs through sync)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from agent_desk.domain.catalog import CatalogError
from agent_desk.i18n.qt import TranslationContext
from agent_desk.services.catalogs import CatalogInfo, install_catalog_file
from agent_desk.services.changes import Changes
from agent_desk.ui.context import AppContext


Plans = TranslationContext("Plans")  # the name is the context: see TranslationContext


def load_catalog_file(ctx: AppContext, parent: QWidget) -> None:
    """Ask for a catalog file; a refused file is explained and changes nothing."""
    path, _ = QFileDialog.getOpenFileName(parent, Plans.tr("Load product catalog"), "",
                                          Plans.tr("Catalog files (*.json)"))
    if not path:
        return

    def done(info: CatalogInfo) -> None:
        ctx.bus.status_message.emit(Plans.tr("Catalog {0} {1} loaded: {2} products").format(
            info.catalog_id, info.version, info.products))

    def failed(error: BaseException) -> None:
        if isinstance(error, CatalogError):
            lines = "\n".join(f"{where}: {why}" for where, why in error.problems[:12])
            QMessageBox.warning(parent, Plans.tr("Catalog refused"), Plans.tr(
                "The catalog was not loaded; the current one stays in use.\n\n{0}").format(lines))
        else:
            ctx.tasks.error.emit(error)

    ctx.apply(lambda s: (install_catalog_file(s, path), Changes(catalogs=True)), lambda r: done(r[0]), failed)
