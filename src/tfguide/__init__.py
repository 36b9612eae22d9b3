"""Helpers shared by the tfguide chapters.

Import the submodules you need (``tfguide.devices``, ``tfguide.versions``);
importing ``tfguide`` itself does not import TensorFlow, so the site build stays
fast.
"""

from importlib import metadata

__all__ = ["__version__"]
# : The installed distribution's version: the site's version (pyproject.toml
# holds it).
__version__ = metadata.version("tfguide")
