"""The writer: shipped templates in both languages and forms, counting, limits, holes, linter."""

from __future__ import annotations

import itertools
import unicodedata
from datetime import date

import pytest
from draft_helpers import TEMPLATES, request

from netzwerk_app.domain import drafts as d
from netzwerk_app.domain import model as m
from netzwerk_app.domain.lint import lint

LANGS_FORMS = list(itertools.product(m.Language, m.AddressForm))
MESSAGE_KINDS = (
    m.FollowUpKind.CONNECTION_REQUEST,
    m.FollowUpKind.WELCOME_AND_OFFER_HELP,
    m.FollowUpKind.BIRTHDAY_GREETING,
    m.FollowUpKind.COFFEE,
)
# Long but real: names and an offering as the roster captures them.
LONGEST_GIVEN = "Maximiliane"
LONGEST_FAMILY = "Schmidt-Hohenberger"
LONGEST_HOOK = "Nachfolgeberatung für Familienunternehmen im Handwerk"
TUESDAY, WEDNESDAY = date(2026, 11, 24), date(2026, 11, 25)


def ctx(lang: m.Language, form: m.AddressForm, **kw: object) -> d.DraftContext:
    values: dict[str, object] = {
        "first_name": "Anna",
        "full_name": "Anna Schmidt",
        "event": "Unternehmerfrühstück",
        "network": "BNI Chapter Isartal",
        "met_on": TUESDAY,
        "today": WEDNESDAY,
        "hook": "Steuerberatung für Freiberufler",
        "my_name": "Martina Schreiber",
        "my_first_name": "Martina",
        "my_pitch": "Texte für Handwerksbetriebe",
    }
    values.update(kw)
    return d.DraftContext(lang, form, **values)  # type: ignore[arg-type]


def longest(lang: m.Language, form: m.AddressForm) -> d.DraftContext:
    return ctx(
        lang,
        form,
        first_name=LONGEST_GIVEN,
        full_name=f"Dr. {LONGEST_GIVEN} {LONGEST_FAMILY}",
        event="Unternehmerfrühstück mit Gastvortrag",
        hook=LONGEST_HOOK,
    )


def test_every_kind_language_and_form_is_shipped() -> None:
    for kind in (*MESSAGE_KINDS, m.FollowUpKind.ANSWER_REQUEST):
        for lang, form in LANGS_FORMS:
            names = ("ask_why", "offer_follow") if kind is m.FollowUpKind.ANSWER_REQUEST else ("",)
            for name in names:
                assert d.pick_template(TEMPLATES, kind, lang, form, None, name), (kind, lang, form)


@pytest.mark.parametrize(("lang", "form"), LANGS_FORMS)
@pytest.mark.parametrize("limit", [300, 200])
def test_shipped_requests_with_the_longest_demo_names_fit_and_pass_the_linter(
    lang: m.Language, form: m.AddressForm, limit: int
) -> None:
    context = longest(lang, form)
    draft = request(context, d.ChannelLimits(linkedin_note=limit))
    assert draft.length <= limit, draft.body
    assert draft.ready, draft.problems()
    assert "Unternehmerfrühstück mit Gastvortrag" in draft.body
    findings = lint(draft.body, draft.kind, [context.event], draft.own_words, draft.template_body)
    assert findings == [], findings


@pytest.mark.parametrize(("lang", "form"), LANGS_FORMS)
@pytest.mark.parametrize("kind", MESSAGE_KINDS)
@pytest.mark.parametrize("channel", [m.Channel.LINKEDIN, m.Channel.XING, m.Channel.EMAIL])
def test_every_shipped_message_is_complete_short_and_clean(
    lang: m.Language, form: m.AddressForm, kind: m.FollowUpKind, channel: m.Channel
) -> None:
    context = longest(lang, form)
    draft = d.write_draft(TEMPLATES, kind, channel, context, d.ChannelLimits())
    assert draft is not None
    assert draft.ready, draft.problems()
    assert "{" not in draft.body and "[[" not in draft.body
    # Notes fit their limit; messages after connecting stay short anyway.
    assert draft.length <= (draft.limit or 0) and draft.length <= 400
    if channel is m.Channel.EMAIL:
        assert draft.subject and "{" not in draft.subject
    where = [context.event] if kind is m.FollowUpKind.CONNECTION_REQUEST else []
    assert lint(draft.body, kind, where, draft.own_words) == []


def test_german_sie_request_reads_right() -> None:
    draft = request(ctx(m.Language.DE, m.AddressForm.SIE), d.ChannelLimits(linkedin_note=300))
    assert draft.body.startswith(
        "Guten Tag Anna Schmidt, schön, dass wir uns gestern beim Unternehmerfrühstück"
    )
    assert "Steuerberatung für Freiberufler" in draft.body and "Sie" in draft.body
    assert "„" not in draft.body and "“" not in draft.body
    assert draft.body.endswith("Viele Grüße\nMartina Schreiber") and draft.hook_used


def test_du_and_english_forms() -> None:
    limits = d.ChannelLimits(linkedin_note=300)
    du = request(ctx(m.Language.DE, m.AddressForm.DU), limits)
    en = request(
        ctx(m.Language.EN, m.AddressForm.SIE, met_on=date(2026, 11, 20), today=WEDNESDAY), limits
    )
    assert du.body.startswith("Hallo Anna, schön, dass wir uns gestern")
    assert "du" in du.body.split() and "Sie" not in du.body.split()
    assert en.body.startswith(
        "Hi Anna, it was good to meet you on Friday at the Unternehmerfrühstück"
    )


def test_relative_days() -> None:
    de, en = m.Language.DE, m.Language.EN
    assert d.relative_day(WEDNESDAY, WEDNESDAY, de) == "heute"
    assert d.relative_day(TUESDAY, WEDNESDAY, de) == "gestern"
    assert d.relative_day(TUESDAY, WEDNESDAY, en) == "yesterday"
    assert d.relative_day(date(2026, 11, 20), WEDNESDAY, de) == "am Freitag"
    assert d.relative_day(date(2026, 11, 20), WEDNESDAY, en) == "on Friday"
    assert d.relative_day(date(2026, 3, 3), WEDNESDAY, de) == "am 3. März"
    assert d.relative_day(date(2026, 3, 3), WEDNESDAY, en) == "on 3 March"
    assert d.relative_day(date(2025, 12, 30), date(2026, 1, 8), de) == "am 30. Dezember 2025"


def test_salutation_needs_no_gender() -> None:
    assert d.salutation(m.Language.DE, m.AddressForm.SIE, "Anna", "Dr. Anna Schmidt") == (
        "Guten Tag Dr. Anna Schmidt"
    )
    assert d.salutation(m.Language.DE, m.AddressForm.DU, "Anna", "Anna Schmidt") == "Hallo Anna"
    assert d.salutation(m.Language.EN, m.AddressForm.DU, "", "Anna Schmidt") == "Hello Anna Schmidt"


def test_umlauts_count_once_however_they_are_typed() -> None:
    composed = "Grüße aus München"
    decomposed = unicodedata.normalize("NFD", composed)
    assert len(decomposed) > len(composed)
    assert d.count_chars(composed) == d.count_chars(decomposed) == 17
    assert d.count_chars("ß") == 1
    # Emoji outside the BMP count two (as the networks' web forms count them).
    assert d.count_chars("Hi 👋") == 5


def test_over_the_limit_cannot_be_ready() -> None:
    draft = request(ctx(m.Language.DE, m.AddressForm.SIE), d.ChannelLimits(linkedin_note=200))
    assert draft.ready
    long = draft.with_text(draft.body + " Ä" * 60)
    assert long.over_limit and not long.ready
    assert any("200" in p for p in long.problems())
    exactly = draft.with_text("ü" * 200)
    assert exactly.ready and exactly.length == 200


def test_missing_hook_drops_the_optional_sentence_and_is_reported_to_the_linter() -> None:
    draft = request(
        ctx(m.Language.DE, m.AddressForm.SIE, hook=""), d.ChannelLimits(linkedin_note=300)
    )
    assert "{hook}" not in draft.body and "„“" not in draft.body
    assert draft.ready and not draft.hook_used
    found = lint(draft.body, draft.kind, ["Unternehmerfrühstück"], untouched_without_hook=True)
    assert [f.code for f in found] == ["not_personal"]


def test_required_placeholder_without_value_is_flagged_and_blocks_ready() -> None:
    template = m.Template(
        m.FollowUpKind.CONNECTION_REQUEST,
        m.Language.DE,
        m.AddressForm.DU,
        "Hallo {first_name}, {hook} war spannend. {unknwon}",
    )
    draft = request(ctx(m.Language.DE, m.AddressForm.DU, hook=""), templates=[template])
    assert draft.missing == ("hook", "unknwon")
    assert "{hook}" in draft.body and not draft.ready
    assert any("{hook}" in p for p in draft.problems())
    fixed = draft.with_text("Hallo Anna, dein Vortrag war spannend.")
    assert fixed.ready and fixed.missing == ()


def test_user_template_wins_over_the_shipped_one() -> None:
    own = m.Template(
        m.FollowUpKind.CONNECTION_REQUEST,
        m.Language.DE,
        m.AddressForm.DU,
        "Servus {first_name}, war schön {when} bei „{event}“!",
        builtin=False,
    )
    draft = request(ctx(m.Language.DE, m.AddressForm.DU), templates=[*TEMPLATES, own])
    assert draft.body == "Servus Anna, war schön gestern bei „Unternehmerfrühstück“!"


def test_xing_free_request_is_a_message_after_connecting() -> None:
    free = d.ChannelLimits(xing_note_allowed=False)
    draft = request(ctx(m.Language.DE, m.AddressForm.SIE), free, m.Channel.XING)
    assert draft.mode == "message" and draft.limit == free.message
    paid = d.ChannelLimits(xing_note_allowed=True, xing_note=300)
    draft = request(ctx(m.Language.DE, m.AddressForm.SIE), paid, m.Channel.XING)
    assert draft.mode == "note" and draft.limit == 300


def test_email_has_subject_and_body() -> None:
    draft = request(ctx(m.Language.EN, m.AddressForm.DU), None, m.Channel.EMAIL)
    assert draft.mode == "email"
    assert draft.subject == "Great to meet you at the Unternehmerfrühstück"
    assert draft.body.startswith("Hi Anna,\n\ngreat to meet you yesterday at")
    assert "(BNI Chapter Isartal)" not in draft.body
    assert draft.body.endswith("Cheers,\nMartina\nTexte für Handwerksbetriebe")
    assert not draft.with_text(draft.body, "").ready


def test_german_email_names_the_network_in_the_sentence_and_signs_on_its_own_line() -> None:
    context = ctx(m.Language.DE, m.AddressForm.SIE, salutation="frau", family_name="Schmidt")
    draft = request(context, None, m.Channel.EMAIL)
    assert draft.subject == "Schön, Sie beim Unternehmerfrühstück kennengelernt zu haben"
    assert draft.body.startswith(
        "Sehr geehrte Frau Schmidt,\n\nschön, dass wir uns gestern beim "
        "Unternehmerfrühstück von BNI Chapter Isartal kennengelernt haben."
    )
    assert "\n\nViele Grüße\nMartina Schreiber\n" in draft.body
    assert "Viele Grüße," not in draft.body and "(" not in draft.body


def test_linter_marks_sales_links_shouting_and_missing_place() -> None:
    text = "Hallo Anna, unser ANGEBOT: 20 % Rabatt!!! Mehr auf www.example.de"
    found = lint(text, m.FollowUpKind.CONNECTION_REQUEST, ["Unternehmerfrühstück"])
    codes = [f.code for f in found]
    assert codes.count("sales") == 2 and "link" in codes and "no_where" in codes
    assert codes.count("shouting") == 2  # "!!!" and "ANGEBOT"
    sale = next(f for f in found if f.code == "sales")
    assert text[sale.start : sale.end] == "ANGEBOT"


def test_linter_leaves_their_own_words_alone() -> None:
    text = "Hallo Anna, dein Vortrag „Preise richtig kalkulieren“ bei BNI war toll."
    found = lint(
        text, m.FollowUpKind.CONNECTION_REQUEST, ["BNI"], own_words=["Preise richtig kalkulieren"]
    )
    assert found == []
    assert [f.code for f in lint("Schöne Grüße", m.FollowUpKind.BIRTHDAY_GREETING)] == []


def test_linter_notices_the_untouched_template() -> None:
    body = "Hallo, schön dich kennengelernt zu haben."
    found = lint(body, m.FollowUpKind.BIRTHDAY_GREETING, template_text=body)
    assert [f.code for f in found] == ["not_personal"]
