"""German and English through Qt's translation system (German users first)."""

from __future__ import annotations

import logging
from pathlib import Path

from netzwerk_app.domain.drafts import DraftNotReadyError
from netzwerk_app.domain.errors import ERRORS, QT_TRANSLATE_NOOP, NetzwerkError, fill
from netzwerk_app.domain.lint import LINT
from netzwerk_app.gui.qt import QApplication, QCoreApplication, QLocale, QtCore, QTranslator
from netzwerk_app.infra.resources import resource_path

log = logging.getLogger("netzwerk.gui.i18n")

SOMETHING_WENT_WRONG = QT_TRANSLATE_NOOP("Errors", "Something went wrong; details are in the log.")


def translations_dir() -> Path:
    return resource_path("translations")


def pick_language(setting: str) -> str:
    if setting in ("de", "en"):
        return setting
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_translators(app: QApplication, setting: str) -> str:
    """Load our catalogue and Qt's own for the chosen language; return the language."""
    language = pick_language(setting)
    for old in _installed:  # switching language (tests do) must not stack catalogues
        app.removeTranslator(old)
    _installed.clear()
    # English is the source language; its catalogue only holds the plural forms.
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"netzwerk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation catalogue for %s", language)
    if language == "en":
        return language
    qt_base = QTranslator(app)
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return language


def install_catalogue(app: QApplication, path: Path) -> bool:
    """Install one extra compiled catalogue (the stretched pseudo-locale of the tests)."""
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


_installed: list[QTranslator] = []


def sentence_text(text: str) -> str:
    """A finished English sentence from below the GUI, translated when it is a known
    template without values (e.g. "No contact found in this code.")."""
    return QCoreApplication.translate(ERRORS, text) if text else text


def error_text(error: BaseException) -> str:
    """The sentence for ``error`` in the user's language, for a widget or message bar.

    A ``NetzwerkError`` carries an English template (context "Errors") and its values:
    the template goes through the installed catalogue and the same values are filled
    in. Anything else is a bug: one general sentence (the details are in the log).
    """
    if isinstance(error, DraftNotReadyError):  # its blockers, each a "Lint" template
        return " ".join(
            fill(QCoreApplication.translate(LINT, n.template), dict(n.params)) for n in error.notes
        )
    if isinstance(error, NetzwerkError):
        if not error.template:
            return str(error)
        translated = QCoreApplication.translate(ERRORS, error.template)
        if not error.params:
            return translated
        # A value can be an error itself ("Nothing from this file was imported: {reason}").
        params = {
            name: error_text(value) if isinstance(value, NetzwerkError) else value
            for name, value in error.params.items()
        }
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
            log.warning("translation of %r does not fit its values", error.template)
            return str(error)
    return QCoreApplication.translate(ERRORS, SOMETHING_WENT_WRONG)
