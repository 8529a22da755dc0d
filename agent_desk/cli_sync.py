"""`agent-desk enroll` and `agent-desk sync` (DESIGN §4)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from agent_desk.errors import SyncError

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _print(args: argparse.Namespace, data: dict, text: str) -> None:
    if args.json:
        from agent_desk.cli import _print_json

        _print_json(data)
    else:
        print(text)


def _progress(label: str) -> Callable[[int, int], None]:
    from agent_desk.cli import _progress_printer

    return _progress_printer(label)


def cmd_enroll(args: argparse.Namespace) -> int:
    from agent_desk.cli import _open
    from agent_desk.services.sync import enroll

    book = _open()
    try:
        report = enroll(book, args.server, args.code, args.name or "", progress=_progress("Queueing the book"))
    finally:
        book.close()
    data = {"server": args.server, "agent": report.agent_code, "agent_name": report.agent_name,
            "device_id": report.device_id, "token_kept": report.token_kept, "queued": report.queued}
    _print(args, data, f"Enrolled with {args.server} as {report.agent_name} ({report.agent_code}); "
                       f"device {report.device_id}. The device token is kept {report.token_kept}. "
                       f"{report.queued} records queued for upload: run 'agent-desk sync'.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from agent_desk.cli import _open
    from agent_desk.services.sync import sync_once, sync_status

    book = _open()
    try:
        if args.status:
            with book.session() as session:
                status = sync_status(session)
            data = {"enrolled": status.enrolled, "server": status.server_url, "agent": status.agent_code,
                    "device_id": status.device_id, "pending": status.pending,
                    "open_conflicts": status.open_conflicts,
                    "last_sync_at": status.last_sync_at.isoformat() if status.last_sync_at else None,
                    "last_error": status.last_error}
            last = status.last_sync_at.isoformat(sep=" ") if status.last_sync_at else "never"
            _print(args, data, (f"{status.server_url} as {status.agent_code}: " if status.enrolled else
                                "Not enrolled: ") + f"{status.pending} changes waiting, "
                               f"{status.open_conflicts} conflicts to review, last sync {last}"
                               + (f"; last error: {status.last_error}" if status.last_error else ""))
            return 0
        printer = _progress("Syncing")
        try:
            report = sync_once(book, progress=lambda _stage, done, total: printer(done, max(total, done)))
        except SyncError as exc:
            with book.session() as session:
                pending = sync_status(session).pending
            waiting = ("1 change waits on this computer and goes" if pending == 1
                       else f"{pending} changes wait on this computer and go")
            raise SyncError(f"{exc}. {waiting} up with the next sync") from exc
    finally:
        book.close()
    data = {"pushed": report.pushed, "pulled": report.pulled, "removed": report.removed,
            "conflicts": report.conflicts, "refused": report.refused, "catalog": report.catalog or None,
            "catalog_problem": report.catalog_problem or None}
    _print(args, data, f"Synced: {report.summary()}.")
    return 0


def add_sync_commands(add: AddCommand) -> None:
    enroll = add("enroll", cmd_enroll, "Enrol this book with the home office using a one-time code; "
                                       "the whole book is queued for upload.")
    enroll.add_argument("--server", required=True, metavar="URL", help="the office's address, e.g. https://office:8765")
    enroll.add_argument("--code", required=True, help="the one-time enrolment code the office gave you")
    enroll.add_argument("--name", help="this device's name at the office (default: the computer's name)")
    enroll.add_argument("--json", action="store_true")

    sync = add("sync", cmd_sync, "Send this book's changes to the office and receive the office's; "
                                 "exits 2 when the office cannot be reached (nothing is lost).")
    sync.add_argument("--status", action="store_true", help="only show what waits and when the last sync was")
    sync.add_argument("--json", action="store_true")
