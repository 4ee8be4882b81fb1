"""SHACL shapes run as SPARQL queries on pyoxigraph: validation that scales with the graph.

pySHACL walks the graph focus node by focus node in Python; on a large build it costs more
than the NLP. Here each constraint of ``ontology/shapes.ttl`` becomes one SPARQL query that
returns the failing (focus, value) pairs, and Oxigraph's engine evaluates it over the whole
graph at once: cost grows linearly with the graph and stays a small share of a build.

Only the SHACL Core features the shapes use are translated (targets by class, by subject
of a property, by node, SPARQL targets; minCount, maxCount, nodeKind, datatype, class, in,
hasValue, pattern, min/max inclusive and exclusive, lessThan, or, SPARQL constraints;
simple property paths). A shapes file with anything else makes :func:`compile_shapes` raise
:class:`Unsupported`, and :func:`validate_fast` then runs pySHACL instead, so results are the
same either way (``tests/unit/test_shacl_sparql.py`` checks both engines on every broken
graph of the validation tests).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.rdf.validate import (
    SHAPES_PATH,
    ValidationReport,
    Violation,
    _sort_key,
    load_shapes,
)
from kg.vocab import RDF, SH, XSD

# Oxigraph stores the integer types derived from xsd:integer as xsd:integer, which would hide
# a wrong datatype: they are loaded under stand-in IRIs and mapped back in the report.
_DERIVED = (
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long",
    "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
)  # fmt: skip
_STAND_IN = "urn:x-kg-news:xsd#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TO_STAND_IN = {f"{_XSD}{n}": ox.NamedNode(f"{_STAND_IN}{n}") for n in _DERIVED}
# Instances of a class: through rdfs:subClassOf when the data graph has any, else rdf:type.
TYPE_SUB = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
# Casts that fail on an ill-typed lexical form, per datatype (SPARQL has no "is valid").
_WELL_FORMED = {
    XSD.integer: "COALESCE(xsd:integer(STR({v})) = xsd:integer(STR({v})), false)",
    XSD.nonNegativeInteger: "COALESCE(xsd:integer(STR({v})) >= 0, false)",
    XSD.positiveInteger: "COALESCE(xsd:integer(STR({v})) > 0, false)",
    XSD.decimal: "COALESCE(xsd:decimal(STR({v})) = xsd:decimal(STR({v})), false)",
    XSD.boolean: "STR({v}) IN ('true', 'false', '1', '0')",
    XSD.date: "COALESCE(xsd:date(STR({v})) = xsd:date(STR({v})), false)",
}
_KNOWN = {
    SH.minCount, SH.maxCount, SH.nodeKind, SH.datatype, SH["class"], SH["in"], SH.hasValue,
    SH.pattern, SH.flags, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
    SH.lessThan, SH["or"], SH.sparql, SH.path, SH.property, SH.message, SH.severity, SH.name,
    SH.description, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode,
    SH.target, SH.order, SH.group,
}  # fmt: skip


class Unsupported(Exception):
    """The shapes use a SHACL feature this translator does not cover."""


@dataclass(frozen=True, slots=True)
class Check:
    """One query returning ``?this`` (and ``?value``, ``?path``) for each failure."""

    query: str
    shape: Node
    path: URIRef | None
    message: str
    severity: str
    value_is_focus: bool = False
    # When set, ``query`` ran over the whole graph and its rows count only for focus nodes
    # this query returns (asked only when there are rows: a valid graph never pays for it).
    targets: str | None = None


def _n3(node: Node) -> str:
    if isinstance(node, URIRef):
        return f"<{_STAND_IN}{node[len(_XSD) :]}>" if str(node) in _TO_STAND_IN else f"<{node}>"
    if isinstance(node, Literal):
        if node.datatype is not None and str(node.datatype) in _TO_STAND_IN:
            return f"{Literal(str(node)).n3()}^^{_n3(node.datatype)}"
        return node.n3()
    raise Unsupported(f"blank node {node} used as a value")


def _num(x: str) -> str:
    """``x`` as a number when it carries a stand-in integer datatype, else unchanged."""
    dts = ", ".join(f"<{t.value}>" for t in _TO_STAND_IN.values())
    return f"IF(isLiteral({x}) && DATATYPE({x}) IN ({dts}), xsd:integer(STR({x})), {x})"


class _Compiler:
    def __init__(self, shapes: Graph, subclasses: bool = True) -> None:
        self.g = shapes
        self._ids = itertools.count()
        self.type = TYPE_SUB if subclasses else TYPE

    def var(self) -> str:
        return f"?_v{next(self._ids)}"

    def one(self, node: Node, pred: URIRef) -> Node | None:
        return next(iter(sorted(self.g.objects(node, pred), key=str)), None)

    def path(self, shape: Node) -> URIRef:
        p = self.one(shape, SH.path)
        if not isinstance(p, URIRef):
            raise Unsupported(f"complex sh:path on {shape}")
        return p

    def check_known(self, shape: Node) -> None:
        for p in set(self.g.predicates(shape, None)):
            if p.startswith(str(SH)) and p not in _KNOWN:
                raise Unsupported(f"{p} on {shape}")

    # -- targets ----------------------------------------------------------------------

    def target(self, shape: Node) -> str | None:
        parts = []
        for c in sorted(self.g.objects(shape, SH.targetClass), key=str):
            parts.append(f"?this {self.type} {_n3(c)} .")
        for p in sorted(self.g.objects(shape, SH.targetSubjectsOf), key=str):
            parts.append(f"?this {_n3(p)} {self.var()} .")
        for p in sorted(self.g.objects(shape, SH.targetObjectsOf), key=str):
            parts.append(f"{self.var()} {_n3(p)} ?this .")
        for n in sorted(self.g.objects(shape, SH.targetNode), key=str):
            parts.append(f"VALUES ?this {{ {_n3(n)} }}")
        for t in self.g.objects(shape, SH.target):
            if (t, RDF.type, SH.SPARQLTarget) not in self.g:
                raise Unsupported(f"custom target on {shape}")
            select = self.one(t, SH.select)
            parts.append("{ " + str(select).replace("$this", "?this") + " }")
        if not parts:
            return None
        if len(parts) == 1 and self.type == TYPE and parts[0].startswith(f"?this {TYPE} "):
            return parts[0]  # one class, no subclasses: each focus node comes once
        union = " UNION ".join(f"{{ {p} }}" for p in parts)
        return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"

    # -- a value "fails" expression or pattern ---------------------------------------

    def value_fails(self, shape: Node, v: str) -> list[str]:
        """FILTER clauses, each true when the value ``v`` breaks one constraint of ``shape``."""
        out = []
        kind = self.one(shape, SH.nodeKind)
        if kind is not None:
            test = {
                SH.IRI: f"isIRI({v})",
                SH.Literal: f"isLiteral({v})",
                SH.BlankNode: f"isBlank({v})",
                SH.BlankNodeOrIRI: f"(isBlank({v}) || isIRI({v}))",
                SH.BlankNodeOrLiteral: f"(isBlank({v}) || isLiteral({v}))",
                SH.IRIOrLiteral: f"(isIRI({v}) || isLiteral({v}))",
            }[kind]
            out.append(f"!{test}")
        dt = self.one(shape, SH.datatype)
        if dt is not None:
            ok = f"isLiteral({v}) && DATATYPE({v}) = {_n3(dt)}"
            if dt in _WELL_FORMED:
                ok += " && " + _WELL_FORMED[dt].format(v=v)
            out.append(f"!({ok})")
        for c in sorted(self.g.objects(shape, SH["class"]), key=str):
            out.append(f"NOT EXISTS {{ {v} {self.type} {_n3(c)} }}")
        lst = self.one(shape, SH["in"])
        if lst is not None:
            allowed = " || ".join(f"sameTerm({v}, {_n3(x)})" for x in Collection(self.g, lst))
            out.append(f"!({allowed or 'false'})")
        pat = self.one(shape, SH.pattern)
        if pat is not None:
            flags = self.one(shape, SH.flags)
            args = f"{Literal(str(pat)).n3()}" + (f", {Literal(str(flags)).n3()}" if flags else "")
            out.append(f"(isBlank({v}) || !REGEX(STR({v}), {args}))")
        for pred, op in (
            (SH.minInclusive, ">="),
            (SH.maxInclusive, "<="),
            (SH.minExclusive, ">"),
            (SH.maxExclusive, "<"),
        ):
            lim = self.one(shape, pred)
            if lim is not None:
                out.append(f"!COALESCE({_num(v)} {op} {_num(_n3(lim))}, false)")
        orl = self.one(shape, SH["or"])
        if orl is not None:
            members = list(Collection(self.g, orl))
            out.append(" && ".join(f"EXISTS {{ {self.fails(m, v)} }}" for m in members))
        return out

    def fails(self, shape: Node, v: str) -> str:
        """A graph pattern that matches (once or more) when node ``v`` does not conform."""
        self.check_known(shape)
        alts = [f"{{ FILTER ({f}) }}" for f in self.value_fails(shape, v)]
        for ps in self.g.objects(shape, SH.property):
            self.check_known(ps)
            p = _n3(self.path(ps))
            x = self.var()
            for f in self.value_fails(ps, x):
                alts.append(f"{{ {v} {p} {x} . FILTER ({f}) }}")
            mn, mx = self.one(ps, SH.minCount), self.one(ps, SH.maxCount)
            if mn is not None and int(mn) > 0:
                alts.append(self._count_alt(v, p, f"< {int(mn)}"))
            if mx is not None:
                alts.append(self._count_alt(v, p, f"> {int(mx)}"))
            hv = self.one(ps, SH.hasValue)
            if hv is not None:
                alts.append(f"{{ FILTER NOT EXISTS {{ {v} {p} {_n3(hv)} }} }}")
            if (ps, SH.lessThan, None) in self.g or (ps, SH.sparql, None) in self.g:
                raise Unsupported("lessThan or SPARQL inside sh:or")
        if not alts:
            return "FILTER (false)"
        return " UNION ".join(alts)

    def _count_alt(self, v: str, p: str, cmp: str) -> str:
        x = self.var()
        if cmp == "< 1":
            return f"{{ FILTER NOT EXISTS {{ {v} {p} {x} }} }}"
        n = self.var()
        return f"{{ {{ SELECT (COUNT(DISTINCT {x}) AS {n}) WHERE {{ {v} {p} {x} }} }} FILTER ({n} {cmp}) }}"

    # -- checks for a targeted node shape --------------------------------------------

    def checks(self, shape: Node, prefixes: str) -> list[Check]:
        self.check_known(shape)
        target = self.target(shape)
        if target is None:
            return []
        foci = target
        out: list[Check] = []

        def add(query: str, sh_: Node, path, value_is_focus=False) -> None:
            out.append(
                Check(
                    prefixes + query,
                    sh_,
                    path,
                    str(self.one(sh_, SH.message) or f"{sh_} not satisfied"),
                    str(self.one(sh_, SH.severity) or SH.Violation).rsplit("#", 1)[-1],
                    value_is_focus,
                )
            )

        # Node-level constraints: the focus node is the value node.
        for f in self.value_fails(shape, "?this"):
            add(f"SELECT DISTINCT ?this WHERE {{ {foci} FILTER ({f}) }}", shape, None, True)
        for c in self.g.objects(shape, SH.sparql):
            select = str(self.one(c, SH.select)).replace("$this", "?this")
            # The focus nodes first, then the constraint joined on ?this: Oxigraph then
            # evaluates the (usually NOT EXISTS-heavy) body for those nodes only.
            q = f"SELECT DISTINCT ?this ?path ?value WHERE {{ {foci} {{ {select} }} }}"
            out.append(
                Check(
                    prefixes + q,
                    shape,
                    None,
                    str(self.one(c, SH.message) or self.one(shape, SH.message) or ""),
                    str(self.one(c, SH.severity) or SH.Violation).rsplit("#", 1)[-1],
                )
            )
        for ps in sorted(self.g.objects(shape, SH.property), key=str):
            self.check_known(ps)
            path = self.path(ps)
            p = _n3(path)
            for f in self.value_fails(ps, "?value"):
                add(
                    f"SELECT DISTINCT ?this ?value WHERE {{ {foci} ?this {p} ?value . "
                    f"FILTER ({f}) }}",
                    ps,
                    path,
                )
            mn, mx = self.one(ps, SH.minCount), self.one(ps, SH.maxCount)
            mn = int(mn) if mn is not None and int(mn) > 0 else None
            mx = int(mx) if mx is not None else None
            if mn is not None or mx is not None:
                # One pass per property for both bounds (they share shape, path and message).
                tests = ([f"?n < {mn}"] if mn is not None else []) + (
                    [f"?n > {mx}"] if mx is not None else []
                )
                body = f"OPTIONAL {{ ?this {p} ?v }}" if mn is not None else f"?this {p} ?v"
                add(
                    f"SELECT ?this WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?v) AS ?n) WHERE "
                    f"{{ {foci} {body} }} GROUP BY ?this }} FILTER ({' || '.join(tests)}) }}",
                    ps,
                    path,
                )
            hv = self.one(ps, SH.hasValue)
            if hv is not None:
                add(
                    f"SELECT DISTINCT ?this WHERE {{ {foci} FILTER NOT EXISTS "
                    f"{{ ?this {p} {_n3(hv)} }} }}",
                    ps,
                    path,
                )
            for other in self.g.objects(ps, SH.lessThan):
                add(
                    f"SELECT DISTINCT ?this ?value WHERE {{ {foci} ?this {p} ?value . "
                    f"?this {_n3(other)} ?w . FILTER (!COALESCE({_num('?value')} < {_num('?w')}, "
                    "false)) }",
                    ps,
                    path,
                )
            if (ps, SH.sparql, None) in self.g:
                raise Unsupported(f"SPARQL constraint on property shape {ps}")
        return out


def _prefixes(g: Graph) -> str:
    lines = {"PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>"}
    for decl in g.objects(None, SH.declare):
        prefix, ns = g.value(decl, SH.prefix), g.value(decl, SH.namespace)
        if prefix is not None and ns is not None:
            lines.add(f"PREFIX {prefix}: <{ns}>")
    return "\n".join(sorted(lines)) + "\n"


def compile_shapes(
    shapes: Graph, subclasses: bool = True, only: Set[Node] | None = None
) -> list[Check]:
    """Every constraint of every targeted shape as a SPARQL query (raises Unsupported).

    ``subclasses`` False: the data has no rdfs:subClassOf triple, so class membership is
    plain rdf:type (the same answers, much cheaper). ``only``: those node shapes alone.
    """
    c = _Compiler(shapes, subclasses)
    prefixes = _prefixes(shapes)
    targeted = {
        s
        for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target)
        for s in shapes.subjects(p, None)
        if only is None or s in only
    }
    out: list[Check] = []
    for shape in sorted(targeted, key=str):
        if (shape, SH.deactivated, None) in shapes:
            raise Unsupported("sh:deactivated")
        out.extend(c.checks(shape, prefixes))
    return out


@lru_cache(maxsize=8)
def _compiled(path: str, mtime: float, subclasses: bool = True) -> tuple[Check, ...] | None:
    try:
        return tuple(compile_shapes(load_shapes(Path(path)), subclasses))
    except Unsupported:
        return None


def _rdflib(term) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    if dt.startswith(_STAND_IN):
        dt = f"{_XSD}{dt[len(_STAND_IN) :]}"
    return Literal(term.value, datatype=URIRef(dt))


def _stand_in(term):
    if isinstance(term, ox.Literal) and term.datatype.value in _TO_STAND_IN:
        return ox.Literal(term.value, datatype=_TO_STAND_IN[term.datatype.value])
    return term


_DERIVED_RE = re.compile(
    rb'"\^\^(?:xsd:|<http://www\.w3\.org/2001/XMLSchema#)(' + "|".join(_DERIVED).encode() + rb")>?"
)


def _turtle_store(data: bytes) -> ox.Store | None:
    """Load Turtle in Oxigraph's own parser, derived integer types renamed on the bytes.

    Only for Turtle whose ``xsd:`` prefix is the XML Schema namespace; a match counts only
    where its quote closes a literal (an even number of backslashes before it).
    """
    head = data[:4096]
    if b"@prefix xsd: <http://www.w3.org/2001/XMLSchema#>" not in head or b'"""' in data:
        return None
    store = ox.Store()
    store.bulk_load(_rename_derived(data), format=ox.RdfFormat.TURTLE)
    return store


_DERIVED_NT = re.compile(
    rb'"\^\^<http://www\.w3\.org/2001/XMLSchema#(' + "|".join(_DERIVED).encode() + rb")>"
)


def _rename_derived(data: bytes, pattern: re.Pattern = _DERIVED_RE) -> bytes:
    """Derived integer datatypes of Turtle (or, with ``_DERIVED_NT``, N-Triples) bytes under
    their stand-in IRIs."""

    def repl(m: re.Match) -> bytes:
        i, k = m.start(), 0
        while i - k - 1 >= 0 and data[i - k - 1] == 0x5C:  # backslash
            k += 1
        if k % 2:
            return m.group(0)  # an escaped quote inside a string: not a datatype
        return b'"^^<' + _STAND_IN.encode() + m.group(1) + b">"

    return pattern.sub(repl, data)


def _store(data: bytes | Iterable[ox.Triple] | ox.Store | Graph) -> ox.Store:
    if isinstance(data, ox.Store):
        return data
    if isinstance(data, bytes):
        fast = _turtle_store(data)
        if fast is not None:
            return fast
    store = ox.Store()
    if isinstance(data, Graph):
        data = data.serialize(format="nt", encoding="utf-8")
    if isinstance(data, bytes):
        data = ox.parse(data, format=ox.RdfFormat.TURTLE)
    store.bulk_extend(ox.Quad(t.subject, t.predicate, _stand_in(t.object)) for t in data)
    return store


def validate_fast(
    data: bytes | Iterable[ox.Triple] | ox.Store | Graph, *, shapes: Path | None = None
) -> ValidationReport:
    """Validate Turtle bytes, triples or a store against the shapes, as SPARQL on Oxigraph.

    Falls back to pySHACL (:func:`kg.rdf.validate.validate`) when the shapes use a feature
    the translation does not cover.
    """
    p = Path(shapes) if shapes is not None else SHAPES_PATH
    mtime = p.stat().st_mtime
    checks = _compiled(str(p), mtime)
    if checks is None:
        from kg.rdf.validate import validate

        if not isinstance(data, Graph):
            nt = _store(data).dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
            data = Graph().parse(data=nt, format="nt")
        return validate(data, shapes=shapes)
    store = _store(data)
    subclasses = store.query("ASK { ?a <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?b }")
    if not subclasses:
        checks = _compiled(str(p), mtime, False)
    violations = tuple(sorted(run_checks(store, checks), key=_sort_key))
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=conforms, violations=violations, triples=len(store))


def run_checks(store: ox.Store, checks: Iterable[Check]) -> set[Violation]:
    """The violations the compiled ``checks`` find in ``store``."""
    found: set[Violation] = set()
    for check in checks:
        rows = list(store.query(check.query, use_default_graph_as_union=True))
        if check.targets is not None and rows:
            foci = {r["this"] for r in store.query(check.targets, use_default_graph_as_union=True)}
            rows = [r for r in rows if r["this"] in foci]
        for row in rows:
            focus = _rdflib(row["this"])
            value = None
            if check.value_is_focus:
                value = focus
            elif "value" in check.query.split("WHERE", 1)[0] and row["value"] is not None:
                value = _rdflib(row["value"])
            path = check.path
            if path is None and "?path" in check.query.split("WHERE", 1)[0]:
                path = _rdflib(row["path"]) if row["path"] is not None else None
            found.add(Violation(focus, path, value, check.message, check.severity, check.shape))
    return found
