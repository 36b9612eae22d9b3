import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        y = x**3
    dy_dx = inner.gradient(y, x)  # 3x^2, computed while the outer tape records
d2y_dx2 = outer.gradient(dy_dx, x)  # 6x
print("dy/dx =", dy_dx.numpy(), "| d2y/dx2 =", d2y_dx2.numpy())
