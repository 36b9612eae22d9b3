"""The snippet-header writer (tools/continues.py): which names a snippet takes
from earlier blocks, scope by scope, and the header that says so.
"""

import continues
import pytest
import tinyrepo

project = tinyrepo.project_fixture


@pytest.mark.parametrize(
    ("source", "needed"),
    [
        ("def f(x):\n    return x\nprint(x)\n", ["x"]),  # an argument
        ("squares = [v * v for v in range(3)]\nprint(v)\n", ["v"]),
        ("print(model)\nmodel = 1\n", ["model"]),  # used before it is bound
        ("def f():\n    return later\nlater = 1\nf()\n", []),  # runs later
        ("def f():\n    return nowhere\n", ["nowhere"]),
        (
            (
                "class K(Base):\n    y = 1\n"
                "    def m(self):\n        return y, K\n"
            ),
            ["Base", "y"],
        ),  # a method does not see the class's names
        ("fs = [lambda: v for v in xs]\n", ["xs"]),
        ("for i in items:\n    total = i\nprint(total)\n", ["items"]),
        ("with open(path) as handle:\n    handle.read()\n", ["path"]),
        ("try:\n    pass\nexcept ValueError as e:\n    print(e)\n", []),
        ("if (n := len(data)) > 1:\n    print(n)\n", ["data"]),
        (
            "import numpy as np\nx: int = 1\nx += np.pi\ntable[key] = 1\n",
            ["table", "key"],
        ),
        ("print(__file__, len([]))\n", []),  # builtins
    ],
)
def test_needed_names_are_read_before_they_are_bound(source, needed):
    assert continues.needed_names(source) == needed


def test_a_header_names_words_but_not_paths_or_file_names():
    source = (
        "# Continues snippets/a/b.py (model, data_x),\n"
        "# snippets/a/c.py: needs layer and reads data.csv.\nimport os\n"
    )
    names = continues.header_names(source)
    assert {"model", "data_x", "layer"} <= names
    assert "data" not in names and "csv" not in names and "b" not in names
    assert continues.header_names("import os\n# Continues x (y).\n") == set()


def test_the_header_is_wrapped_at_80_columns_and_reads_back():
    needs = {
        f"name_{n}": f"snippets/chapter/file_number_{n % 3}.py"
        for n in range(12)
    }
    text = continues.header(needs)
    lines = text.splitlines()
    assert len(lines) > 1
    assert all(len(line) <= 80 and line.startswith("# ") for line in lines)
    assert text.startswith("# Continues snippets/chapter/file_number_0.py (")
    source = text + "import os\n"
    assert set(needs) <= continues.header_names(source)
    # the one-line form reads the same
    one_line = "# " + " ".join(line[2:] for line in lines) + "\nimport os\n"
    assert continues.header_names(one_line) == continues.header_names(source)


def test_sources_name_the_block_that_last_defined_each_name(project):
    tinyrepo.write(project, "snippets/c/a.py", "model = 1\n")
    tinyrepo.write(project, "snippets/c/b.py", "model = 2\nx = 3\n")
    tinyrepo.write(project, "snippets/c/use.py", "print(model, x, y)\n")
    tinyrepo.load(
        project,
        '```python\n--8<-- "snippets/c/a.py"\n```\n\n'
        "```python\ny = 0\n```\n\n"
        '```python\n--8<-- "snippets/c/b.py"\n```\n\n'
        '```python\n--8<-- "snippets/c/use.py"\n```\n',
    )
    found = continues.sources(project)
    use = (project.root / "snippets/c/use.py").resolve()
    assert found[use] == {
        "model": "snippets/c/b.py",
        "x": "snippets/c/b.py",
        "y": "docs/p.md",
    }
    assert found[(project.root / "snippets/c/a.py").resolve()] == {}
