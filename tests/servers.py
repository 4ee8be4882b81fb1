"""Starting and stopping real servers in tests: a free port, wait until ready, clean stop."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(
    proc: subprocess.Popen, ready: Callable[[], bool], what: str, timeout: float = 60
) -> Iterator[subprocess.Popen]:
    """Wait until ``ready()`` holds (the process must stay alive), then stop it on exit."""
    deadline = time.monotonic() + timeout
    try:
        while True:
            if proc.poll() is not None:
                out = proc.stdout.read().decode() if proc.stdout else ""
                raise RuntimeError(f"{what} exited: {out}")
            try:
                if ready():
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not come up")
            time.sleep(0.2)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()  # warnings are errors: no unclosed pipe left behind
