"""Error sentences are English templates plus values: the CLI and the log get the English
sentence, the GUI translates the template; every template has a German text that keeps
its placeholders."""

from __future__ import annotations

import ast
import pickle
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from netzwerk_app.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseRecoveryNeeded,
    NetzwerkError,
    NotFoundError,
    ValidationError,
)
from netzwerk_app.interchange.qr_decode import QrImageError
from netzwerk_app.interchange.vcard_read import NotAVCardError

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "netzwerk_app"
GERMAN = ROOT / "resources" / "translations" / "netzwerk_de.ts"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def error_catalogue() -> dict[str, str]:
    """Source → German text of the "Errors" context."""
    root = ET.parse(GERMAN).getroot()
    return {
        message.findtext("source") or "": message.findtext("translation") or ""
        for context in root.iter("context")
        if context.findtext("name") == "Errors"
        for message in context.iter("message")
    }


def test_the_english_sentence_is_the_template_filled_in() -> None:
    error = NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no contact with the number {number}."), number=4711
    )
    assert str(error) == "There is no contact with the number 4711."
    assert error.template == "There is no contact with the number {number}."
    assert error.params == {"number": 4711}


def test_a_finished_sentence_still_works_and_braces_in_it_stay() -> None:
    assert str(NetzwerkError("Plain words.")) == "Plain words."
    assert str(ValidationError("Unknown placeholder {nme} in a user's text.")) == (
        "Unknown placeholder {nme} in a user's text."
    )


def test_values_from_user_data_are_never_read_as_placeholders() -> None:
    error = ValidationError("“{name}” could not be read ({reason}).", name="{reason}", reason="x")
    assert str(error) == "“{reason}” could not be read (x)."


def test_errors_survive_pickling_with_template_and_values() -> None:
    error = ValidationError("Merge {number} was already undone.", number=3)
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.template, copy.params) == (str(error), error.template, error.params)


def test_recovery_needed_keeps_its_paths() -> None:
    problem = DatabaseRecoveryNeeded(
        "The database was kept aside as {kept}.", Path("a.corrupt"), None, kept=Path("a.corrupt")
    )
    assert (problem.corrupt_copy, problem.backup) == (Path("a.corrupt"), None)
    assert str(problem) == "The database was kept aside as a.corrupt."


def test_the_catalogue_holds_the_error_templates_of_every_layer() -> None:
    catalogue = error_catalogue()
    assert len(catalogue) > 90
    for template in (
        "There is no contact with the number {number}.",  # storage
        "{time} does not exist in {zone} (clocks go forward); choose another time.",  # domain
        "“{name}” is a folder, not a file; only files can be read.",  # infra
        "No QR code was found in this picture.",  # interchange
        "An event needs a title.",  # services
    ):
        assert template in catalogue


def test_every_german_text_keeps_the_placeholders_of_its_template() -> None:
    wrong = {
        source: german
        for source, german in error_catalogue().items()
        if not german.strip()
        or set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(german))
    }
    assert wrong == {}


def test_german_texts_use_german_quotes_where_the_english_has_them() -> None:
    for source, german in error_catalogue().items():
        if "“" in source:
            assert "„" in german and "“" in german, german


def _subclasses(cls: type) -> set[str]:
    return {cls.__name__}.union(*(_subclasses(sub) for sub in cls.__subclasses__()))


ERROR_CLASSES = _subclasses(NetzwerkError)
assert {QrImageError.__name__, NotAVCardError.__name__} <= ERROR_CLASSES


def _raises_with_built_sentence(path: Path) -> list[str]:
    """Error constructions whose first argument is built (f-string, +, .format, %)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        if name not in ERROR_CLASSES:
            continue
        first = node.args[0]
        built = isinstance(first, ast.JoinedStr | ast.BinOp) or (
            isinstance(first, ast.Call)
            and isinstance(first.func, ast.Attribute)
            and first.func.attr == "format"
        )
        if built:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_layer_below_the_gui_builds_an_error_sentence_by_hand() -> None:
    """A sentence built with an f-string cannot be translated: template + values instead."""
    skip = ("gui", "cli")
    offenders = [
        where
        for path in sorted(PACKAGE.rglob("*.py"))
        if not path.relative_to(PACKAGE).parts[0].startswith(skip)
        for where in _raises_with_built_sentence(path)
    ]
    assert offenders == []
