"""Run read-only SPARQL queries: standard prefixes, safety checks, parameters, results.

Queries are read-only by design: SPARQL Update (``INSERT``, ``DELETE``, ``LOAD``, …) is
refused, and so is ``SERVICE``, which would make the store fetch data over the network
while the tool promises to work offline.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal, Union

import pyoxigraph as ox

from kg.errors import Errors, KGError
from kg.store.sandbox import deny_network
from kg.vocab import id_prefixes

Term = Union[ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple]  # noqa: UP007

# Comments, strings and IRIs are blanked before PREFIX declarations are looked for.
_LEXICAL = re.compile(
    r'"""[\s\S]*?"""'
    r"|'''[\s\S]*?'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    r"|#[^\n]*"
)
_PREFIX_DECL = re.compile(r"(?i)(?<![\w?$:])PREFIX\s+([A-Za-z][\w.-]*)?\s*:")

# A query can only call a service through the keyword SERVICE. Text in which those seven
# letters cannot be spelt (any non-ASCII character may stand for one of them, and code point
# escapes are looked through by the parser) provably holds no SERVICE; any other text is
# decided on its parse tree.
_MAY_SPELL_SERVICE = re.compile("".join(f"[{c}{c.upper()}\\u0080-\\U0010ffff]" for c in "service"))
_UPDATE_NAMES = {
    "Load": "LOAD",
    "Clear": "CLEAR",
    "Drop": "DROP",
    "Create": "CREATE",
    "Add": "ADD",
    "Move": "MOVE",
    "Copy": "COPY",
    "InsertData": "INSERT DATA",
    "DeleteData": "DELETE DATA",
    "DeleteWhere": "DELETE WHERE",
    "Modify": "DELETE/INSERT",
}


def query_prefixes(store: ox.Store | None = None) -> dict[str, str]:
    """The prefixes every query may use without declaring them (a query's own win).

    ``person:`` and the other minted-IRI prefixes follow the base IRI the graph in ``store``
    records (``void:uriSpace``, written by ``kg build --base-iri``), else the default base.
    """
    from kg.config import id_prefixes_from

    found = id_prefixes_from(store) if store is not None else None
    return dict(sorted((found or id_prefixes()).items()))


class QueryRejected(KGError):
    """A query this read-only endpoint will not run (update, SERVICE)."""


class QueryTimeout(KGError):
    """A query that did not finish in time."""


def _blank_out(sparql: str) -> str:
    return _LEXICAL.sub(lambda m: " " if m.group(0).startswith("#") else '""', sparql)


def _node_names(tree: object) -> Iterator[str]:
    """Names of every grammar node in an rdflib parse tree."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node.name
            stack.extend(dict.values(node))
        elif isinstance(node, ParseResults | list | tuple):
            stack.extend(node)


def _rejected(reason: str) -> QueryRejected:
    return QueryRejected(Errors.E021.format(reason=reason))


def _service_rejected() -> QueryRejected:
    return _rejected("SERVICE is not allowed: queries run offline over the local graph only.")


def update_form(sparql: str) -> str | None:
    """The first operation of ``sparql`` when it parses as SPARQL Update, else ``None``.

    >>> update_form("prefix : <x:> insert data { :a :b :c }")
    'INSERT DATA'
    >>> update_form("SELECT * {}") is None
    True
    """
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        tree = parseUpdate(sparql)
    except Exception:  # not an update (or not SPARQL at all)
        return None
    for name in _node_names(tree):
        if name in _UPDATE_NAMES:
            return _UPDATE_NAMES[name]
    return "UPDATE"


@functools.lru_cache(maxsize=512)
def _verdict(sparql: str) -> str | None:
    """Why ``sparql`` may not run (``None``: it may), decided on its parse tree (cached)."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(sparql)
    except RecursionError:
        return "reject:the query is nested too deeply to be checked."
    except Exception as exc:
        form = update_form(sparql)
        if form is not None:
            return f"update:{form}"
        return f"syntax:{_short(str(exc))}"
    if "ServiceGraphPattern" in _node_names(tree):
        return "service:"
    return None


MAX_NESTING = 256
_BRACKETS = re.compile(r"[{}()\[\]]")


def nesting_depth(sparql: str) -> int:
    """The deepest nesting of brackets in ``sparql``, counting those in strings too (so it
    is never less than the parser's).

    >>> nesting_depth("SELECT * { { ?s ?p ?o } FILTER(STR(?o) = '{') }")
    3
    """
    depth = deepest = 0
    for m in _BRACKETS.finditer(sparql):
        if m.group() in "{([":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def check_read_only(sparql: str) -> None:
    """Raise :class:`QueryRejected` for a query that calls a ``SERVICE`` or is an update.

    The decision is taken on the query's parse tree (rdflib's SPARQL 1.1 grammar), so
    comments, strings, IRIs, letter case and escapes cannot hide a service call.

    >>> check_read_only("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.store.sparql.QueryRejected: [E021] SPARQL query failed: SERVICE is not allowed: ...
    >>> check_read_only("SELECT ?service { ?service rdfs:label 'SERVICE' }")

    A query nested more than :data:`MAX_NESTING` levels deep is refused too: the parsers
    recurse, and a few thousand levels would overflow their stack.
    """
    if nesting_depth(sparql) > MAX_NESTING:
        raise KGError(
            Errors.E021.format(reason=f"the query is nested more than {MAX_NESTING} levels deep")
        )
    if "\\" not in sparql and not _MAY_SPELL_SERVICE.search(sparql):
        return
    verdict = _verdict(sparql)
    if verdict is None:
        return
    kind, _, detail = verdict.partition(":")
    if kind == "service":
        raise _service_rejected()
    if kind == "update":
        raise _rejected(f"SPARQL Update ({detail}) is not allowed: the store is read-only.")
    if kind == "syntax":
        raise KGError(Errors.E021.format(reason=f"syntax error: {detail}"))
    raise _rejected(detail)


def with_prefixes(sparql: str, prefixes: Mapping[str, str] | None = None) -> str:
    """``sparql`` with ``PREFIX`` lines prepended for the standard prefixes it does not declare.

    >>> q = with_prefixes("PREFIX kg: <urn:x#> SELECT * {}", {"kg": "https://a#", "id": "https://b/"})
    >>> print(q)
    PREFIX id: <https://b/>
    PREFIX kg: <urn:x#> SELECT * {}
    """
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(_blank_out(sparql))}
    lines = [
        f"PREFIX {p}: <{iri}>\n"
        for p, iri in sorted((prefixes or query_prefixes()).items())
        if p not in declared
    ]
    return "".join(lines) + sparql


def _literal_sparql(value: str) -> str:
    if value.startswith("<") and value.endswith(">"):
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def apply_params(sparql: str, params: Mapping[str, str]) -> str:
    """Replace the default in ``VALUES ?name { … }`` by each given value.

    A value written ``<…>`` is an IRI; anything else is a plain string literal.

    >>> apply_params('SELECT * { VALUES ?label { "Japan" } }', {"label": 'Pete "P" Hegseth'})
    'SELECT * { VALUES ?label { "Pete \\\\"P\\\\" Hegseth" } }'
    """
    for name, value in params.items():
        pattern = re.compile(r"(VALUES\s+[?$]" + re.escape(name) + r"\s*\{)[^}]*(\})", re.I)
        if not pattern.search(sparql):
            raise KGError(
                Errors.E021.format(
                    reason=f"parameter '{name}' given but the query has no 'VALUES ?{name} {{ … }}'"
                )
            )
        term = _literal_sparql(value)
        sparql = pattern.sub(lambda m, t=term: f"{m.group(1)} {t} {m.group(2)}", sparql)
    return sparql


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A materialised query result.

    ``kind`` is ``"select"`` (``variables`` + ``rows``), ``"ask"`` (``boolean``) or
    ``"graph"`` (``triples``, for CONSTRUCT and DESCRIBE). ``truncated`` is true when
    ``max_results`` cut the answer short.
    """

    kind: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = field(default=())
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def column(self, name: str) -> list[str | None]:
        """The plain values (IRI string, literal lexical form) of one column."""
        i = self.variables.index(name)
        return [None if r[i] is None else r[i].value for r in self.rows]

    def records(self) -> list[dict[str, str]]:
        """Rows as ``{variable: value}`` dicts of plain values (unbound variables left out)."""
        return [
            {v: t.value for v, t in zip(self.variables, row, strict=True) if t is not None}
            for row in self.rows
        ]


def _short(message: str, limit: int = 200) -> str:
    first = message.strip().splitlines()[0] if message.strip() else "invalid query"
    return first if len(first) <= limit else first[: limit - 1] + "…"


def materialise(raw: object, max_results: int | None = None) -> QueryResult:
    """Turn a pyoxigraph query answer into a :class:`QueryResult`."""
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(raw))
    cap = max_results if max_results is not None and max_results >= 0 else None
    truncated = False
    if isinstance(raw, ox.QuerySolutions):
        variables = tuple(v.value for v in raw.variables)
        rows: list[tuple[Term | None, ...]] = []
        for sol in raw:
            if cap is not None and len(rows) >= cap:
                truncated = True
                break
            rows.append(tuple(sol[v] for v in variables))
        return QueryResult("select", variables=variables, rows=tuple(rows), truncated=truncated)
    triples: list[ox.Triple] = []
    for t in raw:  # QueryTriples
        if cap is not None and len(triples) >= cap:
            truncated = True
            break
        triples.append(t)
    return QueryResult("graph", triples=tuple(triples), truncated=truncated)


def run(store: ox.Store, sparql: str, max_results: int | None = None) -> QueryResult:
    """Check, prefix and run ``sparql`` on ``store`` (no timeout)."""
    check_read_only(sparql)
    try:
        # Passed as parser defaults rather than prepended, so error positions stay true.
        raw = store.query(sparql, prefixes=query_prefixes(store), use_default_graph_as_union=True)
        try:
            return materialise(raw, max_results)
        finally:
            # This frame may outlive the call (the parser's garbage points back to it); the
            # result iterator must still be dropped here, in the thread that made it.
            del raw
    except SyntaxError as exc:
        form = update_form(sparql)
        if form is not None:
            raise _rejected(
                f"SPARQL Update ({form}) is not allowed: the store is read-only."
            ) from exc
        raise KGError(Errors.E021.format(reason=f"syntax error: {_short(str(exc))}")) from exc
    except (OSError, RuntimeError, ValueError) as exc:
        raise KGError(Errors.E021.format(reason=str(exc))) from exc


def query(
    store: ox.Store,
    sparql: str,
    *,
    timeout: float | None = None,
    max_results: int | None = None,
    params: Mapping[str, str] | None = None,
) -> QueryResult:
    """Run a read-only SPARQL query on ``store`` with the standard prefixes predeclared.

    The default graph is the union of all graphs, so queries without ``GRAPH`` also see a
    TriG export loaded into the store. ``timeout`` stops waiting after that many seconds
    and raises :class:`QueryTimeout`; the evaluation itself cannot be interrupted from
    Python and finishes in a daemon thread (``kg serve`` runs queries in worker processes
    that it kills instead). The query runs in a thread that cannot open network sockets
    (:mod:`kg.store.sandbox`).

    >>> s = ox.Store()
    >>> s.add(ox.Quad(ox.NamedNode("https://w3id.org/kg-news/id/country/japan"),
    ...               ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Japan")))
    >>> query(s, "SELECT ?l { country:japan rdfs:label ?l }").column("l")
    ['Japan']
    >>> query(s, "ASK { ?c rdfs:label 'Japan' }").boolean
    True
    """
    if params:
        sparql = apply_params(sparql, params)
    box: dict[str, object] = {}

    def work() -> None:
        # Defence in depth: this thread (where Oxigraph would open any connection) cannot
        # create Internet sockets, whatever the query says.
        deny_network()
        try:
            box["result"] = run(store, sparql, max_results)
        except BaseException as exc:  # handed over to the caller's thread
            # Without their tracebacks: pyoxigraph's result iterators held by those frames
            # must be dropped in the thread that made them.
            link: BaseException | None = exc
            while link is not None:
                link.__traceback__ = None
                link = link.__cause__ or link.__context__
            box["error"] = exc

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeout(Errors.E021.format(reason=f"timed out after {timeout:g} s"))
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]
