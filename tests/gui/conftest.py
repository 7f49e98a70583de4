"""The main window as a test meets it: English, shown, its tasks finished at the end.

``open_window`` (in tests/conftest.py) builds it; ``window`` is the usual one, and a
module overrides ``window`` only where it differs in substance (a size, a language,
a catalogue, a focused window).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from netzwerk_app.gui.main_window import MainWindow


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> MainWindow:
    """The real main window over the test's database, shown, in English."""
    return open_window()
