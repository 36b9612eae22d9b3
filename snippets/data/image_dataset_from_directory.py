# Continues snippets/data/image_files.py: reads the images/ folder it wrote.
import keras

folder_digits = keras.utils.image_dataset_from_directory(
    "images",
    image_size=(8, 8),
    color_mode="grayscale",
    batch_size=8,
    shuffle=False,
)
print(folder_digits.class_names)
print(folder_digits.element_spec)
batch, batch_labels = next(iter(folder_digits))
print("pixel range:", float(batch.numpy().min()), float(batch.numpy().max()))
