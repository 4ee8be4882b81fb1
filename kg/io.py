"""Safe file output: atomic single files and an output folder that changes as one set.

Single files (:func:`atomic_open`) are written beside their target under a temporary name
and renamed into place, with the mode a plain ``open()`` would give (the user's umask).

A build's outputs (:class:`OutputFolder`) must change together: a reader, or a build killed
at any moment, must never see a new ``graph.ttl`` beside an old ``graph.html``. Renaming
several files one by one cannot promise that, so the folder is laid out like this::

    out/graph.ttl   -> current/graph.ttl      (fixed links, made once)
    out/graph.html  -> current/graph.html
    out/build.json  -> current/build.json
    out/current     -> .builds/<id>           (the only thing a build swaps)
    out/.builds/<id>/graph.ttl, graph.html, build.json
    out/.kg.lock                              (held while a build writes)

A build writes everything into a fresh ``.builds/<id>`` and then replaces the ``current``
link with one ``rename(2)``: before it every name resolves to the old build, after it to
the new one. Leftovers of a killed build (a half-written ``.builds`` folder, ``.part``
files) are removed by the next build into the same folder, under the lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.errors import Errors, KGError

BUILDS = ".builds"
CURRENT = "current"
LOCK = ".kg.lock"
_PART = ".part"


def umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o022)  # elsewhere: the classic read-by-setting (single-threaded here)
    os.umask(old)
    return old


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale_parts(path: Path) -> None:
    """Delete ``.<name>.<pid>.<token>.part`` files left beside ``path`` by dead writers."""
    prefix = f".{path.name}."
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(_PART)):
            continue
        pid = name[len(prefix) : -len(_PART)].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


@contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Write to a temporary file beside ``path``; move it into place only on success.

    The file gets the mode ``open()`` would give it (``0666`` less the umask), so a
    colleague or a web server can read what the build wrote.

    >>> import os, stat
    >>> d = getfixture("tmp_path")
    >>> with atomic_open(d / "a.txt") as fh:
    ...     _ = fh.write("ok")
    >>> (d / "a.txt").read_text()
    'ok'
    >>> oct(stat.S_IMODE(os.stat(d / "a.txt").st_mode)) == oct(0o666 & ~umask())
    True
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_parts(path)
    binary = "b" in mode
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{_PART}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        # O_CREAT already applied the umask; fchmod makes it explicit whatever the platform.
        os.fchmod(fd, 0o666 & ~umask())
        with os.fdopen(
            fd, mode, encoding=None if binary else encoding, newline="" if not binary else None
        ) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w") as fh:
        fh.write(data)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _replace_link(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` with one rename (never a moment without ``link``)."""
    tmp = link.parent / f".{link.name}.{os.getpid()}.{secrets.token_hex(4)}.link"
    os.symlink(target, tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class OutputFolder:
    """The lock and the staged, all-at-once replacement of a build's outputs (see module doc).

    >>> out = getfixture("tmp_path") / "out"
    >>> with OutputFolder(out) as folder:
    ...     stage = folder.stage()
    ...     _ = (stage / "graph.ttl").write_text("new")
    ...     folder.commit(stage, ["graph.ttl"])
    >>> (out / "graph.ttl").read_text()
    'new'
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._created = False
        self._committed = False

    # -- lock -----------------------------------------------------------------------------

    def __enter__(self) -> OutputFolder:
        import fcntl

        try:
            if not self.path.exists():
                self.path.mkdir(parents=True)
                self._created = True
            fd = os.open(self.path / LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        except OSError as exc:
            raise KGError(
                Errors.E015.format(path=self.path, reason=exc.strerror or str(exc))
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise KGError(Errors.E014.format(path=self.path, pid=holder)) from None
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        self.clean()
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            self.clean()
            if self._created and not self._committed:
                # Nothing was written: leave no trace of the attempt (not even the folder).
                with contextlib.suppress(OSError):
                    os.unlink(self.path / LOCK)
                    self.path.rmdir()
        finally:
            if self._fd is not None:
                os.close(self._fd)  # releases the lock
                self._fd = None

    # -- staging and commit ---------------------------------------------------------------

    def current(self) -> Path | None:
        """The build folder ``current`` points to, if any."""
        link = self.path / CURRENT
        if not link.is_symlink():
            return None
        return (self.path / os.readlink(link)).resolve()

    def clean(self) -> None:
        """Remove what killed builds left: other ``.builds`` folders, temporary links and parts."""
        keep = self.current()
        builds = self.path / BUILDS
        if builds.is_dir():
            for entry in builds.iterdir():
                if keep is None or entry.resolve() != keep:
                    shutil.rmtree(entry, ignore_errors=True)
            with contextlib.suppress(OSError):
                builds.rmdir()  # only when empty
        for entry in self.path.iterdir():
            name = entry.name
            if name.startswith(".") and name.endswith((".link", _PART)):
                pid = name.split(".")[-3] if name.count(".") >= 3 else ""
                if not (pid.isdigit() and _pid_alive(int(pid)) and int(pid) != os.getpid()):
                    with contextlib.suppress(OSError):
                        entry.unlink()

    def stage(self) -> Path:
        """A new, empty folder for this build's outputs (mode from the umask)."""
        builds = self.path / BUILDS
        builds.mkdir(exist_ok=True)
        stage = builds / f"{os.getpid()}-{secrets.token_hex(6)}"
        stage.mkdir()
        return stage

    def commit(self, stage: Path, names: Sequence[str]) -> None:
        """Make ``stage`` the current build: its ``names`` appear in the folder at once."""
        for name in names:
            if not (stage / name).is_file():
                raise FileNotFoundError(stage / name)
        _fsync_dir(stage)
        old = {
            e.name
            for e in self.path.iterdir()
            if e.is_symlink() and os.readlink(e).startswith(f"{CURRENT}/")
        }
        legacy = [n for n in names if (self.path / n).exists() and not (self.path / n).is_symlink()]
        # Fixed links first (they resolve through ``current``), then the one swap.
        for name in names:
            if name not in old and name not in legacy:
                _replace_link(self.path / name, f"{CURRENT}/{name}")
        _replace_link(self.path / CURRENT, f"{BUILDS}/{stage.name}")
        self._committed = True
        # Plain files of an older kg become links only now, so they never dangle.
        for name in legacy:
            _replace_link(self.path / name, f"{CURRENT}/{name}")
        for name in sorted(old - set(names)):
            with contextlib.suppress(OSError):
                os.unlink(self.path / name)
        _fsync_dir(self.path)
        self.clean()


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` as text that can always be printed and written to UTF-8 files.

    Names that are not valid UTF-8 arrive as lone surrogates (PEP 383); they become U+FFFD.

    >>> display_path("caf\\udce9.txt")
    'caf\\ufffd.txt'
    """
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
