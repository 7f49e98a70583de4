"""Start-up: process start to a visible main window, the app against a bare PySide6 window.

Both run as whole processes, one after the other in one run (app, bare, app, bare …),
under Qt's offscreen platform:

- the app: ``python -m netzwerk_app --basedir DIR gui`` on a generated database of
  10,000 contacts (made once, already migrated and backed up, as on a normal day);
  it prints the moment of its main window's first paint when
  ``NETZWERK_REPORT_FIRST_PAINT=1`` asks for it (``gui/first_paint.py``) and closes;
- the bare window: a ``QMainWindow`` shown, the same report after its first paint.

The time of each is from just before the process is started to that first paint;
the script prints medians and the ratio (target ≤ 1.3×).

Usage: python benchmarks/startup.py [--contacts N] [--runs N] [--app-source OLD_CHECKOUT]
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
        print(f"first-paint {time.time():.6f}", flush=True)
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


def one_run(command: list[str], env: dict[str, str], cwd: str | None = None) -> float:
    start = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("first-paint ")), None)
    if line is None or done.returncode != 0:
        raise SystemExit(
            f"run failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-3000:]}"
        )
    return float(line.split()[1]) - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="runs of each, alternating")
    parser.add_argument(
        "--app-source",
        metavar="DIR",
        help="run the app from this source tree (an older checkout, for before/after)",
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
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(one_run(app, app_env, args.app_source))
            bare_times.append(one_run(bare, env))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print("app  runs (ms):", " ".join(f"{t * 1000:.0f}" for t in app_times))
    print("bare runs (ms):", " ".join(f"{t * 1000:.0f}" for t in bare_times))
    print(
        f"start-up to a visible window, {args.contacts:,} contacts: "
        f"{app_median * 1000:.0f} ms vs. a bare PySide6 window {bare_median * 1000:.0f} ms "
        f"= {app_median / bare_median:.2f}× (target ≤ 1.3×)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
