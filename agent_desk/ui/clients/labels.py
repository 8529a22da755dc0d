"""Words for the domain's codes, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_desk.domain.clients import LifecycleStage


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stage_names() -> dict[str, str]:
    return {
        LifecycleStage.PROSPECT.value: _tr("Prospect"),
        LifecycleStage.NEW.value: _tr("New client"),
        LifecycleStage.ACTIVE.value: _tr("Active"),
        LifecycleStage.DORMANT.value: _tr("Dormant"),
        LifecycleStage.LOST.value: _tr("Lost"),
    }
