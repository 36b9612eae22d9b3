# Runs tf1_program.py (the separate script above), which must be in the working folder.
import subprocess
import sys

result = subprocess.run([sys.executable, "tf1_program.py"], capture_output=True, text=True, timeout=300)
print("exit code:", result.returncode)
print(result.stdout, end="")
if result.returncode:
    print(result.stderr[-3000:])  # TensorFlow's log and the traceback
