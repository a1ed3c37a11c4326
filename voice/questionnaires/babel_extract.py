"""Babel extraction for questionnaire files, so their words reach messages.pot.

babel.cfg maps ``voice/questionnaires/*.yaml`` here. Every string under a key that
holds words people read is a message id; codes, slugs and file names are not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

# Keys whose values (a string, or a list of strings) are words people read.
WORDS = frozenset({
    "text", "hint", "title", "intro", "short_label", "check_label", "required_message",
    "tagline", "heading", "lead", "paragraphs", "bullets", "inset", "lines", "alt",
})


def _strings(node: yaml.Node, under_words: bool) -> Iterator[tuple[int, str]]:
    if isinstance(node, yaml.ScalarNode):
        if under_words and node.tag.endswith(":str") and node.value:
            yield node.start_mark.line + 1, node.value
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _strings(item, under_words)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _strings(value, isinstance(key, yaml.ScalarNode) and key.value in WORDS)


def extract(fileobj: Any, keywords: Any, comment_tags: Any, options: Any) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel's extraction interface: (line number, function name, message, comments)."""
    node = yaml.compose(fileobj.read().decode(options.get("encoding", "utf-8")))
    if node is None:
        return
    for line, text in _strings(node, under_words=False):
        yield line, "gettext", text, []
