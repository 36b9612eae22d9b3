"""Unit tests for the tfguide helper package (the installed one, not the source
tree).
"""

import platform
import subprocess
import zipfile

import pytest
import readerenv
import tensorflow as tf

from tfguide import devices, versions


def test_tested_versions_reports_the_installed_packages():
    found = versions.tested_versions()
    assert set(found) == {"tensorflow", "keras", "numpy", "python"}
    assert found["tensorflow"] == tf.__version__
    assert found["python"] == platform.python_version()
    assert all(isinstance(v, str) and v[0].isdigit() for v in found.values())


def test_tested_versions_takes_other_packages():
    assert set(versions.tested_versions(("pytest",))) == {"pytest", "python"}


def test_tested_versions_names_a_missing_package():
    with pytest.raises(
        LookupError, match=r"'no-such-dist' is not installed.*pip install"
    ):
        versions.tested_versions(("no-such-dist",))


@pytest.mark.parametrize("bad", ["tensorflow", ("tensorflow", 3)])
def test_tested_versions_rejects_a_string_or_non_strings(bad):
    with pytest.raises(TypeError, match="tuple of distribution names"):
        versions.tested_versions(bad)


@pytest.mark.parametrize(
    ("seen", "chosen"),
    [({"GPU", "CPU"}, "/GPU:0"), ({"CPU"}, "/CPU:0")],
    ids=["with-gpu", "cpu-only"],
)
def test_pick_device_takes_a_gpu_it_sees_and_falls_back_to_the_cpu(
    monkeypatch, seen, chosen
):
    def listed(kind):
        return [f"/device:{kind}:0"] if kind in seen else []

    monkeypatch.setattr(tf.config, "list_logical_devices", listed)
    assert devices.pick_device() == chosen
    assert devices.pick_device("tpu") == "/CPU:0"
    assert devices.pick_device("cpu") == "/CPU:0"


def test_pick_device_returns_a_usable_device_name():
    with tf.device(devices.pick_device()):
        value = tf.ones((2, 2)) @ tf.ones((2, 2))
    assert value.shape == (2, 2)
    assert value.dtype == tf.float32
    assert devices.same_device(value.device, devices.pick_device())


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        (0, TypeError, "must be a string"),
        ("NPU", ValueError, "one of GPU, CPU, TPU"),
    ],
)
def test_pick_device_rejects_unknown_kinds(bad, error, message):
    with pytest.raises(error, match=message):
        devices.pick_device(bad)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("/job:localhost/replica:0/task:0/device:CPU:0", "/CPU:0", True),
        ("/cpu:0", "/CPU", True),
        ("/GPU:1", "/GPU:0", False),
        ("/CPU:0", "/GPU:0", False),
        ("/job:worker/task:1/device:GPU:0", "/GPU:0", False),
        (
            "/job:worker/replica:0/task:1/device:GPU:0",
            "/job:worker/task:1/GPU:0",
            True,
        ),
        ("/job:localhost/replica:1/task:0/device:CPU:0", "/CPU:0", False),
    ],
)
def test_same_device_compares_job_task_kind_and_index(first, second, same):
    assert devices.same_device(first, second) is same


@pytest.mark.parametrize(
    ("first", "second", "error", "message"),
    [
        (b"/CPU:0", "/CPU:0", TypeError, "must be strings"),
        ("banana", "/CPU:0", ValueError, "'banana' is not a device name"),
        ("", "/CPU:0", ValueError, "names no device kind"),
    ],
)
def test_same_device_rejects_bad_names(first, second, error, message):
    with pytest.raises(error, match=message):
        devices.same_device(first, second)


# ---------------------------------------------------------------------------
# the distribution
def test_the_wheel_holds_the_data_and_its_licence():
    with zipfile.ZipFile(readerenv.wheel_path()) as wheel:
        names = set(wheel.namelist())
    assert {"tfguide/data/digits.csv.gz", "tfguide/data/README.md"} <= names
    version = readerenv.wheel_metadata()["version"]
    assert f"tfguide-{version}.dist-info/licenses/LICENSE" in names
    assert not [
        n
        for n in names
        if n.startswith(("tests/", "tools/", "snippets/", "docs/"))
    ]


def test_the_installed_wheel_works_from_outside_the_repository():
    """As a reader would check it: the package, from the root folder, with its
    data.
    """
    major, minor = readerenv.wheel_metadata()["version"].split(".")[:2]
    setup = f'python -m pip install "tfguide=={major}.{minor}.*"'
    bin_dir = readerenv.environment(setup)
    code = "from tfguide.data import load_digits; print(load_digits()[0].shape)"
    result = subprocess.run(
        [bin_dir / "python", "-c", code],
        cwd="/",
        env=readerenv.pip_environment(bin_dir),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "(1797, 8, 8, 1)\n"
