import pathlib
import socket
import tempfile
import threading

import tensorflow as tf

# The training process starts a profiler server on a free port...
with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
tf.profiler.experimental.server.start(port)


@tf.function
def train_step(x):
    return tf.reduce_sum(tf.linalg.matmul(x, x))


batch = tf.ones((200, 200))
train_step(batch)  # trace before profiling
stop = threading.Event()
steps = []


def train():
    while not stop.is_set():
        train_step(batch)
        steps.append(1)


trainer = threading.Thread(target=train)
trainer.start()
# ... and a client (here in the same process) asks it for 300 ms of trace.
logdir = tempfile.mkdtemp()
tf.profiler.experimental.client.trace(
    f"grpc://localhost:{port}", logdir, duration_ms=300
)
stop.set()
trainer.join()
files = list(pathlib.Path(logdir).rglob("*.xplane.pb"))
print("profiles captured:", len(files))
print("training went on meanwhile:", len(steps) > 0)
