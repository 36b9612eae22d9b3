import tensorflow as tf


def collatz_steps(n):
    """Steps until n reaches 1: plain Python `while` and `if`."""
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


graph_steps = tf.function(collatz_steps)
eager_result = collatz_steps(tf.constant(27))
graph_result = graph_steps(tf.constant(27))
print("eager:", int(eager_result), type(eager_result).__name__)
print("graph:", int(graph_result), type(graph_result).__name__)

# The loop body is a function of its own in the graph; collect the op types of
# all of them.
graph_def = graph_steps.get_concrete_function(
    tf.constant(27)
).graph.as_graph_def()
op_types = {node.op for node in graph_def.node}
for function in graph_def.library.function:
    op_types |= {node.op for node in function.node_def}
print(
    "control-flow ops:",
    sorted(op_types & {"If", "StatelessIf", "While", "StatelessWhile"}),
)

code = tf.autograph.to_code(collatz_steps)
# The generated code is for reading, not a stable format: check only which calls
# it makes.
print("calls ag__.if_stmt:", "ag__.if_stmt(" in code)
print("calls ag__.while_stmt:", "ag__.while_stmt(" in code)
