"""The RDF vocabulary: the single place the code gets its terms and prefixes.

``KG`` is closed (like rdflib's own namespaces with ``_fail``): a misspelt term raises
instead of silently minting a new IRI. ``ontology/kg.ttl`` defines every term listed here,
and ``tests/unit/test_ontology.py`` keeps the two in sync.

>>> KG.memberOf
rdflib.term.URIRef('https://w3id.org/kg-news/ontology#memberOf')
>>> KG.memberof
Traceback (most recent call last):
...
AttributeError: term 'memberof' not in namespace 'https://w3id.org/kg-news/ontology#'
>>> sparql_prefixes().splitlines()[0]
'PREFIX dcterms: <http://purl.org/dc/terms/>'
"""

# No ``from __future__ import annotations``: DefinedNamespace reads the annotations as types.

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg.config import DEFAULT_BASE_IRI as ID_BASE
from kg.config import VOID_IRI

KG_IRI = "https://w3id.org/kg-news/ontology#"


class KG(DefinedNamespace):
    """Terms of the kg-news ontology (``ontology/kg.ttl``)."""

    _NS = Namespace(KG_IRI)
    _fail = True
    _warn = False

    # Classes
    Entity: URIRef  # superclass of the six entity classes
    Person: URIRef
    Government: URIRef
    Organization: URIRef
    Agreement: URIRef
    Region: URIRef
    Country: URIRef
    Document: URIRef
    Mention: URIRef
    Membership: URIRef
    Assertion: URIRef
    Resolution: URIRef

    # Relations between entities (each backed by at least one kg:Assertion)
    memberOf: URIRef
    partOf: URIRef
    country: URIRef
    locatedIn: URIRef
    claims: URIRef
    party: URIRef
    signatory: URIRef
    met: URIRef
    brokeredBy: URIRef

    # Entities
    mentionedIn: URIRef
    linked: URIRef
    resolution: URIRef
    topic: URIRef

    # Memberships
    member: URIRef
    organization: URIRef
    role: URIRef
    former: URIRef
    startDate: URIRef
    endDate: URIRef
    reportedOn: URIRef

    # Mentions
    denotes: URIRef
    metonymic: URIRef

    # Documents
    sha256: URIRef
    byline: URIRef
    removedBlocks: URIRef

    # Assertions
    document: URIRef
    evidence: URIRef
    evidenceText: URIRef
    confidence: URIRef
    extractor: URIRef
    support: URIRef
    place: URIRef
    cooccurrence: URIRef
    background: URIRef

    # Resolutions (why surface forms were merged into one entity)
    surfaceForm: URIRef
    rule: URIRef
    reason: URIRef


NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
SH = Namespace("http://www.w3.org/ns/shacl#")
VOID = Namespace(VOID_IRI)  # the graph describes itself: void:Dataset with its void:uriSpace

# The relation properties between entities, in schema order.
RELATIONS: tuple[URIRef, ...] = (
    KG.memberOf,
    KG.partOf,
    KG.country,
    KG.locatedIn,
    KG.claims,
    KG.party,
    KG.signatory,
    KG.met,
    KG.brokeredBy,
)

# The six entity classes, in schema order.
ENTITY_CLASSES: tuple[URIRef, ...] = (
    KG.Person,
    KG.Government,
    KG.Organization,
    KG.Agreement,
    KG.Region,
    KG.Country,
)

PREFIXES: dict[str, str] = {
    "kg": KG_IRI,
    "id": ID_BASE,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "nif": str(NIF),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "geo": str(GEO),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "foaf": str(FOAF),
}


# One prefix per kind of minted resource, because prefixed names cannot contain "/":
# person:pete-hegseth rather than <https://w3id.org/kg-news/id/person/pete-hegseth>.
ID_KINDS: tuple[str, ...] = (
    "person",
    "government",
    "organization",
    "agreement",
    "region",
    "country",
    "doc",
    "mention",
    "assertion",
    "membership",
    "resolution",
)


def id_prefixes(base: str = ID_BASE) -> dict[str, str]:
    """:data:`PREFIXES` plus ``id:`` and one prefix per minted kind under ``base``."""
    return {**PREFIXES, "id": base, **{k: f"{base}{k}/" for k in ID_KINDS}}


def sparql_prefixes(prefixes: dict[str, str] | None = None) -> str:
    """``PREFIX`` lines for ``prefixes`` (default :data:`PREFIXES`), sorted by prefix."""
    items = sorted((prefixes or PREFIXES).items())
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in items)


__all__ = [
    "DCTERMS",
    "ENTITY_CLASSES",
    "FOAF",
    "GEO",
    "ID_BASE",
    "ID_KINDS",
    "KG",
    "KG_IRI",
    "NIF",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "RELATIONS",
    "SCHEMA",
    "SH",
    "SKOS",
    "VOID",
    "XSD",
    "id_prefixes",
    "sparql_prefixes",
]
