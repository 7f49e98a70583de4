"""The ``demo`` command of ``netzwerk``: realistic sample data to try the app with."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import EXIT_OK
from netzwerk_app.domain.wording import plural

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext


def cmd_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    from netzwerk_app.services.demo import load_demo

    summary = load_demo(ctx.db, ctx.clock.now(), zone=ctx.zone)
    print(
        f"Demo data added: {plural(summary.networks, 'network', 'networks')}, "
        f"{plural(summary.events, 'event', 'events')}, "
        f"{plural(summary.contacts, 'contact', 'contacts')}, "
        f"{plural(summary.encounters, 'encounter', 'encounters')}, "
        f"{plural(summary.followups, 'follow-up', 'follow-ups')}."
    )
    return EXIT_OK
