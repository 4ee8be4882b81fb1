"""The build pipeline as plain functions (the CLI and notebooks call these)."""

from kg.pipeline.build import BuildSummary, analyse_text, build, extract_corpus, process_document

__all__ = ["BuildSummary", "analyse_text", "build", "extract_corpus", "process_document"]
