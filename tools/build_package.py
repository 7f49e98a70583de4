"""Build the installable app for this OS and, with --smoke, prove that it works.

Usage (from the repository root, in a venv with the 'package' extra installed):
    python tools/build_package.py [--smoke] [--no-build] [--without-scan] [--screenshots-url URL]

Steps: icons from the SVG master (tools/render_icons.py) -> PyInstaller one-folder
app (packaging/netzwerk.spec) in dist/netzwerk, with the 'scan' extra (card photos)
unless --without-scan; its size and the scan part's are printed -> per OS:
  Linux    dist/netzwerk-VERSION-linux-ARCH.tar.gz, a prefix tree (bin/, lib/netzwerk/,
           share/applications, share/metainfo, share/icons/hicolor) to unpack into
           ~/.local or /usr/local; .desktop and AppStream files validated when
           desktop-file-validate / appstreamcli are installed
  Windows  dist/netzwerk-VERSION-setup.exe when Inno Setup's iscc is on PATH
  macOS    dist/Netzwerk.app
--smoke then runs the frozen app in throw-away folders: --version, demo, a QR code
read back (a child process in the frozen app), a card photo from tests/data/cards
read by `scan --json` (the OCR child process; timed), a .vcf imported by the CLI, the
GUI started offscreen with a .vcf to open and closed again, and a second start
handing a .vcf to the running window. Exit status 1 if anything fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Sequence
from datetime import date
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "tools"))
sys.path.insert(0, str(REPO_ROOT / "packaging"))

from render_icons import APP_ID, render_all  # noqa: E402
from scan_parts import SCAN_FOLDERS, WITHOUT_SCAN_VARIABLE  # noqa: E402

BUILD = REPO_ROOT / "build"
DIST = REPO_ROOT / "dist"
LINUX_FILES = REPO_ROOT / "packaging" / "linux"
CARD_PHOTOS = REPO_ROOT / "tests" / "data" / "cards"
MAX_LINUX_MB = 600


class BuildError(Exception):
    """A step failed; the message says which and why."""


def project_version() -> str:
    with (REPO_ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def check_installed_version(version: str) -> None:
    # The frozen app reads its version from the installed metadata (copy_metadata in
    # the spec); a stale install would freeze an old version number.
    installed = metadata.version("netzwerk")
    if installed != version:
        raise BuildError(
            f"pyproject.toml says {version} but the installed netzwerk is {installed}; "
            "reinstall it (pip install -e '.[package]') and build again"
        )


def run(command: Sequence[str | Path], **kwargs: object) -> None:
    print("$", " ".join(str(c) for c in command), flush=True)
    if subprocess.run([str(c) for c in command], check=False, **kwargs).returncode:  # type: ignore[call-overload]
        raise BuildError(f"{Path(str(command[0])).name} failed")


def folder_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1_000_000
    total = sum(p.lstat().st_size for p in path.rglob("*") if not p.is_symlink())
    return total / 1_000_000


def scan_part_mb(app_dir: Path) -> float:
    """What the scan extra's packages and their native libraries weigh in the app."""
    internal = app_dir / "_internal"
    return sum(folder_mb(internal / name) for name in SCAN_FOLDERS if (internal / name).exists())


# -- build ------------------------------------------------------------------------


def build_app(with_scan: bool = True) -> Path:
    render_all(BUILD / "icons")
    env = dict(os.environ)
    env.pop(WITHOUT_SCAN_VARIABLE, None)
    if not with_scan:
        env[WITHOUT_SCAN_VARIABLE] = "1"
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            REPO_ROOT / "packaging" / "netzwerk.spec",
        ],
        env=env,
    )
    return DIST / "netzwerk"


def metainfo_text(version: str, screenshots_url: str | None) -> str:
    text = (LINUX_FILES / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    text = text.replace("@VERSION@", version).replace("@DATE@", date.today().isoformat())
    if screenshots_url:
        return text.replace("@SCREENSHOTS_URL@", screenshots_url.rstrip("/"))
    # AppStream accepts only web URLs for screenshots; without one, leave them out.
    return re.sub(r"\n[ \t]*<screenshots>.*?</screenshots>", "", text, flags=re.S)


def linux_tree(app_dir: Path, version: str, screenshots_url: str | None) -> Path:
    """A prefix tree (like /usr/local) holding the app and its desktop integration."""
    arch = platform.machine()
    root = DIST / f"netzwerk-{version}-linux-{arch}"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(app_dir, root / "lib" / "netzwerk", symlinks=True)
    (root / "bin").mkdir()
    (root / "bin" / "netzwerk").symlink_to("../lib/netzwerk/netzwerk")
    applications = root / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(LINUX_FILES / f"{APP_ID}.desktop", applications)
    metainfo = root / "share" / "metainfo"
    metainfo.mkdir(parents=True)
    (metainfo / f"{APP_ID}.metainfo.xml").write_text(
        metainfo_text(version, screenshots_url), encoding="utf-8"
    )
    shutil.copytree(BUILD / "icons" / "hicolor", root / "share" / "icons" / "hicolor")
    return root


def validate_linux(root: Path) -> None:
    checks = [
        ("desktop-file-validate", [root / "share" / "applications" / f"{APP_ID}.desktop"]),
        (
            "appstreamcli",
            ["validate", "--no-net", root / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"],
        ),
    ]
    for tool, arguments in checks:
        if shutil.which(tool) is None:
            print(
                f"-- {tool} is not installed; not validated (Debian: desktop-file-utils, appstream)"
            )
            continue
        run([tool, *arguments])


def tarball(root: Path) -> Path:
    target = root.with_name(root.name + ".tar.gz")
    with tarfile.open(target, "w:gz") as tar:
        for child in sorted(root.iterdir()):
            tar.add(child, arcname=child.name)
    return target


def windows_installer(version: str) -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("-- Inno Setup (iscc) not found; dist/netzwerk is built, the installer is not")
        return
    run([iscc, f"/DAppVersion={version}", REPO_ROOT / "packaging" / "windows" / "netzwerk.iss"])


# -- smoke test -------------------------------------------------------------------


class Smoke:
    """Runs the frozen executable in throw-away folders, never the user's data."""

    def __init__(self, exe: Path, work: Path) -> None:
        self.exe = exe
        self.work = work
        home = work / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "NETZWERK_"))}
        self.env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen")

    def netzwerk(
        self, *args: str | Path, timeout: float = 120, expect: int = 0
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(self.exe), *map(str, args)],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )
        if result.returncode != expect:
            raise BuildError(
                f"netzwerk {' '.join(map(str, args))} exited with {result.returncode}:\n"
                f"{result.stdout}{result.stderr}"
            )
        return result

    def start(self, *args: str | Path) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [str(self.exe), *map(str, args)],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )


def wait_for(predicate: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise BuildError(f"timed out waiting for {what}")
        time.sleep(0.2)


def log_text(basedir: Path) -> str:
    log = basedir / "logs" / "netzwerk.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def card_photo_to_read() -> tuple[Path, str, list[str]]:
    """A photo of one card from the test set with its family name and e-mails."""
    truth_file = CARD_PHOTOS / "truth.json"
    if not truth_file.is_file():
        raise BuildError(f"no card photos to read: {truth_file.relative_to(REPO_ROOT)} is missing")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    for name in sorted(truth):
        cards = truth[name]
        if len(cards) == 1 and cards[0].get("family_name") and cards[0].get("emails"):
            return CARD_PHOTOS / name, cards[0]["family_name"], list(cards[0]["emails"])
    raise BuildError("no photo of one card with a name and an e-mail in tests/data/cards")


def check_card_read(output: str, family_name: str, emails: list[str]) -> str:
    """Which of the card's name and e-mails `scan --json` printed; an error if neither."""
    try:
        cards = json.loads(output)
    except ValueError as problem:
        raise BuildError(f"scan --json printed no JSON ({problem}):\n{output}") from None
    read_names = {card.get("family_name") for card in cards if isinstance(card, dict)}
    read_emails = {
        email.lower()
        for card in cards
        if isinstance(card, dict)
        for email in card.get("emails", [])
    }
    found = [family_name] if family_name in read_names else []
    found += [email for email in emails if email.lower() in read_emails]
    if not found:
        raise BuildError(
            f"scan read neither {family_name!r} nor {', '.join(emails)} from the card:\n{output}"
        )
    return ", ".join(found)


def smoke_test(exe: Path, version: str, with_scan: bool = True) -> None:
    with tempfile.TemporaryDirectory(prefix="netzwerk-smoke-") as tmp:
        smoke = Smoke(exe, Path(tmp))
        data, fresh = Path(tmp) / "data", Path(tmp) / "fresh"

        def step(name: str, check: object) -> None:
            started = time.monotonic()
            detail = check()  # type: ignore[operator]
            print(
                f"ok  {name} ({time.monotonic() - started:.1f} s){': ' + detail if detail else ''}"
            )

        def version_check() -> str:
            out = smoke.netzwerk("--version").stdout.strip()
            if out != f"netzwerk {version}":
                raise BuildError(f"--version printed {out!r}, expected 'netzwerk {version}'")
            return out

        def temp_demo() -> str:
            out = smoke.netzwerk("--temp-basedir", "demo").stdout.strip()
            if "Demo data added" not in out:
                raise BuildError(f"demo printed {out!r}")
            return out

        def demo_and_qr() -> str:
            smoke.netzwerk("--basedir", data, "demo")
            contacts = json.loads(smoke.netzwerk("--basedir", data, "contacts", "--json").stdout)
            first = contacts[0]
            png = Path(tmp) / "card.png"
            smoke.netzwerk("--basedir", data, "qr", "contact", first["id"], "-o", png)
            read = smoke.netzwerk("--basedir", data, "qr", "read", png).stdout
            if first["formatted_name"] not in read:
                raise BuildError(f"qr read did not find {first['name']!r}:\n{read}")
            smoke.netzwerk("--basedir", data, "export", "--contact", first["id"], "-o", vcf)
            return f"{len(contacts)} contacts; QR of {first['formatted_name']} read back"

        def scan_card() -> str:
            photo, family_name, emails = card_photo_to_read()
            started = time.monotonic()
            out = smoke.netzwerk("--basedir", Path(tmp) / "scan", "scan", photo, "--json").stdout
            took = time.monotonic() - started
            found = check_card_read(out, family_name, emails)
            return f"{photo.name}: {found} read in {took:.1f} s (the whole process)"

        def scan_heic() -> str:
            # pi-heif's native libraries are bundled: an iPhone's HEIC photo is read
            heic = CARD_PHOTOS.parent / "card-heic" / "01-mueller.heic"
            out = smoke.netzwerk("--basedir", Path(tmp) / "scan", "scan", heic, "--json").stdout
            return f"{heic.name}: {check_card_read(out, 'Müller', [])} read"

        def scan_without_extra() -> str:
            photo, _, _ = card_photo_to_read()
            result = smoke.netzwerk(
                "--basedir", Path(tmp) / "scan", "scan", photo, "--json", expect=1
            )
            said = result.stderr.strip()
            if "Traceback" in said or len(said.splitlines()) != 1:
                raise BuildError(f"scan without the extra did not say one sentence:\n{said}")
            return said

        def cli_import() -> str:
            out = smoke.netzwerk("--basedir", fresh, "import", vcf).stdout
            if "1 imported" not in out:
                raise BuildError(f"import printed {out!r}")
            return out.splitlines()[0]

        def gui_opens_file() -> str:
            smoke.netzwerk(
                "--basedir",
                fresh,
                "--no-err-windows",
                "gui",
                "--quit-after",
                "3000",
                vcf,
                timeout=90,
            )
            log = log_text(fresh)
            if "opening 1 file(s) for import: card.vcf" not in log:
                raise BuildError("the GUI did not open the .vcf for import:\n" + log)
            if "Traceback" in log or " ERROR " in log:
                raise BuildError("the GUI logged errors:\n" + log)
            return "window shown, import dialog opened, closed with status 0"

        def second_start_hands_over() -> str:
            shown_before = log_text(fresh).count(handover_ready)
            first = smoke.start(
                "--basedir", fresh, "--no-err-windows", "gui", "--quit-after", "8000"
            )
            try:
                # The window listens once it is shown; its log says so.
                wait_for(
                    lambda: log_text(fresh).count(handover_ready) > shown_before,
                    60,
                    "the window to open",
                )
                smoke.netzwerk("--basedir", fresh, "--no-err-windows", "gui", vcf, timeout=30)
                wait_for(
                    lambda: "received 1 file(s) from a second start" in log_text(fresh),
                    10,
                    "the running window to receive the file",
                )
                output, _ = first.communicate(timeout=60)
            finally:
                if first.poll() is None:
                    first.kill()
                    first.wait()
            if first.returncode != 0:
                raise BuildError(f"the running window exited with {first.returncode}:\n{output}")
            return "second start exited 0, running window opened the import"

        vcf = Path(tmp) / "card.vcf"
        handover_ready = "ready to receive opened files"  # once per window shown
        step("--version", version_check)
        step("--temp-basedir demo", temp_demo)
        step("demo, qr contact, qr read, export", demo_and_qr)
        if with_scan:
            step("scan CARD.jpg --json", scan_card)
            step("scan CARD.heic --json", scan_heic)
        else:
            step("scan CARD.jpg without the scan extra: one sentence", scan_without_extra)
        step("import FILE.vcf", cli_import)
        step("gui FILE.vcf offscreen, quits", gui_opens_file)
        step("second start hands FILE.vcf over", second_start_hands_over)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smoke-test the built app")
    parser.add_argument("--no-build", action="store_true", help="smoke-test dist/ as it is")
    parser.add_argument(
        "--without-scan",
        action="store_true",
        help="leave the 'scan' extra (card photos: OCR, onnxruntime, OpenCV, numpy) out",
    )
    parser.add_argument(
        "--screenshots-url",
        metavar="URL",
        help="where docs/screenshots/ is published (AppStream screenshots; else left out)",
    )
    args = parser.parse_args()
    started = time.monotonic()
    version = project_version()
    exe = DIST / "netzwerk" / ("netzwerk.exe" if sys.platform == "win32" else "netzwerk")
    if sys.platform == "darwin":
        exe = DIST / "Netzwerk.app" / "Contents" / "MacOS" / "netzwerk"
    try:
        if not args.no_build:
            check_installed_version(version)
            app_dir = build_app(with_scan=not args.without_scan)
            size, scan_size = folder_mb(app_dir), scan_part_mb(app_dir)
            print(
                f"-- {app_dir.relative_to(REPO_ROOT)}: {size:.0f} MB unpacked, of which the "
                f"scan extra {scan_size:.0f} MB (without it: {size - scan_size:.0f} MB)"
            )
            if sys.platform.startswith("linux"):
                if size > MAX_LINUX_MB:
                    raise BuildError(f"the app is {size:.0f} MB, over {MAX_LINUX_MB} MB")
                root = linux_tree(app_dir, version, args.screenshots_url)
                validate_linux(root)
                archive = tarball(root)
                print(f"-- {archive.relative_to(REPO_ROOT)}: {archive.stat().st_size / 1e6:.0f} MB")
            elif sys.platform == "win32":
                windows_installer(version)
        if args.smoke:
            smoke_test(exe, version, with_scan=not args.without_scan)
    except (BuildError, subprocess.TimeoutExpired) as problem:
        print(f"FAILED: {problem}", file=sys.stderr)
        return 1
    print(f"-- done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
