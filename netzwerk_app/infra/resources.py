"""Where icons, translations, templates and demo files are, in every kind of install.

The top-level ``resources/`` folder is packaged as ``netzwerk_app/resources`` in the
wheel and the frozen app; a source checkout reads it in place.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    packaged = Path(str(resources.files("netzwerk_app"))) / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
