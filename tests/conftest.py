"""Shared fixtures: a temporary data folder, fast key slots, a keyring of the tests' own.

Nothing here touches the user's real keychain, data folder or settings.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.errors  # noqa: E402
import pytest  # noqa: E402

from gemeinsam_desktop.store import vault as vault_module  # noqa: E402

# Argon2id at 64 MiB costs ~170 ms a slot: fine for a coach, slow for hundreds of tests.
# This is the one explicit switch that lowers it; test_vault proves the default is the
# production cost.
FAST_KDF = vault_module.KdfParams(time_cost=1, memory_cost_kib=1024, parallelism=1)
PASSPHRASE = "Sonnenblume am Lahnufer 7"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory OS keychain for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.secrets[(service, username)]


class NullKeyring(keyring.backend.KeyringBackend):
    """Like keyring's null backend: says yes to saving and keeps nothing."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("nothing stored")


class FailingKeyring(NullKeyring):
    """No backend at all (headless Linux): every call raises."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")


@pytest.fixture(autouse=True)
def _isolation(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    monkeypatch.setattr(vault_module, "kdf_for_new_slots", FAST_KDF)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("GEMEINSAM_DATA_DIR", raising=False)
    monkeypatch.delenv("GEMEINSAM_PASSPHRASE", raising=False)
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "daten"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[object]:
    from gemeinsam_desktop.services.workspace import DataFolder

    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    yield ws
    ws.close()
    folder.release()
