"""Update the Qt Linguist catalogues and compile them (the translation build step).

    python tools/update_translations.py          # lupdate (.py -> .ts) + lrelease (.ts -> .qm)
    python tools/update_translations.py --check  # fail if a German text is missing

Translate new texts in resources/translations/netzwerk_de.ts with Qt Linguist
(`pyside6-linguist`), then run this again. The compiled .qm files are committed so
that an installed app has them without Qt's tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")  # en: only the plural forms; other texts are the source
CHECKED = ("de",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6")
    return found


def sources() -> list[str]:
    """The GUI, and every module below it whose error sentences reach the GUI
    (marked with ``QT_TRANSLATE_NOOP("Errors", ...)``)."""
    versions = ROOT / "netzwerk_app" / "storage" / "migrations" / "versions"
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "netzwerk_app").rglob("*.py")
        if versions not in p.parents
    )


def ts_file(language: str) -> Path:
    return TS_DIR / f"netzwerk_{language}.ts"


def untranslated(path: Path) -> list[str]:
    """Source texts without a finished translation."""
    missing = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            if translation is None or translation.get("type") == "unfinished":
                missing.append(source)
            continue
        forms = translation.findall("numerusform")
        text = "".join(f.text or "" for f in forms) if forms else (translation.text or "")
        if not text.strip():
            missing.append(source)
    return missing


def lupdate() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                "-ts",
                str(ts_file(language)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="only report missing texts")
    args = parser.parse_args()
    if not args.check:
        lupdate()
        for language in LANGUAGES:
            lrelease(ts_file(language), TS_DIR / f"netzwerk_{language}.qm")
    status = 0
    for language in CHECKED:
        missing = untranslated(ts_file(language))
        for text in missing:
            print(f"{language}: not translated: {text!r}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
