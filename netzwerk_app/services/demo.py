"""Realistic sample data: three networks, eight events, 60 people, notes and follow-ups.

Deterministic (fixed seed) so screenshots and tests see the same people each time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from netzwerk_app.domain import model as m
from netzwerk_app.services.contacts import prepare_new
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository

GIVEN = [
    "Jürgen",
    "Sabine",
    "Björn",
    "Özlem",
    "Katharina",
    "Müslüm",
    "Ingrid",
    "Lukas",
    "Anja",
    "Thomas",
    "Sophie",
    "Jörg",
    "Bärbel",
    "Mehmet",
    "Claudia",
    "Raphaël",
    "Agnieszka",
    "Søren",
    "Elif",
    "Matthias",
    "Franziska",
    "Giulia",
    "Henrik",
    "Zoë",
    "Dragan",
    "Yuki",
    "Amélie",
    "Stefan",
    "Ulrike",
    "Wojciech",
]
FAMILY = [
    "Müller",
    "Schäfer",
    "Weiß",
    "Großmann",
    "Köhler",
    "Yılmaz",
    "Hoffmann",
    "Bäcker",
    "Nowak",
    "Dubois",
    "Rossi",
    "Larsen",
    "Öztürk",
    "Krämer",
    "Sánchez",
    "Ngũgĩ",
    "Tanaka",
    "Fischer",
    "Wagner",
    "Lehmann",
    "Jovanović",
    "Schröder",
    "Brandt",
    "Kovač",
    "Zimmermann",
    "von der Heide",
    "Petersen",
    "Đorđević",
    "Huber",
    "Lindqvist",
]
TRADES = [
    ("Steuerberatung", "Steuerberatung für Freiberufler und kleine GmbHs", "Freiberufler, Ärzte"),
    ("Webdesign", "Websites mit WordPress und barrierefreie Online-Shops", "Handwerksbetriebe"),
    ("Immobilien", "Vermittlung von Wohnimmobilien im Münchner Süden", "Familien, Erben"),
    (
        "Versicherungen",
        "Unabhängige Beratung zu Berufsunfähigkeit und Altersvorsorge",
        "Selbstständige",
    ),
    ("Fotografie", "Business-Porträts und Teamfotos vor Ort", "Coaches, Kanzleien"),
    ("IT-Service", "IT-Betreuung und Datensicherung für Praxen", "Arztpraxen, Kanzleien"),
    ("Coaching", "Führungskräfte-Coaching und Teamentwicklung", "Mittelstand"),
    ("Druckerei", "Visitenkarten, Flyer und Messestände", "Start-ups, Vereine"),
    ("Catering", "Business-Catering für Meetings und Feiern", "Agenturen"),
    ("Rechtsanwältin", "Arbeitsrecht für Arbeitgeber", "Personalabteilungen"),
    ("Übersetzung", "Fachübersetzungen Deutsch–Englisch–Polnisch", "Maschinenbau"),
    ("Physiotherapie", "Betriebliches Gesundheitsmanagement", "Büroteams"),
]
CITIES = ["München", "Starnberg", "Wolfratshausen", "Augsburg", "Rosenheim", "Zürich", "Wien"]


@dataclass(frozen=True)
class DemoSummary:
    networks: int
    events: int
    contacts: int
    encounters: int
    followups: int


def _slug(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "o", " ": "-"})
    return "".join(
        ch for ch in text.lower().translate(table) if ch.isascii() and (ch.isalnum() or ch == "-")
    )


def load_demo(db: Database, now: datetime, seed: int = 7) -> DemoSummary:
    """Fill the database with the demo data in one transaction, dated around ``now``."""
    rnd = random.Random(seed)
    with db.write() as session:
        repo = Repository(session)
        networks = [
            repo.add(m.Network("BNI Chapter Isartal", "Unternehmerfrühstück, jeden Dienstag 6:45")),
            repo.add(
                m.Network("Webgrrls München", "Business-Netzwerk für Frauen in der digitalen Welt")
            ),
            repo.add(m.Network("Unternehmerstammtisch Starnberg", "Monatlicher Stammtisch")),
        ]
        specs = [
            (0, "Unternehmerfrühstück", 3, "Sabine Krämer", "Empfehlungsmarketing"),
            (1, "Webgrrls Business Lunch", 10, "Dr. Elif Öztürk", "KI im Marketing"),
            (0, "Unternehmerfrühstück mit Gastvortrag", 17, "Thomas Huber", "Cybersicherheit"),
            (2, "Stammtisch Herbst", 31, "", "Nachfolge im Familienbetrieb"),
            (1, "Webgrrls Barcamp", 52, "", "Sichtbarkeit auf LinkedIn"),
            (0, "Besuchertag", 66, "Jörg Weiß", "Die 60-Sekunden-Präsentation"),
            (2, "Stammtisch Sommerfest", 95, "", "Netzwerken mit Herz"),
            (1, "Webgrrls Workshop", 130, "Giulia Rossi", "Preise richtig kalkulieren"),
        ]
        events: list[m.Event] = []
        for net, title, days_ago, speaker, topic in specs:
            start = (now - timedelta(days=days_ago)).replace(
                hour=6, minute=45, second=0, microsecond=0
            )
            events.append(
                repo.add(
                    m.Event(
                        network_id=networks[net].id,
                        title=title,
                        start=start,
                        end=start + timedelta(hours=2),
                        place=rnd.choice(CITIES),
                        speaker=speaker,
                        topic=topic,
                    )
                )
            )

        contacts: list[m.Contact] = []
        for index in range(60):
            given = GIVEN[index % len(GIVEN)]
            family = FAMILY[(index * 7 + index // len(GIVEN)) % len(FAMILY)]
            trade, offering, customers = TRADES[index % len(TRADES)]
            company = f"{family} {trade}" if index % 3 else f"{trade} {rnd.choice(CITIES)} GmbH"
            slug = _slug(f"{given}-{family}")
            urls = [m.Url(f"https://www.{_slug(family)}-{_slug(trade)}.de", ("work",))]
            if index % 4 != 3:
                urls.append(m.Url(f"https://www.linkedin.com/in/{slug}", ("linkedin",)))
            if index % 5 == 0:
                urls.append(
                    m.Url(f"https://www.xing.com/profile/{slug.replace('-', '_')}", ("xing",))
                )
            birthday = m.Birthday(
                rnd.randint(1, 12), rnd.randint(1, 28), rnd.choice([None, 1975, 1983])
            )
            contact = prepare_new(
                m.Contact(
                    formatted_name=f"{given} {family}",
                    given_name=given,
                    family_name=family,
                    organization=company,
                    title=rnd.choice(["Inhaberin", "Geschäftsführer", "Beraterin", "Partner"]),
                    emails=[m.Email(f"{slug}@{_slug(family)}-{_slug(trade)}.de", ("work",))],
                    phones=[
                        m.Phone(f"+49 89 {rnd.randint(1000000, 9999999)}", ("work",)),
                        m.Phone(
                            f"+49 1{rnd.randint(50, 79)} {rnd.randint(1000000, 99999999)}",
                            ("cell",),
                        ),
                    ],
                    addresses=[
                        m.PostalAddress(
                            street=f"Hauptstraße {index + 1}",
                            locality=rnd.choice(CITIES),
                            postal_code=f"8{rnd.randint(1000, 9999)}",
                            country="Deutschland",
                            types=("work",),
                        )
                    ],
                    urls=urls,
                    birthday=birthday if index % 2 == 0 else None,
                    note="Kennt viele Handwerksbetriebe im Landkreis." if index % 6 == 0 else "",
                    tags=rnd.sample(
                        ["Empfehlungsgeber", "Kunde", "Partner", "Presse", "Mentor"],
                        k=rnd.randint(0, 2),
                    ),
                    source=rnd.choice(
                        [
                            m.Source.EVENT_CAPTURE,
                            m.Source.EVENT_CAPTURE,
                            m.Source.VCARD_FILE,
                            m.Source.QR_CODE,
                        ]
                    ),
                    gdpr_note="Visitenkarte beim Treffen übergeben",
                    personally_known=index % 3 == 0,
                    linkedin_state=rnd.choice(list(m.RelationshipState))
                    if index % 4 != 3
                    else m.RelationshipState.NONE,
                    keep_in_touch_days=rnd.choice([None, 30, 90]),
                ),
                now,
            )
            contacts.append(contact)
        repo.add_all(contacts)

        encounter_count = 0
        for index, contact in enumerate(contacts):
            trade, offering, customers = TRADES[index % len(TRADES)]
            for event in rnd.sample(events, k=1 + (index % 3 == 0)):
                talked = index % 5 != 4
                repo.add(
                    m.Encounter(
                        event_id=event.id or 0,
                        contact_id=contact.id or 0,
                        pitch=f"{offering} – {contact.organization}" if talked else "",
                        offering=offering if talked else "",
                        customers=customers if talked else "",
                        cooperation_idea=rnd.choice(
                            ["Gegenseitig empfehlen", "Gemeinsamer Workshop", "", ""]
                        )
                        if talked
                        else "",
                        talked_business=talked,
                        created_at=event.end,
                    )
                )
                encounter_count += 1

        for index, contact in enumerate(contacts[:24]):
            verdict = [m.Verdict.CONSISTENT, m.Verdict.MISMATCH, m.Verdict.UNCHECKED][index % 3]
            details = {
                m.Verdict.CONSISTENT: "Website und LinkedIn erzählen dieselbe Geschichte wie der Pitch.",
                m.Verdict.MISMATCH: "Im Pitch Coaching, auf der Website vor allem Seminare für Konzerne.",
                m.Verdict.UNCHECKED: "",
            }[verdict]
            repo.add(
                m.ConsistencyNote(
                    contact_id=contact.id,
                    verdict=verdict,
                    details=details,
                    sources_checked=["website", "linkedin"]
                    if verdict != m.Verdict.UNCHECKED
                    else [],
                    checked_on=(now - timedelta(days=index)).date(),
                )
            )

        statuses = [s for s in m.FollowUpStatus if s is not m.FollowUpStatus.WAITING]
        # Stranger requests are not part of the demo's acquaintances.
        kinds = [k for k in m.FollowUpKind if k is not m.FollowUpKind.ANSWER_REQUEST]
        followups = 0
        for index, contact in enumerate(contacts[:40]):
            status = statuses[index % len(statuses)]
            due = now + timedelta(hours=rnd.randint(-72, 72))
            repo.add(
                m.FollowUp(
                    contact_id=contact.id or 0,
                    kind=kinds[index % len(kinds)],
                    channel=[m.Channel.LINKEDIN, m.Channel.XING, m.Channel.EMAIL][index % 3],
                    due_at=due,
                    status=status,
                    # Empty: the writer drafts each message from the templates and
                    # the encounter, as it does for real follow-ups.
                    drafted_message="",
                    snoozed_until=due + timedelta(days=1)
                    if status is m.FollowUpStatus.SNOOZED
                    else None,
                    done_at=due if status is m.FollowUpStatus.DONE else None,
                    skip_reason="Kein Profil gefunden"
                    if status is m.FollowUpStatus.SKIPPED
                    else "",
                    created_at=now,
                )
            )
            followups += 1

        for index, contact in enumerate(contacts[:10]):
            repo.add(
                m.Referral(
                    contact_id=contact.id or 0,
                    direction=m.ReferralDirection.GIVEN
                    if index % 2
                    else m.ReferralDirection.RECEIVED,
                    referred_on=(now - timedelta(days=5 * index)).date(),
                    description="Empfehlung für eine neue Website",
                    value_cents=150000 * (index + 1),
                    outcome=[m.ReferralOutcome.OPEN, m.ReferralOutcome.WON, m.ReferralOutcome.LOST][
                        index % 3
                    ],
                )
            )
            repo.add(
                m.OneToOne(
                    contact_id=contact.id or 0,
                    scheduled_at=now + timedelta(days=index - 4),
                    place="Café Luitpold",
                    status=m.OneToOneStatus.HELD if index < 4 else m.OneToOneStatus.PLANNED,
                )
            )

        if repo.my_card() is None:
            repo.add(
                m.MyCard(
                    formatted_name="Martina Schreiber",
                    given_name="Martina",
                    family_name="Schreiber",
                    organization="Schreiber Kommunikation",
                    title="Texterin und Kommunikationsberaterin",
                    phones=[m.Phone("+49 89 2345678", ("work",))],
                    emails=[m.Email("martina@schreiber-kommunikation.de", ("work",))],
                    website="https://www.schreiber-kommunikation.de",
                    linkedin_url="https://www.linkedin.com/in/martina-schreiber",
                    xing_url="https://www.xing.com/profile/Martina_Schreiber",
                    elevator_pitch=(
                        "Ich schreibe Websites und Broschüren für Handwerksbetriebe, "
                        "die ihre Kunden in klaren Worten erreichen wollen."
                    ),
                    one_line_pitch="Texte für Handwerksbetriebe",
                )
            )
        repo.reindex([c.id for c in contacts if c.id is not None])
    return DemoSummary(len(networks), len(events), len(contacts), encounter_count, followups)
