"""The whole test command: lint, types, then the test suite headless.

Exits non-zero when any step fails. Run from the repository root:
    python tools/run_tests.py [extra pytest arguments]
"""

from __future__ import annotations

import os
import subprocess
import sys

STEPS = [
    (
        "ruff",
        [sys.executable, "-m", "ruff", "check", "netzwerk_app", "tests", "tools", "benchmarks"],
    ),
    ("mypy", [sys.executable, "-m", "mypy"]),
]


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NETZWERK_HOME", None)  # tests must never see a real data folder
    failed = []
    for name, command in STEPS:
        print(f"== {name}", flush=True)
        if subprocess.run(command, env=env).returncode != 0:
            failed.append(name)
    print("== pytest", flush=True)
    code = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *sys.argv[1:]], env=env
    ).returncode
    # Exit code 5 ("no tests collected") is a failure too: the suite must never be empty.
    if code != 0:
        failed.append(f"pytest (exit {code})")
    if failed:
        print("FAILED: " + ", ".join(failed), flush=True)
        return 1
    print("all checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
