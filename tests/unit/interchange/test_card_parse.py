"""Reading a business card's lines into contact fields (issue 15), without OCR.

Each card is written by hand as its printed lines with their boxes: a line's
height stands for its font size, the order for its position from the top.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netzwerk_app.domain.card_reading import FAX, LANDLINE, MOBILE, CardReading, OcrLine, RawCard
from netzwerk_app.interchange.card_parse import combine_sides, parse_card

Spec = str | tuple[str, float] | tuple[str, float, float]


def card(*specs: Spec, qr: str = "") -> RawCard:
    """A card whose lines are printed one under another at the left edge.

    A spec is the text, or (text, height), or (text, height, left).
    """
    lines, top = [], 30.0
    for spec in specs:
        text, height, left = (spec, 22.0, 40.0) if isinstance(spec, str) else (
            (*spec, 40.0) if len(spec) == 2 else spec)
        lines.append(OcrLine(text, left, top, left + len(text) * height * 0.55,
                             top + height, 0.96))
        top += height * 1.7
    return RawCard(lines, 1050, 600, qr_texts=[qr] if qr else [], image=b"jpeg",
                   file="card.jpg")


def read(*specs: Spec, qr: str = "") -> CardReading:
    return parse_card(card(*specs, qr=qr), region="DE")


def phones(reading: CardReading) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.value, tuple(p.types)) for p in reading.phones]


# ---- the whole card ----------------------------------------------------------------------


def test_a_german_card_gives_every_field_and_keeps_its_lines() -> None:
    reading = read(
        ("Dr. Anna von der Heide", 46),
        ("Geschäftsführerin", 26),
        ("Heide & Partner", 30),
        ("Steuerberatungsgesellschaft mbH", 30),
        "Musterstraße 12a",
        "80331 München",
        "Tel. +49 (0)89 1234567-0",
        "Mobil 0171/2345678",
        "Fax +49 89 1234567-99",
        "E-Mail: anna.heide@heide-partner.de",
        "www.heide-partner.de",
        "Ihr Partner für Steuern und mehr",
    )
    assert (reading.prefix, reading.given_name, reading.family_name) == (
        "Dr.", "Anna", "von der Heide")
    assert reading.formatted_name == "Dr. Anna von der Heide"
    assert reading.title == "Geschäftsführerin"
    assert reading.organization == "Heide & Partner Steuerberatungsgesellschaft mbH"
    assert reading.emails == ["anna.heide@heide-partner.de"]
    assert phones(reading) == [("+49 89 12345670", LANDLINE), ("+49 171 2345678", MOBILE),
                               ("+49 89 123456799", FAX)]
    assert reading.urls == ["https://www.heide-partner.de"]
    assert [(a.street, a.postal_code, a.locality, a.country) for a in reading.addresses] == [
        ("Musterstraße 12a", "80331", "München", "")]
    assert reading.lines[0] == "Dr. Anna von der Heide"
    assert reading.lines[-1] == "Ihr Partner für Steuern und mehr"
    assert reading.file == "card.jpg" and reading.image == b"jpeg"
    assert set(reading.field_confidence) >= {"formatted_name", "phones", "addresses"}
    assert 0.8 < reading.confidence <= 1.0


def test_the_biggest_name_shaped_line_is_the_name_not_the_company_above_it() -> None:
    reading = read(("Bäckerei Sonnenschein", 30), ("Jonas Weber", 40), ("Inhaber", 20),
                   "jonas@sonnenschein-backt.de")
    assert (reading.given_name, reading.family_name) == ("Jonas", "Weber")
    assert reading.title == "Inhaber"
    assert reading.organization == "Bäckerei Sonnenschein"


def test_the_name_spelled_by_the_email_wins_over_a_bigger_brand_line() -> None:
    reading = read(("Blue Harbour", 44), ("Lena Krüger", 30), ("Senior Consultant", 20),
                   "lena.krueger@blueharbour.com")
    assert (reading.given_name, reading.family_name) == ("Lena", "Krüger")
    assert reading.organization == "Blue Harbour"
    assert reading.title == "Senior Consultant"


# ---- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "prefix", "given", "family"),
    [
        ("Prof. Dr. Thomas Schneider", "Prof. Dr.", "Thomas", "Schneider"),
        ("Dr. med. Eva Lang", "Dr. med.", "Eva", "Lang"),
        ("Dr.-Ing. Paul Graf", "Dr.-Ing.", "Paul", "Graf"),
        ("Dipl.-Ing. Karl Maier", "Dipl.-Ing.", "Karl", "Maier"),
        ("Pieter van der Berg", "", "Pieter", "van der Berg"),
        ("Max Graf von Bülow", "", "Max", "Graf von Bülow"),
        ("Sophie de la Cruz", "", "Sophie", "de la Cruz"),
        ("Heike Müller-Lüdenscheidt", "", "Heike", "Müller-Lüdenscheidt"),
        ("Anna Maria Schulz", "", "Anna Maria", "Schulz"),
        ("Müller, Anna", "", "Anna", "Müller"),
        ("ANNA MÜLLER", "", "Anna", "Müller"),
        ("JAN VAN DEN BERG", "", "Jan", "van den Berg"),
        ("Ronald McDonald", "", "Ronald", "McDonald"),
        ("Julia Brandt, MBA", "", "Julia", "Brandt"),
        ("Dr Eva Lang", "Dr.", "Eva", "Lang"),
        ("DR. MED. EVA LANG", "Dr. med.", "Eva", "Lang"),
    ],
)
def test_a_name_is_split_into_prefix_given_and_family_name(
    printed: str, prefix: str, given: str, family: str
) -> None:
    reading = read((printed, 40), ("Geschäftsführer", 22), "info@example-firma.de")
    assert (reading.prefix, reading.given_name, reading.family_name) == (prefix, given, family)


# ---- organisation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "organisation",
    [
        "Nordlicht Medien GmbH",
        "Grünwerk gGmbH",
        "Kaffeerösterei Bohne UG (haftungsbeschränkt)",
        "Blumen Schmidt e.K.",
        "Müller & Söhne GmbH & Co. KG",
        "Krause Rechtsanwälte PartG mbB",
        "Sportfreunde Isartal e.V.",
        "Brightside Ltd",
        "Acme Analytics Inc.",
        "Solaris AG",
        "Maier und Maier GbR",
        "Atelier Lumière S.à r.l.",
        "Van Dijk B.V.",
        "MÜLLER BAU GMBH",
    ],
)
def test_a_line_with_a_legal_form_is_the_organisation(organisation: str) -> None:
    reading = read(("Clara Winter", 40), ("Projektleiterin", 22), (organisation, 26),
                   "Tel. 089 1234567")
    assert reading.organization == organisation
    assert (reading.given_name, reading.family_name) == ("Clara", "Winter")
    assert reading.title == "Projektleiterin"


def test_an_organisation_split_over_two_lines_is_joined() -> None:
    reading = read(("Weber Schulte Hoffmann", 28), ("Steuerberatungsgesellschaft mbH", 28),
                   ("Karin Hoffmann", 36), ("Steuerberaterin", 20))
    assert reading.organization == "Weber Schulte Hoffmann Steuerberatungsgesellschaft mbH"
    assert (reading.given_name, reading.family_name) == ("Karin", "Hoffmann")
    assert reading.title == "Steuerberaterin"


@pytest.mark.parametrize(
    "title",
    ["Head of Sales", "Rechtsanwältin", "Gründerin & CEO", "Leitung Vertrieb", "Coach",
     "Managing Director", "Inhaberin", "Beraterin"],
)
def test_a_line_with_title_words_under_the_name_is_the_job_title(title: str) -> None:
    reading = read(("Mia Hartmann", 40), (title, 22), ("Hartmann Consulting GmbH", 24))
    assert reading.title == title
    assert reading.organization == "Hartmann Consulting GmbH"


# ---- phones ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tel. +49 (0)89 1234567", [("+49 89 1234567", LANDLINE)]),
        ("Telefon: 030 / 123 456 78", [("+49 30 12345678", LANDLINE)]),
        ("T +49 40 1234567", [("+49 40 1234567", LANDLINE)]),
        ("Fon 0221 998877", [("+49 221 998877", LANDLINE)]),
        ("Phone +44 20 7946 0958", [("+44 20 7946 0958", LANDLINE)]),
        ("Mobil: 0171/1234567", [("+49 171 1234567", MOBILE)]),
        ("M +49 151 23456789", [("+49 1512 3456789", MOBILE)]),
        ("Handy 0160 9876543", [("+49 160 9876543", MOBILE)]),
        ("Fax 089 12 34 56-99", [("+49 89 12345699", FAX)]),
        ("F +49 89 1234568", [("+49 89 1234568", FAX)]),
        ("0172 3456789", [("+49 172 3456789", MOBILE)]),
        ("+1 415 555 0132", [("+1 415-555-0132", LANDLINE)]),
        ("Fon +49 89 12345-0 · Fax -99",
         [("+49 89 123450", LANDLINE), ("+49 89 1234599", FAX)]),
        ("T 089 123456-0 | M 0171 2345678",
         [("+49 89 1234560", LANDLINE), ("+49 171 2345678", MOBILE)]),
    ],
)
def test_phones_are_typed_by_their_label_or_by_the_number(
    line: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    reading = read(("Tom Becker", 40), line)
    assert phones(reading) == expected


def test_a_label_in_its_own_box_types_the_number_beside_it() -> None:
    raw = card(("Tom Becker", 40))
    raw.lines.append(OcrLine("Fax", 40, 200, 80, 222, 0.95))
    raw.lines.append(OcrLine("089 1234567", 130, 201, 300, 223, 0.95))
    assert phones(parse_card(raw)) == [("+49 89 1234567", FAX)]


@pytest.mark.parametrize(
    "line",
    [
        "80331 München",
        "USt-IdNr. DE123456789",
        "Steuernr. 143/123/45678",
        "HRB 123456, Amtsgericht München",
        "IBAN DE89 3704 0044 0532 0130 00",
        "Mo–Fr 9–18 Uhr",
        "seit 12.03.1998",
        "6231 299",
    ],
)
def test_postal_codes_tax_numbers_bank_details_and_dates_are_no_phones(line: str) -> None:
    assert read(("Tom Becker", 40), line).phones == []


# ---- e-mails and web ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "email"),
    [
        ("E-Mail: anna@example.de", "anna@example.de"),
        ("anna.mü|ler@example.de", "anna.müller@example.de"),
        ("Mail anna.schulz (at) example.de", "anna.schulz@example.de"),
        ("anna[at]example.de", "anna@example.de"),
        ("E anna @ example.de.", "anna@example.de"),
        ("kontakt@beispiel-firma.com;", "kontakt@beispiel-firma.com"),
        ("info@example .de", "info@example.de"),
        ("pau|.klein@example.de", "paul.klein@example.de"),
    ],
)
def test_emails_are_repaired_and_syntax_checked(line: str, email: str) -> None:
    assert read(("Tom Becker", 40), line).emails == [email]


def test_a_broken_email_is_not_kept() -> None:
    assert read(("Tom Becker", 40), "E-Mail: anna@@example").emails == []


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("www.example.de", "https://www.example.de"),
        ("https://example.com/team", "https://example.com/team"),
        ("Web: example-firma.de", "https://example-firma.de"),
        ("linkedin.com/in/anna-schulz", "https://www.linkedin.com/in/anna-schulz"),
        ("xing.com/profile/Anna_Schulz", "https://www.xing.com/profile/Anna_Schulz"),
        ("LinkedIn: anna-schulz", "https://www.linkedin.com/in/anna-schulz"),
        ("in/anna-schulz", "https://www.linkedin.com/in/anna-schulz"),
        ("XING: Anna_Schulz2", "https://www.xing.com/profile/Anna_Schulz2"),
    ],
)
def test_websites_and_profiles_become_urls(line: str, url: str) -> None:
    assert read(("Tom Becker", 40), line).urls == [url]


def test_a_firm_name_with_co_ag_is_no_website() -> None:
    assert read(("Tom Becker", 40), ("Becker & Co.AG", 30)).urls == []


def test_a_big_line_that_spells_the_domain_is_the_firm_not_the_person() -> None:
    reading = read(("Blue Harbour", 50), ("Lena Krüger", 36), ("Senior Consultant", 20),
                   "info@blueharbour.com")
    assert (reading.given_name, reading.family_name) == ("Lena", "Krüger")
    assert reading.organization == "Blue Harbour"


def test_the_domain_of_an_email_is_no_website_unless_printed() -> None:
    assert read(("Tom Becker", 40), "tom@becker-bau.de").urls == []


# ---- postal address ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (["Großstr. 12, 80331 München"], ("Großstr. 12", "80331", "München", "")),
        (["Am Markt 3", "10115 Berlin"], ("Am Markt 3", "10115", "Berlin", "")),
        (["An der Alster 5-7", "20099 Hamburg", "Deutschland"],
         ("An der Alster 5-7", "20099", "Hamburg", "Deutschland")),
        (["Lindenallee 44b · 50667 Köln"], ("Lindenallee 44b", "50667", "Köln", "")),
        (["Mariahilfer Straße 1", "A-1060 Wien", "Österreich"],
         ("Mariahilfer Straße 1", "1060", "Wien", "Österreich")),
        (["Bahnhofstrasse 10", "CH-8001 Zürich"], ("Bahnhofstrasse 10", "8001", "Zürich", "")),
        (["c/o Impact Hub", "Gotzinger Str. 8", "81371 München"],
         ("c/o Impact Hub, Gotzinger Str. 8", "81371", "München", "")),
        (["Kaiserdamm 88", "14057 Berlin-Charlottenburg"],
         ("Kaiserdamm 88", "14057", "Berlin-Charlottenburg", "")),
    ],
)
def test_street_postal_code_town_and_printed_country(
    lines: list[str], address: tuple[str, str, str, str]
) -> None:
    reading = read(("Tom Becker", 40), *lines)
    assert [(a.street, a.postal_code, a.locality, a.country) for a in reading.addresses] == [
        address]
    assert reading.phones == []


# ---- things that are no fields -----------------------------------------------------------


def test_taglines_register_lines_and_logo_letters_are_no_fields() -> None:
    reading = read(("NM", 60), ("Nina Maurer", 40), ("Ihr Partner für gute Ideen", 18),
                   "USt-IdNr. DE123456789", "Amtsgericht Köln HRB 4711",
                   "Mo–Fr 9–18 Uhr", "Facebook | Instagram", "www")
    assert (reading.given_name, reading.family_name) == ("Nina", "Maurer")
    assert (reading.title, reading.organization, reading.phones) == ("", "", [])


# ---- QR code and the two sides -----------------------------------------------------------

QR_VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schulz;Anna;;Dr.;\r\nFN:Dr. Anna Schulz\r\n"
    "ORG:Schulz Consulting GmbH\r\nTEL;TYPE=CELL:+49 171 2345678\r\n"
    "EMAIL:anna.schulz@schulz-consulting.de\r\nEND:VCARD\r\n"
)


def test_a_vcard_in_a_printed_qr_code_wins_where_it_has_a_field() -> None:
    reading = read(("Anna Schulz", 40), ("Beraterin", 22), ("Schulz Consulting", 24),
                   "Tel. 089 1234567", "a.schulz@schulz-c.de", qr=QR_VCARD)
    assert (reading.prefix, reading.given_name, reading.family_name) == (
        "Dr.", "Anna", "Schulz")
    assert reading.organization == "Schulz Consulting GmbH"
    assert reading.emails == ["anna.schulz@schulz-consulting.de"]
    assert phones(reading) == [("+49 171 2345678", MOBILE)]
    assert reading.title == "Beraterin"  # not in the code: the printed one stays
    assert {"organization", "emails", "phones", "family_name"} <= reading.from_qr
    assert "title" not in reading.from_qr
    assert not reading.is_low("organization")


def test_a_qr_code_without_a_contact_changes_nothing() -> None:
    reading = read(("Anna Schulz", 40), "Tel. 089 1234567", qr="Hello there")
    assert reading.family_name == "Schulz" and reading.from_qr == set()


def test_the_back_side_fills_the_gaps_of_the_front() -> None:
    front = read(("Anna Schulz", 40), "Tel. 089 1234567", "anna@schulz.de")
    back = read(("Schulz Consulting GmbH", 30), "Tel. +49 89 1234567", "Mobil 0171 2345678",
                "anna@schulz.de", "www.schulz.de")
    both = combine_sides(front, back)
    assert (both.given_name, both.family_name) == ("Anna", "Schulz")
    assert both.organization == "Schulz Consulting GmbH"
    assert phones(both) == [("+49 89 1234567", LANDLINE), ("+49 171 2345678", MOBILE)]
    assert both.emails == ["anna@schulz.de"]
    assert both.urls == ["https://www.schulz.de"]


# ---- confidence --------------------------------------------------------------------------


def test_a_badly_read_line_marks_its_field_for_checking() -> None:
    raw = card(("Anna Schulz", 40), "Tel. 089 1234567")
    raw.lines[1] = OcrLine(raw.lines[1].text, raw.lines[1].left, raw.lines[1].top,
                           raw.lines[1].right, raw.lines[1].bottom, 0.55)
    reading = parse_card(raw)
    assert reading.is_low("phones")
    assert not reading.is_low("emails")


def test_an_empty_card_is_empty_and_never_crashes() -> None:
    reading = parse_card(RawCard([], 1050, 600))
    assert reading.is_empty and reading.confidence == 0.0


# ---- rules learnt from the photographed test set -----------------------------------------


@pytest.mark.parametrize(
    ("lines", "organisation"),
    [
        (["Müller & Söhne", "Steuerberatungsgesellschaft", "mbH & Co. KG"],
         "Müller & Söhne Steuerberatungsgesellschaft mbH & Co. KG"),
        (["Müller-Lüdenscheidt", "Haustechnik UG", "(haftungsbeschränkt)"],
         "Müller-Lüdenscheidt Haustechnik UG (haftungsbeschränkt)"),
        (["Schäfer Maschinenbau", "AG"], "Schäfer Maschinenbau AG"),
        (["Kanzlei Schmidt &", "Kollegen"], "Kanzlei Schmidt & Kollegen"),
        (["Hochschule für Technik", "und Wirtschaft"], "Hochschule für Technik und Wirtschaft"),
        (["Physio im", "Glasscherbenviertel"], "Physio im Glasscherbenviertel"),
    ],
)
def test_an_organisation_broken_over_lines_is_one(lines: list[str], organisation: str) -> None:
    reading = read(("Julia Brandt", 44), ("Inhaberin", 24), *[(x, 30) for x in lines],
                   "Tel. 089 1234567")
    assert reading.organization == organisation
    assert (reading.given_name, reading.family_name, reading.title) == (
        "Julia", "Brandt", "Inhaberin")


def test_logo_initials_read_into_the_organisation_line_are_dropped() -> None:
    raw = card(("Petra Wolf", 44), ("Office Managerin", 24))
    raw.lines.append(OcrLine("WDL Wolf Dental Labor GmbH", 40, 200, 600, 236, 0.97))
    assert parse_card(raw).organization == "Wolf Dental Labor GmbH"


def test_a_logo_beside_the_organisation_is_not_joined_to_it() -> None:
    raw = card(("Petra Wolf", 44), ("Office Managerin", 24))
    raw.lines.append(OcrLine("WDL", 40, 190, 130, 250, 0.97))  # bigger letters
    raw.lines.append(OcrLine("Wolf Dental Labor GmbH", 150, 200, 600, 236, 0.97))
    reading = parse_card(raw)
    assert reading.organization == "Wolf Dental Labor GmbH"


def test_given_and_family_name_on_two_lines_make_the_name() -> None:
    reading = read(("Franziska", 70), ("Maier", 70), ("Physiotherapeutin", 40),
                   "E-Mail: f.maier@physio-gsv.de")
    assert (reading.given_name, reading.family_name) == ("Franziska", "Maier")
    assert reading.title == "Physiotherapeutin"


def test_a_person_named_in_the_domain_is_not_the_organisation() -> None:
    reading = read(("Hannah Fischer", 60), ("Heilpraktikerin", 40),
                   ("Naturheilpraxis Fischer", 40), "fischer@naturheilpraxis-fischer.de")
    assert (reading.given_name, reading.family_name) == ("Hannah", "Fischer")
    assert reading.organization == "Naturheilpraxis Fischer"


@pytest.mark.parametrize(
    ("name", "line", "email"),
    [
        ("Laura Zimmer", "Izimmer@zimmer-kommunikation.de", "lzimmer@zimmer-kommunikation.de"),
        ("Julia Schmidt", "Ej.schmidt@stb-schmidt.de", "j.schmidt@stb-schmidt.de"),
        ("Ina Lenz", "ilenz@example.de", "ilenz@example.de"),
    ],
)
def test_an_email_slip_that_the_printed_name_shows_is_repaired(
    name: str, line: str, email: str
) -> None:
    assert read((name, 50), line).emails == [email]


def test_a_zero_read_for_an_o_in_a_name_is_repaired() -> None:
    reading = read(("David 0'Connor", 60), ("Managing Director", 40))
    assert (reading.given_name, reading.family_name) == ("David", "O'Connor")


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (["32 London Bridge Street", "London SE1 9SG", "United Kingdom"],
         ("32 London Bridge Street", "SE1 9SG", "London", "United Kingdom")),
        (["1 Canada Square, London E14 5AB"], ("1 Canada Square", "E14 5AB", "London", "")),
        (["Königsallee27|40549Düsseldorf"], ("Königsallee 27", "40549", "Düsseldorf", "")),
        (["Georgstraße 36 – 30159 Hannover"], ("Georgstraße 36", "30159", "Hannover", "")),
        (["Kastanienallee 12 - 10997 Berlin"], ("Kastanienallee 12", "10997", "Berlin", "")),
    ],
)
def test_more_address_layouts(lines: list[str], address: tuple[str, str, str, str]) -> None:
    reading = read(("David Carter", 50), *lines)
    assert [(a.street, a.postal_code, a.locality, a.country) for a in reading.addresses] == [
        address]
    assert (reading.given_name, reading.family_name) == ("David", "Carter")


def test_an_address_and_a_phone_on_one_line() -> None:
    reading = read(("David Carter", 50), "Königsallee 27 · 40479 Düsseldorf · Tel. 0211 123456")
    assert [(a.street, a.postal_code, a.locality) for a in reading.addresses] == [
        ("Königsallee 27", "40479", "Düsseldorf")]
    assert phones(reading) == [("+49 211 123456", LANDLINE)]


def test_a_foreign_number_missing_a_digit_is_not_read_as_a_german_one() -> None:
    reading = read(("Claire de Vries", 50), "Phone +1 (212) 555-0176", "Fax +1 (212) 555-017")
    assert phones(reading) == [("+1 212-555-0176", LANDLINE)]


def test_an_email_followed_by_a_website_after_a_dot() -> None:
    reading = read(("Sarah Brandt", 50), "brandt@tierarzt-brandt.de .https://tierarzt-brandt.de")
    assert reading.emails == ["brandt@tierarzt-brandt.de"]
    assert reading.urls == ["https://tierarzt-brandt.de"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=8), st.lists(st.text(max_size=80), max_size=1))
def test_any_recognised_text_gives_a_reading_and_never_an_error(
    texts: list[str], qr: list[str]
) -> None:
    lines = [OcrLine(t, 10.0, 30.0 * i, 400.0, 30.0 * i + 20.0, 0.9) for i, t in enumerate(texts)]
    reading = parse_card(RawCard(lines, 1050, 600, qr_texts=qr))
    assert 0.0 <= reading.confidence <= 1.0
    assert len(reading.lines) == len([t for t in texts if t.strip()])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Anna Müller", "Müller GmbH", "Geschäftsführerin",
                                           "Tel. 089 123456", "AG", "Franziska", "Maier",
                                           "Am Markt 3", "80331 München", "a@b.de", "&"]),
                          st.floats(0, 900), st.floats(0, 500), st.floats(0, 80)),
                max_size=10))
def test_any_boxes_give_a_reading_and_never_an_error(
    boxes: list[tuple[str, float, float, float]]
) -> None:
    lines = [OcrLine(t, x, y, x + 10 * len(t), y + h, 0.9) for t, x, y, h in boxes]
    reading = parse_card(RawCard(lines, 1050, 600))
    assert 0.0 <= reading.confidence <= 1.0


def test_an_empty_field_is_never_marked_unsure() -> None:
    """The name line read with little certainty marks the name, not an empty prefix."""
    from netzwerk_app.domain.card_reading import CardReading

    reading = CardReading(given_name="Anna", family_name="Müller")
    reading.field_confidence = {"prefix": 0.5, "given_name": 0.5, "family_name": 0.5}
    assert reading.is_low("given_name") and reading.is_low("family_name")
    assert not reading.is_low("prefix")
