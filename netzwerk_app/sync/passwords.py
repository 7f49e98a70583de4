"""Where a CardDAV password comes from: given for this run (``--password-stdin``),
the environment (``NETZWERK_CARDDAV_PASSWORD``, this run only), or the OS keyring.
It is never written to the database, the settings or the log."""

from __future__ import annotations

import logging
import os

log = logging.getLogger("netzwerk.sync.passwords")

SERVICE = "Netzwerk CardDAV"
ENV = "NETZWERK_CARDDAV_PASSWORD"


def _key(url: str, username: str) -> str:
    return f"{username} {url}"


def from_keyring(url: str, username: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, _key(url, username))
    except Exception:  # no keyring on this system (headless, CI): not an error
        log.info("no keyring to read from")
        return None


def to_keyring(url: str, username: str, password: str) -> bool:
    """Keep the password in the OS keyring; False when there is none (then it is used
    for this run only and asked again next time)."""
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return False
        keyring.set_password(SERVICE, _key(url, username), password)
        return True
    except Exception:
        log.info("no keyring to keep the password in")
        return False


def forget(url: str, username: str) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, _key(url, username))
    except Exception:
        pass


def find(url: str, username: str, given: str | None = None) -> str | None:
    """The password for this run: given, else the environment, else the keyring."""
    if given:
        return given
    env = os.environ.get(ENV)
    if env:
        return env
    return from_keyring(url, username)
