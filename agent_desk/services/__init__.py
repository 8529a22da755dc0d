"""Use cases shared by the GUI, the CLI and the office: `fn(session, …)`."""
