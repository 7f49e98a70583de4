"""A network's defaults for how its people are addressed: Sie or Du, and the language.

Many Webgrrls and meetup circles use Du, most BNI chapters Sie; the user sets it per
network (nothing is guessed), and a person's own choice on the contact page beats it.
"""

from __future__ import annotations

from typing import cast

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from netzwerk_app.services.contacts import choice
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository


class NetworkService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def networks(self) -> list[m.Network]:
        with self.db.read() as session:
            return Repository(session).networks()

    def network(self, name: str) -> m.Network:
        """The network called ``name`` (case-insensitive); NotFoundError when there is none."""
        with self.db.read() as session:
            found = Repository(session).network_by_name(name)
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no network called {name}."), name=name
            )
        return found

    def set_defaults(
        self, network_id: int, address_form: m.AddressForm | None, language: m.Language | None
    ) -> m.Network:
        """Set the network's Sie/Du and language (None: no default of the network)."""
        with self.db.write() as session:
            network = Repository(session).get(m.Network, network_id, "network")
            network.default_address_form = address_form
            network.default_language = language
            return network

    def set_defaults_by_name(
        self, name: str, address_form: str | None = None, language: str | None = None
    ) -> m.Network:
        """``netzwerk network NAME --form du --lang de``: as typed ("default" = none);
        what is not given stays."""
        network = self.network(name)
        assert network.id is not None
        form = network.default_address_form
        lang = network.default_language
        if address_form is not None:
            form = cast("m.AddressForm | None", choice("address_form", address_form))
        if language is not None:
            lang = cast("m.Language | None", choice("language", language))
        return self.set_defaults(network.id, form, lang)
