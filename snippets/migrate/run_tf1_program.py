# Runs tf1_program.py (the separate script above), which must be in the working
# folder.
import subprocess
import sys

result = subprocess.run(
    [sys.executable, "tf1_program.py"],
    check=False,
    capture_output=True,
    text=True,
    timeout=300,
)
print(result.stdout, end="")
if result.returncode:  # show TensorFlow's log and the traceback, and stop here
    raise RuntimeError(f"tf1_program.py failed:\n{result.stderr[-3000:]}")
