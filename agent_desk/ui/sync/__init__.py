"""Sync with the home office as the agent sees it: the background scheduler,
the status-bar widget, the Sync screen with its conflict log, and enrolment."""
