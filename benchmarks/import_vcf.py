"""vCard import speed and memory with a generated Google-Contacts-style file.

For each size (default 10,000 and 100,000 cards) it times the whole import into a
fresh database through the import service, as the user runs it (duplicate check,
contacts, search index, one transaction), against vobject's bare
``readComponents`` over the same file, and prints side by side: the contacts in
the database afterwards (every card has its own e-mail address, so this must equal
the number of cards), both medians, the ratio (target: <= 1.3; near-linear
growth from 10k to 100k) and the peak memory of an import in a child process.

Every file holds a company of 5,000 colleagues (one ORG, one switchboard number,
the same few names again and again): the case that made duplicate finding grow
with the square of an organisation's size. Each size is measured with Google-style
cards and with small ones (name, e-mail, phone, organisation), so that the growth
per card is read off one style of card; more than 40,000 cards come in parts of
40,000 (a file may hold 50 MB), imported in one call. Times are CPU
seconds of the importing process (wall-clock beside them): a machine shared with
other work otherwise measures the neighbours.

Usage: python benchmarks/import_vcf.py [--sizes N ...] [--runs N]
"""

from __future__ import annotations

import argparse
import base64
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

GIVEN = ["Jürgen", "Sabine", "Björn", "Özlem", "Katharina", "Lukas", "Anja", "Thomas", "Sophie"]
GIVEN += ["Jörg", "Bärbel", "Mehmet", "Claudia", "Raphaël", "Agnieszka", "Søren", "Elif", "Yuki"]
FAMILY = ["Müller", "Schäfer", "Weiß", "Großmann", "Köhler", "Yılmaz", "Hoffmann", "Bäcker"]
FAMILY += ["Nowak", "Dubois", "Rossi", "Larsen", "Öztürk", "Krämer", "Sánchez", "Tanaka"]
TRADES = ["Steuerberatung", "Webdesign", "Immobilien", "Versicherungen", "Coaching", "Druckerei"]
TRADES += ["Fotografie", "Rechtsanwälte", "IT-Service", "Catering", "Architektur", "Physiotherapie"]
CITIES = [("München", "80331"), ("Berlin", "10115"), ("Hamburg", "20095"), ("Köln", "50667")]
CITIES += [("Frankfurt am Main", "60311"), ("Stuttgart", "70173"), ("Wien", "1010")]
TITLES = ["Geschäftsführerin", "Inhaber", "Beraterin", "Steuerberater", "Vertrieb", "Partnerin"]

# A tiny JPEG-looking payload: only its size and shape matter here.
PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 6).decode("ascii")


def _fold(line: str) -> str:
    """Fold at 75 characters (ASCII lines here) as Google's export does."""
    if len(line) <= 75:
        return line + "\r\n"
    parts = [line[:75]] + [" " + line[i : i + 74] for i in range(75, len(line), 74)]
    return "\r\n".join(parts) + "\r\n"


COMPANY, COLLEAGUES = "Deutsche Bank AG", 5_000
SWITCHBOARD = "+49 69 910 00"


def google_card(i: int, rng: random.Random, small: bool = False) -> str:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    trade = rng.choice(TRADES)
    # Every 2nd card up to 10,000 works at one big company; the others at small firms
    # whose names repeat (many people share a firm name and a personal name).
    colleague = i % 2 == 0 and i < 2 * COLLEAGUES
    org = COMPANY if colleague else f"{family} {trade} GmbH"
    mail = f"{given.lower()}.{family.lower()}.{i}@example.de".encode("ascii", "ignore").decode()
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{given} {family}",
        f"N:{family};{given};;;",
        f"EMAIL;TYPE=INTERNET;TYPE=WORK:{mail}",
        f"TEL;TYPE=CELL:+49 171 {1000000 + i}",
        f"ORG:{org}",
    ]
    if colleague:
        lines.append(f"TEL;TYPE=WORK:{SWITCHBOARD}")
    if not small:
        city, plz = rng.choice(CITIES)
        lines += [
            f"EMAIL;TYPE=INTERNET;TYPE=HOME:{given[0].lower()}{i}@mail.example.com",
            f"TEL;TYPE=WORK:089 {2000000 + i}",
            f"ADR;TYPE=WORK:;;Hauptstraße {i % 200 + 1};{city};;{plz};Deutschland",
            f"TITLE:{rng.choice(TITLES)}",
            f"item1.URL:https\\://www.{family.lower()}-{i}.example.de",
            "item1.X-ABLabel:_$!<HomePage>!$_",
            f"BDAY:{1950 + i % 50}-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
            f"NOTE:Kennengelernt beim Unternehmerfrühstück\\, Thema {trade}\\; "
            "sucht Kontakte zu Architekten und Handwerkern.",
            "CATEGORIES:myContacts,Netzwerk",
        ]
        if i % 20 == 0:
            lines.append(f"PHOTO;ENCODING=b;TYPE=JPEG:{PHOTO}")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


# A file may hold at most 50 MB: 100,000 Google-style cards (about 69 MB) come in
# parts of 40,000 cards, imported together in one call, as a user drops three files.
PART = 40_000


def generate(folder: Path, cards: int, small: bool) -> list[Path]:
    rng = random.Random(20261124)
    paths = []
    for start in range(0, cards, PART):
        path = folder / f"contacts-{cards}-{'s' if small else 'g'}-{start // PART + 1}.vcf"
        with path.open("w", encoding="utf-8", newline="") as out:
            for i in range(start, min(cards, start + PART)):
                out.write(google_card(i, rng, small))
        paths.append(path)
    return paths


# Each measurement is (wall seconds, CPU seconds of this process). The ratio is taken
# on CPU seconds: on a machine shared with other work the wall clock measures the
# neighbours as much as us, and the parse and the import rarely see the same load.
Timing = tuple[float, float]


def import_once(vcfs: list[Path], base: Path) -> tuple[Timing, int]:
    """One import of the files ``vcfs`` into a fresh database under ``base``, and the
    number of contacts it made."""
    from netzwerk_app.app import open_app
    from netzwerk_app.infra.paths import under_basedir

    ctx = open_app(under_basedir(base))
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        result = ctx.importer.import_files(vcfs)
        timing = (time.perf_counter() - wall, time.process_time() - cpu)
        contacts = ctx.contacts.count()
    finally:
        ctx.close()
    if result.failed:
        raise SystemExit(f"unexpected: {result.summary()}")
    return timing, contacts


def vobject_once(vcfs: list[Path]) -> Timing:
    import vobject

    texts = [vcf.read_text(encoding="utf-8") for vcf in vcfs]
    wall, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for text in texts for _ in vobject.readComponents(text))
    timing = (time.perf_counter() - wall, time.process_time() - cpu)
    assert count > 0
    return timing


def child_import(vcfs: list[Path]) -> tuple[Timing, int, float]:
    """(timing, contacts, peak RSS in MB) of one import in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(Path(tmp) / "data"), *map(str, vcfs)],
            capture_output=True,
            text=True,
            check=True,
        )
    wall, cpu, contacts, rss_mb = out.stdout.split()
    return (float(wall), float(cpu)), int(contacts), float(rss_mb)


def peak_rss_mb() -> float:
    # Linux keeps ru_maxrss across exec, so a child would report its parent's peak
    # (the parent holds the vobject texts); VmHWM is this address space's own.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass
class Row:
    cards: int
    size_mb: float
    style: str
    contacts: int
    import_wall: float
    import_cpu: float
    parse_wall: float
    parse_cpu: float
    rss_mb: float
    runs: int

    @property
    def ratio(self) -> float:
        return self.import_cpu / self.parse_cpu

    @property
    def us_per_card(self) -> float:
        return self.import_cpu / self.cards * 1e6


def measure(cards: int, runs: int, tmp: Path, small: bool) -> Row:
    vcfs = generate(tmp, cards, small)
    size_mb = sum(vcf.stat().st_size for vcf in vcfs) / (1024 * 1024)
    style = "small cards" if small else "Google-style"
    print(f"{cards:,} cards, {size_mb:.1f} MB in {len(vcfs)} file(s) ({style}) ...", flush=True)
    if cards > 20_000:
        runs = 1  # a 100,000-card import is minutes: one run, in a child process
    first, contacts, rss = child_import(vcfs)
    ours, theirs = [first], [vobject_once(vcfs)]
    for i in range(runs - 1):  # interleaved, so that both see the same load
        timing, counted = import_once(vcfs, tmp / f"run-{cards}-{style[0]}-{i}")
        assert counted == contacts
        ours.append(timing)
        theirs.append(vobject_once(vcfs))
    for vcf in vcfs:
        vcf.unlink()

    def median(values: list[Timing], which: int) -> float:
        return statistics.median(v[which] for v in values)

    return Row(
        cards,
        size_mb,
        style,
        contacts,
        median(ours, 0),
        median(ours, 1),
        median(theirs, 0),
        median(theirs, 1),
        rss,
        runs,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="runs per size up to 20,000 cards")
    parser.add_argument("--child", nargs="+", metavar="BASEDIR VCF", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        base, *files = map(Path, args.child)
        (wall, cpu), contacts = import_once(files, base)
        print(f"{wall:.3f} {cpu:.3f} {contacts} {peak_rss_mb():.1f}")
        return 0

    # Every size in both styles: growth is read off one style of card.
    plan = [(n, False) for n in args.sizes] + [(n, True) for n in args.sizes]
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(n, args.runs, Path(tmp), small) for n, small in plan]
    print()
    print(
        f"{'cards':>8} {'file':<13}{'MB':>5} {'contacts':>9} {'import s':>9} "
        f"{'(wall)':>7} {'vobject s':>10} {'(wall)':>7} {'ratio':>6} {'µs/card':>8} "
        f"{'peak MB':>8} {'runs':>5}"
    )
    for r in rows:
        print(
            f"{r.cards:>8,} {r.style:<13}{r.size_mb:>5.1f} {r.contacts:>9,} "
            f"{r.import_cpu:>9.2f} {r.import_wall:>7.2f} {r.parse_cpu:>10.2f} "
            f"{r.parse_wall:>7.2f} {r.ratio:>6.2f} {r.us_per_card:>8.0f} {r.rss_mb:>8.0f} "
            f"{r.runs:>5}"
        )
    ok = all(r.contacts == r.cards for r in rows)
    print("import s / vobject s: CPU seconds (median); (wall): wall-clock seconds")
    print(f"every card its own contact: {'yes' if ok else 'NO'}")
    print(
        "targets: ratio <= 1.3 for Google-style cards; µs per card about the same from "
        "10,000 to 100,000 cards of one style (near-linear); peak < 300 MB"
    )
    google = [r for r in rows if r.style == "Google-style"]
    fast = all(r.ratio <= 1.3 for r in google)
    return 0 if ok and fast and all(r.rss_mb < 300 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
