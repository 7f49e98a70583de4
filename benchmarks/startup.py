"""Start-up: process start to a visible main window, the app against a bare PySide6 window.

Both run as whole processes, one after the other in one run (app, bare, app, bare …),
under Qt's offscreen platform:

- the app: ``python -m netzwerk_app --basedir DIR gui`` on a generated database of
  10,000 contacts (made once, already migrated and backed up, as on a normal day);
  it prints the moment of its main window's first paint when
  ``NETZWERK_REPORT_FIRST_PAINT=1`` asks for it (``gui/first_paint.py``) and closes;
  that paint is the real window - title, menus, sidebar, a Today page saying the
  contacts are being opened - before the database is (``gui/main.py``);
- the bare window: a ``QMainWindow`` shown, the same report after its first paint.

The time of each is from just before the process is started to that first paint;
the script prints medians and the ratio (target ≤ 1.3×).

Each also reports the processor time it used until that paint, which other work on a
busy machine disturbs far less than the wall clock; ``--floor`` adds a bare window with
the kinds of widgets and text the app's first paint has (what text costs at all).

Usage: python benchmarks/startup.py [--contacts N] [--runs N] [--floor]
                                    [--app-source OLD_CHECKOUT]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

BARE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event):
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, report)
            return False

    def report():
        print(f"first-paint {time.time():.6f} cpu {time.process_time():.6f}", flush=True)
        window.close()

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 720)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    sys.exit(app.exec())
    """
)

# ``--floor``: the bare window plus the kinds of widgets with text that the app's first
# paint shows (menus, a list, a label, a status line), no code of the app: what any
# window with text costs here over the empty one (fonts, text layout, more classes).
FLOOR = BARE.replace(
    "watcher = FirstPaint()",
    textwrap.dedent(
        """
        from PySide6.QtWidgets import QLabel, QListWidget, QHBoxLayout, QWidget
        for menu in ("File", "Edit", "Help"):
            for item in ("One …", "Two …", "Three …"):
                window.menuBar().addMenu(menu).addAction(item)
        central = QWidget()
        row = QHBoxLayout(central)
        sidebar = QListWidget()
        sidebar.addItems(["Today", "Events", "Contacts", "My card", "Trash"])
        row.addWidget(sidebar)
        row.addWidget(QLabel("Opening your contacts …"), 1)
        window.setCentralWidget(central)
        window.statusBar().showMessage("Data folder: /home/user/netzwerk")
        watcher = FirstPaint()
        """
    ),
)


def one_run(command: list[str], env: dict[str, str], cwd: str | None = None) -> tuple[float, float]:
    """Seconds from the start of the process to its first paint, on the wall clock and
    in processor time (the CPU it used until then; an older app prints no CPU: 0)."""
    start = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("first-paint ")), None)
    if line is None or done.returncode != 0:
        raise SystemExit(
            f"run failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-3000:]}"
        )
    fields = line.split()
    cpu = float(fields[3]) if len(fields) >= 4 and fields[2] == "cpu" else 0.0
    return float(fields[1]) - start, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="runs of each, alternating")
    parser.add_argument(
        "--app-source",
        metavar="DIR",
        help="run the app from this source tree (an older checkout, for before/after)",
    )
    parser.add_argument(
        "--floor", action="store_true", help="also time a bare window with menus, list and text"
    )
    args = parser.parse_args()

    from search import fill  # the same generated people as the search benchmark

    with tempfile.TemporaryDirectory() as tmp:
        basedir = Path(tmp) / "netzwerk"
        fill(basedir, args.contacts)
        env = dict(os.environ, NETZWERK_REPORT_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
        # As installed: byte code cached (the warm-up runs write it if it is missing).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_env = dict(env)
        if args.app_source:  # ``-m`` puts the working folder first on sys.path
            app_env["PYTHONPATH"] = str(Path(args.app_source).resolve())
        app = [sys.executable, "-m", "netzwerk_app", "--basedir", str(basedir),
               "--no-err-windows", "gui"]  # fmt: skip
        bare = [sys.executable, "-c", BARE]
        one_run(
            app, app_env, args.app_source
        )  # first start of the day: today's backup, caches warm
        one_run(bare, env)
        floor = [sys.executable, "-c", FLOOR]
        app_runs, bare_runs, floor_runs = [], [], []
        for _ in range(args.runs):
            app_runs.append(one_run(app, app_env, args.app_source))
            bare_runs.append(one_run(bare, env))
            if args.floor:
                floor_runs.append(one_run(floor, env))
    app_times, bare_times, floor_times = (
        [r[0] for r in runs] for runs in (app_runs, bare_runs, floor_runs)
    )
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print("app  runs (ms):", " ".join(f"{t * 1000:.0f}" for t in app_times))
    print("bare runs (ms):", " ".join(f"{t * 1000:.0f}" for t in bare_times))
    if floor_times:
        floor_median = statistics.median(floor_times)
        print("floor runs (ms):", " ".join(f"{t * 1000:.0f}" for t in floor_times))
        floor_cpu = statistics.median(r[1] for r in floor_runs)
        bare_cpu = statistics.median(r[1] for r in bare_runs)
        print(
            f"a bare window with menus, a list and text: {floor_median * 1000:.0f} ms = "
            f"{floor_median / statistics.median(bare_times):.2f}× the empty one; processor "
            f"time {floor_cpu * 1000:.0f} ms = {floor_cpu / bare_cpu:.2f}×"
        )
    # On a busy machine single runs vary by 2× or more: the ratio of each app run to the
    # bare run beside it, and the fastest of each, say more than the medians alone.
    paired = statistics.median(a / b for a, b in zip(app_times, bare_times, strict=True))
    print(
        f"fastest: app {min(app_times) * 1000:.0f} ms, bare {min(bare_times) * 1000:.0f} ms "
        f"= {min(app_times) / min(bare_times):.2f}×; median of the paired ratios {paired:.2f}×"
    )
    app_cpu, bare_cpu = (statistics.median(r[1] for r in runs) for runs in (app_runs, bare_runs))
    if app_cpu:
        print(
            f"processor time to the first paint (less disturbed by other work on the machine): "
            f"app {app_cpu * 1000:.0f} ms, bare {bare_cpu * 1000:.0f} ms = {app_cpu / bare_cpu:.2f}×"
        )
    print(
        f"start-up to a visible window, {args.contacts:,} contacts: "
        f"{app_median * 1000:.0f} ms vs. a bare PySide6 window {bare_median * 1000:.0f} ms "
        f"= {app_median / bare_median:.2f}× (target ≤ 1.3×)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
