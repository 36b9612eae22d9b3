"""IPython start-up file of make notebooks' kernel: alt text for each figure.

Each figure the inline backend shows carries, in its output's metadata, an alt
text that says what it shows (chart titles, lines, axes), made from the figure
itself; docs/hooks/notebooks.py puts it on the image of the notebook's page. The
kernel starts before the notebook's first cell installs matplotlib, so the patch
is made before the first cell that runs once matplotlib is there.
"""


def _patch_inline_backend(*_):
    import importlib.util

    if importlib.util.find_spec("matplotlib") is None:
        # not installed yet: the notebook's %pip cell installs it; try again
        # before the next cell
        return
    from matplotlib_inline import backend_inline

    get_ipython().events.unregister("pre_run_cell", _patch_inline_backend)

    def trend(line, xname):
        xs, ys = list(line.get_xdata()), list(line.get_ydata())
        text = f"{line.get_label()} from {ys[0]:.3g} to {ys[-1]:.3g}"
        for word, index in (
            ("lowest", ys.index(min(ys))),
            ("highest", ys.index(max(ys))),
        ):
            if 0 < index < len(ys) - 1:
                text += f" ({word} {ys[index]:.3g} at {xname} {xs[index]:g})"
        return text

    def describe(figure):
        charts = []
        for axes in figure.get_axes():
            lines = [
                l for l in axes.get_lines() if not l.get_label().startswith("_")
            ]
            xname = axes.get_xlabel() or "x"
            chart = (
                f'Line chart "{axes.get_title()}"'
                if axes.get_title()
                else "Line chart"
            )
            xs = [x for line in lines for x in line.get_xdata()]
            if xs:
                chart += f" over {xname} {min(xs):g} to {max(xs):g}"
            if axes.get_yscale() == "log":
                chart += ", logarithmic y axis"
            if lines:
                chart += ": " + "; ".join(trend(line, xname) for line in lines)
            charts.append(chart + ".")
        count = {1: "One chart.", 2: "Two charts side by side."}.get(
            len(charts), f"{len(charts)} charts."
        )
        return " ".join([count, *charts])

    fetch = backend_inline._fetch_figure_metadata

    def with_alt_text(figure):
        metadata = dict(fetch(figure) or {})
        metadata["alt"] = describe(figure)
        return metadata

    backend_inline._fetch_figure_metadata = with_alt_text


get_ipython().events.register("pre_run_cell", _patch_inline_backend)
