"""The data behind one message (who, where, when, the hook), counted as the networks count.

Pure; ``domain.drafts`` renders templates with these values. Moved out of
``domain/drafts.py``, whose names stay importable from there.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from netzwerk_app.domain import model as m
from netzwerk_app.domain.draft_phrases import (
    Hook,
    HookKind,
    clean_hook,
    event_phrase,
    greeting,
    hook_sentences,
)

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
    """Everything a template may refer to; empty strings where nothing is known.

    ``hooks``: what was captured, best first (the cooperation idea, what they said,
    what they offer, their customers, the event's topic or speaker). ``hook`` is the
    older single hook (kept for callers that set only that): it counts as an offer.
    ``seed`` (the contact's id) rotates the sentence frames.
    """

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
    salutation: str = ""  # frau / herr / none (a Salutation value)
    family_name: str = ""
    prefix: str = ""  # an academic title such as "Dr."
    event_kind: str = ""  # an EventKind value; "" = recognised from the title
    hooks: tuple[Hook, ...] = ()
    seed: int = 0

    def all_hooks(self) -> list[Hook]:
        hooks = list(self.hooks)
        if not hooks and self.hook.strip():
            hooks.append(Hook(HookKind.OFFER, self.hook))
        return [h for h in hooks if clean_hook(h.text)]

    def hook_options(self) -> list[tuple[str, str]]:
        """(hook text, hook sentence) pairs, best first; the writer takes the first that
        fits the channel's limit. The last one, ("", ""), leaves the hook out."""
        options: list[tuple[str, str]] = []
        for hook in self.all_hooks():
            for sentence in hook_sentences(hook, self.language, self.form, self.seed):
                options.append((clean_hook(hook.text), sentence))
        options.append(("", ""))
        return options

    def values(self, option: tuple[str, str] | None = None) -> dict[str, str]:
        """The placeholder values, with ``option`` (hook, sentence) or the best one."""
        hook, sentence = option if option is not None else self.hook_options()[0]
        when = ""
        if self.met_on is not None and self.today is not None:
            when = relative_day(self.met_on, self.today, self.language)
        network = self.network
        title_words = {w.casefold() for w in self.event.split()}
        if any(len(w) >= 3 and w.casefold() in title_words for w in network.split()):
            network = ""  # "beim BNI Frühstück von BNI Isartal" says it twice
        family = self.family_name
        if not family and self.full_name and self.first_name:
            family = self.full_name.rsplit(" ", 1)[-1] if " " in self.full_name else ""

        def greet(formal: bool) -> str:
            return greeting(
                self.language,
                self.form,
                self.salutation,
                self.first_name,
                family,
                self.prefix,
                self.full_name,
                formal,
            )

        return {
            "first_name": self.first_name,
            "full_name": self.full_name,
            "salutation": greet(False),
            "formal_salutation": greet(True),
            "event": self.event,
            "at_event": event_phrase(self.event, self.event_kind, self.language),
            "network": network,
            "speaker": self.speaker,
            "topic": self.topic,
            "when": when,
            "hook": hook,
            "hook_sentence": sentence,
            "my_name": self.my_name,
            "my_first_name": self.my_first_name,
            "my_pitch": self.my_pitch,
        }

    def own_words(self) -> list[str]:
        """Values taken from the contact's and event's data (the linter leaves them alone)."""
        texts = [self.event, self.network, self.speaker, self.topic, self.full_name]
        texts += [clean_hook(h.text) for h in self.all_hooks()]
        return [t for t in dict.fromkeys(texts) if t.strip()]


def _hooks(encounter: m.Encounter | None, event: m.Event | None) -> tuple[Hook, ...]:
    found: list[Hook] = []
    if encounter is not None:
        found += [
            Hook(HookKind.IDEA, encounter.cooperation_idea),
            Hook(HookKind.PITCH, encounter.pitch),
            Hook(HookKind.OFFER, encounter.offering),
            Hook(HookKind.CUSTOMERS, encounter.customers),
        ]
    if event is not None:
        found += [Hook(HookKind.TOPIC, event.topic), Hook(HookKind.SPEAKER, event.speaker)]
    seen: set[str] = set()
    result = []
    for hook in found:
        key = clean_hook(hook.text).casefold()
        if key and key not in seen:
            seen.add(key)
            result.append(hook)
    return tuple(result)


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
    chosen: bool = False,
) -> DraftContext:
    """The context for a message to ``contact``, met at ``event`` (``met_on`` local).

    ``language`` and ``form`` are the defaults (the network's or the app's, see
    ``domain.addressing``); the person's own language and Sie/Du, when the user set
    them, win — unless ``chosen``: the user asked for this language and form now.
    """
    if not chosen:
        language = contact.language or language
        form = contact.address_form or form
    full = " ".join(
        p for p in (contact.prefix, contact.given_name, contact.family_name) if p.strip()
    )
    first = contact.given_name or contact.nickname
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
        my_name=my_name.strip(),
        my_first_name=(me.given_name if me else "").strip() or my_name.split(" ")[0],
        my_pitch=(me.one_line_pitch if me else "").strip(),
        salutation=str(contact.salutation),
        family_name=contact.family_name.strip(),
        prefix=contact.prefix.strip(),
        event_kind=str(event.kind) if event else "",
        hooks=_hooks(encounter, event),
        seed=contact.id or 0,
    )


def salutation(language: m.Language, form: m.AddressForm, first: str, full: str) -> str:
    """A greeting without a salutation set ("Guten Tag Anna Schmidt", "Hallo Anna")."""
    return greeting(language, form, "none", first, "", "", full)


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
