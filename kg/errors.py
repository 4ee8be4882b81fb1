"""Coded, user-facing error messages (spaCy style): one line, names the file, says what to do."""

from __future__ import annotations


class Errors:
    E001 = "[E001] {path}: file not found. Check the path or remove it from the input list."
    E002 = "[E002] {path}: cannot be read ({reason}). Check its permissions."
    E003 = "[E003] {path}: file is empty. Nothing to build from; remove it or add text."
    E004 = "[E004] {path}: looks binary, not text ({reason}). Convert it to .txt, .md or .html."
    E005 = "[E005] {path}: unsupported file type '{suffix}'. Use .txt, .md or .html."
    E006 = "[E006] {path}: no article text left after cleaning. Check it is a news article."
    E007 = "[E007] {path}: same content as {other}; built once."
    E010 = "[E010] spaCy pipeline '{model}' is not installed. Install it with pip or pick another with --model."
    E011 = "[E011] spaCy pipeline '{model}' has no named-entity recogniser; choose a pipeline with 'ner'."
    E020 = "[E020] {path}: not a readable RDF graph ({reason})."
    E021 = "[E021] SPARQL query failed: {reason}"
    E022 = "[E022] no query given: pass QUERY, --file Q.rq or --name NAME."
    E023 = "[E023] unknown query name '{name}'. Known: {known}."
    E024 = "[E024] {endpoint}: push failed ({reason}). Check the URL, the graph IRI and the credentials."
    E030 = "[E030] {path}: rule file is invalid: {reason}"
    E031 = "[E031] {path}: override line {line} is invalid: {reason}"
    E060 = "[E060] Dask scheduler {address}: {reason}. Start one with 'dask scheduler' and workers with 'dask worker {address}'."
    E061 = "[E061] Dask workers {workers} run different kg code or rules than this client; install the same kg-news version on every machine."
    E040 = "[E040] Re-DocRED data not found (looked in: {paths}). Pass --data DIR or set KG_REDOCRED_DIR to the folder holding politics_dev.jsonl."


class Warnings:
    W001 = "[W001] {path}: not valid UTF-8; decoded as {encoding}. Re-save it as UTF-8 to be sure."
    W002 = (
        "[W002] {path}: {n} SHACL violation(s) in the built graph; run 'kg validate' for details."
    )


class KGError(Exception):
    """An error whose message is meant for the user as is."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code or (message[1:5] if message.startswith("[") else "")
