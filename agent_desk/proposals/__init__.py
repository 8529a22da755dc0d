"""PDF proposals: the plan file, its assembly into what is printed, and the ReportLab rendering (no Qt, no SQLAlchemy)."""
