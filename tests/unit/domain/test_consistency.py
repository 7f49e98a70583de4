"""The consistency hint: key terms of the pitch against the pasted online text."""

from __future__ import annotations

from netzwerk_app.domain.consistency import (
    STOP_WORDS,
    HintReason,
    consistency_hint,
    key_terms,
    stem,
)
from netzwerk_app.domain.model import Verdict


def test_shared_and_missing_terms_on_each_side() -> None:
    hint = consistency_hint(
        ["Ich schreibe Websites und Broschüren für Handwerksbetriebe."],
        "Texte für Handwerksbetriebe: Websites, Broschüren und Flyer.",
    )
    assert hint.shared == ("broschüren", "handwerksbetriebe", "websites")
    assert hint.only_in_pitch == ("schreibe",)
    assert hint.only_online == ("flyer", "texte")
    assert hint.suggested is Verdict.CONSISTENT
    assert hint.reason is HintReason.MOST_SHARED
    assert "3 of 4" in hint.explanation


def test_stop_words_of_both_languages_are_ignored() -> None:
    terms = key_terms("Ich helfe Ihnen und your team with the Steuererklärung für 2024")
    assert set(terms.values()) == {"team", "steuererklärung"}
    assert {"und", "fur", "the", "with", "ich"} <= STOP_WORDS


def test_case_and_umlauts_do_not_matter() -> None:
    hint = consistency_hint(["MÜLLER Büroservice"], "mueller buroservice")
    assert len(hint.shared) == 2
    assert hint.only_in_pitch == () and hint.only_online == ()


def test_german_and_english_plurals_meet_their_singular() -> None:
    assert stem("seminare") == stem("seminar") == stem("seminaren")
    assert stem("beraterinnen") == stem("berater") == stem("beratern")
    assert stem("beratungen") == stem("beratung")
    assert stem("consultants") == stem("consultant")
    # Short words are left alone.
    assert stem("haus") == "haus"
    hint = consistency_hint(["Seminare für Beraterinnen"], "Ein Seminar für Berater")
    assert len(hint.shared) == 2


def test_a_different_story_suggests_a_mismatch() -> None:
    hint = consistency_hint(
        ["Business-Coaching für Gründerinnen, Achtsamkeit, Resilienz"],
        "Seminare und Schulungen für Konzerne: Projektmanagement, Agile, Scrum",
    )
    assert hint.shared == ()
    assert hint.suggested is Verdict.MISMATCH
    assert hint.reason is HintReason.FEW_SHARED


def test_partial_overlap_asks_for_a_closer_look() -> None:
    hint = consistency_hint(["Steuerberatung Startups Lohnbuchhaltung"], "Steuerberatung für Ärzte")
    assert hint.shared == ("steuerberatung",)
    assert hint.suggested is Verdict.UNCHECKED
    assert hint.reason is HintReason.SOME_SHARED
    assert 0.3 < hint.overlap < 0.4


def test_missing_sides_are_explained_not_judged() -> None:
    assert consistency_hint([], "").reason is HintReason.NOTHING
    assert consistency_hint(["", "  "], "Websites").reason is HintReason.NO_PITCH
    no_online = consistency_hint(["Websites für Ärzte"], "   ")
    assert no_online.reason is HintReason.NO_ONLINE_TEXT
    assert no_online.suggested is Verdict.UNCHECKED
    assert no_online.only_in_pitch == ("ärzte", "websites")


def test_several_pitches_are_pooled_and_terms_counted_once() -> None:
    hint = consistency_hint(["Fotografie für Firmen", "Fotografie, Porträts"], "Porträts")
    assert hint.shared == ("porträts",)
    assert hint.only_in_pitch == ("firmen", "fotografie")


def test_german_word_forms_share_a_stem() -> None:
    # Snowball's German stemmer: derived forms, not just plurals, meet.
    assert stem("Steuerberatung") == stem("Steuerberater") == stem("Steuerberaterin")
    assert stem("steuerliche") == stem("Steuern") == stem("Steuer")
    assert stem("Broschüre") == stem("Broschüren") == stem("broschuere")
    assert stem("Gründerinnen") == stem("Gründerin") == stem("Gründer")
    hint = consistency_hint(
        ["Steuerberatung für Gründerinnen, steuerliche Fragen"],
        "Ihr Steuerberater für Gründer: Steuern, Buchhaltung",
    )
    assert hint.shared == ("gründerinnen", "steuerberatung", "steuerliche")
    assert hint.only_in_pitch == ("fragen",)
    assert hint.suggested is Verdict.CONSISTENT


def test_the_persons_own_name_is_no_evidence() -> None:
    said = ["Ich bin Käthe Schön, Käthe macht Lohnbuchhaltung"]
    online = "Käthe Schön – Impressum. Schön, dass Sie da sind!"
    # Without the name, "Käthe" and "Schön" look like a shared story.
    assert {"käthe", "schön"} <= set(consistency_hint(said, online).shared)
    hint = consistency_hint(said, online, names=["Käthe Schön", "Käthe", "Schön"])
    assert hint.shared == ()
    assert hint.only_in_pitch == ("lohnbuchhaltung",)
    assert "schön" not in hint.only_online and "käthe" not in hint.only_online
    assert "Schön" not in key_terms(online, frozenset({"schon"})).values()
