"""A training-step factory: the right way to compile a custom step with
``tf.function``.
"""

from __future__ import annotations

from collections.abc import Callable

import keras
import tensorflow as tf


def make_train_step(
    model: keras.Model,
    optimizer: keras.optimizers.Optimizer,
    loss_fn: Callable[[tf.Tensor, tf.Tensor], tf.Tensor],
    *,
    metrics: tuple[keras.metrics.Metric, ...] = (),
    clip_norm: float | None = None,
    jit_compile: bool = False,
) -> Callable[[tf.Tensor, tf.Tensor], tf.Tensor]:
    """Return a compiled function that runs one training step on a batch.

    The step is the one ``docs/custom_training.md`` writes out by hand: a
    forward pass under ``tf.GradientTape``, the mean loss plus the model's own
    losses (``model.losses``: weight regularizers and ``add_loss`` terms),
    optional clipping to a global norm, and ``optimizer.apply_gradients``. The
    model, optimizer and loss are captured by the closure, not passed as
    arguments: a ``tf.function`` traces once per new Python object it receives.
    The optimizer is built here, before the first trace, so that its variables
    are not created while tracing.

    What it leaves out, so use a step of your own when you need it: no
    ``sample_weight``; no ``tf.distribute`` (it reduces with a plain mean, not
    ``tf.nn.compute_average_loss``, and is not run with ``strategy.run``); no
    loss scaling for float16 mixed precision; no ``input_signature``, so a batch
    of a new shape (a smaller last batch) traces it again. It also uses
    ``autograph=False``: the step's own body has no tensor-dependent Python
    branches. A layer whose ``call`` has a Python ``if`` or ``for`` on a tensor
    fails to trace here, but it would with AutoGraph on too, because Keras 3
    does not convert ``call``; write such a layer with ``keras.ops.cond`` or
    ``tf.cond``.

    Args:
        model: the Keras model to train; it must already be built.
        optimizer: a Keras optimizer.
        loss_fn: called as ``loss_fn(labels, predictions)``, returning a
            scalar or per-example loss.
        metrics: Keras metrics updated as
            ``metric.update_state(labels, predictions)``.
        clip_norm: if given, clip the gradients to this global norm.
        jit_compile: compile the step with XLA.

    Returns:
        ``step(images, labels)``, which updates the weights and returns the loss
        it
        minimised: the mean of ``loss_fn`` plus the sum of ``model.losses``.

    Raises:
        TypeError: if an argument is of the wrong kind.
        ValueError: if the model has no weights yet, or ``clip_norm`` is not
            positive.
    """
    if not isinstance(model, keras.Model):
        raise TypeError(
            f"model must be a keras.Model, got {type(model).__name__}"
        )
    if not isinstance(optimizer, keras.optimizers.Optimizer):
        raise TypeError(
            "optimizer must be a keras optimizer, got "
            f"{type(optimizer).__name__}"
        )
    if not callable(loss_fn):
        raise TypeError(
            f"loss_fn must be callable, got {type(loss_fn).__name__}"
        )
    if not model.trainable_variables:
        raise ValueError(
            "the model has no trainable weights yet; build it (keras.Input) "
            "first"
        )
    if clip_norm is not None and not clip_norm > 0:
        raise ValueError(f"clip_norm must be positive, got {clip_norm}")
    for metric in metrics:
        if not isinstance(metric, keras.metrics.Metric):
            raise TypeError(
                "metrics must be keras.metrics.Metric objects, got "
                f"{type(metric).__name__}"
            )

    if not optimizer.built:
        # Create the optimizer's slot variables now: variables created during
        # the first trace force TensorFlow to trace the step a second time.
        optimizer.build(model.trainable_variables)

    # No AutoGraph: the only branches depend on Python values, fixed when the
    # step is made.
    @tf.function(jit_compile=jit_compile, autograph=False)
    def step(images: tf.Tensor, labels: tf.Tensor) -> tf.Tensor:
        with tf.GradientTape() as tape:
            predictions = model(images, training=True)
            loss = tf.reduce_mean(loss_fn(labels, predictions))
            if model.losses:
                loss += tf.add_n(model.losses)
        grads = tape.gradient(loss, model.trainable_variables)
        if clip_norm is not None:
            grads, _ = tf.clip_by_global_norm(grads, clip_norm)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        for metric in metrics:
            metric.update_state(labels, predictions)
        return loss

    return step
