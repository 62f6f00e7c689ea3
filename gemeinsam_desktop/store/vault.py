"""The master key and its key slots.

One random 256-bit master key opens the SQLCipher database as a raw key. It is stored only
*wrapped* (AES-256-GCM) in a small JSON file beside the database, once per slot:

* a ``passphrase`` slot per coach account, wrapping key from Argon2id(passphrase);
* one ``recovery`` slot, wrapping key from HKDF(recovery key) — the recovery key is 160
  random bits, so a slow KDF adds nothing;
* optionally the OS keychain (``keyring``) holds the master key itself
  ("auf diesem Computer merken"); the slot file only records *that* it does.

Slots are independent: adding, removing or replacing one rewrites only this small file
(atomically), never the database. The file holds no personal data — coaches appear only by
their numeric account id. Argon2 runs once per unlock, not per database connection.
"""

from __future__ import annotations

import base64
import errno
import json
import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gemeinsam_desktop.errors import (
    QT_TRANSLATE_NOOP,
    DiskFullError,
    KeychainUnavailableError,
    KeySlotFileError,
    StoreExistsError,
    WeakPassphraseError,
    WrongKeyError,
    WrongRecoveryKeyError,
)
from gemeinsam_desktop.files import atomic_write_bytes

log = logging.getLogger(__name__)

FORMAT = "gemeinsam-keyslots"
FORMAT_VERSION = 1
KEY_BYTES = 32
KEYRING_SERVICE = "Gemeinsam Desktop"
MIN_PASSPHRASE_LENGTH = 10
# Crockford-like alphabet: no 0/O and 1/I, so a key read off paper cannot be misread.
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Each slot stores the parameters it was made with."""

    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


PRODUCTION_KDF = KdfParams()
# Tests may lower this (one explicit switch, see tests/conftest.py); a real installation
# never does, and a test proves the default is PRODUCTION_KDF.
kdf_for_new_slots: KdfParams = PRODUCTION_KDF


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_passphrase(passphrase: str) -> bytes:
    # NFC so that "ü" typed on another keyboard layout still opens the slot.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError(min_length=MIN_PASSPHRASE_LENGTH)


def generate_recovery_key() -> str:
    import secrets

    chars = [secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)]
    groups = [
        "".join(chars[i : i + RECOVERY_GROUP_LEN]) for i in range(0, len(chars), RECOVERY_GROUP_LEN)
    ]
    return "-".join(groups)


def normalize_recovery_key(text: str) -> str | None:
    """Upper-case, without spaces and dashes; ``None`` when it cannot be a recovery key."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN:
        return None
    if any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        return None
    return cleaned


# argon2, cryptography and keyring load on first use, hmac, secrets and uuid (OpenSSL's
# hashlib, platform: ~6 ms) too: reading the slot file (is a keychain entry remembered?)
# must not delay the unlock window (benchmarks/bench_startup.py).
def _argon2(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"gemeinsam recovery slot"
    ).derive(secret)


@dataclass
class Slot:
    id: str
    kind: str  # "passphrase" | "recovery"
    salt: bytes
    nonce: bytes
    wrapped: bytes
    coach_id: int | None = None
    kdf: KdfParams | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.coach_id is not None:
            data["coach_id"] = self.coach_id
        if self.kdf is not None:
            data["kdf"] = {
                "name": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_cost_kib": self.kdf.memory_cost_kib,
                "parallelism": self.kdf.parallelism,
            }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        kdf = None
        if "kdf" in data:
            k = data["kdf"]
            if k.get("name") != "argon2id":
                raise ValueError("unknown kdf")
            kdf = KdfParams(int(k["time_cost"]), int(k["memory_cost_kib"]), int(k["parallelism"]))
        kind = str(data["kind"])
        if kind not in ("passphrase", "recovery"):
            raise ValueError("unknown slot kind")
        coach = data.get("coach_id")
        return cls(
            id=str(data["id"]),
            kind=kind,
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            coach_id=int(coach) if coach is not None else None,
            kdf=kdf,
        )


class Vault:
    """The key-slot file of one data folder."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.store_id: str = ""
        self.slots: list[Slot] = []
        self.keychain_remembered = False
        self.key_check = b""

    # -- file -------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> Vault:
        vault = cls(path)
        try:
            raw = vault.path.read_bytes()
        except FileNotFoundError as exc:
            raise KeySlotFileError(detail="fehlt") from exc
        except OSError as exc:
            raise KeySlotFileError(detail=exc.strerror or "nicht lesbar") from exc
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("format")
            if int(data.get("version", 0)) > FORMAT_VERSION:
                raise ValueError("newer version")
            vault.store_id = str(data["store_id"])
            vault.slots = [Slot.from_json(s) for s in data["slots"]]
            vault.keychain_remembered = bool(data.get("keychain_remembered", False))
            vault.key_check = _unb64(data["key_check"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise KeySlotFileError(detail="unlesbar") from exc
        if not vault.slots:
            raise KeySlotFileError(detail="keine Schlüssel")
        return vault

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "store_id": self.store_id,
            "keychain_remembered": self.keychain_remembered,
            "key_check": _b64(self.key_check),
            "slots": [s.to_json() for s in self.slots],
        }
        try:
            atomic_write_bytes(self.path, json.dumps(data, indent=2).encode("utf-8"), mode=0o600)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
                raise DiskFullError() from exc
            raise KeySlotFileError(detail=exc.strerror or "nicht schreibbar") from exc

    @classmethod
    def create(
        cls, path: Path, coach_id: int, passphrase: str, *, save: bool = True
    ) -> tuple[Vault, bytearray, str]:
        """A new master key with one passphrase slot and the recovery slot.

        Returns the vault, the master key and the recovery key (shown once, never stored).
        Refuses to run where a slot file already exists: never a new key over old data.
        With ``save=False`` the caller writes the file (:meth:`save`) once the database
        that the key opens exists.
        """
        if Path(path).exists():
            raise StoreExistsError(path=str(Path(path).parent))
        check_passphrase_strength(passphrase)
        import secrets
        import uuid

        vault = cls(path)
        vault.store_id = str(uuid.uuid4())
        master = bytearray(secrets.token_bytes(KEY_BYTES))
        recovery = generate_recovery_key()
        vault.key_check = _key_check(master, vault.store_id)
        vault.slots.append(vault._passphrase_slot(master, coach_id, passphrase))
        vault.slots.append(vault._recovery_slot(master, recovery))
        if save:
            vault.save()
        log.info("key slots created")
        return vault, master, recovery

    # -- wrapping ---------------------------------------------------------------------
    def _aad(self, slot_id: str, kind: str) -> bytes:
        return f"{FORMAT}|{self.store_id}|{slot_id}|{kind}".encode()

    def _wrap(self, master: bytes | bytearray, kek: bytes, slot: Slot) -> Slot:
        import secrets

        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        slot.nonce = secrets.token_bytes(12)
        slot.wrapped = AESGCM(kek).encrypt(slot.nonce, bytes(master), self._aad(slot.id, slot.kind))
        return slot

    def _unwrap(self, slot: Slot, kek: bytes) -> bytearray | None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            plain = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.id, slot.kind))
        except Exception:  # cryptography raises InvalidTag: a wrong key
            return None
        return bytearray(plain)

    def _passphrase_slot(self, master: bytes | bytearray, coach_id: int, passphrase: str) -> Slot:
        import secrets
        import uuid

        params = kdf_for_new_slots
        slot = Slot(
            str(uuid.uuid4()), "passphrase", secrets.token_bytes(16), b"", b"", coach_id, params
        )
        kek = _argon2(normalize_passphrase(passphrase), slot.salt, params)
        return self._wrap(master, kek, slot)

    def _recovery_slot(self, master: bytes | bytearray, recovery_key: str) -> Slot:
        normalized = normalize_recovery_key(recovery_key)
        assert normalized is not None
        import secrets
        import uuid

        slot = Slot(str(uuid.uuid4()), "recovery", secrets.token_bytes(16), b"", b"")
        return self._wrap(master, _hkdf(normalized.encode("ascii"), slot.salt), slot)

    # -- unlocking --------------------------------------------------------------------
    def passphrase_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "passphrase"]

    def coach_ids(self) -> list[int]:
        return [s.coach_id for s in self.passphrase_slots() if s.coach_id is not None]

    def unlock_passphrase(
        self, passphrase: str, coach_id: int | None = None
    ) -> tuple[bytearray, int]:
        """Try the passphrase on the coach's slot (or every passphrase slot).

        Returns the master key and the id of the coach whose slot opened.
        """
        secret = normalize_passphrase(passphrase)
        for slot in self.passphrase_slots():
            if coach_id is not None and slot.coach_id != coach_id:
                continue
            assert slot.kdf is not None
            master = self._unwrap(slot, _argon2(secret, slot.salt, slot.kdf))
            if master is not None and slot.coach_id is not None:
                return master, slot.coach_id
        raise WrongKeyError()

    def unlock_recovery(self, recovery_key: str) -> bytearray:
        normalized = normalize_recovery_key(recovery_key)
        if normalized is None:
            raise WrongRecoveryKeyError()
        for slot in self.slots:
            if slot.kind == "recovery":
                master = self._unwrap(slot, _hkdf(normalized.encode("ascii"), slot.salt))
                if master is not None:
                    return master
        raise WrongRecoveryKeyError()

    # -- changing slots (never touches the database) ----------------------------------
    def _replace_slots(self, new_slots: list[Slot]) -> None:
        old = self.slots
        self.slots = new_slots
        try:
            self.save()
        except BaseException:
            self.slots = old
            raise

    def set_passphrase(self, master: bytes | bytearray, coach_id: int, passphrase: str) -> None:
        """Add the coach's slot, or replace it (change of passphrase)."""
        check_passphrase_strength(passphrase)
        self._verify_master(master)
        for slot in self.passphrase_slots():
            if slot.coach_id == coach_id:
                continue
            assert slot.kdf is not None
            # One passphrase opens one account: otherwise unlocking could not tell who works.
            if self._unwrap(slot, _argon2(normalize_passphrase(passphrase), slot.salt, slot.kdf)):
                raise WeakPassphraseError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Dieses Passwort benutzt bereits ein anderes Konto. Bitte wählen Sie ein "
                        "eigenes Passwort.",
                    )
                )
        kept = [s for s in self.slots if not (s.kind == "passphrase" and s.coach_id == coach_id)]
        self._replace_slots([*kept, self._passphrase_slot(master, coach_id, passphrase)])

    def remove_passphrase(self, coach_id: int) -> None:
        kept = [s for s in self.slots if not (s.kind == "passphrase" and s.coach_id == coach_id)]
        if not any(s.kind == "passphrase" for s in kept):
            raise WeakPassphraseError(
                QT_TRANSLATE_NOOP(
                    "errors", "Das letzte Konto mit Passwort kann nicht entfernt werden."
                )
            )
        self._replace_slots(kept)

    def new_recovery_key(self, master: bytes | bytearray) -> str:
        """Replace the recovery slot; the old recovery key stops working."""
        self._verify_master(master)
        recovery = generate_recovery_key()
        kept = [s for s in self.slots if s.kind != "recovery"]
        self._replace_slots([*kept, self._recovery_slot(master, recovery)])
        return recovery

    def key_matches(self, master: bytes | bytearray) -> bool:
        """True when ``master`` is this store's key (checked against ``key_check``)."""
        if len(master) != KEY_BYTES or not self.key_check:
            return False
        import hmac

        return hmac.compare_digest(_key_check(master, self.store_id), self.key_check)

    def _verify_master(self, master: bytes | bytearray) -> None:
        """A slot made from a wrong key would lock a coach out: refuse it."""
        if not self.key_matches(master):
            raise WrongKeyError()

    # -- OS keychain ------------------------------------------------------------------
    def remember_in_keychain(self, master: bytes | bytearray, coach_id: int) -> None:
        """Store the key in the OS keychain, and prove it is there by reading it back.

        keyring's null backend "succeeds" and keeps nothing: reading back catches that.
        """
        import keyring  # loads its backends (D-Bus …): only when the keychain is used
        import keyring.errors

        secret = json.dumps({"key": bytes(master).hex(), "coach_id": coach_id})
        try:
            keyring.set_password(KEYRING_SERVICE, self.store_id, secret)
            stored = keyring.get_password(KEYRING_SERVICE, self.store_id)
        except keyring.errors.KeyringError as exc:
            raise KeychainUnavailableError() from exc
        except Exception as exc:  # backends raise their own errors (dbus, locked wallet)
            raise KeychainUnavailableError() from exc
        if stored != secret:
            raise KeychainUnavailableError()
        if not self.keychain_remembered:
            self.keychain_remembered = True
            self.save()

    def unlock_keychain(self) -> tuple[bytearray, int] | None:
        """The key from the OS keychain, or ``None`` when it is not (or no longer) there."""
        if not self.keychain_remembered:
            return None
        import keyring

        try:
            stored = keyring.get_password(KEYRING_SERVICE, self.store_id)
        except Exception:
            log.info("keychain not available")
            return None
        if not stored:
            return None
        try:
            data = json.loads(stored)
            key = bytearray(bytes.fromhex(data["key"]))
            coach_id = int(data["coach_id"])
        except (ValueError, KeyError, TypeError):
            return None
        if not self.key_matches(key):
            return None
        return key, coach_id

    def forget_keychain(self) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(KEYRING_SERVICE, self.store_id)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:
            raise KeychainUnavailableError() from exc
        if self.keychain_remembered:
            self.keychain_remembered = False
            self.save()


def wipe(key: bytearray | None) -> None:
    """Overwrite key bytes in place (as far as Python allows: copies may linger)."""
    if key is not None:
        for i in range(len(key)):
            key[i] = 0


def _key_check(master: bytes | bytearray, store_id: str) -> bytes:
    # An HMAC of a random 256-bit key reveals nothing about it, and lets the vault refuse a
    # wrong key before it wraps it into a new slot or trusts one from the keychain.
    import hmac

    return hmac.new(bytes(master), f"{FORMAT}|key-check|{store_id}".encode(), "sha256").digest()
