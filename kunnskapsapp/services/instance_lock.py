"""Who else has this SQLite file open, and is the file on a network share.

A small JSON file beside the database (`kunnskapsapp.sqlite3.lock`) lists the windows that
have it open: user, host, pid, since, and a heartbeat. It is a notice, not a lock: a second
window still opens (and says who else is there), and saving stays protected by each row's
version check, as before.

A holder is stale, and dropped, when
- it is on this host and its process is gone (a crash, `kill -9`): checked exactly; or
- its heartbeat is older than `STALE_AFTER` (1 hour; the window beats every 10 minutes).
  A pid on another host cannot be checked, and a PC that crashed or lost the network never
  removes its entry. Six missed beats tolerate a slow share or a laptop that slept, and a
  wrong guess only costs an informational message, never data.

Writes are whole-file replaces (write a temporary file, rename), so a reader never sees half
a file; two windows starting in the same instant can lose one entry, which the next
heartbeat puts back.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import tempfile
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

LOCK_SUFFIX = ".lock"
HEARTBEAT_SECONDS = 10 * 60
STALE_AFTER = timedelta(hours=1)
NETWORK_FS_TYPES = frozenset(
    {"cifs", "smb3", "smbfs", "smb", "nfs", "nfs4", "afs", "9p", "fuse.sshfs", "ncpfs"}
)
DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass
class Holder:
    user: str
    host: str
    pid: int
    since: str  # ISO local time
    heartbeat: str
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def since_time(self) -> datetime:
        return datetime.fromisoformat(self.since)

    def describe(self, now: datetime | None = None) -> str:
        """ "Kari Nordmann på PC-1234 har også denne databasen åpen siden kl. 10.32"."""
        now = now or datetime.now()
        since = self.since_time
        when = f"kl. {since:%H.%M}"
        if since.date() != now.date():
            when = f"{since:%d.%m.%Y} {when}"
        return f"{self.user} på {self.host} har også denne databasen åpen siden {when}"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def user_display_name() -> str:
    """The user's full name when the system knows it (for the other user to read)."""
    from kunnskapsapp.services.database import current_user

    if os.environ.get("KUNNSKAPSAPP_USER"):
        return current_user()
    if sys.platform == "win32":  # pragma: no cover - Windows only
        name = _windows_display_name()
        if name:
            return name
    else:
        try:
            import pwd

            gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
            if gecos:
                return gecos
        except (ImportError, KeyError, OSError):
            pass
    return current_user()


def _windows_display_name() -> str:  # pragma: no cover - Windows only
    import ctypes

    size = ctypes.c_ulong(0)
    secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
    secur32.GetUserNameExW(3, None, ctypes.byref(size))  # 3 = NameDisplay
    buffer = ctypes.create_unicode_buffer(size.value or 1)
    if secur32.GetUserNameExW(3, buffer, ctypes.byref(size)):
        return str(buffer.value)
    return ""


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # somebody else's process: alive
    return True


class InstanceLock:
    """This window's entry in the lock file beside one SQLite database."""

    def __init__(
        self,
        database: Path,
        *,
        user: str | None = None,
        host: str | None = None,
        pid: int | None = None,
        clock: type[datetime] = datetime,
    ) -> None:
        self.path = lock_path(database)
        self.clock = clock
        now = self._now()
        self.me = Holder(
            user=user or user_display_name(),
            host=host or socket.gethostname(),
            pid=pid if pid is not None else os.getpid(),
            since=now,
            heartbeat=now,
        )
        self.held = False

    def _now(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    # --- the file ---
    def read(self) -> list[Holder]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [Holder(**h) for h in data.get("holders", [])]
        except (OSError, ValueError, TypeError, AttributeError):
            return []  # missing, half-written by a very old version, or not ours: start over

    def _write(self, holders: list[Holder]) -> None:
        if not holders:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        text = json.dumps({"holders": [asdict(h) for h in holders]}, ensure_ascii=False, indent=1)
        handle, temp = tempfile.mkstemp(prefix=".lock-", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def is_stale(self, holder: Holder) -> bool:
        if holder.host == self.me.host and not pid_alive(holder.pid):
            return True
        try:
            beat = datetime.fromisoformat(holder.heartbeat)
        except ValueError:
            return True
        return self.clock.now() - beat > STALE_AFTER

    def _others(self, holders: list[Holder]) -> list[Holder]:
        return [h for h in holders if h.token != self.me.token and not self.is_stale(h)]

    # --- what the window does ---
    def acquire(self) -> list[Holder]:
        """Add this window to the file; the others who have the database open (oldest
        first). A folder we cannot write to just means nobody else is told about us."""
        others = self._others(self.read())
        try:
            self._write([*others, self.me])
            self.held = True
        except OSError:
            self.held = False
        return sorted(others, key=lambda h: h.since)

    def heartbeat(self) -> list[Holder]:
        """Show we are still here (and put our entry back if a race lost it)."""
        self.me.heartbeat = self._now()
        others = self._others(self.read())
        with contextlib.suppress(OSError):
            self._write([*others, self.me])
            self.held = True
        return others

    def release(self) -> None:
        if not self.held:
            return
        with contextlib.suppress(OSError):
            self._write(self._others(self.read()))
        self.held = False


# --- Network file systems ---------------------------------------------------------------------


def _unescape_mount(text: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011, ..."""
    return (text.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")).replace(
        "\\134", "\\"
    )


def linux_filesystem(path: Path, mounts: Path = Path("/proc/mounts")) -> str | None:
    """The file-system type of the mount that holds `path` (the longest matching mount
    point), or None when it cannot be read."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path)
    best: tuple[int, str] | None = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    return best[1] if best else None


def network_location(path: Path, *, mounts: Path = Path("/proc/mounts")) -> str | None:
    """A short description when `path` is on a network file system, else None."""
    resolved = path.expanduser().resolve(strict=False)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        text = str(resolved)
        if text.startswith("\\\\"):
            return "en nettverksmappe (UNC-sti)"
        import ctypes

        root = os.path.splitdrive(text)[0] + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOTE:  # type: ignore[attr-defined]
            return f"nettverksstasjonen {root}"
        return None
    fstype = linux_filesystem(resolved, mounts)
    if fstype and fstype.lower() in NETWORK_FS_TYPES:
        return f"et nettverksfilsystem ({fstype})"
    return None


def network_warning(path: Path, *, mounts: Path = Path("/proc/mounts")) -> str | None:
    where = network_location(path, mounts=mounts)
    if where is None:
        return None
    return (
        f"Databasefilen {path} ligger på {where}. SQLite er ikke trygt på nettverksdisker: "
        "låsing kan svikte, og filen kan bli skadet når flere bruker den. Flytt filen til "
        "en lokal disk, eller bruk den felles PostgreSQL-databasen (Fil → Koble til "
        "database …)."
    )
