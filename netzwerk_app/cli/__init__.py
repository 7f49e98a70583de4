"""The ``netzwerk`` command. With no subcommand it starts the GUI.

``parser`` builds the one parser from a table of commands, ``dispatch`` runs the
chosen one, ``output`` holds the exit statuses and how things are printed, and
each command group has its module (``records``, ``events``, ``followups``,
``interchange``, ``qr``, ``backups``, ``privacy``, ``duplicates``, ``demo``,
``gui``), imported only when one of its commands runs. Qt is imported only for
the GUI, and SQLAlchemy only when a command needs it.
"""

from netzwerk_app.cli.dispatch import main
from netzwerk_app.cli.parser import build_parser

__all__ = ["build_parser", "main"]
