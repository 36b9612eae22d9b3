import tensorflow as tf

counter = tf.Variable(1.0)


@tf.function
def set_read_bump():
    counter.assign(2.0)
    seen = counter.read_value()  # runs after the assign above
    counter.assign_add(1.0)  # result unused: it runs anyway
    return seen


print("returned:", float(set_read_bump()), "| counter now:", float(counter))
graph = set_read_bump.get_concrete_function().graph
for op in graph.get_operations():
    if op.type in ("ReadVariableOp", "AssignAddVariableOp"):
        print(op.type, "waits for", sorted(c.type for c in op.control_inputs))
