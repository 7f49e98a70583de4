"""Only the injected clock reads the time: no rule, service or widget asks the system,
so the suite answers the same on any day (issue 11)."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "netzwerk_app"
READS_THE_CLOCK = re.compile(
    r"datetime\.now\(|datetime\.utcnow\(|date\.today\(|datetime\.today\(|(?<![\w.])time\.time\(\)"
    r"|currentDate\(|currentDateTime\(|currentTime\("
)
# Where reading the system is the point, not a rule about "now".
ALLOWED = {
    "infra/clock.py",  # SystemClock itself
    "infra/timezone.py",  # today's offset as the last-resort zone
    "storage/backup.py",  # a backup file's unique name stamp
    "services/recovery.py",  # the name a damaged file is set aside under
    "gui/first_paint.py",  # the start-up benchmark's stopwatch (epoch seconds across processes)
}


def clock_reads(text: str) -> list[str]:
    return [
        line.strip()
        for line in text.splitlines()
        if READS_THE_CLOCK.search(line) and not line.lstrip().startswith(("#", '"', "``"))
    ]


def test_nothing_but_the_clock_reads_the_time() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): found
        for path in PACKAGE.rglob("*.py")
        if str(path.relative_to(PACKAGE)) not in ALLOWED
        and (found := clock_reads(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_check_would_notice_an_offender() -> None:
    code = (
        "due = datetime.now().astimezone()\n"
        "day = date.today()\n"
        "edit = QDateEdit(QDate.currentDate())\n"
        "started = time.time()\n"
        "# datetime.now() in a comment is fine\n"
        'at = self.followup_time.time().toString("HH:mm")\n'
    )
    assert len(clock_reads(code)) == 4
