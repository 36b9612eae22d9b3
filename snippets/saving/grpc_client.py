"""A gRPC client for the server started above: metadata, then Predict by
label.
"""
# Needs: pip install "tensorflow-serving-api==2.21.0", and the server running.

import grpc
import numpy as np
import tensorflow as tf
from tensorflow_serving.apis import (
    get_model_metadata_pb2,
    predict_pb2,
    prediction_service_pb2_grpc,
)

channel = grpc.insecure_channel("localhost:8500")
stub = prediction_service_pb2_grpc.PredictionServiceStub(channel)

metadata_request = get_model_metadata_pb2.GetModelMetadataRequest()
metadata_request.model_spec.name = "digits"
metadata_request.model_spec.version_label = "stable"
metadata_request.metadata_field.append("signature_def")
metadata = stub.GetModelMetadata(metadata_request, timeout=10)
print("version behind 'stable':", metadata.model_spec.version.value)

request = predict_pb2.PredictRequest()
request.model_spec.name = "digits"
request.model_spec.version_label = "canary"  # or .version.value = 2
request.model_spec.signature_name = "serving_default"
request.inputs["pixels"].CopyFrom(tf.make_tensor_proto(np.load("pixels.npy")))
response = stub.Predict(request, timeout=10)
print("digits:", tf.make_ndarray(response.outputs["digit"]).tolist())
print("answered by version", response.model_spec.version.value)
