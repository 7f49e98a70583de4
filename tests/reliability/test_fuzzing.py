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
