"""Key slots: every slot kind opens the store, wrong secrets open nothing, writes are atomic."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import pytest

from gemeinsam_desktop.errors import (
    KeychainUnavailableError,
    KeySlotFileError,
    StoreExistsError,
    WeakPassphraseError,
    WrongKeyError,
    WrongRecoveryKeyError,
)
from gemeinsam_desktop.store import vault as vault_module
from gemeinsam_desktop.store.vault import Vault, normalize_recovery_key
from tests.conftest import FailingKeyring, NullKeyring

PW = "Sonnenblume am Lahnufer 7"


@pytest.fixture
def slots(tmp_path: Path) -> tuple[Vault, bytearray, str]:
    return Vault.create(tmp_path / "schluessel.json", 1, PW)


def test_passphrase_slot_opens_with_the_right_passphrase_only(slots) -> None:
    vault, master, _ = slots
    again = Vault.load(vault.path)
    key, coach = again.unlock_passphrase(PW)
    assert key == master and coach == 1
    with pytest.raises(WrongKeyError):
        again.unlock_passphrase(PW + "x")
    with pytest.raises(WrongKeyError):
        again.unlock_passphrase(PW, coach_id=2)


def test_passphrase_is_normalized_so_composed_umlauts_match(tmp_path: Path) -> None:
    decomposed = "Mu\u0308ller wohnt in Wetzlar"  # "ü" as u + combining diaeresis
    vault, master, _ = Vault.create(tmp_path / "s.json", 1, "Müller wohnt in Wetzlar")
    assert vault.unlock_passphrase(decomposed)[0] == master


def test_recovery_key_opens_in_any_spelling(slots) -> None:
    vault, master, recovery = slots
    sloppy = recovery.lower().replace("-", " ")
    assert Vault.load(vault.path).unlock_recovery(sloppy) == master
    with pytest.raises(WrongRecoveryKeyError):
        vault.unlock_recovery("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    with pytest.raises(WrongRecoveryKeyError):
        vault.unlock_recovery("zu kurz")


def test_recovery_key_format_avoids_confusable_characters(slots) -> None:
    _, _, recovery = slots
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert not set(recovery) & set("01IO")
    assert normalize_recovery_key("O" * 32) is None


def test_new_recovery_key_replaces_the_old_one(slots) -> None:
    vault, master, old = slots
    new = vault.new_recovery_key(master)
    again = Vault.load(vault.path)
    assert again.unlock_recovery(new) == master
    with pytest.raises(WrongRecoveryKeyError):
        again.unlock_recovery(old)


def test_second_coach_slot_and_passphrase_change(slots) -> None:
    vault, master, _ = slots
    vault.set_passphrase(master, 2, "zweites Passwort hier")
    again = Vault.load(vault.path)
    assert again.unlock_passphrase("zweites Passwort hier") == (master, 2)
    assert again.unlock_passphrase(PW) == (master, 1)
    again.set_passphrase(master, 2, "geändertes Passwort 2")
    with pytest.raises(WrongKeyError):
        Vault.load(vault.path).unlock_passphrase("zweites Passwort hier")
    assert Vault.load(vault.path).unlock_passphrase("geändertes Passwort 2")[1] == 2


def test_a_passphrase_serves_one_account_only(slots) -> None:
    vault, master, _ = slots
    with pytest.raises(WeakPassphraseError):
        vault.set_passphrase(master, 2, PW)


def test_short_passphrase_is_refused(slots, tmp_path: Path) -> None:
    vault, master, _ = slots
    with pytest.raises(WeakPassphraseError):
        vault.set_passphrase(master, 2, "kurz")
    with pytest.raises(WeakPassphraseError):
        Vault.create(tmp_path / "other.json", 1, "kurz")


def test_a_wrong_master_key_is_never_wrapped_into_a_slot(slots) -> None:
    vault, master, _ = slots
    wrong = bytearray(os.urandom(32))
    with pytest.raises(WrongKeyError):
        vault.set_passphrase(wrong, 2, "zweites Passwort hier")
    assert len(Vault.load(vault.path).passphrase_slots()) == 1


def test_never_a_new_key_over_an_existing_slot_file(slots) -> None:
    vault, _, _ = slots
    before = vault.path.read_bytes()
    with pytest.raises(StoreExistsError):
        Vault.create(vault.path, 1, PW)
    assert vault.path.read_bytes() == before


def test_failed_slot_write_leaves_the_old_file_working(slots, monkeypatch) -> None:
    vault, master, _ = slots
    before = vault.path.read_bytes()

    def broken_replace(src, dst):  # the disk fails at the last step
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(Exception, match="Speicherplatz"):
        vault.set_passphrase(master, 2, "zweites Passwort hier")
    monkeypatch.undo()
    assert vault.path.read_bytes() == before
    assert [p.name for p in vault.path.parent.iterdir()] == ["schluessel.json"]
    assert len(vault.passphrase_slots()) == 1  # memory rolled back too
    assert Vault.load(vault.path).unlock_passphrase(PW)[0] == master


def test_slot_file_holds_no_secret_and_no_name_in_plaintext(slots) -> None:
    vault, master, recovery = slots
    raw = vault.path.read_text()
    assert master.hex() not in raw and recovery not in raw and PW not in raw
    data = json.loads(raw)
    assert {s["kind"] for s in data["slots"]} == {"passphrase", "recovery"}
    assert oct(vault.path.stat().st_mode & 0o777) == "0o600"


def test_damaged_slot_file_gives_a_known_error(tmp_path: Path) -> None:
    path = tmp_path / "schluessel.json"
    path.write_text("{ kaputt")
    with pytest.raises(KeySlotFileError):
        Vault.load(path)
    with pytest.raises(KeySlotFileError):
        Vault.load(tmp_path / "fehlt.json")


def test_keychain_remembers_and_forgets(slots) -> None:
    vault, master, _ = slots
    assert vault.unlock_keychain() is None
    vault.remember_in_keychain(master, 1)
    assert Vault.load(vault.path).unlock_keychain() == (master, 1)
    vault.forget_keychain()
    assert Vault.load(vault.path).unlock_keychain() is None
    assert keyring.get_password(vault_module.KEYRING_SERVICE, vault.store_id) is None


@pytest.mark.parametrize("backend", [NullKeyring, FailingKeyring])
def test_missing_keychain_is_reported_and_the_passphrase_still_works(slots, backend) -> None:
    vault, master, _ = slots
    keyring.set_keyring(backend())
    with pytest.raises(KeychainUnavailableError):
        vault.remember_in_keychain(master, 1)
    assert vault.unlock_keychain() is None
    assert Vault.load(vault.path).unlock_passphrase(PW)[0] == master


def test_keychain_entry_with_a_foreign_key_is_ignored(slots) -> None:
    vault, master, _ = slots
    vault.remember_in_keychain(master, 1)
    keyring.set_password(
        vault_module.KEYRING_SERVICE,
        vault.store_id,
        json.dumps({"key": os.urandom(32).hex(), "coach_id": 1}),
    )
    assert vault.unlock_keychain() is None


def test_production_kdf_is_the_default() -> None:
    import importlib
    import subprocess
    import sys

    assert vault_module.KdfParams(3, 64 * 1024, 4) == vault_module.PRODUCTION_KDF
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from gemeinsam_desktop.store import vault as v; "
            "print(v.kdf_for_new_slots == v.PRODUCTION_KDF)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "True"
    assert importlib.import_module("gemeinsam_desktop.store.vault") is vault_module
