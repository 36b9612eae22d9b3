"""Before deploying: does every label name a version that the config serves
and that is on disk?
"""
# Continues snippets/saving/serving_folders.py: needs models/models.config and
# the folder models/digits/.

import os
import re


def unserved_labels(config_text, base_folder):
    """(label, version) pairs whose version the specific policy does not
    serve or that has no folder."""
    on_disk = {int(name) for name in os.listdir(base_folder)}
    served = {int(v) for v in re.findall(r"versions: (\d+)", config_text)}
    labels = re.findall(r'key: "(\w+)" value: (\d+)', config_text)
    return [
        (key, int(v)) for key, v in labels if int(v) not in served & on_disk
    ]


with open("models/models.config") as file:
    config = file.read()
print("models.config:", unserved_labels(config, "models/digits"))
typo = config.replace('"canary" value: 2', '"canary" value: 3')
print("canary -> 3:  ", unserved_labels(typo, "models/digits"))
