"""Field-by-field scoring of card readings against the truth of the card test set.

Every field is a unit: each non-empty scalar of the truth (prefix, given_name,
family_name, title, organization), each e-mail, url and phone, each part of an
address (street, postal_code, locality, country). A unit is right when the reading
has it. Everything extra in the reading (a scalar the truth has empty, an e-mail,
url, phone or address part the truth has not) is one wrong unit. A card the reader
missed costs all its units; a card it made up costs each of its non-empty units.

Comparison rules: scalars and address parts equal after collapsing whitespace (case
and accents count); e-mails case-insensitive; urls case-insensitive without scheme,
"www." and trailing "/"; phones by their E.164 number AND their types.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers

from netzwerk_app.domain.card_reading import CardReading, ReadAddress, ReadPhone

CARDS = Path(__file__).resolve().parents[1] / "data" / "cards"
TRUTH = CARDS / "truth.json"

SCALARS = ("prefix", "given_name", "family_name", "title", "organization")
ADDRESS_PARTS = ("street", "postal_code", "locality", "country")
KINDS = (*SCALARS, "emails", "phones", "urls", *ADDRESS_PARTS)


def photos() -> list[Path]:
    """The photos of the card test set, by name."""
    return sorted(p for p in CARDS.iterdir() if p.suffix.lower() in {".jpg", ".jpeg", ".png"})


def load_truth() -> dict[str, list[dict[str, Any]]]:
    """truth.json: each photo's cards (left to right, top to bottom) and their fields."""
    data: dict[str, list[dict[str, Any]]] = json.loads(TRUTH.read_text(encoding="utf-8"))
    return data


def collapse(text: str) -> str:
    return " ".join(text.split())


def norm_email(text: str) -> str:
    return collapse(text).lower()


def norm_url(text: str) -> str:
    u = collapse(text).lower()
    u = re.sub(r"^[a-z][a-z0-9+.-]*://", "", u)
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def norm_phone(value: str, region: str = "DE") -> str:
    """E.164 of ``value``, or its digits (with a leading +) when it does not parse."""
    try:
        n = phonenumbers.parse(value, region)
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return ("+" if value.strip().startswith("+") else "") + re.sub(r"\D", "", value)


@dataclass
class Score:
    """Right and total units per field kind, and the mistakes in words."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    mistakes: list[str] = field(default_factory=list)

    def unit(self, kind: str, ok: bool, what: str = "") -> None:
        self.total[kind] += 1
        if ok:
            self.right[kind] += 1
        elif what:
            self.mistakes.append(what)

    def add(self, other: Score) -> Score:
        for k in KINDS:
            self.right[k] += other.right[k]
            self.total[k] += other.total[k]
        self.mistakes.extend(other.mistakes)
        return self

    @property
    def overall_right(self) -> int:
        return sum(self.right.values())

    @property
    def overall_total(self) -> int:
        return sum(self.total.values())

    @property
    def overall(self) -> float:
        return self.overall_right / self.overall_total if self.overall_total else 1.0

    def ratio(self, kind: str) -> float:
        return self.right[kind] / self.total[kind] if self.total[kind] else 1.0

    def table(self, title: str = "") -> str:
        lines = [title] if title else []
        lines.append(f"{'field':<14}{'right':>7}{'total':>7}{'share':>9}")
        for k in KINDS:
            if self.total[k]:
                lines.append(f"{k:<14}{self.right[k]:>7}{self.total[k]:>7}{self.ratio(k):>9.1%}")
        lines.append(
            f"{'overall':<14}{self.overall_right:>7}{self.overall_total:>7}{self.overall:>9.1%}"
        )
        return "\n".join(lines)


def side_by_side(*scores: tuple[str, Score]) -> str:
    """One table with a column per scored parser."""
    head = f"{'field':<14}" + "".join(f"{name:>22}" for name, _ in scores)
    lines = [head]
    for k in (*KINDS, "overall"):
        cells = []
        for _, s in scores:
            if k == "overall":
                r, t, q = s.overall_right, s.overall_total, s.overall
            else:
                r, t, q = s.right[k], s.total[k], s.ratio(k)
            cells.append(f"{r:>5}/{t:<5} {q:>9.1%}" if t else f"{'':>22}")
        if any(c.strip() for c in cells):
            lines.append(f"{k:<14}" + "".join(f"{c:>22}" for c in cells))
    return "\n".join(lines)


def _truth_phones(card: dict[str, Any]) -> list[tuple[str, frozenset[str]]]:
    return [(norm_phone(p["value"]), frozenset(p["types"])) for p in card.get("phones", [])]


def _read_phones(phones: list[ReadPhone]) -> list[tuple[str, frozenset[str]]]:
    return [(norm_phone(p.value), frozenset(p.types)) for p in phones]


def _truth_addresses(card: dict[str, Any]) -> list[dict[str, str]]:
    return [{k: a.get(k, "") for k in ADDRESS_PARTS} for a in card.get("addresses", [])]


def _read_addresses(addresses: list[ReadAddress]) -> list[dict[str, str]]:
    return [{k: getattr(a, k) for k in ADDRESS_PARTS} for a in addresses]


def _address_match(a: dict[str, str], b: dict[str, str]) -> int:
    return sum(1 for k in ADDRESS_PARTS if a[k] and collapse(a[k]) == collapse(b[k]))


def score_card(truth: dict[str, Any] | None, reading: CardReading | None, where: str = "") -> Score:
    """The units of one truth card against one reading (either may be missing)."""
    s = Score()
    t = truth or {}
    r = reading or CardReading()
    p = f"{where}: " if where else ""
    for k in SCALARS:
        want, got = collapse(t.get(k, "")), collapse(getattr(r, k))
        if want:
            s.unit(k, want == got, f"{p}{k} {want!r} read as {got!r}")
        elif got:
            s.unit(k, False, f"{p}{k} extra {got!r}")
    for kind, norm in (("emails", norm_email), ("urls", norm_url)):
        left = [norm(x) for x in getattr(r, kind)]
        for want in t.get(kind, []):
            ok = norm(want) in left
            if ok:
                left.remove(norm(want))
            s.unit(kind, ok, f"{p}{kind} {want!r} missed (read {getattr(r, kind)!r})")
        for extra in left:
            s.unit(kind, False, f"{p}{kind} extra {extra!r}")
    read_phones = _read_phones(r.phones)
    for number, types in _truth_phones(t):
        same_number = [x for x in read_phones if x[0] == number]
        if same_number:
            got = same_number[0]
            read_phones.remove(got)
            s.unit(
                "phones",
                got[1] == types,
                f"{p}phone {number} typed {sorted(got[1])} not {sorted(types)}",
            )
        else:
            s.unit(
                "phones",
                False,
                f"{p}phone {number} {sorted(types)} missed (read {[x[0] for x in _read_phones(r.phones)]})",
            )
    for number, types in read_phones:
        s.unit("phones", False, f"{p}phone extra {number} {sorted(types)}")
    want_addr = _truth_addresses(t)
    got_addr = _read_addresses(r.addresses)
    # pair addresses by the most agreeing parts
    for a in want_addr:
        best = max(got_addr, key=lambda b: _address_match(a, b), default=None)
        if best is not None:
            got_addr.remove(best)
        b = best or dict.fromkeys(ADDRESS_PARTS, "")
        for k in ADDRESS_PARTS:
            if a[k]:
                s.unit(k, collapse(a[k]) == collapse(b[k]), f"{p}{k} {a[k]!r} read as {b[k]!r}")
            elif b[k]:
                s.unit(k, False, f"{p}{k} extra {b[k]!r}")
    for b in got_addr:
        for k in ADDRESS_PARTS:
            if b[k]:
                s.unit(k, False, f"{p}{k} extra {b[k]!r} (extra address)")
    return s


def score(truth_cards: list[dict[str, Any]], readings: list[CardReading], file: str = "") -> Score:
    """The units of one photo: its truth cards paired with the readings.

    Cards are paired to maximise the right units (a photo has one to a few cards;
    with equal counts and equal merit the order left to right wins). A card without
    a partner counts all its units wrong (missed) or its non-empty units wrong (extra).
    """
    n, m = len(truth_cards), len(readings)
    best: Score | None = None
    slots: list[int | None] = [*range(m), *([None] * max(0, n - m))]
    for perm in itertools.permutations(slots, n) if n <= 6 else [tuple(slots[:n])]:
        s = Score()
        for i, j in enumerate(perm):
            where = f"{file} card {i + 1}" if file else f"card {i + 1}"
            s.add(score_card(truth_cards[i], readings[j] if j is not None else None, where))
        used = {j for j in perm if j is not None}
        for j in range(m):
            if j not in used:
                where = f"{file} extra card" if file else "extra card"
                s.add(score_card(None, readings[j], where))
        if (
            best is None
            or s.overall_right > best.overall_right
            or (s.overall_right == best.overall_right and s.overall_total < best.overall_total)
        ):
            best = s
    return best if best is not None else Score()
