"""A `GraphDiff` as text (terminal), Markdown (a pull request, a report) or a JSON-ready dict.

Labels and sentences come from articles: Markdown escapes them, text prints
them on one line each (control characters shown escaped).
"""

from __future__ import annotations

import re
from dataclasses import asdict

from .compare import ArticleChange, EntityChange, GraphDiff, RelationChange

PLURAL = {"Actor": ("actor", "actors"), "Policy": ("policy", "policies"), "Behaviour": ("behaviour", "behaviours"),
          "Concern": ("concern", "concerns")}


def _record(change) -> dict:
    """A change record as JSON-ready values (tuples as lists, as they come back from JSON)."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(change).items()}


def _pair(added: int, removed: int) -> dict[str, int]:
    return {"added": added, "removed": removed}


def as_dict(diff: GraphDiff) -> dict:
    """The JSON form shared by `diff --format json` and `build --format json` (key "change")."""
    return {
        "old": diff.old,
        "new": diff.new,
        "equal": diff.equal,
        "summary": {
            "entities": {c: diff.count(c) for c in ("added", "removed", "renamed", "retyped")},
            "relations": {c: diff.count(c, relations=True) for c in ("added", "removed")},
            "articles": {"added": list(diff.articles_added), "removed": list(diff.articles_removed)},
        },
        "entities": [_record(e) for e in diff.entities],
        "relations": [_record(r) for r in diff.relations],
        "by_article": {a: {"title": c.title,
                           "relations": {p: _pair(*n) for p, n in c.relations.items()},
                           "entities": {k: _pair(*n) for k, n in c.entities.items()}}
                       for a, c in diff.by_article().items()},
        "by_relation": {p: _pair(*n) for p, n in diff.by_relation().items()},
    }


def _one_line(text: str) -> str:
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def counts_phrase(change: ArticleChange) -> str:
    """'+ 3 penalizes, + 1 issuedBy, - 2 concerns' (relations by predicate, then entities by category).

    >>> counts_phrase(ArticleChange("a", "", {"penalizes": (3, 0), "issuedBy": (1, 1)}, {"Concern": (0, 2)}))
    '+ 3 penalizes, + 1 issuedBy, - 1 issuedBy, - 2 concerns'
    """
    parts: list[str] = []
    for pred, (added, removed) in change.relations.items():
        parts += [f"+ {added} {pred}"] * bool(added) + [f"- {removed} {pred}"] * bool(removed)
    for cat, (added, removed) in change.entities.items():
        one, many = PLURAL.get(cat, (cat, cat))
        parts += [f"+ {added} {one if added == 1 else many}"] * bool(added)
        parts += [f"- {removed} {one if removed == 1 else many}"] * bool(removed)
    return ", ".join(parts) or "no change to the graph"


def summary_line(diff: GraphDiff | dict) -> str:
    """One line of counts, from a `GraphDiff` or its JSON form."""
    summary = (diff if isinstance(diff, dict) else as_dict(diff))["summary"]
    ents, rels, arts = summary["entities"], summary["relations"], summary["articles"]
    articles = ""
    if arts["added"] or arts["removed"]:
        articles = f"; articles: {len(arts['added'])} added, {len(arts['removed'])} removed"
    return (f"entities: {ents['added']} added, {ents['removed']} removed, {ents['renamed']} renamed, "
            f"{ents['retyped']} retyped; relations: {rels['added']} added, {rels['removed']} removed{articles}")


def article_lines(change: GraphDiff | dict, *, limit: int = 20) -> list[str]:
    """The build's change report: one line per article whose part of the graph changed,
    from a `GraphDiff` or its JSON form (what `BuildReport.change` holds)."""
    data = change if isinstance(change, dict) else as_dict(change)
    changes = [ArticleChange(a, v["title"], {p: (n["added"], n["removed"]) for p, n in v["relations"].items()},
                             {c: (n["added"], n["removed"]) for c, n in v["entities"].items()})
               for a, v in data.get("by_article", {}).items()]
    lines = [_one_line(f"  {c.article}: {counts_phrase(c)}") for c in changes[:limit]]
    if len(changes) > limit:
        lines.append(f"  ... and {len(changes) - limit} more article(s); 'policygraph diff' or --format json lists all")
    return lines


def _entity_text(e: EntityChange) -> str:
    cls = e.category if e.subclass == e.category else f"{e.category}/{e.subclass}"
    if e.change == "renamed":
        what = [f'was "{e.old_label}"'] if e.old_label != e.label else []
        what += [f'+ alias "{a}"' for a in e.aliases_added if a != e.label]
        what += [f'- alias "{a}"' for a in e.aliases_removed if a != e.old_label]
        return f"~ renamed   {e.label} ({'; '.join(what)})  <{e.iri}>"
    if e.change == "retyped":
        old = e.old_category if e.old_subclass == e.old_category else f"{e.old_category}/{e.old_subclass}"
        return f"~ retyped   {e.label}: {old} -> {cls}  <{e.iri}>"
    sign = "+" if e.change == "added" else "-"
    return f"{sign} {cls:<20} {e.label}  <{e.iri}>  ({', '.join(e.articles) or 'no article'})"


def _relation_text(r: RelationChange) -> list[str]:
    sign = "+" if r.change == "added" else "-"
    note = "" if r.fact else ("  (also stated by another article)" if r.change == "added"
                              else "  (still stated by another article)")
    return [f"    {sign} {r.subject_label}  {r.predicate}  {r.object_label}{note}",
            *(f'        "{s}"' for s in r.evidence)]


def to_text(diff: GraphDiff) -> str:
    """What `policygraph diff` prints: summary, entities, relations by article, counts by relation."""
    if diff.equal:
        return f"{diff.old} and {diff.new}: the graphs state the same entities and relations\n"
    lines = [f"{diff.old} -> {diff.new}", summary_line(diff)]
    if diff.entities:
        lines += ["", "entities"] + [f"  {_entity_text(e)}" for e in diff.entities]
    by_article = diff.by_article()
    if by_article:
        lines += ["", "by article"]
        for a, change in by_article.items():
            status = " (added)" if a in diff.articles_added else " (removed)" if a in diff.articles_removed else ""
            lines.append(f'  {a} "{change.title}"{status}: {counts_phrase(change)}')
            for r in diff.relations:
                if r.article == a:
                    lines += _relation_text(r)
    if diff.relations:
        lines += ["", "by relation"]
        lines += [f"  {p:<14} + {n[0]:<4} - {n[1]}" for p, n in diff.by_relation().items()]
    return "\n".join(_one_line(line) for line in lines) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", _one_line(text))


def to_markdown(diff: GraphDiff) -> str:
    """The same report as Markdown: headings, lists, a table of counts by relation."""
    out = [f"# Graph changes: `{_one_line(diff.old)}` → `{_one_line(diff.new)}`", ""]
    if diff.equal:
        return "\n".join(out + ["The graphs state the same entities and relations.", ""])
    out += [_md(summary_line(diff)), ""]
    if diff.entities:
        out += ["## Entities", ""]
        for e in diff.entities:
            if e.change == "renamed":
                extra = (f" (was {_md(e.old_label)})" if e.old_label != e.label else "") + "".join(
                    f"; \\+ alias {_md(a)}" for a in e.aliases_added) + "".join(
                    f"; − alias {_md(a)}" for a in e.aliases_removed)
                out.append(f"- **renamed** {_md(e.label)}{extra}")
            elif e.change == "retyped":
                out.append(f"- **retyped** {_md(e.label)}: {e.old_subclass} → {e.subclass}")
            else:
                out.append(f"- **{e.change}** {e.category} {_md(e.label)} ({_md(', '.join(e.articles))})")
        out.append("")
    by_article = diff.by_article()
    if by_article:
        out += ["## By article", ""]
        for a, change in by_article.items():
            out += [f"### {_md(change.title or a)} (`{a}`)", "", f"Changes: {_md(counts_phrase(change))}", ""]
            for r in diff.relations:
                if r.article == a:
                    sign = "\\+" if r.change == "added" else "−"
                    out.append(f"- {sign} {_md(r.subject_label)} *{r.predicate}* {_md(r.object_label)}")
                    out += [f"  > {_md(s)}" for s in r.evidence]
            out.append("")
    if diff.relations:
        out += ["## By relation", "", "| relation | added | removed |", "|---|---|---|"]
        out += [f"| {p} | {n[0]} | {n[1]} |" for p, n in diff.by_relation().items()]
        out.append("")
    return "\n".join(out)
