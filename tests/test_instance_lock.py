"""Someone else has the SQLite file open: the lock file beside it, stale entries, the notice in
the window, and the warning for a database on a network file system."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from kunnskapsapp.services.instance_lock import (
    InstanceLock,
    linux_filesystem,
    lock_path,
    network_warning,
)
from kunnskapsapp.ui.instance_notice import InstanceNotice


class _Clock:
    at = datetime(2026, 12, 2, 10, 32)

    @classmethod
    def now(cls) -> datetime:
        return cls.at


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_second_instance_is_told_who_and_since_when(tmp_path: Path) -> None:
    db = tmp_path / "kunnskapsapp.sqlite3"
    first = InstanceLock(db, user="Kari Nordmann", host="PC-1234", clock=_Clock)
    assert first.acquire() == []
    assert lock_path(db).name == "kunnskapsapp.sqlite3.lock"
    data = json.loads(lock_path(db).read_text(encoding="utf-8"))
    assert data["holders"][0]["user"] == "Kari Nordmann"

    second = InstanceLock(db, user="Ola Hansen", host="PC-9", clock=_Clock)
    others = second.acquire()
    assert [h.user for h in others] == ["Kari Nordmann"]
    assert others[0].describe(datetime(2026, 12, 2, 12, 0)) == (
        "Kari Nordmann på PC-1234 har også denne databasen åpen siden kl. 10.32"
    )
    assert others[0].describe(datetime(2026, 12, 3, 9, 0)).endswith("siden 02.12.2026 kl. 10.32")
    # the first window now sees the second; closing one leaves the other's entry
    assert [h.user for h in first.heartbeat()] == ["Ola Hansen"]
    first.release()
    assert [h.user for h in second.read()] == ["Ola Hansen"]
    second.release()
    assert not lock_path(db).exists()


def test_an_entry_of_a_process_that_is_gone_on_this_host_is_stale(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    crashed = InstanceLock(db, user="Krasj", host="PC-1", pid=_dead_pid())
    crashed.acquire()  # and never released (kill -9)
    me = InstanceLock(db, user="Meg", host="PC-1")
    assert me.acquire() == []
    assert [h.user for h in me.read()] == ["Meg"]  # the stale entry is dropped


def test_an_entry_from_another_host_without_a_heartbeat_for_an_hour_is_stale(
    tmp_path: Path,
) -> None:
    db = tmp_path / "x.sqlite3"
    old = InstanceLock(db, user="Borte", host="PC-2", pid=1, clock=_Clock)
    old.acquire()

    class Later(_Clock):
        at = _Clock.at + timedelta(minutes=59)

    soon = InstanceLock(db, user="A", host="PC-1", clock=Later)
    assert [h.user for h in soon.acquire()] == ["Borte"]
    soon.release()

    class MuchLater(_Clock):
        at = _Clock.at + timedelta(hours=1, minutes=1)

    assert InstanceLock(db, user="B", host="PC-1", clock=MuchLater).acquire() == []


def test_a_damaged_lock_file_is_ignored(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    lock_path(db).write_text("{ikke json", encoding="utf-8")
    assert InstanceLock(db, user="A", host="H").acquire() == []


MOUNTS = """\
sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//fil01/felles /mnt/felles cifs rw,vers=3.0 0 0
fil02:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/felles/lokal ext4 rw 0 0
//fil01/med\\040mellomrom /mnt/med\\040mellomrom smb3 rw 0 0
"""


def test_network_file_systems_are_recognised_from_the_mounts(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS, encoding="utf-8")
    assert linux_filesystem(Path("/mnt/felles/k.sqlite3"), mounts) == "cifs"
    assert linux_filesystem(Path("/mnt/felles/lokal/k.sqlite3"), mounts) == "ext4"
    assert linux_filesystem(Path("/mnt/nfs/a/b.sqlite3"), mounts) == "nfs4"
    assert linux_filesystem(Path("/mnt/med mellomrom/k.sqlite3"), mounts) == "smb3"
    assert linux_filesystem(Path("/home/kari/k.sqlite3"), mounts) == "ext4"
    warning = network_warning(Path("/mnt/felles/k.sqlite3"), mounts=mounts)
    assert warning is not None and "PostgreSQL" in warning and "(cifs)" in warning
    assert network_warning(Path("/mnt/felles/lokal/k.sqlite3"), mounts=mounts) is None
    assert network_warning(Path("/home/kari/k.sqlite3"), mounts=mounts) is None


def test_the_window_says_who_else_has_it_open_without_blocking(qtbot: Any, tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    InstanceLock(db, user="Kari Nordmann", host="PC-1234", pid=1).acquire()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    notice = InstanceNotice(window, db)
    lines = notice.start()
    assert lines and lines[0].startswith("Kari Nordmann på PC-1234 har også denne databasen")
    box = window.findChild(QMessageBox, "instanceNotice")
    assert box is not None and box.isVisible() and not box.isModal()
    assert "Kari Nordmann" in box.text()
    assert notice.lock is not None and len(notice.lock.read()) == 2
    notice.stop()
    assert [h.user for h in InstanceLock(db, user="x", host="y").read()] == ["Kari Nordmann"]
    box.close()


def test_alone_on_a_local_file_there_is_no_notice(qtbot: Any, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    notice = InstanceNotice(window, tmp_path / "k.sqlite3")
    assert notice.start() == []
    assert window.findChild(QMessageBox, "instanceNotice") is None
    notice.stop()
    assert not lock_path(tmp_path / "k.sqlite3").exists()
