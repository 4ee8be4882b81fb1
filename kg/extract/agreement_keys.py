"""Labels and keys of agreements minted from a sentence, shared by the regex and parse rules.

It depends on nothing else in ``kg.extract``, so both rule layers import it without a cycle.
"""

from __future__ import annotations

from kg.model import AGREEMENT, EntityRecord


def entity_label(ctx, key: str) -> str:
    """The label an entity key shows in a minted agreement's name."""
    if key.startswith("gaz:"):
        entry = ctx.gaz.get(key[4:])
        if entry:
            return entry.label
    rec = ctx.extra.get(key)
    return rec.label if rec else key.split(":", 1)[-1].title()


def mint_agreement(
    ctx,
    what: str,
    members: str,
    names: str,
    date: str | None,
    start: int,
    attrs: tuple[tuple[str, str], ...],
) -> str:
    """Key a described agreement by its parties and date, else by document and offset."""
    if date:
        key, label = f"{AGREEMENT}:{what}:{members}:{date}", f"{names} {what} ({date})"
    else:
        # Undated: only this sentence of this document identifies it.
        sha = ctx.adoc.clean.raw.sha256[:8]
        key = f"{AGREEMENT}:{what}:{members}:{sha}:{start}"
        label = f"{names} {what} ({sha})"
    ctx.extra.setdefault(key, EntityRecord(key, AGREEMENT, label, (), attrs))
    return key
