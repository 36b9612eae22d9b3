"""fingerprint.pb: hashes that tell exports apart without loading them."""
# Continues snippets/saving/fine_tune_loaded.py: needs models/digits/1/ and 2/.

import tensorflow as tf

first = tf.saved_model.experimental.read_fingerprint("models/digits/1")
second = tf.saved_model.experimental.read_fingerprint("models/digits/2")
print("fields:", [name for name in dir(first) if name.endswith("hash")])
for field in ("signature_def_hash", "checkpoint_hash"):
    print(
        f"{field:20} same in versions 1 and 2:",
        getattr(first, field) == getattr(second, field),
    )
# one string that names an export, e.g. for logs and caches
print("singleprint has 4 parts:", len(first.singleprint().split("/")) == 4)
