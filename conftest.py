"""Session-wide test settings (the tests' own fixtures live in tests/conftest.py).

Every temporary file a test, a doctest or a process it starts makes goes under pytest's own
temporary folder: ``tempfile`` and ``$TMPDIR`` point there for the whole session, so no
test leaves files in the system temp folder.
"""

from __future__ import annotations

import os
import tempfile

import pytest


@pytest.fixture(autouse=True, scope="session")
def _temp_files_stay_in_pytest_tmp(tmp_path_factory: pytest.TempPathFactory):
    private = tmp_path_factory.mktemp("tmpdir")
    saved_env, saved_dir = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"] = str(private)
    tempfile.tempdir = str(private)
    yield private
    tempfile.tempdir = saved_dir
    if saved_env is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = saved_env
