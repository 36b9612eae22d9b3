# Continues snippets/saving/rest_request.py (row_request, columnar_request);
# reads models/digits/2/.
"""Answer a predict request the way TF Serving would, by calling the signature
here.
"""

import json

import tensorflow as tf


def predict(saved_model, request):
    """The JSON response TF Serving's REST API gives for ``request`` (a
    parsed JSON body).
    """
    signature = saved_model.signatures[
        request.get("signature_name", "serving_default")
    ]
    specs = signature.structured_input_signature[1]  # input name -> TensorSpec
    if "instances" in request:  # row form
        rows = request["instances"]
        if len(specs) == 1:  # each row is the value of the only input
            inputs = {next(iter(specs)): rows}
        else:  # each row is an object: input name -> value
            inputs = {name: [row[name] for row in rows] for name in specs}
    else:  # columnar form
        columns = request["inputs"]
        inputs = (
            columns
            if isinstance(columns, dict)
            else {next(iter(specs)): columns}
        )
    tensors = signature(
        **{
            name: tf.constant(value, specs[name].dtype)
            for name, value in inputs.items()
        }
    )
    outputs = {
        name: tensor.numpy().tolist() for name, tensor in tensors.items()
    }
    if len(outputs) == 1:  # a single output is given without its name
        (only,) = outputs.values()
        return (
            {"predictions": only}
            if "instances" in request
            else {"outputs": only}
        )
    if "instances" in request:  # one object per example, output name -> value
        count = len(next(iter(outputs.values())))
        return {
            "predictions": [
                {name: value[i] for name, value in outputs.items()}
                for i in range(count)
            ]
        }
    return {"outputs": outputs}


# the version the server picks: the highest
latest = tf.saved_model.load("models/digits/2")
bodies = []
for request in (row_request, columnar_request):
    text = json.dumps(request)  # what the client sends over HTTP ...
    # ... and what comes back
    bodies.append(json.dumps(predict(latest, json.loads(text))))
# shown with the probabilities rounded; the body holds every digit
for body in bodies:
    print(
        json.dumps(
            json.loads(body, parse_float=lambda text: round(float(text), 2)),
            sort_keys=True,
        )
    )

# A client decodes the two forms differently.
row_response, columnar_response = (json.loads(body) for body in bodies)
print(
    "row form:",
    [prediction["digit"] for prediction in row_response["predictions"]],
    "| columnar form:",
    columnar_response["outputs"]["digit"],
)
