import warnings

import keras
import numpy as np
from keras import ops

# Two sequences of token ids, padded with 0 to length 4.
tokens = np.array([[3, 5, 0, 0], [7, 0, 0, 0]])
embed = keras.layers.Embedding(10, 2, mask_zero=True)
print(ops.convert_to_numpy(embed.compute_mask(tokens)).astype(int).tolist())


class MaskedSum(keras.layers.Layer):
    """Sums over the time axis, leaving out the padded steps."""

    def call(self, inputs, mask=None):  # Keras passes the mask in
        if mask is not None:
            inputs = inputs * ops.expand_dims(ops.cast(mask, inputs.dtype), -1)
        return ops.sum(inputs, axis=1)

    def compute_mask(self, inputs, mask=None):
        return None  # the time axis is gone, so is the mask


class Double(keras.layers.Layer):
    """Keeps the shape; supports_masking hands the mask on unchanged."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.supports_masking = True

    def call(self, inputs):
        return 2 * inputs


ids = keras.Input(shape=(None,), dtype="int32")
summed = keras.Model(ids, MaskedSum()(Double()(embed(ids))))
vectors = embed(tokens)
by_hand = 2 * (vectors[0, 0] + vectors[0, 1])
print("padding left out:", np.allclose(summed(tokens)[0], by_hand))
longer = np.pad(tokens, ((0, 0), (0, 3)))  # more padding, same answer
print("more padding, same sums:", np.allclose(summed(tokens), summed(longer)))


class Plain(keras.layers.Layer):  # no supports_masking
    def call(self, inputs):
        return 2 * inputs


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    dropped = keras.Model(ids, MaskedSum()(Plain()(embed(ids))))
    padding_counted = not np.allclose(dropped(tokens), summed(tokens))
destroyed = ["destroy the mask" in str(w.message) for w in caught]
print("without supports_masking: warned", any(destroyed), end=" ")
print("| padding counted:", padding_counted)
