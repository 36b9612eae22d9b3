import keras
import numpy as np

from tfguide.data import split_digits

(train_images, train_labels), (test_images, test_labels) = split_digits()
# only ten 3s are left
keep = (train_labels != 3) | (np.cumsum(train_labels == 3) <= 10)
images, labels = train_images[keep], train_labels[keep]
counts = np.bincount(labels, minlength=10)
print(
    "training images of 3:",
    counts[3],
    "| of other digits: about",
    int(np.median(counts)),
)

# "balanced"
class_weight = {
    digit: len(labels) / (10 * counts[digit]) for digit in range(10)
}
print(f"weight of a 3: {class_weight[3]:.1f} | of a 0: {class_weight[0]:.2f}")


def recall_of_three(**weights):
    keras.utils.set_random_seed(0)
    net = keras.Sequential(
        [
            keras.Input(shape=(8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    net.compile(
        optimizer=keras.optimizers.Adam(1e-2),
        loss="sparse_categorical_crossentropy",
    )
    net.fit(images, labels, epochs=5, batch_size=128, verbose=0, **weights)
    threes = test_images[test_labels == 3]
    return np.mean(np.argmax(net(threes), axis=1) == 3), net


plain, _ = recall_of_three()
weighted, by_class = recall_of_three(class_weight=class_weight)
print(
    f"test 3s recognized: {plain:.0%} unweighted,",
    f"{weighted:.0%} with class_weight",
)

# one weight per image
sample_weight = np.array([class_weight[digit] for digit in labels])
_, by_sample = recall_of_three(sample_weight=sample_weight)
same = all(
    np.allclose(a, b)
    for a, b in zip(by_class.get_weights(), by_sample.get_weights())
)
print("class_weight and the same sample_weight train the same model:", same)
