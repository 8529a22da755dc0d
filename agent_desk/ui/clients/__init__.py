"""The client book screens: the list with search, and the client page."""
