"""The exception tree. Each error names the thing that is wrong, so the UI and
the CLI can show it as it is."""

from __future__ import annotations

from pathlib import Path


class AgentDeskError(Exception):
    """Base of every error the app reports to the user."""


class ValidationError(AgentDeskError):
    """Input that breaks a rule; `problems` maps a field name to its message."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.problems.items()))


class NotFoundError(AgentDeskError):
    pass


class BookError(AgentDeskError):
    """A problem with the agent's book file itself."""

    def __init__(self, path: Path, message: str):
        self.path = Path(path)
        super().__init__(f"{message}: {self.path}")


class BookCorruptError(BookError):
    def __init__(self, path: Path, detail: str = ""):
        self.detail = detail
        why = f" ({detail})" if detail else ""
        super().__init__(path, f"The book file is damaged or is not an Agent Desk book{why}; it was left untouched")


class BookLockedError(BookCorruptError):
    """An encrypted book without its key, or with a wrong one. SQLCipher
    cannot tell a wrong key from a file that is no book at all, so this is
    also what a damaged or foreign file is, to anyone without the key."""

    def __init__(self, path: Path, message: str):
        self.detail = ""
        BookError.__init__(self, path, message)


class BookTooNewError(BookError):
    def __init__(self, path: Path, revision: str):
        self.revision = revision
        super().__init__(
            path,
            f"The book was written by a newer version of Agent Desk (schema {revision}); "
            "please update the app. The file was left untouched",
        )


class ImportFileError(AgentDeskError):
    """An import file that cannot be read at all (as opposed to bad rows)."""


class ImportRowsError(AgentDeskError):
    """An import asked to write while rows have errors: nothing was written."""


class SyncError(AgentDeskError):
    """Sync with the office did not complete. Nothing local is lost: what
    waits in the outbox goes up on the next try."""


class OfflineError(SyncError):
    """The office could not be reached, timed out or failed (HTTP 5xx)."""


class BadAnswerError(SyncError):
    """The office answered something that is not a sync answer."""


class UpdateRequiredError(SyncError):
    """The office speaks a newer sync protocol than this app."""


class NotEnrolledError(SyncError):
    """The book is not enrolled with an office, or this computer lost its device token."""


class DeviceRevokedError(SyncError):
    """The office revoked this device (or no longer knows its token)."""


class EnrolmentError(SyncError):
    """The office refused the enrolment code."""
