"""A build killed with SIGKILL at any point leaves ``out/`` matching its ``build.json``.

Each case runs ``kg build`` in a child process that kills itself (SIGKILL, no cleanup
possible) at one point of the write sequence, over a folder that holds an earlier good
build. Afterwards every visible file must belong to one build, with build.json's hashes;
no SHACL worker may survive; and the next build must leave no leftovers.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.pipeline import build
from tests.unit.test_safe_build import ARTICLES, assert_consistent, corpus

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import importlib, json, os, signal, sys

import kg.io
from kg.cli import main

pb = importlib.import_module("kg.pipeline.build")
point, pid_file = sys.argv[1], sys.argv[2]


def die():
    os.kill(os.getpid(), signal.SIGKILL)


real_link = kg.io._replace_link
real_replace = kg.io.os.replace
real_commit = kg.io.OutputFolder.commit
real_result = pb._Validation.result


def link(path, target):
    swap = target.startswith(".builds/")
    if point == "before-swap" and swap:
        die()
    real_link(path, target)
    if point == "after-swap" and swap:
        die()


def replace(src, dst, *a, **k):
    if point == "html-part" and str(dst).endswith("graph.html"):
        die()
    return real_replace(src, dst, *a, **k)


def commit(self, stage, names):
    if point == "before-commit":
        die()
    return real_commit(self, stage, names)


def result(self):
    if point == "during-validation":
        procs = list((getattr(self._pool, "_processes", None) or {}).values())
        with open(pid_file, "w") as fh:
            json.dump([p.pid for p in procs], fh)
        die()
    return real_result(self)


kg.io._replace_link = link
kg.io.os.replace = replace
kg.io.OutputFolder.commit = commit
pb._Validation.result = result
sys.argv = ["kg", *sys.argv[3:]]
main()
"""

POINTS = [
    "during-validation",
    "html-part",
    "before-commit",
    "before-swap",
    "after-swap",
]


def run_killed(point: str, args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", CHILD, point, str(tmp_path / "pids.json"), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead already
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


# In an empty folder the fixed links come first (they dangle until the swap).
CASES = [(p, False) for p in POINTS] + [("before-swap", True), ("after-swap", True)]


@pytest.mark.parametrize(
    ("point", "fresh"), CASES, ids=[f"{p}-{'empty' if f else 'over-a-build'}" for p, f in CASES]
)
def test_sigkill_at_any_point_leaves_a_consistent_folder(tmp_path, point, fresh):
    out = tmp_path / "out"
    old = None
    if not fresh:
        first = corpus(tmp_path / "first", {"a.txt": ARTICLES["a.txt"]})
        build([first], out, model="blank:en", validate=False)
        old = assert_consistent(out)
    src = corpus(tmp_path / "in")
    args = ["build", str(src), "--out", str(out), "--model", "blank:en", "--quiet"]
    proc = run_killed(point, args, tmp_path)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    if (out / "build.json").exists():
        record = assert_consistent(out)
        new = point == "after-swap"
        assert record["inputs"]["documents"] == (3 if new else 1)
        if not new:
            assert record == old
    else:
        # Nothing was ever committed here: no output is visible at all.
        assert fresh and point != "after-swap"
        visible = [p for p in out.iterdir() if p.exists() and not p.name.startswith(".")]
        assert [p.name for p in visible if p.name != "current"] == []
    if point == "during-validation":
        pids = json.loads((tmp_path / "pids.json").read_text(encoding="utf-8"))
        assert pids
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in pids if _alive(p)], "SHACL workers outlived the build"
    # The next build cleans up whatever the killed one left.
    again = build([src], out, model="blank:en", validate=False, html=False)
    assert again.documents == 3
    assert_consistent(out)
    assert len(list((out / ".builds").iterdir())) == 1
    leftovers = [p.name for p in out.rglob("*") if p.name.endswith((".part", ".link"))]
    assert leftovers == []
