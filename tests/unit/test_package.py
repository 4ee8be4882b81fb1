"""The package as installed: data files, licence metadata, a light ``kg --help``, the error
catalogue and its exit codes, and the test settings themselves."""

from __future__ import annotations

import fnmatch
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_ontology_file_is_package_data():
    """A wheel holds kg/ontology/** (ontology, rules, gazetteer), found via importlib.resources."""
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["kg"]
    files = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "ontology").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    assert len(files) > 15
    for f in files:
        packaged = "kg/" + f  # ontology/x -> kg/ontology/x inside the wheel
        assert any(fnmatch.fnmatch(packaged, "kg/" + pat) for pat in patterns), f


def test_the_packaged_ontology_is_read_through_importlib_resources():
    from kg.config import Settings, package_ontology_dir
    from kg.gazetteer import ONTOLOGY_DIR

    onto = package_ontology_dir()
    assert onto.parent.name == "kg"  # inside the package, not beside the checkout
    for needed in ("shapes.ttl", "kg.ttl", "gazetteer/countries.tsv", "rules/roles.tsv"):
        assert (onto / needed).is_file(), needed
    assert Settings().ontology_dir == ONTOLOGY_DIR == onto


def test_licence_metadata_is_spdx_with_the_licence_file():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PYPROJECT["project"]["scripts"]["kg"] == "kg.cli:main"


HEAVY = ("spacy", "thinc", "rdflib", "pyoxigraph", "pyshacl", "networkx", "pyvis", "starlette")


def test_kg_help_lists_every_command_without_loading_the_heavy_libraries():
    code = (
        "import sys\n"
        "sys.argv = ['kg', '--help']\n"
        "from kg.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert e.code in (0, None), e.code\n"
        f"print('LOADED', sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stdout
    from kg.cli import COMMANDS

    for name in COMMANDS:
        assert re.search(rf"│ {name}\s", out.stdout), name
    assert "Exit codes" in out.stdout


@pytest.mark.parametrize("command", ["build", "annotate", "query", "serve", "validate"])
def test_a_command_help_does_not_load_the_nlp_model_libraries(command):
    code = (
        "import sys\n"
        f"sys.argv = ['kg', {command!r}, '--help']\n"
        "from kg.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert e.code in (0, None), e.code\n"
        "print('LOADED', sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stdout
    assert "Usage: kg " + command in " ".join(out.stdout.split())


def test_the_overview_summaries_are_the_commands_own():
    from kg.cli import COMMANDS, load_command

    for name, (_, summary) in COMMANDS.items():
        cmd = load_command(name)
        assert cmd is not None, name
        first = " ".join((cmd.help or "").strip().split("\n\n")[0].split())
        assert first == summary, name


def test_every_error_has_a_code_an_exit_code_and_is_defined():
    from kg.errors import EXIT, Errors, ExitCode, KGError, Warnings, exit_code

    codes = {k: v for k, v in vars(Errors).items() if re.fullmatch(r"E\d{3}", k)}
    for code, text in codes.items():
        assert text.startswith(f"[{code}] "), code
        assert KGError(text).code == code
        assert code in EXIT, f"{code} has no documented exit code"
    for code, text in vars(Warnings).items():
        if re.fullmatch(r"W\d{3}", code):
            assert text.startswith(f"[{code}] ")
    used = set()
    for path in (ROOT / "kg").rglob("*.py"):
        used |= set(
            re.findall(r"\b(?:Errors|Warnings)\.([EW]\d{3})\b", path.read_text(encoding="utf-8"))
        )
    assert used <= set(codes) | set(vars(Warnings)), used - set(codes)
    assert exit_code(RuntimeError("x")) == ExitCode.INTERNAL == 4
    assert {c.value for c in ExitCode} == {0, 1, 2, 3, 4}


def test_the_readme_documents_the_exit_codes_and_build_json():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, word in [(0, "ok"), (1, "violations"), (2, "usage"), (3, "input"), (4, "internal")]:
        assert re.search(rf"\|\s*`?{code}`?\s*\|[^|\n]*{word}", readme, re.IGNORECASE), code
    for term in ("build.json", "--base-iri", "umask", "void:uriSpace", "pip wheel"):
        assert term in readme, term


def test_tests_keep_temporary_files_in_pytest_tmp(tmp_path_factory):
    """The root conftest points tempfile (and child processes, via TMPDIR) into pytest's tmp."""
    base = tmp_path_factory.getbasetemp()
    assert Path(tempfile.gettempdir()).is_relative_to(base)
    with tempfile.NamedTemporaryFile() as fh:
        assert Path(fh.name).is_relative_to(base)


def test_pytest_settings_run_doctests_and_treat_warnings_as_errors():
    opts = PYPROJECT["tool"]["pytest"]["ini_options"]
    assert "--doctest-modules" in opts["addopts"] and "--strict-markers" in opts["addopts"]
    assert opts["filterwarnings"][0] == "error"
    assert "kg" in opts["testpaths"]


def test_a_warning_fails_a_test():
    import warnings

    with pytest.raises(UserWarning):
        warnings.warn("unlisted warnings are errors", UserWarning, stacklevel=1)


def test_no_error_code_is_defined_twice():
    source = (ROOT / "kg" / "errors.py").read_text(encoding="utf-8")
    names = re.findall(r"^    ([EW]\d{3}) = ", source, re.MULTILINE)
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
