"""The data behind one message (who, where, when, the hook), counted as the networks count.

Pure; ``domain.drafts`` renders templates with these values. Moved out of
``domain/drafts.py``, whose names stay importable from there.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from netzwerk_app.domain import model as m

# A hook longer than this is cut at a word; when a note is still too long, the
# writer tries shorter hooks before it leaves the hook out (the event always stays).
HOOK_MAX = 60

_WEEKDAYS = {
    m.Language.DE: (
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ),
    m.Language.EN: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    m.Language.DE: (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    m.Language.EN: (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


# --- counting ---------------------------------------------------------------------------


def count_chars(text: str) -> int:
    """Characters as the networks count them.

    Code points after NFC normalisation, so "ü" is one character whether typed as
    one code point or as "u" plus a combining mark. Characters outside the Basic
    Multilingual Plane (most emoji) count as two, because the networks' web forms
    measure JavaScript string length (UTF-16 units); that is conservative — a draft
    we call fitting is never rejected. A family emoji joined with zero-width joiners
    counts as the sum of its parts, as the web forms do.
    """
    normalised = unicodedata.normalize("NFC", text)
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in normalised)


# --- the data behind one message ------------------------------------------------------


@dataclass(frozen=True)
class DraftContext:
    """Everything a template may refer to; empty strings where nothing is known."""

    language: m.Language
    form: m.AddressForm
    first_name: str = ""
    full_name: str = ""
    event: str = ""
    network: str = ""
    speaker: str = ""
    topic: str = ""
    met_on: date | None = None
    today: date | None = None
    hook: str = ""
    my_name: str = ""
    my_first_name: str = ""
    my_pitch: str = ""

    def values(self, hook_max: int = HOOK_MAX) -> dict[str, str]:
        """The placeholder values; the hook cut to ``hook_max`` characters (0: left out)."""
        when = ""
        if self.met_on is not None and self.today is not None:
            when = relative_day(self.met_on, self.today, self.language)
        return {
            "first_name": self.first_name,
            "full_name": self.full_name,
            "salutation": salutation(self.language, self.form, self.first_name, self.full_name),
            "event": self.event,
            "network": self.network,
            "speaker": self.speaker,
            "topic": self.topic,
            "when": when,
            "hook": shorten(self.hook, hook_max) if hook_max > 0 else "",
            "my_name": self.my_name,
            "my_first_name": self.my_first_name,
            "my_pitch": self.my_pitch,
        }

    def own_words(self) -> list[str]:
        """Values taken from the contact's and event's data (the linter leaves them alone)."""
        texts = (self.event, self.network, self.speaker, self.topic, self.hook, self.full_name)
        return [t for t in (*texts, shorten(self.hook, HOOK_MAX)) if t.strip()]


def context_for(
    contact: m.Contact,
    language: m.Language,
    form: m.AddressForm,
    today: date,
    event: m.Event | None = None,
    met_on: date | None = None,
    network: str = "",
    encounter: m.Encounter | None = None,
    me: m.MyCard | None = None,
) -> DraftContext:
    """The context for a message to ``contact``, met at ``event`` (``met_on`` local)."""
    full = " ".join(
        p for p in (contact.prefix, contact.given_name, contact.family_name) if p.strip()
    )
    first = contact.given_name or contact.nickname
    hook = ""
    if encounter is not None:
        hook = (encounter.offering or encounter.cooperation_idea).strip()
    my_name = ""
    if me is not None:
        my_name = me.formatted_name or " ".join(
            p for p in (me.given_name, me.family_name) if p.strip()
        )
    return DraftContext(
        language=language,
        form=form,
        first_name=first.strip(),
        full_name=full.strip() or contact.display_name,
        event=event.title if event else "",
        network=network,
        speaker=event.speaker if event else "",
        topic=event.topic if event else "",
        met_on=met_on,
        today=today,
        hook=hook,
        my_name=my_name.strip(),
        my_first_name=(me.given_name if me else "").strip() or my_name.split(" ")[0],
        my_pitch=(me.one_line_pitch if me else "").strip(),
    )


def salutation(language: m.Language, form: m.AddressForm, first: str, full: str) -> str:
    """A respectful greeting that needs no gender.

    "Sehr geehrte Frau ..." needs a gender the app does not know and should not
    guess; "Guten Tag Anna Schmidt" is the established neutral form.
    """
    if form is m.AddressForm.DU:
        name = first or full
        return f"{'Hallo' if language is m.Language.DE else 'Hi'} {name}".strip()
    name = full or first
    return f"{'Guten Tag' if language is m.Language.DE else 'Hello'} {name}".strip()


def relative_day(day: date, today: date, language: m.Language) -> str:
    """ "gestern", "am Dienstag", "am 3. März" / "yesterday", "on Tuesday", "on 3 March"."""
    delta = (today - day).days
    de = language is m.Language.DE
    if delta == 0:
        return "heute" if de else "today"
    if delta == 1:
        return "gestern" if de else "yesterday"
    if 1 < delta < 7:
        weekday = _WEEKDAYS[language][day.weekday()]
        return f"am {weekday}" if de else f"on {weekday}"
    month = _MONTHS[language][day.month - 1]
    year = "" if day.year == today.year else f" {day.year}"
    return f"am {day.day}. {month}{year}" if de else f"on {day.day} {month}{year}"


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word so that it has at most ``limit`` characters (with "…")."""
    text = " ".join(text.split())
    if count_chars(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"
