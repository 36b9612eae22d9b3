import keras
import tensorflow as tf


class ScaledDense(keras.layers.Layer):
    """x @ kernel * scale + offset, written to work under any dtype policy."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        # variables are created in the variable dtype (float32)
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units))
        self.scale = self.add_weight(shape=(), initializer="ones")

    def call(self, inputs):
        print("  in call: inputs", inputs.dtype.name, end=" | ")
        print("kernel read as", tf.convert_to_tensor(self.kernel).dtype.name)
        # new tensors: in the compute dtype, not a hard-coded float32
        offset = tf.constant(0.5, dtype=self.compute_dtype)
        return tf.matmul(inputs, self.kernel) * self.scale + offset


layer = ScaledDense(4, dtype="mixed_float16")
outputs = layer(tf.ones((2, 3)))  # float32 inputs
print("compute", layer.compute_dtype, "| variables", layer.variable_dtype)
print("kernel stored as", layer.kernel.dtype, "| outputs", outputs.dtype.name)


class Float32Offset(ScaledDense):
    def call(self, inputs):
        offset = tf.constant(0.5)  # float32, whatever the policy
        return tf.matmul(inputs, self.kernel) + offset


try:
    Float32Offset(4, dtype="mixed_float16")(tf.ones((2, 3)))
except tf.errors.InvalidArgumentError as error:
    print(
        type(error).__name__ + ":",
        "expected to be a half tensor but is a float tensor" in error.message,
    )

# The softmax in float32: a layer of its own with dtype="float32".
softmax = keras.layers.Activation("softmax", dtype="float32")
print("softmax of float16 logits:", softmax(outputs).dtype.name)
