"""The writer: personal messages from templates, counted the way the networks count.

Pure: the templates come in as ``Template`` objects (the service reads the shipped
file and the user's edited versions), the data as a ``DraftContext``.

Template syntax:
    ``{first_name}`` etc. are placeholders (see ``PLACEHOLDERS``).
    ``[[ ... ]]`` is an optional part, dropped when any placeholder inside it has no
    value, so that a missing hook leaves a complete sentence out instead of a gap.
A placeholder outside ``[[ ]]`` without a value stays visible as ``{name}`` and is
flagged; such a draft cannot be marked ready, so "{hook}" is never sent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from netzwerk_app.domain import model as m

PLACEHOLDERS = {
    "first_name": "the contact's first name",
    "full_name": "the contact's full name (with a title such as Dr.)",
    "salutation": "greeting fitting the language and address form",
    "event": "the event's title",
    "network": "the network or organiser",
    "speaker": "the event's speaker",
    "topic": "the event's topic",
    "when": "when you met, relative to today (gestern, am Dienstag, on 3 March)",
    "hook": "something concrete from the conversation (their offering or the idea)",
    "my_name": "your own name",
    "my_first_name": "your own first name",
    "my_pitch": "your one-line pitch",
}
SHORT_VARIANT = "short"
# A hook longer than this is cut at a word; when a note is still too long, the
# writer tries shorter hooks before it leaves the hook out (the event always stays).
HOOK_MAX = 60
_HOOK_STEPS = (HOOK_MAX, 40, 28, 0)

_OPTIONAL = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
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


# --- rendering ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendered:
    text: str
    missing: tuple[str, ...] = ()  # known placeholders left without a value
    unknown: tuple[str, ...] = ()  # placeholders the writer does not know (typos)


def render(template: str, values: Mapping[str, str]) -> Rendered:
    """Fill ``template``; optional ``[[ ]]`` parts vanish when a value inside is empty."""

    def optional(match: re.Match[str]) -> str:
        inner = match.group(1)
        names = _PLACEHOLDER.findall(inner)
        return inner if all(values.get(n, "").strip() for n in names) else ""

    text = _OPTIONAL.sub(optional, template)
    missing: list[str] = []
    unknown: list[str] = []

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        if value is None:
            unknown.append(name)
            return match.group(0)
        if not value.strip():
            missing.append(name)
            return match.group(0)
        return value

    text = _PLACEHOLDER.sub(fill, text)
    text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    text = re.sub(r" ([,.;:!?])", r"\1", text)
    return Rendered(text, tuple(dict.fromkeys(missing)), tuple(dict.fromkeys(unknown)))


def unfilled(text: str) -> list[str]:
    """Placeholders still in a (possibly edited) text."""
    return list(dict.fromkeys(_PLACEHOLDER.findall(text)))


# --- templates ------------------------------------------------------------------------


def pick_template(
    templates: Iterable[m.Template],
    kind: m.FollowUpKind,
    language: m.Language,
    form: m.AddressForm,
    channel: m.Channel | None = None,
    name: str = "",
) -> m.Template | None:
    """The best template: the user's over the shipped one, channel-specific over generic."""
    best: tuple[int, m.Template] | None = None
    for t in templates:
        if (t.kind, t.language, t.address_form, t.name) != (kind, language, form, name):
            continue
        if t.channel is not None and t.channel != channel:
            continue
        score = (2 if t.channel is not None else 0) + (0 if t.builtin else 1)
        if best is None or score > best[0]:
            best = (score, t)
    return best[1] if best else None


# --- drafts and their limits ----------------------------------------------------------


@dataclass(frozen=True)
class ChannelLimits:
    """The networks' limits, from the settings (they change; the user can adjust)."""

    linkedin_note: int = 200  # 300 with Premium
    xing_note_allowed: bool = False  # free XING members cannot attach a note
    xing_note: int = 300
    message: int = 1000  # a message after connecting or an e-mail: keep it short
    email_subject: int = 78  # what mail programs show without cutting

    def limit_for(self, kind: m.FollowUpKind, channel: m.Channel) -> tuple[int | None, str]:
        """(character limit, mode) where mode is "note", "message" or "email"."""
        if channel is m.Channel.EMAIL:
            return self.message, "email"
        if channel is m.Channel.PHONE:
            return None, "call"
        if kind is m.FollowUpKind.CONNECTION_REQUEST:
            if channel is m.Channel.LINKEDIN:
                return self.linkedin_note, "note"
            if self.xing_note_allowed:
                return self.xing_note, "note"
        return self.message, "message"


@dataclass(frozen=True)
class Draft:
    """One message ready for the user to edit, copy and send themselves."""

    kind: m.FollowUpKind
    channel: m.Channel
    language: m.Language
    form: m.AddressForm
    body: str
    subject: str = ""
    limit: int | None = None
    subject_limit: int | None = None
    mode: str = "message"  # note / message (after connecting) / email / call
    template_body: str = ""
    own_words: tuple[str, ...] = ()
    hook_used: bool = False  # something concrete from the conversation is in the text
    missing: tuple[str, ...] = field(default=())

    @property
    def length(self) -> int:
        return count_chars(self.body)

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.length > self.limit

    def with_text(self, body: str, subject: str | None = None) -> Draft:
        """The same draft after the user edited it."""
        return Draft(
            self.kind,
            self.channel,
            self.language,
            self.form,
            body,
            self.subject if subject is None else subject,
            self.limit,
            self.subject_limit,
            self.mode,
            self.template_body,
            self.own_words,
            self.hook_used,
            tuple(unfilled(body) + unfilled(self.subject if subject is None else subject)),
        )

    def problems(self) -> list[str]:
        """Why this draft cannot be marked ready; empty when it can."""
        found: list[str] = []
        if not self.body.strip():
            found.append("The message is empty.")
        if self.over_limit:
            found.append(
                f"The message has {self.length} characters; {self.channel.value} allows {self.limit}."
            )
        if self.subject_limit is not None and count_chars(self.subject) > self.subject_limit:
            found.append(f"The subject is longer than {self.subject_limit} characters.")
        if self.mode == "email" and not self.subject.strip():
            found.append("The e-mail has no subject.")
        holes = unfilled(self.body) + unfilled(self.subject)
        if holes:
            found.append("Fill in or remove: " + ", ".join("{" + h + "}" for h in holes) + ".")
        return found

    @property
    def ready(self) -> bool:
        return not self.problems()


def write_draft(
    templates: Sequence[m.Template],
    kind: m.FollowUpKind,
    channel: m.Channel,
    context: DraftContext,
    limits: ChannelLimits,
    variant: str = "",
) -> Draft | None:
    """The drafted message for one follow-up; None when the kind sends nothing.

    When the full text is over the channel's limit, the template's short variant is
    used (a LinkedIn note on a free account: 200 characters).
    """
    limit, mode = limits.limit_for(kind, channel)
    template = pick_template(templates, kind, context.language, context.form, channel, variant)
    if template is None:
        return None
    values = context.values()
    rendered = render(template.body, values)
    used, hook_max_used = template, HOOK_MAX
    if limit is not None and count_chars(rendered.text) > limit and not variant:
        short = pick_template(
            templates, kind, context.language, context.form, channel, SHORT_VARIANT
        )
        # Full text, then the short variant with ever shorter hooks: the first that fits.
        for hook_max in _HOOK_STEPS:
            candidate = short or template
            attempt = render(candidate.body, context.values(hook_max))
            if count_chars(attempt.text) < count_chars(rendered.text):
                rendered, used, hook_max_used = attempt, candidate, hook_max
            if count_chars(rendered.text) <= limit:
                break
    subject = render(template.subject, values) if mode == "email" else Rendered("")
    return Draft(
        kind=kind,
        channel=channel,
        language=context.language,
        form=context.form,
        body=rendered.text,
        subject=subject.text,
        limit=limit,
        subject_limit=limits.email_subject if mode == "email" else None,
        mode=mode,
        template_body=used.body,
        own_words=tuple(context.own_words()),
        hook_used=bool(context.hook.strip()) and hook_max_used > 0 and "{hook}" in used.body,
        missing=tuple(dict.fromkeys(rendered.missing + subject.missing + rendered.unknown)),
    )
