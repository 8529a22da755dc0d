"""The client page: a header (name, age, stage, tier) over its tabs — details,
family, policies, timeline, claims, service, network and printed proposals.
Everything loads through the database worker; the page reloads what concerns
its client when a change set arrives."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from agent_desk.domain.clients import ClientDetails, age_on, display_name
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.clients import ClientRecord, create_client, get_client, set_referred_by, update_client
from agent_desk.services.segments import ClientTier, client_tier
from agent_desk.ui.clients.case_forms import alive
from agent_desk.ui.clients.claims_tab import ClaimsTab
from agent_desk.ui.clients.client_picker import PickedClient, open_client_picker
from agent_desk.ui.clients.details_form import DetailsForm
from agent_desk.ui.clients.family_tab import FamilyTab
from agent_desk.ui.clients.labels import stage_names
from agent_desk.ui.clients.page_labels import tier_explanation, tier_text
from agent_desk.ui.clients.policies_tab import PoliciesTab
from agent_desk.ui.clients.proposals_tab import ProposalsTab
from agent_desk.ui.clients.relationship_map import RelationshipMap
from agent_desk.ui.clients.service_tab import ServiceTab
from agent_desk.ui.clients.timeline_tab import TimelineTab
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon


class ClientPage(QWidget):
    client_created = Signal(object)  # UUID of a client just created
    client_saved = Signal(object)  # UUID after an edit was saved
    open_client_requested = Signal(object)  # UUID: the user clicked a related client
    delete_requested = Signal(object)  # UUID: the user pressed Delete on the page
    record_loaded = Signal(object)  # ClientRecord, once the header and form show it
    plan_requested = Signal(object)  # UUID: design a protection plan for this client
    proposal_opened = Signal(object)  # UUID of a printed proposal to show

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: uuid.UUID | None = None
        self._record: ClientRecord | None = None
        self._visit = 0  # counts show_client/start_new, so late answers for an earlier visit are dropped
        self._saving = False

        self.title_label = QLabel(objectName="pageTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(objectName="subtle")
        self.subtitle_label.setWordWrap(True)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this client (you can undo it)"))
        self.delete_button.clicked.connect(self._request_delete)
        self.plan_button = QPushButton(icon("plans"), self.tr("Design plan"))
        self.plan_button.setToolTip(self.tr("Analyse the household's needs and design a protection plan (Ctrl+P)"))
        self.plan_button.clicked.connect(lambda: self._client_id and self.plan_requested.emit(self._client_id))
        self.banner = QLabel(objectName="fieldError")
        self.banner.setWordWrap(True)
        self.banner.hide()

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.setContentsMargins(12, 10, 12, 4)
        header.addLayout(titles, 1)
        header.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        self.form = DetailsForm()
        self.family = FamilyTab(ctx)
        self.policies = PoliciesTab(ctx)
        self.timeline = TimelineTab(ctx)
        self.claims = ClaimsTab(ctx)
        self.service = ServiceTab(ctx)
        self.network = RelationshipMap(ctx)
        self.proposals = ProposalsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form, icon("details"), self.tr("Details"))
        self.tabs.addTab(self.family, icon("family"), self.tr("Family"))
        self.tabs.addTab(self.policies, icon("policies"), self.tr("Policies"))
        self.tabs.addTab(self.timeline, icon("timeline"), self.tr("Timeline"))
        self.tabs.addTab(self.claims, icon("claim"), self.tr("Claims"))
        self.tabs.addTab(self.service, icon("service"), self.tr("Service"))
        self.tabs.addTab(self.network, icon("network"), self.tr("Network"))
        self.tabs.addTab(self.proposals, icon("proposal"), self.tr("Proposals"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.form.save_requested.connect(self._save)
        self.form.choose_referrer_requested.connect(self._choose_referrer)
        self.form.clear_referrer_requested.connect(self._clear_referrer)
        self.form.referrer_activated.connect(self.open_client_requested)
        self.family.open_client_requested.connect(self.open_client_requested)
        self.network.open_client_requested.connect(self.open_client_requested)
        self.proposals.proposal_opened.connect(self.proposal_opened)
        ctx.bus.changes_applied.connect(self._on_changes)
        self._show_header(None)

    # -- public ---------------------------------------------------------------
    def show_client(self, client_id: uuid.UUID) -> None:
        """Show this client; the details arrive from the database worker."""
        self._visit += 1
        self._client_id, self._record = client_id, None
        self._saving = False
        self.form.set_busy(False)
        self.form.set_details(ClientDetails(name=""))
        self.form.set_referrer(None)
        self.form.setEnabled(False)  # until the details arrive, nothing to type into
        self.title_label.setText(self.tr("Loading…"))
        self.subtitle_label.clear()
        self.banner.hide()
        self._set_client_actions_visible(True)
        self._set_other_tabs_enabled(True)
        for tab in self._client_tabs():
            tab.set_client(client_id)
        self._load_record()

    def start_new(self) -> None:
        """A blank form for a new client, the name field focused."""
        self._visit += 1
        self._client_id, self._record = None, None
        self._saving = False
        self.form.set_busy(False)
        self.form.set_details(ClientDetails(name=""))
        self.form.set_referrer(None)
        self.form.setEnabled(True)
        self.banner.hide()
        for tab in self._client_tabs():
            tab.set_client(None)
        self.form.set_tier_explanation("")
        self._set_other_tabs_enabled(False)
        self._show_header(None)
        self.tabs.setCurrentWidget(self.form)
        self.form.focus_name()

    def _client_tabs(self) -> tuple[QWidget, ...]:
        """The tabs that show one saved client's records."""
        return (self.family, self.policies, self.timeline, self.claims, self.service, self.network, self.proposals)

    def _set_client_actions_visible(self, visible: bool) -> None:
        """Delete and Design plan act on a saved, live client only."""
        self.delete_button.setVisible(visible)
        self.plan_button.setVisible(visible)

    def current_client_id(self) -> uuid.UUID | None:
        return self._client_id

    def deletable_client_id(self) -> uuid.UUID | None:
        """The client shown, once loaded and not already deleted."""
        record = self._record
        return record.id if record is not None and not record.deleted else None

    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty()

    # -- loading --------------------------------------------------------------
    def _load_record(self) -> None:
        client_id, visit = self._client_id, self._visit
        if client_id is None:
            return

        def failed(error: BaseException) -> None:
            if not alive(self) or visit != self._visit:
                return
            if isinstance(error, NotFoundError):
                self.title_label.setText(self.tr("Client not found"))
                self.subtitle_label.setText(self.tr("This client is not in the book."))
                self._set_client_actions_visible(False)
                self._set_other_tabs_enabled(False)
            else:
                self._ctx.tasks.error.emit(error)

        self._ctx.query(lambda s: get_client(s, client_id), lambda record: self._record_loaded(visit, record), failed)

    def _record_loaded(self, visit: int, record: ClientRecord) -> None:
        if not alive(self) or visit != self._visit:
            return  # the page moved on to another client meanwhile
        self._record = record
        self._show_header(record)
        if not self.form.is_dirty():  # never overwrite what the agent is typing
            self.form.set_details(record.details)
        referrer = record.referred_by
        self.form.set_referrer(referrer.id if referrer else None, referrer.display_name if referrer else "")
        self.form.setEnabled(not record.deleted)
        self._set_other_tabs_enabled(not record.deleted)
        self._set_client_actions_visible(not record.deleted)
        self.banner.setText(self.tr("This client was deleted. Undo the delete to work with them again."))
        self.banner.setVisible(record.deleted)
        self._load_tier(visit)
        self.record_loaded.emit(record)

    def _load_tier(self, visit: int) -> None:
        """Why the client has their tier and what service it brings, under the tier field."""
        client_id = self._client_id
        if client_id is None:
            return

        def loaded(tier: ClientTier) -> None:
            if alive(self) and visit == self._visit:
                self.form.set_tier_explanation(tier_explanation(tier.basis, tier.rules, tier.level))

        self._ctx.query(lambda s: client_tier(s, client_id), loaded, lambda _error: None)

    def _show_header(self, record: ClientRecord | None) -> None:
        if record is None:
            self.title_label.setText(self.tr("New client"))
            self.subtitle_label.setText(self.tr("Type at least a name, then save."))
            self._set_client_actions_visible(False)
            return
        details = record.details
        self.title_label.setText(display_name(details.name, details.name_local))
        parts = []
        if details.birth_date is not None:
            parts.append(self.tr("Age %1").replace("%1", str(age_on(details.birth_date, date.today()))))
        parts.append(stage_names().get(details.stage.value, details.stage.value))
        parts.append(tier_text(details.tier))
        self.subtitle_label.setText("  ·  ".join(parts))

    def _set_other_tabs_enabled(self, enabled: bool) -> None:
        for tab in self._client_tabs():
            index = self.tabs.indexOf(tab)
            self.tabs.setTabEnabled(index, enabled)
            self.tabs.setTabToolTip(index, "" if enabled else self.tr("Save the client first"))

    def _on_changes(self, changes: Changes) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        if client_id in changes.clients:
            self._load_record()
            self.policies.reload()  # holder and insured names
        if client_id in changes.clients or self.family.concerned_by(changes):
            self.family.reload()
        if client_id in changes.timelines:
            self.timeline.reload()
        if changes.tiers and client_id not in changes.clients:
            self._load_tier(self._visit)

    # -- saving ---------------------------------------------------------------
    def _save(self) -> None:
        if self._saving:
            return
        try:
            details = self.form.collect(date.today())
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            return
        self.form.clear_problems()
        self._saving = True
        self.form.set_busy(True)
        state, visit, client_id = self.form.current_state(), self._visit, self._client_id
        if client_id is None:
            referrer = self.form.referrer_id()
            self._ctx.apply(lambda s: create_client(s, details, referred_by=referrer),
                            lambda result: self._created(visit, state, result[0]),
                            lambda error: self._save_failed(visit, error))
        else:
            self._ctx.apply(lambda s: update_client(s, client_id, details),
                            lambda _changes: self._saved(visit, state, client_id),
                            lambda error: self._save_failed(visit, error))

    def _created(self, visit: int, state: tuple, client_id: uuid.UUID) -> None:
        if visit == self._visit:
            self._saving = False
            self.form.set_busy(False)
            self.form.mark_saved(state)
            self._client_id = client_id
            self._set_other_tabs_enabled(True)
            self._set_client_actions_visible(True)
            for tab in (self.family, self.policies, self.timeline):
                tab.set_client(client_id)
            self._load_record()
        self.client_created.emit(client_id)

    def _saved(self, visit: int, state: tuple, client_id: uuid.UUID) -> None:
        if visit == self._visit:
            self._saving = False
            self.form.set_busy(False)
            self.form.mark_saved(state)
        self.client_saved.emit(client_id)

    def _save_failed(self, visit: int, error: BaseException) -> None:
        if visit != self._visit:
            self._ctx.tasks.error.emit(error)
            return
        self._saving = False
        self.form.set_busy(False)
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)  # the agent's input stays as typed
        else:
            self._ctx.tasks.error.emit(error)

    # -- referred by ----------------------------------------------------------
    def _choose_referrer(self) -> None:
        exclude = {self._client_id} if self._client_id else set()
        open_client_picker(self._ctx, self, self.tr("Referred by"), self._referrer_chosen, exclude=exclude)

    def _referrer_chosen(self, picked: PickedClient) -> None:
        if self._client_id is None:  # a new client: recorded when it is created
            self.form.set_referrer(picked.id, picked.name)
        else:
            self._set_referrer(picked.id)

    def _clear_referrer(self) -> None:
        if self._client_id is None:
            self.form.set_referrer(None)
        else:
            self._set_referrer(None)

    def _set_referrer(self, referrer_id: uuid.UUID | None) -> None:
        client_id = self._client_id

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and client_id == self._client_id:
                self.form.show_problems(error.problems)
            else:
                self._ctx.tasks.error.emit(error)

        self._ctx.apply(lambda s: set_referred_by(s, client_id, referrer_id), on_error=failed)

    def _request_delete(self) -> None:
        if self._client_id is not None:
            self.delete_requested.emit(self._client_id)
