"""Dismissing a conflict, undoable with Ctrl+Z like the app's other edits."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from agent_desk.services.sync import dismiss_conflict, reopen_conflict
from agent_desk.ui.context import AppContext


class DismissConflictCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, conflict_id: uuid.UUID, what: str):
        super().__init__(QCoreApplication.translate("SyncScreen", "Dismiss conflict of %1").replace("%1", what))
        self._ctx, self._conflict_id = ctx, conflict_id

    def redo(self) -> None:
        conflict_id = self._conflict_id
        self._ctx.apply(lambda s: dismiss_conflict(s, conflict_id))

    def undo(self) -> None:
        conflict_id = self._conflict_id
        self._ctx.apply(lambda s: reopen_conflict(s, conflict_id))
