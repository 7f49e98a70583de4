"""``netzwerk qr`` as a user runs it: real processes on a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

import zxingcpp
from helpers import run_cli as run
from PIL import Image


def test_german_card_round_trip_through_the_cli(tmp_path: Path) -> None:
    base, other = tmp_path / "mine", tmp_path / "theirs"
    added = run(
        base,
        *("contact", "add", "--name", "Jürgen Weiß", "--org", "Weiß & Söhne Straßenbau"),
        *("--email", "juergen@weiss-bau.de", "--phone", "+49 89 1234567"),
        *("--url", "https://www.linkedin.com/in/juergen-weiss", "--json"),
    )
    assert added.returncode == 0, added.stderr
    written = json.loads(added.stdout)
    out = tmp_path / "juergen.png"
    wrote = run(base, "qr", "contact", str(written["id"]), "-o", str(out))
    assert wrote.returncode == 0, wrote.stderr
    assert "QR version" in wrote.stdout
    image = Image.open(out)
    assert image.size[0] >= 1200
    payload = bytes(zxingcpp.read_barcodes(image)[0].bytes).decode("utf-8")
    assert "FN:Jürgen Weiß\r\n" in payload and "CHARSET" not in payload

    run(other, "event", "add", "--network", "BNI", "--title", "Frühstück", "--start",
        "2026-11-24T06:45", "--end", "2026-11-24T08:45")  # fmt: skip
    read = run(other, "qr", "read", str(out), "--event", "1", "--json")
    assert read.returncode == 0, read.stderr
    data = json.loads(read.stdout)
    [code] = data["codes"]
    assert code["kind"] == "vcard" and code["text"] == payload
    [found] = code["contacts"]
    for key in ("formatted_name", "given_name", "family_name", "organization", "emails", "urls"):
        assert found[key] == written[key], key
    assert found["phones"] == written["phones"]
    assert data["added"]["summary"].startswith("1 imported") and data["added"]["met"] == [1]

    shown = json.loads(run(other, "show", "1", "--json").stdout)
    assert shown["source"] == "qr_code" and shown["encounters"][0]["event"] == "Frühstück"
    assert shown["followups"], "a follow-up is planned like for any encounter"


def test_my_card_svg_url_only_and_plain_sentences(tmp_path: Path) -> None:
    base = tmp_path / "data"
    empty = run(base, "qr", "me", "-o", str(tmp_path / "me.png"))
    assert empty.returncode == 1
    assert empty.stderr.strip() == "netzwerk: The card is empty; fill in My card in the app first."

    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    bad = run(base, "qr", "read", str(junk))
    assert bad.returncode == 1 and bad.stdout == ""
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr

    text = tmp_path / "text.png"
    from netzwerk_app.interchange.qr import encode

    text.write_bytes(encode("Treffpunkt: Café am Markt").png())
    shown = run(base, "qr", "read", str(text))
    assert shown.returncode == 0, shown.stderr
    assert "Treffpunkt: Café am Markt" in shown.stdout
    assert "No contact found in this code." in shown.stdout
