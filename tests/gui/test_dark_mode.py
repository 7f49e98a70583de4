"""Dark mode: the app takes its colours from one of two tables, chosen by the system's
colour scheme and switched live; every text/background pair it sets is readable (WCAG AA).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.gui import style
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.style_contact import CONTACT_STYLE_SHEET

SCHEMES = {"light": style.LIGHT, "dark": style.DARK}
SURFACES = (
    "window",
    "base",
    "alt",
    "sidebar",
    "button",
)  # where a label without own background sits
AA = 4.5


def luminance(color: str) -> float:
    channels = [int(color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(text: str, background: str) -> float:
    high, low = sorted((luminance(text), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """``selector -> {property: value}`` of a style sheet written with ``$names``."""
    found: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip()] = value.strip()
        for selector in selectors.split(","):
            found.setdefault(selector.strip(), {}).update(declarations)
    return found


def color_name(value: str | None) -> str | None:
    match = re.search(r"\$(\w+)", value or "")
    return match.group(1) if match else None


def sheet_pairs() -> list[tuple[str, str, str]]:
    """(selector, text colour name, background colour name) of every pair the sheets set."""
    table = rules(style._SHEET + CONTACT_STYLE_SHEET)
    pairs: list[tuple[str, str, str]] = []
    for selector, props in table.items():
        text, background = color_name(props.get("color")), color_name(props.get("background"))
        if text is None and background is None and "selection-color" not in props:
            continue
        if background is None:  # transparent or unset: its parent's background shows
            parent = table.get(selector.split()[0].split("::")[0].split(":")[0], {})
            inherited = color_name(parent.get("background"))
            backgrounds = [inherited] if " " in selector and inherited else list(SURFACES)
        else:
            backgrounds = [background]
        # A background without its own text colour shows the palette's text and muted labels.
        texts = [text] if text else ["text", "heading", "muted"]
        pairs += [(selector, t, b) for t in texts for b in backgrounds]
        selection = color_name(props.get("selection-color"))
        if selection:
            pairs.append((selector, selection, color_name(props["selection-background-color"])))
    return pairs


def test_the_sheets_name_colours_only_from_the_tables() -> None:
    sheets = style._SHEET + CONTACT_STYLE_SHEET
    assert not re.findall(r"#[0-9a-fA-F]{3,8}\b|\b(?:white|black)\b", sheets)
    used = set(re.findall(r"\$(\w+)", sheets))
    assert used <= set(style.LIGHT) and set(style.LIGHT) == set(style.DARK)
    for table in SCHEMES.values():
        assert "$" not in style.style_sheet(table)


def test_no_other_gui_module_hard_codes_text_or_background_colours() -> None:
    gui = Path(style.__file__).parent
    offenders = [
        str(path.relative_to(gui))
        for path in gui.rglob("*.py")
        if path.name not in ("style.py", "style_contact.py", "qr_dialog.py")  # QR: white on purpose
        and re.search(
            r"(?<![-\w])(?:color|background)\s*:\s*(?:#|rgb|white|black)",
            path.read_text(encoding="utf-8"),
        )
    ]
    assert offenders == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_text_and_background_pair_of_the_sheets_reaches_aa(scheme: str) -> None:
    colors = SCHEMES[scheme]
    pairs = sheet_pairs()
    assert len(pairs) > 40  # the parser saw the sheets
    weak = [
        (selector, text, background, round(contrast(colors[text], colors[background]), 2))
        for selector, text, background in pairs
        if contrast(colors[text], colors[background]) < AA
    ]
    assert weak == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_palette_pair_reaches_aa(scheme: str) -> None:
    colors = SCHEMES[scheme]
    weak = []
    for text_role, background_role in style.PALETTE_PAIRS:
        text, background = style.PALETTE_ROLES[text_role], style.PALETTE_ROLES[background_role]
        ratio = contrast(colors[text], colors[background])
        if ratio < AA:
            weak.append((text_role, background_role, round(ratio, 2)))
    assert weak == []


@pytest.fixture
def light_again(qapp: Any) -> Iterator[None]:
    yield
    style.apply_look(qapp, dark=False)


def brightness(widget: Any) -> float:
    """Mean lightness (0-255) of a widget as painted."""
    image = widget.grab().toImage()
    samples = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    return sum(samples) / len(samples)


def test_the_window_follows_the_system_into_dark_mode_and_back(
    open_window: Callable[..., MainWindow], qtbot: QtBot, qapp: Any, light_again: None
) -> None:
    from netzwerk_app.gui.qt import QPalette, Qt

    window = open_window(size=(1100, 700))
    assert brightness(window.sidebar) > 200

    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the user switches
    qtbot.wait(50)
    assert qapp.property("netzwerk_look") == "dark"
    assert brightness(window.sidebar) < 60
    assert window.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 50

    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.wait(50)
    assert qapp.property("netzwerk_look") == "light"
    assert brightness(window.sidebar) > 200


def test_a_dark_system_palette_at_start_gives_the_dark_look(qapp: Any, light_again: None) -> None:
    """Windows 11, macOS and GNOME in dark mode hand Qt a dark palette before we start."""
    from netzwerk_app.gui.qt import QColor, QPalette

    system = QPalette()
    system.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    system.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    qapp.setProperty("netzwerk_look", None)  # a fresh start
    qapp.setPalette(system)
    style.follow_color_scheme(qapp)
    assert qapp.property("netzwerk_look") == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Base).name() == style.DARK["base"]
    assert style.DARK["sidebar"] in qapp.styleSheet()
