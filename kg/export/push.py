"""Push a graph into any SPARQL 1.1 Graph Store Protocol endpoint.

``PUT`` replaces the target graph, ``POST`` adds to it; the target is ``?graph=IRI`` or
``?default``. The body is Turtle: a ``.ttl`` file is streamed as it is, any other format is
converted to N-Triples first (N-Triples is valid Turtle, so servers take it as
``text/turtle``). Graph names of a dataset file (TriG, N-Quads) are dropped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import httpx
import pyoxigraph as ox

from kg.errors import KGError
from kg.store.load import rdf_format, read_graph_bytes

# To be moved to kg/errors.py as Errors.E024.
E024 = (
    "[E024] {endpoint}: push failed ({reason}). Check the URL, the graph IRI and the credentials."
)


PASSWORD_ENV = "KG_PUSH_PASSWORD"


def resolve_password(
    user: str | None, password_file: str | Path | None = None, env: Mapping[str, str] | None = None
) -> str | None:
    """The push password: the first line of ``password_file``, else ``$KG_PUSH_PASSWORD``.

    Never taken from the command line, where other users and the shell history see it.
    ``None`` without a user; E028 when a user is given but no password is found.
    """
    from kg.errors import Errors

    env = os.environ if env is None else env
    if password_file is not None:
        try:
            lines = Path(password_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise KGError(Errors.E002.format(path=password_file, reason=exc.strerror)) from exc
        return lines[0].rstrip("\r\n") if lines else ""
    if env.get(PASSWORD_ENV) is not None:
        return env[PASSWORD_ENV]
    if user is None:
        return None
    raise KGError(Errors.E028.format(user=user, env=PASSWORD_ENV))


def _body(path: Path) -> bytes | Iterator[bytes]:
    fmt = rdf_format(path)
    if fmt == ox.RdfFormat.TURTLE and path.suffix.lower() != ".gz":

        def chunks() -> Iterator[bytes]:
            with path.open("rb") as fh:
                while chunk := fh.read(1 << 20):
                    yield chunk

        return chunks()
    quads = ox.parse(read_graph_bytes(path), format=fmt)
    triples = sorted(
        {ox.Triple(q.subject, q.predicate, q.object) for q in quads},
        key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
    )
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def push(
    graph_path: str | Path,
    endpoint: str,
    *,
    graph: str | None = None,
    user: str | None = None,
    password: str | None = None,
    replace: bool = False,
    auth_scheme: str = "basic",
    timeout: float = 300.0,
) -> int:
    """Send the graph at ``graph_path`` to the Graph Store endpoint ``endpoint``.

    Returns the HTTP status code; raises :class:`~kg.errors.KGError` (E024) on failure.
    """
    path = Path(graph_path)
    if not path.is_file():
        from kg.errors import Errors

        raise KGError(Errors.E001.format(path=path))
    params = {"graph": graph} if graph else {"default": ""}
    auth: httpx.Auth | None = None
    if user is not None:
        if auth_scheme == "digest":
            auth = httpx.DigestAuth(user, password or "")
        else:
            auth = httpx.BasicAuth(user, password or "")
    body = _body(path)
    method = "PUT" if replace else "POST"
    try:
        with httpx.Client(timeout=timeout, auth=auth) as client:
            response = client.request(
                method,
                endpoint,
                params=params,
                content=body,
                headers={"Content-Type": "text/turtle; charset=utf-8"},
            )
    except httpx.HTTPError as exc:
        raise KGError(
            E024.format(endpoint=endpoint, reason=str(exc) or type(exc).__name__)
        ) from exc
    if response.status_code >= 400:
        detail = response.text.strip().splitlines()[0][:200] if response.text.strip() else ""
        reason = f"HTTP {response.status_code}" + (f": {detail}" if detail else "")
        raise KGError(E024.format(endpoint=endpoint, reason=reason))
    return response.status_code
