import keras
import tensorflow as tf

# Learning rate 0.01 and a gradient of 1 at every step: the distance each
# weight has moved after steps 1, 2 and 3.
optimizers = {
    "v1.train.RMSPropOptimizer": tf.compat.v1.train.RMSPropOptimizer(0.01),
    "keras RMSprop": keras.optimizers.RMSprop(0.01),
}
for name, optimizer in optimizers.items():
    weight = tf.Variable(1.0)
    moved = []
    for _ in range(3):
        optimizer.apply_gradients([(tf.constant(1.0), weight)])
        moved.append(round(1.0 - float(weight), 4))
    print(f"{name:26} moved: {moved}")
v1 = tf.compat.v1.train.RMSPropOptimizer(0.01)
print("epsilon:", v1._epsilon, "|", keras.optimizers.RMSprop().epsilon)
print("decay:", v1._decay, "| rho:", keras.optimizers.RMSprop().rho)
