"""Helpers shared by the tfguide chapters.

Import the submodules you need (``tfguide.devices``, ``tfguide.versions``); importing
``tfguide`` itself does not import TensorFlow, so the site build stays fast.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
