"""Agent Desk: an offline-first workbench for insurance field agents."""

__version__ = "0.1.0"
