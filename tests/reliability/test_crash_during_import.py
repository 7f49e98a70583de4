"""Check 1: kill -9 the importer at 20 random moments during a 10,000-card import."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from reliability_helpers import REPO_ROOT, assert_sound, child_env, people

from netzwerk_app.app import open_app
from netzwerk_app.infra.paths import under_basedir

FILES, PER_FILE, KILLS = 100, 100, 20

# The importer as users run it, one file (= one transaction) at a time; it prints
# a line only after a file's transaction has committed: that is the acknowledgement.
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from netzwerk_app.app import open_app
    from netzwerk_app.infra.paths import under_basedir

    ctx = open_app(under_basedir(Path(sys.argv[1])))
    print("ready", flush=True)
    for name in sys.argv[2:]:
        result = ctx.importer.import_files([Path(name)])
        assert not result.failed, result.failed
        sys.stdout.write(f"committed {Path(name).stem}\\n")
        sys.stdout.flush()
    ctx.close()
    print("finished", flush=True)
    """
)


def _per_file(database: Path) -> Counter[str]:
    """How many people of each file are in the database (names are "F012 Person 00042")."""
    with closing(sqlite3.connect(database)) as conn:
        rows = conn.execute("SELECT formatted_name FROM contacts").fetchall()
    return Counter(name.split()[0].lower() for (name,) in rows)


def _run_child(basedir: Path, files: list[Path], kill_after: float | None) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(basedir), *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=REPO_ROOT,
    )
    assert child.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.endswith("\n"):  # a line torn by the kill acknowledges nothing
                lines.append(line.strip())
            if line.startswith("ready"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read)
    reader.start()
    if kill_after is not None:
        ready.wait(60)
        time.sleep(kill_after)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)  # no rollback, no atexit, no flush
    child.wait(timeout=300)
    reader.join()
    if kill_after is None:
        assert child.returncode == 0, child.stderr.read() if child.stderr else ""
    if child.stderr is not None:
        child.stderr.close()
    return [line.split()[1] for line in lines if line.startswith("committed")]


@pytest.mark.slow
def test_kill_9_at_20_random_moments_loses_no_acknowledged_file(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    files = []
    for number in range(FILES):
        path = tmp_path / f"f{number:03d}.vcf"
        path.write_text(people(PER_FILE, prefix=f"F{number:03d}"), encoding="utf-8", newline="")
        files.append(path)
    basedir = tmp_path / "netzwerk"
    open_app(under_basedir(basedir)).close()
    database = under_basedir(basedir).database

    acknowledged: set[str] = set()
    kills = 0
    while kills < KILLS:
        remaining = [f for f in files if f.stem not in acknowledged]
        acknowledged |= set(_run_child(basedir, remaining, rng.uniform(0.0, 1.0)))
        kills += 1
        assert_sound(database)
        counts = _per_file(database)
        # every acknowledged file complete; no file half there
        assert all(counts[stem] == PER_FILE for stem in acknowledged), (seed, counts)
        assert set(counts.values()) <= {PER_FILE}, (seed, counts)
    assert len(acknowledged) < FILES, "the kills came too late to hit the import"
    print(f"seed {seed}: {len(acknowledged)} of {FILES} files acknowledged after {KILLS} kills")

    # The next import of the remaining files (some were in flight at a kill) completes.
    _run_child(basedir, [f for f in files if f.stem not in acknowledged], None)
    counts = _per_file(database)
    assert len(counts) == FILES and set(counts.values()) == {PER_FILE}
    assert_sound(database)
    with closing(sqlite3.connect(database)) as conn:
        total, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT formatted_name) FROM contacts"
        ).fetchone()
    assert total == distinct == FILES * PER_FILE
    # And importing files that are already there adds nobody.
    ctx = open_app(under_basedir(basedir))
    try:
        again = ctx.importer.import_files(rng.sample(files, 3))
        assert not again.imported and len(again.skipped) == 3 * PER_FILE
        assert ctx.contacts.count() == FILES * PER_FILE
    finally:
        ctx.close()
