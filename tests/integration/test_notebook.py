"""notebooks/explore.ipynb runs end to end in a fresh kernel of this environment."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
KERNEL = "kg-news-test"


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A kernelspec that runs this interpreter, whatever kernels the machine has."""
    prefix = tmp_path_factory.mktemp("jupyter")
    subprocess.run(
        [sys.executable, "-m", "ipykernel", "install", "--prefix", str(prefix), "--name", KERNEL],
        check=True,
        capture_output=True,
    )
    spec = json.loads((prefix / "share/jupyter/kernels" / KERNEL / "kernel.json").read_text())
    assert Path(spec["argv"][0]).resolve() == Path(sys.executable).resolve()
    return {
        "JUPYTER_PATH": str(prefix / "share" / "jupyter"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "MPLBACKEND": "Agg",
    }


def text_outputs(nb: nbformat.NotebookNode) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out["text"])
            elif "data" in out and "text/plain" in out["data"]:
                parts.append(out["data"]["text/plain"])
    return "\n".join(parts)


def test_notebook_is_committed_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_notebook_runs_and_finds_the_network(
    kernel_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in kernel_env.items():
        monkeypatch.setenv(key, value)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=600,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    text = text_outputs(nb)
    entities = next(line for line in text.splitlines() if line.startswith("entities: "))
    assert int(entities.split(": ")[1]) > 0
    # Every pack query ran.
    assert "### Contested regions" in text and "### Roles by government" in text
    table = text.split("Centrality (top 15)", 1)[1].split("community 1", 1)[0]
    assert "Japan" in table
    assert "community 1 (" in text
    images = [
        out
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if "image/png" in out.get("data", {})
    ]
    assert len(images) == 1
    # kg.viz.show put the whole explorer inline: a sandboxed iframe holding the page.
    pages = [
        out["data"]["text/html"]
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if "kg-explorer" in out.get("data", {}).get("text/html", "")
    ]
    assert len(pages) == 1
    assert pages[0].startswith('<iframe class="kg-explorer"')
    assert 'sandbox="allow-scripts' in pages[0] and "srcdoc=" in pages[0]
    page = html.unescape(pages[0].split('srcdoc="', 1)[1].split('"', 1)[0])
    assert 'id="kg-network"' in page and "connect-src 'none'" in page
    data = json.loads(page.split('id="kg-data">', 1)[1].split("</script>", 1)[0])
    # to_networkx saw the same entities and relation triples as the explorer.
    line = next(ln for ln in text.splitlines() if ln.startswith("networkx: "))
    n_entities, n_triples = (int(w) for w in line.split() if w.isdigit())
    assert n_entities == data["counts"]["entities"] == int(entities.split(": ")[1])
    assert n_triples == data["counts"]["relationTriples"]
