"""Batching and Prometheus monitoring files for TensorFlow Serving (text
protocol buffers that the server reads; not run against a server here).
"""

from pathlib import Path

Path("models/batching.config").write_text(
    "max_batch_size { value: 32 }\n"
    "batch_timeout_micros { value: 2000 }\n"
    "max_enqueued_batches { value: 100 }\n"
    "num_batch_threads { value: 2 }\n"
)
Path("models/monitoring.config").write_text(
    "prometheus_config {\n"
    "  enable: true\n"
    '  path: "/monitoring/prometheus/metrics"\n'
    "}\n"
)
for name in ("batching.config", "monitoring.config"):
    print(f"--- models/{name}")
    print(Path("models", name).read_text(), end="")
