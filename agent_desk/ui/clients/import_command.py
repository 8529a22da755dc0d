"""An import on the undo stack: undo soft-deletes exactly the clients it
created, redo brings back exactly those undo removed (not one the agent had
deleted on their own meanwhile)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from agent_desk.i18n.qt import TranslationContext
from agent_desk.services.changes import Changes
from agent_desk.services.clients import delete_clients, restore_clients
from agent_desk.ui.context import AppContext

ImportCommand = TranslationContext("ImportCommand")  # the name is the context: see TranslationContext


class ImportClientsCommand(QUndoCommand):
    """Pushed once the import has committed, so its first redo does nothing."""

    def __init__(self, ctx: AppContext, created: Sequence[uuid.UUID]):
        count = len(created)
        super().__init__(ImportCommand.tr("Import 1 client") if count == 1 else
                         ImportCommand.tr("Import %1 clients").replace("%1", QLocale().toString(count)))
        self._ctx = ctx
        self._created = tuple(created)
        # Written and read only by jobs on the database worker, which runs them in order,
        # so a redo queued right after an undo sees what that undo removed.
        self._removed: list[uuid.UUID] = []
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        removed = self._removed
        self._ctx.apply(lambda s: restore_clients(s, list(removed)))

    def undo(self) -> None:
        created, removed = self._created, self._removed

        def remove(session: Session) -> Changes:
            ids, changes = delete_clients(session, created)
            removed[:] = ids
            return changes

        self._ctx.apply(remove)
