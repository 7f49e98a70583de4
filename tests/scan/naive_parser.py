"""The naive OCR-plus-regex parser issue 15 measures against (about 88 % there).

First line = name (split at the last space), second line = title, a line with a
legal form (GmbH, AG, Ltd ...) = organisation, and regular expressions for e-mail,
phone (every number a landline), web address and "PLZ Ort" with the line before it
as the street. Used only to print a baseline beside our parser on the same OCR output.
"""

from __future__ import annotations

import re

import phonenumbers

from netzwerk_app.domain.card_reading import (
    LANDLINE,
    CardReading,
    RawCard,
    ReadAddress,
    ReadPhone,
)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:de|com|at|ch|net|org|io|nl|eu|uk)"
    r"(?:/[\w./-]*)?",
    re.IGNORECASE,
)
PHONE = re.compile(r"\+?\(?\d[\d\s()/.-]{5,}\d")
PLZ_ORT = re.compile(r"\b(\d{5})\s+([A-ZÄÖÜ][\wäöüß.\- ]+)$")
ORG = re.compile(r"\b(GmbH|AG|Ltd|Inc\.?|KG|UG|e\.K\.|e\.V\.|mbB)\b")


def naive_parse(raw: RawCard, region: str = "DE") -> CardReading:
    lines = [ln.text.strip() for ln in raw.lines if ln.text.strip()]
    r = CardReading(file=raw.file, lines=list(lines))
    if lines:
        name = lines[0]
        given, _, family = name.rpartition(" ")
        r.formatted_name, r.given_name, r.family_name = name, given, family
    if len(lines) > 1:
        r.title = lines[1]
    for i, line in enumerate(lines):
        if not r.organization and ORG.search(line):
            r.organization = line
        for e in EMAIL.findall(line):
            r.emails.append(e)
        rest = EMAIL.sub(" ", line)
        for u in URL.findall(rest):
            r.urls.append(u)
        m = PLZ_ORT.search(line)
        if m:
            street = lines[i - 1] if i > 0 and re.search(r"\d", lines[i - 1]) else ""
            r.addresses.append(
                ReadAddress(street=street, postal_code=m.group(1), locality=m.group(2).strip())
            )
            continue
        for number in PHONE.findall(URL.sub(" ", rest)):
            try:
                n = phonenumbers.parse(number, region)
            except phonenumbers.NumberParseException:
                continue
            value = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
            r.phones.append(ReadPhone(value, LANDLINE))
    return r
