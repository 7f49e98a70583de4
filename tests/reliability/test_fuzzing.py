"""Check 6: Hypothesis on the vCard, CSV, LinkedIn and QR-payload parsers, plus the
end-to-end import, and a replay of every input that ever failed (``corpus/``).

The suite runs a fixed, derandomized budget so CI is repeatable; for a longer
random hunt set ``NETZWERK_FUZZ_EXAMPLES=5000``. When a run finds a failure, save
the input under ``corpus/<parser>/`` (bytes as they are) so it is replayed forever.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fuzz_checks import (
    CHECKS,
    check_csv,
    check_csv_roundtrip,
    check_linkedin,
    check_other_readers,
    check_qr,
    check_sniff,
    check_url_refused,
    check_vcard,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzwerk_app.app import open_app
from netzwerk_app.domain import model as m
from netzwerk_app.infra.paths import under_basedir

CORPUS = Path(__file__).resolve().parent / "corpus"
_RANDOM_BUDGET = int(os.environ.get("NETZWERK_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_RANDOM_BUDGET or 300,
    derandomize=not _RANDOM_BUDGET,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- generators that look like the real thing, with the traps in --------------------

_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(
    [
        "Jürgen Müller",
        "=41=42",
        "=C3=",
        "a\\,b\\;c\\n",
        "<b>x</b>",
        "=cmd|' /C calc'!A0",
        "+49 89 123456",
        "\u202ereversed",
        "\x00",
        "",
        ";;;;",
        ":",
        "\\",
    ]
)
_NAMES = st.sampled_from(
    [
        "FN",
        "N",
        "ORG",
        "TITLE",
        "EMAIL",
        "TEL",
        "ADR",
        "URL",
        "NOTE",
        "BDAY",
        "PHOTO",
        "AGENT",
        "CATEGORIES",
        "NICKNAME",
        "X-SOCIALPROFILE",
        "X-NETZWERK-DATA",
        "item1.EMAIL",
        "item1.X-ABLABEL",
        "BEGIN",
        "END",
        "VERSION",
    ]
)
_PARAMS = st.sampled_from(
    [
        "",
        ";CHARSET=UTF-8",
        ";CHARSET=ISO-8859-1",
        ";CHARSET=X-UNKNOWN",
        ";ENCODING=QUOTED-PRINTABLE",
        ";ENCODING=b",
        ";ENCODING=BASE64;TYPE=JPEG",
        ";TYPE=WORK,VOICE",
        ';TYPE="a,b"',
        ";VALUE=uri",
        ";PREF=1",
        ";LABEL=x\\ny",
        ";=;;",
    ]
)
_EOL = st.sampled_from(["\r\n", "\n", "\r", "\r\r\n"])


@st.composite
def vcard_texts(draw: st.DrawFn) -> bytes:
    eol = draw(_EOL)
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        lines.append(draw(st.sampled_from(["BEGIN:VCARD", "begin : vcard", "BEGIN:VCARD"])))
        lines.append("VERSION:" + draw(st.sampled_from(["2.1", "3.0", "4.0", "9", ""])))
        for _ in range(draw(st.integers(0, 8))):
            line = f"{draw(_NAMES)}{draw(_PARAMS)}:{draw(_TEXT)}"
            if draw(st.booleans()) and len(line) > 10:
                cut = draw(st.integers(1, len(line) - 1))
                line = line[:cut] + eol + draw(st.sampled_from([" ", "\t"])) + line[cut:]
            lines.append(line)
        if draw(st.integers(0, 4)):  # sometimes END is missing
            lines.append("END:VCARD")
    text = eol.join(lines) + eol
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(codec, errors="replace")


@given(vcard_texts())
@FUZZ
def test_vcard_reader_on_card_like_input(data: bytes) -> None:
    check_vcard(data)


@given(st.binary(max_size=2000))
@FUZZ
def test_vcard_reader_on_any_bytes(data: bytes) -> None:
    check_vcard(b"BEGIN:VCARD\r\n" + data)
    check_vcard(data)


_CSV_CELL = _TEXT | st.sampled_from(["=1+1", "+1", "-1", "@x", "\t=x", "\r=x", "'=x", '"', "\n"])


@given(st.lists(st.lists(_CSV_CELL, max_size=8), max_size=6), st.sampled_from([",", ";"]))
@FUZZ
def test_csv_readers_on_table_like_input(rows: list[list[str]], sep: str) -> None:
    header = sep.join(["Full name", "Given name", "Family name", "Organization", "E-mail 1"])
    linkedin = sep.join(["First Name", "Last Name", "URL", "Email Address", "Connected On"])
    body = "\r\n".join(sep.join(row) for row in rows)
    for head in (header, linkedin, "Notes:\r\n" + linkedin):
        data = f"{head}\r\n{body}".encode()
        check_csv(data)
        check_linkedin(data)
        check_sniff(data)


@given(st.binary(max_size=2000))
@FUZZ
def test_csv_readers_on_any_bytes(data: bytes) -> None:
    check_csv(data)
    check_linkedin(data)
    check_sniff(data)


_SAFE_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)


@given(
    st.lists(
        st.builds(
            lambda name, org, note, email, phone: m.Contact(
                formatted_name=name,
                organization=org,
                note=note,
                emails=[m.Email(email)] if email else [],
                phones=[m.Phone(phone)] if phone else [],
            ),
            _SAFE_TEXT.filter(str.strip) | _CSV_CELL.filter(str.strip),
            _SAFE_TEXT | _CSV_CELL,
            _SAFE_TEXT,
            # a blank e-mail or phone is skipped on reading, by design
            (_SAFE_TEXT | _CSV_CELL).filter(str.strip),
            (_SAFE_TEXT | _CSV_CELL).filter(str.strip),
        ),
        min_size=1,
        max_size=4,
    )
)
@FUZZ
def test_csv_round_trip_keeps_every_value(contacts: list[m.Contact]) -> None:
    check_csv_roundtrip(contacts)


_QR_TEXT = (
    st.text(max_size=200)
    | st.builds(lambda t: "MECARD:" + t, st.text(max_size=120))
    | st.builds(
        lambda parts: "MECARD:" + "".join(f"{k}:{v};" for k, v in parts) + ";",
        st.lists(st.tuples(st.sampled_from(["N", "TEL", "EMAIL", "URL", "ORG", "X"]), _TEXT)),
    )
    | st.builds(lambda t: "https://www.linkedin.com/in/" + t, st.text(max_size=60))
    | st.builds(lambda t: "www." + t, st.text(max_size=60))
    | vcard_texts().map(lambda b: b.decode("utf-8", "replace"))
)


@given(_QR_TEXT)
@FUZZ
def test_qr_payload_parser(text: str) -> None:
    check_qr(text)


def test_import_service_never_lets_an_exception_out(tmp_path: Path) -> None:
    """End to end: any file into the real importer returns a result, never raises."""
    ctx = open_app(under_basedir(tmp_path / "netzwerk"))
    target = tmp_path / "fuzz.input"

    @given(vcard_texts() | st.binary(max_size=500))
    @settings(FUZZ, max_examples=max(60, _RANDOM_BUDGET // 10))
    def run(data: bytes) -> None:
        target.write_bytes(data)
        result = ctx.importer.import_files([target])
        assert all(f.reason for f in result.failed)

    try:
        run()
    finally:
        ctx.close()


# --- stored hostile values: nothing already stored may break a later operation -------

_HOSTILE = _TEXT | st.sampled_from(
    [
        "http://[oops",
        "https://[::1",
        "www.[",
        "http://a.example:99999/",
        "https://linkedin.com@evil.example/in/x",
        "mailto:",
        "tel:",
        "--1340",
        "0000-00-00",
        "99999999999999999999",
        "²",
        "data:image/png;base64,!!",
        "=cmd|' /C calc'!A0",
        "a\r\nEND:VCARD\r\nBEGIN:VCARD",
    ]
)


@st.composite
def hostile_contacts(draw: st.DrawFn) -> m.Contact:
    """A contact as the service stores it, with arbitrary text where a parser looks."""
    birthday = draw(
        st.none()
        | st.builds(m.Birthday, st.integers(1, 12), st.integers(1, 28), st.none())
        | st.builds(m.Birthday, st.integers(1, 12), st.integers(1, 28), st.integers(1, 9999))
    )
    raw = st.builds(
        m.RawProperty,
        st.sampled_from(["BDAY", "ANNIVERSARY", "PHOTO", "X-NETZWERK-KEEP-IN-TOUCH-DAYS", "TEL"]),
        _HOSTILE,
        st.sampled_from([(), (("VALUE", ("text",)),), (("ENCODING", ("b",)),)]),
    )
    return m.Contact(
        formatted_name=draw(_HOSTILE.filter(str.strip)),
        organization=draw(_HOSTILE),
        department=draw(_HOSTILE),
        urls=[m.Url(u) for u in draw(st.lists(_HOSTILE, max_size=2))],
        emails=[m.Email(e) for e in draw(st.lists(_HOSTILE, max_size=2))],
        phones=[m.Phone(p) for p in draw(st.lists(_HOSTILE, max_size=2))],
        birthday=birthday,
        linkedin_connected_on=draw(st.none() | st.dates()),
        keep_in_touch_days=draw(st.none() | st.integers(0, 36500)),
        photo=draw(st.none() | st.binary(min_size=1, max_size=40)),
        photo_mime=draw(_HOSTILE),
        extra_properties=draw(st.lists(raw, max_size=2)),
    )


def test_stored_hostile_values_break_no_import_search_export_or_qr(tmp_path: Path) -> None:
    """Issue 11 item 3: arbitrary text stored in URL, e-mail, phone and date-like fields
    through the service; import, search, export and QR codes still answer, failing at
    most with a typed NetzwerkError (a plain sentence)."""
    from netzwerk_app.domain.errors import NetzwerkError
    from netzwerk_app.interchange import qr

    ctx = open_app(under_basedir(tmp_path / "netzwerk"))
    good = tmp_path / "good.vcf"
    good.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Greta Gut\r\nEND:VCARD\r\n")

    @given(st.lists(hostile_contacts(), min_size=1, max_size=3), _HOSTILE)
    @settings(FUZZ, max_examples=max(40, _RANDOM_BUDGET // 20))
    def run(contacts: list[m.Contact], query: str) -> None:
        stored = [ctx.contacts.create(c) for c in contacts]
        ids = [c.id for c in stored if c.id is not None]
        result = ctx.importer.import_files([good])
        assert not result.failed, result.failed
        try:
            ctx.contacts.search(query)
        except NetzwerkError as error:
            assert str(error)
        for fmt, name in (("vcard3", "out3.vcf"), ("vcard4", "out4.vcf"), ("csv", "out.csv")):
            ctx.exporter.export(tmp_path / name, fmt, contact_ids=ids)  # type: ignore[arg-type]
        again = ctx.importer.import_files([tmp_path / "out3.vcf", tmp_path / "out4.vcf"])
        assert not again.failed, again.failed
        for fmt in ("out3.vcf", "out4.vcf"):
            check_other_readers((tmp_path / fmt).read_bytes().decode("utf-8"))
        for cid in ids:
            try:
                code = ctx.qr.code(ctx.qr.contact_data(cid), qr.ALL_FIELDS)
            except NetzwerkError as error:
                assert str(error)
            else:
                check_qr(code.payload)  # what a phone reads from the code

    try:
        run()
    finally:
        ctx.close()


# --- every input that ever failed ----------------------------------------------------

_REPLAY = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")


@pytest.mark.parametrize("path", _REPLAY, ids=[str(p.relative_to(CORPUS)) for p in _REPLAY])
def test_regression_corpus(path: Path, tmp_path: Path) -> None:
    parser = path.relative_to(CORPUS).parts[0]
    data = path.read_bytes()
    if parser == "qr":
        check_qr(data.decode("utf-8"))
    elif parser == "url":
        check_url_refused(data.decode("utf-8"))
    elif parser == "import":
        ctx = open_app(under_basedir(tmp_path / "netzwerk"))
        try:
            result = ctx.importer.import_files([path])
            assert all(f.reason for f in result.failed)
        finally:
            ctx.close()
    else:
        CHECKS[parser](data)


def test_the_corpus_is_not_empty() -> None:
    assert _REPLAY, "the regression corpus lost its files"
