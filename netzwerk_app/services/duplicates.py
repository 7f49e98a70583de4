"""Finding the contact an incoming card duplicates, fast enough for 10,000+ contacts.

The keys of all contacts are loaded once per import into dictionaries; cards added
during the import are added to them, so that a file holding the same card twice
does not double it either. A card is a duplicate of a contact with

- the same UID (our own export read back, an address book synced twice),
- the same e-mail address (case-insensitive),
- the same phone number in E.164 form (numbers without country code are read as
  numbers of the user's region),
- the same LinkedIn or XING profile URL (other URLs, such as a company website, are
  shared by colleagues and prove nothing),
- or a close name (rapidfuzz ``token_sort_ratio`` >= 90 on folded names, so word
  order, umlauts and "ue" spellings do not matter) at the same organisation; when
  neither has an organisation, only the same name (folded) counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from netzwerk_app.domain import model as m
from netzwerk_app.domain.text import fold
from netzwerk_app.interchange.keys import normalize_email, normalize_phone, normalize_profile_url

NAME_SCORE = 90
_PROFILE_HOSTS = ("https://www.linkedin.com/", "https://www.xing.com/")


@dataclass
class Entry:
    """A contact known to the index: stored (``contact_id``) or still pending in this
    import (``pending``, until the next flush gives it an id)."""

    name: str
    contact_id: int | None = None
    pending: m.Contact | None = None


@dataclass(frozen=True)
class Match:
    entry: Entry
    reason: str  # plain English: "same e-mail address max@example.de"


def profile_key(url: str) -> str | None:
    """The comparable form of a LinkedIn/XING profile URL; None for other URLs."""
    key = normalize_profile_url(url)
    for host in _PROFILE_HOSTS:
        if key.startswith(host) and len(key) > len(host) + 3:
            return key
    return None


def name_key(name: str) -> str:
    return " ".join(fold(name).split())


@dataclass
class DuplicateIndex:
    phone_region: str = "DE"
    by_uid: dict[str, Entry] = field(default_factory=dict)
    by_email: dict[str, Entry] = field(default_factory=dict)
    by_phone: dict[str, Entry] = field(default_factory=dict)
    by_profile: dict[str, Entry] = field(default_factory=dict)
    # folded organisation -> folded names and their entries ("" = no organisation)
    by_org: dict[str, dict[str, Entry]] = field(default_factory=dict)

    def add(
        self,
        entry: Entry,
        name: str,
        organization: str,
        uid: str = "",
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        urls: Iterable[str] = (),
    ) -> None:
        """Make ``entry`` findable by these keys; the first contact with a key keeps it."""
        if uid:
            self.by_uid.setdefault(uid, entry)
        for email in emails:
            if email.strip():
                self.by_email.setdefault(normalize_email(email), entry)
        for phone in phones:
            e164 = normalize_phone(phone, self.phone_region)
            if e164:
                self.by_phone.setdefault(e164, entry)
        for url in urls:
            key = profile_key(url)
            if key:
                self.by_profile.setdefault(key, entry)
        folded = name_key(name)
        if folded:
            self.by_org.setdefault(name_key(organization), {}).setdefault(folded, entry)

    def add_contact(self, entry: Entry, contact: m.Contact) -> None:
        self.add(
            entry,
            contact.display_name,
            contact.organization,
            contact.uid,
            [e.value for e in contact.emails],
            [p.value for p in contact.phones],
            [u.value for u in contact.urls],
        )

    def find(self, contact: m.Contact) -> Match | None:
        """The known contact ``contact`` duplicates, with the reason; None if none."""
        if contact.uid and contact.uid in self.by_uid:
            return Match(self.by_uid[contact.uid], "the same UID")
        for profile in contact.urls:
            key = profile_key(profile.value)
            if key and key in self.by_profile:
                return Match(self.by_profile[key], f"the same profile {profile.value}")
        for email in contact.emails:
            found = self.by_email.get(normalize_email(email.value))
            if found is not None:
                return Match(found, f"the same e-mail address {email.value}")
        for phone in contact.phones:
            e164 = normalize_phone(phone.value, self.phone_region)
            if e164 and e164 in self.by_phone:
                return Match(self.by_phone[e164], f"the same phone number {phone.value}")
        return self.find_by_name(contact.display_name, contact.organization)

    def find_by_name(self, name: str, organization: str) -> Match | None:
        folded = name_key(name)
        if not folded:
            return None
        org = name_key(organization)
        names = self.by_org.get(org)
        if not names:
            return None
        if folded in names:
            entry = names[folded]
        elif not org:
            return None  # without an organisation only the very same name counts
        else:
            best = process.extractOne(
                folded, names.keys(), scorer=fuzz.token_sort_ratio, score_cutoff=NAME_SCORE
            )
            if best is None:
                return None
            entry = names[best[0]]
        where = f" at {organization.strip()}" if org else ""
        return Match(entry, f"a similar name{where}")
