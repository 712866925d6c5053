"""YAML front matter: the ``---`` block at the top of a text or Markdown article."""

from __future__ import annotations

import logging
import re

import yaml

__all__ = ["split_front_matter"]

logger = logging.getLogger(__name__)

# libyaml's safe loader when PyYAML was built with it (several times faster), else the pure one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


def split_front_matter(
    text: str, where: str = "", warnings: list[str] | None = None
) -> tuple[dict[str, object], int]:
    """Split ``text`` into its front matter fields and the offset where the body starts.

    Keys are lower-cased. Without a front matter block the fields are empty and the body starts
    at 0. A block whose YAML cannot be read is still cut off the body (its lines are metadata, not
    article text) and a warning names the file, so the article is kept without its fields.

    >>> split_front_matter("---\\ntitle: Dam opens\\npublished: 2021-06-04\\n---\\nThe dam opened.")
    ({'title': 'Dam opens', 'published': datetime.date(2021, 6, 4)}, 47)
    >>> split_front_matter("No front matter here.")
    ({}, 0)
    """
    opening = _OPEN.match(text)
    if not opening:
        return {}, 0
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        return {}, 0  # a lone "---" is a Markdown rule, not front matter
    body = closing.end()
    if text.startswith("\r\n", body):
        body += 2
    elif text.startswith("\n", body):
        body += 1
    block = text[opening.end() : closing.start()]
    try:
        fields = yaml.load(block, Loader=_LOADER) if block.strip() else {}
    except (yaml.YAMLError, RecursionError, ValueError) as err:
        problem = (
            f"front matter is not valid YAML ({' '.join(str(err).split())}); its fields are ignored"
        )
        _warn(where, problem, warnings)
        return {}, body
    if not isinstance(fields, dict):
        _warn(where, "front matter is not a set of 'key: value' fields; ignored", warnings)
        return {}, body
    return {str(key).strip().lower(): value for key, value in fields.items()}, body


def _warn(where: str, problem: str, warnings: list[str] | None) -> None:
    logger.warning("%s: %s", where, problem)
    if warnings is not None:
        warnings.append(problem)
