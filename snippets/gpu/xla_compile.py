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


IGNORED = {
    "parameter",
    "constant",
    "broadcast",
    "reshape",
    "tuple",
    "get-tuple-element",
}


def body(hlo, name):
    """The instructions of one HLO computation ("ENTRY" for the entry)."""
    header = r"ENTRY \S+" if name == "ENTRY" else re.escape(name)
    found = re.search(
        rf"^{header} [^\n]*\{{$\n(.*?)^\}}$", hlo, re.MULTILINE | re.DOTALL
    )
    return found.group(1) if found else ""


def operations(text):
    """The kinds of instruction in some HLO instructions, less data movement."""
    return sorted(set(re.findall(r" = \S+ ([a-z-]+)\(", text)) - IGNORED)


# Fusions are named differently on each backend (fused_computation on a CPU;
# XLA's GPU compiler renames them), so follow the names that the entry's fusion
# instructions call.
entry = body(after, "ENTRY")
called = re.findall(r" fusion\(.*?calls=(\S+?)[,\s]", entry)
print("before optimization:", operations(body(before, "ENTRY")))
print("after optimization:", operations(entry))
print(
    "inside the fusion:",
    operations("".join(body(after, name) for name in called)),
)
