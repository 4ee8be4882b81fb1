"""Clean stage: drop page furniture, keep the article text and a map back to the source."""

from kg.clean.cleaner import clean
from kg.clean.rules import BoilerplateRules, load_rules

__all__ = ["BoilerplateRules", "clean", "load_rules"]
