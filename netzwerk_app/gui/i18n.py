"""German and English through Qt's translation system (German users first)."""

from __future__ import annotations

import logging
from pathlib import Path

from netzwerk_app.gui.qt import QApplication, QLocale, QtCore, QTranslator
from netzwerk_app.infra.resources import resource_path

log = logging.getLogger("netzwerk.gui.i18n")


def translations_dir() -> Path:
    return resource_path("translations")


def pick_language(setting: str) -> str:
    if setting in ("de", "en"):
        return setting
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_translators(app: QApplication, setting: str) -> str:
    """Load our catalogue and Qt's own for the chosen language; return the language."""
    language = pick_language(setting)
    if language == "en":
        return language  # the source strings are English
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"netzwerk_{language}.qm")):
        app.installTranslator(ours)
    else:
        log.warning("no translation catalogue for %s", language)
    qt_base = QTranslator(app)
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
    return language
