"""A friendly linter for drafted messages: it warns and marks spans, it never blocks.

What puts people off in a first message (PRODUCT.md): selling, links, no word about
where we met, a text nobody personalised, and shouting.

A finding's text is an English template (context "Lint") with its values: the CLI
prints ``message``, the GUI translates the template and fills in the same values
(``gui.widgets.findings.finding_text``), so the German UI says it in German.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP

LINT = "Lint"  # the translation context of the findings' texts
SELLING = QT_TRANSLATE_NOOP(
    "Lint", "“{word}” sounds like selling; a first message should not sell."
)
LINKS = QT_TRANSLATE_NOOP("Lint", "Links in a personal note put people off.")
SAY_WHERE = QT_TRANSLATE_NOOP("Lint", "Say where you met: {places}.")
AS_SHIPPED = QT_TRANSLATE_NOOP("Lint", "This is the template as it is.")
NOTHING_CONCRETE = QT_TRANSLATE_NOOP(
    "Lint", "Nothing concrete from your conversation yet; add one thing you talked about."
)
ONE_BANG = QT_TRANSLATE_NOOP("Lint", "One exclamation mark is enough.")
CAPITALS = QT_TRANSLATE_NOOP("Lint", "“{word}” in capitals shouts.")

# Word beginnings, so that German compounds and plurals are caught too
# ("Angebote", "Sonderpreis" is listed itself, "Preisliste" starts with "Preis").
SALES_WORDS = (
    # English
    "offer",
    "discount",
    "buy",
    "price",
    "pricing",
    "demo",
    "deal",
    "sale",
    "free trial",
    "special offer",
    "purchase",
    "product",
    "order now",
    # German
    "angebot",
    "rabatt",
    "kaufen",
    "kauf",
    "preis",
    "produkt",
    "sonderpreis",
    "aktion",
    "gratis",
    "kostenlos",
    "bestellen",
    "testversion",
    "vorführung",
)
FIRST_MESSAGE_KINDS = frozenset(
    {
        m.FollowUpKind.CONNECTION_REQUEST,
        m.FollowUpKind.FOLLOW_INSTEAD,
        m.FollowUpKind.WELCOME_AND_OFFER_HELP,
        m.FollowUpKind.ANSWER_REQUEST,
    }
)
# Acronyms that are names, not shouting.
_ALLOWED_CAPS = frozenset({"BNI", "XING", "IHK", "HWK", "GMBH", "CEO", "KMU", "SEO", "IT", "EU"})

SALES_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in SALES_WORDS) + r")\w*", re.IGNORECASE
)
LINK_PATTERN = re.compile(
    r"(?i)\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:de|com|net|org|io|eu|at|ch|info|biz)\b(?:/\S*)?"
)
_BANGS = re.compile(r"[!?]{2,}")
_CAPS = re.compile(r"\b[A-ZÄÖÜ]{4,}\b")


@dataclass(frozen=True)
class Finding:
    code: str  # sales / link / no_where / not_personal / shouting / blocked
    start: int
    end: int
    template: str  # English, translated in the GUI (context "Lint")
    params: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        """The English sentence (CLI, logs)."""
        return self.template.format(**dict(self.params))


def _inside(span: tuple[int, int], protected: Sequence[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in protected)


def _protected_spans(text: str, own_words: Sequence[str]) -> list[tuple[int, int]]:
    """Where the contact's own words stand (their offering, the event's topic, ...).

    "Preise richtig kalkulieren" as the evening's topic is no sales pitch of ours.
    """
    spans: list[tuple[int, int]] = []
    lowered = text.casefold()
    for word in own_words:
        needle = word.casefold().strip()
        if not needle:
            continue
        start = lowered.find(needle)
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = lowered.find(needle, start + 1)
    return spans


def lint(
    text: str,
    kind: m.FollowUpKind,
    where_we_met: Sequence[str] = (),
    own_words: Sequence[str] = (),
    template_text: str = "",
    untouched_without_hook: bool = False,
) -> list[Finding]:
    """Warnings for ``text``, each with the span (character offsets) it refers to.

    ``where_we_met``: event title and network; one of them should appear in a
    connection request. ``template_text``: the unfilled template, to notice a text
    sent as it came. ``untouched_without_hook``: the writer found nothing concrete
    from the conversation and the user did not add anything.
    """
    findings: list[Finding] = []
    protected = _protected_spans(text, own_words)
    if kind in FIRST_MESSAGE_KINDS:
        for match in SALES_PATTERN.finditer(text):
            if not _inside(match.span(), protected):
                findings.append(
                    Finding(
                        "sales",
                        *match.span(),
                        SELLING,
                        (("word", match.group(0)),),
                    )
                )
    for match in LINK_PATTERN.finditer(text):
        if not _inside(match.span(), protected):
            findings.append(Finding("link", *match.span(), LINKS))
    places = [p for p in where_we_met if p.strip()]
    if kind is m.FollowUpKind.CONNECTION_REQUEST and places:
        lowered = text.casefold()
        if not any(p.casefold() in lowered for p in places):
            findings.append(Finding("no_where", 0, 0, SAY_WHERE, (("places", " / ".join(places)),)))
    if template_text and text.strip() == template_text.strip():
        findings.append(Finding("not_personal", 0, len(text), AS_SHIPPED))
    elif untouched_without_hook:
        findings.append(Finding("not_personal", 0, len(text), NOTHING_CONCRETE))
    for match in _BANGS.finditer(text):
        findings.append(Finding("shouting", *match.span(), ONE_BANG))
    for match in _CAPS.finditer(text):
        word = match.group(0)
        if word.upper() not in _ALLOWED_CAPS and not _inside(match.span(), protected):
            findings.append(Finding("shouting", *match.span(), CAPITALS, (("word", word),)))
    return sorted(findings, key=lambda f: (f.start, f.code))
