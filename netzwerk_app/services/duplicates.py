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


@dataclass(frozen=True)
class CardKeys:
    """The matching keys of one card, computed once (phone parsing is the costly part)."""

    uid: str
    profiles: tuple[tuple[str, str], ...]  # (key, URL as written)
    emails: tuple[tuple[str, str], ...]
    phones: tuple[tuple[str, str], ...]
    name: str
    organization: str
    organization_shown: str


@dataclass
class DuplicateIndex:
    phone_region: str = "DE"
    by_uid: dict[str, Entry] = field(default_factory=dict)
    by_email: dict[str, Entry] = field(default_factory=dict)
    by_phone: dict[str, Entry] = field(default_factory=dict)
    by_profile: dict[str, Entry] = field(default_factory=dict)
    # folded organisation -> folded names and their entries ("" = no organisation)
    by_org: dict[str, dict[str, Entry]] = field(default_factory=dict)

    def keys(
        self,
        name: str,
        organization: str,
        uid: str = "",
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        urls: Iterable[str] = (),
    ) -> CardKeys:
        profiles = tuple((k, u) for u in urls if (k := profile_key(u)))
        mails = tuple((normalize_email(e), e) for e in emails if e.strip())
        region = self.phone_region
        numbers = tuple((k, p) for p in phones if (k := normalize_phone(p, region)))
        return CardKeys(
            uid, profiles, mails, numbers, name_key(name), name_key(organization), organization
        )

    def keys_of(self, contact: m.Contact) -> CardKeys:
        return self.keys(
            contact.display_name,
            contact.organization,
            contact.uid,
            [e.value for e in contact.emails],
            [p.value for p in contact.phones],
            [u.value for u in contact.urls],
        )

    def add(self, entry: Entry, keys: CardKeys) -> None:
        """Make ``entry`` findable by ``keys``; the first contact with a key keeps it."""
        if keys.uid:
            self.by_uid.setdefault(keys.uid, entry)
        for key, _ in keys.emails:
            self.by_email.setdefault(key, entry)
        for key, _ in keys.phones:
            self.by_phone.setdefault(key, entry)
        for key, _ in keys.profiles:
            self.by_profile.setdefault(key, entry)
        if keys.name:
            self.by_org.setdefault(keys.organization, {}).setdefault(keys.name, entry)

    def add_contact(self, entry: Entry, contact: m.Contact) -> None:
        self.add(entry, self.keys_of(contact))

    def find(self, keys: CardKeys) -> Match | None:
        """The known contact a card with ``keys`` duplicates, with the reason."""
        if keys.uid and keys.uid in self.by_uid:
            return Match(self.by_uid[keys.uid], "the same UID")
        for key, shown in keys.profiles:
            if key in self.by_profile:
                return Match(self.by_profile[key], f"the same profile {shown}")
        for key, shown in keys.emails:
            if key in self.by_email:
                return Match(self.by_email[key], f"the same e-mail address {shown}")
        for key, shown in keys.phones:
            if key in self.by_phone:
                return Match(self.by_phone[key], f"the same phone number {shown}")
        return self._by_name(keys.name, keys.organization, keys.organization_shown)

    def find_by_name(self, name: str, organization: str) -> Match | None:
        return self._by_name(name_key(name), name_key(organization), organization)

    def _by_name(self, folded: str, org: str, org_shown: str) -> Match | None:
        if not folded:
            return None
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
        where = f" at {org_shown.strip()}" if org else ""
        return Match(entry, f"a similar name{where}")
