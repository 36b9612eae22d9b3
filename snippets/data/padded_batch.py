# Continues snippets/data/from_generator.py (tokens).

# pads every batch to its longest sequence, with 0
padded = tokens.padded_batch(2)
for ids, label in padded:
    print(ids.numpy().tolist(), label.numpy().tolist())

fixed = tokens.padded_batch(2, padded_shapes=([6], []), padding_values=(-1, 0))
print(fixed.element_spec[0])
print(next(iter(fixed))[0].numpy().tolist())
