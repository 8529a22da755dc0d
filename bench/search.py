"""Search latency on a 100k-client book: p50/p95 per kind of query, as the
client list runs it (count + first page of 200)."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _book import bench_home  # noqa: E402

QUERIES = {
    "latin": ["wang", "smith", "chen", "li", "jo", "m", "hsiao", "tai man", "gmail", "ann"],
    "phone": ["0912", "09", "5", "555-01", "138", "9123", "345678", "02"],
    "cjk 1-2": ["王", "李", "陳", "张", "明", "小明", "美玲", "志強", "建华", "淑芬"],
    "cjk 3-4": ["王小明", "陳大文", "李建华", "林美玲", "張志強", "王淑芬", "黄伟", "刘洋"],
    "policy": ["TW-2019", "HK-", "CN-2021-00", "0001"],
}
ROUNDS = 5


def _other_lists() -> dict:
    from agent_desk.domain.clients import LifecycleStage, Tier
    from agent_desk.services.clients import ClientQuery, ClientSort

    return {
        "by name (the default)": ClientQuery(),
        "by age": ClientQuery(sort=ClientSort.AGE),
        "by stage": ClientQuery(sort=ClientSort.STAGE),
        "by last change": ClientQuery(sort=ClientSort.UPDATED),
        "stage = active": ClientQuery(stage=LifecycleStage.ACTIVE),
        "tier = A": ClientQuery(tier=Tier.A),
        "'王' and tier = B": ClientQuery(text="王", tier=Tier.B),
        "'m' and stage = active": ClientQuery(text="m", stage=LifecycleStage.ACTIVE),
    }


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def main() -> None:
    clients = int(os.environ.get("BENCH_CLIENTS", "100000"))
    os.environ["AGENT_DESK_HOME"] = str(bench_home(clients))
    from agent_desk import config
    from agent_desk.services.clients import ClientQuery, count_clients, list_clients
    from agent_desk.store.book import open_book

    book = open_book(config.book_path())
    other_lists = _other_lists()
    everything: list[float] = []
    print(f"search over {clients} clients, {ROUNDS} rounds, count + first 200 rows (ms)")
    with book.session() as session:
        for kind, queries in QUERIES.items():
            samples, hits = [], 0
            for _ in range(ROUNDS):
                for text in queries:
                    query = ClientQuery(text=text)
                    start = time.perf_counter()
                    total = count_clients(session, query)
                    list_clients(session, query, 0, 200)
                    samples.append((time.perf_counter() - start) * 1000)
                    hits += total
            everything += samples
            print(f"  {kind:8s} p50 {statistics.median(samples):6.1f}  p95 {percentile(samples, 95):6.1f}  "
                  f"max {max(samples):6.1f}  (avg hits {hits / len(samples):,.0f})")
    print(f"  {'all':8s} p50 {statistics.median(everything):6.1f}  p95 {percentile(everything, 95):6.1f}"
          f"  goal p95 <= 20")
    print("the list sorted or filtered another way, count + first 200 rows (ms, median)")
    with book.session() as session:
        for label, query in other_lists.items():
            samples = []
            for _ in range(ROUNDS):
                start = time.perf_counter()
                count_clients(session, query)
                list_clients(session, query, 0, 200)
                samples.append((time.perf_counter() - start) * 1000)
            print(f"  {label:28s} {statistics.median(samples):6.1f}")
    book.close()


if __name__ == "__main__":
    main()
