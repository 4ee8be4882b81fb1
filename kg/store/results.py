"""Write a :class:`~kg.store.sparql.QueryResult` as a table, CSV, TSV, JSON, XML or RDF.

The SPARQL result formats follow the W3C recommendations (SPARQL 1.1 Query Results JSON,
XML, CSV and TSV), so that any SPARQL client can read what ``kg query`` and ``kg serve``
write. They are written here rather than by pyoxigraph so that a result cut short by a
size cap is still a well-formed document.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from kg.store.sparql import QueryResult, Term
from kg.vocab import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# Result formats: name → media type.
MEDIA_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}


def compact(iri: str, prefixes: Mapping[str, str] | None = None) -> str:
    """``iri`` written with the longest matching prefix, or as is.

    >>> compact("https://w3id.org/kg-news/id/person/pete-hegseth")
    'id:person/pete-hegseth'
    >>> compact("https://example.org/x")
    'https://example.org/x'
    """
    best = ""
    best_ns = ""
    for p, ns in (prefixes or PREFIXES).items():
        if iri.startswith(ns) and len(ns) > len(best_ns):
            best, best_ns = p, ns
    return f"{best}:{iri[len(best_ns) :]}" if best_ns else iri


def display(term: Term | None, prefixes: Mapping[str, str] | None = None) -> str:
    """A short human-readable rendering of ``term`` for tables."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value, prefixes)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


# --- SPARQL 1.1 Query Results JSON ---------------------------------------------------------


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def to_json(result: QueryResult, indent: int | None = None) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.kind == "ask":
        doc: dict[str, object] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        _require_select(result)
        bindings = [
            {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=indent) + "\n"


# --- SPARQL Query Results XML --------------------------------------------------------------


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            dt = quoteattr(term.datatype.value)
            return f"<literal datatype={dt}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(term.subject)}</subject>"
        f"<predicate>{_xml_term(term.predicate)}</predicate>"
        f"<object>{_xml_term(term.object)}</object></triple>"
    )


def to_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
    ]
    if result.kind == "ask":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>"]
    else:
        _require_select(result)
        out.append("<head>")
        out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
        out += ["</head>", "<results>"]
        for row in result.rows:
            out.append("<result>")
            out += [
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(result.variables, row, strict=True)
                if t is not None
            ]
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


# --- SPARQL 1.1 Query Results CSV and TSV --------------------------------------------------


def _csv_field(value: str) -> str:
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV (CRLF line ends; values without type or language).

    ASK answers, which the CSV format does not cover, are written as a one-cell table.
    """
    if result.kind == "ask":
        return f"boolean\r\n{'true' if result.boolean else 'false'}\r\n"
    _require_select(result)
    lines = [",".join(_csv_field(v) for v in result.variables)]
    lines += [",".join(_csv_field(_csv_value(t)) for t in row) for row in result.rows]
    return "\r\n".join(lines) + "\r\n"


def _tsv_value(term: Term | None) -> str:
    if term is None:
        return ""
    # str() of a pyoxigraph term is its N-Triples form; TSV forbids raw tabs and newlines.
    return str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV (terms in N-Triples syntax)."""
    if result.kind == "ask":
        return f"?boolean\n{'true' if result.boolean else 'false'}\n"
    _require_select(result)
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_value(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


# --- RDF (CONSTRUCT / DESCRIBE) -------------------------------------------------------------


RDF_FORMATS = ("turtle", "nt", "rdfxml", "jsonld")


def to_rdf(result: QueryResult, fmt: str = "turtle") -> str:
    """The triples of a CONSTRUCT or DESCRIBE answer, sorted: Turtle, N-Triples, RDF/XML
    (``rdfxml``) or expanded JSON-LD (``jsonld``)."""
    if result.kind != "graph":
        raise ValueError(f"a {result.kind.upper()} result is not a graph")
    triples = sorted(
        result.triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))
    )
    if fmt == "nt":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if fmt == "jsonld":
        return ox.serialize(triples, format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"
    used = _used_prefixes(triples)
    if fmt == "rdfxml":
        return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=used).decode("utf-8")
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used)
    lines = data.decode("utf-8").split("\n")
    n = next((i for i, line in enumerate(lines) if not line.startswith("@prefix ")), len(lines))
    return "\n".join(sorted(lines[:n]) + lines[n:])


def _used_prefixes(triples: list[ox.Triple]) -> dict[str, str]:
    iris = set()
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    # id: is left out: the writer would escape the "/" in its local names.
    return {
        p: ns
        for p, ns in sorted(PREFIXES.items())
        if p != "id" and any(i.startswith(ns) for i in iris)
    }


# --- Human-readable table -------------------------------------------------------------------


def to_table(result: QueryResult, title: str | None = None) -> Table:
    """A rich table of a SELECT answer (IRIs shortened with the standard prefixes)."""
    table = Table(title=title, show_lines=False, header_style="bold")
    if result.kind == "ask":
        table.add_column("boolean")
        table.add_row("true" if result.boolean else "false")
        return table
    if result.kind == "graph":
        for name in ("subject", "predicate", "object"):
            table.add_column(name, overflow="fold")
        for t in result.triples:
            table.add_row(display(t.subject), display(t.predicate), display(t.object))
        return table
    for v in result.variables:
        table.add_column(v, overflow="fold")
    for row in result.rows:
        table.add_row(*(display(t) for t in row))
    return table


def table_text(result: QueryResult, width: int = 160, title: str | None = None) -> str:
    """The table of :func:`to_table` as plain text."""
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, force_terminal=False).print(
        to_table(result, title)
    )
    return buf.getvalue()


def render(result: QueryResult, fmt: str) -> str:
    """``result`` in one of ``table``, ``csv``, ``tsv``, ``json``, ``xml``, ``turtle``, ``nt``.

    Graph answers (CONSTRUCT, DESCRIBE) are Turtle unless ``nt``, ``rdfxml`` or ``jsonld``
    is asked for.
    """
    if result.kind == "graph":
        return to_rdf(result, fmt if fmt in RDF_FORMATS else "turtle")
    if result.kind == "ask" and fmt == "table":
        return "true\n" if result.boolean else "false\n"
    writers = {"csv": to_csv, "tsv": to_tsv, "json": to_json, "xml": to_xml, "table": table_text}
    if fmt not in writers:
        raise ValueError(f"unknown result format '{fmt}'; use one of {', '.join(writers)}")
    return writers[fmt](result)


def _require_select(result: QueryResult) -> None:
    if result.kind != "select":
        raise ValueError("CONSTRUCT and DESCRIBE answers are graphs; write them as Turtle")
