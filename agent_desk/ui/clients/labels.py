"""Words for the domain's codes, translated through Qt."""

from __future__ import annotations

from agent_desk.domain.clients import LifecycleStage
from agent_desk.i18n.qt import TranslationContext


ClientLabels = TranslationContext("ClientLabels")  # the name is the context: see TranslationContext


def stage_names() -> dict[str, str]:
    return {
        LifecycleStage.PROSPECT.value: ClientLabels.tr("Prospect"),
        LifecycleStage.NEW.value: ClientLabels.tr("New client"),
        LifecycleStage.ACTIVE.value: ClientLabels.tr("Active"),
        LifecycleStage.DORMANT.value: ClientLabels.tr("Dormant"),
        LifecycleStage.LOST.value: ClientLabels.tr("Lost"),
    }
