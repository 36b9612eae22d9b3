"""What another CPU may record (tools/cpu_outputs.py): numbers only."""

import cpu_outputs


def test_numbers_may_differ_in_digits_sign_exponent_and_padding():
    assert cpu_outputs.numbers_only("epoch  9: loss 0.5", "epoch 10: loss -0.5")
    assert cpu_outputs.numbers_only("lr 1e-05", "lr 1.2e-05")
    assert cpu_outputs.numbers_only("19 epochs", "18 epochs")
    assert cpu_outputs.numbers_only("[1.  0.5]", "[1.2 0.5]")


def test_anything_else_is_a_change_of_the_page():
    assert not cpu_outputs.numbers_only("accuracy 0.98", "acc 0.98")
    assert not cpu_outputs.numbers_only("1\n", "1\nWARNING: slow\n")
    assert not cpu_outputs.numbers_only("float32", "float16")
    assert not cpu_outputs.numbers_only("dense_1", "dense_2")
    assert not cpu_outputs.numbers_only("1\n2", "1 2")


def test_figure_data_may_differ_in_numbers_and_series_lengths():
    shown = {"title": "loss", "lines": [{"label": "val", "y": [1.0, 0.5]}]}
    drawn = {"title": "loss", "lines": [{"label": "val", "y": [1.1, 0.4, 0.3]}]}
    assert cpu_outputs.plots_numbers_only(shown, drawn)
    relabelled = {"title": "loss", "lines": [{"label": "train", "y": [1.0]}]}
    assert not cpu_outputs.plots_numbers_only(shown, relabelled)
    assert not cpu_outputs.plots_numbers_only(shown, {"title": "loss"})


def test_the_machine_name_can_be_set(monkeypatch):
    monkeypatch.setenv("TFGUIDE_MACHINE", "some cpu x2")
    assert cpu_outputs.machine() == "some cpu x2"
    assert cpu_outputs.slug("some cpu x2") == "some-cpu-x2"
