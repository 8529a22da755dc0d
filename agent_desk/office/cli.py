"""`agent-desk-office`: run the home-office server and administer it (DESIGN §4).

Admin commands print plain text, or JSON with --json, and exit 2 with a
one-line error on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from agent_desk.errors import AgentDeskError
from agent_desk.office import admin
from agent_desk.office.db import open_office_db

PROG = "agent-desk-office"


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _admin(args: argparse.Namespace, work: Callable[..., Any], *params: Any) -> Any:
    """Run one admin function as one unit of work on the --db database."""
    db = open_office_db(args.db)
    try:
        with db.write() as session:
            return work(session, *params)
    finally:
        db.dispose()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from agent_desk.office.app import create_app

    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="info")
    return 0


def _print_enrolment(args: argparse.Namespace, enrolment: admin.Enrolment, intro: str) -> None:
    if args.json:
        _print_json(admin.as_dict(enrolment))
    else:
        print(f"{intro}Enrolment code for agent {enrolment.agent}: {enrolment.enrolment_code} "
              "(one device, valid for 7 days).")


def cmd_add_agent(args: argparse.Namespace) -> int:
    _print_enrolment(args, _admin(args, admin.add_agent, args.code, args.name), f"Agent {args.code} added. ")
    return 0


def cmd_new_code(args: argparse.Namespace) -> int:
    _print_enrolment(args, _admin(args, admin.new_code, args.code), "")
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    device = _admin(args, admin.revoke_device, args.device_id)
    if args.json:
        _print_json(admin.as_dict(device))
    else:
        print(f"Device {device.id} ({device.name or 'unnamed'}) of agent {device.agent} is revoked.")
    return 0


def cmd_list_devices(args: argparse.Namespace) -> int:
    devices = _admin(args, admin.list_devices, args.code)
    if args.json:
        _print_json([admin.as_dict(device) for device in devices])
        return 0
    if not devices:
        print("No devices.")
    for device in devices:
        state = f"revoked {device.revoked_at:%Y-%m-%d}" if device.revoked_at else "active"
        seen = f"{device.last_seen_at:%Y-%m-%d %H:%M}" if device.last_seen_at else "never"
        print(f"{device.id}  {device.agent:<12} {device.name or '-':<24} {state:<18} last seen {seen} UTC")
    return 0


def cmd_publish_catalog(args: argparse.Namespace) -> int:
    published = _admin(args, admin.publish_catalog, Path(args.file).read_bytes())
    if args.json:
        _print_json(admin.as_dict(published))
    elif published.published:
        print(f"Published catalog {published.catalog_id} version {published.catalog_version} "
              f"(etag {published.etag[:12]}).")
    else:
        print(f"Catalog {published.catalog_id} version {published.catalog_version} was already published "
              "with this content; nothing changed.")
    return 0


def cmd_set_policy_status(args: argparse.Namespace) -> int:
    change = _admin(args, admin.set_policy_status, args.policy, args.status)
    if args.json:
        _print_json(admin.as_dict(change))
    elif change.changed:
        print(f"Policy {change.policy_number or change.policy_id} of agent {change.agent}: "
              f"{change.old_status or '(none)'} -> {change.status}.")
    else:
        print(f"Policy {change.policy_number or change.policy_id} is {change.status} already; nothing changed.")
    return 0


def cmd_reassign_client(args: argparse.Namespace) -> int:
    moved = _admin(args, admin.reassign_client, args.client_id, args.agent_code)
    if args.json:
        _print_json(admin.as_dict(moved))
    else:
        print(f"Client {moved.client_id} moved from agent {moved.from_agent} to {moved.to_agent} "
              f"({moved.rows_moved} rows).")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Agent Desk home-office server.")
    parser.add_argument("--db", metavar="URL", help="the office database (default: a SQLite file in the office "
                                                   "data dir; postgresql+psycopg://… in production)")
    sub = parser.add_subparsers(dest="command", required=True)
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print the result as JSON")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text,
                                 parents=[] if name == "serve" else [as_json])
        command.set_defaults(handler=handler)
        return command

    serve = add("serve", cmd_serve, "Serve the sync API.")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    add_agent = add("add-agent", cmd_add_agent, "Add an agent and print the enrolment code of their first device.")
    add_agent.add_argument("code")
    add_agent.add_argument("name")
    add("new-code", cmd_new_code, "Print a new one-time enrolment code for another device of the agent.") \
        .add_argument("code")
    add("revoke-device", cmd_revoke_device, "Refuse a device from now on.").add_argument("device_id")
    add("list-devices", cmd_list_devices, "List the devices (of one agent).").add_argument("code", nargs="?")
    add("publish-catalog", cmd_publish_catalog, "Check a catalog file and publish it to every agent.") \
        .add_argument("file")
    policy = add("set-policy-status", cmd_set_policy_status, "Set a policy's status as the office.")
    policy.add_argument("policy", help="the policy's row id, or its number when no other policy has it")
    policy.add_argument("status")
    reassign = add("reassign-client", cmd_reassign_client,
                   "Move a client and everything of theirs to another agent's book.")
    reassign.add_argument("client_id")
    reassign.add_argument("agent_code")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return args.handler(args)
    except AgentDeskError as exc:
        message = str(exc)
    except OSError as exc:
        message = f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        message = f"the office database could not be used: {detail[0] if detail else type(exc).__name__}"
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2
