"""Coded, user-facing error messages (spaCy style): one line, names the file, says what to do.

Every message a user can meet has a code here; :data:`EXIT` says which exit code it ends
``kg`` with (documented in the README):

0 ok · 1 the graph has SHACL violations · 2 usage (a bad option or argument) ·
3 input (a file or folder that cannot be used) · 4 internal (a bug: please report it).

>>> exit_code(KGError(Errors.E012.format(value="x")))
2
>>> exit_code(KGError(Errors.E050.format(path="a.txt", stage="clean", error="boom")))
4
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    VIOLATIONS = 1
    USAGE = 2
    INPUT = 3
    INTERNAL = 4


class Errors:
    E001 = "[E001] {path}: file not found. Check the path or remove it from the input list."
    E002 = "[E002] {path}: cannot be read ({reason}). Check its permissions."
    E003 = "[E003] {path}: file is empty. Nothing to build from; remove it or add text."
    E004 = "[E004] {path}: looks binary, not text ({reason}). Convert it to .txt, .md or .html."
    E005 = "[E005] {path}: unsupported file type '{suffix}'. Use .txt, .md or .html."
    E006 = "[E006] {path}: no article text left after cleaning. Check it is a news article."
    E007 = "[E007] {path}: same content as {other}; built once."
    E008 = "[E008] no readable documents in {inputs}; nothing written. Check the path and the file types (.txt, .md, .html)."
    E010 = "[E010] spaCy pipeline '{model}' is not installed. Install it with pip or pick another with --model."
    E011 = "[E011] spaCy pipeline '{model}' has no named-entity recogniser; choose a pipeline with 'ner'."
    E012 = "[E012] --base-iri '{value}' is not an http(s) IRI ending in '/' or '#' (e.g. https://example.org/kg/)."
    E013 = "[E013] --{option} must be a whole number of at least 1 (got {value})."
    E014 = "[E014] {path}: another build is writing to this folder (pid {pid}); wait for it to finish or pick another --out."
    E015 = "[E015] {path}: cannot write the outputs here ({reason}). Check the folder and its permissions."
    E016 = "[E016] --strict: {count} input(s) skipped; nothing written. First: {first}"
    E017 = "[E017] ontology folder '{path}' lacks {missing}; set KG_ONTOLOGY_DIR to a complete copy or reinstall kg-news."
    E020 = "[E020] {path}: not a readable RDF graph ({reason})."
    E021 = "[E021] SPARQL query failed: {reason}"
    E022 = "[E022] no query given: pass QUERY, --file Q.rq or --name NAME."
    E023 = "[E023] unknown query name '{name}'. Known: {known}."
    E024 = "[E024] {endpoint}: push failed ({reason}). Check the URL, the graph IRI and the credentials."
    E027 = "[E027] {path}: cannot use this token file ({reason}). Put a token of 16+ characters on its first line."
    E028 = "[E028] no password for user '{user}': set {env} or pass --password-file FILE (never on the command line)."
    E030 = "[E030] {path}: rule file is invalid: {reason}"
    E031 = "[E031] {path}: override line {line} is invalid: {reason}"
    E060 = "[E060] Dask scheduler {address}: {reason}. Start one with 'dask scheduler' and workers with 'dask worker {address}'."
    E061 = "[E061] Dask workers {workers} run different kg code or rules than this client; install the same kg-news version on every machine."
    E032 = "[E032] cache entry for {path} ({entry}) passed its checksum but does not decode: the cache was tampered with; delete that file or build with --no-cache."
    E050 = "[E050] {path}: unexpected error in the {stage} stage ({error}); the file was skipped and the rest built. Please report it."
    E099 = "[E099] internal error: {error}. Please report it with the command you ran (set KG_DEBUG=1 for the traceback)."
    E040 = "[E040] Re-DocRED data not found (looked in: {paths}). Pass --data DIR or set KG_REDOCRED_DIR to the folder holding politics_dev.jsonl."


class Warnings:
    W001 = "[W001] {path}: not valid UTF-8; decoded as {encoding}. Re-save it as UTF-8 to be sure."
    W003 = "[W003] {path}: {why}; kept {kept} instead. Check the page holds one article."
    W002 = (
        "[W002] {path}: {n} SHACL violation(s) in the built graph; run 'kg validate' for details."
    )
    W004 = "[W004] {path}: file name is not valid UTF-8; shown and recorded with U+FFFD for the bad bytes. Rename it to be sure."


# Which exit code each error ends the command with (anything else: USAGE).
EXIT: dict[str, ExitCode] = {
    **{c: ExitCode.INPUT for c in ("E001", "E002", "E003", "E004", "E005", "E006", "E007")},
    **{c: ExitCode.INPUT for c in ("E008",)},
    **{c: ExitCode.INPUT for c in ("E014", "E015", "E017", "E020", "E030", "E031", "E032", "E040")},
    **{c: ExitCode.INPUT for c in ("E016", "E024", "E027")},
    **{c: ExitCode.USAGE for c in ("E028",)},
    **{c: ExitCode.USAGE for c in ("E010", "E011", "E012", "E013", "E021", "E022", "E023")},
    **{c: ExitCode.INTERNAL for c in ("E050", "E099")},
    **{c: ExitCode.INPUT for c in ("E060", "E061", "E027")},
    **{c: ExitCode.USAGE for c in ("E028",)},
}


class KGError(Exception):
    """An error whose message is meant for the user as is."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code or (message[1:5] if message.startswith("[") else "")


def exit_code(exc: BaseException) -> int:
    """The documented exit code for ``exc`` (a :class:`KGError` by its code; else internal)."""
    if isinstance(exc, KGError):
        return int(EXIT.get(exc.code, ExitCode.USAGE))
    return int(ExitCode.INTERNAL)
