"""Greetings per person, the event with its preposition, and hooks in rotated frames."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from draft_helpers import TEMPLATES, request

from netzwerk_app.domain import drafts as d
from netzwerk_app.domain import model as m
from netzwerk_app.domain.draft_phrases import (
    Hook,
    HookKind,
    event_phrase,
    greeting,
    hook_sentences,
    kind_from_title,
)
from netzwerk_app.domain.lint import lint

DE, EN = m.Language.DE, m.Language.EN
SIE, DU = m.AddressForm.SIE, m.AddressForm.DU
TUESDAY, WEDNESDAY = date(2026, 11, 24), date(2026, 11, 25)


def test_greeting_follows_the_salutation_the_user_set_and_never_guesses() -> None:
    assert greeting(DE, SIE, "frau", "Käthe", "Schön") == "Guten Tag Frau Schön"
    assert greeting(DE, SIE, "herr", "Jürgen", "Müller") == "Guten Tag Herr Müller"
    assert greeting(DE, SIE, "frau", "Aylin", "Öztürk", "Dr.") == "Guten Tag Frau Dr. Öztürk"
    assert greeting(DE, SIE, "none", "Käthe", "Schön") == "Guten Tag Käthe Schön"
    assert greeting(DE, SIE, "frau", "Käthe", "Schön", formal=True) == "Sehr geehrte Frau Schön"
    assert greeting(DE, SIE, "herr", "Jo", "Weber", "Dr.", formal=True) == (
        "Sehr geehrter Herr Dr. Weber"
    )
    assert greeting(DE, DU, "frau", "Lena", "Berg") == "Hallo Lena"
    assert greeting(EN, SIE, "none", "Sarah", "Miller") == "Hi Sarah"
    assert greeting(EN, DU, "herr", "", "Miller", full_name="Sam Miller") == "Hello Sam Miller"


@pytest.mark.parametrize(
    ("title", "kind", "language", "expected"),
    [
        ("Unternehmerfrühstück", "", DE, "beim Unternehmerfrühstück"),
        ("BNI Frühstück Isartal", "", DE, "beim BNI Frühstück Isartal"),
        ("Webgrrls Stammtisch München", "", DE, "beim Webgrrls Stammtisch München"),
        ("Fachmesse Bau 2026", "", DE, "auf der Fachmesse Bau 2026"),
        ("Digitalkonferenz Süd", "", DE, "auf der Digitalkonferenz Süd"),
        ("Steuer-Webinar", "", DE, "im Steuer-Webinar"),
        ("Business Lunch Schwabing", "", DE, "beim Business Lunch Schwabing"),
        ("BNI Chapter Isartal", "breakfast", DE, "beim Frühstück BNI Chapter Isartal"),
        ("Bau 2026", "fair", DE, "auf der Messe Bau 2026"),
        ("Digitaltag", "", DE, "beim Digitaltag"),
        ("Isarrunde", "", DE, "bei der Isarrunde"),
        ("Gründergeflüster", "", DE, "bei der Veranstaltung Gründergeflüster"),
        ("Munich Python", "meetup", EN, "at the Munich Python meetup"),
        ("Munich Python Meetup", "", EN, "at the Munich Python Meetup"),
        ("Unternehmerfrühstück", "", EN, "at the Unternehmerfrühstück"),
        ("PyCon", "", EN, "at PyCon"),
        ("Der Gründertag", "", DE, "beim Gründertag"),
        ("Die Digitalkonferenz", "", DE, "auf der Digitalkonferenz"),
        ("The Munich Python Meetup", "", EN, "at the Munich Python Meetup"),
    ],
)
def test_event_is_named_with_its_preposition_and_never_in_quotes(
    title: str, kind: str, language: m.Language, expected: str
) -> None:
    assert event_phrase(title, kind, language) == expected


def test_kind_is_recognised_in_the_title() -> None:
    assert kind_from_title("Unternehmerfrühstück") == "breakfast"
    assert kind_from_title("Messe Bau") == "fair"
    assert kind_from_title("Stammtisch am Dienstag") == "stammtisch"
    assert kind_from_title("Berlin Startup Fair") == "fair"
    assert kind_from_title("Gründergeflüster") == ""


def test_hooks_have_three_frames_rotated_by_person_and_no_quotes() -> None:
    hook = Hook(HookKind.OFFER, "„Lohnbuchhaltung.“")
    firsts = {hook_sentences(hook, DE, SIE, seed)[0] for seed in range(3)}
    assert len(firsts) == 3
    for sentence in firsts:
        assert "Lohnbuchhaltung" in sentence and "„" not in sentence and ".." not in sentence
    for language, form in ((DE, SIE), (DE, DU), (EN, SIE)):
        for kind in HookKind:
            assert len(set(hook_sentences(Hook(kind, "X"), language, form, 0))) == 3


def test_a_sentence_only_follows_a_colon_and_first_person_words_are_passed_over() -> None:
    hook = Hook(HookKind.PITCH, "Nachfolge im Handwerk. Dazu berät sie Familien")
    for seed in range(3):
        for sentence in hook_sentences(hook, DE, SIE, seed):
            assert " – Nachfolge" not in sentence and "womit" not in sentence
            assert ": Nachfolge im Handwerk. Dazu berät sie Familien." in sentence
    assert hook_sentences(Hook(HookKind.PITCH, "Ich fotografiere Gründerinnen"), DE, DU, 0) == []
    assert hook_sentences(Hook(HookKind.PITCH, "I build websites"), EN, DU, 0) == []


def ctx(seed: int, hooks: tuple[Hook, ...], **kw: object) -> d.DraftContext:
    values: dict[str, object] = {
        "first_name": "Käthe",
        "family_name": "Schön",
        "full_name": "Käthe Schön",
        "salutation": "frau",
        "event": "Unternehmerfrühstück",
        "met_on": TUESDAY,
        "today": WEDNESDAY,
        "my_name": "Martina Schreiber",
        "hooks": hooks,
        "seed": seed,
    }
    values.update(kw)
    return d.DraftContext(DE, SIE, **values)  # type: ignore[arg-type]


def note(context: d.DraftContext, limit: int = 200) -> d.Draft:
    """The LinkedIn request within a note of ``limit`` characters."""
    return request(context, d.ChannelLimits(linkedin_note=limit))


def test_the_best_hook_comes_first_and_two_people_at_one_event_read_differently() -> None:
    hooks = (
        Hook(HookKind.IDEA, "gemeinsame Workshops für Gründerinnen"),
        Hook(HookKind.OFFER, "Lohnbuchhaltung"),
    )
    first, second = note(ctx(1, hooks)), note(ctx(2, hooks))
    assert "Workshops für Gründerinnen" in first.body and "Lohnbuchhaltung" not in first.body
    assert first.body.startswith("Guten Tag Frau Schön, ")
    assert "beim Unternehmerfrühstück" in first.body and "beim Unternehmerfrühstück" in second.body
    assert first.body.split(". ")[0] != second.body.split(". ")[0]  # another opening
    assert first.body.split(". ")[1] != second.body.split(". ")[1]  # another frame


def test_without_a_hook_three_people_still_get_three_openings() -> None:
    bodies = {note(ctx(seed, ())).body for seed in (3, 4, 5)}
    assert len(bodies) == 3
    for body in bodies:
        assert body.startswith("Guten Tag Frau Schön, ") and "beim Unternehmerfrühstück" in body
        assert body.endswith("\nViele Grüße\nMartina Schreiber")


def test_a_template_the_user_edited_is_not_rotated_away() -> None:
    mine = m.Template(
        m.FollowUpKind.CONNECTION_REQUEST, DE, SIE, "{salutation}, schön war es {at_event}."
    )
    for seed in (0, 1, 2):
        draft = request(ctx(seed, ()), templates=[*TEMPLATES, mine])
        assert draft.body == "Guten Tag Frau Schön, schön war es beim Unternehmerfrühstück."


def test_a_hook_that_does_not_fit_is_never_cut_the_next_one_is_taken() -> None:
    long_idea = "ein gemeinsames Mentoring-Programm für Nachfolgerinnen in Familienbetrieben " * 2
    hooks = (Hook(HookKind.IDEA, long_idea), Hook(HookKind.OFFER, "Lohnbuchhaltung"))
    draft = note(ctx(0, hooks))
    assert draft.length <= 200 and "Lohnbuchhaltung" in draft.body
    assert "Mentoring" not in draft.body and "…" not in draft.body
    alone = note(ctx(0, hooks[:1]))
    assert alone.length <= 200 and "Mentoring" not in alone.body and not alone.hook_used
    assert alone.body.endswith("in Kontakt bleiben.\nViele Grüße\nMartina Schreiber")


def test_an_old_user_template_with_hook_keeps_working() -> None:
    mine = m.Template(
        m.FollowUpKind.CONNECTION_REQUEST,
        DE,
        SIE,
        "{salutation}, schön war es bei {event}.[[ Zu {hook} melde ich mich.]] Gruß",
    )
    draft = note(ctx(0, (Hook(HookKind.OFFER, "Lohnbuchhaltung"),)), 300)
    own = request(ctx(0, (Hook(HookKind.OFFER, "Lohnbuchhaltung"),)), templates=[*TEMPLATES, mine])
    assert draft.body != (own.body if own else "")
    assert own is not None and own.body == (
        "Guten Tag Frau Schön, schön war es bei Unternehmerfrühstück."
        " Zu Lohnbuchhaltung melde ich mich. Gruß"
    )


def test_the_persons_own_language_and_form_win_over_the_default() -> None:
    contact = m.Contact(
        given_name="Sarah", family_name="Miller", language=EN, address_form=DU, id=7
    )
    start = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)
    event = m.Event(None, "Munich Python", start, start, kind="meetup")
    context = d.context_for(contact, DE, SIE, WEDNESDAY, event, TUESDAY)
    assert (context.language, context.form) == (EN, DU)
    assert context.values()["salutation"] == "Hi Sarah"
    assert context.values()["at_event"] == "at the Munich Python meetup"
    chosen = d.context_for(contact, DE, SIE, WEDNESDAY, event, TUESDAY, chosen=True)
    assert chosen.values()["salutation"] == "Guten Tag Sarah Miller"


@pytest.mark.parametrize(
    ("captured", "shown"),
    [
        ("Gegenseitig empfehlen", "gegenseitig empfehlen"),
        ("Zusammen einen Messestand teilen", "zusammen einen Messestand teilen"),
        ("Gemeinsamer Workshop für Gründerinnen", "gemeinsamer Workshop für Gründerinnen"),
        ("Ein Newsletter für Gründerinnen", "ein Newsletter für Gründerinnen"),
        ("Lohnbuchhaltung für Handwerksbetriebe", "Lohnbuchhaltung für Handwerksbetriebe"),
        ("Steuerberatung", "Steuerberatung"),
        ("IT-Betreuung für Praxen", "IT-Betreuung für Praxen"),
        ("Digitale Buchhaltung", "digitale Buchhaltung"),
        ("Personal für Pflegeheime", "Personal für Pflegeheime"),
        ("Leipziger Messe gemeinsam besuchen", "Leipziger Messe gemeinsam besuchen"),
        ("Stammtisch für Gründerinnen", "Stammtisch für Gründerinnen"),
    ],
)
def test_a_german_phrase_inside_the_sentence_starts_small_unless_it_is_a_noun(
    captured: str, shown: str
) -> None:
    sentence = hook_sentences(Hook(HookKind.IDEA, captured), DE, SIE, 1)[0]
    assert sentence == f"Ihre Idee – {shown} – sollten wir weiterverfolgen."


def test_a_welcome_by_e_mail_does_not_thank_for_connecting() -> None:
    context = ctx(3, (Hook(HookKind.IDEA, "Zusammen einen Messestand teilen"),))
    draft = d.write_draft(
        TEMPLATES,
        m.FollowUpKind.WELCOME_AND_OFFER_HELP,
        m.Channel.EMAIL,
        context,
        d.ChannelLimits(),
    )
    assert draft is not None and draft.subject == "Schön, dass wir in Kontakt sind"
    assert draft.body.startswith("Sehr geehrte Frau Schön,\n\nschön, dass wir jetzt in Kontakt")
    assert "Vernetzen" not in draft.body and "zusammen einen Messestand teilen" in draft.body
    assert draft.body.endswith("\n\nViele Grüße\nMartina Schreiber")


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize(("language", "form"), [(DE, SIE), (DE, DU), (EN, SIE), (EN, DU)])
def test_every_opening_fits_a_free_note_and_passes_the_linter(
    language: m.Language, form: m.AddressForm, seed: int
) -> None:
    context = d.DraftContext(
        language,
        form,
        first_name="Maximiliane",
        family_name="Schmidt-Hohenberger",
        full_name="Dr. Maximiliane Schmidt-Hohenberger",
        prefix="Dr.",
        salutation="frau",
        event="Unternehmerfrühstück mit Gastvortrag",
        met_on=TUESDAY,
        today=WEDNESDAY,
        my_name="Martina Schreiber",
        hooks=(Hook(HookKind.OFFER, "Nachfolgeberatung für Familienunternehmen im Handwerk"),),
        seed=seed,
    )
    draft = note(context)
    assert draft.length <= 200 and draft.ready, draft.body
    assert "Unternehmerfrühstück mit Gastvortrag" in draft.body
    for debris in ("{", "[[", "…", "„", "“", "  "):
        assert debris not in draft.body
    found = lint(draft.body, draft.kind, [context.event], draft.own_words, draft.template_body)
    assert found == [], found
