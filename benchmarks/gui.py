"""GUI speed and memory with generated data (offscreen Qt); prints its figures.

1. 10,000 contacts: from process start to the main window shown with its start
   page (Today) filled, through the real start-up path (run_gui; the other pages
   are built when first opened);
   median of several runs (target < 1.0 s).
2. 100,000 contacts: a keystroke in the search field until the list shows the new
   hits (target < 50 ms median), and the process's peak memory (target < 300 MB).

Usage: python benchmarks/gui.py [--small N] [--large N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import fill

STARTUP_CHILD = textwrap.dedent(
    """
    import os, sys, time
    t0 = float(os.environ["NETZWERK_BENCH_T0"])
    from netzwerk_app.gui import main_window
    from netzwerk_app.gui.qt import QApplication, QTimer

    original_init = main_window.MainWindow.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        timer = QTimer(self)

        def poll():
            # The database is open and the start page (Today) has drawn its follow-ups,
            # events and chart (the window itself was shown before the database opened).
            if self.isVisible() and self.ready and self.today_view.heading.text():
                timer.stop()
                print(f"filled {time.time() - t0:.4f}", flush=True)
                QApplication.quit()

        timer.timeout.connect(poll)
        timer.start(2)

    main_window.MainWindow.__init__ = init
    from netzwerk_app.cli import main
    sys.exit(main(["--basedir", sys.argv[1], "--no-err-windows", "gui"]))
    """
)


def startup_times(basedir: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        env = dict(os.environ, NETZWERK_BENCH_T0=repr(time.time()))
        result = subprocess.run(
            [sys.executable, "-c", STARTUP_CHILD, str(basedir)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith("filled")), None)
        if line is None:
            raise SystemExit(f"start-up run failed:\n{result.stderr[-2000:]}")
        times.append(float(line.split()[1]))
    return times


def record_time(into: list[float]) -> None:
    into.append(time.perf_counter())


def keystroke_times(basedir: Path, runs: int) -> list[float]:
    from netzwerk_app.app import open_app
    from netzwerk_app.gui.main import create_application
    from netzwerk_app.gui.main_window import MainWindow
    from netzwerk_app.gui.tasks import TaskRunner
    from netzwerk_app.infra.paths import under_basedir

    paths = under_basedir(basedir)
    ctx = open_app(paths)
    app = create_application(paths, "en")
    tasks = TaskRunner()
    window = MainWindow(ctx, tasks)
    window.show()
    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)
    view = window.contacts_view
    model = view.model
    view.refresh()
    while model.rowCount() == 0:
        app.processEvents()
        tasks.wait(10)
    words = ["Müller", "Schäfer", "Björn", "Weiß", "Köhler", "Tanaka", "Rossi", "Larsen"]
    times = []
    for i in range(runs):
        word = words[i % len(words)]
        view.search.setText(word[:-1])
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline and (tasks.pending or view._debounce.isActive()):
            app.processEvents()
            tasks.wait(5)
        app.processEvents()
        resets: list[float] = []
        model.modelReset.connect(partial(record_time, resets))
        start = time.perf_counter()
        view.search.setText(word)  # one more letter, like a keystroke
        while not resets and time.perf_counter() - start < 5:
            app.processEvents()
            tasks.wait(1)
        model.modelReset.disconnect()
        times.append(resets[0] - start)
        assert model.rowCount() > 0, word
    window.close()
    ctx.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keystrokes-in", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.keystrokes_in:  # the child process that holds the window
        times = keystroke_times(Path(args.keystrokes_in), args.runs * 4)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(" ".join(f"{t:.5f}" for t in times))
        print(f"{peak_mb:.1f}")
        return 0
    with tempfile.TemporaryDirectory(prefix="netzwerk-gui-bench-") as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        fill(small, args.small)
        times = startup_times(small, args.runs)
        print(
            f"start-up to a filled main window, {args.small:,} contacts: "
            f"median {statistics.median(times) * 1000:.0f} ms, min {min(times) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms ({args.runs} runs; target < 1000 ms)"
        )
        fill(large, args.large)
        # A fresh process, so its peak memory is the app's, not the data generator's.
        child = subprocess.run(
            [sys.executable, __file__, "--keystrokes-in", str(large), "--runs", str(args.runs)],
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
        lines = child.stdout.strip().splitlines()
        times = [float(t) for t in lines[-2].split()]
        peak_mb = float(lines[-1])
        print(
            f"search keystroke to updated list, {args.large:,} contacts: "
            f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
            f"({len(times)} keystrokes; target < 50 ms)"
        )
        print(
            f"peak memory of this process (window + {args.large:,} contacts): "
            f"{peak_mb:.0f} MB (target < 300 MB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
