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
from netzwerk_app.interchange import card_roles as roles
from netzwerk_app.interchange import card_words as w
from netzwerk_app.interchange.card_sides import add_unique as _add_unique
from netzwerk_app.interchange.card_sides import apply_qr as _apply_qr
from netzwerk_app.interchange.card_sides import combine_sides
from netzwerk_app.interchange.card_sides import same_number as _same_number
from netzwerk_app.interchange.card_sides import set_confidence as _confidence

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
            label_only = bool(cf.phone_label_only(last.text) or cf.label_of(last.text + " x").label)
            label_only = label_only and len(last.text) <= 8
            similar = min(last.height, box.height) / max(last.height, box.height, 1.0) > 0.75
            limit = height * (6.0 if label_only else 1.0 if similar else 0.0)
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
    _people_and_organisation(rows, reading, conf)
    _confidence(reading, conf)
    if raw.qr_texts:
        _apply_qr(raw.qr_texts, reading, region)
    return reading


def _contact_details(rows: list[Row], reading: CardReading, conf: dict[str, list[float]],
                     region: str) -> None:
    previous = ""  # the last number as printed, for "Fax -99" after "Tel. 089 12345-0"
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
            printed = cf.find_phones_printed(part, region, previous)
            phones = [phone for phone, _ in printed]
            if printed:
                previous = printed[-1][1]
                for phone in phones:
                    if not any(_same_number(phone.value, p.value) and phone.types == p.types
                               for p in reading.phones):
                        reading.phones.append(phone)
                conf["phones"].append(row.confidence)
                found = True
                continue
            leftovers.append(part)
        if found:
            row.kind = "contact"
            row.extra = [p for p in leftovers if not cf.phone_label_only(p) and len(p) > 2]


def _column(rows: list[Row], row: Row, above: bool) -> list[Row]:
    """The rows above (or below) ``row`` that share its column, nearest first."""
    def overlaps(other: Row) -> bool:
        return other.left < row.right and row.left < other.right
    if above:
        found = [r for r in rows if r.bottom <= row.top + row.height * 0.3 and overlaps(r)
                 and r is not row]
        return sorted(found, key=lambda r: row.top - r.bottom)
    found = [r for r in rows if r.top >= row.bottom - row.height * 0.3 and overlaps(r)
             and r is not row]
    return sorted(found, key=lambda r: r.top - row.bottom)


def _addresses(rows: list[Row], reading: CardReading, conf: dict[str, list[float]]) -> None:
    for row in rows:
        if row.kind not in ("text", "contact"):
            continue
        # a contact line may carry the address too: "Hauptstr. 1 · 80331 München · Tel. ..."
        printed = row.text if row.kind == "text" else ", ".join(row.extra)
        text = re.sub(r"\s*[|·•]\s*|\s+[-–]\s+(?=[A-Z]{0,2}-?\d{4})", ", ", printed)
        text = re.sub(r"(?<=[a-zäöüß.])(?=\d)|(?<=\d)(?=[A-ZÄÖÜ][a-zäöü])", " ", text)
        postcode = cf.postcode_line(text) or cf.uk_postcode_line(text)
        if postcode is None:
            continue
        before = postcode[0]
        street = ""
        used = [row]
        if before and cf.is_street(before.split(",")[-1].strip()):
            street = before.split(",")[-1].strip()
        elif not before:
            for prev in _column(rows, row, above=True)[:2]:
                if prev.kind == "text" and cf.is_street(prev.text) and \
                        row.top - prev.bottom < row.height * 3:
                    street = prev.text.strip().rstrip(",")
                    used.append(prev)
                    care_of = _column(rows, prev, above=True)[:1]
                    if care_of and re.match(r"(?i)c\s*/\s*o\b", care_of[0].text.strip()):
                        street = f"{care_of[0].text.strip().rstrip(',')}, {street}"
                        used.append(care_of[0])
                    break
        elif before and not cf.is_street(before):
            continue
        country = ""
        below = _column(rows, row, above=False)[:1]
        if below and below[0].kind == "text" and below[0].top - row.bottom < row.height * 2:
            country = cf.country_of(below[0].text)
            if country:
                used.append(below[0])
        reading.addresses.append(cf.address_from(street, postcode, country))
        for used_row in used:
            used_row.kind = "contact" if used_row.kind == "contact" else "address"
        conf["addresses"].append(min(r.confidence for r in used) * (1.0 if street else 0.85))
    for row in rows:  # a lone country line of an address printed elsewhere
        if row.kind == "text" and cf.country_of(row.text) and reading.addresses:
            address = reading.addresses[-1]
            if not address.country:
                address.country = cf.country_of(row.text)
                row.kind = "address"


# ---- name, title, organisation -----------------------------------------------------------


def _name_score(row: Row, index: int, rows: list[Row], reading: CardReading,
                heights: list[float]) -> float:
    score = row.height / max(*heights, 1.0)  # the biggest line: 1.0
    score += 0.3 * (1 - index / max(len(rows), 1))
    if roles.spelled_by_email(row.text, reading):
        score += 1.0
    elif roles.matches_domain(row.text, roles.domains(reading)):
        score -= 0.5  # a line that spells the web domain is more likely the firm
    if cn.has_prefix(row.text):
        score += 0.5
    words = [cn.fold(x) for x in cn.name_words(row.text)]
    for url in reading.urls:
        if ("linkedin" in url or "xing" in url) and words and words[-1] in cn.fold(url):
            score += 0.5
    return score


def _virtual(rows: list[Row], text: str) -> Row:
    row = Row([b for r in rows for b in r.boxes])
    row.text = text
    return row


def _two_line_names(texts: list[Row]) -> list[tuple[Row, list[Row]]]:
    """Given and family name printed one under the other ("Franziska" / "Maier")."""
    found = []
    single = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?$")
    for row in texts:
        below = _column(texts, row, above=False)[:1]
        if not below or not single.match(row.text.strip()) or not single.match(below[0].text):
            continue
        other = below[0]
        if min(row.height, other.height) / max(row.height, other.height, 1.0) > 0.8 and \
                other.top - row.bottom < 0.8 * row.height:
            found.append((_virtual([row, other], f"{row.text.strip()} {other.text.strip()}"),
                          [row, other]))
    return found


def _continues(upper: Row, lower: Row, org_has_form: bool, adding_upper: bool) -> bool:
    """Whether two rows of one column are one organisation name broken over two lines."""
    added = upper if adding_upper else lower
    if added.kind != "text" or roles.has_title_word(added.text) or roles.is_tagline(added.text):
        return False
    if lower.top - upper.bottom > 0.7 * max(upper.height, lower.height):
        return False
    if min(upper.height, lower.height) / max(upper.height, lower.height, 1.0) < 0.75:
        return False
    if roles.ends_open(upper.text) or roles.starts_as_continuation(lower.text):
        return True
    if not (adding_upper and org_has_form):
        return False
    # "Weber Schulte Hoffmann" above "Steuerberatungsgesellschaft mbH": the legal-form line
    # holds only what the firm is, so its name is the line above
    generic = w.LEGAL_FORM_RE.sub("", lower.text).split()
    return not cn.looks_like_name(upper.text) or (
        len(generic) <= 1 and roles.has_org_word(lower.text))


def _organisation_block(texts: list[Row], row: Row) -> list[Row]:
    has_form = w.legal_form(row.text) is not None
    block = [row]
    for _ in range(2):
        above = _column(texts, block[0], above=True)[:1]
        if not above or not _continues(above[0], block[0], has_form, adding_upper=True):
            break
        block.insert(0, above[0])
    for _ in range(2):
        below = _column(texts, block[-1], above=False)[:1]
        if not below or not _continues(block[-1], below[0], has_form, adding_upper=False):
            break
        block.append(below[0])
    return block


def _people_and_organisation(rows: list[Row], reading: CardReading,
                             conf: dict[str, list[float]]) -> None:
    texts = [r for r in rows if r.kind == "text"]
    for row in texts:
        letters = re.sub(r"[^A-Za-zÄÖÜäöüß]", "", row.text)
        if w.LEGAL_FORM_RE.fullmatch(row.text.strip()):
            pass  # "AG" on its own line ends the organisation above it
        elif len(letters) < 2 or re.fullmatch(r"[A-ZÄÖÜ]{1,4}", row.text.strip()):
            row.kind = "skip"  # a logo's initials, a stray mark
        elif re.fullmatch(r"(?i)(?:www|web|e-?mail|tel\.?|fax|mobil|follow us|folgen sie uns"
                          r"|facebook|instagram|twitter|youtube|tiktok|pinterest|[\s|/·]"
                          r")+:?", row.text.strip()):  # logo text, social icons' words
            row.kind = "skip"
        else:  # "0'Connor": a zero read for an O before letters
            row.text = re.sub(r"(?<![\w+])0(?=['’]?[A-Za-z]{2})", "O", row.text)
    texts = [r for r in texts if r.kind == "text"]
    if not texts:
        return
    heights = [r.height for r in texts]
    legal = [r for r in texts if w.legal_form(r.text) and not roles.is_tagline(r.text)]
    # the name: the biggest name-shaped line near the top, or the one its e-mail spells
    def plain(text: str) -> bool:
        return not (w.legal_form(text) or roles.has_title_word(text)
                    or roles.has_org_word(text) or roles.is_tagline(text))
    candidates: list[tuple[int, Row, list[Row]]] = [
        (i, r, [r]) for i, r in enumerate(texts) if cn.looks_like_name(r.text) and plain(r.text)]
    if not candidates:
        candidates = [(texts.index(parts[0]), v, parts) for v, parts in _two_line_names(texts)
                      if plain(v.text)]
    if not candidates:  # a name that holds a title-like word ("Anna Berater")
        candidates = [(i, r, [r]) for i, r in enumerate(texts) if cn.looks_like_name(r.text)
                      and not w.legal_form(r.text)]
    name_row = None
    if candidates:
        scores = [_name_score(r, i, texts, reading, heights) for i, r, _ in candidates]
        best = max(range(len(candidates)), key=lambda k: scores[k])
        _, name_row, parts = candidates[best]
        split = cn.split_name(name_row.text)
        reading.prefix, reading.given_name, reading.family_name = (
            split.prefix, split.given, split.family)
        reading.formatted_name = split.formatted
        for part in parts:
            part.kind = "name"
        sure = 0.95 if scores[best] >= 1.5 else 0.8 if len(candidates) == 1 else 0.7
        for key in ("formatted_name", "prefix", "given_name", "family_name"):
            conf[key].append(name_row.confidence * sure)
        reading.emails = [roles.repair_email(e, split.given, split.family)
                          for e in reading.emails]
    # the organisation: a legal form, else an organisation word, else the web domain
    domains = roles.domains(reading)
    org_sure = 0.95
    org_rows = [r for r in legal if r.kind == "text"]
    if not org_rows:
        org_sure = 0.85
        org_rows = [r for r in texts if r.kind == "text" and not roles.has_title_word(r.text)
                    and not roles.is_tagline(r.text) and (roles.has_org_word(r.text) or (
                        roles.matches_domain(r.text, domains)
                        and not roles.spelled_by_email(r.text, reading)))]
    if org_rows:
        block = _organisation_block(texts, org_rows[0])
        text = " ".join(r.text.strip() for r in block)
        reading.organization = roles.without_initials(re.sub(r"\s+", " ", text))
        for row in block:
            row.kind = "org"
        conf["organization"].append(min(r.confidence for r in block) * org_sure)
    _title(texts, name_row, reading, conf, domains)
    if not reading.organization:
        reference = name_row.height if name_row else max(heights)
        rest = [r for r in texts if r.kind == "text" and not roles.is_tagline(r.text)
                and r.height >= 0.9 * reference and not cn.looks_like_name(r.text)]
        if rest:
            reading.organization = rest[0].text.strip()
            rest[0].kind = "org"
            conf["organization"].append(rest[0].confidence * 0.6)


def _title(texts: list[Row], name_row: Row | None, reading: CardReading,
           conf: dict[str, list[float]], domains: list[list[str]]) -> None:
    """The job title: title words, nearest the name (below it first)."""
    title_rows = [r for r in texts if r.kind == "text" and roles.has_title_word(r.text)
                  and not w.legal_form(r.text) and not roles.is_tagline(r.text)]
    if title_rows:
        if name_row is not None:
            anchor = name_row
            title_rows.sort(key=lambda r: (abs(r.top - anchor.bottom) if r.top >= anchor.top
                                           else 3 * abs(anchor.top - r.bottom)))
        reading.title = title_rows[0].text.strip()
        title_rows[0].kind = "title"
        conf["title"].append(title_rows[0].confidence * 0.9)
        return
    if name_row is None:
        return
    below = [r for r in _column(texts, name_row, above=False)[:1]
             if r.kind == "text" and r.top - name_row.bottom < name_row.height * 1.5
             and r.height < 0.8 * name_row.height and not roles.is_tagline(r.text)
             and not roles.matches_domain(r.text, domains) and len(r.text.split()) <= 4]
    if below:
        reading.title = below[0].text.strip()
        below[0].kind = "title"
        conf["title"].append(below[0].confidence * 0.6)
