"""The one place the app imports Qt from (keeps the binding swappable and greppable).

Everything of QtCore, QtGui and QtWidgets is re-exported, so views import their Qt
names from here and nothing else in the tree mentions PySide6.

The names are looked up when first asked for (PEP 562 ``__getattr__``), not with
``import *``: PySide6 builds its classes on first use, and a star import would build
all of them (about 0.1 s of every start, before the window can show).
"""

from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:  # the type checker sees every name, as a star import gives them
    from PySide6.QtCore import *  # noqa: F403
    from PySide6.QtGui import *  # type: ignore[assignment]  # noqa: F403
    from PySide6.QtNetwork import QLocalServer as QLocalServer  # of QtNetwork only the
    from PySide6.QtNetwork import QLocalSocket as QLocalSocket  # local socket (handover)
    from PySide6.QtWidgets import *  # type: ignore[assignment]  # noqa: F403

__all__ = ["QtCore", "QtGui", "QtWidgets"]  # plus every Qt name, through __getattr__

# Where a name exists in several modules, the later star import used to win.
_MODULES = (QtWidgets, QtGui, QtCore)


# QtNetwork is loaded when gui/handover.py first needs it, after the first paint.
_NETWORK = ("QLocalServer", "QLocalSocket")


def __getattr__(name: str) -> Any:
    if name in _NETWORK:
        from PySide6 import QtNetwork

        value = getattr(QtNetwork, name)
        globals()[name] = value
        return value
    if not name.startswith("_"):
        for module in _MODULES:
            value = getattr(module, name, None)
            if value is not None:
                globals()[name] = value  # found once, then a plain module attribute
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
