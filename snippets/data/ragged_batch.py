# Continues snippets/data/from_generator.py (tokens).

ragged = tokens.ragged_batch(2)  # no padding: each row keeps its own length
print(ragged.element_spec[0])
for ids, label in ragged:
    print(ids.to_list(), "row lengths", ids.row_lengths().numpy().tolist())
