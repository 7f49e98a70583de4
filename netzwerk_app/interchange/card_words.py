"""Word lists for reading business cards: legal forms, job titles, prefixes, labels.

German and English, as printed on cards a networker in Germany, Austria or
Switzerland is handed. Matching is done by ``card_parse`` and ``card_fields``;
this module only holds the words and the patterns built from them.
"""

from __future__ import annotations

import re

# Legal forms of organisations, longest first so that "GmbH & Co. KG" wins over "KG".
LEGAL_FORMS = (
    "GmbH & Co. KGaA", "GmbH & Co. KG", "GmbH & Co KG", "AG & Co. KG",
    "UG (haftungsbeschränkt) & Co. KG", "UG (haftungsbeschränkt)", "UG (haftungsbeschrankt)",
    "PartG mbB", "PartGmbB", "Partnerschaftsgesellschaft mbB", "Partnerschaftsgesellschaft",
    "gGmbH", "GmbH", "mbH", "mbB", "KGaA", "e.Kfr.", "e.Kfm.", "e. K.", "e.K.", "e. V.", "e.V.",
    "eG", "OHG", "GbR", "KG", "AG", "SE", "UG", "Ltd.", "Ltd", "Limited", "LLC", "LLP", "Inc.",
    "Inc", "Corp.", "PLC", "plc", "S.A.", "S.à r.l.", "S.à.r.l.", "SARL", "S.r.l.", "B.V.", "N.V.",
    "Co. KG",
)

# A legal form as a word of its own (not "AG" inside "AGENTUR").
LEGAL_FORM_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(form).replace(r"\ ", r"\s*") for form in LEGAL_FORMS)
    + r")(?![\w])",
)

_LEGAL_FORM_UPPER_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(form.upper()).replace(r"\ ", r"\s*") for form in LEGAL_FORMS)
    + r")(?![\w])",
)


def legal_form(text: str) -> re.Match[str] | None:
    """The legal form in ``text``; a line printed in capitals may print it so ("GMBH")."""
    found = LEGAL_FORM_RE.search(text)
    if found is None and text.isupper():
        found = _LEGAL_FORM_UPPER_RE.search(text)
    return found


# Words that make a line an organisation even without a legal form.
ORG_WORDS = (
    "gesellschaft", "kanzlei", "praxis", "agentur", "studio", "verlag", "verband", "verein",
    "stiftung", "institut", "akademie", "bäckerei", "werkstatt", "manufaktur", "consulting",
    "solutions", "group", "gruppe", "partners", "partner mbb", "holding", "services", "software",
    "systems", "technologies", "labs", "hochschule", "universität", "university", "klinik",
    "apotheke", "immobilien", "steuerberatung", "rechtsanwälte", "architekten", "ingenieure",
    "büro", "praxis", "hochschule", "café", "cafe", "gasthaus", "restaurant", "hotel",
    "fotografie", "kommunikation", "schreinerei", "buchhandlung", "versicherungen", "physio",
    "bank", "stadtwerke", "steuerkanzlei", "ingenieurbüro", "rechtsanwaltskanzlei", "logistik",
    "media", "medien", "events",
)

# Job titles, German and English (lower case; matched as words or word starts).
TITLE_WORDS = (
    "geschäftsführer", "geschäftsführerin", "geschäftsführung", "geschaftsfuhrer", "inhaber",
    "inhaberin", "gründer", "gründerin", "mitgründer", "mitgründerin", "steuerberater",
    "steuerberaterin", "wirtschaftsprüfer", "wirtschaftsprüferin", "rechtsanwalt",
    "rechtsanwältin", "fachanwalt", "fachanwältin", "notar", "notarin", "berater", "beraterin",
    "vorstand", "vorständin", "vorsitzende", "vorsitzender", "leiter", "leiterin", "leitung",
    "abteilungsleiter", "abteilungsleiterin", "teamleiter", "teamleiterin", "projektleiter",
    "projektleiterin", "vertrieb", "vertriebsleiter", "vertriebsleiterin", "referent",
    "referentin", "assistenz", "sachbearbeiter", "sachbearbeiterin", "prokurist", "prokuristin",
    "architekt", "architektin", "ingenieur", "ingenieurin", "entwickler", "entwicklerin",
    "designer", "designerin", "fotograf", "fotografin", "trainer", "trainerin", "coach",
    "consultant", "manager", "managerin", "director", "direktor", "direktorin", "head", "ceo",
    "cto", "cfo", "coo", "cmo", "founder", "co-founder", "cofounder", "owner", "partner",
    "partnerin", "president", "präsident", "präsidentin", "vice", "chief", "officer", "engineer",
    "developer", "specialist", "spezialist", "spezialistin", "advisor", "adviser", "analyst",
    "associate", "account", "executive", "lead", "senior", "junior", "sales", "marketing",
    "einkauf", "heilpraktiker", "heilpraktikerin", "physiotherapeut", "physiotherapeutin",
    "therapeut", "therapeutin", "makler", "maklerin", "immobilienmakler", "immobilienmaklerin",
    "agent", "mediator", "mediatorin", "dozent", "dozentin", "professor", "professorin", "arzt",
    "ärztin", "zahnarzt", "zahnärztin", "fachärztin", "facharzt", "meister", "meisterin",
    "handwerksmeister", "redakteur", "redakteurin", "journalist", "journalistin", "texter",
    "texterin", "übersetzer", "übersetzerin", "dolmetscherin", "dolmetscher", "freelancer",
    "freiberufler", "freiberuflerin", "selbstständig", "kundenberater", "kundenberaterin",
    "finanzberater", "finanzberaterin", "versicherungsmakler",
)

# Academic and professional prefixes, as tokens (after splitting at spaces).
PREFIX_TOKENS = (
    "Prof", "Dr", "Prof.", "Professor", "Dr.", "Dr.-Ing.", "Dr.rer.nat.", "Dr.med.",
    "Dr.med.dent.", "Dr.jur.", "Dr.phil.", "Dr.rer.pol.", "med.", "dent.", "vet.", "jur.", "phil.",
    "rer.", "nat.", "pol.", "oec.", "h.c.", "mult.", "Dipl.-Ing.", "Dipl.-Kfm.", "Dipl.-Kffr.",
    "Dipl.-Kff.", "Dipl.-Volksw.", "Dipl.-Psych.", "Dipl.-Inf.", "Dipl.-Betriebsw.", "Dipl.-Oec.",
    "Dipl.-Des.", "Dipl.-Päd.", "Dipl.-Wirt.-Ing.", "Dipl.", "Mag.", "Ing.", "Herr", "Frau", "Mr.",
    "Mrs.", "Ms.",
)
PREFIX_SET = {token.lower() for token in PREFIX_TOKENS}
# "Dipl.-Xyz." of any kind is a degree too.
PREFIX_RE = re.compile(r"^(?:Dipl\.-[\w.-]+|Dr\.-[\w.]+|Dr\.\w+\.?)$", re.IGNORECASE)

# Degrees printed after a name ("Anna Müller, MBA").
SUFFIX_TOKENS = ("MBA", "M.A.", "B.A.", "M.Sc.", "B.Sc.", "LL.M.", "Ph.D.", "PhD", "MSc", "BSc")

# Name particles: lower case as printed ("von", "van der", "de la").
PARTICLES = {
    "von", "van", "de", "der", "den", "zu", "zum", "zur", "vom", "la", "le", "du",
    "di", "da", "del", "della", "dos", "das", "ten", "ter", "af", "av", "y", "d'",
}
# Nobility words that open a family name ("Graf von Bülow").
NOBILITY = {"graf", "gräfin", "freiherr", "freifrau", "freiin", "prinz", "prinzessin",
            "fürst", "fürstin", "baron", "baronin", "ritter", "edler", "edle"}

# Phone labels (lower case, without the colon or dot): what kind of number follows.
FAX_LABELS = ("fax", "telefax", "f")
MOBILE_LABELS = ("mobil", "mobile", "mob", "m", "handy", "cell", "cellphone", "mobiltelefon",
                 "mobilfon", "funk")
LANDLINE_LABELS = ("tel", "telefon", "t", "fon", "phone", "ph", "p", "office", "büro",
                   "zentrale", "direkt", "durchwahl", "fixed", "festnetz", "telephone")

EMAIL_LABELS = ("e-mail", "email", "e-mail-adresse", "mail", "e", "m@il")
WEB_LABELS = ("web", "www", "internet", "website", "homepage", "w", "i", "url", "online")
LINKEDIN_LABELS = ("linkedin", "in", "linked in")
XING_LABELS = ("xing", "x")

# Lines that are never a field: registers, tax numbers, bank details, opening hours.
NOT_A_FIELD_RE = re.compile(
    r"\b(?:ust[.\s-]*id|ust[.\s-]*idnr|umsatzsteuer|steuer[-\s]*nr|steuernummer|st[.-]?nr|"
    r"vat|hrb|hra|handelsregister|registergericht|amtsgericht|registernummer|iban|bic|swift|"
    r"blz|konto|bankverbindung|sparkasse|volksbank|geschäftszeiten|öffnungszeiten|"
    r"sprechzeiten|opening hours|mo\s*[-–]\s*fr|mo\.\s*[-–]|sitz der gesellschaft|"
    r"geschäftsführer:|vorstand:|aufsichtsrat|finanzamt)\b",
    re.IGNORECASE,
)

# Street names: "Musterstraße 12a", "Am Markt 3", "Hauptstr. 5-7".
STREET_SUFFIXES = (
    "straße", "strasse", "str.", "str", "weg", "allee", "platz", "gasse", "ring", "damm",
    "ufer", "markt", "chaussee", "pfad", "steig", "stieg", "kai", "promenade", "graben",
    "berg", "hof", "tor", "park", "feld", "garten", "gärten", "brücke", "höhe", "wall",
    "zeile", "winkel", "kamp", "twiete", "deich", "anger", "plan", "aue", "blick",
    "street", "st.", "road", "rd.", "avenue", "ave.", "lane", "square", "drive", "way",
    "gässle", "gässli", "rain", "matt", "quai",
)
STREET_OPENERS = ("am", "an der", "an den", "auf der", "auf dem", "im", "in der", "in den",
                  "zum", "zur", "unter den", "hinter der", "vor dem", "alt-", "alte", "große",
                  "kleine", "neue", "obere", "untere")
COUNTRIES = {
    "deutschland": "DE", "germany": "DE", "österreich": "AT", "austria": "AT",
    "schweiz": "CH", "switzerland": "CH", "suisse": "CH", "svizzera": "CH",
    "liechtenstein": "LI", "luxemburg": "LU", "luxembourg": "LU", "niederlande": "NL",
    "netherlands": "NL", "belgien": "BE", "belgium": "BE", "frankreich": "FR",
    "france": "FR", "italien": "IT", "italy": "IT", "spanien": "ES", "spain": "ES",
    "united kingdom": "GB", "uk": "GB", "england": "GB", "great britain": "GB",
    "usa": "US", "united states": "US", "dänemark": "DK", "denmark": "DK",
    "polen": "PL", "poland": "PL", "tschechien": "CZ", "czech republic": "CZ",
}
# Postal code prefixes ("A-1010 Wien", "CH-8001 Zürich", "D-80331 München").
POSTCODE_COUNTRY = {"D": "DE", "DE": "DE", "A": "AT", "AT": "AT", "CH": "CH", "FL": "LI",
                    "L": "LU", "NL": "NL", "B": "BE", "F": "FR", "I": "IT", "DK": "DK"}

# Words that open or mark a slogan ("Ihr Partner für ...", "We build ...").
TAGLINE_WORDS = ("ihr", "ihre", "ihren", "ihrem", "your", "we", "wir", "unser", "unsere",
                 "für sie", "since", "seit", "mit herz", "and more", "und mehr", "mehr als",
                 "more than", "aus leidenschaft", "with passion", "qualität", "quality")
# Mail providers: their domains say nothing about the card's organisation.
MAIL_PROVIDERS = ("gmail", "googlemail", "web", "gmx", "t-online", "outlook", "yahoo",
                  "hotmail", "icloud", "posteo", "mailbox", "aol", "me", "freenet", "arcor")
