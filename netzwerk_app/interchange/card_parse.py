"""From the recognised lines of a business card to a contact's fields (issue 15).

Our own rules on top of phonenumbers and email-validator: the OCR boxes give each
line's position and height (its font size); contact details are found by their
labels and shapes (``card_fields``); the name is the largest name-shaped line near
the top (or the one its e-mail address spells); the organisation carries a legal
form, an organisation word, or the name of its web domain; the job title holds
title words. A vCard in a printed QR code wins where it has a field.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from netzwerk_app.domain.card_reading import (
    FIELD_NAMES,
    CardReading,
    OcrLine,
    RawCard,
)
from netzwerk_app.interchange import card_fields as cf
from netzwerk_app.interchange import card_names as cn
from netzwerk_app.interchange import card_words as w
from netzwerk_app.interchange.card_sides import add_unique as _add_unique
from netzwerk_app.interchange.card_sides import apply_qr as _apply_qr
from netzwerk_app.interchange.card_sides import combine_sides
from netzwerk_app.interchange.card_sides import same_number as _same_number

__all__ = ["combine_sides", "parse_card"]


@dataclass
class Row:
    """One printed line: the OCR boxes on the same baseline, joined left to right."""

    boxes: list[OcrLine]
    text: str = ""
    kind: str = "text"  # text, contact, address, skip, name, title, org
    parts_used: bool = False
    extra: list[str] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(b.top for b in self.boxes)

    @property
    def bottom(self) -> float:
        return max(b.bottom for b in self.boxes)

    @property
    def left(self) -> float:
        return min(b.left for b in self.boxes)

    @property
    def right(self) -> float:
        return max(b.right for b in self.boxes)

    @property
    def height(self) -> float:
        return statistics.median(b.height for b in self.boxes)

    @property
    def confidence(self) -> float:
        return min(b.confidence for b in self.boxes)


def _rows(lines: list[OcrLine]) -> list[Row]:
    """Boxes on one baseline and close together become one row (a label and its value)."""
    boxes = sorted((b for b in lines if b.text.strip()), key=lambda b: (b.top, b.left))
    rows: list[Row] = []
    for box in boxes:
        centre = (box.top + box.bottom) / 2
        best = None
        for row in rows:
            last = max(row.boxes, key=lambda b: b.right)
            row_centre = (last.top + last.bottom) / 2
            height = max(min(last.height, box.height), 1.0)
            gap = box.left - last.right
            label_only = cf.phone_label_only(last.text) or cf.label_of(last.text + " x").label
            limit = height * (6.0 if label_only and len(last.text) <= 8 else 1.6)
            if abs(centre - row_centre) < height * 0.45 and -height < gap < limit:
                best = row
                break
        if best is None:
            rows.append(Row([box]))
        else:
            best.boxes.append(box)
    for row in rows:
        row.boxes.sort(key=lambda b: b.left)
        row.text = " ".join(b.text.strip() for b in row.boxes)
    rows.sort(key=lambda r: (r.top, r.left))
    return rows


def parse_card(raw: RawCard, region: str = "DE") -> CardReading:
    """The fields of one card side; a vCard in a printed QR code wins where it has one."""
    rows = _rows(raw.lines)
    reading = CardReading(file=raw.file, image=raw.image, image_mime=raw.image_mime)
    reading.lines = [r.text for r in rows]
    conf: dict[str, list[float]] = {name: [] for name in FIELD_NAMES}
    _contact_details(rows, reading, conf, region)
    _addresses(rows, reading, conf)
    _people_and_organisation(rows, reading, conf, raw)
    _confidence(reading, conf)
    if raw.qr_texts:
        _apply_qr(raw.qr_texts, reading, region)
    return reading


def _contact_details(rows: list[Row], reading: CardReading, conf: dict[str, list[float]],
                     region: str) -> None:
    for row in rows:
        if w.NOT_A_FIELD_RE.search(row.text):
            row.kind = "skip"
            continue
        if cf.postcode_line(row.text) and not re.search(r"\+|\d{6,}|@", row.text):
            continue  # an address; the phones of "80331 München" are none
        found = False
        leftovers = []
        for part in cf.split_parts(row.text):
            if cf.looks_like_email(part) and (emails := cf.find_emails(part)):
                _add_unique(reading.emails, emails)
                conf["emails"].append(row.confidence)
                urls = cf.find_urls(part)
                _add_unique(reading.urls, urls)
                found = True
                continue
            if cf.looks_like_url(part) or cf.label_of(part).label in ("linkedin", "xing", "in"):
                urls = cf.find_urls(part)
                if urls:
                    _add_unique(reading.urls, urls)
                    conf["urls"].append(row.confidence)
                    found = True
                    continue
            phones = cf.find_phones(part, region)
            if phones:
                for phone in phones:
                    if all(_same_number(phone.value, p.value) is False for p in reading.phones):
                        reading.phones.append(phone)
                conf["phones"].append(row.confidence)
                found = True
                continue
            leftovers.append(part)
        if found:
            row.kind = "contact"
            row.extra = [p for p in leftovers if not cf.phone_label_only(p) and len(p) > 2]


def _addresses(rows: list[Row], reading: CardReading, conf: dict[str, list[float]]) -> None:
    for index, row in enumerate(rows):
        if row.kind not in ("text",):
            continue
        text = re.sub(r"\s+[|·•]\s+|\s*[·•]\s*", ", ", row.text)
        postcode = cf.postcode_line(text)
        if postcode is None:
            continue
        before = postcode[0]
        street = ""
        used = [row]
        if before and cf.is_street(before.split(",")[-1].strip()):
            street = before.split(",")[-1].strip()
        elif not before:
            for back in (1, 2):
                if index - back < 0:
                    break
                prev = rows[index - back]
                if prev.kind == "text" and cf.is_street(prev.text) and \
                        row.top - prev.bottom < row.height * 3:
                    street = prev.text.strip().rstrip(",")
                    used.append(prev)
                    break
        elif before and not cf.is_street(before):
            continue
        country = ""
        if index + 1 < len(rows) and rows[index + 1].kind == "text":
            country = cf.country_of(rows[index + 1].text)
            if country:
                used.append(rows[index + 1])
        reading.addresses.append(cf.address_from(street, postcode, country))
        for used_row in used:
            used_row.kind = "address"
        conf["addresses"].append(min(r.confidence for r in used) * (1.0 if street else 0.85))
    for row in rows:  # a lone country line of an address printed elsewhere
        if row.kind == "text" and cf.country_of(row.text) and reading.addresses:
            address = reading.addresses[-1]
            if not address.country:
                address.country = cf.country_of(row.text)
                row.kind = "address"


# ---- name, title, organisation -----------------------------------------------------------


def _has_title_word(text: str) -> bool:
    words = re.findall(r"[\wäöüÄÖÜß-]+", text.lower())
    if re.search(r"(?:&|\bund|\band)\s+partner", text, re.IGNORECASE):
        words = [x for x in words if x not in ("partner", "partnerin", "partners")]
    for word in words:
        for part in [word, *word.split("-"), word.split("/")[0]]:
            if part in w.TITLE_WORDS:
                return True
        if any(word.endswith(t) and len(t) >= 6 for t in ("berater", "beraterin", "leiter",
               "leiterin", "manager", "managerin", "führer", "führerin", "inhaber", "inhaberin",
               "therapeutin", "therapeut", "referentin", "entwickler", "designer", "ingenieur")):
            return True
    return False


def _has_org_word(text: str) -> bool:
    lower = text.lower()
    return any(re.search(r"(?<![a-zäöü])" + re.escape(word) if len(word) < 6 else re.escape(word),
                         lower) for word in w.ORG_WORDS)


def _is_tagline(row: Row) -> bool:
    text = row.text.strip()
    words = text.split()
    if text.endswith(("!", "…", "...")) or text.startswith(("„", "\"", "»", "«", "“")):
        return True
    if len(words) >= 4 and sum(1 for x in words if x[:1].islower()) >= 2 and not \
            w.LEGAL_FORM_RE.search(text):
        return True
    lower = f" {text.lower()} "
    return any(f" {word} " in lower for word in ("ihr", "ihre", "your", "we", "wir", "für sie",
                                                  "since", "seit", "mit herz", "and more"))


def _domains(reading: CardReading) -> list[str]:
    cores = []
    for url in reading.urls:
        host = re.sub(r"^https?://", "", url).split("/")[0].lower().removeprefix("www.")
        if "linkedin." in host or "xing." in host:
            continue
        cores.append(host.rsplit(".", 1)[0])
    for email in reading.emails:
        host = email.rpartition("@")[2].lower()
        if host.split(".")[0] in ("gmail", "web", "gmx", "t-online", "outlook", "yahoo",
                                  "hotmail", "icloud", "posteo", "mailbox", "aol", "me"):
            continue
        cores.append(host.rsplit(".", 1)[0])
    return [cn.fold(c.split(".")[-1]) for c in cores if c]


def _matches_domain(text: str, domains: list[str]) -> bool:
    folded = cn.fold(w.LEGAL_FORM_RE.sub("", text))
    if len(folded) < 3:
        return False
    return any(len(d) >= 3 and (d in folded or folded in d) for d in domains)


def _email_names(reading: CardReading) -> list[str]:
    return [cn.fold(e.rpartition("@")[0]) for e in reading.emails]



def _spelled_by_email(text: str, reading: CardReading) -> bool:
    """Whether an e-mail address holds a person's name printed on this line."""
    words = [cn.fold(x) for x in cn.name_words(text) if len(x) > 1]
    if not words:
        return False
    for email in reading.emails:
        local, _, domain = email.rpartition("@")
        local, domain = cn.fold(local), cn.fold(domain.rpartition(".")[0])
        in_local = sum(1 for x in words if x in local)
        if in_local >= min(2, len(words)) or (
                in_local and all(x in local or x in domain for x in words)):
            return True
    return False


def _name_score(row: Row, index: int, rows: list[Row], reading: CardReading,
                heights: list[float]) -> float:
    text = row.text
    score = row.height / max(heights)  # the biggest line: 1.0
    score += 0.3 * (1 - index / max(len(rows), 1))
    words = [cn.fold(x) for x in cn.name_words(text)]
    for local in _email_names(reading):
        if words and (sum(1 for x in words if len(x) > 1 and x in local) >= 1):
            score += 1.0
            break
    if cn.has_prefix(text):
        score += 0.5
    for url in reading.urls:
        if ("linkedin" in url or "xing" in url) and words and words[-1] in cn.fold(url):
            score += 0.5
    return score


def _people_and_organisation(rows: list[Row], reading: CardReading,
                             conf: dict[str, list[float]], raw: RawCard) -> None:
    texts = [r for r in rows if r.kind == "text"]
    for row in texts:
        letters = re.sub(r"[^A-Za-zÄÖÜäöüß]", "", row.text)
        if len(letters) < 2 or (len(row.text.strip()) <= 3 and row.text.isupper()):
            row.kind = "skip"  # a logo's initials, a stray mark
        elif re.fullmatch(r"(?i)www|web|e-?mail|tel\.?|fax|mobil", row.text.strip()):
            row.kind = "skip"
    texts = [r for r in texts if r.kind == "text"]
    if not texts:
        return
    heights = [r.height for r in texts]
    domains = _domains(reading)
    # organisation lines: a legal form, else an organisation word, else the web domain
    org_rows = [r for r in texts if w.LEGAL_FORM_RE.search(r.text) and not _is_tagline(r)]
    org_sure = 0.95
    if not org_rows:
        org_rows = [r for r in texts if (_matches_domain(r.text, domains)
                    and not _spelled_by_email(r.text, reading)) or (_has_org_word(r.text)
                    and not _is_tagline(r) and not _has_title_word(r.text))]
        org_sure = 0.85
    # the name
    candidates = [(i, r) for i, r in enumerate(texts) if cn.looks_like_name(r.text)
                  and not w.LEGAL_FORM_RE.search(r.text) and not _has_title_word(r.text)
                  and not _has_org_word(r.text) and r not in org_rows and not _is_tagline(r)]
    if not candidates:  # a name that holds a title-like word ("Anna Berater")
        candidates = [(i, r) for i, r in enumerate(texts) if cn.looks_like_name(r.text)
                      and not w.LEGAL_FORM_RE.search(r.text) and r not in org_rows]
    name_row = None
    if candidates:
        scored = sorted(candidates, key=lambda c: _name_score(c[1], c[0], texts, reading,
                                                              heights), reverse=True)
        name_row = scored[0][1]
        name_score = _name_score(name_row, scored[0][0], texts, reading, heights)
        split = cn.split_name(name_row.text)
        reading.prefix, reading.given_name, reading.family_name = (
            split.prefix, split.given, split.family)
        reading.formatted_name = split.formatted
        name_row.kind = "name"
        sure = 0.95 if name_score >= 1.5 else 0.8 if len(candidates) == 1 else 0.7
        for key in ("formatted_name", "prefix", "given_name", "family_name"):
            conf[key].append(name_row.confidence * sure)
    # the organisation: join a name split over two lines ending in the legal form
    if org_rows:
        org_row = org_rows[0]
        org_text = org_row.text.strip()
        index = texts.index(org_row)
        if index > 0 and w.LEGAL_FORM_RE.match(org_text.strip()) is not None:
            above = texts[index - 1]
            if above.kind == "text":
                org_text = f"{above.text.strip()} {org_text}"
                above.kind = "org"
        elif index > 0 and org_sure > 0.9:
            above = texts[index - 1]
            if (above.kind == "text" and abs(above.height - org_row.height) < 0.2 * org_row.height
                    and org_row.top - above.bottom < org_row.height * 0.8
                    and not _has_title_word(above.text)
                    and not _is_tagline(above)
                    and len(org_text.split()) <= 3
                    and (not cn.looks_like_name(above.text) or _has_org_word(org_text))
                    and abs(above.left - org_row.left) < org_row.height * 2):
                org_text = f"{above.text.strip()} {org_text}"
                above.kind = "org"
        reading.organization = re.sub(r"\s+", " ", org_text)
        org_row.kind = "org"
        conf["organization"].append(org_row.confidence * org_sure)
    # the job title: title words, nearest the name (below it first)
    title_rows = [r for r in texts if r.kind == "text" and _has_title_word(r.text)
                  and not w.LEGAL_FORM_RE.search(r.text) and not _is_tagline(r)]
    if title_rows:
        if name_row is not None:
            title_rows.sort(key=lambda r: (abs(r.top - name_row.bottom) if r.top >= name_row.top
                                           else 3 * abs(name_row.top - r.bottom)))
        title_row = title_rows[0]
        reading.title = title_row.text.strip()
        title_row.kind = "title"
        conf["title"].append(title_row.confidence * 0.9)
    elif name_row is not None:
        below = [r for r in texts if r.kind == "text" and r.top >= name_row.bottom
                 and r.top - name_row.bottom < name_row.height * 1.5
                 and r.height < name_row.height and not _is_tagline(r)
                 and not _matches_domain(r.text, domains)]
        if (below and not reading.organization) or (below and below[0].height < 0.8 * name_row.height
                                                  and len(below[0].text.split()) <= 4):
            reading.title = below[0].text.strip()
            below[0].kind = "title"
            conf["title"].append(below[0].confidence * 0.6)
    if not reading.organization:
        rest = [r for r in texts if r.kind == "text" and not _is_tagline(r)
                and r.height >= 0.9 * (name_row.height if name_row else max(heights))
                and not cn.looks_like_name(r.text)]
        if rest:
            reading.organization = rest[0].text.strip()
            rest[0].kind = "org"
            conf["organization"].append(rest[0].confidence * 0.6)


def _confidence(reading: CardReading, conf: dict[str, list[float]]) -> None:
    values = []
    for name in FIELD_NAMES:
        value = getattr(reading, name)
        if not value:
            reading.field_confidence[name] = 1.0 if not conf[name] else min(conf[name])
            continue
        score = min(conf[name]) if conf[name] else 0.7
        reading.field_confidence[name] = round(max(0.0, min(1.0, score)), 3)
        values.append(reading.field_confidence[name])
    reading.confidence = round(statistics.mean(values), 3) if values else 0.0
