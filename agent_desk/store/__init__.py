"""The local book: SQLAlchemy models, opening and migrating the file, search."""
