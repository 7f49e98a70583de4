"""`netzwerk carddav add|list|remove` and `netzwerk sync` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import REPO_ROOT, child_env, run_cli
from sync_servers import FaultProxy, Server, kill_hard
from test_sync_basic import card

from netzwerk_app.app import open_app
from netzwerk_app.domain import model as m
from netzwerk_app.infra.paths import under_basedir

NO_KEYRING = "keyring.backends.fail.Keyring"


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Like a headless machine: no keyring, the password only for the run."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING)
    monkeypatch.delenv("NETZWERK_CARDDAV_PASSWORD", raising=False)


def test_add_list_sync_and_the_password_is_never_on_disk(tmp_path: Path, radicale: Server) -> None:
    base = tmp_path / "data"
    radicale.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena"))
    run_cli(base, "contact", "add", "--name", "Jörg Weiß", "--email", "joerg@example.org")

    added = run_cli(base, "carddav", "add", radicale.root, "--username", radicale.username,
                    "--password-stdin", "--json", stdin=radicale.password + "\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    account = json.loads(added.stdout)
    assert (account["book"], account["password_in_keyring"]) == ("Kontakte", False)
    listed = json.loads(run_cli(base, "carddav", "list", "--json").stdout)
    assert [a["id"] for a in listed] == [account["id"]]

    without = run_cli(base, "sync")
    assert without.returncode == 1
    assert "No password for alice" in without.stderr and "Traceback" not in without.stderr

    done = run_cli(base, "sync", "--password-stdin", "--json", stdin=radicale.password + "\n")
    assert done.returncode == 0, done.stderr
    [report] = json.loads(done.stdout)
    assert (report["pulled"], report["pushed"], report["conflicts"]) == (1, 1, 0)
    contacts = json.loads(run_cli(base, "contacts", "--json").stdout)
    assert sorted(c["formatted_name"] for c in contacts) == ["Jörg Weiß", "Lena Öztürk"]

    secret = radicale.password.encode()
    for path in base.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), path

    wrong = run_cli(base, "sync", "--password-stdin", stdin="falsch\n")
    assert wrong.returncode == 1
    assert wrong.stderr.count("\n") == 1 and "user name or password" in wrong.stderr

    removed = run_cli(base, "carddav", "remove", str(account["id"]))
    assert removed.returncode == 0
    assert json.loads(run_cli(base, "carddav", "list", "--json").stdout) == []


def test_a_sync_killed_mid_upload_resumes_without_duplicates(
    tmp_path: Path, radicale: Server, proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path / "data"
    ctx = open_app(under_basedir(base))
    try:
        for n in range(6):
            ctx.contacts.create(m.Contact(formatted_name=f"Gast Nummer {n}", given_name="Gast"))
    finally:
        ctx.close()
    radicale.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena"))
    monkeypatch.setenv("NETZWERK_CARDDAV_PASSWORD", radicale.password)
    url = proxy.url(radicale.root)
    assert run_cli(base, "carddav", "add", url, "--username", radicale.username).returncode == 0

    proxy.arm(hold_at=3, hold=2.0, method="PUT")  # the third upload hangs: kill it there
    syncing = subprocess.Popen(
        [sys.executable, "-m", "netzwerk_app", "--basedir", str(base), "sync"],
        env=child_env(), cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert proxy.held.wait(60)
    kill_hard(syncing)
    time.sleep(2.2)  # the held upload still reaches the server, unacknowledged
    proxy.arm()

    resumed = run_cli(base, "sync", "--json")

    assert resumed.returncode == 0, resumed.stderr
    uids = [line for t in radicale.cards().values() for line in t.splitlines() if "UID:" in line]
    assert len(uids) == len(set(uids)) == 7
    contacts = json.loads(run_cli(base, "contacts", "--json").stdout)
    assert len(contacts) == 7
    again = json.loads(run_cli(base, "sync", "--json").stdout)[0]
    assert (again["pulled"], again["pushed"], again["deleted"]) == (0, 0, 0)
