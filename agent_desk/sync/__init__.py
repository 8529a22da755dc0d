"""Sync with the home office (DESIGN §5): the wire protocol, the outbox of
local changes, applying the office's changes, and the engine that runs both."""
