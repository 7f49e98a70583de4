"""The demo's people, trades and places: names that belong together, titles for women
and men, pitches as people say them, towns with their postcodes and area codes."""

from __future__ import annotations

# (given name, family name, woman?): each person once, first and last names that
# belong together; most are German, some came from elsewhere, as in any Munich network.
PEOPLE: list[tuple[str, str, bool]] = [
    ("Sabine", "Krämer", True), ("Jürgen", "Müller", False), ("Katharina", "Schäfer", True),
    ("Björn", "Petersen", False), ("Özlem", "Yılmaz", True), ("Ingrid", "Hoffmann", True),
    ("Lukas", "Weiß", False), ("Anja", "Großmann", True), ("Thomas", "Huber", False),
    ("Sophie", "Köhler", True), ("Jörg", "Wagner", False), ("Bärbel", "Zimmermann", True),
    ("Mehmet", "Öztürk", False), ("Claudia", "Fischer", True), ("Agnieszka", "Nowak", True),
    ("Søren", "Larsen", False), ("Elif", "Demir", True), ("Matthias", "Lehmann", False),
    ("Franziska", "Bäcker", True), ("Giulia", "Rossi", True), ("Henrik", "Brandt", False),
    ("Amélie", "Dubois", True), ("Dragan", "Jovanović", False), ("Yuki", "Tanaka", True),
    ("Stefan", "Schröder", False), ("Ulrike", "von der Heide", True), ("Wojciech", "Kowalski", False),
    ("Zoë", "Lindqvist", True), ("Martina", "Gruber", True), ("Florian", "Maier", False),
    ("Petra", "Schmid", True), ("Andreas", "Bauer", False), ("Julia", "Wimmer", True),
    ("Christian", "Hofmann", False), ("Laura", "Sánchez", True), ("Markus", "Winkler", False),
    ("Heike", "Lang", True), ("Tobias", "Brunner", False), ("Nina", "Kovač", True),
    ("Michael", "Reiter", False), ("Carolin", "Seidl", True), ("Daniel", "Fuchs", False),
    ("Miriam", "Haas", True), ("Sebastian", "Pichler", False), ("Eva", "Ostermeier", True),
    ("Alexander", "Steiner", False), ("Verena", "Kühn", True), ("Johannes", "Lechner", False),
    ("Lena", "Wolf", True), ("Philipp", "Graf", False), ("Susanne", "Berger", True),
    ("Raphael", "Moreau", False), ("Nadine", "Strauß", True), ("Patrick", "Ebner", False),
    ("Kerstin", "Hartl", True), ("Benedikt", "Obermaier", False), ("Dilara", "Aydın", True),
    ("Maximilian", "Kern", False), ("Hanna", "Vogt", True), ("Georg", "Eder", False),
]  # fmt: skip
# (trade, offering, customers, company pattern, title for a woman, for a man, pitches)
TRADES: list[tuple[str, str, str, str, str, str, tuple[str, str]]] = [
    ("Steuerberatung", "Steuerberatung für Freiberufler und kleine GmbHs", "Freiberufler, Ärzte", "Steuerkanzlei {family}", "Steuerberaterin", "Steuerberater",
     ("Ich halte Freiberuflern den Rücken frei: Buchhaltung, Jahresabschluss, Steuererklärung.",
      "Bei mir landet der Schuhkarton voller Belege – und heraus kommt eine Steuererklärung ohne Nachzahlungsschreck.")),
    ("Webdesign", "Websites mit WordPress und barrierefreie Online-Shops", "Handwerksbetriebe", "{family} Webdesign", "Webdesignerin", "Webdesigner",
     ("Ich baue Websites, die Handwerksbetriebe selbst pflegen können – barrierefrei und schnell.",
      "Wenn Ihre Website älter ist als Ihr Firmenwagen, sollten wir reden.")),
    ("Immobilien", "Vermittlung von Wohnimmobilien im Münchner Süden", "Familien, Erben", "{family} Immobilien", "Immobilienmaklerin", "Immobilienmakler",
     ("Ich verkaufe Häuser und Wohnungen im Münchner Süden, oft für Erbengemeinschaften.",
      "Ich finde für Ihr Haus Käufer, die es auch lieben – und den richtigen Preis.")),
    ("Versicherungen", "Unabhängige Beratung zu Berufsunfähigkeit und Altersvorsorge", "Selbstständige", "Versicherungsbüro {family}", "Versicherungsmaklerin", "Versicherungsmakler",
     ("Ich sorge dafür, dass Selbstständige abgesichert sind, wenn sie einmal nicht arbeiten können.",
      "Unabhängig beraten, nicht verkaufen: Berufsunfähigkeit und Altersvorsorge für Selbstständige.")),
    ("Fotografie", "Business-Porträts und Teamfotos vor Ort", "Coaches, Kanzleien", "{family} Fotografie", "Fotografin", "Fotograf",
     ("Ich fotografiere Menschen so, dass man ihnen auf LinkedIn gern eine Nachricht schreibt.",
      "Business-Porträts und Teamfotos direkt in Ihren Räumen, in einer Stunde erledigt.")),
    ("IT-Service", "IT-Betreuung und Datensicherung für Praxen", "Arztpraxen, Kanzleien", "{family} IT-Service", "IT-Beraterin", "IT-Berater",
     ("Ich kümmere mich um die IT von Arztpraxen, damit dort niemand mehr an Backups denken muss.",
      "Datensicherung, Updates, Notfallhilfe: IT-Betreuung für Praxen und Kanzleien.")),
    ("Coaching", "Führungskräfte-Coaching und Teamentwicklung", "Mittelstand", "{family} Coaching", "Business-Coach", "Business-Coach",
     ("Ich begleite neue Führungskräfte im Mittelstand durch ihr erstes Jahr.",
      "Teams, die sich streiten, bringe ich wieder an einen Tisch.")),
    ("Druckerei", "Visitenkarten, Flyer und Messestände", "Start-ups, Vereine", "Druckerei {family}", "Inhaberin", "Inhaber",
     ("Wir drucken alles von der Visitenkarte bis zum Messestand, auch über Nacht.",
      "Druck aus der Region: Flyer, Broschüren und Roll-ups, persönlich beraten.")),
    ("Catering", "Business-Catering für Meetings und Feiern", "Agenturen", "{family} Catering", "Inhaberin", "Inhaber",
     ("Ich koche für Meetings und Firmenfeiern – regional, saisonal und pünktlich.",
      "Fingerfood, Mittagstisch, Sommerfest: Catering für Firmen im Landkreis.")),
    ("Rechtsberatung", "Arbeitsrecht für Arbeitgeber", "Personalabteilungen", "Kanzlei {family}", "Rechtsanwältin", "Rechtsanwalt",
     ("Ich berate Arbeitgeber im Arbeitsrecht, bevor es zum Streit kommt.",
      "Arbeitsverträge, Abmahnungen, Kündigungen: Arbeitsrecht für kleine und mittlere Firmen.")),
    ("Übersetzung", "Fachübersetzungen Deutsch–Englisch–Polnisch", "Maschinenbau", "Übersetzungsbüro {family}", "Übersetzerin", "Übersetzer",
     ("Ich übersetze Handbücher und Verträge für den Maschinenbau ins Englische und Polnische.",
      "Technische Übersetzungen, die Ingenieure verstehen – Deutsch, Englisch, Polnisch.")),
    ("Physiotherapie", "Betriebliches Gesundheitsmanagement", "Büroteams", "Physiopraxis {family}", "Physiotherapeutin", "Physiotherapeut",
     ("Ich bringe Büroteams in Bewegung, bevor der Rücken streikt.",
      "Betriebliches Gesundheitsmanagement: Rückenkurse und Arbeitsplatz-Checks vor Ort.")),
]  # fmt: skip
# (town, postcode, area code): a person's address and landline fit together.
TOWNS = [
    ("München", "80331", "89"),
    ("München", "81541", "89"),
    ("Starnberg", "82319", "8151"),
    ("Wolfratshausen", "82515", "8171"),
    ("Pullach", "82049", "89"),
    ("Augsburg", "86150", "821"),
    ("Rosenheim", "83022", "8031"),
]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Marienplatz", "Lindenweg", "Schlossgasse", "Am Anger"]
IDEAS = [
    "Gegenseitig empfehlen",
    "Gemeinsamer Workshop für Gründerinnen",
    "Ihre Kunden brauchen oft genau meine Leistung",
    "Zusammen einen Messestand teilen",
]
MISMATCHES = [
    "Im Pitch Coaching, auf der Website vor allem Seminare für Konzerne.",
    "Erzählt von Privatkunden, die Website spricht nur Firmen an.",
    "Auf LinkedIn noch der alte Arbeitgeber, im Pitch die eigene Firma.",
]
REFERRALS = [
    "Empfehlung für eine neue Website",
    "Kontakt zu einem Steuerberater vermittelt",
    "Auftrag für Teamfotos weitergegeben",
    "Hinweis auf eine Ausschreibung der Stadt",
    "Vorstellung bei der IHK-Gründerberatung",
]
CAFES = ["Café Luitpold", "Café Frischhut", "Seecafé Starnberg", "Café am Marktplatz"]


def slug(text: str) -> str:
    """A name as an e-mail or web address writes it: ü → ue, é → e, ß → ss, spaces → -."""
    import unicodedata

    table = str.maketrans(
        {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "å": "aa", "æ": "ae",
         "ı": "i", "đ": "dj", "ł": "l", " ": "-"}
    )  # fmt: skip
    plain = unicodedata.normalize("NFKD", text.lower().translate(table))
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "-"))


GIVEN = [given for given, _family, _woman in PEOPLE]
FAMILY = [family for _given, family, _woman in PEOPLE]
