"""The build pipeline as plain functions (the CLI and notebooks call these).

Names are imported on first use, so ``kg --help`` does not load spaCy.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["BuildSummary", "analyse_text", "build", "extract_corpus", "process_document"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'kg.pipeline' has no attribute {name!r}")
    module = importlib.import_module("kg.pipeline.build")
    # The function ``build`` takes the place the submodule's import gave its name.
    names = {n: getattr(module, n) for n in __all__}
    globals().update(names)
    return names[name]
