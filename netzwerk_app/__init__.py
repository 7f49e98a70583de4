"""Netzwerk: a contact manager for people who network in person."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("netzwerk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"
