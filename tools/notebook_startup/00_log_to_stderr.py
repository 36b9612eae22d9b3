"""IPython start-up file of make notebooks' kernel: log to standard error.

In a kernel, TensorFlow's Python logger writes to stdout (it takes the session
for an interactive one). A root handler on stderr makes it log there, as it does
in a script, so that its messages (with addresses and temporary paths) stay out
of the saved outputs.
"""

import logging
import sys

logging.getLogger().addHandler(logging.StreamHandler(sys.stderr))
