"""The `agent-desk` command (DESIGN §4). No sub-command opens the GUI.

Every sub-command prints plain text, or JSON with --json, and exits non-zero
with a one-line error on bad input.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from agent_desk import __version__, config
from agent_desk.domain.money import to_decimal
from agent_desk.errors import AgentDeskError


class CommandError(AgentDeskError):
    """A bad request from the command line, reported as one line."""


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _progress_printer(label: str) -> Callable[[int, int], None]:
    """Progress on stderr, only when a person is watching."""
    if not sys.stderr.isatty():
        return lambda done, total: None

    def report(done: int, total: int) -> None:
        print(f"\r{label}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return report


def _open():  # noqa: ANN202
    from agent_desk.store.book import open_book

    path = config.book_path()
    return open_book(path, _book_key(path))


def _book_key(path: Path):  # noqa: ANN202 - BookKey | None
    """The key of an encrypted book (DESIGN §4): AGENT_DESK_PASSPHRASE, else the
    key remembered in the OS keyring, else a prompt in a terminal; a plain book needs none."""
    from agent_desk.store.crypto import is_encrypted
    from agent_desk.store.protection import PASSPHRASE_ENV, remembered_key, unlock

    if not is_encrypted(path):
        return None
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None:
        remembered = remembered_key(path)
        if remembered is not None:
            return remembered
        if not sys.stdin.isatty():
            raise CommandError(f"the book is encrypted and needs its passphrase, or it is damaged or is not an "
                               f"Agent Desk book; it was left untouched. Give the passphrase in {PASSPHRASE_ENV}, "
                               f"or run agent-desk in a terminal to type it: {path}")
        passphrase = getpass.getpass("Passphrase for the book: ")
    return unlock(path, passphrase)


def _new_passphrase() -> str:
    """A new passphrase: AGENT_DESK_NEW_PASSPHRASE, else typed twice in a terminal."""
    from agent_desk.store.crypto import check_passphrase

    passphrase = os.environ.get("AGENT_DESK_NEW_PASSPHRASE")
    if passphrase is None:
        if not sys.stdin.isatty():
            raise CommandError("give the new passphrase in AGENT_DESK_NEW_PASSPHRASE, or run in a terminal")
        passphrase = getpass.getpass("New passphrase: ")
        if getpass.getpass("The same again: ") != passphrase:
            raise CommandError("the two passphrases differ; nothing was changed")
    try:
        check_passphrase(passphrase)
    except ValueError as exc:
        raise CommandError(f"{exc}; nothing was changed") from exc
    return passphrase


def cmd_gui(args: argparse.Namespace) -> int:
    if args.smoke:
        return _smoke()
    from agent_desk.ui.app import run_app

    return run_app(create_demo_if_empty=args.demo, demo_clients=args.demo_clients)


def _smoke() -> int:
    """`gui --smoke`: the main window on a demo book, shown, then quit. In a
    throwaway data dir unless AGENT_DESK_HOME names one: never the agent's book."""
    import os
    import tempfile

    from agent_desk.ui.app import run_smoke

    if os.environ.get(config.HOME_ENV):
        return run_smoke()
    with tempfile.TemporaryDirectory(prefix="agent-desk-smoke-", ignore_cleanup_errors=True) as home:
        os.environ[config.HOME_ENV] = home
        try:
            return run_smoke()
        finally:
            del os.environ[config.HOME_ENV]


def cmd_demo(args: argparse.Namespace) -> int:
    from agent_desk.services.clients import count_clients
    from agent_desk.services.demo import create_demo_book
    from agent_desk.services.upkeep import daily_upkeep

    if args.clients < 1:
        raise CommandError("--clients must be at least 1")
    book = _open()
    try:
        with book.session() as session:
            existing = count_clients(session)
        if existing:
            raise CommandError(f"the book at {book.path} already has {existing} clients; "
                               "a demo book is only made in an empty book (set AGENT_DESK_HOME to use another)")
        with book.session() as session:
            report = create_demo_book(session, clients=args.clients, seed=args.seed,
                                      progress=_progress_printer("Creating demo book"))
        with book.session() as session:  # its tiers by the book's rules, and what is due
            daily_upkeep(session, date.today(), _progress_printer("Tiers and follow-ups"))
    finally:
        book.close()
    if args.json:
        _print_json({"book": str(book.path), **report.as_dict()})
    else:
        print(f"Demo book at {book.path}: {report.summary()}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from agent_desk.services.clients import search_clients

    if args.limit < 1:
        raise CommandError("--limit must be at least 1")
    book = _open()
    try:
        with book.session() as session:
            rows = search_clients(session, args.text, limit=args.limit)
    finally:
        book.close()
    if args.json:
        _print_json([
            {"id": str(r.id), "name": r.name, "name_local": r.name_local,
             "birth_date": r.birth_date.isoformat() if r.birth_date else None, "phone": r.phone,
             "email": r.email, "stage": r.stage.value, "tier": r.tier.value if r.tier else None}
            for r in rows
        ])
    else:
        for r in rows:
            print("\t".join([r.display_name, r.phone, r.email, r.stage.value, r.tier.value if r.tier else "-"]))
        if not rows:
            print(f"No client matches '{args.text}'.", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from agent_desk.services.client_csv import import_clients
    from agent_desk.services.text_files import TextEncoding

    path = Path(args.file)
    encoding = None if args.encoding == "auto" else TextEncoding(args.encoding)
    book = _open()
    try:
        with book.session() as session:
            report = import_clients(session, path, skip_invalid=args.skip_invalid, encoding=encoding,
                                    progress=_progress_printer("Importing"))
    finally:
        book.close()
    if args.json:
        _print_json(report.as_dict())
    else:
        for problem in report.errors:
            print(f"{path.name}: line {problem.line}: {problem.message}", file=sys.stderr)
        print(report.summary())
    return 1 if report.errors and not args.skip_invalid else 0


def cmd_export(args: argparse.Namespace) -> int:
    from agent_desk.services.client_csv import export_clients
    from agent_desk.services.csv_export import export_followups, export_policies

    export, noun = {"clients": (export_clients, "client"), "policies": (export_policies, "policy"),
                    "followups": (export_followups, "follow-up")}[args.what]
    book = _open()
    try:
        with book.session() as session:
            count = export(session, Path(args.file))
    finally:
        book.close()
    if args.json:
        _print_json({"exported": count, "file": args.file})
    else:
        plural = "policies" if noun == "policy" else f"{noun}s"
        print(f"Exported {count} {noun if count == 1 else plural} to {args.file}")
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from agent_desk.store.backups import load_policy, restore_backup, take_backup
    from agent_desk.store.book import read_revision

    path = config.book_path()
    if args.action == "upgrade":
        book = _open()
        book.close()
        result = {"book": str(path), "upgraded_from": book.upgraded_from,
                  "backup": str(book.backup_path) if book.backup_path else None}
        message = (f"Upgraded {path} (backup at {book.backup_path})" if book.upgraded_from
                   else f"{path} is up to date")
    elif args.action == "backup":
        key = _book_key(path) if path.exists() else None
        if read_revision(path, key) is None:
            raise CommandError(f"there is no book to back up at {path}")
        target, removed = take_backup(path, "manual", key=key)
        result = {"book": str(path), "backup": str(target), "removed": [str(old) for old in removed]}
        message = f"Backed up {path} to {target}" + (
            f" ({len(removed)} older than {load_policy().keep_days} days removed)" if removed else "")
    elif args.action == "backups":
        return _list_backups(path, args.json)
    elif args.action == "restore":
        if not args.file:
            raise CommandError("say which backup to restore: agent-desk db restore FILE")
        backup = Path(args.file)
        key = _book_key(path) if path.exists() else None
        if key is None and (os.environ.get("AGENT_DESK_PASSPHRASE") is not None or sys.stdin.isatty()):
            key = _book_key(backup)  # a plain book: an encrypted backup brings its passphrase, and its protection
        report = restore_backup(backup, path, key=key)
        result = {"book": str(path), "restored_from": str(report.restored_from), "revision": report.revision,
                  "clients": report.clients,
                  "previous_book": str(report.previous_book) if report.previous_book else None}
        kept = f"; the book it replaced is at {report.previous_book}" if report.previous_book else ""
        message = f"Restored {path} from {report.restored_from} ({report.clients} clients){kept}"
    elif args.action in ("encrypt", "passphrase"):
        result, message = _protect(path, args.action)
    else:
        return _check_book(path, args.json)
    if args.json:
        _print_json(result)
    else:
        print(message)
    return 0


def _protect(path: Path, action: str) -> tuple[dict[str, object], str]:
    """`db encrypt` (a plain book and its backups) and `db passphrase` (a new one for both)."""
    from agent_desk.store.crypto import is_encrypted
    from agent_desk.store.protection import change_passphrase, encrypt_book, forget_key

    if action == "encrypt":
        if is_encrypted(path):
            raise CommandError(f"the book is already protected with a passphrase (db passphrase changes it): {path}")
        report = encrypt_book(path, _new_passphrase())
        done = f"Protected {path} with a passphrase"
    else:
        if not is_encrypted(path):
            raise CommandError(f"the book has no passphrase yet (db encrypt gives it one): {path}")
        key = _book_key(path)
        report = change_passphrase(path, key, _new_passphrase())
        forget_key(path)  # a remembered key of the old passphrase opens nothing now
        done = f"Changed the passphrase of {path}"
    left = f"; {len(report.backups_left)} backups under an earlier passphrase left as they were" \
        if report.backups_left else ""
    return ({"book": str(path), "backups_converted": report.backups_converted,
             "backups_left": [str(backup) for backup in report.backups_left]},
            f"{done} ({report.backups_converted} backups too){left}")


def _list_backups(path: Path, as_json: bool) -> int:
    from agent_desk.store.backups import list_backups, load_policy

    policy = load_policy()
    backups = list_backups(policy.directory(), path)
    if as_json:
        _print_json({"folder": str(policy.directory()), "keep_days": policy.keep_days,
                     "backups": [{"file": str(backup.path), "taken_at": backup.taken_at.isoformat(),
                                  "reason": backup.reason, "bytes": backup.size} for backup in backups]})
        return 0
    print(f"Backups in {policy.directory()} (kept {policy.keep_days} days):")
    for backup in backups:
        print(f"  {backup.taken_at:%Y-%m-%d %H:%M}  {backup.reason:<28} {backup.size / 1e6:8.1f} MB  {backup.path.name}")
    if not backups:
        print("  none yet")
    return 0


def _check_book(path: Path, as_json: bool) -> int:
    """The book's schema revision and SQLite's quick check; exit 2 when damaged."""
    from agent_desk.store.book import SCHEMA_HEAD, integrity_problems, read_revision

    key = _book_key(path) if path.exists() else None
    revision = read_revision(path, key)  # a foreign or unreadable file raises here
    problems = integrity_problems(path, key) if revision else []
    if revision is None:
        state, note = "empty", "no book yet (empty)"
    elif problems:
        state, note = "damaged", "damaged: " + "; ".join(problems[:3])
    elif revision == SCHEMA_HEAD:
        state, note = "ok", "sound"
    else:
        from agent_desk.store.migrations import is_known_revision

        if is_known_revision(revision):
            state, note = "older", "older; upgraded (after a backup) when the app next opens it, or by 'db upgrade'"
        else:
            state, note = "newer", "written by a newer version of Agent Desk; please update the app"
    if as_json:
        _print_json({"book": str(path), "revision": revision, "state": state, "problems": problems})
    else:
        print(f"{path}: schema {revision or 'none'}, {note}")
    return 2 if problems else 0


def cmd_quote(args: argparse.Namespace) -> int:
    from agent_desk.domain.catalog import load_catalog
    from agent_desk.domain.pricing import CoverRequest, Insured, NotEligible, quote

    catalog = load_catalog(args.catalog)
    insured = Insured(args.sex, _iso_date(args.birth_date, "--birth-date"), args.smoker)
    as_of = _iso_date(args.as_of, "--as-of") if args.as_of else date.today()
    request = CoverRequest(args.product, _amount(args.sum_assured, "--sum-assured"), args.term, args.payment_term,
                           args.frequency)
    riders = [_rider(text) for text in args.rider]
    result = quote(catalog, insured, request, riders, as_of)
    if isinstance(result, NotEligible):
        raise CommandError(f"{result.product_code} is not eligible: {result.reason}")
    if args.json:
        _print_json(_quote_json(result))
        return 0
    print(f"{result.base.product.name()} ({result.base.code}), age {result.base.age}, "
          f"{result.base.frequency} payments, {result.currency}")
    for line in (result.base, *result.riders):
        sum_text = f"{line.sum_assured:,}" if line.sum_assured is not None else "-"
        print(f"  {line.code:<6} sum assured {sum_text:>14}   annual {line.annual_premium:>12,}   "
              f"{line.frequency} {line.modal_premium:>12,}")
    print(f"  {'total':<6} {'':>27}   annual {result.total_annual_premium:>12,}   "
          f"{result.base.frequency} {result.total_modal_premium:>12,}")
    return 0


def _quote_json(result) -> dict:  # noqa: ANN001
    return {
        "product": result.base.code, "age": result.base.age,
        "annual_premium": str(result.base.annual_premium), "modal_premium": str(result.base.modal_premium),
        "frequency": result.base.frequency,
        "riders": [{"code": r.code, "sum_assured": None if r.sum_assured is None else str(r.sum_assured),
                    "annual_premium": str(r.annual_premium), "modal_premium": str(r.modal_premium)}
                   for r in result.riders],
        "total_annual_premium": str(result.total_annual_premium),
        "total_modal_premium": str(result.total_modal_premium),
        "currency": result.currency,
    }


def cmd_proposal(args: argparse.Namespace) -> int:
    """Print a proposal: a saved plan of the book (recorded as its next version), or a self-contained plan file."""
    from agent_desk.proposals.render import render_proposal

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CommandError(f"--out must name a .pdf file, not {args.out!r}")
    if args.plan_file:
        if not args.catalog:
            raise CommandError("--plan-file needs --catalog CATALOG.json, the catalog to price the plan on")
        data = _plan_file_proposal(args)
        rendered = render_proposal(data, _progress_printer("Rendering"))
        _write_atomically(out, rendered.pdf)
        result = {"number": data.number, "version": data.version, "pages": rendered.pages,
                  "language": data.language, "paper": data.paper, "sha256": rendered.sha256, "file": str(out)}
    else:
        result = _book_proposal(args, out, render_proposal)
    if args.json:
        _print_json(result)
    else:
        print(f"Wrote proposal {result['number']} version {result['version']} ({result['pages']} pages, "
              f"{result['language']}, {result['paper'].upper()}) to {out}")
    return 0


def _plan_file_proposal(args: argparse.Namespace):  # noqa: ANN202
    from agent_desk.domain.catalog import load_catalog
    from agent_desk.proposals.assemble import assemble
    from agent_desk.proposals.request import load_plan_file

    catalog = load_catalog(args.catalog)
    request = load_plan_file(args.plan_file)
    return assemble(request, catalog, args.lang, args.paper)


def _book_proposal(args: argparse.Namespace, out: Path, render) -> dict:  # noqa: ANN001
    import uuid

    from agent_desk.services.proposals import prepare_proposal, record_proposal

    try:
        plan_id = uuid.UUID(args.plan)
    except ValueError:
        raise CommandError(f"--plan must be a plan id (see 'agent-desk plans'), not {args.plan!r}") from None
    book = _open()
    try:
        with book.session() as session:
            job = prepare_proposal(session, plan_id, args.lang, args.paper, date.today())
        rendered = render(job.data, _progress_printer("Rendering"))
        _write_atomically(out, rendered.pdf)
        with book.session() as session:
            row, _changes = record_proposal(session, job, rendered.pdf, rendered.pages)
    finally:
        book.close()
    return {"id": str(row.id), "plan": str(row.plan_id), "number": row.number, "version": row.version,
            "pages": row.pages, "language": row.language, "paper": row.paper, "sha256": row.sha256,
            "catalog_version": row.catalog_version, "file": str(out)}


def _write_atomically(path: Path, content: bytes) -> None:
    """The whole file or none: a half-written PDF never takes the name."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def cmd_plans(args: argparse.Namespace) -> int:
    """The saved plans of the clients a search finds (or the latest), with their ids for `proposal --plan`."""
    from agent_desk.services.plans import recent_plans

    if args.limit < 1:
        raise CommandError("--limit must be at least 1")
    book = _open()
    try:
        with book.session() as session:
            rows = recent_plans(session, args.text or "", limit=args.limit)
    finally:
        book.close()
    if args.json:
        _print_json([{"id": str(r.id), "client_id": str(r.client_id), "client": r.client_name, "name": r.name,
                      "status": r.status.value, "items": r.items, "total_annual_premium": str(r.total_annual_premium),
                      "catalog_version": r.catalog_version, "updated_at": r.updated_at.isoformat()} for r in rows])
        return 0
    for r in rows:
        print("\t".join([str(r.id), r.client_name, r.name, r.status.value, f"{r.items} items",
                         f"{r.total_annual_premium:,} a year", r.updated_at.strftime("%Y-%m-%d")]))
    if not rows:
        print("No saved plan" + (f" for clients matching '{args.text}'." if args.text else "."), file=sys.stderr)
    return 0


def cmd_followups(args: argparse.Namespace) -> int:
    """Bring the rule follow-ups up to date, then list what is due or write the calendar."""
    from agent_desk.services.calendar_export import KIND_WORDS, export_followups_ics
    from agent_desk.services.followups import open_followups
    from agent_desk.services.upkeep import daily_upkeep

    today = _iso_date(args.today, "--today") if args.today else date.today()
    if args.days < 0:
        raise CommandError("--days cannot be negative")
    book = _open()
    try:
        with book.session() as session:
            upkeep, _changes = daily_upkeep(session, today, _progress_printer("Tiers and follow-ups"))
        report = upkeep.followups
        if args.ics:
            with book.session() as session:
                export = export_followups_ics(session, Path(args.ics), today, args.lang)
            if args.json:
                _print_json({"file": str(export.path), "events": export.events, "first": export.first,
                             "last": export.last, "regenerated": asdict(report)})
            else:
                print(f"Wrote {export.events} follow-ups to {export.path}")
            return 0
        with book.session() as session:
            rows = open_followups(session, today, today + timedelta(days=args.days))
    finally:
        book.close()
    if args.json:
        _print_json({"today": today, "regenerated": asdict(report), "followups": [
            {"id": r.id, "kind": r.kind.value, "due": r.due, "client_id": r.client_id, "client": r.client_name,
             "policy": r.policy_number or None, "subject": r.title, "overdue_days": max(0, (today - r.due).days)}
            for r in rows]})
        return 0
    words = KIND_WORDS.get(args.lang, KIND_WORDS["en"])
    print(f"Follow-ups: {report.summary()}")
    for r in rows:
        late = f"  ({(today - r.due).days} days overdue)" if r.due < today else ""
        about = r.title if r.is_own else " ".join(p for p in (words[r.kind], r.policy_number) if p)
        print(f"{r.due}  {r.client_name or '-':<28} {about}{late}")
    if not rows:
        print(f"Nothing due in the next {args.days} days.")
    return 0


def _iso_date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} must be a date written YYYY-MM-DD, not {text!r}") from None


def _amount(text: str, option: str) -> Decimal:
    amount = to_decimal(text)
    if amount is None or amount <= 0:
        raise CommandError(f"{option} must be a positive amount, not {text!r}")
    return amount


def _rider(text: str) -> tuple[str, Decimal | None]:
    code, _, sum_text = text.partition("=")
    if not code:
        raise CommandError(f"--rider must be CODE or CODE=SUM, not {text!r}")
    return code, _amount(sum_text, f"--rider {code}") if sum_text else None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agent-desk", description="Agent Desk: the insurance agent's workbench.")
    parser.add_argument("--version", action="version", version=f"agent-desk {__version__}")
    sub = parser.add_subparsers(dest="command")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    gui = add("gui", cmd_gui, "Open the app (the default).")
    gui.add_argument("--demo", action="store_true", help="create a demo book first when the book is empty")
    gui.add_argument("--demo-clients", type=int, default=2000, help=argparse.SUPPRESS)
    gui.add_argument("--smoke", action="store_true",
                     help="check an installed build: open the main window on a demo book in a throwaway data dir, "
                          "print 'agent-desk smoke: ok', quit")

    demo = add("demo", cmd_demo, "Create a demo book in an empty book.")
    demo.add_argument("--clients", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--json", action="store_true")

    search = add("search", cmd_search, "Find clients as the app's search box does.")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")

    imp = add("import", cmd_import, "Import clients from a CSV or vCard (.vcf) file.")
    imp.add_argument("what", choices=["clients"])
    imp.add_argument("file")
    imp.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the others")
    imp.add_argument("--encoding", choices=["auto", "utf-8", "big5", "gb18030"], default="auto",
                     help="the file's encoding (default: detect UTF-8, Big5 or GB18030)")
    imp.add_argument("--json", action="store_true")

    exp = add("export", cmd_export,
              "Export clients, policies or follow-ups to a CSV file (UTF-8 with BOM, for Excel).")
    exp.add_argument("what", choices=["clients", "policies", "followups"])
    exp.add_argument("file")
    exp.add_argument("--json", action="store_true")

    quote = add("quote", cmd_quote, "Price a product and its riders from a catalog file.")
    quote.add_argument("--catalog", required=True, metavar="FILE")
    quote.add_argument("--product", required=True, metavar="CODE")
    quote.add_argument("--sex", required=True, choices=["F", "M"])
    quote.add_argument("--birth-date", required=True, metavar="YYYY-MM-DD")
    quote.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date the age is taken on (default: today)")
    quote.add_argument("--sum-assured", required=True, metavar="N")
    quote.add_argument("--term", type=int, metavar="N", help="years of cover (products with a choice of terms)")
    quote.add_argument("--payment-term", type=int, metavar="N", help="years of payments (limited-pay products)")
    quote.add_argument("--smoker", action="store_true")
    quote.add_argument("--frequency", default="annual", choices=["annual", "semiannual", "quarterly", "monthly"])
    quote.add_argument("--rider", action="append", default=[], metavar="CODE[=SUM]")
    quote.add_argument("--json", action="store_true")

    proposal = add("proposal", cmd_proposal,
                   "Print a PDF proposal: a saved plan of the book, or a self-contained plan file and catalog.")
    source = proposal.add_mutually_exclusive_group(required=True)
    source.add_argument("--plan", metavar="ID", help="a saved plan's id (see 'agent-desk plans'); "
                                                       "the proposal is kept in the book as its next version")
    source.add_argument("--plan-file", metavar="FILE.json", help="a self-contained plan file (no book needed)")
    proposal.add_argument("--catalog", metavar="CATALOG.json", help="the catalog a --plan-file is priced on")
    proposal.add_argument("--lang", required=True, choices=["en", "zh-Hant", "zh-Hans"])
    proposal.add_argument("--out", required=True, metavar="FILE.pdf")
    proposal.add_argument("--paper", default="a4", choices=["a4", "letter"])
    proposal.add_argument("--json", action="store_true")

    plans = add("plans", cmd_plans, "List saved plans and their ids (for 'agent-desk proposal --plan').")
    plans.add_argument("text", nargs="?", help="only the plans of clients this search finds")
    plans.add_argument("--limit", type=int, default=20)
    plans.add_argument("--json", action="store_true")

    followups = add("followups", cmd_followups,
                    "Bring follow-ups up to date; list what is due, or write them to a calendar file.")
    followups.add_argument("--ics", metavar="FILE.ics", help="write the open follow-ups as an iCalendar file")
    followups.add_argument("--days", type=int, default=7, help="list what is due in this many days (default 7)")
    followups.add_argument("--lang", default="en", choices=["en", "zh-Hant", "zh-Hans"],
                           help="language of the calendar's and the list's words")
    followups.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    followups.add_argument("--json", action="store_true")

    db = add("db", cmd_db, "Maintain the book file.")
    db.add_argument("action", choices=["upgrade", "backup", "backups", "restore", "check", "encrypt", "passphrase"],
                    help="check: schema revision and SQLite's integrity check; upgrade: migrate after a backup; "
                         "backup: a consistent copy in the backup folder; backups: list them; "
                         "restore FILE: replace the book with a backup, checked first (the book replaced is "
                         "backed up); encrypt: protect the book and its backups with a passphrase "
                         "(AGENT_DESK_NEW_PASSPHRASE or typed); passphrase: change it")
    db.add_argument("file", nargs="?", help="the backup to restore")
    db.add_argument("--json", action="store_true")

    from agent_desk.cli_sync import add_sync_commands

    add_sync_commands(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["gui", *argv]  # no sub-command: the GUI, with its options
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except AgentDeskError as exc:
        print(f"agent-desk: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"agent-desk: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
