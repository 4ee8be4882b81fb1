"""NLP stage: spaCy annotation with the project's rule components (see ``components``)."""

from kg.nlp.annotate import DEFAULT_MODEL, annotate, load_pipeline

__all__ = ["DEFAULT_MODEL", "annotate", "load_pipeline"]
