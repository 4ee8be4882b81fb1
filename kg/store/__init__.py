"""Store stage: load graphs into pyoxigraph, answer SPARQL, serve a read-only endpoint.

Example::

    store = open_store(["tests/fixtures/store_seeds_like.ttl"])
    query(store, "SELECT ?l { ?c a kg:Country ; rdfs:label ?l }").column("l")
"""

from kg.store.load import load_into_store, open_store
from kg.store.pack import PackQuery, get_query, list_queries
from kg.store.sparql import QueryRejected, QueryResult, QueryTimeout, query

__all__ = [
    "PackQuery",
    "QueryRejected",
    "QueryResult",
    "QueryTimeout",
    "get_query",
    "list_queries",
    "load_into_store",
    "open_store",
    "query",
]
