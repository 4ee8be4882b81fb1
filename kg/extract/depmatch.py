"""spaCy's ``DependencyMatcher`` with its node patterns evaluated by table lookup.

The ``DependencyMatcher`` finds the candidate tokens of every pattern node with a token
``Matcher`` run over the whole document, one single-token pattern per node (about 180 for
the rule families): most of the extract stage's time went there. The rule files test a
node only on ``LOWER``, ``ORTH``, ``DEP``, ``POS`` and ``ENT_TYPE`` (equal, ``IN``,
``NOT_IN``), so the nodes a token can fill depend only on those five values:
:class:`TableDependencyMatcher` works that out once per distinct combination. The tree search
is spaCy's own, so the matches are the same. A node written with anything else makes
:meth:`TableDependencyMatcher.add` fall back to spaCy's token matcher for the whole matcher.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.attrs import DEP, ENT_TYPE, HEAD, LOWER, ORTH, POS
from spacy.matcher import DependencyMatcher

_ATTRS = ("LOWER", "ORTH", "DEP", "POS", "ENT_TYPE")
_IDS = [LOWER, ORTH, DEP, POS, ENT_TYPE]
_MEMO_LIMIT = 50_000


def _node_test(attrs: dict):
    """A test on the token's five attribute strings, or None if the node needs more."""
    tests = []
    for name, spec in attrs.items():
        if name not in _ATTRS:
            return None
        i = _ATTRS.index(name)
        if isinstance(spec, str):
            tests.append(lambda k, i=i, v=spec: k[i] == v)
        elif isinstance(spec, dict) and len(spec) == 1 and set(spec) <= {"IN", "NOT_IN"}:
            ((op, values),) = spec.items()
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return None
            allowed = frozenset(values)
            if op == "IN":
                tests.append(lambda k, i=i, s=allowed: k[i] in s)
            else:
                tests.append(lambda k, i=i, s=allowed: k[i] not in s)
        else:
            return None
    return lambda k: all(t(k) for t in tests)


class TableDependencyMatcher(DependencyMatcher):
    """A ``DependencyMatcher`` (same API, same matches) whose node candidates come from a
    table keyed by each token's ``LOWER``, ``ORTH``, ``DEP``, ``POS`` and ``ENT_TYPE``."""

    def __init__(self, vocab, *, validate: bool = True) -> None:
        super().__init__(vocab, validate=validate)
        self._nodes: list[tuple[int, object]] = []  # (token-matcher key, test)
        self._offsets: dict[int, int] = defaultdict(int)
        self._table_ok = True
        self._memo: dict[tuple[int, ...], tuple[int, ...]] = {}

    def add(self, key, patterns, *, on_match=None) -> None:
        super().add(key, patterns, on_match=on_match)
        norm = self._normalize_key(key)
        for i, pattern in enumerate(patterns, start=self._offsets[norm]):
            for j, node in enumerate(pattern):
                test = _node_test(node["RIGHT_ATTRS"])
                if test is None:
                    self._table_ok = False
                self._nodes.append((self._get_matcher_key(norm, i, j), test))
        self._offsets[norm] += len(patterns)
        self._memo.clear()

    def _candidates(self, ids: tuple[int, ...]) -> tuple[int, ...]:
        strings = self.vocab.strings
        key = tuple(strings[x] for x in ids)
        found = tuple(mk for mk, test in self._nodes if test(key))
        if len(self._memo) >= _MEMO_LIMIT:  # keyed by word: keep it bounded on any corpus
            self._memo.clear()
        self._memo[ids] = found
        return found

    def _get_keys_to_position_maps(self, doc):
        if not self._table_ok:
            return super()._get_keys_to_position_maps(doc)
        maps = defaultdict(lambda: defaultdict(list))
        heads = doc.to_array(HEAD).astype("int64").tolist()  # relative offsets
        root = list(range(len(doc)))
        # Heads can point either way: follow each chain once, remembering the tops found.
        for i in range(len(doc)):
            j, seen = i, []
            while heads[j] and root[j] == j and j not in seen:
                seen.append(j)
                j += heads[j]
            top = root[j]
            for s in seen:
                root[s] = top
        memo, candidates = self._memo, self._candidates
        for i, ids in enumerate(doc.to_array(_IDS).tolist()):
            ids = tuple(ids)
            found = memo.get(ids)
            for mk in found if found is not None else candidates(ids):
                maps[root[i]][mk].append(i)
        return maps
