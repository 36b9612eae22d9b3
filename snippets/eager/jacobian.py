import tensorflow as tf

x = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape(persistent=True) as tape:
    y = x**2  # a vector target: y_i = x_i^2
print("gradient:", tape.gradient(y, x).numpy())  # of sum(y): 2x
print("jacobian:")
print(tape.jacobian(y, x).numpy())  # dy_i/dx_j, one row per element of y
del tape
