"""Where icons, translations, templates and demo files are, in every kind of install.

The top-level ``resources/`` folder is packaged as ``netzwerk_app/resources`` in the
wheel and the frozen app; a source checkout reads it in place.
"""

from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    package = Path(__file__).resolve().parents[1]  # netzwerk_app/, wherever installed
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():  # packaged, or the checkout's own folder
            return candidate
    from importlib import resources  # an unusual loader (a zip file): ask it

    return Path(str(resources.files("netzwerk_app"))) / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
