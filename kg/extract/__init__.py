"""Extract stage: relations with evidence from resolved mentions."""

from kg.extract.relations import PENDING, extract_document

__all__ = ["PENDING", "extract_document"]
