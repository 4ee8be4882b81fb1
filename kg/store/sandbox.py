"""Cut the calling thread (and the threads it starts) off the network.

Oxigraph evaluates ``SERVICE`` with its own Rust HTTP client, which Python-level socket
patches never see. So the guard sits in the kernel: a seccomp filter that makes the
``socket`` system call fail with ``EACCES`` for every address family except ``AF_UNIX``
(the worker's channel to the server is a Unix socket pair opened beforehand). Without a
socket there is no TCP or UDP connection and no DNS lookup, whatever the code asking.

The filter holds for the thread that installs it and every thread it creates afterwards,
and cannot be removed. ``kg serve`` installs it at the start of each query worker
process; ``kg query`` in the thread that runs the query. It is defence in depth: queries
that name a service are refused before they run (:func:`kg.store.sparql.check_read_only`).
Linux only (x86-64 and AArch64); elsewhere :func:`deny_network` returns ``False``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import platform
import socket
import sys

# <linux/audit.h>, <linux/seccomp.h>, <linux/filter.h>, <linux/prctl.h>
_ARCHES = {
    # machine: (AUDIT_ARCH_*, __NR_socket, __NR_io_uring_setup, x32 syscall bit or 0)
    "x86_64": (0xC000003E, 41, 425, 0x40000000),
    "aarch64": (0xC00000B7, 198, 425, 0),
}
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_RET_K = 0x06


class _SockFilter(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_ushort),
        ("jt", ctypes.c_ubyte),
        ("jf", ctypes.c_ubyte),
        ("k", ctypes.c_uint),
    ]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


def _program(arch: int, nr_socket: int, nr_io_uring: int, x32_bit: int) -> list[tuple]:
    deny = _RET_ERRNO | errno.EACCES
    # seccomp_data: int nr @0, u32 arch @4, u64 ip @8, u64 args[6] @16 (low word first).
    prog = [
        (_LD_W_ABS, 0, 0, 4),
        (_JEQ_K, 1, 0, arch),  # another ABI (e.g. 32-bit calls): refuse everything
        (_RET_K, 0, 0, deny),
        (_LD_W_ABS, 0, 0, 0),
    ]
    if x32_bit:
        prog += [(_JGE_K, 0, 1, x32_bit), (_RET_K, 0, 0, deny)]
    prog += [
        (_JEQ_K, 0, 1, nr_io_uring),  # io_uring could open sockets without the call
        (_RET_K, 0, 0, deny),
        (_JEQ_K, 0, 3, nr_socket),
        (_LD_W_ABS, 0, 0, 16),  # the address family
        (_JEQ_K, 1, 0, socket.AF_UNIX),
        (_RET_K, 0, 0, deny),
        (_RET_K, 0, 0, _RET_ALLOW),
    ]
    return prog


def deny_network() -> bool:
    """Install the filter on the calling thread; ``True`` when it is in force."""
    if not sys.platform.startswith("linux") or sys.byteorder != "little":
        return False
    spec = _ARCHES.get(platform.machine())
    if spec is None:
        return False
    prog = _program(*spec)
    filters = (_SockFilter * len(prog))(*(_SockFilter(*ins) for ins in prog))
    fprog = _SockFprog(len(prog), filters)
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    # prctl(2) rejects unused arguments that are not zero: always pass all five.
    ulong = ctypes.c_ulong
    libc.prctl.argtypes = [ctypes.c_int, ulong, ctypes.c_void_p, ulong, ulong]
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, None, 0, 0) != 0:
        return False
    return libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) == 0


def network_denied() -> bool:
    """Whether the calling thread can no longer open an Internet socket."""
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    except PermissionError:
        return True
    return False
