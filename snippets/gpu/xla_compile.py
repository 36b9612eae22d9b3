import re

import tensorflow as tf

traced_shapes = []


@tf.function(jit_compile=True)
def scaled_relu_squared(x):
    traced_shapes.append(x.shape.as_list())  # Python runs only while tracing
    return tf.nn.relu(2.0 * x + 1.0) ** 2 - 0.5


for size in (1000, 1000, 500, 1000, 64):
    scaled_relu_squared(tf.ones([size]))
print("traced (and compiled) for:", traced_shapes)
print("tracing count:", scaled_relu_squared.experimental_get_tracing_count())

x = tf.ones([1000])
ir = scaled_relu_squared.experimental_get_compiler_ir(x)
before, after = ir(stage="hlo"), ir(stage="optimized_hlo")


IGNORED = {"parameter", "constant", "broadcast", "reshape", "tuple", "get-tuple-element"}


def operations(hlo, computation="ENTRY"):
    """The kinds of instruction in one computation of an HLO module, less data movement."""
    body = hlo.split(f"\n{computation} ")[1].split("\n}")[0]
    return sorted(set(re.findall(r" = \S+ ([a-z-]+)\(", body)) - IGNORED)


print("before optimization:", operations(before))
print("after optimization:", operations(after))
print("inside the fusion:", operations(after, "%fused_computation"))
