"""How to address a person: salutation, Sie/Du, language, and the kind of event.

The user sets salutation, address form and language per person; a network can
carry defaults for the last two (many Webgrrls and meetup circles use Du, most
BNI chapters Sie). Nothing here guesses: an unset value falls back to the
network's default, then to the app's.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from netzwerk_app.domain.model import AddressForm, Contact, Language, Network


class Salutation(enum.StrEnum):
    """Frau / Herr / none — set by the user, never derived from a name."""

    FRAU = "frau"
    HERR = "herr"
    NONE = "none"


class EventKind(enum.StrEnum):
    """What kind of event it was, for the draft's preposition ("beim Frühstück")."""

    UNKNOWN = ""
    BREAKFAST = "breakfast"
    STAMMTISCH = "stammtisch"
    LUNCH = "lunch"
    BARCAMP = "barcamp"
    WORKSHOP = "workshop"
    FAIR = "fair"
    CONFERENCE = "conference"
    WEBINAR = "webinar"
    MEETUP = "meetup"
    OTHER = "other"


def effective_address_form(
    contact: Contact, network: Network | None, default: AddressForm
) -> AddressForm:
    """The person's own Sie/Du, else the network's default, else ``default``."""
    if contact.address_form is not None:
        return contact.address_form
    if network is not None and network.default_address_form is not None:
        return network.default_address_form
    return default


def effective_language(contact: Contact, network: Network | None, default: Language) -> Language:
    """The person's own language, else the network's default, else ``default``."""
    if contact.language is not None:
        return contact.language
    if network is not None and network.default_language is not None:
        return network.default_language
    return default
