"""Reading files and folders into RawDocument records."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.ingest import iter_documents, normalise_date, read_document
from kg.ingest.meta import html_metadata, markdown_metadata
from kg.model import RawDocument, Skipped

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_seed_folder_is_expanded_sorted_with_hashes():
    docs = list(iter_documents([SEEDS]))
    assert all(isinstance(d, RawDocument) for d in docs)
    names = [Path(d.source).name for d in docs]
    assert names == sorted(p.name for p in SEEDS.glob("*.txt"))
    for d in docs:
        data = Path(d.source).read_bytes()
        assert d.sha256 == hashlib.sha256(data).hexdigest()
        assert d.text == data.decode("utf-8")
        assert (d.media_type, d.encoding, d.notes) == ("text/plain", "utf-8", ())
        assert d.source == str(SEEDS / Path(d.source).name)


def test_folder_recursion_skips_hidden_and_other_suffixes(tmp_path):
    _write(tmp_path / "b" / "z.md", "# Z\n\nzed")
    _write(tmp_path / "b" / "a.HTML", "<p>a</p>")
    _write(tmp_path / "a.txt", "a text")
    _write(tmp_path / "c.markdown", "c text")
    _write(tmp_path / "d.htm", "<p>d text</p>")
    _write(tmp_path / ".hidden.txt", "hidden")
    _write(tmp_path / ".git" / "x.txt", "in a hidden folder")
    _write(tmp_path / "notes.pdf", "not an article")
    _write(tmp_path / "README", "no suffix")
    got = [Path(d.source).relative_to(tmp_path).as_posix() for d in iter_documents([tmp_path])]
    assert got == ["a.txt", "b/a.HTML", "b/z.md", "c.markdown", "d.htm"]
    # The same call gives the same order.
    again = [Path(d.source).relative_to(tmp_path).as_posix() for d in iter_documents([tmp_path])]
    assert again == got


def test_source_is_the_path_as_given(tmp_path, monkeypatch):
    _write(tmp_path / "in" / "x.txt", "Some text")
    monkeypatch.chdir(tmp_path)
    (doc,) = iter_documents(["in"])
    assert doc.source == "in/x.txt"
    (doc,) = iter_documents(["in/x.txt"])
    assert doc.source == "in/x.txt"


def test_explicit_file_with_wrong_suffix_is_skipped(tmp_path):
    p = _write(tmp_path / "data.csv", "a,b\n")
    (s,) = iter_documents([p])
    assert isinstance(s, Skipped)
    assert s.code == "E005"
    assert s.reason == f"[E005] {p}: unsupported file type '.csv'. Use .txt, .md or .html."


def test_missing_file(tmp_path):
    p = tmp_path / "nope.txt"
    with pytest.raises(KGError) as e:
        read_document(p)
    assert e.value.code == "E001"
    assert str(e.value).startswith(f"[E001] {p}: file not found.")
    (s,) = iter_documents([str(p)])
    assert (s.source, s.code) == (str(p), "E001")


def test_unreadable_file(tmp_path, monkeypatch):
    p = _write(tmp_path / "locked.txt", "secret")

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(KGError) as e:
        read_document(p)
    assert e.value.code == "E002"
    assert str(e.value) == f"[E002] {p}: cannot be read (Permission denied). Check its permissions."


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf  \n"])
def test_empty_or_blank_file(tmp_path, data):
    p = _write(tmp_path / "empty.txt", data)
    with pytest.raises(KGError) as e:
        read_document(p)
    assert e.value.code == "E003"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04\x00\x00binary", "contains NUL bytes"),
        (bytes(range(1, 9)) * 20 + b"some text", "control characters"),
    ],
)
def test_binary_file(tmp_path, data, reason):
    p = _write(tmp_path / "blob.txt", data)
    with pytest.raises(KGError) as e:
        read_document(p)
    assert e.value.code == "E004"
    assert reason in str(e.value)


def test_cp1252_fallback_with_warning(tmp_path):
    p = _write(
        tmp_path / "legacy.txt", "Japan\u2019s \u201cpact\u201d \u2014 signed".encode("cp1252")
    )
    doc = read_document(p)
    assert doc.text == "Japan\u2019s \u201cpact\u201d \u2014 signed"
    assert doc.encoding == "cp1252"
    assert doc.notes == (
        f"[W001] {p}: not valid UTF-8; decoded as cp1252. Re-save it as UTF-8 to be sure.",
    )


def test_latin1_fallback_when_cp1252_fails(tmp_path):
    p = _write(tmp_path / "odd.txt", b"Caf\xe9 \x81 ok")  # 0x81 is undefined in cp1252
    doc = read_document(p)
    assert (doc.text, doc.encoding) == ("Caf\xe9 \x81 ok", "latin-1")
    assert doc.notes[0].startswith("[W001]")


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    p = _write(tmp_path / "bom.txt", b"\xef\xbb\xbfTokyo talks\n")
    doc = read_document(p)
    assert (doc.text, doc.encoding, doc.notes) == ("Tokyo talks\n", "utf-8-sig", ())
    assert doc.sha256 == hashlib.sha256(b"\xef\xbb\xbfTokyo talks\n").hexdigest()


def test_line_endings_are_kept(tmp_path):
    p = _write(tmp_path / "crlf.txt", b"Title\r\n\r\nBody line one.\rOld Mac line.\n")
    assert read_document(p).text == "Title\r\n\r\nBody line one.\rOld Mac line.\n"


def test_duplicate_content_is_built_once(tmp_path):
    a = _write(tmp_path / "a.txt", "Same story.")
    b = _write(tmp_path / "b.txt", "Same story.")
    c = _write(tmp_path / "c.txt", "Other story.")
    got = list(iter_documents([tmp_path]))
    assert [type(x).__name__ for x in got] == ["RawDocument", "Skipped", "RawDocument"]
    assert got[1] == Skipped(str(b), "E007", f"[E007] {b}: same content as {a}; built once.")
    assert got[2].source == str(c)


def test_html_metadata_from_fixture():
    doc = read_document(FIXTURES / "clean_page.html")
    assert doc.media_type == "text/html"
    assert doc.title == "Japan and US sign defence pact"  # og:title
    assert doc.date == "2024-04-10"  # article:published_time, not the JSON-LD fallback
    assert doc.text.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<title>Pact signed | Daily Planet</title>", ("Pact signed", None)),
        (
            '<title>X</title><script type="application/ld+json">'
            '{"@graph": [{"@type": "NewsArticle", "datePublished": "2023-01-13T10:00Z"}]}</script>',
            ("X", "2023-01-13"),
        ),
        ('<body><time datetime="2023-01-13">Jan 13</time></body>', (None, "2023-01-13")),
        (
            '<meta name="date" content="13 January 2023"><title>A &amp; B</title>',
            ("A & B", "2023-01-13"),
        ),
        ('<script type="application/ld+json">{broken</script><p>x</p>', (None, None)),
    ],
)
def test_html_metadata_sources(page, expected):
    assert html_metadata(page) == expected


def test_markdown_title_and_front_matter(tmp_path):
    p = _write(
        tmp_path / "a.md", "---\ntitle: Pact signed\ndate: 2024-04-10\n---\n\n# Heading\n\nText.\n"
    )
    doc = read_document(p)
    assert (doc.media_type, doc.title, doc.date) == ("text/markdown", "Pact signed", "2024-04-10")
    assert markdown_metadata("Intro\n\n# Japan Signs Pact #\n") == ("Japan Signs Pact", None)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2026-01-16T09:30:00+09:00", "2026-01-16"),
        ("2026/01/16", "2026-01-16"),
        ("20260116", "2026-01-16"),
        ("January 29, 2026", "2026-01-29"),
        ("Thursday, Jan. 29th, 2026", "2026-01-29"),
        ("29 January 2026", "2026-01-29"),
        ("2026-13-01", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_normalise_date(value, iso):
    assert normalise_date(value) == iso
