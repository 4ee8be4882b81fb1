"""spaCy component ``kg_agreement_names``: named agreements in any wording (placeholder)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kg_agreement_names")
def agreement_names(doc: Doc) -> Doc:
    return doc
