"""QR codes: our payload, the code, the pictures, and reading them back with zxing-cpp."""

from __future__ import annotations

import io
import os
import random
import time
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFilter

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import NetzwerkError, ValidationError
from netzwerk_app.interchange.pictures import NOT_AN_IMAGE
from netzwerk_app.interchange.qr import (
    ALL_FIELDS,
    CardData,
    card_payload,
    encode,
    encode_card,
    encode_url,
)
from netzwerk_app.interchange.qr_decode import (
    DAMAGED,
    DECODER_FAILED,
    NO_CODE,
    TOO_SLOW,
    QrImageError,
    decode_image,
    decode_image_isolated,
    run_isolated,
)
from netzwerk_app.interchange.qr_payload import NO_CONTACT, parse_payload

GERMAN = CardData(
    "Jürgen Weiß",
    "Jürgen",
    "Weiß",
    "Weiß & Söhne Straßenbau GmbH",
    "Geschäftsführer",
    (m.Phone("+49 89 1234567", ("CELL",)),),
    (m.Email("juergen@weiss-strassenbau.de"),),
    "https://www.weiss-strassenbau.de",
    "https://www.linkedin.com/in/juergen-weiss",
    "https://www.xing.com/profile/Juergen_Weiss",
)


def png_image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def to_bytes(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


# --- the payload ---------------------------------------------------------------------


def test_payload_is_a_compact_utf8_vcard_3_with_crlf() -> None:
    text = card_payload(GERMAN, ALL_FIELDS)
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for absent in ("CHARSET", "PHOTO", "PRODID", "X-NETZWERK", "UID"):
        assert absent not in text
    assert "FN:Jürgen Weiß\r\n" in text
    assert "ORG:Weiß & Söhne Straßenbau GmbH\r\n" in text


def test_only_ticked_fields_go_into_the_code() -> None:
    text = card_payload(GERMAN, ["name", "email"])
    assert "EMAIL" in text and "FN:Jürgen Weiß" in text
    for absent in ("TEL", "ORG", "TITLE", "URL"):
        assert absent not in text
    with pytest.raises(ValidationError):
        card_payload(CardData(), ALL_FIELDS)


def test_a_contacts_photo_never_goes_into_the_code() -> None:
    contact = m.Contact(formatted_name="Özlem Yılmaz", photo=b"\xff\xd8\xff" * 500)
    text = encode_card(CardData.of_contact(contact), ALL_FIELDS).payload
    assert "PHOTO" not in text and "Özlem Yılmaz" in text


def test_german_card_round_trip_gives_back_exactly_what_we_wrote() -> None:
    code = encode_card(GERMAN, ALL_FIELDS)
    assert code.version <= 16 and not code.warning
    png = code.png()
    assert png_image(png).size[0] >= 1200
    assert decode_image(png) == [code.payload]
    found = parse_payload(decode_image(png)[0]).contacts
    assert len(found) == 1
    c = found[0]
    assert (c.formatted_name, c.given_name, c.family_name) == ("Jürgen Weiß", "Jürgen", "Weiß")
    assert c.organization == GERMAN.organization and c.title == "Geschäftsführer"
    assert [p.value for p in c.phones] == ["+49 89 1234567"]
    assert [u.value for u in c.urls] == [GERMAN.website, GERMAN.linkedin_url, GERMAN.xing_url]
    assert c.source == m.Source.QR_CODE


def test_big_code_warns_and_names_the_field_to_drop() -> None:
    wordy = CardData(
        "Katharina Großmann-Schäfer",
        organization="Großmann-Schäfer Unternehmensberatung für Nachfolgeregelungen GmbH",
        title="Geschäftsführende Gesellschafterin",
        website="https://www.example.de/" + "ueber-uns/team/geschaeftsfuehrung/" * 20,
        linkedin_url="https://www.linkedin.com/in/katharina-grossmann",
    )
    code = encode_card(wordy, ALL_FIELDS)
    assert code.version > 16
    assert code.drop_hint == "website"
    assert f"version {code.version}" in code.warning and "without the website" in code.warning


def test_url_only_variant_and_svg() -> None:
    code = encode_url(GERMAN.linkedin_url)
    assert code.payload == GERMAN.linkedin_url and code.version <= 4
    svg = ET.fromstring(code.svg())
    assert svg.tag.endswith("svg") and svg.get("viewBox") == f"0 0 {code.size + 8} {code.size + 8}"
    assert decode_image(code.png()) == [GERMAN.linkedin_url]
    with pytest.raises(ValidationError):
        encode_url("  ")


def test_too_much_for_one_code_is_a_plain_sentence() -> None:
    with pytest.raises(ValidationError, match="too much text"):
        encode("x" * 5000)


# --- robustness ----------------------------------------------------------------------


def test_rotated_scaled_blurred_jpeg_still_decodes() -> None:
    code = encode_card(GERMAN, ALL_FIELDS)
    image = png_image(code.png()).convert("L")
    image = image.rotate(10, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    image = image.resize((300, 300), Image.Resampling.LANCZOS)
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    jpeg = to_bytes(image, "JPEG", quality=70)
    assert decode_image(jpeg) == [code.payload]


def test_a_big_phone_photo_is_scaled_down_and_decodes() -> None:
    code = encode_card(GERMAN, ALL_FIELDS)
    photo = Image.new("L", (4000, 3000), 140)
    photo.paste(png_image(code.png(min_pixels=700)).convert("L"), (1500, 1000))
    started = time.perf_counter()
    assert decode_image_isolated(to_bytes(photo.convert("RGB"), "JPEG", quality=85)) == [
        code.payload
    ]
    assert time.perf_counter() - started < 5  # the benchmark measures; this only guards


def test_mecard_and_url_payloads_become_contacts() -> None:
    mecard = "MECARD:N:Müller,Jürgen;ORG:Bäckerei Müller;TEL:+49 171 234567;EMAIL:j@m.de;;"
    [text] = decode_image(encode(mecard).png())
    [contact] = parse_payload(text).contacts
    assert contact.formatted_name == "Jürgen Müller" and contact.organization == "Bäckerei Müller"
    assert [p.value for p in contact.phones] == ["+49 171 234567"]

    escaped = parse_payload(r"MECARD:N:Weiß,Jörg;NOTE:Kaffee\; gern;URL:https\://x.de;;")
    assert escaped.contacts[0].note == "Kaffee; gern"
    assert escaped.contacts[0].urls[0].value == "https://x.de"

    linkedin = parse_payload("https://www.linkedin.com/in/anna-mueller-4b2a19a/")
    assert linkedin.kind == "url" and linkedin.contacts[0].display_name == "Anna Mueller"
    assert linkedin.contacts[0].urls[0].label == "LinkedIn"
    xing = parse_payload("https://www.xing.com/profile/Joerg_Weiss")
    assert xing.contacts[0].display_name == "Joerg Weiss"
    site = parse_payload("https://www.steuer-weiss.de")
    assert site.contacts[0].display_name == "steuer-weiss.de"
    assert site.contacts[0].urls[0].value == "https://www.steuer-weiss.de"


def test_vcard_21_and_40_payloads_are_read() -> None:
    v21 = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Weiß;Jörg\r\nTEL;CELL:0171 234\r\nEND:VCARD\r\n"
    v40 = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Søren Larsen\r\nEMAIL:s@l.dk\r\nEND:VCARD\r\n"
    assert parse_payload(v21).contacts[0].display_name == "Jörg Weiß"
    assert parse_payload(v40).contacts[0].emails[0].value == "s@l.dk"


def test_a_code_cannot_claim_a_relationship_or_events() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\r\nX-NETZWERK-LINKEDIN-STATE:connected\r\n"
        "X-NETZWERK-PERSONALLY-KNOWN:true\r\nEND:VCARD\r\n"
    )
    [eve] = parse_payload(text).contacts
    assert eve.linkedin_state == m.RelationshipState.NONE and not eve.personally_known


def test_plain_text_is_shown_with_no_contact_found() -> None:
    payload = parse_payload("WIFI:T:WPA;S:Cafe;P:geheim;;")
    assert payload.contacts == [] and payload.kind == "text"
    assert payload.message == NO_CONTACT


def _noise(size: int) -> Image.Image:
    return Image.effect_noise((size, size), 60).convert("L")


@pytest.mark.parametrize(
    ("make", "sentence"),
    [
        (lambda: b"", NOT_AN_IMAGE),
        (lambda: b"BEGIN:VCARD\r\nEND:VCARD\r\n", NOT_AN_IMAGE),
        (lambda: random.Random(1).randbytes(5000), NOT_AN_IMAGE),
        (lambda: to_bytes(_noise(400)), NO_CODE),
        (lambda: to_bytes(Image.new("L", (500, 500), 255)), NO_CODE),
        (lambda: to_bytes(Image.new("1", (12000, 11000), 1)), "too many to be a photo"),
        (lambda: encode("x").png()[:400], "damaged"),
    ],
    ids=["empty", "text", "random", "noise", "white", "huge", "truncated"],
)
def test_garbage_gives_one_plain_sentence(make: object, sentence: str) -> None:
    with pytest.raises(QrImageError) as caught:
        decode_image(make())  # type: ignore[operator]
    message = str(caught.value)
    assert sentence in message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message


def test_a_damaged_code_is_named_as_such() -> None:
    code = encode_card(GERMAN, ALL_FIELDS)
    image = png_image(code.png()).convert("L")
    draw = ImageDraw.Draw(image)
    w = image.size[0]
    draw.rectangle((w * 0.2, w * 0.3, w * 0.8, w * 0.7), fill=255)  # beyond level M's repair
    with pytest.raises(QrImageError) as caught:
        decode_image(to_bytes(image))
    assert str(caught.value) in (DAMAGED, NO_CODE)


def test_isolated_decode_is_a_typed_error_too() -> None:
    with pytest.raises(QrImageError, match="not a picture"):
        decode_image_isolated(b"definitely not an image")


def test_a_crashing_decoder_does_not_take_the_caller_down() -> None:
    with pytest.raises(QrImageError) as caught:
        run_isolated(os.abort)  # what a segfault in native code looks like to the parent
    assert str(caught.value) == DECODER_FAILED
    assert isinstance(caught.value, NetzwerkError)


def test_a_hanging_decoder_is_stopped() -> None:
    started = time.perf_counter()
    with pytest.raises(QrImageError) as caught:
        run_isolated(time.sleep, 30, timeout=1.0)
    assert str(caught.value) == TOO_SLOW
    assert time.perf_counter() - started < 10


names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, org=st.text(max_size=20).filter(lambda s: s.strip() == s))
def test_any_unicode_name_survives_encode_and_decode(name: str, org: str) -> None:
    card = CardData(name, organization=org)
    code = encode_card(card, ALL_FIELDS)
    [text] = decode_image(code.png(min_pixels=300))
    assert text == code.payload
    [contact] = parse_payload(text).contacts
    assert contact.formatted_name == name
