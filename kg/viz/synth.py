"""Synthetic graphs that follow the public schema, for explorer tests and benchmarks.

Entities get classes in fixed proportions, relations respect each property's domain and
range, a few well-connected hubs appear (preferential choice), and every relation triple has
a ``kg:Assertion`` with an evidence sentence, offsets and mentions, as a real build would.

>>> store = synthetic_graph(50, 120, seed=1)
>>> q = "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/kg-news/ontology#met> ?o }"
>>> int(next(iter(store.query(q)))["n"].value) >= 0
True
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import numpy as np
import pyoxigraph as ox

from kg import vocab

# Plain IRI strings: the graph is written as N-Triples text for speed.
KG, ID = vocab.KG_IRI, vocab.ID_BASE
RDF, RDFS, SKOS, NIF = str(vocab.RDF), str(vocab.RDFS), str(vocab.SKOS), str(vocab.NIF)
DCT, XSD = str(vocab.DCTERMS), str(vocab.XSD)

CLASS_SHARE = (
    ("Person", 0.40),
    ("Government", 0.15),
    ("Organization", 0.13),
    ("Agreement", 0.08),
    ("Region", 0.16),
    ("Country", 0.08),
)
# property → (subject classes, object classes, weight, verb used in the evidence sentence)
PROPERTIES = (
    ("memberOf", ("Person",), ("Government", "Organization"), 0.30, "serves in"),
    ("partOf", ("Government",), ("Government",), 0.08, "is part of"),
    ("country", ("Government", "Organization", "Region"), ("Country",), 0.14, "belongs to"),
    ("locatedIn", ("Region",), ("Region", "Country"), 0.10, "lies in"),
    ("claims", ("Country", "Government"), ("Region",), 0.05, "claims"),
    ("party", ("Agreement",), ("Country", "Government", "Organization"), 0.10, "binds"),
    ("signatory", ("Agreement",), ("Person",), 0.05, "was signed by"),
    ("met", ("Person",), ("Person",), 0.18, "met"),
)
_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "to", "vu", "zel", "an", "bor", "dri", "fen", "gu")


def _name(i: int) -> str:
    parts = []
    n = i + 1
    while n:
        n, r = divmod(n, len(_SYLLABLES))
        parts.append(_SYLLABLES[r])
    return "".join(parts).capitalize() + f" {i}"


def _lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 0) -> ox.Store:
    """A store with ``n_nodes`` entities and up to ``n_edges`` distinct relation triples."""
    store = ox.Store()
    store.bulk_load(synthetic_ntriples(n_nodes, n_edges, seed).encode(), ox.RdfFormat.N_TRIPLES)
    return store


def synthetic_ntriples(n_nodes: int, n_edges: int, seed: int = 0) -> str:
    rng = np.random.default_rng(seed)
    shares = np.array([s for _, s in CLASS_SHARE])
    counts = np.floor(shares / shares.sum() * n_nodes).astype(int)
    counts[0] += n_nodes - counts.sum()
    classes = [c for (c, _), k in zip(CLASS_SHARE, counts, strict=True) for _ in range(k)]
    pools: dict[str, np.ndarray] = {
        c: np.array([i for i, k in enumerate(classes) if k == c], dtype=np.int64)
        for c, _ in CLASS_SHARE
    }
    iris = [f"<{ID}{c.lower()}/e{i}>" for i, c in enumerate(classes)]
    labels = [_name(i) for i in range(n_nodes)]
    # Preferential weights: a few hubs, a long tail.
    weight = 1.0 / (1.0 + rng.permutation(n_nodes)) ** 0.8
    cum = {c: np.cumsum(weight[p]) for c, p in pools.items() if len(p)}

    props = [
        p
        for p in PROPERTIES
        if any(len(pools[c]) for c in p[1]) and any(len(pools[c]) for c in p[2])
    ]
    pw = np.array([p[3] for p in props])
    pw /= pw.sum()
    triples: set[tuple[int, int, int]] = set()
    attempts = 0
    while len(triples) < n_edges and attempts < n_edges * 20:
        batch = max(64, n_edges - len(triples))
        attempts += batch
        which = rng.choice(len(props), size=batch, p=pw)
        for k in which:
            _, dom, rng_cls, _, _ = props[k]
            s = _pick(rng, pools, dom, cum)
            o = _pick(rng, pools, rng_cls, cum)
            if s == o or (props[k][0] == "met" and (o, k, s) in triples):
                continue
            triples.add((s, k, o))
            if len(triples) >= n_edges:
                break

    n_docs = max(1, n_edges // 20)
    doc_iri = [
        f"<{ID}doc/{hashlib.sha256(str(d).encode()).hexdigest()[:16]}>" for d in range(n_docs)
    ]
    out: list[str] = []
    add = out.append
    doc_date = [
        None if d % 7 == 6 else (date(2023, 1, 1) + timedelta(days=(d * 37) % 900)).isoformat()
        for d in range(n_docs)
    ]
    for d in range(n_docs):
        add(f"{doc_iri[d]} <{RDF}type> <{KG}Document> .")
        add(f"{doc_iri[d]} <{DCT}title> {_lit(f'Synthetic report {d}')} .")
        add(f"{doc_iri[d]} <{DCT}source> {_lit(f'synthetic/{d:06d}.txt')} .")
        if doc_date[d]:
            add(f'{doc_iri[d]} <{DCT}date> "{doc_date[d]}"^^<{XSD}date> .')
    mentioned: set[tuple[int, int]] = set()
    cursor = [0] * n_docs
    for t, (s, k, o) in enumerate(sorted(triples)):
        prop, _, _, _, verb = props[k]
        d = t % n_docs
        sent = f"{labels[s]} {verb} {labels[o]}."
        b = cursor[d]
        cursor[d] = b + len(sent) + 1
        a = f"<{ID}assertion/{t:016x}>"
        add(f"{iris[s]} <{KG}{prop}> {iris[o]} .")
        add(f"{a} <{RDF}type> <{KG}Assertion> .")
        add(f"{a} <{RDF}subject> {iris[s]} .")
        add(f"{a} <{RDF}predicate> <{KG}{prop}> .")
        add(f"{a} <{RDF}object> {iris[o]} .")
        add(f"{a} <{KG}document> {doc_iri[d]} .")
        add(f"{a} <{KG}evidence> {_lit(sent)} .")
        add(f'{a} <{NIF}beginIndex> "{b}"^^<{XSD}integer> .')
        add(f'{a} <{NIF}endIndex> "{b + len(sent)}"^^<{XSD}integer> .')
        add(f'{a} <{KG}confidence> "{0.5 + (t % 50) / 100:.2f}"^^<{XSD}decimal> .')
        add(f'{a} <{KG}extractor> "synthetic.{prop}" .')
        if prop == "met" and doc_date[d] and t % 2 == 0:  # meetings carry their day
            add(f'{a} <{DCT}date> "{doc_date[d]}"^^<{XSD}date> .')
        o_begin = b + len(labels[s]) + len(verb) + 2
        for ent, mb in ((s, b), (o, o_begin)):
            me = mb + len(labels[ent])
            m = f"<{ID}mention/{doc_iri[d][-17:-1]}/{mb}-{me}>"
            add(f"{m} <{RDF}type> <{KG}Mention> .")
            add(f"{m} <{KG}denotes> {iris[ent]} .")
            add(f"{m} <{KG}document> {doc_iri[d]} .")
            add(f'{m} <{NIF}beginIndex> "{mb}"^^<{XSD}integer> .')
            add(f'{m} <{NIF}endIndex> "{me}"^^<{XSD}integer> .')
            add(f"{m} <{NIF}anchorOf> {_lit(labels[ent])} .")
            mentioned.add((ent, d))
        if prop == "memberOf":
            ms = f"<{ID}membership/{t:016x}>"
            add(f"{ms} <{RDF}type> <{KG}Membership> .")
            add(f"{ms} <{KG}member> {iris[s]} .")
            add(f"{ms} <{KG}organization> {iris[o]} .")
            add(f"{ms} <{KG}role> {_lit('Minister' if t % 3 else 'Director')} .")
            if t % 7 == 0:
                add(f'{ms} <{KG}former> "true"^^<{XSD}boolean> .')
    for i, c in enumerate(classes):
        add(f"{iris[i]} <{RDF}type> <{KG}{c}> .")
        add(f"{iris[i]} <{RDFS}label> {_lit(labels[i])} .")
        if i % 4 == 0:
            add(f"{iris[i]} <{SKOS}altLabel> {_lit(labels[i].split()[0])} .")
        if i % 5 == 0:
            add(f"{iris[i]} <{SKOS}exactMatch> <http://www.wikidata.org/entity/Q{1000 + i}> .")
    # Entities in no relation are still named somewhere, as in a real build.
    related = {e for e, _ in mentioned}
    for i in range(n_nodes):
        if i in related:
            continue
        d = i % n_docs
        b = cursor[d]
        cursor[d] = b + len(labels[i]) + 2
        m = f"<{ID}mention/{doc_iri[d][-17:-1]}/{b}-{b + len(labels[i])}>"
        add(f"{m} <{RDF}type> <{KG}Mention> .")
        add(f"{m} <{KG}denotes> {iris[i]} .")
        add(f"{m} <{KG}document> {doc_iri[d]} .")
        add(f'{m} <{NIF}beginIndex> "{b}"^^<{XSD}integer> .')
        add(f'{m} <{NIF}endIndex> "{b + len(labels[i])}"^^<{XSD}integer> .')
        add(f"{m} <{NIF}anchorOf> {_lit(labels[i])} .")
        mentioned.add((i, d))
    for ent, d in sorted(mentioned):
        add(f"{iris[ent]} <{KG}mentionedIn> {doc_iri[d]} .")
    return "\n".join(out) + "\n"


def _pick(rng: np.random.Generator, pools: dict, classes: tuple, cum: dict) -> int:
    live = [c for c in classes if len(pools[c])]
    c = live[int(rng.integers(len(live)))]
    i = int(np.searchsorted(cum[c], rng.random() * cum[c][-1], side="right"))
    return int(pools[c][min(i, len(pools[c]) - 1)])
