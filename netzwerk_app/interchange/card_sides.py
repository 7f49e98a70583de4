"""A card's printed QR code and its two sides, merged into one reading (issue 15).

A vCard or MECARD in a QR code printed on the card wins over the OCR where it has
a field; the back side of a card fills the gaps of the front.
"""

from __future__ import annotations

import re
import statistics

import phonenumbers

from netzwerk_app.domain import model as m
from netzwerk_app.domain.card_reading import (
    FAX,
    FIELD_NAMES,
    LANDLINE,
    MOBILE,
    CardReading,
    ReadAddress,
    ReadPhone,
)
from netzwerk_app.interchange.qr_payload import parse_payload


def same_number(a: str, b: str) -> bool:
    return re.sub(r"\D", "", a) == re.sub(r"\D", "", b)


def add_unique(target: list[str], items: list[str]) -> None:
    for item in items:
        if item.lower() not in (t.lower() for t in target):
            target.append(item)


def set_confidence(reading: CardReading, conf: dict[str, list[float]]) -> None:
    """Each field's confidence (the worst of its lines and rules), the card's the mean."""
    values = []
    for name in FIELD_NAMES:
        value = getattr(reading, name)
        if not value:
            reading.field_confidence[name] = 1.0 if not conf[name] else min(conf[name])
            continue
        score = min(conf[name]) if conf[name] else 0.7
        reading.field_confidence[name] = round(max(0.0, min(1.0, score)), 3)
        values.append(reading.field_confidence[name])
    reading.confidence = round(statistics.mean(values), 3) if values else 0.0


# ---- QR code -----------------------------------------------------------------------------


def _qr_phone(phone: m.Phone, region: str) -> ReadPhone:
    types = {t.lower() for t in phone.types}
    kind = FAX if "fax" in types else MOBILE if types & {"cell", "mobile"} else LANDLINE
    value = phone.value
    try:
        number = phonenumbers.parse(phone.value, region)
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        pass
    return ReadPhone(value, kind)


def apply_qr(texts: list[str], reading: CardReading, region: str) -> None:
    for text in texts:
        try:
            payload = parse_payload(text)
        except Exception:  # a stranger's code: odd text is no contact, never a crash
            continue
        if payload.kind not in ("vcard", "mecard") or not payload.contacts:
            if payload.kind == "url" and payload.contacts:
                url = payload.contacts[0].urls[0].value if payload.contacts[0].urls else ""
                if url and url.lower() not in (u.lower() for u in reading.urls):
                    reading.urls.append(url)
            continue
        contact = payload.contacts[0]
        for name in ("prefix", "given_name", "family_name", "title", "organization"):
            value = getattr(contact, name).strip()
            if value:
                setattr(reading, name, value)
                reading.from_qr.add(name)
        if contact.given_name or contact.family_name:
            reading.formatted_name = " ".join(
                p for p in (reading.prefix, reading.given_name, reading.family_name) if p)
            reading.from_qr.add("formatted_name")
        elif contact.formatted_name:
            reading.formatted_name = contact.formatted_name
            reading.from_qr.add("formatted_name")
        if contact.emails:
            reading.emails = [e.value for e in contact.emails]
            reading.from_qr.add("emails")
        if contact.phones:
            reading.phones = [_qr_phone(p, region) for p in contact.phones]
            reading.from_qr.add("phones")
        if contact.urls:
            reading.urls = [u.value for u in contact.urls]
            reading.from_qr.add("urls")
        if contact.addresses:
            reading.addresses = [ReadAddress(a.street, a.postal_code, a.locality, a.country)
                                 for a in contact.addresses]
            reading.from_qr.add("addresses")
        for name in reading.from_qr:
            reading.field_confidence[name] = 1.0
        break


def combine_sides(front: CardReading, back: CardReading) -> CardReading:
    """One reading of a card's two sides: the back fills the front's gaps."""
    result = CardReading(file=front.file or back.file, image=front.image or back.image,
                         image_mime=front.image_mime if front.image else back.image_mime)
    for name in ("formatted_name", "prefix", "given_name", "family_name", "title",
                 "organization"):
        own = getattr(front, name)
        chosen = own or getattr(back, name)
        setattr(result, name, chosen)
        source = front if own else back
        result.field_confidence[name] = source.field_confidence.get(name, 1.0)
        if name in source.from_qr:
            result.from_qr.add(name)
    result.emails = list(front.emails)
    add_unique(result.emails, back.emails)
    result.urls = list(front.urls)
    add_unique(result.urls, back.urls)
    result.phones = list(front.phones)
    for phone in back.phones:
        if not any(same_number(phone.value, p.value) for p in result.phones):
            result.phones.append(phone)
    result.addresses = list(front.addresses)
    for address in back.addresses:
        if address not in result.addresses:
            result.addresses.append(address)
    for name in ("emails", "phones", "urls", "addresses"):
        values = [r.field_confidence[name] for r in (front, back)
                  if name in r.field_confidence and getattr(r, name)]
        result.field_confidence[name] = min(values) if values else 1.0
        if name in front.from_qr or name in back.from_qr:
            result.from_qr.add(name)
    result.lines = [*front.lines, *back.lines]
    filled = [result.field_confidence[n] for n in FIELD_NAMES if getattr(result, n)]
    result.confidence = round(statistics.mean(filled), 3) if filled else 0.0
    return result
