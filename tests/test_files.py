"""atomic_write_bytes: all or nothing, private from the first byte."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from gemeinsam_desktop import files
from gemeinsam_desktop.files import atomic_write_bytes

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_new_file_with_mode_0600(tmp_path: Path) -> None:
    target = tmp_path / "slots.json"
    atomic_write_bytes(target, b"Gr\xc3\xbc\xc3\x9fe")

    assert target.read_bytes() == "Grüße".encode()
    assert _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["slots.json"]


def test_mode_is_set_before_the_first_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "secret.bin"
    modes_before_write: list[int] = []
    sizes_before_write: list[int] = []
    real_fdopen = os.fdopen

    def spying_fdopen(fd: int, *args: object, **kwargs: object) -> object:
        # The file object is opened just before the first write.
        modes_before_write.append(stat.S_IMODE(os.fstat(fd).st_mode))
        sizes_before_write.append(os.fstat(fd).st_size)
        return real_fdopen(fd, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(files.os, "fdopen", spying_fdopen)
    old_umask = os.umask(0)  # a permissive umask must not leak into the file
    try:
        atomic_write_bytes(target, b"x", mode=0o640)
    finally:
        os.umask(old_umask)
    assert modes_before_write == [0o640]
    assert sizes_before_write == [0]
    assert _mode(target) == 0o640


def test_replaces_existing_content(tmp_path: Path) -> None:
    target = tmp_path / "export.pdf"
    target.write_bytes(b"old old old old")
    atomic_write_bytes(target, b"new")

    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.pdf"]


def test_failed_replace_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.pdf"
    target.write_bytes(b"old")

    def full_disk(src: str, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(target, b"new")

    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.pdf"]


def test_failed_write_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.pdf"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")

    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.pdf"]


def test_missing_folder_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "fehlt" / "x.pdf", b"data")
    assert list(tmp_path.iterdir()) == []


def test_accepts_str_path(tmp_path: Path) -> None:
    atomic_write_bytes(str(tmp_path / "a.txt"), b"a")  # type: ignore[arg-type]
    assert (tmp_path / "a.txt").read_bytes() == b"a"
