"""MkDocs hook: put the versions the site was built and tested with into the footer.

The versions come from the installed distributions at build time (the ones
requirements.lock pins), so the footer can never disagree with what ran the pages. The
site's own version (``extra.release``, for the notebook buttons' tag) is tfguide's.
"""

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
    return config
