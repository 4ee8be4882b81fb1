"""Ingest stage: read files and folders into :class:`~kg.model.RawDocument` records."""

from kg.ingest.meta import html_metadata, markdown_metadata, normalise_date
from kg.ingest.reader import MEDIA_TYPES, expand, iter_documents, read_document

__all__ = [
    "MEDIA_TYPES",
    "expand",
    "html_metadata",
    "iter_documents",
    "markdown_metadata",
    "normalise_date",
    "read_document",
]
