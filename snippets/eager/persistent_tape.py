import tensorflow as tf

x = tf.constant(2.0)
with tf.GradientTape() as tape:
    tape.watch(x)
    square = x**2
    cube = x**3
print("d(x^2)/dx =", tape.gradient(square, x).numpy())
try:
    # a tape releases its records after one gradient call
    tape.gradient(cube, x)
except RuntimeError as error:
    print("RuntimeError:", error)

with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    square = x**2
    cube = x**3
print("d(x^2)/dx =", tape.gradient(square, x).numpy())
print("d(x^3)/dx =", tape.gradient(cube, x).numpy())
del tape  # drop the persistent tape so its records are freed
