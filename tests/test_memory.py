"""Memory on long input (issue 9, item 9): the parser sees bounded runs of
text, an article's parsed docs are slim while they wait for its end, and the
graph of a long article is never held as Python objects.

The full figures (a 2,000,000-character line, a 5 MB article, both built
below 1 GB) are `benchmarks/bench_memory.py`'s; these tests check the causes
on inputs small enough for every run.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import policygraph.extract as extract_module
from policygraph.export import graph_files
from policygraph.extract import extract
from policygraph.ingest import parse_article
from policygraph.ontology import load_ontology
from policygraph.rdf import build_store
from policygraph.records import Article, Entity, Extraction, Relation, Sentence

SENTENCES = ["The city council rates jaywalking.", "Residents questioned the points system after a public hearing.",
             "The credit bureau blacklisted debtors without much debate.", "Critics defended the appeal procedure."]


def one_line(chars: int) -> str:
    """One paragraph of `chars` characters: no newline anywhere."""
    text, n = [], 0
    while n < chars:
        text.append(SENTENCES[len(text) % len(SENTENCES)])
        n += len(text[-1]) + 1
    return " ".join(text)[:chars]


def test_a_long_line_reaches_the_parser_in_runs_of_at_most_50000_characters(nlp, monkeypatch):
    """tok2vec's working memory is about 15 KB a token of its batch: a batch
    of twenty 100,000-character segments of one line took 5 GB."""
    tok2vec = nlp.get_pipe("tok2vec")
    predict = tok2vec.predict
    batches: list[int] = []

    def counting(docs):
        batches.append(sum(len(doc.text) for doc in docs))
        return predict(docs)

    monkeypatch.setattr(tok2vec, "predict", counting)
    text = "Long\n\n" + one_line(60_000) + "\n"
    x = extract(parse_article(text.encode(), path=Path("long.txt")), nlp)
    assert sum(batches) >= 60_000  # the spy saw the whole text
    assert max(batches) <= 50_000, batches
    assert x.sentences[-1].end > 59_000  # and the whole line was read
    assert all(s.text == s.text.strip() for s in x.sentences)  # a cut leaves no space before a sentence


def test_the_docs_an_article_holds_carry_no_tensor(nlp, monkeypatch):
    """An article's docs are all held until its end: tok2vec's output (96
    floats a token) was over half of what they weighed (1.4 GB for 5 MB)."""
    held: list[int] = []

    class Spy(extract_module._ArticleExtractor):
        def __init__(self, article, segments, docs, lexicon):
            held.append(sum(doc.tensor.size for doc in docs))
            super().__init__(article, segments, docs, lexicon)

    monkeypatch.setattr(extract_module, "_ArticleExtractor", Spy)
    extract(parse_article(("Short\n\n" + " ".join(SENTENCES) + "\n").encode(), path=Path("short.txt")), nlp)
    assert held == [0]


def _long_extraction(n: int) -> Extraction:
    """An article of `n` sentences, every one of them evidence."""
    sentences = tuple(Sentence(i, i * 60, i * 60 + 50, f"Sentence {i}: the council rates littering.", "")
                      for i in range(n))
    entities = (Entity("city-council", "Actor", "Actor", "city council", (), tuple(range(n))),
                Entity("littering", "Behaviour", "Behaviour", "littering", (), tuple(range(0, n, 2))))
    relations = (Relation("city-council", "evaluates", "littering", tuple(range(0, n, 3))),)
    return Extraction(Article("long", "long.txt", "Long", "", "0" * 64, "", ()), sentences, entities, relations)


def test_the_graph_of_a_long_article_is_not_held_as_python_objects():
    """The store is compact (Oxigraph); building it through one rdflib graph
    per article, and sorting every statement as Python objects to write
    graph.ttl and graph.trig, held about 1 KB a statement."""
    x = _long_extraction(5_000)
    load_ontology()  # parsed once a process, whatever the articles
    tracemalloc.start()
    try:
        store = build_store([x], with_ontology=False)
        peaks = [tracemalloc.get_traced_memory()[1]]
        for render in graph_files(store, Path("unused")).values():
            tracemalloc.reset_peak()
            size = len(render())
            peaks.append(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()
    assert len(store) > 30_000 and size > 500_000
    per_statement = [round(peak / len(store)) for peak in peaks]
    assert max(per_statement) < 400, f"bytes a statement (store, graph.ttl, graph.trig): {per_statement}"
