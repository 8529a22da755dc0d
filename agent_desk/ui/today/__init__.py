"""The Today screen: the agent's day at a glance, own tasks and reminders."""
