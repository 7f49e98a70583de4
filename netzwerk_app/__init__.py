"""Netzwerk: a contact manager for people who network in person."""

import os
import sys


def _installed_version() -> str:
    """The version from the installed package's metadata (one source: pyproject.toml).

    Reads ``netzwerk-<version>.dist-info/METADATA`` on ``sys.path`` directly: loading
    ``importlib.metadata`` costs every start about 35 ms for this one line.
    """
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("netzwerk-") and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(folder, name, "METADATA"), encoding="utf-8") as meta:
                        for line in meta:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():
                                break  # end of the headers
                except OSError:
                    continue
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("netzwerk")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0+unknown"


__version__ = _installed_version()
