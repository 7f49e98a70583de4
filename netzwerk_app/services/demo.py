"""Realistic sample data: three networks, eight events, 60 people, notes and follow-ups.

Deterministic (fixed seed) so screenshots and tests see the same people each time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from netzwerk_app.domain import model as m
from netzwerk_app.services.contacts import prepare_new
from netzwerk_app.services.demo_data import (
    CAFES,
    IDEAS,
    MISMATCHES,
    PEOPLE,
    REFERRALS,
    STREETS,
    TOWNS,
    TRADES,
)
from netzwerk_app.services.demo_data import (
    FAMILY as FAMILY,  # tests size the longest names of the demo
)
from netzwerk_app.services.demo_data import (
    GIVEN as GIVEN,
)
from netzwerk_app.services.demo_data import (
    slug as _slug,
)
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository


@dataclass(frozen=True)
class DemoSummary:
    networks: int
    events: int
    contacts: int
    encounters: int
    followups: int


def _weekday_before(day: date, weekday: int, weeks_back: int) -> date:
    """The ``weekday`` (0 = Monday) before ``day``, ``weeks_back`` weeks earlier still."""
    back = (day.weekday() - weekday) % 7 or 7
    return day - timedelta(days=back + 7 * weeks_back)


def load_demo(
    db: Database, now: datetime, seed: int = 7, zone: tzinfo | None = None
) -> DemoSummary:
    """Fill the database with the demo data in one transaction, dated around ``now``.

    Events are at local times in ``zone`` (default Europe/Berlin), stored in UTC: the
    BNI chapter breakfasts on Tuesdays 06:45–08:30 at its one venue, Webgrrls and the
    Stammtisch meet in the evening; the Webgrrls network has only women.
    """
    rnd = random.Random(seed)
    zone = zone or ZoneInfo("Europe/Berlin")
    today = now.astimezone(zone).date()
    with db.write() as session:
        repo = Repository(session)
        networks = [
            repo.add(
                m.Network(
                    "BNI Chapter Isartal",
                    "Unternehmerfrühstück jeden Dienstag, 6:45–8:30 Uhr, Gasthof Zur Post, Pullach",
                    default_address_form=m.AddressForm.SIE,
                )
            ),
            repo.add(
                m.Network(
                    "Webgrrls München",
                    "Business-Netzwerk für Frauen in der digitalen Welt",
                    default_address_form=m.AddressForm.DU,
                )
            ),
            repo.add(
                m.Network(
                    "Unternehmerstammtisch Starnberg",
                    "Einmal im Monat donnerstags ab 19 Uhr",
                )
            ),
        ]
        bni, webgrrls, stammtisch = 0, 1, 2
        # (network, title, kind, day, start, end, place, speaker, topic)
        specs = [
            (bni, "Unternehmerfrühstück", "breakfast", _weekday_before(today, 1, 0),
             time(6, 45), time(8, 30), "Sabine Krämer", "Empfehlungsmarketing"),
            (webgrrls, "Webgrrls Netzwerkabend", "meetup", _weekday_before(today, 2, 1),
             time(19, 0), time(21, 30), "Dr. Elif Demir", "KI im Marketing"),
            (bni, "Unternehmerfrühstück mit Gastvortrag", "breakfast", _weekday_before(today, 1, 2),
             time(6, 45), time(8, 30), "Thomas Huber", "Cybersicherheit"),
            (stammtisch, "Stammtisch Herbst", "stammtisch", _weekday_before(today, 3, 4),
             time(19, 0), time(22, 0), "", "Nachfolge im Familienbetrieb"),
            (webgrrls, "Webgrrls Barcamp", "barcamp", _weekday_before(today, 5, 7),
             time(10, 0), time(17, 0), "", "Sichtbarkeit auf LinkedIn"),
            (bni, "Besuchertag", "breakfast", _weekday_before(today, 1, 9),
             time(6, 45), time(8, 30), "Jörg Wagner", "Die 60-Sekunden-Präsentation"),
            (stammtisch, "Stammtisch Sommerfest", "stammtisch", _weekday_before(today, 3, 13),
             time(18, 30), time(23, 0), "", "Netzwerken mit Herz"),
            (webgrrls, "Webgrrls Workshop", "workshop", _weekday_before(today, 2, 18),
             time(18, 30), time(21, 0), "Giulia Rossi", "Preise richtig kalkulieren"),
        ]  # fmt: skip
        venues = {
            bni: "Gasthof Zur Post, Pullach",
            webgrrls: "Werkraum Schwabing, München",
            stammtisch: "Seerestaurant Undosa, Starnberg",
        }
        events: list[m.Event] = []
        for net, title, kind, day, begins, ends, speaker, topic in specs:
            start = datetime.combine(day, begins, zone)
            events.append(
                repo.add(
                    m.Event(
                        network_id=networks[net].id,
                        title=title,
                        start=start.astimezone(UTC),
                        end=datetime.combine(day, ends, zone).astimezone(UTC),
                        place=venues[net],
                        speaker=speaker,
                        topic=topic,
                        kind=kind,
                    )
                )
            )
        women_welcome = list(events)
        men_welcome = [e for e, spec in zip(events, specs, strict=True) if spec[0] != webgrrls]

        contacts: list[m.Contact] = []
        women: list[bool] = []
        for index, (given, family, woman) in enumerate(PEOPLE):
            _trade, _offering, _customers, pattern, title_f, title_m, _pitches = TRADES[
                index % len(TRADES)
            ]
            company = pattern.format(family=family)
            town, postcode, area = TOWNS[index % len(TOWNS)]
            slug, domain = _slug(f"{given}-{family}"), f"{_slug(company)}.de"
            urls = [m.Url(f"https://www.{domain}", ("work",))]
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
                    title=title_f if woman else title_m,
                    salutation=m.Salutation.FRAU if woman else m.Salutation.HERR,
                    emails=[m.Email(f"{slug.split('-')[0]}@{domain}", ("work",))],
                    phones=[
                        m.Phone(f"+49 {area} {rnd.randint(100000, 999999)}", ("work",)),
                        m.Phone(
                            f"+49 1{rnd.randint(50, 79)} {rnd.randint(1000000, 99999999)}",
                            ("cell",),
                        ),
                    ],
                    addresses=[
                        m.PostalAddress(
                            street=f"{STREETS[index % len(STREETS)]} {index % 40 + 1}",
                            locality=town,
                            postal_code=postcode,
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
            women.append(woman)
        repo.add_all(contacts)

        encounter_count = 0
        for index, contact in enumerate(contacts):
            _trade, offering, customers, _pattern, _f, _m, pitches = TRADES[index % len(TRADES)]
            met_at = rnd.sample(
                women_welcome if women[index] else men_welcome, k=1 + (index % 3 == 0)
            )
            for event in met_at:
                talked = index % 5 != 4
                repo.add(
                    m.Encounter(
                        event_id=event.id or 0,
                        contact_id=contact.id or 0,
                        pitch=pitches[index // len(TRADES) % 2] if talked else "",
                        offering=offering if talked else "",
                        customers=customers if talked else "",
                        cooperation_idea=rnd.choice([*IDEAS, "", ""]) if talked else "",
                        talked_business=talked,
                        created_at=event.end,
                    )
                )
                encounter_count += 1

        for index, contact in enumerate(contacts[:24]):
            verdict = [m.Verdict.CONSISTENT, m.Verdict.MISMATCH, m.Verdict.UNCHECKED][index % 3]
            details = {
                m.Verdict.CONSISTENT: "Website und LinkedIn erzählen dieselbe Geschichte wie der Pitch.",
                m.Verdict.MISMATCH: MISMATCHES[index % len(MISMATCHES)],
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
                    description=REFERRALS[index % len(REFERRALS)],
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
                    place=CAFES[index % len(CAFES)],
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
