"""What changed between two graphs: takes two `GraphFacts` (facts.py), hands on a
`GraphDiff` (compare.py) and its text, Markdown and JSON forms (render.py)."""

from .compare import EntityChange, GraphDiff, RelationChange, compare, diff_files
from .render import article_lines, as_dict, counts_phrase, summary_line, to_markdown, to_text

__all__ = ["EntityChange", "GraphDiff", "RelationChange", "article_lines", "as_dict", "compare", "counts_phrase",
           "diff_files", "summary_line", "to_markdown", "to_text"]
