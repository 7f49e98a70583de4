"""Search speed with generated data; prints its figures (not a timed test).

1. 10,000 contacts in a database: ``netzwerk search NAME`` as a whole process,
   median over repeated runs (target: under 0.4 s).
2. 100,000 contacts: in-process search for the first 50 ranked hits, median over
   many queries (target: under 20 ms).

Usage: python benchmarks/search.py [--small N] [--large N] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from netzwerk_app.app import open_app
from netzwerk_app.domain import model as m
from netzwerk_app.infra.paths import under_basedir
from netzwerk_app.services.contacts import prepare_new
from netzwerk_app.services.demo import FAMILY, GIVEN, TRADES
from netzwerk_app.storage.connection import connect_raw
from netzwerk_app.storage.repository import Repository
from netzwerk_app.storage.search_index import search_contacts

# The demo data's names, with their umlauts and other scripts.
TRADE_NAMES = [row[0] for row in TRADES]  # the trade is first, whatever follows it


def fill(basedir: Path, count: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    ctx = open_app(under_basedir(basedir))
    batch = 5000
    for start in range(0, count, batch):
        people = []
        for i in range(start, min(count, start + batch)):
            given, family = rnd.choice(GIVEN), rnd.choice(FAMILY)
            # A suffix makes most family names rare, like a real address book.
            family = f"{family}{'' if i % 10 == 0 else '-' + str(i)}"
            trade = rnd.choice(TRADE_NAMES)
            people.append(
                prepare_new(
                    m.Contact(
                        formatted_name=f"{given} {family}",
                        given_name=given,
                        family_name=family,
                        organization=f"{family} {trade}",
                        emails=[m.Email(f"person{i}@example.de", ("work",))],
                        phones=[m.Phone(f"+49 89 {rnd.randint(1000000, 9999999)}", ("work",))],
                        note=f"Getroffen beim Frühstück, interessiert an {rnd.choice(TRADE_NAMES)}",
                    ),
                    ctx.clock.now(),
                )
            )
        with ctx.db.write() as session:
            repo = Repository(session)
            repo.add_all(people)
            repo.reindex([p.id for p in people if p.id is not None])
    ctx.close()


def whole_process(basedir: Path, runs: int) -> list[float]:
    times = []
    for i in range(runs):
        query = ["Müller", "mueller", "Schäfer", "Björn", "Steuerberatung"][i % 5]
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "netzwerk_app", "--basedir", str(basedir), "search", query],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(time.perf_counter() - start)
        assert result.stdout.strip(), "search found nothing"
    return times


def in_process(basedir: Path, runs: int) -> list[float]:
    conn = connect_raw(under_basedir(basedir).database)
    queries = [
        "Müller",
        "mueller",
        "schafer",
        "Björn Weiß",
        "Steuerberatung",
        "koehler",
        "person123@example",
        "Catering Rossi",
        "jovanovic",
        "Tanaka",
    ]
    times = []
    for i in range(runs):
        start = time.perf_counter()
        hits = search_contacts(conn, queries[i % len(queries)], limit=50)
        times.append(time.perf_counter() - start)
        assert hits, queries[i % len(queries)]
    conn.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="netzwerk-bench-") as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        t0 = time.perf_counter()
        fill(small, args.small)
        print(f"generated {args.small:,} contacts in {time.perf_counter() - t0:.1f} s")
        times = whole_process(small, args.runs)
        print(
            f"`netzwerk search NAME` over {args.small:,} contacts, whole process: "
            f"median {statistics.median(times) * 1000:.0f} ms, "
            f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
            f"({args.runs} runs; target < 400 ms)"
        )
        t0 = time.perf_counter()
        fill(large, args.large)
        print(f"generated {args.large:,} contacts in {time.perf_counter() - t0:.1f} s")
        times = in_process(large, args.runs * 10)
        print(
            f"in-process search, first 50 ranked hits over {args.large:,} contacts: "
            f"median {statistics.median(times) * 1000:.2f} ms, "
            f"p90 {statistics.quantiles(times, n=10)[-1] * 1000:.2f} ms "
            f"({args.runs * 10} queries; target < 20 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
