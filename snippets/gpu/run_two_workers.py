import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# the worker script above, saved in this folder
WORKER = Path("multi_worker.py").resolve()
if not WORKER.exists():
    raise FileNotFoundError(f"save the worker script above as {WORKER} first")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))  # port 0: the system picks a free one
        return probe.getsockname()[1]


cluster = {"worker": [f"127.0.0.1:{free_port()}", f"127.0.0.1:{free_port()}"]}
# the workers' working folder: anything they write lands here
workdir = tempfile.mkdtemp()
processes = []
for index in range(2):
    tf_config = {"cluster": cluster, "task": {"type": "worker", "index": index}}
    processes.append(
        subprocess.Popen(
            [sys.executable, str(WORKER)],
            env={
                **os.environ,
                "TF_CONFIG": json.dumps(tf_config),
                # no GPU: two workers must not share one
                "CUDA_VISIBLE_DEVICES": "",
            },
            cwd=workdir,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    )
deadline = time.monotonic() + 120  # for both workers together
try:
    outputs = [
        p.communicate(timeout=max(deadline - time.monotonic(), 0))
        for p in processes
    ]
except subprocess.TimeoutExpired:
    for process in processes:
        # a worker left waiting for the other would otherwise never end
        process.kill()
        process.communicate()
    raise

results = []
for index, (process, (stdout, stderr)) in enumerate(zip(processes, outputs)):
    print(f"worker {index} exit code {process.returncode}")
    if process.returncode:
        print(stderr[-2000:])
    else:
        results.append(json.loads(stdout.strip().splitlines()[-1]))
for result in results:
    print(
        f"task {result['task']}: replicas in sync {result['replicas']}, "
        f"{result['per_worker_batch']} of {result['images_per_step']} "
        "images per step"
    )
if len(results) == 2:
    first, second = results
    print(
        "different images on the two workers:",
        first["first_labels"] != second["first_labels"],
    )
    print(
        "identical weights after training:",
        first["weights_sha256"] == second["weights_sha256"],
    )
    print(
        f"final epoch loss {first['final_loss']:.2f}, "
        f"below 0.5: {first['final_loss'] < 0.5}"
    )
    print("model.fit on each worker:", first["fit"], "|", second["fit"])
print("files the workers wrote:", sorted(os.listdir(workdir)))
