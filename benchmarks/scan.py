"""Business card scanning speed (issue 15); prints its figures beside the targets.

1. Warm: a stack of 10 card photos read by one ``CardReader`` (one child process,
   models loaded once), as the review of a stack does: median seconds per card
   (target ≤ 2 s). The first photo of each run also pays for starting the child
   and loading the models; it is printed on its own line, not in the median.
2. Whole process: ``python -m netzwerk_app scan PHOTO --json`` for one card, from
   start to exit, as a user types it: median of several runs (target ≤ 4 s).

Photos: the first 10 of tests/data/cards/ (the scoring set) when it is there, else
cards rendered here (a card on a table, as the unit tests draw them).

Usage: python benchmarks/scan.py [--runs N] [--photos DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CARDS = ROOT / "tests" / "data" / "cards"
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic"}
STACK = 10
WARM_TARGET = 2.0
PROCESS_TARGET = 4.0


def photos(folder: Path | None, scratch: Path) -> list[Path]:
    """Ten card photos: from ``folder`` (or the test set), else rendered into ``scratch``."""
    folder = folder or CARDS
    found = (
        sorted(p for p in folder.glob("*") if p.suffix.lower() in PHOTO_SUFFIXES)
        if folder.is_dir()
        else []
    )
    if len(found) >= STACK:
        return found[:STACK]
    sys.path.insert(0, str(ROOT / "tests" / "unit" / "interchange"))
    from card_photos import ANNA, JONAS, card, jpeg, on_table

    rendered = []
    for number in range(STACK):
        lines = ANNA if number % 2 == 0 else JONAS
        photo = on_table(
            [card(lines, width=1200)], size=(3000, 2000), turn=number - 5.0, seed=number
        )
        path = scratch / f"card{number:02}.jpg"
        path.write_bytes(jpeg(photo))
        rendered.append(path)
    return rendered


def cpu_seconds(pid: int | None) -> float:
    """Processor time a running process has used so far (Linux; 0 elsewhere)."""
    stat = Path(f"/proc/{pid}/stat")
    if pid is None or not stat.exists():
        return 0.0
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def warm_stack(stack: list[Path], runs: int) -> tuple[list[float], list[float], list[float]]:
    """Seconds per card after the first, the child's processor seconds for them, and
    the first photo's seconds, of each run."""
    from netzwerk_app.interchange.card_ocr import CardReader

    per_card: list[float] = []
    cpu: list[float] = []
    first: list[float] = []
    for _ in range(runs):
        with CardReader() as reader:
            for index, path in enumerate(stack):
                data = path.read_bytes()
                used = cpu_seconds(reader.pid)
                started = time.perf_counter()
                reader.read(data, path.name)
                elapsed = time.perf_counter() - started
                if index == 0:
                    first.append(elapsed)
                else:
                    per_card.append(elapsed)
                    cpu.append(cpu_seconds(reader.pid) - used)
    return per_card, cpu, first


def whole_process(photo: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds of ``netzwerk scan PHOTO --json`` from start to exit, and the processor
    seconds it and its child used, each run."""
    times = []
    cpu = []
    with tempfile.TemporaryDirectory() as basedir:
        command = [
            sys.executable,
            "-m",
            "netzwerk_app",
            "--basedir",
            basedir,
            "scan",
            str(photo),
            "--json",
        ]
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
            times.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if done.returncode != 0:
                print(f"  scan exited with {done.returncode}: {done.stderr.strip()[:300]}")
    return times, cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--runs", type=int, default=3, help="stacks and whole processes to time (default 3)"
    )
    parser.add_argument("--photos", type=Path, help="a folder of at least 10 card photos")
    options = parser.parse_args()
    from netzwerk_app.interchange.card_ocr import DETECT_SIDE, threads

    with tempfile.TemporaryDirectory() as scratch:
        stack = photos(options.photos, Path(scratch))
        print(
            f"{len(stack)} photos from {stack[0].parent.name}/, {os.cpu_count()} cores, "
            f"{threads()} onnxruntime thread(s), detector at {DETECT_SIDE} px"
        )
        per_card, cpu, first = warm_stack(stack, options.runs)
        warm = statistics.median(per_card)
        print(
            f"warm stack of {STACK}: median {warm:.2f} s per card "
            f"(fastest {min(per_card):.2f}, slowest {max(per_card):.2f}; {len(per_card)} cards; "
            f"processor time {statistics.median(cpu):.2f} s per card)"
            f"   target <= {WARM_TARGET:.0f} s  {'met' if warm <= WARM_TARGET else 'MISSED'}"
        )
        print(
            "  first photo of a stack (child start and models): "
            f"median {statistics.median(first):.2f} s"
        )
        process, process_cpu = whole_process(stack[0], options.runs)
        single = statistics.median(process)
        print(
            f"one card, whole 'netzwerk scan --json' process: median {single:.2f} s "
            f"(runs: {', '.join(f'{t:.2f}' for t in process)}; "
            f"processor time {statistics.median(process_cpu):.2f} s with the child)"
            f"   target <= {PROCESS_TARGET:.0f} s  {'met' if single <= PROCESS_TARGET else 'MISSED'}"
        )
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        print(f"load average while measuring: {load:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
