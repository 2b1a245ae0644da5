#!/usr/bin/env python3
"""Prints how ReluCore's folders depend on each other, and checks the order.

A folder depends on another when one of its files names a type (or another
top-level declaration) that the other declares. Names in comments and in the
text of string literals do not count; names inside `\\( )` do. A member added
by an extension in one folder and called in another without naming its type
is not seen: the check is by names, not a type checker.

Prints every edge with the files and names behind it, then the cycles and the
edges that go up the order below. Exits 1 when there is a cycle, an edge up the
order, or a folder missing from it. An edge in ALLOWED is printed as allowed,
with its reason, and does not fail the check: list nothing there silently.

Usage: Scripts/folder-deps.py [--dot]   (--dot prints the graph for Graphviz)
"""

import re
import sys
from collections import defaultdict
from pathlib import Path

# The intended order, lowest first. A folder may use folders on its own line
# or lower; an edge to a higher line goes up the order. "." is the files at
# ReluCore's top (Version.swift).
ORDER = [
    [".", "Platform"],
    ["Text"],
    ["Math"],
    ["Files"],
    ["Tensor"],
    ["Layers"],
    ["Decay"],
    ["Network"],
    ["Plot"],
    ["Lexer"],
    ["Lessons"],
    ["Vocabulary"],
    ["Language"],
    ["Scene"],
    ["Interpreter"],
    ["Report"],
    ["Player"],
]

# Edges up the order tolerated for now, each with its reason. Printed every run.
ALLOWED: dict = {}

ROOT = Path(__file__).resolve().parent.parent / "Sources" / "ReluCore"

DECLARATION = re.compile(
    r"^(?:@\w+(?:\([^)]*\))?\s+)*"
    r"(?:(?:package|public|internal|fileprivate|private|final|indirect|nonisolated)\s+)*"
    r"(?:struct|enum|class|protocol|actor|typealias|func|let|var)\s+`?([A-Za-z_]\w*)"
)
IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
STRING_START = re.compile(r'(#*)("""|")')


def code_only(text):
    """The text without comments and without the literal parts of strings."""
    out = []
    i, n = 0, len(text)
    # Each entry: the string's closing delimiter, or None inside `\( )`,
    # with the parenthesis depth there.
    stack = []
    depth = 0
    while i < n:
        in_string = stack and stack[-1][0] is not None
        if in_string:
            close, raw_hashes = stack[-1]
            if text.startswith(close, i):
                stack.pop()
                i += len(close)
                out.append(" ")
            elif text.startswith("\\" + "#" * raw_hashes + "(", i):
                stack.append((None, depth))
                depth = 0
                i += 2 + raw_hashes
                out.append(" ")
            elif text[i] == "\\" and raw_hashes == 0:
                i += 2
            else:
                out.append("\n" if text[i] == "\n" else " ")
                i += 1
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if text.startswith("/*", i):
            level, i = 1, i + 2
            while i < n and level:
                if text.startswith("/*", i):
                    level, i = level + 1, i + 2
                elif text.startswith("*/", i):
                    level, i = level - 1, i + 2
                else:
                    i += 1
            continue
        match = STRING_START.match(text, i)
        if match:
            hashes, quote = match.group(1), match.group(2)
            stack.append((quote + hashes, len(hashes)))
            i = match.end()
            out.append(" ")
            continue
        char = text[i]
        if stack and stack[-1][0] is None:
            if char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    _, depth = stack.pop()
                    i += 1
                    out.append(" ")
                    continue
                depth -= 1
        out.append(char)
        i += 1
    if stack:
        raise ValueError("a string or interpolation is not closed")
    return "".join(out)


def folder_of(path):
    parts = path.relative_to(ROOT).parts
    return "." if len(parts) == 1 else parts[0]


def main():
    files = sorted(ROOT.rglob("*.swift"))
    code = {}
    for path in files:
        try:
            code[path] = code_only(path.read_text(encoding="utf-8"))
        except ValueError as problem:
            print(f"error: {path}: {problem}; cannot read its names")
            return 1

    declared = defaultdict(set)  # name -> folders declaring it at top level
    for path, text in code.items():
        for line in text.splitlines():
            match = DECLARATION.match(line)
            if match:
                declared[match.group(1)].add(folder_of(path))

    # (from, to) -> {file: names}
    edges = defaultdict(lambda: defaultdict(set))
    for path, text in code.items():
        here = folder_of(path)
        for name in set(IDENTIFIER.findall(text)):
            for there in declared.get(name, ()):
                if there != here:
                    edges[(here, there)][path.name].add(name)

    if "--dot" in sys.argv[1:]:
        print("digraph ReluCore {")
        for source, target in sorted(edges):
            print(f'  "{source}" -> "{target}";')
        print("}")
        return 0

    level = {folder: rank for rank, line in enumerate(ORDER) for folder in line}
    folders = sorted({folder_of(path) for path in files})
    failed = False

    print("ReluCore's folders, lowest first, and what each uses:")
    for folder in sorted(folders, key=lambda f: (level.get(f, len(ORDER)), f)):
        uses = sorted(
            (target for source, target in edges if source == folder),
            key=lambda f: (level.get(f, len(ORDER)), f),
        )
        print(f"  {folder}: {', '.join(uses) if uses else '(nothing)'}")

    missing = [folder for folder in folders if folder not in level]
    for folder in missing:
        print(f"error: folder {folder} is not in ORDER at the top of {Path(__file__).name}")
        failed = True

    up = [
        edge
        for edge in sorted(edges)
        if edge[0] in level and edge[1] in level and level[edge[1]] > level[edge[0]]
    ]
    for edge in up:
        source, target = edge
        detail = "; ".join(
            f"{file} ({', '.join(sorted(names))})" for file, names in sorted(edges[edge].items())
        )
        if edge in ALLOWED:
            print(f"allowed (ALLOWED list): {source} -> {target}: {ALLOWED[edge]}: {detail}")
        else:
            print(f"error: {source} -> {target} goes up the order: {detail}")
            failed = True
    for edge in ALLOWED:
        if edge not in up:
            print(f"note: ALLOWED lists {edge[0]} -> {edge[1]}, which no longer occurs: remove it")

    # Cycles: strongly connected components of the graph without the allowed edges.
    graph = defaultdict(set)
    for source, target in edges:
        if (source, target) not in ALLOWED:
            graph[source].add(target)
    for component in strongly_connected(folders, graph):
        if len(component) > 1:
            print(f"error: cycle among {', '.join(sorted(component))}")
            for source in sorted(component):
                for target in sorted(graph[source] & component):
                    files = ", ".join(sorted(edges[(source, target)]))
                    print(f"  {source} -> {target}: {files}")
            failed = True

    print("folder order: " + ("broken" if failed else "holds"))
    return 1 if failed else 0


def strongly_connected(nodes, graph):
    """Tarjan's algorithm: the graph's strongly connected components."""
    index, low, on_stack, stack, components = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for next_node in sorted(graph[node]):
            if next_node not in index:
                visit(next_node)
                low[node] = min(low[node], low[next_node])
            elif next_node in on_stack:
                low[node] = min(low[node], index[next_node])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            components.append(component)

    for node in nodes:
        if node not in index:
            visit(node)
    return components


if __name__ == "__main__":
    sys.exit(main())
