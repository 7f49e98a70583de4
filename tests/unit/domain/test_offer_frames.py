"""What someone offers is named where it belongs in the sentence: "Wenn in meinem
Umfeld jemand Lohnbuchhaltung sucht, denke ich an Sie." — not "Wenn jemand danach
fragt, …: Lohnbuchhaltung.", whose "danach" points at words still to come."""

from __future__ import annotations

from netzwerk_app.domain import model as m
from netzwerk_app.domain.draft_frames import HookKind
from netzwerk_app.domain.draft_phrases import Hook, hook_sentences


def offer_sentences(text: str, language: m.Language, form: m.AddressForm) -> set[str]:
    hook = Hook(HookKind.OFFER, text)
    return {s for seed in range(3) for s in hook_sentences(hook, language, form, seed)}


def test_the_offer_sits_inside_the_sentence() -> None:
    sie = offer_sentences("Lohnbuchhaltung für Handwerksbetriebe", m.Language.DE, m.AddressForm.SIE)
    du = offer_sentences("Digitale Buchhaltung", m.Language.DE, m.AddressForm.DU)
    en = offer_sentences("code reviews for small teams", m.Language.EN, m.AddressForm.DU)
    assert (
        "Wenn in meinem Umfeld jemand Lohnbuchhaltung für Handwerksbetriebe sucht, "
        "denke ich an Sie." in sie
    )
    assert "Wenn in meinem Umfeld jemand digitale Buchhaltung sucht, denke ich an dich." in du
    assert "If anyone I know needs code reviews for small teams, I'll think of you." in en
    for sentence in sie | du | en:
        assert "danach" not in sentence and "needs it" not in sentence, sentence


def test_a_whole_sentence_is_not_squeezed_into_the_middle() -> None:
    said = "Sie berät Ärztinnen bei der Niederlassung. Und Praxen beim Umzug."
    for sentence in offer_sentences(said, m.Language.DE, m.AddressForm.SIE):
        assert "sucht, denke" not in sentence, sentence
