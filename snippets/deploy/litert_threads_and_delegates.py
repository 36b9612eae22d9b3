# Continues snippets/deploy/train_and_export.py (keras_probabilities,
# test_images), snippets/deploy/convert_saved_model.py (float32_path).
"""The same file on three CPU set-ups: two threads, without the default
XNNPACK delegate, and with LiteRT's reference kernels.
"""

import numpy as np
from ai_edge_litert.interpreter import Interpreter, OpResolverType

choices = {
    "2 threads": {"num_threads": 2},
    "without XNNPACK": {
        "experimental_op_resolver_type": (
            OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES
        )
    },
    "reference kernels": {
        "experimental_op_resolver_type": OpResolverType.BUILTIN_REF
    },
}
for name, options in choices.items():
    runner = Interpreter(
        model_path=float32_path, **options
    ).get_signature_runner("serving_default")
    probabilities = runner(image=test_images)["output_0"]
    same = np.allclose(probabilities, keras_probabilities, atol=1e-5)
    print(f"{name:17} same as Keras within 1e-5: {same}")
