"""The one place the app imports Qt from (keeps the binding swappable and greppable).

Everything of QtCore, QtGui and QtWidgets is re-exported, so views import their Qt
names from here and nothing else in the tree mentions PySide6.
"""

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import *  # noqa: F403
from PySide6.QtGui import *  # type: ignore[assignment]  # noqa: F403
from PySide6.QtNetwork import QLocalServer as QLocalServer  # of QtNetwork only the local
from PySide6.QtNetwork import QLocalSocket as QLocalSocket  # socket of gui/handover.py
from PySide6.QtWidgets import *  # type: ignore[assignment]  # noqa: F403

__all__ = ["QtCore", "QtGui", "QtWidgets"]  # plus the star imports above
