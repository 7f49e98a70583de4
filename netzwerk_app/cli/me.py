"""``netzwerk me``: show or set the user's own card (drafts are signed with its name)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import EXIT_OK, print_json
from netzwerk_app.infra.settings import save_settings

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.domain import model as m

ACCOUNTS = ("free", "premium")


def card_json(card: m.MyCard, linkedin_account: str) -> dict[str, object]:
    return {
        "name": card.formatted_name,
        "given_name": card.given_name,
        "family_name": card.family_name,
        "organization": card.organization,
        "title": card.title,
        "pitch": card.one_line_pitch,
        "email": card.emails[0].value if card.emails else None,
        "linkedin": card.linkedin_url or None,
        "xing": card.xing_url or None,
        "linkedin_account": linkedin_account,
    }


def cmd_me(ctx: AppContext, args: argparse.Namespace) -> int:
    fields = {
        "name": args.name,
        "organization": args.org,
        "title": args.title,
        "pitch": args.pitch,
        "email": args.email,
        "linkedin_url": args.linkedin,
        "xing_url": args.xing,
    }
    changes = {k: v for k, v in fields.items() if v is not None}
    card = ctx.my_card.update(**changes) if changes else ctx.my_card.get()
    if args.linkedin_account and args.linkedin_account != ctx.settings.linkedin_account:
        new = replace(ctx.settings, linkedin_account=args.linkedin_account)
        save_settings(ctx.paths.settings_file, new)
        ctx.settings.linkedin_account = args.linkedin_account
    data = card_json(card, ctx.settings.linkedin_account)
    if args.json:
        print_json(data)
        return EXIT_OK
    if not card.formatted_name.strip():
        print("Your card has no name yet; set it with: netzwerk me --name 'First Last'.")
    labels = {
        "name": "Name",
        "organization": "Organisation",
        "title": "Title",
        "pitch": "Pitch",
        "email": "E-mail",
        "linkedin": "LinkedIn",
        "xing": "XING",
        "linkedin_account": "LinkedIn account",
    }
    for key, label in labels.items():
        value = data[key]
        if value:
            print(f"{label + ':':<18}{value}")
    return EXIT_OK
