"""Matching keys: the normalised forms used to find the same person twice."""

from __future__ import annotations

import urllib.parse

import phonenumbers


def normalize_phone(value: str, region: str = "DE") -> str | None:
    """E.164 form of a phone number (``+49891234567``), or None if it is none.

    Numbers written without a country code are read as numbers of ``region``.
    """
    text = value.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    if text.startswith("00"):
        text = "+" + text[2:]  # the international prefix as dialled in Europe
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_email(value: str) -> str:
    """E-mail addresses compare case-insensitively in practice (though not by RFC)."""
    text = value.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.casefold()


def normalize_profile_url(url: str) -> str:
    """A LinkedIn/XING profile URL in one comparable form.

    Lower-case host and path, https, no query, fragment or trailing slash, and
    country hosts such as ``de.linkedin.com`` folded into ``www.linkedin.com``.
    """
    text = url.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urllib.parse.urlsplit(text)
        host = (parts.hostname or "").lower()
    except ValueError:
        # "http://[oops" (a broken IPv6 host) is no URL: it is compared as text and
        # matches nothing but itself, instead of failing every later import.
        return " ".join(url.split()).casefold()
    labels = host.split(".")
    for site in ("linkedin.com", "xing.com"):
        if host == site or (host.endswith("." + site) and len(labels) == 3):
            host = "www." + site
    path = urllib.parse.unquote(parts.path).lower().rstrip("/")
    return f"https://{host}{path}"
