"""Our 3.0 output passes an independent validator (PyPI ``vcard``, RFC 2426-strict).

That validator reads RFC 2426 more narrowly than Apple, Google and RFC 6350 do: it
takes ``itemN.`` groups as one group for the whole card, allows no TYPE on URL
and no year-less ``--MMDD`` birthdays, and it only knows Latin-1 letters (no emoji,
no CJK). The contact below therefore uses what all
readers accept; labels, URL types and year-less birthdays are covered by the
round-trip tests instead.
"""

from __future__ import annotations

import warnings

import pytest
from factories import full_contact

from netzwerk_app.domain.model import (
    Birthday,
    Contact,
    Email,
    Phone,
    PostalAddress,
    RawProperty,
    RelationshipState,
    Url,
)
from netzwerk_app.interchange.vcard import write_vcard, write_vcards

validator = pytest.importorskip("vcard.vcard_validator", reason="PyPI package 'vcard' missing")


def plain_contact() -> Contact:
    """The full contact with values a strict validator accepts (no label, no ';')."""
    return full_contact(
        nickname="Jürgi",
        department="Vertrieb",
        title="Geschäftsführer",
        phones=[Phone("+49 89 123456", ("work", "voice", "pref")), Phone("+49 170 1", ("cell",))],
        emails=[Email("j@example.de", ("internet", "pref"))],
        addresses=[
            PostalAddress(
                street="Leopoldstraße 1\nHinterhaus",
                locality="München",
                postal_code="80802",
                country="Deutschland",
                types=("work",),
            )
        ],
        urls=[Url("https://www.linkedin.com/in/jgm")],
        photo=b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8,
        birthday=Birthday(3, 22, 1980),
        note='Getroffen beim BNI-Frühstück; sagt: "Kooperation?"\nZweite Zeile',
        tags=["BNI", "Steuern"],
        gdpr_note="Karte übergeben",
        xing_state=RelationshipState.NONE,
        keep_in_touch_days=30,
        uid="urn:uuid:0b5e6c1a-1111-4c2b-9d7e-123456789abc",
        extra_properties=[RawProperty("X-CUSTOM", "a\\, b")],
        id=1,
    )


def test_exported_3_0_passes_the_vcard_validator() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # style hints such as "default TYPE can be removed"
        validator.VCard(write_vcard(plain_contact()))
        validator.VCard(write_vcard(Contact(formatted_name="Nur Name")))
        text = write_vcards([plain_contact()], netzwerk_data={1: {"events": ["BNI, 14.6."]}})
        validator.VCard(text)
