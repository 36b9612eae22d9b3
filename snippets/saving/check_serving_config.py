"""Parse models.config with TF Serving's own protocol buffer classes."""
# Needs: pip install "tensorflow-serving-api==2.21.0"

from google.protobuf import text_format
from tensorflow_serving.config import model_server_config_pb2

with open("models/models.config") as file:
    text = file.read()
config = text_format.Parse(text, model_server_config_pb2.ModelServerConfig())
(model,) = config.model_config_list.config
print(model.name, list(model.model_version_policy.specific.versions))
print("labels:", dict(model.version_labels))

# A misspelled field is refused with its line and column.
try:
    text_format.Parse(
        text.replace("versions: 2", "version: 2"),
        model_server_config_pb2.ModelServerConfig(),
    )
except text_format.ParseError as error:
    print("ParseError:", error)
