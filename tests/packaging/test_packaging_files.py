"""The installer files: vCard association everywhere, valid freedesktop metadata, icons.

The validators run when installed (Debian: desktop-file-utils, appstream) and are
skipped with a reason otherwise; tools/build_package.py runs them on the built tree
too. Building and smoke-testing the frozen app itself is tools/build_package.py
--smoke (too slow for the unit suite).
"""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGING = REPO_ROOT / "packaging"
APP_ID = "org.netzwerk.Netzwerk"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"


def load_tool(name: str) -> ModuleType:
    sys.path.insert(0, str(REPO_ROOT / "tools"))  # build_package imports render_icons
    try:
        spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "tools" / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(REPO_ROOT / "tools"))


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_opens_vcards_for_import() -> None:
    entry = desktop_entry()
    assert entry["MimeType"] == "text/vcard;text/x-vcard;"
    assert entry["Exec"] == "netzwerk gui %F"  # gui FILE... starts the import
    assert entry["Icon"] == APP_ID


def test_desktop_file_passes_desktop_file_validate() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.parametrize("screenshots_url", [None, "https://example.org/netzwerk/screenshots"])
def test_metainfo_passes_appstreamcli(tmp_path: Path, screenshots_url: str | None) -> None:
    text = load_tool("build_package").metainfo_text("1.2.3", screenshots_url)
    root = ET.fromstring(text.encode("utf-8"))
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == "1.2.3"  # type: ignore[union-attr]
    images = [i.text for i in root.iter("image")]
    if screenshots_url:
        assert images == [
            f"{screenshots_url}/{name}-en.png" for name in ("contacts", "search", "events")
        ]
        for image in images:  # the files the URLs stand for exist in the repository
            assert (REPO_ROOT / "docs" / "screenshots" / Path(image or "").name).is_file()
    else:
        assert images == []
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli not installed (Debian: appstream)")
    target = tmp_path / f"{APP_ID}.metainfo.xml"
    target.write_text(text, encoding="utf-8")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_macos_bundle_declares_the_vcard_document_type() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        info = plistlib.load(fh)
    assert info["CFBundleIdentifier"] == APP_ID
    (doc_type,) = info["CFBundleDocumentTypes"]
    assert doc_type["LSItemContentTypes"] == ["public.vcard"]
    assert "vcf" in doc_type["CFBundleTypeExtensions"]
    assert "CFBundleShortVersionString" not in info  # the spec takes it from pyproject.toml


def test_windows_installer_associates_vcf_and_adds_a_start_menu_entry() -> None:
    script = (PACKAGING / "windows" / "netzwerk.iss").read_text(encoding="utf-8")
    assert 'Subkey: "Software\\Classes\\.vcf"' in script
    assert '"{app}\\netzwerkw.exe"" gui ""%1"""' in script
    assert 'Name: "{autoprograms}\\Netzwerk"' in script
    assert "AppVersion={#AppVersion}" in script  # no second copy of the version


def test_icons_are_rendered_from_the_svg_master(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # qapp: the session's QApplication exists first, so render_all does not make a
    # QGuiApplication that later widget tests could not use.
    from PIL import Image

    written = load_tool("render_icons").render_all(tmp_path)
    for size in (16, 48, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png in written
        with Image.open(png) as image:
            assert image.size == (size, size)
            assert image.getpixel((size // 2, size // 2))[3] == 255  # drawn, not empty
    with Image.open(tmp_path / "netzwerk.ico") as ico:
        assert (16, 16) in ico.info["sizes"] and (256, 256) in ico.info["sizes"]
    assert (tmp_path / "netzwerk.icns").stat().st_size > 10_000
