import tensorflow as tf

w = tf.Variable(2.0)
b = tf.Variable(1.0)
with tf.GradientTape() as tape:
    loss = (w * 3.0 + b - 4.0) ** 2
    with tape.stop_recording():
        # bookkeeping that needs no gradient: not recorded, costs no memory
        # on the tape
        penalty_seen = tf.abs(w) * 10.0
    total = loss + penalty_seen  # penalty_seen counts as a constant here

# sources and targets may be nested: dicts, lists, tuples
grads = tape.gradient(total, {"w": w, "b": b})
print({name: float(g) for name, g in grads.items()})
