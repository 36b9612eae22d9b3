import keras
import tensorflow as tf

# Learning rate 0.01 and the same gradient at every step, once 1 and once
# 0.01: the distance each weight has moved after steps 1, 2 and 3.
for gradient in (1.0, 0.01):
    optimizers = {
        "v1.train.RMSPropOptimizer": tf.compat.v1.train.RMSPropOptimizer(0.01),
        "keras RMSprop": keras.optimizers.RMSprop(0.01),
    }
    first_steps = []
    for name, optimizer in optimizers.items():
        weight = tf.Variable(0.0)
        moved = []
        for _ in range(3):
            optimizer.apply_gradients([(tf.constant(gradient), weight)])
            moved.append(-float(weight))
        first_steps.append(moved[0])
        print(f"gradient {gradient:<4} {name:26} moved:", end=" ")
        print([float(f"{m:.2g}") for m in moved])
    ratio = float(f"{first_steps[1] / first_steps[0]:.2g}")
    print(f"  first step, Keras / TF 1.x: {ratio:g}")
v1 = tf.compat.v1.train.RMSPropOptimizer(0.01)
print("epsilon:", v1._epsilon, "|", keras.optimizers.RMSprop().epsilon)
print("decay:", v1._decay, "| rho:", keras.optimizers.RMSprop().rho)
