"""Reader environments: clean virtual environments made by a page's own Setup
line.

A reader installs what a page needs with the one line its Setup section shows,
for example ``python -m pip install "tfguide[train]==0.2.*"``. The tests execute
that line as shown, in a new virtual environment, with pip pointed at a local
*wheelhouse* instead of the package index: the ``tfguide`` wheel built from this
tree plus every wheel that ``requirements.lock`` pins. So the command on the
page is the command that ran, and it resolves to the locked versions. Nothing of
the repository is importable in such an environment: ``tfguide`` comes from its
wheel, not from ``src/``.

``python tools/readerenv.py wheelhouse`` (``make wheelhouse``) fills
``.cache/wheelhouse``; ``environment(setup_line)`` returns the environment for a
Setup line, creating it when the line, the lock or the wheel changed and reusing
it otherwise.
"""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache"
WHEELHOUSE = CACHE / "wheelhouse"
ENVIRONMENTS = CACHE / "reader-envs"
LOCK = ROOT / "requirements.lock"
# What the wheel is built from: a change to any of these makes a new wheel.
# Of pyproject.toml only the tables the build reads count, so that a change
# to the test or lint settings keeps the wheel and the reader environments.
WHEEL_FILES = ("README.md", "LICENSE", "src/tfguide")
WHEEL_TABLES = ("build-system", "project")
WHEEL_TOOL_TABLES = ("setuptools",)
INSTALL_TIMEOUT_S = 900


class SetupError(Exception):
    """A Setup line that cannot be executed as the page shows it."""


def digest(*parts: str | Path) -> str:
    """SHA-256 over strings and over files (folders: every file in them, in
    order)."""
    sha = hashlib.sha256()
    for part in parts:
        if isinstance(part, Path):
            files = (
                sorted(p for p in part.rglob("*") if p.is_file())
                if part.is_dir()
                else [part]
            )
            for file in files:
                if "__pycache__" in file.parts:
                    continue
                sha.update(str(file.relative_to(ROOT)).encode())
                sha.update(file.read_bytes())
        else:
            sha.update(part.encode())
    return sha.hexdigest()


def wheel_inputs() -> str:
    """The digest of what the tfguide wheel is built from: its files and the
    tables of pyproject.toml that the build reads."""
    settings = tomllib.loads(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    )
    tables = {name: settings.get(name) for name in WHEEL_TABLES}
    tables["tool"] = {
        name: settings.get("tool", {}).get(name) for name in WHEEL_TOOL_TABLES
    }
    return digest(
        json.dumps(tables, sort_keys=True),
        *(ROOT / name for name in WHEEL_FILES),
    )


def base_python() -> str:
    """The interpreter that made the running environment (venvs are made
    from it, not a venv).
    """
    return getattr(sys, "_base_executable", sys.executable)


@dataclasses.dataclass(frozen=True)
class Runtime:
    """Where pages run: a Python and the wheelhouse its pip reads (see
    ``tools/compat.py``).

    The default is the reference runtime of ``make test``: the Python that made
    ``.venv`` and the wheelhouse of ``requirements.lock``.
    """

    id: str = "reference"
    python: str = ""  # the interpreter; "" for the one that made .venv
    wheelhouse: Path = WHEELHOUSE
    # what the runtime has before the Setup line (Colab's TF)
    preinstalled: tuple[str, ...] = ()

    def interpreter(self) -> str:
        return self.python or base_python()


REFERENCE = Runtime()


def pip_environment(
    extra_path: Path | None = None, runtime: Runtime = REFERENCE
) -> dict[str, str]:
    """The process environment for pip in a reader environment: the wheelhouse,
    no index.

    The machine's own pip configuration (index mirrors, constraints) is switched
    off, so that the wheelhouse is the only source, as the package index is for
    a reader.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        PIP_CONFIG_FILE=os.devnull,
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS=str(runtime.wheelhouse),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_NO_INPUT="1",
    )
    if extra_path is not None:
        env["PATH"] = f"{extra_path}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(extra_path.parent)
    return env


# ---------------------------------------------------------------------------
# wheelhouse
def wheel_path() -> Path:
    """The tfguide wheel in the wheelhouse (``make wheelhouse`` builds it)."""
    wheels = sorted(WHEELHOUSE.glob("tfguide-*.whl"))
    if len(wheels) != 1:
        raise SetupError(
            f"expected one tfguide wheel in {WHEELHOUSE}, found {len(wheels)}: "
            "run `make wheelhouse`"
        )
    return wheels[0]


def wheel_metadata() -> dict[str, list[str] | str]:
    """The built wheel's name, version and extras, read from its METADATA."""
    wheel = wheel_path()
    with zipfile.ZipFile(wheel) as archive:
        name = next(
            n for n in archive.namelist() if n.endswith(".dist-info/METADATA")
        )
        message = Parser().parsestr(archive.read(name).decode("utf-8"))
    return {
        "name": message["Name"],
        "version": message["Version"],
        "extras": message.get_all("Provides-Extra") or [],
    }


def build_wheel() -> Path:
    """Build the tfguide wheel into the wheelhouse unless the one there has the
    same inputs.
    """
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    stamp = WHEELHOUSE / ".tfguide-inputs"
    inputs = wheel_inputs()
    if (
        stamp.exists()
        and stamp.read_text() == inputs
        and list(WHEELHOUSE.glob("tfguide-*.whl"))
    ):
        return wheel_path()
    for old in WHEELHOUSE.glob("tfguide-*.whl"):
        old.unlink()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(WHEELHOUSE),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise SetupError(
            "building the tfguide wheel failed:\n"
            f"{result.stdout[-2000:]}{result.stderr[-3000:]}"
        )
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    stamp.write_text(inputs)
    return wheel_path()


def download_locked_wheels() -> None:
    """Put every distribution that requirements.lock pins into the wheelhouse
    (hash-checked).
    """
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    stamp = WHEELHOUSE / ".lock-digest"
    wanted = digest(LOCK)
    if stamp.exists() and stamp.read_text() == wanted:
        return
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--require-hashes",
            "--dest",
            str(WHEELHOUSE),
            "-r",
            str(LOCK),
        ],
        check=True,
    )
    stamp.write_text(wanted)


def wheelhouse() -> Path:
    download_locked_wheels()
    build_wheel()
    return WHEELHOUSE


# ---------------------------------------------------------------------------
# Setup lines
def parse_setup_line(code: str) -> Requirement:
    """Check that a Setup block is one ``python -m pip install "<requirement>"``
    line.

    Returns the tfguide requirement it names. Raises SetupError, saying what is
    wrong, for anything else, a tfguide version the wheel does not have, or an
    extra it does not provide.
    """
    lines = [line for line in code.strip().splitlines() if line.strip()]
    words = shlex.split(lines[0]) if len(lines) == 1 else []
    if words[:4] != ["python", "-m", "pip", "install"] or len(words) < 5:
        raise SetupError(
            "the Setup block must be one line, "
            'python -m pip install "tfguide[...]==X.Y.*" '
            f"(with options after install if needed); found:\n{code}"
        )
    requirements = []
    for word in words[4:]:
        if word.startswith("-"):
            continue
        try:
            requirements.append(Requirement(word))
        except InvalidRequirement as error:
            raise SetupError(
                f"{word!r} is not a requirement pip understands: {error}"
            ) from None
    ours = [r for r in requirements if r.name == "tfguide"]
    if not ours:
        raise SetupError(
            f"the Setup line does not install tfguide: {code.strip()}"
        )
    requirement = ours[0]
    meta = wheel_metadata()
    if not requirement.specifier.contains(meta["version"], prereleases=True):
        raise SetupError(
            f"the Setup line asks for tfguide{requirement.specifier}, "
            f"but this tree builds tfguide {meta['version']} (pyproject.toml); "
            "a reader would install another release"
        )
    missing = sorted(set(requirement.extras) - set(meta["extras"]))
    if missing:
        raise SetupError(
            f"tfguide {meta['version']} has no extra named "
            f"{', '.join(missing)} (it has {', '.join(meta['extras'])}); "
            "pip would install without it and say nothing"
        )
    return requirement


def environment(setup_code: str, runtime: Runtime = REFERENCE) -> Path:
    """The reader environment for a Setup block: its ``bin`` folder, made on
    first use.

    The block is executed as shown, by bash, with the new environment's ``bin``
    first on ``PATH`` and pip reading only the runtime's wheelhouse. Raises
    SetupError with pip's message if the installation fails.
    """
    parse_setup_line(setup_code)
    served = (
        digest(*sorted(runtime.wheelhouse.glob("*.whl")))
        if runtime is not REFERENCE
        else digest(LOCK)
    )
    key = digest(
        setup_code.strip(),
        served,
        *runtime.preinstalled,
        wheel_path().name,
        (WHEELHOUSE / ".tfguide-inputs").read_text(),
        runtime.interpreter(),
    )[:16]
    family = f"{runtime.id}-{digest(setup_code.strip())[:8]}"
    home = ENVIRONMENTS / f"{family}-{key[:8]}"
    ENVIRONMENTS.mkdir(parents=True, exist_ok=True)
    # pytest-xdist workers take turns
    with open(ENVIRONMENTS / f".{family}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _make(setup_code, runtime, family, home)


def _make(setup_code: str, runtime: Runtime, family: str, home: Path) -> Path:
    done = home / ".installed"
    if done.exists():
        return home / "bin"
    # the same line's older environments
    for stale in ENVIRONMENTS.glob(f"{family}-*"):
        shutil.rmtree(stale, ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)
    home.parent.mkdir(parents=True, exist_ok=True)
    made = subprocess.run(
        [runtime.interpreter(), "-m", "venv", str(home)],
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode:
        raise SetupError(
            "cannot make a virtual environment with "
            f"{runtime.interpreter()}: {made.stderr[-2000:]}"
        )
    # the runtime as the reader finds it, then the page's own line
    if runtime.preinstalled:
        given = subprocess.run(
            [
                home / "bin" / "python",
                "-m",
                "pip",
                "install",
                "--quiet",
                "--pre",
                *runtime.preinstalled,
            ],
            env=pip_environment(home / "bin", runtime),
            capture_output=True,
            text=True,
            check=False,
        )
        if given.returncode:
            raise SetupError(
                "installing the runtime's "
                f"{' '.join(runtime.preinstalled)} failed:\n"
                f"{given.stderr[-3000:]}"
            )
    result = subprocess.run(
        ["bash", "-e", "-c", setup_code],
        env=pip_environment(home / "bin", runtime),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT_S,
        check=False,
    )
    if result.returncode:
        raise SetupError(
            f"the Setup line failed (exit status {result.returncode}):\n"
            f"{result.stdout[-2000:]}{result.stderr[-3000:]}"
        )
    (home / "setup-line.txt").write_text(setup_code.strip() + "\n")
    done.touch()
    return home / "bin"


def coverage_library() -> Path:
    """A folder holding only coverage (the locked version), for measuring reader
    environments.

    The page runner imports coverage from it and then takes it off ``sys.path``
    again, so the page cannot import anything from it.
    """
    target = CACHE / "coverage-lib"
    wheels = sorted(WHEELHOUSE.glob("coverage-*.whl"))
    if not wheels:
        raise SetupError(
            "no coverage wheel in the wheelhouse: run `make wheelhouse`"
        )
    stamp = target / ".wheel"
    CACHE.mkdir(parents=True, exist_ok=True)
    # pytest-xdist workers take turns
    with open(CACHE / ".coverage-lib.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stamp.exists() and stamp.read_text() == wheels[-1].name:
            return target
        shutil.rmtree(target, ignore_errors=True)
        with zipfile.ZipFile(wheels[-1]) as archive:
            archive.extractall(target)
        stamp.write_text(wheels[-1].name)
    return target


def main(argv: list[str]) -> None:
    if argv == ["wheelhouse"]:
        print(
            f"wheelhouse ready: {wheelhouse().relative_to(ROOT)} "
            f"({wheel_path().name})"
        )
    else:
        sys.exit("usage: python tools/readerenv.py wheelhouse")


if __name__ == "__main__":
    main(sys.argv[1:])
