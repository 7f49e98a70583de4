"""The writer: personal messages from templates, counted the way the networks count.

Pure: the templates come in as ``Template`` objects (the service reads the shipped
file and the user's edited versions), the data as a ``DraftContext``.

Template syntax:
    ``{first_name}`` etc. are placeholders (see ``PLACEHOLDERS``).
    ``[[ ... ]]`` is an optional part, dropped when any placeholder inside it has no
    value, so that a missing hook leaves a complete sentence out instead of a gap.
A placeholder outside ``[[ ]]`` without a value stays visible as ``{name}`` and is
flagged; such a draft cannot be marked ready, so "{hook}" is never sent.

The data behind a message (``DraftContext``, ``context_for``) and the character
count live in ``domain.draft_context``; their names stay importable from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from netzwerk_app.domain import model as m
from netzwerk_app.domain.draft_context import DraftContext as DraftContext
from netzwerk_app.domain.draft_context import context_for as context_for
from netzwerk_app.domain.draft_context import count_chars as count_chars
from netzwerk_app.domain.draft_context import relative_day as relative_day
from netzwerk_app.domain.draft_context import salutation as salutation
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.domain.lint import Finding

PLACEHOLDERS = {
    "first_name": "the contact's first name",
    "full_name": "the contact's full name (with a title such as Dr.)",
    "salutation": "greeting for this person: Guten Tag Frau Schön, Hallo Lena, Hi Sarah",
    "formal_salutation": "greeting for a first e-mail: Sehr geehrte Frau Schön",
    "event": "the event's title",
    "at_event": "the event with its preposition: beim Unternehmerfrühstück, auf der Messe",
    "network": "the network or organiser",
    "speaker": "the event's speaker",
    "topic": "the event's topic",
    "when": "when you met, relative to today (gestern, am Dienstag, on 3 March)",
    "hook": "something concrete from the conversation (their idea, pitch or offering)",
    "hook_sentence": "a sentence around what they said: Ihre Idee geht mir nicht aus dem Kopf: …",
    "my_name": "your own name",
    "my_first_name": "your own first name",
    "my_pitch": "your one-line pitch",
}
EMPTY = QT_TRANSLATE_NOOP("Lint", "The message is empty.")
TOO_LONG = QT_TRANSLATE_NOOP("Lint", "The message has {length} characters; {limit} fit.")
SUBJECT_TOO_LONG = QT_TRANSLATE_NOOP("Lint", "The subject is longer than {limit} characters.")
NO_SUBJECT = QT_TRANSLATE_NOOP("Lint", "The e-mail has no subject.")
HOLES = QT_TRANSLATE_NOOP("Lint", "Fill in or remove: {placeholders}.")
SHORT_VARIANT = "short"
SHORT_VARIANTS = (SHORT_VARIANT, "shorter")  # tried in this order when over the limit
ROTATION = 3  # a slot's shipped text and its alternatives "#2" and "#3"

_OPTIONAL = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


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

    def problem_notes(self) -> list[Finding]:
        """Why this draft cannot be marked ready (templates with values); empty when it can."""
        found: list[Finding] = []
        if not self.body.strip():
            found.append(Finding("blocked", 0, 0, EMPTY))
        if self.over_limit:
            values = (("length", str(self.length)), ("limit", str(self.limit)))
            found.append(Finding("blocked", 0, 0, TOO_LONG, values))
        if self.subject_limit is not None and count_chars(self.subject) > self.subject_limit:
            found.append(
                Finding("blocked", 0, 0, SUBJECT_TOO_LONG, (("limit", str(self.subject_limit)),))
            )
        if self.mode == "email" and not self.subject.strip():
            found.append(Finding("blocked", 0, 0, NO_SUBJECT))
        holes = unfilled(self.body) + unfilled(self.subject)
        if holes:
            names = ", ".join("{" + h + "}" for h in holes)
            found.append(Finding("blocked", 0, 0, HOLES, (("placeholders", names),)))
        return found

    def problems(self) -> list[str]:
        """Why this draft cannot be marked ready, in English; empty when it can."""
        return [p.message for p in self.problem_notes()]

    @property
    def ready(self) -> bool:
        return not self.problems()


class DraftNotReadyError(ValidationError):
    """A draft refused as ready: ``str()`` is its blockers in English (CLI); ``notes``
    are the templates with their values, translated in the GUI (context "Lint")."""

    def __init__(self, notes: Sequence[Finding]) -> None:
        super().__init__(" ".join(n.message for n in notes))
        self.notes = tuple(notes)


def _rotated(
    templates: Sequence[m.Template],
    kind: m.FollowUpKind,
    context: DraftContext,
    channel: m.Channel,
    name: str,
) -> m.Template | None:
    """The template for ``name``, or one of its shipped alternatives ("#2", "#3": other
    openings and closings), chosen by the context's seed so that a morning's drafts do
    not all begin alike. A template the user edited is always used as it is."""
    base = pick_template(templates, kind, context.language, context.form, channel, name)
    turn = context.seed % ROTATION
    if base is None or not base.builtin or turn == 0:
        return base
    other = pick_template(
        templates, kind, context.language, context.form, channel, f"{name}#{turn + 1}"
    )
    return other if other is not None and other.channel == base.channel else base


def write_draft(
    templates: Sequence[m.Template],
    kind: m.FollowUpKind,
    channel: m.Channel,
    context: DraftContext,
    limits: ChannelLimits,
    variant: str = "",
) -> Draft | None:
    """The drafted message for one follow-up; None when the kind sends nothing.

    The best hook in its rotated frame first; when the text is over the channel's
    limit (a LinkedIn note on a free account: 200 characters), the hook's other
    frames, then the template's short variant, then the next hook, and at last the
    text without a hook sentence. A hook is never cut.
    """
    limit, mode = limits.limit_for(kind, channel)
    template = _rotated(templates, kind, context, channel, variant)
    if template is None:
        return None
    candidates = [template]
    for name in SHORT_VARIANTS if not variant else ():
        short = _rotated(templates, kind, context, channel, name)
        if short is not None and short not in candidates:
            candidates.append(short)
    options = context.hook_options()
    hooks = list(dict.fromkeys(hook for hook, _ in options))
    chosen: tuple[m.Template, Rendered, tuple[str, str]] | None = None
    shortest: tuple[m.Template, Rendered, tuple[str, str]] | None = None
    for hook in hooks:  # best hook first; "" (no hook) last
        for candidate in candidates:
            for option in (o for o in options if o[0] == hook):
                attempt = render(candidate.body, context.values(option))
                if shortest is None or count_chars(attempt.text) < count_chars(shortest[1].text):
                    shortest = (candidate, attempt, option)
                if limit is None or count_chars(attempt.text) <= limit:
                    chosen = (candidate, attempt, option)
                    break
            if chosen:
                break
        if chosen:
            break
    if chosen is None:
        assert shortest is not None  # there is always the option without a hook
        chosen = shortest
    used, rendered, option = chosen
    values = context.values(option)
    subject = render(template.subject, values) if mode == "email" else Rendered("")
    hook_placeholders = ("{hook}", "{hook_sentence}")
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
        hook_used=bool(option[0]) and any(p in used.body for p in hook_placeholders),
        missing=tuple(dict.fromkeys(rendered.missing + subject.missing + rendered.unknown)),
    )
