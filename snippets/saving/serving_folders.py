"""TF Serving's layout (a folder per model, a subfolder per version); a config
serving both, with labels.
"""
# Continues snippets/saving/fine_tune_loaded.py: needs the folders
# models/digits/1/ and 2/.

import os

for version in sorted(os.listdir("models/digits"), key=int):
    print(
        f"models/digits/{version}/",
        sorted(os.listdir(f"models/digits/{version}")),
    )

# By default the server loads only the highest version. A model config file can
# name the versions to serve, and give them labels; its paths are those inside
# the container, where models/ is mounted.
config = """model_config_list {
  config {
    name: "digits"
    base_path: "/models/digits"
    model_platform: "tensorflow"
    model_version_policy { specific { versions: 1 versions: 2 } }
    version_labels { key: "stable" value: 1 }
    version_labels { key: "canary" value: 2 }
  }
}
"""
with open("models/models.config", "w") as file:
    file.write(config)
print(config, end="")
