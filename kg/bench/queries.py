"""Question-pack latency on a large synthetic graph: ``python -m kg.bench.queries``.

Generates a schema-shaped graph (documents, entities with Zipf-like popularity, mentions,
memberships, relation triples and their assertions) of at least ``--triples`` triples into
an on-disk store, then runs every query of the pack a few times and prints the median and
95th-percentile latency (wall clock, results fully read).

    python -m kg.bench.queries --triples 1000000 --runs 5
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from kg import vocab
from kg.store.pack import list_queries
from kg.store.sparql import query
from kg.vocab import ID_BASE, KG_IRI

RDF, RDFS, SKOS, NIF = str(vocab.RDF), str(vocab.RDFS), str(vocab.SKOS), str(vocab.NIF)
DCT, XSD = str(vocab.DCTERMS), str(vocab.XSD)

# Entities per class, per 1,000 documents (at least a few of each).
CLASS_SHARE = {
    "Person": 400,
    "Government": 60,
    "Organization": 60,
    "Country": 40,
    "Region": 100,
    "Agreement": 40,
}
ROLES = ("Prime Minister", "President", "Defense Minister", "Secretary of State", "spokesman")
TRIPLES_PER_DOC = 190  # measured average of the generator below


def _iri(path: str) -> str:
    return f"<{ID_BASE}{path}>"


def _lit(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _typed(value: object, dt: str) -> str:
    return f'"{value}"^^<{XSD}{dt}>'


def _hex(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def generate(n_triples: int, seed: int = 7) -> Iterator[str]:
    """N-Triples lines of a synthetic, schema-shaped graph of about ``n_triples`` triples."""
    rnd = random.Random(seed)
    n_docs = max(10, n_triples // TRIPLES_PER_DOC)
    entities: dict[str, list[tuple[str, str]]] = {}
    for cls, share in CLASS_SHARE.items():
        n = max(5, share * n_docs // 1000)
        names = [f"{cls} {i}" for i in range(n)]
        if cls == "Country":
            names[:4] = ["Japan", "United States", "China", "Taiwan"]
        if cls == "Person":
            names[:2] = ["Pete Hegseth", "Shinjiro Koizumi"]
        entities[cls] = [(f"{cls.lower()}/{_hex(cls, nm)}", nm) for nm in names]
    for cls, items in entities.items():
        for path, name in items:
            yield f"{_iri(path)} <{RDF}type> <{KG_IRI}{cls}> .\n"
            yield f"{_iri(path)} <{RDFS}label> {_lit(name)} .\n"
            yield f"{_iri(path)} <{SKOS}altLabel> {_lit(name.split()[0])} .\n"
    # Zipf-like popularity: a few entities are everywhere, most are rare.
    flat = [(cls, p, nm) for cls, items in entities.items() for p, nm in items]
    weights = [1.0 / (1 + i % 997) for i in range(len(flat))]
    memberships: set[tuple[str, str, str]] = set()
    for d in range(n_docs):
        doc = f"doc/{_hex('doc', d)}"
        docs = _iri(doc)
        yield f"{docs} <{RDF}type> <{KG_IRI}Document> .\n"
        yield f"{docs} <{DCT}title> {_lit(f'Article {d}')} .\n"
        yield f"{docs} <{DCT}source> {_lit(f'corpus/{d:06d}.txt')} .\n"
        yield f"{docs} <{KG_IRI}sha256> {_lit(_hex('sha', d) * 4)} .\n"
        day = 1 + d % 28
        yield f"{docs} <{DCT}date> {_typed(f'2024-{1 + d % 12:02d}-{day:02d}', 'date')} .\n"
        picked = rnd.choices(flat, weights=weights, k=20)
        seen = set()
        for k, (_cls, path, name) in enumerate(picked):
            begin = 40 * k
            m = _iri(f"mention/{doc[4:]}/{begin}-{begin + len(name)}")
            yield f"{m} <{RDF}type> <{KG_IRI}Mention> .\n"
            yield f"{m} <{KG_IRI}denotes> {_iri(path)} .\n"
            yield f"{m} <{KG_IRI}document> {docs} .\n"
            yield f"{m} <{NIF}beginIndex> {_typed(begin, 'nonNegativeInteger')} .\n"
            yield f"{m} <{NIF}endIndex> {_typed(begin + len(name), 'nonNegativeInteger')} .\n"
            yield f"{m} <{NIF}anchorOf> {_lit(name)} .\n"
            if path not in seen:
                seen.add(path)
                yield f"{_iri(path)} <{KG_IRI}mentionedIn> {docs} .\n"
        # Five relations per document, each with its assertion.
        for r in range(5):
            kind = rnd.choice(("memberOf", "met", "party", "claims", "locatedIn"))
            if kind == "memberOf":
                s, o = rnd.choice(entities["Person"]), rnd.choice(entities["Government"])
                role = rnd.choice(ROLES)
                key = (s[0], o[0], role)
                if key not in memberships:
                    memberships.add(key)
                    mb = _iri(f"membership/{_hex(*key)}")
                    yield f"{mb} <{RDF}type> <{KG_IRI}Membership> .\n"
                    yield f"{mb} <{KG_IRI}member> {_iri(s[0])} .\n"
                    yield f"{mb} <{KG_IRI}organization> {_iri(o[0])} .\n"
                    yield f"{mb} <{KG_IRI}role> {_lit(role)} .\n"
            elif kind == "met":
                s, o = rnd.sample(entities["Person"], 2)
            elif kind == "party":
                s, o = rnd.choice(entities["Agreement"]), rnd.choice(entities["Country"])
            elif kind == "claims":
                s, o = rnd.choice(entities["Country"]), rnd.choice(entities["Region"])
            else:
                s, o = rnd.choice(entities["Region"]), rnd.choice(entities["Country"])
            yield f"{_iri(s[0])} <{KG_IRI}{kind}> {_iri(o[0])} .\n"
            a = _iri(f"assertion/{_hex(d, r, s[0], kind, o[0])}")
            sentence = f"{s[1]} {kind} {o[1]} in article {d}."
            yield f"{a} <{RDF}type> <{KG_IRI}Assertion> .\n"
            yield f"{a} <{RDF}subject> {_iri(s[0])} .\n"
            yield f"{a} <{RDF}predicate> <{KG_IRI}{kind}> .\n"
            yield f"{a} <{RDF}object> {_iri(o[0])} .\n"
            yield f"{a} <{KG_IRI}document> {docs} .\n"
            yield f"{a} <{KG_IRI}evidence> {_lit(sentence)} .\n"
            yield f"{a} <{NIF}beginIndex> {_typed(100 * r, 'nonNegativeInteger')} .\n"
            yield f"{a} <{NIF}endIndex> {_typed(100 * r + len(sentence), 'nonNegativeInteger')} .\n"
            yield f"{a} <{KG_IRI}confidence> {_typed('0.8', 'decimal')} .\n"
            yield f"{a} <{KG_IRI}extractor> {_lit('bench.synthetic')} .\n"


def build_store(store_dir: Path, n_triples: int, seed: int) -> ox.Store:
    """Fill ``store_dir`` with the synthetic graph, or reuse it if it already holds it."""
    marker = store_dir / "kg-bench.json"
    wanted = {"triples": n_triples, "seed": seed}
    if marker.is_file() and json.loads(marker.read_text()) == wanted:
        return ox.Store.read_only(str(store_dir))
    if store_dir.exists():
        shutil.rmtree(store_dir)
    store_dir.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "bench.nt"
        with nt.open("w", encoding="utf-8") as fh:
            fh.writelines(generate(n_triples, seed))
        store = ox.Store(str(store_dir))
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    store.optimize()
    store.flush()
    marker.write_text(json.dumps(wanted) + "\n")
    return store


def measure(store: ox.Store, runs: int) -> list[tuple[str, int, float, float]]:
    """``(query name, rows, median s, p95 s)`` for each pack query."""
    out = []
    for q in list_queries():
        times = []
        rows = 0
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = len(query(store, q.text))
            times.append(time.perf_counter() - t0)
        p95 = statistics.quantiles(times, n=20, method="inclusive")[18] if runs > 1 else times[0]
        out.append((q.name, rows, statistics.median(times), p95))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="graph size (about)")
    parser.add_argument("--runs", type=int, default=5, help="runs per query")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", type=Path, default=None, help="store directory to (re)use")
    args = parser.parse_args(argv)
    console = Console()
    temp = None
    store_dir = args.store
    if store_dir is None:
        temp = tempfile.mkdtemp(prefix="kg-bench-")
        store_dir = Path(temp) / "store"
    try:
        t0 = time.perf_counter()
        store = build_store(store_dir, args.triples, args.seed)
        load_s = time.perf_counter() - t0
        console.print(f"store: {len(store):,} triples in {store_dir} (ready in {load_s:.1f} s)")
        table = Table(title=f"Question pack latency ({args.runs} runs, {len(store):,} triples)")
        for col in ("query", "rows", "median ms", "p95 ms"):
            table.add_column(col, justify="left" if col == "query" else "right")
        for name, rows, med, p95 in measure(store, args.runs):
            table.add_row(name, f"{rows:,}", f"{med * 1000:.1f}", f"{p95 * 1000:.1f}")
        console.print(table)
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    main()
