"""The model's ``attribute_ruler``, applied by table lookup: same annotations, a fraction of the cost.

spaCy's ``AttributeRuler`` runs a :class:`~spacy.matcher.Matcher` of ~180 patterns over every
token (about an eighth of ``en_core_web_sm``'s time). Nearly all of its patterns test one
token's ``TAG``, ``LOWER``, ``DEP`` and ``IS_SPACE``, so what they set on a token depends only
on those four values: :class:`TableAttributeRuler` works that out once per distinct
combination and keeps it. The few patterns over several tokens still go through a
``Matcher`` of their own. Every match is applied in the ruler's order (a later pattern wins),
as the original does, with all patterns matched before any attribute is set.

:func:`replace_attribute_ruler` swaps it in only when every pattern is of a form the table
understands; otherwise the model's own component stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs
from spacy.vocab import Vocab

_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_IDS = [TAG, LOWER, DEP, IS_SPACE]
_MEMO_LIMIT = 50_000
_Test = Callable[[tuple[str, str, str, bool]], bool]


def _value_test(i: int, spec: object) -> _Test | None:
    """One attribute's condition as a test on the key, or None if not understood."""
    if isinstance(spec, (str, bool)):
        return lambda k: k[i] == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    ((op, arg),) = spec.items()
    if op == "IN" and isinstance(arg, list):
        allowed = frozenset(arg)
        return lambda k: k[i] in allowed
    if op == "NOT_IN" and isinstance(arg, list):
        banned = frozenset(arg)
        return lambda k: k[i] not in banned
    if op == "REGEX" and isinstance(arg, str) and i != 3:
        rx = re.compile(arg)
        return lambda k: rx.search(k[i]) is not None
    return None


def _token_test(pattern: dict) -> _Test | None:
    tests = []
    for attr, spec in pattern.items():
        if attr not in _ATTRS:
            return None
        t = _value_test(_ATTRS.index(attr), spec)
        if t is None:
            return None
        tests.append(t)
    return lambda k: all(t(k) for t in tests)


class TableAttributeRuler:
    """Drop-in for a loaded ``AttributeRuler`` whose single-token patterns are table lookups."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        self.vocab = vocab
        self.name = name
        self._single: list[tuple[int, _Test, dict]] = []
        self._multi = Matcher(vocab, validate=False)
        self._targets: dict[int, tuple[int, int, dict]] = {}
        self._memo: dict[tuple[int, ...], tuple[tuple[int, dict], ...]] = {}
        self._rank = 0

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        """Add ``AttributeRuler.patterns`` entries (``patterns``, ``attrs``, ``index``), in
        order; raises ``ValueError`` for a pattern the table cannot evaluate."""
        for entry in patterns:
            rank, index = self._rank, entry.get("index", 0)
            attrs = normalize_token_attrs(self.vocab, dict(entry["attrs"]))
            for j, pattern in enumerate(entry["patterns"]):
                if len(pattern) == 1:
                    test = _token_test(pattern[0])
                    if test is None or index not in (0, -1):
                        raise ValueError(f"attribute pattern not understood: {pattern}")
                    self._single.append((rank, test, attrs))
                else:
                    key = f"kg_attr_{rank}_{j}"
                    self._multi.add(key, [pattern])
                    self._targets[self.vocab.strings[key]] = (rank, index, attrs)
            self._rank += 1
        self._memo.clear()

    def _lookup(self, ids: tuple[int, int, int, int]) -> tuple[tuple[int, dict], ...]:
        strings = self.vocab.strings
        key = (strings[ids[0]], strings[ids[1]], strings[ids[2]], bool(ids[3]))
        found = tuple((rank, attrs) for rank, test, attrs in self._single if test(key))
        if len(self._memo) >= _MEMO_LIMIT:  # keyed by word too: keep it bounded on any corpus
            self._memo.clear()
        self._memo[ids] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        # Match everything first, then set: a pattern sees the parser's values, never
        # another pattern's.
        todo: list[tuple[int, int, dict]] = []
        memo, lookup = self._memo, self._lookup
        for i, ids in enumerate(doc.to_array(_IDS).tolist()):
            ids = tuple(ids)
            found = memo.get(ids)
            for rank, attrs in found if found is not None else lookup(ids):
                todo.append((rank, i, attrs))
        if len(self._multi):
            for match_id, start, end in self._multi(doc, allow_missing=True):
                rank, index, attrs = self._targets[match_id]
                todo.append((rank, doc[start:end][index].i, attrs))
        todo.sort(key=lambda t: (t[0], t[1]))
        for _, i, attrs in todo:
            set_token_attrs(doc[i], attrs)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("kg_attribute_table")
def make_attribute_table(nlp: Language, name: str) -> TableAttributeRuler:
    return TableAttributeRuler(nlp.vocab, name)


def replace_attribute_ruler(nlp: Language) -> bool:
    """Put a :class:`TableAttributeRuler` with the same patterns in place of ``nlp``'s
    ``attribute_ruler``, if every pattern is understood. Returns whether it was replaced."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns = ruler.patterns
    try:
        TableAttributeRuler(nlp.vocab).add_patterns(patterns)
    except ValueError:
        return False
    table = nlp.replace_pipe("attribute_ruler", "kg_attribute_table")
    table.add_patterns(patterns)
    return True
