"""Which names a snippet takes from the blocks before it, and the header that
says so.

A snippet runs alone (``python snippets/<chapter>/<file>.py``) after its page's
Setup line, unless it uses names that an earlier block of the page defined. Such
a snippet says so in its first lines, one comment that may go on over several
lines::

    # Continues snippets/eager/variables.py (v),
    # snippets/eager/tensor_basics.py (x).

``python tools/continues.py`` writes or updates those headers from the pages
(the block that last defined each name before the snippet's place on its page),
wrapped at 80 columns, leaving alone a header that already names everything (a
hand-written one may say more, such as the files the snippet reads: "needs
model and the folder models/1/"); ``tests/test_snippets.py`` fails when a
snippet needs a name that its header does not name.

The names are found scope by scope: a function's arguments and locals, and a
comprehension's variables, are not the module's; a name the module reads
before it binds it is needed; a function may read a module name bound after
it (it runs later), but not one bound nowhere.
"""

from __future__ import annotations

import ast
import builtins
import re
import textwrap

from pages import chapter_pages, load_page
from project import Project

HEADER = re.compile(
    r"^# Continues (?P<rest>.*?)(?=^[^#]|\Z)", re.MULTILINE | re.DOTALL
)
WIDTH = 80  # a code block on the site shows 80 columns
_BUILTINS = set(dir(builtins)) | {"__file__", "__name__", "__doc__"}
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_SCOPES = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Lambda,
    ast.ClassDef,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


def _targets(node: ast.AST) -> set[str]:
    """The names a statement or expression binds in its own scope (nested
    scopes left out, their names bound where they are defined).
    """
    names: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, ast.Name) and isinstance(
            current.ctx, (ast.Store, ast.Del)
        ):
            names.add(current.id)
        elif isinstance(
            current, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        ):
            names.add(current.name)
            continue
        elif isinstance(current, (ast.Import, ast.ImportFrom)):
            names.update(
                (alias.asname or alias.name).split(".")[0]
                for alias in current.names
            )
        elif (
            isinstance(current, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar))
            and current.name
        ):
            names.add(current.name)
        elif isinstance(current, ast.NamedExpr):
            names.add(current.target.id)
        if isinstance(current, _SCOPES) and current is not node:
            continue
        stack.extend(ast.iter_child_nodes(current))
    return names


def bound_names(tree: ast.AST) -> set[str]:
    """The names a module binds at its top level."""
    return _targets(tree)


def _scope_parts(scope: ast.AST) -> tuple[set[str], list[ast.AST]]:
    """The names a function, lambda, class or comprehension binds itself, and
    the nodes its own code is made of.
    """
    local: set[str] = set()
    if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        arguments = scope.args
        every = [
            *arguments.posonlyargs,
            *arguments.args,
            *arguments.kwonlyargs,
            *(a for a in (arguments.vararg, arguments.kwarg) if a),
        ]
        local |= {arg.arg for arg in every}
        body = scope.body if isinstance(scope.body, list) else [scope.body]
    elif isinstance(scope, ast.ClassDef):
        body = scope.body
    else:  # a comprehension: its targets are its own
        for generator in scope.generators:
            local |= _targets(generator.target)
        body = [part for g in scope.generators for part in (g.iter, *g.ifs)]
        if isinstance(scope, ast.DictComp):
            body += [scope.key, scope.value]
        else:
            body.append(scope.elt)
    for node in body:
        local |= _targets(node)
    return local, body


def _outer_parts(scope: ast.AST) -> list[ast.AST]:
    """What runs where a scope is defined: decorators, defaults, bases."""
    parts = list(getattr(scope, "decorator_list", []))
    arguments = getattr(scope, "args", None)
    if isinstance(arguments, ast.arguments):
        parts += [*arguments.defaults, *(d for d in arguments.kw_defaults if d)]
    parts += list(getattr(scope, "bases", []))
    parts += [k.value for k in getattr(scope, "keywords", [])]
    return parts


def _reads(nodes: list[ast.AST]) -> tuple[list[str], list[ast.AST]]:
    """The names some code reads, in order, nested scopes apart; and those
    scopes.
    """
    reads, nested = [], []
    stack = list(reversed(nodes))
    while stack:
        current = stack.pop()
        if isinstance(current, _SCOPES):
            nested.append(current)
            stack.extend(reversed(_outer_parts(current)))
            continue
        if isinstance(current, ast.Name) and isinstance(current.ctx, ast.Load):
            reads.append(current.id)
        stack.extend(reversed(list(ast.iter_child_nodes(current))))
    return reads, nested


def _scope_reads(
    scope: ast.AST, enclosing: frozenset = frozenset(), later=None
) -> list[str]:
    """What a scope, and the scopes inside it, read from the module. With
    ``later`` (a list), the functions inside a scope that runs now are put
    there, with the names they see, instead of read.
    """
    local, body = _scope_parts(scope)
    reads, nested = _reads(body)
    found = [name for name in reads if name not in local | enclosing]
    for inner in nested:
        # a class's names are not seen by the functions inside it
        seen = enclosing if isinstance(scope, ast.ClassDef) else local
        if later is not None and isinstance(inner, _FUNCTIONS):
            later.append((inner, frozenset(enclosing | seen)))
        else:
            found += _scope_reads(inner, frozenset(enclosing | seen), later)
    return found


class _Module:
    """Walks a module's statements in the order they run."""

    def __init__(self) -> None:
        self.bound: set[str] = set()
        self.needed: list[str] = []
        # functions and lambdas, with the names they see: they run later
        self.later: list[tuple[ast.AST, frozenset]] = []

    def read(self, nodes: list[ast.AST]) -> None:
        reads, nested = _reads(nodes)
        self.needed += [name for name in reads if name not in self.bound]
        for scope in nested:
            if isinstance(scope, _FUNCTIONS):
                self.later.append((scope, frozenset()))
            else:  # a comprehension or class body runs now
                self.needed += [
                    name
                    for name in _scope_reads(scope, later=self.later)
                    if name not in self.bound
                ]

    def bind(self, node: ast.AST | None) -> None:
        if node is not None:
            # a target's subscripts and attributes read names
            self.read([node])
            self.bound |= _targets(node)

    def statements(self, body: list[ast.stmt]) -> None:
        for statement in body:
            self.statement(statement)

    def statement(self, node: ast.stmt) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.read(_outer_parts(node))
            self.later.append((node, frozenset()))
            self.bound.add(node.name)
        elif isinstance(node, ast.ClassDef):
            self.read([node])
            self.bound.add(node.name)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            self.read([node.iter])
            self.bind(node.target)
            self.statements(node.body + node.orelse)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                self.read([item.context_expr])
                self.bind(item.optional_vars)
            self.statements(node.body)
        elif isinstance(node, (ast.If, ast.While)):
            self.read([node.test])
            self.bound |= _targets(node.test)  # := in the test
            self.statements(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            self.statements(node.body)
            for handler in node.handlers:
                if handler.type is not None:
                    self.read([handler.type])
                if handler.name:
                    self.bound.add(handler.name)
                self.statements(handler.body)
            self.statements(node.orelse + node.finalbody)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            if isinstance(node, ast.AugAssign):
                self.read([node.target])
            if node.value is not None:
                self.read([node.value])
            targets = node.targets if isinstance(node, ast.Assign) else []
            for target in targets or [node.target]:
                self.bind(target)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            self.bound |= _targets(node)
        else:
            self.read([node])
            self.bound |= _targets(node)


def needed_names(source: str) -> list[str]:
    """Names the code reads but has not bound, builtins left out, in order of
    use: the module's own statements read what was bound before them; a
    function, what the module binds anywhere.
    """
    module = _Module()
    module.statements(ast.parse(source).body)
    for scope, seen in module.later:
        module.needed += [
            name
            for name in _scope_reads(scope, seen)
            if name not in module.bound
        ]
    return list(dict.fromkeys(n for n in module.needed if n not in _BUILTINS))


def header_names(source: str) -> set[str]:
    """The names a snippet's ``# Continues ...`` header mentions: its words,
    less the paths and file names (``data.csv`` does not name ``data``).
    """
    match = HEADER.match(source)
    if not match:
        return set()
    words = match["rest"].replace("#", " ").split()
    names = set()
    for word in words:
        word = word.strip(".,;:()[]'\"`")
        if "/" in word or "." in word:
            continue
        names |= set(re.findall(r"^[A-Za-z_]\w*$", word))
    return names


def sources(project: Project) -> dict:
    """For each snippet shown on a page: each needed name and the file that
    defined it last before it.
    """
    found: dict = {}
    for page_path in chapter_pages(project):
        page = load_page(project, page_path)
        defined: dict[str, str] = {}
        for block in page.program:
            snippet = next((f for f in block.files if f.suffix == ".py"), None)
            if snippet is not None:
                needs = needed_names(snippet.read_text(encoding="utf-8"))
                found[snippet] = {
                    name: defined.get(name, "?") for name in needs
                }
            origin = project.rel(snippet or page_path)
            for name in bound_names(ast.parse(block.code)):
                defined[name] = origin
    return found


def header(needs: dict[str, str]) -> str:
    """The header, wrapped at WIDTH columns in continued comment lines."""
    by_file: dict[str, list[str]] = {}
    for name, origin in needs.items():
        by_file.setdefault(origin, []).append(name)
    parts = [
        f"{origin} ({', '.join(names)})" for origin, names in by_file.items()
    ]
    text = f"Continues {', '.join(parts)}."
    lines = textwrap.wrap(
        text, WIDTH - 2, break_long_words=False, break_on_hyphens=False
    )
    return "".join(f"# {line}\n" for line in lines)


def main() -> None:
    project = Project.here()
    for snippet, needs in sources(project).items():
        text = snippet.read_text(encoding="utf-8")
        if set(needs) <= header_names(text):
            # nothing needed, or a header (perhaps by hand) names it all
            continue
        stripped = HEADER.sub("", text, count=1) if HEADER.match(text) else text
        snippet.write_text(header(needs) + stripped, encoding="utf-8")
        print(f"{project.rel(snippet)}: {', '.join(needs)}")


if __name__ == "__main__":
    main()
