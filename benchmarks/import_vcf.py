"""vCard import speed and memory with a generated Google-Contacts-style file.

Default (10,000 cards): times the whole import into a fresh database through the
import service, as the user runs it (duplicate check, contacts, search index, one
transaction), against vobject's bare ``readComponents`` over the same file; prints
both medians, the ratio (target: <= 1.3) and the peak memory of an import in a
child process (target: < 300 MB).

``--cards 100000``: small cards (the file stays under the 50 MB import limit); one
import in a child process, printing its time and peak memory.

Usage: python benchmarks/import_vcf.py [--cards N] [--runs N]
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


def google_card(i: int, rng: random.Random, small: bool = False) -> str:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    trade = rng.choice(TRADES)
    # The number keeps generated people distinct for the duplicate check.
    org = f"{family} {trade} {i} GmbH"
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


def generate(path: Path, cards: int, small: bool) -> None:
    rng = random.Random(20261124)
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(cards):
            out.write(google_card(i, rng, small))


def import_once(vcf: Path, base: Path) -> float:
    """Seconds for one import of ``vcf`` into a fresh database under ``base``."""
    from netzwerk_app.app import open_app
    from netzwerk_app.infra.paths import under_basedir

    ctx = open_app(under_basedir(base))
    try:
        started = time.perf_counter()
        result = ctx.importer.import_files([vcf])
        elapsed = time.perf_counter() - started
    finally:
        ctx.close()
    if result.failed or result.skipped:
        raise SystemExit(f"unexpected: {result.summary()}")
    return elapsed


def vobject_once(vcf: Path) -> float:
    import vobject

    text = vcf.read_text(encoding="utf-8")
    started = time.perf_counter()
    count = sum(1 for _ in vobject.readComponents(text))
    elapsed = time.perf_counter() - started
    assert count > 0
    return elapsed


def child_import(vcf: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one import in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(vcf), str(Path(tmp) / "data")],
            capture_output=True,
            text=True,
            check=True,
        )
    seconds, rss_mb = out.stdout.split()
    return float(seconds), float(rss_mb)


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("VCF", "BASEDIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        seconds = import_once(Path(args.child[0]), Path(args.child[1]))
        print(f"{seconds:.3f} {peak_rss_mb():.1f}")
        return 0

    small = args.cards > 20_000
    with tempfile.TemporaryDirectory() as tmp:
        vcf = Path(tmp) / "contacts.vcf"
        generate(vcf, args.cards, small)
        size_mb = vcf.stat().st_size / (1024 * 1024)
        print(f"{args.cards:,} cards, {size_mb:.1f} MB ({'small' if small else 'Google-style'})")
        if small:
            seconds, rss = child_import(vcf)
            print(f"import into a fresh database: {seconds:.2f} s, peak RSS {rss:.0f} MB")
            return 0
        ours = [import_once(vcf, Path(tmp) / f"run{i}") for i in range(args.runs)]
        theirs = [vobject_once(vcf) for _ in range(args.runs)]
        ours_s, theirs_s = statistics.median(ours), statistics.median(theirs)
        _, rss = child_import(vcf)
        ratio = ours_s / theirs_s
        print(f"whole import (service, fresh DB), median of {args.runs}: {ours_s:.2f} s")
        print(f"vobject.readComponents (parse only), median of {args.runs}: {theirs_s:.2f} s")
        print(f"ratio import / parse: {ratio:.2f} (target <= 1.3)")
        print(f"peak RSS of one import in a child process: {rss:.0f} MB (target < 300 MB)")
        return 0 if ratio <= 1.3 and rss < 300 else 1


if __name__ == "__main__":
    sys.exit(main())
