"""The rows of the command table for contacts and networks (``cli/records.py`` runs them):
``contacts``, ``search``, ``show``, ``network``, ``contact add`` and ``contact edit``."""

from __future__ import annotations

from netzwerk_app.cli.table import Command, arg

JSON = arg("--json", action="store_true")

RECORD_COMMANDS: tuple[Command, ...] = (
    Command(
        "contacts",
        "list contacts",
        "records:cmd_contacts",
        (JSON, arg("--trash", action="store_true", help="list the trash instead")),
    ),
    Command(
        "search",
        "search contacts",
        "records:cmd_search",
        (arg("text", nargs="+"), arg("--limit", type=int, default=50), JSON),
        fast="records:search_without_orm",
    ),
    Command(
        "show", "show everything about one contact", "records:cmd_show", (arg("id", type=int), JSON)
    ),
    Command(
        "network",
        "show or set how a network's people are addressed by default (Sie/Du, language)",
        "records:cmd_network",
        (
            arg("name", help="the network's name"),
            arg("--form", metavar="sie|du|default", help="Sie or Du for its people"),
            arg("--lang", metavar="de|en|default", help="the language to write to them in"),
            JSON,
        ),
    ),
    Command(
        "contact",
        "add or change contacts",
        dest="contact_command",
        actions=(
            Command(
                "add",
                "add a contact",
                "records:cmd_contact_add",
                (
                    arg("--name", required=True, help='"Full Name"'),
                    arg("--org", default=""),
                    arg("--email", action="append", default=[]),
                    arg("--phone", action="append", default=[]),
                    arg("--url", action="append", default=[]),
                    JSON,
                ),
            ),
            Command(
                "edit",
                "change a contact: name, work, how to address them; add e-mails, phones, URLs",
                "records:cmd_contact_edit",
                (
                    arg("id", type=int),
                    arg("--salutation", metavar="frau|herr|none"),
                    arg("--form", metavar="sie|du|default", help="Sie or Du"),
                    arg("--lang", metavar="de|en|default", help="the language to write in"),
                    arg("--name", help='"Full Name"'),
                    arg("--org"),
                    arg("--title"),
                    arg("--email", action="append", default=[], help="add an e-mail"),
                    arg("--phone", action="append", default=[], help="add a phone number"),
                    arg("--url", action="append", default=[], help="add a web address"),
                    JSON,
                ),
            ),
        ),
    ),
)
