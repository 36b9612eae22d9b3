"""The versions of the packages that build and test the site."""

from __future__ import annotations

import platform
from importlib import metadata

#: The distributions whose versions a page or the site footer reports.
PACKAGES = ("tensorflow", "keras", "numpy")


def tested_versions(packages: tuple[str, ...] = PACKAGES) -> dict[str, str]:
    """Return the installed version of each package, plus Python's, without
    importing them.

    Args:
        packages: distribution names as pip knows them, e.g. ``("tensorflow",
            "keras")``.

    Returns:
        A dict from each name (and ``"python"``) to its version string.

    Raises:
        TypeError: if ``packages`` is a single string or holds something other
            than strings.
        LookupError: if a package is not installed; the message says how to
            install it.
    """
    if isinstance(packages, str) or not all(
        isinstance(name, str) for name in packages
    ):
        raise TypeError(
            "packages must be a tuple of distribution names, got "
            f"{packages!r}; "
            "write ('tensorflow',) for a single package"
        )
    versions = {}
    for name in packages:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            raise LookupError(
                f"{name!r} is not installed in this environment (Python "
                f"{platform.python_version()}); install it, or the tfguide "
                "extra that brings "
                'it, for example: python -m pip install "tfguide[train]"'
            ) from None
    versions["python"] = platform.python_version()
    return versions
