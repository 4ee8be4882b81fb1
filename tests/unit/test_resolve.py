"""Corpus-level resolution: the cascade, its explanations, the veto and the override file."""

from __future__ import annotations

import pytest

from kg.errors import KGError
from kg.gazetteer import load_gazetteer
from kg.model import DocumentResult, EntityRecord, RawDocument, Relation
from kg.resolve.corpus import _edits, load_overrides, resolve_corpus, slug


def doc(sha: str, records, relations=()):
    raw = RawDocument(f"{sha}.txt", "", sha * 8, "text/plain")
    return DocumentResult(raw, None, None, tuple(records), (), tuple(relations))


def person(name: str, forms=None) -> EntityRecord:
    return EntityRecord(f"Person:{name.lower()}", "Person", name, tuple(forms or [name]))


def office(person_key: str, org: str) -> Relation:
    return Relation(person_key, "memberOf", org, "s", 0, 1, 0.9, "t", role="Prime Minister")


def test_typo_merges_only_when_context_agrees():
    a = doc("a", [person("Fumio Kishda")], [office("Person:fumio kishda", "gaz:gov:JP")])
    b = doc("b", [person("Fumio Kishida")], [office("Person:fumio kishida", "gaz:gov:JP")])
    index = resolve_corpus([a, b], load_gazetteer())
    assert index.canonical("Person:fumio kishda") == "Person:fumio kishida"
    merge = [m for m in index.get("Person:fumio kishida").merges if m.rule == "typo"][0]
    assert merge.surface == "Fumio Kishda" and "gaz:gov:JP" in merge.reason
    # Same letters apart, nothing shared: two people.
    c = doc("c", [person("Fumio Kishda")])
    index = resolve_corpus([c, b], load_gazetteer())
    assert index.canonical("Person:fumio kishda") == "Person:fumio kishda"


def test_surname_backoff_needs_a_unique_full_name():
    index = resolve_corpus(
        [doc("a", [person("Koizumi"), person("Shinjiro Koizumi")])], load_gazetteer()
    )
    assert index.canonical("Person:koizumi") == "Person:shinjiro koizumi"
    two = [person("Koizumi"), person("Shinjiro Koizumi"), person("Junichiro Koizumi")]
    index = resolve_corpus([doc("a", two)], load_gazetteer())
    assert index.canonical("Person:koizumi") == "Person:koizumi"


def test_type_vote_prefers_person_and_veto_keeps_classes_apart():
    org = EntityRecord("Organization:takaichi", "Organization", "Takaichi", ("Takaichi",))
    index = resolve_corpus([doc("a", [org]), doc("b", [person("Takaichi")])], load_gazetteer())
    assert index.get("Organization:takaichi").cls == "Person"
    region = EntityRecord("Region:georgia", "Region", "Georgia", ("Georgia",))
    index = resolve_corpus([doc("a", [region, person("Anna Georgia")])], load_gazetteer())
    assert index.get("Region:georgia").cls == "Region"


def test_type_vote_keeps_a_place_most_texts_read_as_one():
    region = EntityRecord("Region:borneo", "Region", "Borneo", ("Borneo",))
    misread = EntityRecord("Person:borneo", "Person", "Borneo", ("Borneo",))
    docs = [doc(n, [region]) for n in "abc"] + [doc(n, [misread]) for n in "de"]
    index = resolve_corpus(docs, load_gazetteer())
    assert index.get(index.canonical("Person:borneo")).cls == "Region"
    # with a person of that surname in the corpus, the person reading still wins
    anand = EntityRecord("Region:anand", "Region", "Anand", ("Anand",))
    docs = [doc(n, [anand]) for n in "abc"]
    docs += [doc("d", [person("Anand")]), doc("e", [person("Anita Anand")])]
    index = resolve_corpus(docs, load_gazetteer())
    assert index.get(index.canonical("Region:anand")).cls == "Person"
    # a tie goes to the person, as before
    index = resolve_corpus([doc("a", [region]), doc("b", [misread])], load_gazetteer())
    assert index.get(index.canonical("Region:borneo")).cls == "Person"


def test_override_file_splits_and_joins(tmp_path):
    f = tmp_path / "overrides.tsv"
    f.write_text(
        "action\tclass\tname\ttarget\treason\n"
        "different\tPerson\tKoizumi\tShinjiro Koizumi\ttwo Koizumis in this corpus\n"
        "same\tPerson\tJunichiro K.\tShinjiro Koizumi\ttest join\n",
        encoding="utf-8",
    )
    records = [person("Koizumi"), person("Shinjiro Koizumi"), person("Junichiro K.")]
    index = resolve_corpus([doc("a", records)], load_gazetteer(), load_overrides(f))
    assert index.canonical("Person:koizumi") == "Person:koizumi"  # split
    assert index.canonical("Person:junichiro k.") == "Person:shinjiro koizumi"  # joined
    merge = [m for m in index.get("Person:shinjiro koizumi").merges if m.rule == "override"][0]
    assert merge.reason == "test join"


def test_bad_override_line_is_a_coded_error(tmp_path):
    f = tmp_path / "o.tsv"
    f.write_text("merge\tPerson\ta\tb\n", encoding="utf-8")
    with pytest.raises(KGError, match=r"\[E031\].*line 1"):
        load_overrides(f)


def test_every_surface_form_is_explained():
    gaz = load_gazetteer()
    rec = EntityRecord("gaz:US", "Country", "United States", ("U.S.", "America", "United States"))
    index = resolve_corpus([doc("a", [rec])], gaz)
    rules = {m.surface: m.rule for m in index.get("gaz:US").merges}
    assert rules == {"U.S.": "gazetteer-alias", "America": "gazetteer-alias"}


def test_edit_distance_and_slug():
    assert _edits("kishda", "kishida") == 1
    assert _edits("abcd", "abdc") == 1
    assert _edits("koizumi", "kishida") == 2
    assert (
        slug("Japan–United States strategic agreement (2026-01-16)")
        == "japan-united-states-strategic-agreement-2026-01-16"
    )


def test_acronym_defined_in_parentheses_joins_the_full_name(analyse):
    res = analyse("The Ministry of Maritime Affairs (MMA) said so. Later the MMA denied it.")
    keys = {m.anchor: m.key for m in res.mentions}
    assert keys.get("MMA") == keys["Ministry of Maritime Affairs"]


def test_national_organisation_not_linked_in_another_countrys_context(analyse):
    foreign = analyse("Eivind Bolle was a Norwegian politician for the Labour Party.")
    home = analyse("The British Labour Party won the vote.")
    key = {m.anchor: m.key for m in foreign.mentions}.get("Labour Party")
    assert key == "Organization:labour party"
    assert {m.key for m in home.mentions} == {"gaz:org:labour-party-uk"}


def _annotated(text: str, ents: list[tuple[str, str, str]]):
    """A document with the given (surface, class, source) mentions, each at its first
    occurrence after the previous one."""
    from kg.model import AnnotatedDocument, CleanDocument, EntitySpan, OffsetMap

    raw = RawDocument("t.txt", text, "0" * 64, "text/plain")
    clean = CleanDocument(raw=raw, text=text, offsets=OffsetMap.identity(len(text)))
    spans, at = [], 0
    for surface, cls, source in ents:
        b = text.index(surface, at)
        spans.append(EntitySpan(b, b + len(surface), surface, cls, source))
        at = b + len(surface)
    return AnnotatedDocument(clean, ((0, len(text)),), tuple(spans))


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Getachew Reda formed a party. Getachew said so.", "Getachew Reda", "Getachew"),
        ("Anutin Charnvirakul won the vote. Anutin thanked them.", "Anutin Charnvirakul", "Anutin"),
        (
            "Paetongtarn Shinawatra was removed. Paetongtarn left.",
            "Paetongtarn Shinawatra",
            "Paetongtarn",
        ),
    ],
)
def test_a_given_name_joins_the_only_full_name_it_starts(text, full, short):
    from kg.resolve.document import resolve_document
    from kg.rules import load_rules

    adoc = _annotated(text, [(full, "Person", "model:PERSON"), (short, "Person", "model:PERSON")])
    local = resolve_document(adoc, load_gazetteer(), load_rules())
    assert {s.key for s in local.spans} == {f"Person:{full.lower()}"}


def test_a_given_name_shared_by_two_full_names_stays_apart():
    from kg.resolve.document import resolve_document
    from kg.rules import load_rules

    text = "Anna Berg and Anna Lind met. Anna spoke."
    ents = [("Anna Berg", "Person", "model:PERSON"), ("Anna Lind", "Person", "model:PERSON")]
    adoc = _annotated(text, [*ents, ("Anna", "Person", "model:PERSON")])
    local = resolve_document(adoc, load_gazetteer(), load_rules())
    assert "Person:anna" in {s.key for s in local.spans}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sonko heads the ruling Pastef party. Pastef holds 130 seats.", "Pastef"),
        ("She leads the Zenith party. Zenith won the vote.", "Zenith"),
        ("The Tisza party rose. Tisza leads the polls.", "Tisza"),
    ],
)
def test_a_name_a_rule_calls_a_party_is_a_party_everywhere(text, name):
    from kg.resolve.document import resolve_document
    from kg.rules import load_rules

    ents = [(name, "Organization", "ruler:party"), (name, "Person", "model:PERSON")]
    local = resolve_document(_annotated(text, ents), load_gazetteer(), load_rules())
    assert {s.cls for s in local.spans} == {"Organization"}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Cesar Gaviria Torres signed. Gaviria Torres left.",
            "Cesar Gaviria Torres",
            "Gaviria Torres",
        ),
        ("Alberto Núñez Feijóo spoke. Núñez Feijóo left.", "Alberto Núñez Feijóo", "Núñez Feijóo"),
        (
            "Andrés Manuel López Obrador spoke. López Obrador left.",
            "Andrés Manuel López Obrador",
            "López Obrador",
        ),
    ],
)
def test_a_two_word_surname_joins_the_full_name(text, full, short):
    from kg.resolve.document import resolve_document
    from kg.rules import load_rules

    adoc = _annotated(text, [(full, "Person", "model:PERSON"), (short, "Person", "model:PERSON")])
    local = resolve_document(adoc, load_gazetteer(), load_rules())
    assert {s.key for s in local.spans} == {f"Person:{full.lower()}"}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Phumtham Wechayachai spoke. Phumtham left.", "Phumtham Wechayachai", "Phumtham"),
        ("Getachew Reda spoke. Getachew left.", "Getachew Reda", "Getachew"),
        ("Anutin Charnvirakul spoke. Anutin left.", "Anutin Charnvirakul", "Anutin"),
    ],
)
def test_a_given_name_the_model_calls_an_organisation_joins_the_person(text, full, short):
    from kg.resolve.document import resolve_document
    from kg.rules import load_rules

    ents = [(full, "Person", "model:PERSON"), (short, "Organization", "model:ORG")]
    local = resolve_document(_annotated(text, ents), load_gazetteer(), load_rules())
    assert {(s.key, s.cls) for s in local.spans} == {(f"Person:{full.lower()}", "Person")}


# --- legislatures named as many countries name theirs (rules/legislatures.txt) ----------


def _keys(res, anchor: str) -> set[str]:
    return {m.key for m in res.mentions if m.anchor == anchor}


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        (
            "Chile's Congress rejected the bill. Congress will vote again in June.",
            "gaz:gov:CL:congress",
            "Congress (Chile)",
        ),
        (
            "Lawmakers in Peru met on Friday. Congress voted to remove the president.",
            "gaz:gov:PE:congress",
            "Congress (Peru)",
        ),
        (
            "Honduras held elections in March. On Monday, Congress elected a new speaker "
            "while the United States Congress debated aid.",
            "gaz:gov:HN:congress",
            "Congress (Honduras)",
        ),
        (
            "The Congress of Guatemala approved the budget.",
            "gaz:gov:GT:congress",
            "Congress (Guatemala)",
        ),
    ],
)
def test_a_legislature_is_the_one_of_the_country_in_context(analyse, text, key, label):
    res = analyse(text)
    assert _keys(res, "Congress") | _keys(res, "Congress of Guatemala") == {key}
    assert {e.label for e in res.entities if e.key == key} == {label}
    rec = next(e for e in res.entities if e.key == key)
    assert ("country", f"gaz:{key.split(':')[2]}") in rec.attrs
    if "United States Congress" in text:  # the country's own name keeps the US body
        assert _keys(res, "United States Congress") == {"gaz:gov:US:congress"}


@pytest.mark.parametrize(
    "text",
    [
        "Congress passed the bill on Monday.",
        "The bill now goes to Congress, officials said.",
        "Congress will vote again in June after the recess.",
    ],
)
def test_a_legislature_without_a_country_links_to_no_country(analyse, text):
    keys = _keys(analyse(text), "Congress")
    assert keys and not any(k.startswith("gaz:") for k in keys)


@pytest.mark.parametrize(
    ("text", "anchor", "key"),
    [
        (
            "US President Donald Trump signed the bill that Congress passed.",
            "Congress",
            "gaz:gov:US:congress",
        ),
        (
            "Moldova voted. The Parliament of Moldova approved the cabinet.",
            "Parliament of Moldova",
            "gaz:gov:MD:legislature",
        ),
        ("The Senate of Colombia approved the reform.", "Senate of Colombia", "gaz:gov:CO:senate"),
    ],
)
def test_a_legislature_takes_the_curated_entry_or_the_legislature_body(analyse, text, anchor, key):
    assert _keys(analyse(text), anchor) == {key}


@pytest.mark.parametrize(
    "text",
    [
        "The Nepali Congress joined the coalition.",
        "The Indian National Congress won in Karnataka.",
        "The Congress party won the vote in India on Monday.",
    ],
)
def test_a_party_named_congress_is_no_legislature(analyse, text):
    res = analyse(text)
    assert not any(":congress" in m.key and m.key.startswith("gaz:gov:") for m in res.mentions)


@pytest.fixture(scope="module")
def model_analyse():
    from kg.nlp import load_pipeline
    from kg.pipeline import analyse_text

    nlp = load_pipeline()
    return lambda text: analyse_text(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's Liberal Party joined the coalition. The deal was signed by Liberal leader Vlado Mirosevic.",
        "Colombia's Liberal Party met on Monday. Cesar Gaviria, the Liberal leader, spoke.",
        "Ireland's Labour Party joined talks. Labour leader Ivana Bacik said no.",
    ],
)
def test_a_party_short_name_joins_the_party_the_document_names(model_analyse, text):
    res = model_analyse(text)
    party = "Labour Party" if "Labour" in text else "Liberal Party"
    short = party.split()[0]
    keys = {m.anchor: m.key for m in res.mentions}
    assert keys[short] == keys[party] == f"Organization:{party.lower()}"
    bodies = {r.object for r in res.relations if r.predicate == "memberOf"}
    assert bodies == {keys[party]}


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Nawrocki, backed by the Law and Justice party (PiS), won. The PiS chairman spoke.",
            "Law and Justice",
            "PiS",
        ),
        (
            "Voters backed the Civic Coalition party (KO) in Warsaw. KO leaders celebrated.",
            "Civic Coalition",
            "KO",
        ),
        (
            "The Freedom and Solidarity party (SaS) won in Slovakia. SaS officials spoke.",
            "Freedom and Solidarity",
            "SaS",
        ),
    ],
)
def test_an_acronym_after_a_kind_noun_names_the_party(model_analyse, text, name, acronym):
    keys = {m.anchor: m.key for m in model_analyse(text).mentions}
    assert keys.get(acronym) == keys[name]


@pytest.mark.parametrize(
    "text",
    [
        "Ireland's opposition met on Monday. Labour leader Ivana Bacik said no.",
        "New Zealand voted on Saturday. The Labour Party conceded defeat.",
        "Norway's parliament met. The Labour Party's Jonas Gahr Store spoke.",
    ],
)
def test_a_national_party_is_not_linked_in_a_document_about_another_country(model_analyse, text):
    res = model_analyse(text)
    assert "gaz:org:labour-party-uk" not in {m.key for m in res.mentions}


@pytest.mark.parametrize(
    ("text", "anchor", "key"),
    [
        (
            "Kenya's president spoke. The Foreign Ministry said the talks would resume.",
            "Foreign Ministry",
            "gaz:gov:KE:foreign",
        ),
        (
            "Chile's Foreign Ministry summoned the envoy. The Cabinet approved the plan.",
            "Cabinet",
            "gaz:gov:CL",
        ),
        (
            "Ghana voted on Monday. The Defence Ministry said troops were ready.",
            "Defence Ministry",
            "gaz:gov:GH:defense",
        ),
    ],
)
def test_a_body_named_without_its_state_is_the_documents_countrys(model_analyse, text, anchor, key):
    assert _keys(model_analyse(text), anchor) == {key}
