"""Sie/Du and language: the person's own choice, else the network's, else the app's."""

from __future__ import annotations

from netzwerk_app.domain.addressing import effective_address_form, effective_language
from netzwerk_app.domain.model import AddressForm, Contact, Language, Network, Salutation

BNI = Network("BNI Isartal", default_address_form=AddressForm.SIE, default_language=Language.DE)
WEBGRRLS = Network("Webgrrls München", default_address_form=AddressForm.DU)
UNSET = Network("Stammtisch Giesing")


def test_a_new_contact_has_no_salutation_and_uses_the_defaults() -> None:
    lena = Contact(formatted_name="Lena Vogel")
    assert lena.salutation is Salutation.NONE
    assert effective_address_form(lena, None, AddressForm.SIE) is AddressForm.SIE
    assert effective_language(lena, None, Language.DE) is Language.DE


def test_the_network_default_applies_when_the_person_has_none() -> None:
    lena = Contact(formatted_name="Lena Vogel")
    assert effective_address_form(lena, WEBGRRLS, AddressForm.SIE) is AddressForm.DU
    assert effective_address_form(lena, UNSET, AddressForm.SIE) is AddressForm.SIE
    assert effective_language(lena, WEBGRRLS, Language.EN) is Language.EN
    assert effective_language(lena, BNI, Language.EN) is Language.DE


def test_the_person_s_own_choice_beats_the_network() -> None:
    sarah = Contact(formatted_name="Sarah Miller", address_form=AddressForm.DU, language=Language.EN)
    assert effective_address_form(sarah, BNI, AddressForm.SIE) is AddressForm.DU
    assert effective_language(sarah, BNI, Language.DE) is Language.EN
