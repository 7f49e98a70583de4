"""Finding the contacts an incoming card may duplicate, in near-linear time.

The rules live in ``domain.duplicates``; this index only finds the few contacts
worth comparing a card with, so that 100,000 cards (or a company of 5,000
colleagues) never compare every card with every name:

- UID, e-mail, LinkedIn/XING profile URL and phone (E.164) are dictionary keys.
  A key most contacts hold alone maps to that contact; the holders of a shared key
  (a switchboard number, a team mailbox) are kept in a list beside it. A phone
  number shared by many is looked up by the words of the name as well.
- Names are compared only for a *possible* duplicate, which needs identifiers of
  different kinds on both sides (a shared one is found by its key, and different
  ones contradict). So names are grouped by organisation and by the kinds of
  identifiers a card has; a card is compared only with the groups of its own
  organisation whose kinds it does not have, and inside a group only with names
  sharing a word (rapidfuzz on that small bucket; an initial is no word). Without an organisation only the
  very same name counts, which is one dictionary look-up.

The keys of all contacts are loaded once per import; cards added during the import
are added to the index, so that a file holding the same card twice does not double
it either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

from netzwerk_app.domain import model as m
from netzwerk_app.domain.duplicates import (
    CardKeys,
    Kinship,
    compare,
    name_key,
    similar_names,
)
from netzwerk_app.interchange.keys import normalize_email, normalize_phone, normalize_profile_url
from netzwerk_app.storage.repository import Repository

_PROFILE_HOSTS = ("https://www.linkedin.com/", "https://www.xing.com/")
# Holders of one e-mail/profile key compared with a card: a team mailbox on the
# cards of a whole company would otherwise compare everyone with everyone.
SHARED_KEY_LIMIT = 32
# Phone numbers held by more contacts than this are also looked up by name words.
SWITCHBOARD = 16
POSSIBLE_LIMIT = 5  # possible duplicates listed per card


@dataclass(slots=True, eq=False)
class Entry:
    """A contact known to the index: stored (``contact_id``) or still pending in this
    import (``pending``, until the next flush gives it an id)."""

    name: str
    contact_id: int | None = None
    pending: m.Contact | None = None
    keys: CardKeys | None = None


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    reason: str  # plain English: "the same e-mail address max@example.de"


@dataclass(frozen=True, slots=True)
class Finding:
    """What the index knows about a card: the contact it is (if any) and the
    contacts it may be, each with the reason."""

    same: Match | None = None
    possible: tuple[Match, ...] = ()


# A switchboard number on 5,000 colleagues' cards is parsed once, not 5,000 times.
_phone_key = lru_cache(maxsize=4096)(normalize_phone)


def _stored(keys: CardKeys, uid: str) -> CardKeys:
    """The keys an index entry keeps: the values as written are only needed for the
    incoming card's reason, so the entry keeps the normalised key in their place."""
    return CardKeys(
        uid,
        tuple((k, k) for k, _ in keys.profiles),
        tuple((k, k) for k, _ in keys.emails),
        tuple((k, k) for k, _ in keys.phones),
        keys.name,
        keys.organization,
    )


def profile_key(url: str) -> str | None:
    """The comparable form of a LinkedIn/XING profile URL; None for other URLs."""
    try:
        key = normalize_profile_url(url)
    except ValueError:  # a URL urllib cannot split ("http://[oops")
        return None
    for host in _PROFILE_HOSTS:
        if key.startswith(host) and len(key) > len(host) + 3:
            return key
    return None


def _words(name: str) -> list[str]:
    words = [w for w in name.split() if len(w) > 1]
    return words or ([name] if name else [])


@dataclass
class _KeyMap:
    """key -> the first holder; holders after the first in ``more``, by identity and
    in the order added (a switchboard number held by 5,000 colleagues is no list that
    each new holder is looked for in)."""

    first: dict[str, Entry] = field(default_factory=dict)
    more: dict[str, dict[int, Entry]] = field(default_factory=dict)

    def add(self, key: str, entry: Entry) -> int:
        held = self.first.setdefault(key, entry)
        if held is entry:
            return 1
        others = self.more.setdefault(key, {})
        others.setdefault(id(entry), entry)  # the entry itself keeps its id unique
        return len(others) + 1

    def holders(self, key: str, limit: int | None = None) -> list[Entry]:
        """The holders of ``key``, the first ``limit`` of them if given."""
        first = self.first.get(key)
        if first is None:
            return []
        others = self.more.get(key)
        if not others:
            return [first]
        rest = others.values() if limit is None else islice(others.values(), limit - 1)
        return [first, *rest]


@dataclass
class _NameGroup:
    """Names of one organisation whose cards have the same kinds of identifiers."""

    names: dict[str, list[Entry]] = field(default_factory=dict)
    words: dict[str, set[str]] | None = None  # built on the first fuzzy look-up
    # name looked up -> the known names similar to it; a company's names repeat, so
    # most look-ups are answered here instead of by rapidfuzz over the bucket again
    _alike: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, entry: Entry) -> None:
        holders = self.names.get(name)
        if holders is None:
            holders = self.names[name] = []
            if self.words is not None:
                for word in _words(name):
                    self.words.setdefault(word, set()).add(name)
            self._alike.clear()  # a new name may be similar to names looked up before
        if entry not in holders:
            holders.append(entry)

    def similar(self, name: str) -> list[Entry]:
        alike = self._alike.get(name)
        if alike is None:
            alike = self._alike[name] = self._similar_names(name)
        return [entry for known in alike for entry in self.names[known]]

    def _similar_names(self, name: str) -> list[str]:
        if self.words is None:
            self.words = {}
            for known in self.names:
                for word in _words(known):
                    self.words.setdefault(word, set()).add(known)
        bucket: set[str] = set()
        for word in _words(name):
            bucket |= self.words.get(word, set())
        return [known for known in bucket if similar_names(name, known)]


@dataclass
class DuplicateIndex:
    phone_region: str = "DE"
    by_uid: dict[str, Entry] = field(default_factory=dict)
    _emails: _KeyMap = field(default_factory=_KeyMap)
    _profiles: _KeyMap = field(default_factory=_KeyMap)
    _phones: _KeyMap = field(default_factory=_KeyMap)
    # phone -> the names of its holders, for numbers many contacts share
    _switchboards: dict[str, _NameGroup] = field(default_factory=dict)
    # (folded organisation, identifier kinds) -> names
    _groups: dict[tuple[str, int], _NameGroup] = field(default_factory=dict)
    _organizations: dict[str, str] = field(default_factory=dict)

    @property
    def by_email(self) -> dict[str, Entry]:
        """e-mail key -> the first contact holding it."""
        return self._emails.first

    @property
    def by_profile(self) -> dict[str, Entry]:
        """profile key -> the first contact holding it."""
        return self._profiles.first

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
        numbers = tuple((k, p) for p in phones if (k := _phone_key(p, region)))
        org = name_key(organization)
        org = self._organizations.setdefault(org, org)  # one string per organisation
        return CardKeys(uid, profiles, mails, numbers, name_key(name), org, organization)

    def keys_of(self, contact: m.Contact) -> CardKeys:
        return self.keys(
            contact.display_name,
            contact.organization,
            contact.uid,
            [e.value for e in contact.emails],
            [p.value for p in contact.phones],
            [u.value for u in contact.urls],
        )

    def add(self, entry: Entry, keys: CardKeys, uid: str = "") -> None:
        """Make ``entry`` findable by ``keys`` (again, after a merge changed them);
        ``uid`` stands for the keys' own (one made up for a card without)."""
        uid = uid or keys.uid
        entry.keys = _stored(keys, uid)
        if uid:
            self.by_uid.setdefault(uid, entry)
        for key, _ in keys.emails:
            self._emails.add(key, entry)
        for key, _ in keys.profiles:
            self._profiles.add(key, entry)
        for key, _ in keys.phones:
            holders = self._phones.add(key, entry)
            board = self._switchboards.get(key)
            if board is None and holders > SWITCHBOARD:
                board = self._switchboards[key] = _NameGroup()
                for holder in self._phones.holders(key):
                    assert holder.keys is not None
                    board.add(holder.keys.name, holder)
            elif board is not None:
                board.add(keys.name, entry)
        if keys.name:
            group = (keys.organization, keys.identifier_kinds)
            self._groups.setdefault(group, _NameGroup()).add(keys.name, entry)

    def add_contact(self, entry: Entry, contact: m.Contact) -> None:
        self.add(entry, self.keys_of(contact))

    def find(self, keys: CardKeys) -> Finding:
        """The known contact a card with ``keys`` is, or the ones it may be."""
        if keys.uid and keys.uid in self.by_uid:
            return Finding(Match(self.by_uid[keys.uid], "the same UID"))
        seen: set[int] = set()
        possible: list[Match] = []
        for entry in self._candidates(keys):
            if id(entry) in seen or entry.keys is None:
                continue
            seen.add(id(entry))
            verdict = compare(keys, entry.keys)
            if verdict.kinship is Kinship.SAME:
                return Finding(Match(entry, verdict.reason))
            if verdict.kinship is Kinship.POSSIBLE and len(possible) < POSSIBLE_LIMIT:
                possible.append(Match(entry, verdict.reason))
        return Finding(None, tuple(possible))

    def _candidates(self, keys: CardKeys) -> Iterable[Entry]:
        for key, _ in keys.profiles:
            yield from self._profiles.holders(key, SHARED_KEY_LIMIT)
        for key, _ in keys.emails:
            yield from self._emails.holders(key, SHARED_KEY_LIMIT)
        for key, _ in keys.phones:
            board = self._switchboards.get(key)
            if board is None:
                yield from self._phones.holders(key)
            else:  # a switchboard: only its holders with a similar name can be the same
                yield from board.similar(keys.name)
        if not keys.name:
            return
        mine = keys.identifier_kinds
        for kinds in range(8):
            if kinds & mine:
                continue  # both have this kind: shared (found above) or contradicting
            group = self._groups.get((keys.organization, kinds))
            if group is None:
                continue
            if keys.organization:
                yield from group.similar(keys.name)
            else:
                yield from group.names.get(keys.name, ())


def stored_keys(repo: Repository, index: DuplicateIndex) -> Iterator[tuple[Entry, CardKeys]]:
    """An entry and the keys (normalised by ``index``) of every contact not in the
    trash, in the order of their ids."""
    for cid, name, org, uid, emails, phones, urls in sorted(repo.contact_keys()):
        keys = index.keys(
            name,
            org,
            uid,
            [e.value for e in emails],
            [p.value for p in phones],
            [u.value for u in urls],
        )
        yield Entry(name, contact_id=cid), keys


def load_index(repo: Repository, phone_region: str) -> DuplicateIndex:
    """The keys of every contact not in the trash, read once per import."""
    index = DuplicateIndex(phone_region)
    for entry, keys in stored_keys(repo, index):
        index.add(entry, keys)
    return index


@dataclass
class IndexCarry:
    """The duplicate index handed from one file of an import to the next.

    Loading the keys of every stored contact again for each file made the third of
    three 40,000-card files cost twice the first (80,000 contacts read and their
    phone numbers parsed again). A file's index is used for the next file only when
    its transaction committed and nothing else changed the contacts since.
    """

    phone_region: str
    _index: DuplicateIndex | None = None
    _mark: tuple[Any, ...] = ()

    def take(self, repo: Repository) -> DuplicateIndex:
        """The index for the next file (inside its write transaction)."""
        index, self._index = self._index, None  # invalid until this file commits
        if index is None or repo.contacts_mark() != self._mark:
            index = load_index(repo, self.phone_region)
        return index

    def current(self, repo: Repository) -> DuplicateIndex:
        """The index as the contacts stand now, for a look-up that stores nothing
        (kept for the next look-up or import while nothing changes)."""
        mark = repo.contacts_mark()
        if self._index is None or mark != self._mark:
            self._index, self._mark = load_index(repo, self.phone_region), mark
        return self._index

    def mark(self, repo: Repository) -> tuple[Any, ...]:
        """The contacts' fingerprint at the end of a file's transaction."""
        return repo.contacts_mark()

    def keep(self, index: DuplicateIndex, mark: tuple[Any, ...]) -> None:
        """After the commit: the next file may start from ``index``."""
        self._index, self._mark = index, mark
