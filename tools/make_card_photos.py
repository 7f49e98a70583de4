"""Render the business-card test set of issue 15 and "photograph" each card.

    .venv/bin/python tools/make_card_photos.py [OUT_DIR]

Writes ``NN-short-name.jpg`` photos and ``truth.json`` into ``tests/data/cards``
(or OUT_DIR). Deterministic: one seeded random generator drives every choice, so
running it again gives the same files.

Each card is drawn at 300 dpi (1050 x 600 px for 3.5 x 2 in, 1004 x 650 px for
85 x 55 mm, one portrait card) in one of several layouts, fonts and colours, then
laid on a generated table, warped in perspective, turned up to 10 degrees (one card
upside down), lit unevenly, blurred a little and saved as JPEG of quality 70-90.

The truth holds what a careful person would type into the contact form: the
fields of ``netzwerk_app.domain.card_reading.CardReading``. Phones are E.164 with
their kind (landline ["work", "voice"], mobile ["cell"], fax ["fax"]); the country
of an address is what is printed, else "". A printed QR code's vCard wins where it
and the print both have a field. A logo's letters and a slogan are no field.
"""

from __future__ import annotations

import io
import json
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import phonenumbers
import qrcode
from PIL import Image, ImageDraw, ImageFilter, ImageFont

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "data" / "cards"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SEED = 15

LANDLINE = ["work", "voice"]
MOBILE = ["cell"]
FAX = ["fax"]

FAMILIES: dict[str, dict[str, str]] = {
    "sans": {"regular": "DejaVuSans", "bold": "DejaVuSans-Bold", "italic": "DejaVuSans-Oblique"},
    "serif": {"regular": "DejaVuSerif", "bold": "DejaVuSerif-Bold", "italic": "DejaVuSerif-Italic"},
    "mono": {
        "regular": "DejaVuSansMono",
        "bold": "DejaVuSansMono-Bold",
        "italic": "DejaVuSansMono-Oblique",
    },
    "condensed": {
        "regular": "DejaVuSansCondensed",
        "bold": "DejaVuSansCondensed-Bold",
        "italic": "DejaVuSansCondensed-Oblique",
    },
    "light": {
        "regular": "DejaVuSans-ExtraLight",
        "bold": "DejaVuSans",
        "italic": "DejaVuSans-Oblique",
    },
    "serifcond": {
        "regular": "DejaVuSerifCondensed",
        "bold": "DejaVuSerifCondensed-Bold",
        "italic": "DejaVuSerifCondensed-Italic",
    },
}

_font_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(str(FONT_DIR / f"{name}.ttf"), size)
    return _font_cache[key]


# --- places ---------------------------------------------------------------


@dataclass
class City:
    postal_codes: list[str]
    locality: str
    country_code: str  # ISO region for phonenumbers
    area: str  # national area code without the trunk 0
    sub_len: int  # digits of a subscriber number
    streets: list[str]
    country_de: str = ""
    country_en: str = ""
    postal_prefix: str = ""  # "A-", "CH-", "D-" as sometimes printed


# fmt: off
CITIES: dict[str, City] = {
    "muc": City(["80331", "80802", "81675", "80339"], "München", "DE", "89", 7,
                ["Leopoldstraße 12a", "Theresienhöhe 28", "Sendlinger Str. 7",
                 "Rosenheimer Straße 145e"], "Deutschland", "Germany", "D-"),
    "ber": City(["10117", "10435", "12043", "10997"], "Berlin", "DE", "30", 8,
                ["Friedrichstraße 68", "Kastanienallee 12", "Karl-Marx-Straße 101",
                 "Oranienstr. 183"], "Deutschland", "Germany", "D-"),
    "ham": City(["20095", "22767", "20354"], "Hamburg", "DE", "40", 8,
                ["Jungfernstieg 7", "Große Elbstraße 145", "Neuer Wall 50"],
                "Deutschland", "Germany", "D-"),
    "koe": City(["50667", "50823", "51063"], "Köln", "DE", "221", 7,
                ["Hohe Straße 52", "Venloer Str. 241-245", "Schanzenstraße 6-20"],
                "Deutschland", "Germany", "D-"),
    "fra": City(["60311", "60486", "60594"], "Frankfurt am Main", "DE", "69", 8,
                ["Neue Mainzer Straße 20", "Schweizer Straße 9", "Kasseler Str. 1a"],
                "Deutschland", "Germany", "D-"),
    "stu": City(["70173", "70176", "70597"], "Stuttgart", "DE", "711", 7,
                ["Königstraße 26", "Rotebühlplatz 1", "Epplestraße 225"],
                "Deutschland", "Germany", "D-"),
    "dus": City(["40212", "40479", "40549"], "Düsseldorf", "DE", "211", 7,
                ["Königsallee 27", "Kaiserstraße 44", "Hansaallee 249"],
                "Deutschland", "Germany", "D-"),
    "lei": City(["04109", "04229", "04103"], "Leipzig", "DE", "341", 7,
                ["Grimmaische Straße 2-4", "Karl-Heine-Straße 93", "Prager Str. 36"],
                "Deutschland", "Germany", "D-"),
    "nue": City(["90402", "90429", "90482"], "Nürnberg", "DE", "911", 7,
                ["Königstraße 93", "Fürther Straße 212", "Ostendstraße 115"],
                "Deutschland", "Germany", "D-"),
    "dre": City(["01067", "01097", "01309"], "Dresden", "DE", "351", 7,
                ["Wilsdruffer Straße 24", "Königsbrücker Str. 61", "Schandauer Straße 64"],
                "Deutschland", "Germany", "D-"),
    "han": City(["30159", "30161", "30169"], "Hannover", "DE", "511", 7,
                ["Georgstraße 36", "Lister Meile 21", "Friedrichswall 10"],
                "Deutschland", "Germany", "D-"),
    "fre": City(["79098", "79100", "79110"], "Freiburg im Breisgau", "DE", "761", 7,
                ["Kaiser-Joseph-Straße 192", "Günterstalstraße 38", "Lörracher Straße 5b"],
                "Deutschland", "Germany", "D-"),
    "mst": City(["48143", "48145", "48153"], "Münster", "DE", "251", 7,
                ["Prinzipalmarkt 13", "Warendorfer Straße 48", "Hammer Str. 219"],
                "Deutschland", "Germany", "D-"),
    "aug": City(["86150", "86152", "86159"], "Augsburg", "DE", "821", 7,
                ["Maximilianstraße 40", "Schießgrabenstraße 14", "Haunstetter Straße 49"],
                "Deutschland", "Germany", "D-"),
    "lue": City(["58507", "58509", "58511"], "Lüdenscheid", "DE", "2351", 6,
                ["Wilhelmstraße 33", "Altenaer Straße 7", "Am Grünewald 4"],
                "Deutschland", "Germany", "D-"),
    "reg": City(["93047", "93049", "93053"], "Regensburg", "DE", "941", 7,
                ["Maximilianstraße 26", "Prüfeninger Straße 58", "Galgenbergstraße 22"],
                "Deutschland", "Germany", "D-"),
    "wie": City(["1010", "1070", "1030"], "Wien", "AT", "1", 7,
                ["Kärntner Straße 21-23", "Mariahilfer Straße 88", "Landstraßer Hauptstraße 7"],
                "Österreich", "Austria", "A-"),
    "zur": City(["8001", "8004", "8005"], "Zürich", "CH", "44", 7,
                ["Bahnhofstrasse 45", "Langstrasse 112", "Hardturmstrasse 161"],
                "Schweiz", "Switzerland", "CH-"),
    "lon": City(["EC2V 7HH", "EC3A 8BF", "SE1 9SG"], "London", "GB", "20", 8,
                ["30 St Mary Axe", "1 Poultry", "32 London Bridge Street"],
                "", "United Kingdom"),
    "nyc": City([""], "New York", "US", "212", 7, [""]),
}
# fmt: on


MOBILE_PREFIXES = [
    "151",
    "152",
    "157",
    "160",
    "162",
    "163",
    "170",
    "171",
    "172",
    "173",
    "174",
    "175",
    "176",
    "177",
    "178",
    "179",
]


# --- the people -------------------------------------------------------------
# (prefix, given, family, title, organization, domain, city, language)
# fmt: off
PEOPLE: list[tuple[str, str, str, str, str, str, str, str]] = [
    ("", "Anna", "Müller", "Geschäftsführerin", "Müller & Söhne Steuerberatungsgesellschaft mbH & Co. KG",
     "mueller-soehne.de", "muc", "de"),
    ("Dr.", "Jörg", "Weiß", "Rechtsanwalt", "Weiß Rechtsanwälte PartG mbB", "weiss-recht.de", "ham", "de"),
    ("", "Sabine", "Groß", "Inhaberin", "Blumenhaus Groß e.K.", "blumen-gross.de", "koe", "de"),
    ("Prof. Dr.", "Hans-Peter", "Schäfer", "Vorstand", "Schäfer Maschinenbau AG", "schaefer-ag.de",
     "stu", "de"),
    ("", "Katharina", "von Bülow", "Head of Sales", "Nordlicht Software GmbH", "nordlicht-software.de",
     "ber", "en"),
    ("", "Pieter", "van der Berg", "Senior Consultant", "Brightwave Consulting Ltd", "brightwave.co.uk",
     "lon", "en"),
    ("", "Lukas", "Müller-Lüdenscheidt", "Inhaber", "Müller-Lüdenscheidt Haustechnik UG (haftungsbeschränkt)",
     "ml-haustechnik.de", "lue", "de"),
    ("Dr. med.", "Miriam", "Özdemir", "Fachärztin für Allgemeinmedizin", "Praxis am Prinzipalmarkt",
     "praxis-prinzipalmarkt.de", "mst", "de"),
    ("", "Ferdinand", "Graf von Schönberg", "Geschäftsführer", "Schönberg Immobilien GmbH & Co. KG",
     "schoenberg-immobilien.de", "dus", "de"),
    ("", "Claire", "de Vries", "Account Executive", "Lumen Analytics Inc.", "lumenanalytics.com",
     "nyc", "en"),
    ("", "Julia", "Schmidt", "Steuerberaterin", "Kanzlei Schmidt & Kollegen", "stb-schmidt.de",
     "fra", "de"),
    ("", "Thomas", "Becker", "Dipl.-Ing. Architekt", "Becker Architekten GmbH", "becker-architekten.de",
     "lei", "de"),
    ("", "Elif", "Yılmaz", "Leiterin Marketing", "Frischkontor Lebensmittel GmbH", "frischkontor.de",
     "han", "de"),
    ("", "Maximilian", "Huber", "Key Account Manager", "Alpenblick Versicherungen AG", "alpenblick.at",
     "wie", "de"),
    ("", "Ursula", "Kößler", "Vorsitzende", "Gründerinnen Netzwerk Franken e.V.", "gruenderinnen-franken.de",
     "nue", "de"),
    ("Dr.", "Stefan", "Zimmermann", "Partner", "Zimmermann Wirtschaftsprüfung GmbH", "zimmermann-wp.de",
     "muc", "de"),
    ("", "Nina", "Weber", "Fotografin", "Nina Weber Fotografie", "ninaweber-foto.de", "dre", "de"),
    ("", "Oliver", "Braun", "Business Development Manager", "Helvetic Data Systems AG", "helvetic-data.ch",
     "zur", "en"),
    ("", "Jürgen", "Fuß", "Schreinermeister", "Schreinerei Fuß GmbH", "schreinerei-fuss.de", "reg", "de"),
    ("", "Franziska", "Maier", "Physiotherapeutin", "Physio im Glasscherbenviertel", "physio-gsv.de",
     "aug", "de"),
    ("", "Mehmet", "Kaya", "Projektleiter", "Rheinwerk Bau GmbH", "rheinwerk-bau.de", "koe", "de"),
    ("", "Charlotte", "Neumann", "Personalreferentin", "Sparkassen-Dienstleistungs GmbH",
     "spk-dienste.de", "fre", "de"),
    ("Dr.", "Emily", "Carter", "CEO & Founder", "Quantleaf Inc.", "quantleaf.io", "nyc", "en"),
    ("", "Björn", "Hoffmann", "Vertriebsleiter", "Hoffmann Etiketten GmbH", "hoffmann-etiketten.de",
     "han", "de"),
    ("", "Lena", "Schröder", "Immobilienmaklerin", "Schröder Immobilien e.K.", "schroeder-immo.de",
     "ham", "de"),
    ("", "Andreas", "Wagner", "Finanzberater", "", "wagner-finanz.de", "stu", "de"),
    ("", "Sophie", "Krüger", "Software Engineer", "Kiezcode GmbH", "kiezcode.de", "ber", "en"),
    ("Prof.", "Gabriele", "Lindner", "Hochschullehrerin", "Hochschule für Technik und Wirtschaft",
     "htw-beispiel.de", "dre", "de"),
    ("", "Markus", "Schulz", "Prokurist", "Schulz & Partner Logistik GmbH & Co. KG", "schulz-logistik.de",
     "dus", "de"),
    ("", "Hannah", "Fischer", "Heilpraktikerin", "Naturheilpraxis Fischer", "naturheilpraxis-fischer.de",
     "fre", "de"),
    ("", "David", "O'Connor", "Managing Director", "Harbourline Partners Ltd", "harbourline.co.uk",
     "lon", "en"),
    ("", "Petra", "Wolf", "Office Managerin", "Wolf Dental Labor GmbH", "wolf-dental.de", "nue", "de"),
    ("", "Karl-Heinz", "Bäumer", "Versicherungsfachmann (IHK)", "Bäumer Versicherungsmakler GmbH",
     "baeumer-makler.de", "mst", "de"),
    ("", "Isabel", "de la Cruz", "Projektmanagerin", "Sonnenfeld Energie GmbH", "sonnenfeld-energie.de",
     "aug", "de"),
    ("", "Tobias", "Lehmann", "Geschäftsführer", "Lehmann IT-Service UG (haftungsbeschränkt)",
     "lehmann-it.de", "lei", "de"),
    ("Dr.", "Ingrid", "Haas", "Zahnärztin", "Zahnarztpraxis Dr. Haas", "zahnarzt-haas.at", "wie", "de"),
    ("", "Felix", "Richter", "Head of Engineering", "Brückner Automation GmbH", "brueckner-automation.de",
     "muc", "en"),
    ("", "Marie", "Klein", "Inhaberin", "Kleines Café am Markt", "cafe-am-markt.de", "reg", "de"),
    ("", "Jan", "van Dijk", "Sales Manager DACH", "Tulip Systems B.V.", "tulipsystems.nl", "dus", "en"),
    ("", "Susanne", "Hartmann", "Fachanwältin für Arbeitsrecht", "Hartmann & Vogt Rechtsanwälte",
     "hartmann-vogt.de", "fra", "de"),
    ("", "Christian", "Schwarz", "Geschäftsführer", "Schwarzwald Outdoor GmbH", "schwarzwald-outdoor.de",
     "fre", "de"),
    ("", "Laura", "Zimmer", "Marketing Consultant", "Zimmer Kommunikation", "zimmer-kommunikation.de",
     "ham", "en"),
    ("Dipl.-Kfm.", "Werner", "Vogel", "Unternehmensberater", "Vogel Consulting GmbH", "vogel-consulting.de",
     "ber", "de"),
    ("", "Anja", "Roth", "Teamleiterin Kundenservice", "Stadtwerke Beispielstadt GmbH",
     "stadtwerke-beispiel.de", "koe", "de"),
    ("", "Florian", "Pfeiffer", "Küchenchef", "Gasthaus Zur Linde", "gasthaus-linde.de", "aug", "de"),
    ("", "Sarah", "Brandt", "Tierärztin", "Tierarztpraxis Brandt", "tierarzt-brandt.de", "han", "de"),
    ("", "Paul", "Keller", "Senior Consultant", "Kellerwerk Digital GmbH", "kellerwerk.de", "stu", "en"),
    ("", "Greta", "Ahrens", "Inhaberin", "Ahrens Buchhandlung e.K.", "buch-ahrens.de", "mst", "de"),
]
# fmt: on


SLOGANS_DE = [
    "Ihr Partner für Steuern und Finanzen",
    "Qualität seit 1952",
    "Beratung mit Herz",
    "Wir bauen Zukunft.",
    "Digital. Einfach. Sicher.",
    "Gemeinsam mehr erreichen",
    "Ihr Partner für Immobilien in der Region",
    "Handwerk mit Leidenschaft",
    "Frisch auf den Tisch",
    "Gesundheit ist unser Antrieb",
]
SLOGANS_EN = [
    "Your partner for growth",
    "Smart data. Better decisions.",
    "Engineering the future",
    "Built for people who build",
    "Clarity in every number",
]

TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "é": "e",
        "ı": "i",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "'": "",
    }
)


def ascii_name(s: str) -> str:
    return s.translate(TRANSLIT).lower().replace(" ", "").replace("-", "-")


# --- phone numbers ------------------------------------------------------------


@dataclass
class Phone:
    kind: str  # landline | mobile | fax
    e164: str
    printed: str  # the number as printed, without its label


def _digits(rng: random.Random, n: int) -> str:
    first = str(rng.randint(2, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _valid(e164: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return False


def de_style_landline(rng: random.Random, area: str, sub: str, ext: str, style: int) -> str:
    full = sub + ext
    if style == 0:
        return f"+49 (0){area} {sub}-{ext}" if ext else f"+49 (0){area} {sub}"
    if style == 1:
        groups = " ".join(sub[i : i + 2] for i in range(0, len(sub), 2))
        return f"0{area} {groups}-{ext}" if ext else f"0{area} {groups}"
    if style == 2:
        return f"0{area}/{full}"
    if style == 3:
        return f"(0{area}) {full[:3]} {full[3:]}"
    if style == 4:
        return f"+49 {area} {full}"
    if style == 5:
        return f"0{area} / {sub}-{ext}" if ext else f"0{area} / {sub}"
    return f"+49-{area}-{full}"


def make_phones(
    rng: random.Random, city: City, count: int, want_mobile: bool, want_fax: bool
) -> list[Phone]:
    """1-3 phone numbers for a card in the city's numbering, printed in a house style."""
    phones: list[Phone] = []
    cc = city.country_code
    style = rng.randint(0, 6)
    kinds = ["landline"]
    if want_mobile:
        kinds.append("mobile")
    if want_fax:
        kinds.append("fax")
    if count == 1:
        kinds = [rng.choice(["landline", "mobile"]) if want_mobile else "landline"]
    kinds = kinds[:count]
    while True:
        sub = _digits(rng, city.sub_len - (1 if cc == "DE" and rng.random() < 0.5 else 0))
        if cc == "US":
            sub = "555" + "01" + f"{rng.randint(0, 99):02d}"
        ext = rng.choice(["0", "0", "", "10", "1"]) if cc == "DE" else ""
        e164 = phonenumbers.format_number(
            phonenumbers.parse(f"+{phonenumbers.country_code_for_region(cc)}{city.area}{sub}{ext}"),
            phonenumbers.PhoneNumberFormat.E164,
        )
        if _valid(e164):
            break
    for kind in kinds:
        if kind == "landline":
            num_sub, num_ext = sub, ext
        elif kind == "fax":
            if ext:  # the fax on the same line with its own extension
                num_sub, num_ext = sub, ext[:-1] + "99"
            else:  # the fax one number up or down, never the phone's own number
                num_sub, num_ext = sub[:-1] + ("9" if sub[-1] != "9" else "8"), ""
        else:
            num_sub, num_ext = "", ""
        if kind == "mobile":
            while True:
                if cc == "DE":
                    pre = rng.choice(MOBILE_PREFIXES)
                    msub = _digits(rng, 7 if pre.startswith("17") or pre.startswith("16") else 8)
                    e = f"+49{pre}{msub}"
                elif cc == "AT":
                    pre = rng.choice(["664", "676", "699"])
                    msub = _digits(rng, 7)
                    e = f"+43{pre}{msub}"
                elif cc == "CH":
                    pre = rng.choice(["79", "78", "76"])
                    msub = _digits(rng, 7)
                    e = f"+41{pre}{msub}"
                elif cc == "GB":
                    pre = "79"
                    msub = _digits(rng, 8)
                    e = f"+44{pre}{msub}"
                else:
                    pre = "646"
                    msub = "55501" + f"{rng.randint(0, 99):02d}"
                    e = f"+1{pre}{msub}"
                if _valid(e):
                    break
            printed = print_mobile(rng, cc, pre, msub)
            phones.append(Phone("mobile", e, printed))
            continue
        e164 = phonenumbers.format_number(
            phonenumbers.parse(
                f"+{phonenumbers.country_code_for_region(cc)}{city.area}{num_sub}{num_ext}"
            ),
            phonenumbers.PhoneNumberFormat.E164,
        )
        assert _valid(e164), e164
        if cc == "DE":
            printed = de_style_landline(rng, city.area, num_sub, num_ext, style)
        else:
            printed = phonenumbers.format_number(
                phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
            if cc == "AT" and style % 2:
                printed = printed.replace("+43 1 ", "+43 (0)1 ")
            if cc == "US" and style % 2:
                full = num_sub + num_ext
                printed = "+1 (" + city.area + ") " + full[:3] + "-" + full[3:]
        phones.append(Phone(kind, e164, printed))
    return phones


def print_mobile(rng: random.Random, cc: str, pre: str, msub: str) -> str:
    if cc != "DE":
        return phonenumbers.format_number(
            phonenumbers.parse(f"+{phonenumbers.country_code_for_region(cc)}{pre}{msub}"),
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        )
    style = rng.randint(0, 4)
    if style == 0:
        return f"0{pre}/{msub}"
    if style == 1:
        return f"0{pre} {msub}"
    if style == 2:
        return f"+49 {pre} {msub}"
    if style == 3:
        groups = " ".join([msub[:3]] + [msub[i : i + 2] for i in range(3, len(msub), 2)])
        return f"+49 (0){pre} {groups}"
    return f"0{pre}-{msub[:3]} {msub[3:]}"


LABELS_DE = {
    "landline": ["Tel.", "Telefon", "T", "Fon", "Tel.:", "T:", "Telefon:"],
    "mobile": ["Mobil", "M", "Handy", "Mobil:", "Mob.", "M:"],
    "fax": ["Fax", "F", "Fax:", "Telefax", "F:"],
}
LABELS_EN = {
    "landline": ["Phone", "T", "Tel", "P", "Office", "Phone:"],
    "mobile": ["Mobile", "M", "Cell", "Mobile:", "M:"],
    "fax": ["Fax", "F", "Fax:"],
}
ICONS = {"landline": "☎", "mobile": "✆", "fax": "℻", "email": "✉", "web": "➚"}
ICON_CHARS = set(ICONS.values())


# --- a card -------------------------------------------------------------------


@dataclass
class Card:
    truth: dict[str, Any]
    name_line: str
    title_line: str
    org_line: str
    contact: list[str]  # phone / e-mail / web lines as printed
    address: list[str]
    slogan: str = ""
    initials: str = ""
    qr: str = ""  # vCard text to print as a QR code
    size: tuple[int, int] = (1050, 600)
    back: bool = False
    style: dict[str, Any] = field(default_factory=dict)


def empty_truth() -> dict[str, Any]:
    return {
        "prefix": "",
        "given_name": "",
        "family_name": "",
        "title": "",
        "organization": "",
        "emails": [],
        "phones": [],
        "urls": [],
        "addresses": [],
    }


def initials_of(org: str, family: str) -> str:
    words = [
        w
        for w in org.replace("&", " ").replace("-", " ").split()
        if w[0].isupper()
        and w
        not in {"GmbH", "AG", "KG", "Co.", "UG", "Ltd", "Inc.", "PartG", "B.V.", "e.K.", "e.V."}
    ]
    letters = "".join(w[0] for w in words[:3]) or family[:2].upper()
    return letters[:3]


def make_card(
    rng: random.Random, idx: int, person: tuple[str, str, str, str, str, str, str, str]
) -> Card:
    prefix, given, family, title, org, domain, city_key, lang = person
    city = CITIES[city_key]
    en = lang == "en"
    truth = empty_truth()
    truth.update(prefix=prefix, given_name=given, family_name=family, title=title, organization=org)

    # phones: 1-3
    n_phones = rng.choice([1, 2, 2, 2, 3, 3])
    want_mobile = rng.random() < 0.7
    want_fax = n_phones == 3 or (not want_mobile and n_phones >= 2)
    phones = make_phones(rng, city, n_phones, want_mobile, want_fax)
    labels = LABELS_EN if en else LABELS_DE
    label_mode = rng.choices(["label", "icon", "none"], weights=[7, 2, 1])[0]
    if label_mode == "none" and (any(p.kind == "fax" for p in phones) or city.country_code == "US"):
        # nobody can tell a fax number, or an American mobile number, without its label
        label_mode = "label"
    lab_idx = rng.randint(0, 10)
    phone_texts = []
    for p in phones:
        if label_mode == "label":
            options = labels[p.kind]
            label = options[lab_idx % len(options)]
            phone_texts.append(f"{label} {p.printed}")
        elif label_mode == "icon":
            phone_texts.append(f"{ICONS[p.kind]} {p.printed}")
        else:
            phone_texts.append(p.printed)
        truth["phones"].append(
            {"value": p.e164, "types": {"landline": LANDLINE, "mobile": MOBILE, "fax": FAX}[p.kind]}
        )

    # e-mail
    g, f = ascii_name(given.split("-")[0]), ascii_name(family.split()[-1])
    email = rng.choice(
        [
            f"{g}.{f}@{domain}",
            f"{g[0]}.{f}@{domain}",
            f"{f}@{domain}",
            f"{g}@{domain}",
            f"{g[0]}{f}@{domain}",
        ]
    )
    emails = [email]
    if rng.random() < 0.12:
        emails.append(f"info@{domain}")
    truth["emails"] = emails
    email_label = (
        rng.choice(["", "", "E-Mail ", "E-Mail: ", "E ", "Mail: ", "✉ "])
        if not en
        else rng.choice(["", "Email ", "E ", "✉ ", "email: "])
    )
    email_texts = [email_label + e for e in emails]

    # web
    url_texts: list[str] = []
    web = rng.choice(
        [f"www.{domain}", f"www.{domain}", domain, f"https://www.{domain}", f"https://{domain}"]
    )
    if rng.random() < 0.85:
        truth["urls"].append(web)
        url_texts.append(rng.choice(["", "", "Web ", "W ", "Web: ", "Internet: "]) + web)
    if rng.random() < 0.3:
        slug = f"{g}-{f}" + rng.choice(
            ["", f"-{rng.randint(10, 99)}", f"-{rng.randint(100, 999):x}"]
        )
        li = rng.choice([f"linkedin.com/in/{slug}", f"www.linkedin.com/in/{slug}"])
        truth["urls"].append(li)
        url_texts.append(rng.choice(["", "in ", "LinkedIn: "]) + li)
    elif rng.random() < 0.2 and not en:
        xing_slug = (
            given.split("-")[0].translate(TRANSLIT) + "_" + family.split()[-1].translate(TRANSLIT)
        )
        xing = f"xing.com/profile/{xing_slug}" + rng.choice(["", "2", "3"])
        truth["urls"].append(xing)
        url_texts.append(rng.choice(["", "XING: "]) + xing)

    # address
    address_lines: list[str] = []
    if city.streets[0] and rng.random() < 0.85:
        street = rng.choice(city.streets)
        pc = rng.choice(city.postal_codes)
        country = ""
        if city.country_code != "DE" or rng.random() < 0.15:
            country = city.country_en if en else city.country_de
        pc_print = pc
        if city.country_code in ("AT", "CH") and rng.random() < 0.6:
            pc_print = city.postal_prefix + pc
        elif city.country_code == "DE" and rng.random() < 0.08:
            pc_print = "D-" + pc
        if rng.random() < 0.06 and city.country_code == "DE":
            street = (
                "c/o "
                + rng.choice(["WERK1", "Coworking Loft", "Haus der Wirtschaft"])
                + ", "
                + street
            )
        if city.country_code == "GB":
            town = f"{city.locality} {pc_print}"
        else:
            town = f"{pc_print} {city.locality}"
        truth["addresses"].append(
            {"street": street, "postal_code": pc, "locality": city.locality, "country": country}
        )
        street_lines = street.split(", ") if street.startswith("c/o") else [street]
        if rng.random() < 0.35 and not street.startswith("c/o"):
            sep = rng.choice([" · ", " | ", ", ", " – "])
            address_lines = [street + sep + town + (sep + country if country else "")]
        else:
            address_lines = [*street_lines, town] + ([country] if country else [])

    slogan = ""
    if rng.random() < 0.3:
        slogan = rng.choice(SLOGANS_EN if en else SLOGANS_DE)

    # the name as printed
    name_line = " ".join(p for p in (prefix, given, family) if p)
    contact: list[str] = []
    # sometimes two things on one line
    if len(phone_texts) >= 2 and rng.random() < 0.25:
        sep = rng.choice(["  ·  ", "  |  ", "   "])
        contact.append(phone_texts[0] + sep + phone_texts[1])
        contact.extend(phone_texts[2:])
    else:
        contact.extend(phone_texts)
    if email_texts and url_texts and rng.random() < 0.2 and len(email_texts[0] + url_texts[0]) < 44:
        contact.append(email_texts[0] + "  ·  " + url_texts[0])
        contact.extend(email_texts[1:])
        contact.extend(url_texts[1:])
    else:
        contact.extend(email_texts)
        contact.extend(url_texts)
    return Card(
        truth=truth,
        name_line=name_line,
        title_line=title,
        org_line=org,
        contact=contact,
        address=address_lines,
        slogan=slogan,
        initials=initials_of(org or family, family),
    )


def vcard_of(t: dict[str, Any]) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{t['family_name']};{t['given_name']};;{t['prefix']};",
        "FN:" + " ".join(p for p in (t["prefix"], t["given_name"], t["family_name"]) if p),
    ]
    if t["organization"]:
        lines.append(f"ORG:{t['organization']}")
    if t["title"]:
        lines.append(f"TITLE:{t['title']}")
    for p in t["phones"]:
        lines.append(f"TEL;TYPE={','.join(x.upper() for x in p['types'])}:{p['value']}")
    for e in t["emails"]:
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    for u in t["urls"]:
        lines.append(f"URL:{u if u.startswith('http') else 'https://' + u}")
    for a in t["addresses"]:
        lines.append(
            f"ADR;TYPE=WORK:;;{a['street']};{a['locality']};;{a['postal_code']};{a['country']}"
        )
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


# --- drawing ------------------------------------------------------------------

PALETTES = [
    # background, text, accent, muted
    ((255, 255, 255), (25, 25, 30), (0, 82, 155), (90, 90, 95)),
    ((250, 248, 240), (40, 35, 30), (150, 30, 40), (105, 95, 85)),
    ((255, 255, 255), (30, 30, 30), (0, 130, 90), (100, 100, 100)),
    ((245, 247, 250), (20, 30, 50), (230, 120, 0), (80, 90, 110)),
    ((255, 253, 247), (60, 40, 20), (120, 80, 40), (120, 100, 80)),
    ((235, 242, 250), (10, 40, 80), (10, 40, 80), (60, 80, 110)),
    ((255, 255, 255), (0, 0, 0), (200, 0, 90), (80, 80, 80)),
]
DARK_PALETTES = [
    ((28, 30, 36), (240, 240, 240), (230, 180, 60), (190, 190, 195)),
    ((10, 45, 80), (255, 255, 255), (120, 200, 255), (200, 215, 235)),
    ((45, 20, 50), (250, 245, 250), (240, 140, 200), (210, 195, 215)),
    ((20, 60, 45), (240, 250, 240), (200, 230, 120), (200, 220, 205)),
]


def fit(
    draw: ImageDraw.ImageDraw, text: str, face: str, size: int, max_w: float
) -> ImageFont.FreeTypeFont:
    while size > 16:
        f = font(face, size)
        if draw.textlength(text, font=f) <= max_w:
            return f
        size -= 1
    return font(face, size)


def draw_logo(
    img: Image.Image,
    cx: float,
    cy: float,
    r: float,
    shape: str,
    initials: str,
    fill: tuple[int, int, int],
    text_fill: tuple[int, int, int],
    face: str,
) -> None:
    d = ImageDraw.Draw(img)
    box = (cx - r, cy - r, cx + r, cy + r)
    if shape == "circle":
        d.ellipse(box, fill=fill)
    elif shape == "square":
        d.rectangle(box, fill=fill)
    elif shape == "rounded":
        d.rounded_rectangle(box, radius=r * 0.35, fill=fill)
    elif shape == "diamond":
        d.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=fill)
    elif shape == "hexagon":
        d.polygon(
            [
                (cx + r * math.cos(a), cy + r * math.sin(a))
                for a in [math.pi / 3 * k + math.pi / 6 for k in range(6)]
            ],
            fill=fill,
        )
    elif shape == "ring":
        d.ellipse(box, outline=fill, width=max(4, int(r / 6)))
        text_fill = fill
    elif shape == "triangle":
        d.polygon([(cx, cy - r), (cx + r, cy + r * 0.8), (cx - r, cy + r * 0.8)], fill=fill)
    if initials:
        size = int(r * (0.9 if len(initials) <= 2 else 0.65))
        f = font(face, size)
        d.text(
            (cx, cy + (r * 0.15 if shape == "triangle" else 0)),
            initials,
            font=f,
            fill=text_fill,
            anchor="mm",
        )


class Painter:
    """Draws lines of text onto a card, keeping fonts and colours of its style."""

    def __init__(self, card: Card, rng: random.Random) -> None:
        self.card = card
        self.rng = rng
        w, h = card.size
        dark = card.style.get("dark", False)
        pal = rng.choice(DARK_PALETTES if dark else PALETTES)
        self.bg, self.fg, self.accent, self.muted = pal
        self.img = Image.new("RGB", (w, h), self.bg)
        self.d = ImageDraw.Draw(self.img)
        fam = FAMILIES[card.style.get("family", "sans")]
        self.regular, self.bold, self.italic = fam["regular"], fam["bold"], fam["italic"]
        self.w, self.h = w, h
        self.m = int(min(w, h) * rng.uniform(0.08, 0.11))
        self.name_size = rng.randint(46, 58)
        self.title_size = rng.randint(27, 32)
        self.small = rng.randint(23, 27)

    def text(
        self,
        xy: tuple[float, float],
        s: str,
        face: str,
        size: int,
        fill: Any,
        anchor: str = "la",
        max_w: float | None = None,
    ) -> int:
        if any(ch in ICON_CHARS for ch in s) and (
            face.startswith("DejaVuSerif") or "Light" in face
        ):
            face = "DejaVuSans"  # the serif and light faces have no such symbols
        if face.startswith("DejaVuSansMono") and "℻" in s:
            face = "DejaVuSans"
        f = fit(self.d, s, face, size, max_w or (self.w - 2 * self.m))
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor)
        return int(f.size * 1.32)

    def block(
        self,
        x: float,
        y: float,
        lines: list[str],
        size: int,
        anchor: str = "la",
        max_w: float | None = None,
        fill: Any = None,
        face: str | None = None,
    ) -> float:
        for s in lines:
            y += self.text((x, y), s, face or self.regular, size, fill or self.fg, anchor, max_w)
        return y

    def block_height(self, lines: list[str], size: int) -> int:
        return int(len(lines) * size * 1.32)

    def logo(self, cx: float, cy: float, r: float) -> None:
        shape = self.card.style.get("logo", "circle")
        draw_logo(
            self.img,
            cx,
            cy,
            r,
            shape,
            self.card.initials,
            self.accent,
            self.bg,
            FAMILIES["sans"]["bold"],
        )


def lay_out(card: Card, rng: random.Random) -> Image.Image:
    p = Painter(card, rng)
    c = card
    w, h, m = p.w, p.h, p.m
    layout = c.style.get("layout", "classic")
    contact = c.contact + c.address
    if c.back:
        p.logo(w / 2, h * 0.42, h * 0.2)
        if c.slogan:
            p.text((w / 2, h * 0.75), c.slogan, p.italic, 36, p.muted, "ma")
        return p.img
    qr_img = None
    if c.qr:
        q = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2, box_size=6)
        q.add_data(c.qr.encode("utf-8"))
        q.make(fit=True)
        qr_img = q.make_image(fill_color="black", back_color="white").convert("RGB")
        side = int(h * 0.46)
        qr_img = qr_img.resize((side, side), Image.NEAREST)
    if layout == "classic":
        # name top-left, logo top-right, contact block at the bottom-left
        r = h * 0.1
        p.logo(w - m - r, m + r, r)
        y = m
        y += p.text((m, y), c.name_line, p.bold, p.name_size, p.fg, max_w=w - 2 * m - 2.4 * r)
        if c.title_line:
            y += p.text(
                (m, y),
                c.title_line,
                p.italic if rng.random() < 0.4 else p.regular,
                p.title_size,
                p.muted,
                max_w=w - 2 * m - 2.4 * r,
            )
        if c.org_line:
            y += p.text(
                (m, y + 4),
                c.org_line,
                p.bold,
                p.title_size,
                p.accent,
                max_w=(w - 2 * m - (qr_img.width if qr_img else 0)),
            )
        size = p.small
        avail = h - m - y - 16
        while p.block_height(contact, size) > avail and size > 19:
            size -= 1
        if p.block_height(contact, size) > avail:
            # two columns
            left, right = c.contact, c.address
            yb = h - m - p.block_height(left, size)
            p.block(m, yb, left, size, max_w=w / 2 - m)
            yb = h - m - p.block_height(right, size)
            p.block(w - m, yb, right, size, anchor="ra", max_w=w / 2 - m)
        else:
            yb = h - m - p.block_height(contact, size)
            p.block(m, yb, contact, size, max_w=w - 2 * m - (qr_img.width + 10 if qr_img else 0))
    elif layout == "centred":
        r = h * 0.075
        y = m * 0.7
        p.logo(w / 2, y + r, r)
        y += 2 * r + 10
        if c.org_line:
            y += p.text((w / 2, y), c.org_line, p.bold, p.small + 2, p.accent, "ma")
        y += 6
        y += p.text((w / 2, y), c.name_line, p.bold, p.name_size, p.fg, "ma")
        if c.title_line:
            y += p.text((w / 2, y), c.title_line, p.regular, p.title_size - 2, p.muted, "ma")
        p.d.line([(w / 2 - 90, y + 4), (w / 2 + 90, y + 4)], fill=p.accent, width=3)
        lines = join_pairs(c.contact, "  ·  ", 58) + ([" · ".join(c.address)] if c.address else [])
        size = p.small - 1
        avail = h - m * 0.6 - y - 14
        while p.block_height(lines, size) > avail and size > 18:
            size -= 1
        yb = h - m * 0.6 - p.block_height(lines, size)
        p.block(w / 2, yb, lines, size, anchor="ma")
    elif layout == "right_column":
        split = w * 0.38
        p.d.rectangle([0, 0, split, h], fill=p.accent)
        r = h * 0.13
        p.logo(split / 2, h * 0.36, r)
        # the logo is drawn in accent on accent: redraw in background colour
        draw_logo(
            p.img,
            split / 2,
            h * 0.36,
            r,
            c.style.get("logo", "circle"),
            c.initials,
            p.bg,
            p.accent,
            FAMILIES["sans"]["bold"],
        )
        if c.org_line:
            org_lines = wrap(p.d, c.org_line, font(p.bold, p.small), split - 50)
            p.block(
                split / 2,
                h * 0.36 + r + 24,
                org_lines,
                p.small,
                anchor="ma",
                max_w=split - 40,
                fill=p.bg,
                face=p.bold,
            )
        x = split + m * 0.8
        y = m
        y += p.text((x, y), c.name_line, p.bold, p.name_size - 4, p.fg, max_w=w - x - m * 0.6)
        if c.title_line:
            y += p.text(
                (x, y), c.title_line, p.regular, p.title_size - 2, p.muted, max_w=w - x - m * 0.6
            )
        size = p.small - 1
        avail = h - m - y - 20
        while p.block_height(contact, size) > avail and size > 18:
            size -= 1
        yb = h - m * 0.8 - p.block_height(contact, size)
        p.block(x, yb, contact, size, max_w=w - x - m * 0.5)
    elif layout == "logo_block":
        r = h * 0.08
        p.logo(m + r, m + r, r)
        if c.org_line:
            p.text(
                (m + 2 * r + 24, m + r),
                c.org_line,
                p.bold,
                p.title_size + 4,
                p.accent,
                "lm",
                max_w=w - 2 * m - 2 * r - 24,
            )
        y = m + 2 * r + 30
        y += p.text((m, y), c.name_line, p.bold, p.name_size - 6, p.fg)
        if c.title_line:
            y += p.text((m, y), c.title_line, p.regular, p.title_size - 3, p.muted)
        size = p.small - 2
        left, right = c.contact, c.address
        if qr_img is not None:
            right = []
            left = c.contact + c.address
        hl, hr = p.block_height(left, size), p.block_height(right, size)
        while max(hl, hr) > h - m * 0.7 - y - 10 and size > 18:
            size -= 1
            hl, hr = p.block_height(left, size), p.block_height(right, size)
        p.block(m, h - m * 0.7 - hl, left, size, max_w=w * 0.55 - m)
        p.block(w - m, h - m * 0.7 - hr, right, size, anchor="ra", max_w=w * 0.42 - m)
    elif layout == "bottom_band":
        band = h * 0.3
        p.d.rectangle([0, h - band, w, h], fill=p.accent)
        y = m * 0.8
        y += p.text((m, y), c.name_line, p.bold, p.name_size, p.fg, max_w=w * 0.56 - m)
        if c.title_line:
            y += p.text((m, y), c.title_line, p.regular, p.title_size, p.muted, max_w=w * 0.56 - m)
        if c.org_line:
            org_lines = wrap(p.d, c.org_line, font(p.bold, p.title_size), w * 0.36)
            p.block(
                w - m,
                m * 0.8,
                org_lines,
                p.title_size - 2,
                anchor="ra",
                max_w=w * 0.36,
                fill=p.accent,
                face=p.bold,
            )
        lines = join_pairs(c.contact, "  |  ", 60)
        addr = ["  |  ".join(c.address)] if c.address else []
        size = p.small - 2
        inner = band - 24
        # what does not fit the band goes above it
        band_lines = lines
        above = addr
        if p.block_height(band_lines, size) > inner:
            above = band_lines[2:] + addr
            band_lines = band_lines[:2]
        ink = (255, 255, 255) if sum(p.accent) < 450 else (0, 0, 0)
        yb = h - band + (band - p.block_height(band_lines, size)) / 2
        p.block(m, yb, band_lines, size, fill=ink, max_w=w - 2 * m)
        if above:
            ya = h - band - 12 - p.block_height(above, size)
            p.block(m, ya, above, size, max_w=w - 2 * m)
    elif layout == "two_columns":
        mid = w * 0.46
        p.d.line([(mid, m), (mid, h - m)], fill=p.accent, width=3)
        y = m
        r = h * 0.07
        p.logo(m + r, y + r, r)
        y += 2 * r + 18
        y += p.text((m, y), c.name_line, p.bold, p.name_size - 8, p.fg, max_w=mid - m - 20)
        if c.title_line:
            tl = wrap(p.d, c.title_line, font(p.regular, p.title_size - 4), mid - m - 20)
            y = p.block(m, y, tl, p.title_size - 4, fill=p.muted, max_w=mid - m - 20)
        if c.org_line:
            ol = wrap(p.d, c.org_line, font(p.bold, p.small), mid - m - 20)
            p.block(m, y + 6, ol, p.small, fill=p.accent, face=p.bold, max_w=mid - m - 20)
        size = p.small - 1
        x = mid + 30
        avail = h - 2 * m
        while p.block_height(contact, size) > avail and size > 18:
            size -= 1
        yb = (h - p.block_height(contact, size)) / 2
        p.block(x, yb, contact, size, max_w=w - x - m * 0.6)
    elif layout == "top_band":
        band = h * 0.24
        p.d.rectangle([0, 0, w, band], fill=p.accent)
        ink = (255, 255, 255) if sum(p.accent) < 450 else (0, 0, 0)
        r = band * 0.34
        draw_logo(
            p.img,
            m + r,
            band / 2,
            r,
            c.style.get("logo", "circle"),
            c.initials,
            ink,
            p.accent,
            FAMILIES["sans"]["bold"],
        )
        if c.org_line:
            p.text(
                (m + 2 * r + 20, band / 2),
                c.org_line,
                p.bold,
                p.title_size,
                ink,
                "lm",
                max_w=w - 2 * m - 2 * r - 20,
            )
        y = band + 28
        y += p.text((m, y), c.name_line, p.bold, p.name_size - 6, p.fg)
        if c.title_line:
            y += p.text((m, y), c.title_line, p.italic, p.title_size - 3, p.muted)
        size = p.small - 2
        avail = h - m * 0.6 - y - 8
        right = contact
        while p.block_height(right, size) > avail and size > 18:
            size -= 1
        if p.block_height(right, size) > avail:
            left = right[: len(right) // 2]
            right = right[len(right) // 2 :]
            p.block(m, h - m * 0.6 - p.block_height(left, size), left, size, max_w=w / 2 - m)
        p.block(
            w - m,
            h - m * 0.6 - p.block_height(right, size),
            right,
            size,
            anchor="ra",
            max_w=w * 0.6 - m,
        )
    elif layout == "portrait":
        r = w * 0.12
        y = m
        p.logo(w / 2, y + r, r)
        y += 2 * r + 30
        if c.org_line:
            ol = wrap(p.d, c.org_line, font(p.bold, p.small + 2), w - 2 * m)
            y = p.block(w / 2, y, ol, p.small + 2, anchor="ma", fill=p.accent, face=p.bold)
        y += 60
        nl = wrap(p.d, c.name_line, font(p.bold, p.name_size - 6), w - 2 * m)
        y = p.block(w / 2, y, nl, p.name_size - 6, anchor="ma", face=p.bold)
        if c.title_line:
            tl = wrap(p.d, c.title_line, font(p.regular, p.title_size - 2), w - 2 * m)
            y = p.block(w / 2, y, tl, p.title_size - 2, anchor="ma", fill=p.muted)
        size = p.small - 2
        yb = h - m - p.block_height(contact, size)
        p.block(w / 2, yb, contact, size, anchor="ma", max_w=w - 2 * m)
    if c.slogan and layout in ("classic", "logo_block", "two_columns", "top_band"):
        # a tagline in small italics along the top/right edge
        if layout == "two_columns":
            p.text((w / 2, h - m * 0.45), c.slogan, p.italic, 20, p.muted, "ma")
        elif layout == "top_band":
            pass
        else:
            p.text(
                (w - m, h - m * 0.55 - 150 if layout == "classic" else m * 0.5),
                c.slogan,
                p.italic,
                21,
                p.muted,
                "ra",
                max_w=w * 0.45,
            )
    if qr_img is not None:
        p.img.paste(qr_img, (int(w - m * 0.6 - qr_img.width), int(h - m * 0.6 - qr_img.height)))
    return p.img


def join_pairs(lines: list[str], sep: str, limit: int) -> list[str]:
    """Puts two short lines on one line, as centred cards and bands do."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and len(lines[i]) + len(lines[i + 1]) + len(sep) <= limit:
            out.append(lines[i] + sep + lines[i + 1])
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return out


def wrap(d: ImageDraw.ImageDraw, text: str, f: ImageFont.FreeTypeFont, max_w: float) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = ""
    for word in words:
        trial = (cur + " " + word).strip()
        if d.textlength(trial, font=f) <= max_w or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


# --- photographing ---------------------------------------------------------------


def smooth_noise(rng: np.random.Generator, h: int, w: int, scale: int) -> np.ndarray:
    small = rng.random((max(2, h // scale), max(2, w // scale))).astype(np.float32)
    img = Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return np.asarray(img, dtype=np.float32) / 255.0


def table(rng: np.random.Generator, w: int, h: int, kind: str) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array(rng.choice([[150, 105, 65], [120, 80, 50], [185, 145, 100]]), np.float32)
        warp = smooth_noise(rng, h, w, 120) * 40
        grain = np.sin((yy + warp) / rng.uniform(7, 14)) * 0.5 + 0.5
        fine = smooth_noise(rng, h, w, 6) * 0.3
        v = 0.78 + 0.16 * grain + 0.12 * fine
        img = base[None, None, :] * v[..., None]
    elif kind == "desk":
        base = np.array(rng.choice([[185, 185, 180], [150, 155, 160], [205, 200, 190]]), np.float32)
        v = 0.9 + 0.1 * smooth_noise(rng, h, w, 40) + 0.05 * smooth_noise(rng, h, w, 4)
        img = base[None, None, :] * v[..., None]
    else:  # dark cloth
        base = np.array(rng.choice([[45, 45, 55], [30, 40, 60], [60, 35, 35]]), np.float32)
        weave = (np.sin(xx / 1.7) * np.sin(yy / 1.7)) * 0.04
        v = 0.85 + 0.2 * smooth_noise(rng, h, w, 60) + weave + 0.08 * smooth_noise(rng, h, w, 3)
        img = base[None, None, :] * v[..., None]
    return img


def perspective_coeffs(
    dst: list[tuple[float, float]], src: list[tuple[float, float]]
) -> list[float]:
    """Coefficients for PIL's PERSPECTIVE transform mapping output ``dst`` to input ``src``."""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.extend([u, v])
    res = np.linalg.solve(np.array(a, dtype=np.float64), np.array(b, dtype=np.float64))
    return [float(x) for x in res]


def place(
    canvas: np.ndarray,
    card: Image.Image,
    center: tuple[float, float],
    width: float,
    angle: float,
    rng: np.random.Generator,
) -> np.ndarray:
    """Lays ``card`` on the canvas, turned by ``angle`` degrees and seen at a slant."""
    h_img, w_img = canvas.shape[:2]
    cw, ch = card.size
    scale = width / cw
    hw, hh = cw * scale / 2, ch * scale / 2
    corners = [(-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh)]
    # perspective: one edge a little shorter than the other
    k = rng.uniform(-0.06, 0.06)
    k2 = rng.uniform(-0.04, 0.04)
    corners = [(x * (1 + k * (y / hh)), y * (1 + k2 * (x / hw))) for x, y in corners]
    corners = [(x + rng.normal(0, hw * 0.012), y + rng.normal(0, hh * 0.012)) for x, y in corners]
    t = math.radians(angle)
    dst = [
        (
            center[0] + x * math.cos(t) - y * math.sin(t),
            center[1] + x * math.sin(t) + y * math.cos(t),
        )
        for x, y in corners
    ]
    src = [(0.0, 0.0), (float(cw), 0.0), (float(cw), float(ch)), (0.0, float(ch))]
    coeffs = perspective_coeffs(dst, src)
    size = (w_img, h_img)
    warped = card.transform(size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", card.size, 255).transform(size, Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    # a soft shadow under the card
    shadow = mask.filter(ImageFilter.GaussianBlur(14))
    off = (int(rng.integers(4, 14)), int(rng.integers(6, 16)))
    shadow_a = np.zeros((h_img, w_img), np.float32)
    sa = np.asarray(shadow, np.float32) / 255.0
    shadow_a[off[1] :, off[0] :] = sa[: h_img - off[1], : w_img - off[0]]
    canvas = canvas * (1 - 0.45 * shadow_a[..., None])
    m = np.asarray(mask, np.float32)[..., None] / 255.0
    return canvas * (1 - m) + np.asarray(warped, np.float32) * m


def photograph(
    cards: list[Image.Image],
    rng: np.random.Generator,
    upside_down: bool = False,
    arrangement: str = "single",
) -> Image.Image:
    long_side = int(rng.integers(1600, 2001))
    portrait_card = cards[0].height > cards[0].width
    if arrangement == "stacked" or (portrait_card and arrangement == "single"):
        w, h = int(long_side * 0.75), long_side
    else:
        w, h = long_side, int(long_side * 0.75)
    kind = ["wood", "desk", "cloth"][int(rng.integers(0, 3))]
    canvas = table(rng, w, h, kind)
    if arrangement == "single":
        cw = (w if not portrait_card else w * 1.0) * float(rng.uniform(0.6, 0.74))
        if portrait_card:
            cw = w * float(rng.uniform(0.55, 0.65))
        center = (
            w / 2 + float(rng.uniform(-0.05, 0.05)) * w,
            h / 2 + float(rng.uniform(-0.05, 0.05)) * h,
        )
        angle = float(rng.uniform(-10, 10)) + (180 if upside_down else 0)
        canvas = place(canvas, cards[0], center, cw, angle, rng)
    elif arrangement == "side_by_side":
        for i, card in enumerate(cards):
            center = (w * (0.26 + 0.49 * i), h / 2 + float(rng.uniform(-0.06, 0.06)) * h)
            canvas = place(canvas, card, center, w * 0.44, float(rng.uniform(-7, 7)), rng)
    else:  # stacked: one above the other
        for i, card in enumerate(cards):
            center = (w / 2 + float(rng.uniform(-0.04, 0.04)) * w, h * (0.27 + 0.47 * i))
            canvas = place(canvas, card, center, w * 0.8, float(rng.uniform(-6, 6)), rng)
    # uneven light: a gradient from one side and a vignette
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = float(rng.uniform(0, 2 * math.pi))
    grad = (xx / w - 0.5) * math.cos(a) + (yy / h - 0.5) * math.sin(a)
    light = 1.0 + grad * float(rng.uniform(0.2, 0.5))
    r2 = (xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2
    light *= 1.0 - r2 * float(rng.uniform(0.3, 0.7))
    tint = np.array([1.0, 1.0, 1.0]) + rng.uniform(-0.05, 0.05, 3)
    canvas = canvas * light[..., None] * tint[None, None, :] * float(rng.uniform(0.85, 1.05))
    canvas = canvas + rng.normal(0, 1.5, canvas.shape)
    img = Image.fromarray(np.clip(canvas, 0, 255).astype(np.uint8))
    return img.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.5, 1.3))))


# --- the set ---------------------------------------------------------------------

LAYOUTS = [
    "classic",
    "centred",
    "right_column",
    "logo_block",
    "bottom_band",
    "two_columns",
    "top_band",
]
LOGOS = ["circle", "square", "rounded", "diamond", "hexagon", "ring", "triangle"]


def slug(card: Card) -> str:
    t = card.truth
    name = (t["family_name"].split()[-1] if t["family_name"] else "back").translate(TRANSLIT)
    return "".join(ch for ch in name.lower() if ch.isalnum())


def build() -> tuple[list[tuple[str, list[Card], dict[str, Any]]], random.Random]:
    rng = random.Random(SEED)
    cards = [make_card(rng, i, p) for i, p in enumerate(PEOPLE)]
    for i, card in enumerate(cards):
        card.style = {
            "layout": LAYOUTS[(i * 3 + rng.randint(0, 6)) % len(LAYOUTS)],
            "family": rng.choice(list(FAMILIES)),
            "dark": rng.random() < 0.2,
            "logo": rng.choice(LOGOS),
        }
        if i % 9 == 4:
            card.size = (1004, 650)  # 85 x 55 mm
    # a portrait card
    cards[19].size = (600, 1050)
    cards[19].style["layout"] = "portrait"
    # two cards with a QR code holding a vCard; the vCard says more than the print
    for i, (what, printed) in (
        (15, ("organization", "Zimmermann WP")),
        (25, ("title", "Finanzberater")),
    ):
        c = cards[i]
        t = c.truth
        if what == "organization":
            c.org_line = printed  # the print has the short name; the vCard the whole one
        else:
            t["title"] = "Unabhängiger Finanzberater (IHK)"
            c.title_line = printed
        c.qr = vcard_of(t)
        c.style["layout"] = "classic" if i == 15 else "logo_block"
        c.style["dark"] = False

    # rarer things a networker meets, each on one card
    def address(card: Card, lines: list[str], street: str, pc: str, country: str = "") -> None:
        town = card.truth["addresses"][0]["locality"] if card.truth["addresses"] else ""
        card.address = lines
        card.truth["addresses"] = [
            {"street": street, "postal_code": pc, "locality": town or "Münster", "country": country}
        ]

    address(
        cards[17],
        ["Langstrasse 112", "CH-8004 Zürich", "Switzerland"],
        "Langstrasse 112",
        "8004",
        "Switzerland",
    )
    address(cards[32], ["Postfach 10 12 34", "48001 Münster"], "Postfach 10 12 34", "48001")
    address(
        cards[36],
        ["Leopoldstraße 12a", "81675 München", "Germany"],
        "Leopoldstraße 12a",
        "81675",
        "Germany",
    )
    address(
        cards[42],
        ["c/o Coworking Loft", "Kastanienallee 12", "10997 Berlin"],
        "c/o Coworking Loft, Kastanienallee 12",
        "10997",
    )
    cards[24].contact = [
        "Telefax " + line[4:] if line.startswith("Fax ") else line for line in cards[24].contact
    ]
    # the sets of photos
    photos: list[tuple[str, list[Card], dict[str, Any]]] = []
    singles = cards[:44]
    for n, card in enumerate(singles, start=1):
        extra: dict[str, Any] = {}
        if n == 31:
            extra["upside_down"] = True
        photos.append((f"{n:02d}-{slug(card)}.jpg", [card], extra))
    # two photos with two cards each
    photos.append(
        (
            f"{len(photos) + 1:02d}-two-cards-side-by-side.jpg",
            cards[44:46],
            {"arrangement": "side_by_side"},
        )
    )
    photos.append(
        (f"{len(photos) + 1:02d}-two-cards-stacked.jpg", cards[46:48], {"arrangement": "stacked"})
    )
    # the back of card 1: logo and slogan only
    front = singles[0]
    back = Card(
        truth=empty_truth(),
        name_line="",
        title_line="",
        org_line="",
        contact=[],
        address=[],
        slogan="Ihr Partner für Steuern und Finanzen",
        initials=front.initials,
        style=dict(front.style),
        back=True,
    )
    photos.append((f"{len(photos) + 1:02d}-back-of-01.jpg", [back], {"back_of": photos[0][0]}))
    return photos, rng


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jpg"):
        old.unlink()
    photos, rng = build()
    nrng = np.random.default_rng(SEED)
    truth: dict[str, list[dict[str, Any]]] = {}
    for name, cards, extra in photos:
        images = [lay_out(c, rng) for c in cards]
        photo = photograph(
            images,
            nrng,
            upside_down=extra.get("upside_down", False),
            arrangement=extra.get("arrangement", "single"),
        )
        buf = io.BytesIO()
        photo.save(buf, "JPEG", quality=int(nrng.integers(70, 91)))
        (out / name).write_bytes(buf.getvalue())
        entries = []
        for c in cards:
            t = dict(c.truth)
            if c.back:
                t["back_of"] = extra["back_of"]
            entries.append(t)
        truth[name] = entries
    (out / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    total = sum(f.stat().st_size for f in out.iterdir())
    print(f"{len(photos)} photos, {total / 1e6:.1f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
