"""MkDocs hook: put the versions the site was built and tested with into the
footer.

The versions come from the installed distributions at build time (the ones
requirements.lock pins), so the footer can never disagree with what ran the
pages. The site's own version (``extra.release``, for the notebook buttons' tag)
is tfguide's.

It also keeps Material's version selector (``extra.version`` in mkdocs.yml) for
the builds that ``mike deploy`` makes, which set ``MIKE_DOCS_VERSION``: only
there is a ``versions.json`` to fetch. In ``mkdocs serve`` and a plain ``mkdocs
build`` the selector would ask for it and log a 404 in the browser's console on
every page.
"""

import os

import tfguide
from tfguide.versions import tested_versions


def on_config(config, **kwargs):
    versions = tested_versions()
    config["copyright"] = (
        f"Built and tested with TensorFlow {versions['tensorflow']}, "
        f"Keras {versions['keras']} and Python {versions['python']}."
    )
    config["extra"]["tested_versions"] = versions
    config["extra"]["release"] = tfguide.__version__
    if not os.environ.get("MIKE_DOCS_VERSION"):
        config["extra"].pop("version", None)
    return config
