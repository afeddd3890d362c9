"""The build manifest and per-article extraction cache that make re-runs cheap.

``OUTDIR/manifest.json`` records, for every article file, its content hash,
the extractor version that read it, its article id and its status (or the
reason it failed). ``OUTDIR/.policygraph/<id>.json`` keeps each article's
extraction, so an unchanged article is never parsed again. A change of the
rules or the ontology changes the extractor version and re-extracts all.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .records import Article, Entity, Extraction, Relation, Sentence

MANIFEST = "manifest.json"
CACHE_DIR = ".policygraph"
FORMAT = 1


@dataclass
class Entry:
    """What the manifest knows of one article file."""

    id: str
    hash: str
    extractor_version: str
    status: str = "ok"  # "ok" | "failed"
    error: str = ""


@dataclass
class Manifest:
    extractor_version: str = ""
    articles: dict[str, Entry] = field(default_factory=dict)  # absolute path -> entry
    summary: dict = field(default_factory=dict)  # counts of the graph last written

    @classmethod
    def load(cls, outdir: Path) -> Manifest:
        """The manifest of a previous build; an unreadable one counts as none
        (everything is simply extracted again)."""
        path = outdir / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return cls()
            return cls(data["extractor_version"], {p: Entry(**e) for p, e in data["articles"].items()},
                       dict(data.get("summary", {})))
        except (OSError, ValueError, KeyError, TypeError):
            return cls()

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "extractor_version": self.extractor_version, "summary": self.summary,
                "articles": {p: asdict(e) for p, e in sorted(self.articles.items())}}
        return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def cache_path(outdir: Path, article_id: str) -> Path:
    return outdir / CACHE_DIR / f"{article_id}.json"


def extraction_to_bytes(x: Extraction, source_hash: str) -> bytes:
    """An extraction without the article text: only what the graph needs,
    and the content hash of the text it was extracted from."""
    used = {i for e in x.entities for i in e.sentences} | {i for r in x.relations for i in r.sentences}
    data = {
        "format": FORMAT,
        "source_hash": source_hash,
        "article": {k: v for k, v in asdict(x.article).items() if k not in {"text", "blocks"}},
        "sentences": [asdict(s) for s in x.sentences if s.index in used],
        "entities": [asdict(e) for e in x.entities],
        "relations": [asdict(r) for r in x.relations],
        "meta": x.meta,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def load_extraction(path: Path, *, source_hash: str, extractor_version: str) -> Extraction | None:
    """A cached extraction, or None if it is missing, unreadable, or not the
    extraction of that text by that extractor (a build killed between writing
    the manifest and the cache must not serve an old text's graph)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("source_hash") != source_hash:
            return None
        if data.get("meta", {}).get("extractor_version") != extractor_version:
            return None
        article = Article(text="", blocks=(), **data["article"])
        return Extraction(
            article=article,
            sentences=tuple(Sentence(**s) for s in data["sentences"]),
            entities=tuple(Entity(**{**e, "aliases": tuple(e["aliases"]), "sentences": tuple(e["sentences"]),
                                           "sources": tuple(e.get("sources", ()))})
                           for e in data["entities"]),
            relations=tuple(Relation(**{**r, "sentences": tuple(r["sentences"])}) for r in data["relations"]),
            meta=dict(data.get("meta", {})),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
