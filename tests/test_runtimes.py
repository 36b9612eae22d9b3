"""The runtimes of make compat as readerenv.Runtime (tools/runtimes.py)."""

import sys

import pytest
import readerenv
import runtimes
from project import ConfigError, Project


def test_the_reference_runtime_is_readerenvs_own():
    assert runtimes.runtime(Project.here(), "reference") is readerenv.REFERENCE


def test_a_pinned_runtime_gets_its_interpreter_and_wheelhouse(monkeypatch):
    monkeypatch.setattr(
        runtimes, "interpreter", lambda version: "/py" + version
    )
    runtime = runtimes.runtime(Project.here(), "colab")
    assert runtime.id == "colab"
    assert runtime.python == "/py3.13"
    assert runtime.wheelhouse == runtimes.CACHE / "colab" / "wheelhouse"
    assert any(pin.startswith("tensorflow==") for pin in runtime.preinstalled)


def test_the_interpreter_is_found_or_the_error_says_which():
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert runtimes.interpreter(version).endswith(f"python{version}")
    with pytest.raises(readerenv.SetupError, match="no working python3.99"):
        runtimes.interpreter("3.99")
    with pytest.raises(ConfigError, match="no runtime 'nosuch'"):
        runtimes.runtime(Project.here(), "nosuch")
