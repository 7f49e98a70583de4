"""The sentence frames around what was captured: three per hook kind, language and
(in German) address form. ``domain.draft_phrases`` fills and rotates them."""

from __future__ import annotations

import enum

from netzwerk_app.domain import model as m


class HookKind(enum.StrEnum):
    """What was captured, best first."""

    IDEA = "idea"  # the cooperation idea
    PITCH = "pitch"  # what they said about themselves
    OFFER = "offer"  # what they offer
    CUSTOMERS = "customers"  # whom they serve
    TOPIC = "topic"  # the event's topic
    SPEAKER = "speaker"  # the event's speaker


# ``{x}`` is the captured text. A frame whose text sits mid-sentence (between dashes),
# or that is marked "~", is only used for a phrase, not for a sentence such as "Das
# Thema ist … . Wir …". Words in the first person ("Ich helfe …") are what they said
# about themselves: sent back to them without quotation marks they would read as the
# writer's own, so such a hook is passed over for the next one.
_DE_SIE: dict[HookKind, tuple[str, str, str]] = {
    HookKind.IDEA: (
        "Ihre Idee geht mir nicht aus dem Kopf: {x}.",
        "Ihre Idee – {x} – sollten wir weiterverfolgen.",
        "Ihre Idee möchte ich weiterdenken: {x}.",
    ),
    HookKind.PITCH: (
        "Was Sie erzählt haben, ist mir im Kopf geblieben: {x}.",
        "~Spannend fand ich, womit Sie sich beschäftigen: {x}.",
        "Ihre Arbeit – {x} – hat mich neugierig gemacht.",
    ),
    HookKind.OFFER: (
        "Ich habe mir gemerkt, was Sie anbieten: {x}.",
        "~Wenn in meinem Umfeld jemand {x} sucht, denke ich an Sie.",
        "Was Sie anbieten – {x} – behalte ich im Hinterkopf.",
    ),
    HookKind.CUSTOMERS: (
        "Für Ihre Zielgruppe halte ich die Augen offen: {x}.",
        "Ihre Wunschkunden habe ich mir notiert: {x}.",
        "Ich halte Ausschau nach Kontakten für Sie: {x}.",
    ),
    HookKind.TOPIC: (
        "Das Thema beschäftigt mich noch: {x}.",
        "Das Thema – {x} – hat mich zum Nachdenken gebracht.",
        "Das Thema hat mir viel mitgegeben: {x}.",
    ),
    HookKind.SPEAKER: (
        "Der Vortrag von {x} hat mir viel mitgegeben.",
        "Wie fanden Sie den Vortrag von {x}?",
        "Den Vortrag von {x} fand ich sehr anregend.",
    ),
}
_DE_DU: dict[HookKind, tuple[str, str, str]] = {
    HookKind.IDEA: (
        "Deine Idee geht mir nicht aus dem Kopf: {x}.",
        "Deine Idee – {x} – sollten wir weiterverfolgen.",
        "Deine Idee möchte ich weiterdenken: {x}.",
    ),
    HookKind.PITCH: (
        "Was du erzählt hast, ist mir im Kopf geblieben: {x}.",
        "~Spannend fand ich, womit du dich beschäftigst: {x}.",
        "Deine Arbeit – {x} – hat mich neugierig gemacht.",
    ),
    HookKind.OFFER: (
        "Ich habe mir gemerkt, was du anbietest: {x}.",
        "~Wenn in meinem Umfeld jemand {x} sucht, denke ich an dich.",
        "Was du anbietest – {x} – behalte ich im Hinterkopf.",
    ),
    HookKind.CUSTOMERS: (
        "Für deine Zielgruppe halte ich die Augen offen: {x}.",
        "Deine Wunschkunden habe ich mir notiert: {x}.",
        "Ich halte Ausschau nach Kontakten für dich: {x}.",
    ),
    HookKind.TOPIC: _DE_SIE[HookKind.TOPIC],  # the topic's lines address no one
    HookKind.SPEAKER: (
        "Der Vortrag von {x} hat mir viel mitgegeben.",
        "Wie fandest du den Vortrag von {x}?",
        "Den Vortrag von {x} fand ich sehr anregend.",
    ),
}
_EN: dict[HookKind, tuple[str, str, str]] = {
    HookKind.IDEA: (
        "Your idea has stayed with me: {x}.",
        "Your idea – {x} – is worth taking further.",
        "I keep thinking about your idea: {x}.",
    ),
    HookKind.PITCH: (
        "What you told me about your work stayed with me: {x}.",
        "I enjoyed hearing what you do: {x}.",
        "Your work – {x} – sounded really interesting.",
    ),
    HookKind.OFFER: (
        "I've made a note of your services: {x}.",
        "~If anyone I know needs {x}, I'll think of you.",
        "Your services – {x} – are good to know about.",
    ),
    HookKind.CUSTOMERS: (
        "I'll keep an eye out for your customers: {x}.",
        "I've made a note of who you work with: {x}.",
        "If I meet someone who fits – {x} – I'll let you know.",
    ),
    HookKind.TOPIC: (
        "The topic is still on my mind: {x}.",
        "The topic – {x} – gave me a lot to think about.",
        "I took a lot away from the topic: {x}.",
    ),
    HookKind.SPEAKER: (
        "I really enjoyed the talk by {x}.",
        "What did you think of the talk by {x}?",
        "The talk by {x} gave me a lot to think about.",
    ),
}


def frames(language: m.Language, form: m.AddressForm) -> dict[HookKind, tuple[str, str, str]]:
    """The shipped frames for one language and address form."""
    if language is m.Language.EN:
        return _EN
    return _DE_DU if form is m.AddressForm.DU else _DE_SIE
