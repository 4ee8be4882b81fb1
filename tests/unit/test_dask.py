"""``kg build --scheduler``: the map stage on a real two-worker Dask cluster on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.config import Settings
from kg.errors import KGError
from kg.pipeline import build
from tests.servers import free_port as _free_port
from tests.unit.test_map_stage import ARTICLES, _corpus

DASK = str(Path(sys.executable).parent / "dask")


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A scheduler and two single-thread workers whose working folder is not the client's."""
    from distributed import Client

    root = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    log = (root / "cluster.log").open("w")
    common = {"stdout": log, "stderr": subprocess.STDOUT, "cwd": root}
    procs = [
        subprocess.Popen(
            [DASK, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1]]
            + ["--no-dashboard", "--no-show"],
            **common,
        )
    ]
    try:
        for i in range(2):
            procs.append(
                subprocess.Popen(
                    [DASK, "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard"]
                    + ["--host", "127.0.0.1", "--local-directory", str(root / f"w{i}")],
                    **common,
                )
            )
        deadline = time.monotonic() + 90
        while True:
            try:
                with Client(address, timeout="5s") as c:
                    c.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        _stop(procs[::-1])
        log.close()


def test_dask_build_gives_the_same_bytes_as_a_local_build(cluster, tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    local = build([corpus], tmp_path / "local", model="blank:en", cache=False)
    remote = build([corpus], tmp_path / "remote", model="blank:en", cache=False, scheduler=cluster)
    assert remote.documents == local.documents == 5
    assert remote.workers >= 1 and remote.analysed == 5
    assert remote.graph.read_bytes() == local.graph.read_bytes()
    assert remote.html.read_bytes() == local.html.read_bytes()
    again = build([corpus], tmp_path / "remote", model="blank:en", scheduler=cluster)
    assert (again.analysed, again.cached) == (5, 0)  # the first build that keeps a cache
    third = build([corpus], tmp_path / "remote", model="blank:en", scheduler=cluster)
    assert (third.analysed, third.cached) == (0, 5)
    assert third.graph.read_bytes() == local.graph.read_bytes()


def test_workers_that_cannot_see_a_file_receive_its_text(cluster, tmp_path, monkeypatch):
    from kg.pipeline.cache import MemoryResults
    from kg.pipeline.dask import DaskExecutor
    from kg.pipeline.parallel import map_corpus

    _corpus(tmp_path / "corpus", {k: v for k, v in list(ARTICLES.items())[:3]})
    (tmp_path / "abs").mkdir()
    (tmp_path / "abs" / "z.txt").write_text(
        "Note\n\nChilean Foreign Minister Paz Rojas met reporters.\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)  # relative paths mean nothing in the workers' folder
    ex = DaskExecutor(cluster, Settings(model="blank:en"))
    out = map_corpus([Path("corpus"), tmp_path / "abs"], MemoryResults(), ex, chunk_size=1)
    assert out.analysed == 4
    assert ex.sent_documents == 3  # the three relative paths; the absolute one was read there
    assert [raw.source for _, raw in out.order] == [
        os.path.join("corpus", n) for n in sorted(list(ARTICLES)[:3])
    ] + [str(tmp_path / "abs" / "z.txt")]


def test_unreachable_scheduler_is_one_clear_error(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    address = f"tcp://127.0.0.1:{_free_port()}"
    with pytest.raises(KGError, match=r"E060.*dask scheduler"):
        build([corpus], tmp_path / "o", model="blank:en", scheduler=address)
