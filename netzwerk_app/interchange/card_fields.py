"""The contact details on a business card's line: e-mails, phones, web addresses, address.

Each finder takes the text of one line (or a part of it between separators such
as "|" or "·") and returns what it found; ``card_parse`` decides which line is
what. Phones go through phonenumbers (the user's region), e-mails through
email-validator's syntax check after OCR slips are repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from netzwerk_app.domain.card_reading import FAX, LANDLINE, MOBILE, ReadAddress, ReadPhone
from netzwerk_app.interchange import card_words as w

# "Tel.:", "E-Mail:", "M" ... at the start of a part; the label word and what follows.
_LABEL = re.compile(r"^\s*([A-Za-zÄÖÜäöü@][\w@.\- ]{0,14}?)\s*[:.]?\s+(?=\S)|^\s*([A-Za-zÄÖÜäöü@][\w@\-]{0,14})\s*[:.]\s*(?=\S)")
# "|" is a separator with a space on one side or between digits ("27|40549"); without
# spaces between letters it is an OCR slip for "l" ("pau|.klein@...").
_SEPARATORS = re.compile(
    r"\s+[|·•◦∙‧]\s*|\s*[|·•◦∙‧]\s+|(?<=\d)\|(?=\d)|[·•◦∙‧]|\s+\.\s+|\s+\.(?=https?:|www\.)"
    r"|\s{3,}"
)

_TLDS = (
    "de|com|net|org|eu|at|ch|li|lu|nl|be|fr|it|es|io|info|biz|co|uk|us|me|tv|ai|app|dev|"
    "pl|cz|dk|se|no|fi|pt|ie|gr|hu|pro|"
    "online|shop|berlin|hamburg|koeln|köln|bayern|nrw|ruhr|digital|agency|studio|design|"
    "email|cloud|gmbh|ag|law|legal|tax|consulting|team|jetzt|website|site|global|world|"
    "media|group|solutions|network|expert|coach|training|health|immobilien|haus|bio"
)
# Top-level domains a web address printed without "www." or "https://" may end in.
_COMMON_TLDS = {"de", "com", "net", "org", "eu", "at", "ch", "li", "lu", "nl", "be", "fr",
                "it", "es", "io", "info", "biz", "uk", "us", "berlin", "hamburg", "koeln",
                "bayern", "nrw", "ruhr", "digital", "online", "shop", "app", "dev", "ai",
                "pl", "cz", "dk", "se", "no", "fi", "pt", "ie", "gr", "hu", "pro", "tv"}
_URL = re.compile(
    r"(?<![@\w.-])((?:https?\s*:\s*//\s*)?(?:www\s*\.\s*)?"
    r"(?:[a-z0-9äöü](?:[a-z0-9äöü-]{0,61}[a-z0-9äöü])?\.)+(?:" + _TLDS + r")"
    r"(?:/[^\s,;]*)?)(?![\w@-])",
    re.IGNORECASE,
)
_LINKEDIN = re.compile(r"linked\s*in\s*\.\s*com\s*/\s*(in|company|pub)\s*/\s*([\w%.-]+)", re.I)
_XING = re.compile(r"xing\s*\.\s*com\s*/\s*(profile|profil|companies)\s*/\s*([\w%.-]+)", re.I)
_HANDLE = re.compile(r"^(?:/?in/|/?profile/|@)?([A-Za-z0-9][\w.%-]{2,99})/?$")

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)

# Something that looks like a date, a postal code or a tax number is never a phone.
_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_PHONE_CHARS = re.compile(r"^[\d\s()+/.\-–]+$")


@dataclass
class Part:
    """A line or a piece of it between separators, with the label printed before it."""

    label: str
    text: str


def split_parts(text: str) -> list[str]:
    """The pieces of a line that several details share ("T 089 123 | M 0171 456")."""
    return [p.strip() for p in _SEPARATORS.split(text) if p and p.strip()]


def label_of(text: str) -> Part:
    """The part's label word (lower case, no colon) and the rest; no label: ""."""
    match = _LABEL.match(text)
    if match and re.match(r"^\s*[\w-]+\.\w", text) and not re.match(r"^\s*\w\.\s*[+\d]", text):
        match = None  # "www.example.de" is an address, not the label "www"
    if match:
        label = (match.group(1) or match.group(2) or "").strip().lower().rstrip(".:")
        known = (w.FAX_LABELS + w.MOBILE_LABELS + w.LANDLINE_LABELS + w.EMAIL_LABELS
                 + w.WEB_LABELS + w.LINKEDIN_LABELS + w.XING_LABELS)
        if label in known:
            return Part(label, text[match.end():].strip())
    return Part("", text.strip())


# ---- e-mails -----------------------------------------------------------------------------


def _repair_email_text(text: str) -> str:
    text = re.sub(r"\s*[(\[{]\s*at\s*[)\]}]\s*", "@", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*[(\[{]\s*(?:dot|punkt)\s*[)\]}]\s*", ".", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*@\s*", "@", text)
    # "info@example .de": a space before the top-level domain
    text = re.sub(r"(@[\w.-]+)\s+\.\s*([a-z]{2,6})(?![\w:/.])", r"\1.\2", text)
    text = text.replace("|", "l")
    return text


def find_emails(text: str) -> list[str]:
    """The e-mail addresses in ``text``, syntax checked, OCR slips repaired."""
    part = label_of(text)
    repaired = _repair_email_text(part.text)
    if "@" not in repaired:
        return []
    found: list[str] = []
    for token in repaired.split():
        if "@" not in token:
            continue
        match = _EMAIL.search(token)
        if match is None:
            # spaces inside the address: join the tokens around the "@"
            continue
        found.append(match.group(0))
    if not found:
        joined = re.sub(r"\s+", "", repaired)
        found = [m.group(0) for m in _EMAIL.finditer(joined)]
    result: list[str] = []
    for candidate in found:
        candidate = candidate.strip(".,;:-_'")
        try:
            valid = validate_email(candidate, check_deliverability=False)
        except EmailNotValidError:
            continue
        email = valid.normalized
        local, _, domain = email.rpartition("@")
        email = f"{local}@{domain.lower()}"
        if email.lower() not in (e.lower() for e in result):
            result.append(email)
    return result


def looks_like_email(text: str) -> bool:
    return "@" in text or bool(re.search(r"[(\[]\s*at\s*[)\]]", text, re.IGNORECASE))


# ---- web addresses -----------------------------------------------------------------------


def profile_url(kind: str, handle: str) -> str:
    handle = handle.strip().strip("/").rstrip(".,;")
    if kind == "linkedin":
        return f"https://www.linkedin.com/in/{handle}"
    return f"https://www.xing.com/profile/{handle}"


def find_urls(text: str) -> list[str]:
    """Websites and LinkedIn/XING profiles in ``text`` (not the domains of e-mails)."""
    part = label_of(text)
    body = _EMAIL.sub(" ", _repair_email_text(part.text) if "@" in part.text else part.text)
    urls: list[str] = []
    for match in _LINKEDIN.finditer(body):
        kind = match.group(1).lower()
        handle = match.group(2).rstrip(".,;/")
        urls.append(f"https://www.linkedin.com/{kind}/{handle}")
    for match in _XING.finditer(body):
        kind = match.group(1).lower()
        handle = match.group(2).rstrip(".,;/")
        kind = "profile" if kind == "profil" else kind
        urls.append(f"https://www.xing.com/{kind}/{handle}")
    if urls:
        return urls
    bare = re.match(r"^/?(in|profile)\s*/\s*([\w%.-]{3,100})/?$", body.strip())
    if bare:
        return [profile_url("linkedin" if bare.group(1) == "in" else "xing", bare.group(2))]
    if part.label in ("linkedin", "linked in", "xing") or (
        part.label == "in" and not _URL.search(body)
    ):
        handle = _HANDLE.match(body.replace(" ", ""))
        if handle:
            kind = "xing" if part.label == "xing" else "linkedin"
            return [profile_url(kind, handle.group(1))]
    for match in _URL.finditer(body):
        url = re.sub(r"\s+", "", match.group(1)).rstrip(".,;/")
        lower = url.lower()
        host = re.sub(r"^https?://", "", lower).split("/")[0]
        if re.match(r"^\d", host) or "." not in host:
            continue
        labels = host.split(".")
        unmarked = not lower.startswith(("http", "www")) and part.label not in w.WEB_LABELS
        if unmarked and (len(labels[-2]) < 3 or labels[-1] not in _COMMON_TLDS):
            continue  # "Co.AG" in a firm's name is no web address
        if not lower.startswith("http"):
            url = "https://" + url
        url = re.sub(r"^(https?)\s*:\s*//", r"\1://", url, flags=re.IGNORECASE)
        urls.append(url[:8] + url[8:].split("/")[0].lower() + _path(url))
    return urls


def _path(url: str) -> str:
    rest = url[8:]
    return rest[len(rest.split("/")[0]):]


def looks_like_url(text: str) -> bool:
    body = label_of(text).text
    return bool(_LINKEDIN.search(body) or _XING.search(body) or re.match(
        r"^/?(in|profile)\s*/\s*[\w%.-]{3,}", body.strip()) or (
        _URL.search(body) and not looks_like_email(body)))


# ---- phones ------------------------------------------------------------------------------


def _kind_from_label(label: str) -> tuple[str, ...] | None:
    label = label.strip().lower().rstrip(".:").strip()
    label = re.sub(r"[^\wäöü@ -]", "", label).strip()
    if not label:
        return None
    last = label.split()[-1] if label.split() else label
    for word in (label, last):
        if word in w.FAX_LABELS or word.startswith("fax") or word.endswith("fax"):
            return FAX
        if word in w.MOBILE_LABELS or word.startswith(("mobil", "handy", "cell")):
            return MOBILE
        if word in w.LANDLINE_LABELS or word.startswith(("tel", "fon", "phone")):
            return LANDLINE
    return None


_EXTENSION_ONLY = re.compile(r"^\s*([A-Za-zäöü.]{1,12})\s*[:.]?\s*[-–]\s*(\d{1,5})\s*$")


def find_phones(text: str, region: str, previous: str = "") -> list[ReadPhone]:
    """The phone numbers on a line, typed by their labels (or by the number itself).

    ``previous`` is the last number printed before (as printed): "Fax -99" after
    "Tel. 089 12345-0" is that number's extension 99.
    """
    return [phone for phone, _ in find_phones_printed(text, region, previous)]


def find_phones_printed(text: str, region: str,
                        previous: str = "") -> list[tuple[ReadPhone, str]]:
    """The phones of ``text`` with each one's text as printed."""
    if w.NOT_A_FIELD_RE.search(text) or _DATE.search(text):
        return []
    short = _EXTENSION_ONLY.match(text)
    if short and "-" in previous and (kind := _kind_from_label(short.group(1))):
        whole = previous.rsplit("-", 1)[0] + "-" + short.group(2)
        found = find_phones_printed(whole, region)
        return [(ReadPhone(phone.value, kind), printed) for phone, printed in found]
    phones: list[tuple[ReadPhone, str]] = []
    cleaned = text.replace("–", "-").replace("—", "-")
    cleaned = re.sub(r"(?<=\d)[oO](?=\d)", "0", cleaned)
    cleaned = re.sub(r"\(\s*0\s*\)", "(0)", cleaned)
    start = 0
    try:
        matches = list(phonenumbers.PhoneNumberMatcher(cleaned, region, leniency=phonenumbers.Leniency.POSSIBLE))
    except Exception:  # phonenumbers on odd text: no number rather than a crash
        return []
    for match in matches:
        raw_digits = re.sub(r"\D", "", match.raw_string)
        if len(raw_digits) < 6 or (len(raw_digits) <= 5 and not match.raw_string.startswith("+")):
            continue
        number = match.number
        if not phonenumbers.is_possible_number(number):
            continue
        before = cleaned[start:match.start]
        start = match.end
        if re.search(r"\+\s*\d{1,3}\s*$", before):
            continue  # "+1 (212) 555-017": the match left its country code out - a misread
        kind = _kind_from_label(before.split("|")[-1])
        if kind is None:
            if not _PHONE_CHARS.match(match.raw_string) or not _dialled_whole(match.raw_string,
                                                                               region):
                continue
            number_type = phonenumbers.number_type(number)
            kind = MOBILE if number_type == phonenumbers.PhoneNumberType.MOBILE else LANDLINE
            if not phonenumbers.is_valid_number(number) and len(raw_digits) < 8:
                continue
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        phones.append((ReadPhone(value, kind), match.raw_string))
    return phones


def _dialled_whole(raw: str, region: str) -> bool:
    """Whether an unlabelled number is printed as one is dialled: "+49 ...", "0049 ...",
    or with the region's trunk prefix ("089 ..."); "6231 299" is a fragment, not a phone."""
    digits = raw.lstrip(" (")
    if digits.startswith("+"):
        return True
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region.upper())
    prefix = metadata.national_prefix if metadata is not None else None
    return not prefix or digits.startswith(prefix)


def phone_label_only(text: str) -> bool:
    """A line such as "Tel." or "Mobil:" whose number is printed beside it."""
    return _kind_from_label(text) is not None and not re.search(r"\d", text) and len(text) < 14


# ---- postal address ----------------------------------------------------------------------

_POSTCODE = re.compile(
    r"(?:^|[\s,])(?:(?P<cc>D|DE|A|AT|CH|FL|L|NL|B|F|I|DK)\s*[-–]\s*)?"
    r"(?P<plz>\d{5}|\d{4})\s+(?P<town>[A-ZÄÖÜ][\w.äöüßÄÖÜ'-]*(?:[ -](?:[A-ZÄÖÜa-zäöü(][\w.äöüß()/-]*))*)"
    r"\s*(?:,\s*(?P<country>[A-ZÄÖÜ][\wäöü ]+))?\s*$"
)
_STREET_NUMBER = r"\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}\s?[a-zA-Z]?)?"
_STREET = re.compile(
    r"^(?P<street>(?:c/o\s.*?,\s*)?[A-ZÄÖÜa-zäöü][\wäöüßÄÖÜ.'\- ]*?\s" + _STREET_NUMBER + r"|"
    r"[A-ZÄÖÜ][\wäöüß.\-]*?(?:" + "|".join(re.escape(s) for s in w.STREET_SUFFIXES)
    + r")\s?" + _STREET_NUMBER + r"|Postfach\s[\d ]+|P\.?\s?O\.?\s?Box\s[\d ]+)\s*$",
    re.IGNORECASE,
)


def country_of(text: str) -> str:
    """The printed country when ``text`` is one, else ""."""
    clean = text.strip().strip(".,")
    return clean if clean.lower() in w.COUNTRIES else ""


def postcode_line(text: str) -> tuple[str, str, str, str] | None:
    """(text before, postal code, town, country) when the line ends in "PLZ Ort"."""
    match = _POSTCODE.search(text.strip())
    if match is None:
        return None
    town = match.group("town").strip().rstrip(",.")
    if len(town) < 2 or re.search(r"\d", town):
        return None
    cc = match.group("cc")
    plz = match.group("plz")
    country = (match.group("country") or "").strip()
    if country and not country_of(country):
        return None
    if cc and len(plz) == 5 and cc.upper() not in ("D", "DE", "F", "I"):
        return None  # "A-12345" is no Austrian postal code
    before = text.strip()[: match.start()].strip().rstrip(",|·").strip()
    return before, plz, town, country  # "A-1010 Wien": 1010, the country is its own field


_UK_POSTCODE = re.compile(
    r"^(?P<town>[A-Z][\w.' -]*?[a-z])\s*,?\s+(?P<plz>[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})$"
)
_NUMBER_FIRST_STREET = re.compile(
    r"^\d{1,4}[a-z]?,?\s+[A-Z][\w.' -]*\s(?:street|st\.|road|rd\.|avenue|ave\.|lane|square|"
    r"drive|way|place|row|hill|gardens|court|crescent|terrace|walk|close|boulevard|blvd\.)$",
    re.IGNORECASE,
)


def uk_postcode_line(text: str) -> tuple[str, str, str, str] | None:
    """(street, postcode, town, "") for a British "[1 Canada Square,] London E14 5AB" line."""
    head, _, tail = text.strip().rpartition(",")
    match = _UK_POSTCODE.match(tail.strip())
    if match is None:
        return None
    return head.strip(), match.group("plz"), match.group("town").strip(), ""


def is_street(text: str) -> bool:
    text = text.strip().rstrip(",")
    if not text or len(text) > 60 or "@" in text:
        return False
    if re.search(r"\+\d|\d{5,}|\d{3,}\s\d{3,}", text):
        return False
    return bool(_STREET.match(text) or _NUMBER_FIRST_STREET.match(text))


def address_from(street: str, postcode: tuple[str, str, str, str], country: str) -> ReadAddress:
    _, plz, town, printed_country = postcode
    return ReadAddress(street=street.strip().rstrip(","), postal_code=plz, locality=town,
                       country=printed_country or country)
