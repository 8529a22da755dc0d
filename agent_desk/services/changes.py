"""What a use case changed, so each screen reloads only what concerns it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    clients: frozenset[uuid.UUID] = field(default_factory=frozenset)  # details of these changed
    client_list: bool = False  # which clients exist, or their order, may have changed
    timelines: frozenset[uuid.UUID] = field(default_factory=frozenset)  # activities of these clients
    households: bool = False
    relationships: bool = False
    plans: frozenset[uuid.UUID] = field(default_factory=frozenset)  # clients whose plans changed
    policies: frozenset[uuid.UUID] = field(default_factory=frozenset)  # clients whose policies changed
    catalogs: bool = False  # a product catalog was installed
    followups: frozenset[uuid.UUID] = field(default_factory=frozenset)  # clients whose follow-ups changed
    followup_list: bool = False  # follow-ups came or went anywhere in the book (regeneration, agent tasks)
    claims: frozenset[uuid.UUID] = field(default_factory=frozenset)  # clients whose claims changed
    service: frozenset[uuid.UUID] = field(default_factory=frozenset)  # clients whose requests or complaints changed
    tiers: bool = False  # tiers were recomputed, or their rules changed
    agent: bool = False  # the agent's own details (names, licence, contacts) changed
    sync: bool = False  # sync state: enrolment, pending changes, conflicts

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            clients=self.clients | other.clients,
            client_list=self.client_list or other.client_list,
            timelines=self.timelines | other.timelines,
            households=self.households or other.households,
            relationships=self.relationships or other.relationships,
            plans=self.plans | other.plans,
            policies=self.policies | other.policies,
            catalogs=self.catalogs or other.catalogs,
            followups=self.followups | other.followups,
            followup_list=self.followup_list or other.followup_list,
            claims=self.claims | other.claims,
            service=self.service | other.service,
            tiers=self.tiers or other.tiers,
            agent=self.agent or other.agent,
            sync=self.sync or other.sync,
        )

    @staticmethod
    def for_clients(*ids: uuid.UUID, listing: bool = True) -> Changes:
        return Changes(clients=frozenset(ids), client_list=listing)
