"""Time every bundled question on a synthetic graph shaped like ours.

    python benchmarks/bench_query.py                  # >= 1,000,000 triples, best of 3
    python benchmarks/bench_query.py --triples 200000 --repeat 1
    python benchmarks/bench_query.py --format json

The graph is made with pyoxigraph directly (no extraction): one named graph
per article holding the article, its evidence sentences, the entities it
mentions (typed, labelled, aliased, ``pg:mentionedIn``) and its relations
(direct triple + reified ``pg:Statement`` with evidence), plus the real
ontology graph. Entities are drawn from a shared pool with a skewed
(Zipf-like) distribution, so a few hubs appear in most articles, as the
Social Credit System does in ours. As in every store policygraph fills, the
default graph holds the deduplicated union of the article graphs, and the
questions read it. The size counted is the named-graph triples (the union
copy comes on top). Each question runs unbound and
with the example value its ``# param`` line gives; results are consumed fully.

Then one join-heavy question (penalised-behaviours) runs on a ~10,000-triple
slice of the same generator with rdflib's built-in SPARQL evaluator and with
Oxigraph, and the ratio is reported.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policygraph.ontology import ontology_path  # noqa: E402
from policygraph.query import PREFIXES, bundled_questions, execute, parse_param  # noqa: E402

PG = PREFIXES["pg"]
PGID = PREFIXES["pgid"]
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
ALT = ox.NamedNode(PREFIXES["skos"] + "altLabel")
TITLE = ox.NamedNode(PREFIXES["dcterms"] + "title")
CREATOR = ox.NamedNode(PREFIXES["dcterms"] + "creator")
DERIVED = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
XSD_INT = ox.NamedNode(PREFIXES["xsd"] + "integer")
R = {n: ox.NamedNode(PREFIXES["rdf"] + n) for n in ("subject", "predicate", "object")}


def pg(name: str) -> ox.NamedNode:
    return ox.NamedNode(PG + name)


# relation -> (subject category, object category), as DOMAIN_RANGE in namespaces.py
RELATIONS = {
    "issuedBy": ("Policy", "Actor"), "evaluates": ("Policy", "Actor"), "rewards": ("Policy", "Behaviour"),
    "penalizes": ("Policy", "Behaviour"), "performedBy": ("Behaviour", "Actor"),
    "raisesConcern": ("Actor", "Concern"), "concernAbout": ("Concern", "Policy"),
    "supports": ("Actor", "Policy"), "criticizes": ("Actor", "Policy"), "partOf": ("Policy", "Policy"),
}
SUBCLASS = {"Actor": ["Group", "Business", "GovernmentBody", "Country", "Person", "Organisation"],
            "Policy": ["Law", "Programme", "RatingSystem"], "Behaviour": ["Misconduct", "GoodConduct"], "Concern": []}
# names the bundled questions' examples use, placed at the head of each pool (the hubs)
HUBS = {"Policy": ["Social Credit System"], "Actor": ["State Council", "businesses", "individuals"],
        "Behaviour": ["littering"], "Concern": ["privacy"]}


class Pool:
    """Entities per category; rank r is drawn with weight 1/(r+1)."""

    def __init__(self, rng: random.Random, size: int):
        self.rng = rng
        self.names: dict[str, list[str]] = {}
        self.weights: dict[str, list[float]] = {}
        for cat, hubs in HUBS.items():
            names = hubs + [f"{cat.lower()} {i}" for i in range(size - len(hubs))]
            self.names[cat] = names
            self.weights[cat] = [1 / (r + 1) for r in range(len(names))]

    def draw(self, cat: str, k: int) -> list[str]:
        return self.rng.choices(self.names[cat], weights=self.weights[cat], k=k)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def article_quads(i: int, pool: Pool, rng: random.Random) -> list[ox.Quad]:
    art = ox.NamedNode(f"{PGID}article/a{i}")
    out: list[ox.Quad] = []

    def add(s, p, o):
        out.append(ox.Quad(s, p, o, art))

    add(art, RDF_TYPE, pg("Article"))
    add(art, TITLE, ox.Literal(f"Synthetic article {i}"))
    add(art, CREATOR, ox.Literal(f"Author {i % 97}"))
    add(art, pg("sourcePath"), ox.Literal(f"corpus/a{i}.txt"))
    add(art, pg("contentHash"), ox.Literal(f"{rng.getrandbits(64):016x}"))
    sentences = [ox.NamedNode(f"{PGID}article/a{i}/s{n}") for n in range(60)]
    for n, s in enumerate(sentences):
        add(s, RDF_TYPE, pg("Sentence"))
        add(s, pg("text"), ox.Literal(f"Sentence {n} of article {i}: some policy penalises some conduct, critics say."))
        add(s, pg("startOffset"), ox.Literal(str(n * 120), datatype=XSD_INT))
        add(s, pg("endOffset"), ox.Literal(str(n * 120 + 110), datatype=XSD_INT))
        add(s, pg("section"), ox.Literal(f"Section {n // 10}"))
        add(s, pg("inArticle"), art)
    entities: dict[str, str] = {}
    for cat, k in (("Actor", 14), ("Policy", 6), ("Behaviour", 12), ("Concern", 8)):
        for name in pool.draw(cat, k):
            entities[name] = cat
    for name, cat in entities.items():
        e = ox.NamedNode(f"{PGID}entity/{slug(name)}")
        add(e, RDF_TYPE, pg(cat))
        if SUBCLASS[cat]:
            add(e, RDF_TYPE, pg(SUBCLASS[cat][hash(name) % len(SUBCLASS[cat])]))
        add(e, LABEL, ox.Literal(name))
        add(e, ALT, ox.Literal(name.title() if name.islower() else name.lower()))
        for s in rng.sample(sentences, 2):
            add(e, pg("mentionedIn"), s)
    by_cat: dict[str, list[str]] = {}
    for name, cat in entities.items():
        by_cat.setdefault(cat, []).append(name)
    for _ in range(35):
        rel = rng.choice(list(RELATIONS))
        dom, rng_cat = RELATIONS[rel]
        s_name, o_name = rng.choice(by_cat[dom]), rng.choice(by_cat[rng_cat])
        s, o = ox.NamedNode(f"{PGID}entity/{slug(s_name)}"), ox.NamedNode(f"{PGID}entity/{slug(o_name)}")
        add(s, pg(rel), o)
        st = ox.NamedNode(f"{PGID}article/a{i}/r/{slug(s_name)}-{rel}-{slug(o_name)}")
        add(st, RDF_TYPE, pg("Statement"))
        add(st, R["subject"], s)
        add(st, R["predicate"], pg(rel))
        add(st, R["object"], o)
        add(st, DERIVED, art)
        add(st, pg("evidence"), rng.choice(sentences))
    return out


def synthetic(min_triples: int, *, seed: int = 7) -> ox.Store:
    """A store with the ontology graph and enough articles for `min_triples` quads."""
    rng = random.Random(seed)
    pool = Pool(rng, size=max(200, min_triples // 200))
    store = ox.Store()
    onto = ox.NamedNode("https://w3id.org/policygraph/ontology")
    store.extend(ox.Quad(t.subject, t.predicate, t.object, onto)
                 for t in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    i = 0
    named = 0
    while named < min_triples:
        quads = article_quads(i, pool, rng)
        store.extend(quads)
        named += len(set(quads))  # the store keeps each quad once
        i += 1
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")  # the union as default graph, as our stores hold it
    return store


def example_params(question) -> dict:
    """The value each ``# param`` line gives as its example (``e.g. "..."`` or ``e.g. <...>``)."""
    params = {}
    for name, doc in question.params:
        m = re.search(r'e\.g\. (<[^>]+>|"[^"]+")', doc)
        if m:
            value = m[1].strip('"') if m[1].startswith('"') else m[1]
            params[name] = parse_param(f"{name}={value}")[1]
    return params


def best_time(run, repeat: int) -> tuple[float, int]:
    best, n = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        n = run()
        best = min(best, time.perf_counter() - start)
    return best, n


def consume(result) -> int:
    return 1 if isinstance(result, ox.QueryBoolean) else sum(1 for _ in result)


def rdflib_ratio(triples: int, repeat: int) -> dict:
    """penalised-behaviours on rdflib's evaluator vs Oxigraph, on one small graph."""
    from rdflib import Graph

    store = synthetic(triples, seed=11)
    data = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())],
                        format=ox.RdfFormat.N_TRIPLES)
    union = ox.Store()
    union.load(data, format=ox.RdfFormat.N_TRIPLES)
    graph = Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    text = bundled_questions()["penalised-behaviours"].text
    ox_time, ox_rows = best_time(lambda: consume(execute(union, text)), repeat)
    start = time.perf_counter()
    rdflib_rows = len(list(graph.query(text)))
    rdflib_time = time.perf_counter() - start
    return {"question": "penalised-behaviours", "triples": len(graph), "rows": [ox_rows, rdflib_rows],
            "oxigraph_s": ox_time, "rdflib_s": rdflib_time, "ratio": rdflib_time / ox_time}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="minimum size of the synthetic graph")
    ap.add_argument("--repeat", type=int, default=3, help="runs per question; the best is kept")
    ap.add_argument("--rdflib-triples", type=int, default=10_000, help="size of the graph for the rdflib ratio (0 skips)")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    args = ap.parse_args()

    start = time.perf_counter()
    store = synthetic(args.triples)
    gen = time.perf_counter() - start
    named = sum(1 for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
    report: dict = {"triples": named, "union_triples": len(store) - named, "articles": sum(1 for _ in store.named_graphs()) - 1,
                    "generate_s": round(gen, 2), "questions": []}
    for q in bundled_questions().values():
        runs = [("", {})]
        params = example_params(q)
        if params:
            runs.append((" ".join(f"{k}={v}" for k, v in params.items()), params))
        for label, p in runs:
            secs, n = best_time(lambda: consume(execute(store, q.text, p)), args.repeat)
            report["questions"].append({"question": q.name, "params": label, "seconds": round(secs, 4), "rows": n})
            print(f"  {q.name} {label}: {secs:.3f} s", file=sys.stderr, flush=True)
    if args.rdflib_triples:
        report["rdflib"] = rdflib_ratio(args.rdflib_triples, args.repeat)
    if args.format == "json":
        print(json.dumps(report, indent=2))
        return
    print(f"{report['triples']:,} triples in {report['articles']:,} article graphs + ontology, "
          f"{report['union_triples']:,} in the union default graph "
          f"(generated in {report['generate_s']} s)")
    print(f"{'question':<24} {'params':<50} {'seconds':>8} {'rows':>7}")
    for r in report["questions"]:
        print(f"{r['question']:<24} {r['params'][:50]:<50} {r['seconds']:>8.3f} {r['rows']:>7}")
    slowest = max(report["questions"], key=lambda r: r["seconds"])
    print(f"slowest: {slowest['question']} {slowest['params']} {slowest['seconds']:.3f} s "
          f"({'under' if slowest['seconds'] < 1 else 'OVER'} the 1 s goal)")
    if "rdflib" in report:
        r = report["rdflib"]
        print(f"rdflib ratio on {r['triples']:,} triples, {r['question']}: rdflib {r['rdflib_s']:.3f} s, "
              f"Oxigraph {r['oxigraph_s'] * 1000:.1f} ms -> {r['ratio']:.0f}x (rows {r['rows'][0]} / {r['rows'][1]})")


if __name__ == "__main__":
    main()
