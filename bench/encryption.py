"""What encryption at rest costs (issue 14): the same demo book plain and
protected with a passphrase (SQLCipher), side by side.

- unlock: deriving the key from the passphrase (scrypt) and reading the schema revision;
- open: open_book and the first client page;
- search: p50 of the client list's search (count + first page) over a few queries;
- demo: writing a demo book of BENCH_CLIENTS clients (20,000) into an empty book;
- encrypt: protecting the plain book (rewriting it under the new key);
- backup: a backup copy of the book.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

CLIENTS = int(os.environ.get("BENCH_CLIENTS", "20000"))
WORK = Path(tempfile.mkdtemp(prefix="agent-desk-encryption-bench-"))
os.environ["AGENT_DESK_HOME"] = str(WORK / "home")
PASSPHRASE = "a passphrase for the bench"
QUERIES = ["wang", "王", "小明", "0912", "chen mei", "TW-2019"]


def timed(job) -> float:  # noqa: ANN001
    started = time.perf_counter()
    job()
    return time.perf_counter() - started


def main() -> None:
    from agent_desk.services.demo import create_demo_book
    from agent_desk.store.backups import BackupPolicy, take_backup
    from agent_desk.store.book import open_book
    from agent_desk.store.crypto import new_key
    from agent_desk.store.protection import encrypt_book, unlock

    figures: dict[str, dict[str, float]] = {"plain": {}, "protected": {}}
    plain, protected = WORK / "plain.sqlite3", WORK / "protected.sqlite3"
    policy = BackupPolicy(folder=str(WORK / "backups"))

    def make_demo(path: Path, key=None) -> None:  # noqa: ANN001
        book = open_book(path, key)
        with book.session() as session:
            create_demo_book(session, clients=CLIENTS, seed=1)
        book.close()

    figures["plain"]["demo"] = timed(lambda: make_demo(plain))
    shutil.copyfile(plain, protected)
    figures["protected"]["encrypt"] = timed(lambda: encrypt_book(protected, PASSPHRASE, policy))
    fresh = WORK / "fresh.sqlite3"
    figures["protected"]["demo"] = timed(lambda: make_demo(fresh, new_key(PASSPHRASE)))
    key = None
    for kind, path in (("plain", plain), ("protected", protected)):
        def opening(path: Path = path, kind: str = kind) -> None:
            nonlocal key
            key = unlock(path, PASSPHRASE) if kind == "protected" else None
        figures[kind]["unlock"] = timed(opening)
        book = open_book(path, key)
        figures[kind]["open"] = timed(lambda book=book: list_clients_page(book))
        samples = []
        for _ in range(3):
            for query in QUERIES:
                samples.append(timed(lambda query=query, book=book: search_page(book, query)))
        figures[kind]["search p50"] = statistics.median(samples)
        figures[kind]["backup"] = timed(lambda path=path: take_backup(path, "manual", policy, key=key))
        book.close()

    def row(name: str) -> str:
        plain_s, protected_s = figures["plain"].get(name), figures["protected"].get(name)
        fmt = (lambda s: "—" if s is None else (f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"))
        ratio = f"{protected_s / plain_s:.2f}×" if plain_s and protected_s and plain_s > 0.001 else ""
        return f"| {name} | {fmt(plain_s)} | {fmt(protected_s)} | {ratio} |"

    print(f"encryption at rest: a {CLIENTS:,}-client demo book, plain and protected (SQLCipher, scrypt key)")
    print("| what | plain | protected | ratio |\n|---|---|---|---|")
    for name in ("unlock", "open", "search p50", "demo", "encrypt", "backup"):
        print(row(name))


def list_clients_page(book) -> None:  # noqa: ANN001
    from agent_desk.services.clients import ClientQuery, count_clients, list_clients

    with book.session() as session:
        list_clients(session, ClientQuery(), 0, 200)
        count_clients(session, ClientQuery())


def search_page(book, text: str) -> None:  # noqa: ANN001
    from agent_desk.services.clients import ClientQuery, count_clients, list_clients

    with book.session() as session:
        list_clients(session, ClientQuery(text=text), 0, 200)
        count_clients(session, ClientQuery(text=text))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
