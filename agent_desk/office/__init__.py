"""The home-office server (FastAPI + SQLAlchemy). The sync API arrives with the sync issue."""
