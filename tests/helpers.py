"""Helpers shared by the whole suite: the real ``netzwerk`` command in a child process.

Imported as a plain module (``from helpers import run_cli``): tests/ is on the path
because the root conftest lives there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]


def child_env() -> dict[str, str]:
    """The environment of a child process: headless Qt, never the user's NETZWERK_HOME."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NETZWERK_HOME", None)
    return env


def netzwerk(
    *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python -m netzwerk_app ARGS`` as a user runs it; output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "netzwerk_app", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=timeout,
        env=child_env(),
        cwd=REPO_ROOT,
    )


def run_cli(
    base: Path, *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The real ``netzwerk --basedir BASE ARGS`` command in a child process."""
    return netzwerk("--basedir", str(base), *args, stdin=stdin, timeout=timeout)


def child_report(code: str, *args: str, timeout: float = 300) -> dict[str, Any]:
    """Run ``code`` in a fresh Python (headless, in the repository) and return the JSON
    object its last output line prints; fails the test if an exception got out."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
        cwd=REPO_ROOT,
    )
    assert done.returncode == 0, done.stderr  # no exception reached the user
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report
