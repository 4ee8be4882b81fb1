"""Ingest stage: read files and folders into :class:`~kg.model.RawDocument` records."""

from kg.ingest.meta import (
    Metadata,
    html_metadata,
    markdown_metadata,
    normalise_date,
    page_metadata,
    text_metadata,
)
from kg.ingest.reader import MEDIA_TYPES, expand, iter_documents, read_document

__all__ = [
    "MEDIA_TYPES",
    "Metadata",
    "expand",
    "html_metadata",
    "iter_documents",
    "markdown_metadata",
    "normalise_date",
    "page_metadata",
    "read_document",
    "text_metadata",
]
