"""Check a graph against ``ontology/shapes.ttl`` (SHACL, via pySHACL).

Validation runs without inference and without the ontology graph: the shapes list every
accepted class explicitly, so the data graph is checked as written (and is not copied).

>>> from rdflib import Graph
>>> report = validate(Graph())
>>> report.conforms, report.violations
(True, ())
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.util import guess_format

from kg.errors import Errors, KGError
from kg.gazetteer import ONTOLOGY_DIR
from kg.vocab import KG, PREFIXES, RDF, SH

SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
SHAPES_IRI = "https://w3id.org/kg-news/shapes#"
# Prefixes for readable output: the schema's, plus the shapes' own.
DISPLAY_PREFIXES: dict[str, str] = {**PREFIXES, "kgsh": SHAPES_IRI, "sh": str(SH)}
_QUAD_FORMATS = {"nquads", "trig", "trix"}


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which node broke which shape, on which path, and why."""

    focus: Node
    path: Node | None
    value: Node | None
    message: str
    severity: str  # "Violation" | "Warning" | "Info"
    shape: Node

    def line(self, prefixes: Mapping[str, str] = DISPLAY_PREFIXES) -> str:
        """One readable line, e.g. ``Violation id:person/x kg:memberOf id:org/y: message``."""
        parts = [self.severity, short(self.focus, prefixes)]
        if self.path is not None:
            parts.append(short(self.path, prefixes))
        if self.value is not None and self.value != self.focus:
            parts.append(short(self.value, prefixes))
        text = " ".join(parts) + ": " + self.message
        if isinstance(self.shape, URIRef):
            text += f" [{short(self.shape, prefixes)}]"
        return text


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    triples: int = 0  # size of the validated data graph

    def lines(self, prefixes: Mapping[str, str] = DISPLAY_PREFIXES) -> list[str]:
        """One readable line per violation, with prefixed names (``id:person/x``)."""
        return [v.line(prefixes) for v in self.violations]


def short(node: Node, prefixes: Mapping[str, str] = DISPLAY_PREFIXES) -> str:
    """A prefixed name for ``node`` when a prefix fits, else its N-Triples form.

    >>> short(URIRef("https://w3id.org/kg-news/id/person/pete-hegseth"))
    'id:person/pete-hegseth'
    >>> short(URIRef("https://w3id.org/kg-news/ontology#memberOf"))
    'kg:memberOf'
    >>> short(URIRef("http://example.org/x"))
    '<http://example.org/x>'
    >>> short(Literal(3))
    '"3"^^xsd:integer'
    """
    if isinstance(node, URIRef):
        best = ""
        for prefix, iri in prefixes.items():
            if node.startswith(iri) and len(node) > len(iri) and len(iri) > len(best):
                best, best_prefix = iri, prefix
        return f"{best_prefix}:{node[len(best) :]}" if best else f"<{node}>"
    if isinstance(node, Literal):
        if node.datatype is None:
            return node.n3()
        return f"{Literal(str(node)).n3()}^^{short(node.datatype, prefixes)}"
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def load_graph(source: str | Path) -> Graph:
    """Read an RDF file (format from its extension; Turtle by default).

    Raises ``KGError`` E020 when the file is missing or does not parse.
    """
    path = Path(source)
    fmt = guess_format(str(path)) or "turtle"
    try:
        if fmt in _QUAD_FORMATS:
            ds = Dataset()
            ds.parse(path, format=fmt)
            graph = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        return Graph().parse(path, format=fmt)
    except FileNotFoundError:
        raise KGError(Errors.E020.format(path=source, reason="file not found")) from None
    except IsADirectoryError:
        raise KGError(Errors.E020.format(path=source, reason="is a directory")) from None
    except Exception as exc:  # rdflib raises many parser-specific exception types
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise KGError(Errors.E020.format(path=source, reason=reason)) from None


@lru_cache(maxsize=8)
def _shapes(path: str, mtime: float) -> Graph:
    # Keyed on mtime so an edited shapes file is re-read in a long-lived process.
    return load_graph(path)


def load_shapes(path: Path | None = None) -> Graph:
    p = Path(path) if path is not None else SHAPES_PATH
    try:
        mtime = p.stat().st_mtime
    except OSError:
        raise KGError(Errors.E020.format(path=p, reason="file not found")) from None
    return _shapes(str(p), mtime)


def _data_graph(data: str | Path | Graph) -> Graph:
    if isinstance(data, Graph):
        return data
    if isinstance(data, str) and "\n" in data:
        # Multi-line strings are Turtle text, not paths (handy in tests and notebooks).
        try:
            return Graph().parse(data=data, format="turtle")
        except Exception as exc:
            reason = " ".join(str(exc).split())[:200]
            raise KGError(Errors.E020.format(path="<text>", reason=reason)) from None
    return load_graph(data)


def validate(
    data: str | Path | Graph, *, shapes: Path | None = None, use_shapes: list[str] | None = None
) -> ValidationReport:
    """Validate ``data`` (a graph, a path to an RDF file, or Turtle text) against the shapes.

    ``shapes`` defaults to ``ontology/shapes.ttl``; ``use_shapes`` limits the run to those
    node shapes (see :func:`shape_groups`). The data graph is not modified.
    """
    import pyshacl  # slow to import: only when this engine runs

    graph = _data_graph(data)
    shapes_graph = load_shapes(shapes)
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph,
        use_shapes=use_shapes,
        inference="none",
        advanced=True,  # SPARQL-based targets, should a shapes file use them
        allow_warnings=True,  # sh:Warning / sh:Info results do not break conformance
        inplace=True,  # no inference, so nothing is written: skip copying the data graph
        abort_on_first=False,
        meta_shacl=False,
        debug=False,
    )
    if not isinstance(results, Graph):  # pySHACL's ValidationFailure: the shapes are broken
        raise KGError(Errors.E020.format(path=shapes or SHAPES_PATH, reason=str(results)))
    violations = tuple(sorted(set(_violations(results)), key=_sort_key))
    return ValidationReport(conforms=bool(conforms), violations=violations, triples=len(graph))


def shape_groups(n: int, shapes: Path | None = None) -> list[list[str]]:
    """Split the targeted node shapes into ``n`` groups of similar cost, for parallel runs.

    Cost follows what a news graph holds most of: mentions, then assertions and the
    whole-graph relation check; every other shape is cheap.
    """
    g = load_shapes(shapes)
    targeted = sorted(
        {
            str(s)
            for p in (
                SH.targetClass,
                SH.targetSubjectsOf,
                SH.targetObjectsOf,
                SH.targetNode,
                SH.target,
            )
            for s in g.subjects(p, None)
        }
    )
    weight = {str(KG.Mention): 4.0, str(KG.Assertion): 3.0}

    def cost(shape: str) -> float:
        classes = [str(c) for c in g.objects(URIRef(shape), SH.targetClass)]
        return max(
            [weight.get(c, 0.1) for c in classes]
            + [2.0 if (URIRef(shape), SH.target, None) in g else 0.1]
        )

    groups: list[list[str]] = [[] for _ in range(max(1, n))]
    loads = [0.0] * len(groups)
    for shape in sorted(targeted, key=lambda s: (-cost(s), s)):
        i = loads.index(min(loads))
        groups[i].append(shape)
        loads[i] += cost(shape)
    return [sorted(grp) for grp in groups if grp]


def validate_file(path: str | Path, *, shapes: Path | None = None) -> ValidationReport:
    """Validate the RDF file at ``path`` (never treated as Turtle text)."""
    return validate(load_graph(path), shapes=shapes)


def _one(results: Graph, node: Node, pred: URIRef) -> Node | None:
    values = sorted(results.objects(node, pred), key=str)
    return values[0] if values else None


def _violations(results: Graph) -> Iterable[Violation]:
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = _one(results, r, SH.resultSeverity)
        shape = _one(results, r, SH.sourceShape)
        component = _one(results, r, SH.sourceConstraintComponent)
        message = _one(results, r, SH.resultMessage)
        yield Violation(
            focus=_one(results, r, SH.focusNode) or BNode(),
            path=_path(results, _one(results, r, SH.resultPath)),
            value=_one(results, r, SH.value),
            message=str(message) if message is not None else short(component or SH.Violation),
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            shape=shape if shape is not None else BNode(),
        )


def _path(results: Graph, path: Node | None) -> Node | None:
    # Complex paths come back as blank nodes local to the results graph: keep simple paths
    # only, since a blank node would mean nothing to the reader.
    return path if isinstance(path, URIRef) else None


def _sort_key(v: Violation) -> tuple[str, ...]:
    return (str(v.focus), str(v.path or ""), str(v.value or ""), v.message, str(v.shape))
