"""Time every bundled question on a synthetic graph shaped like ours.

    python benchmarks/bench_query.py                  # >= 1,000,000 triples, best of 3
    python benchmarks/bench_query.py --triples 200000 --repeat 1
    python benchmarks/bench_query.py --format json

The graph is made with pyoxigraph directly (no extraction), one named graph
per article plus the real ontology graph, shaped after what ``policygraph
build`` writes for ``../shared/corpus/scs-explainer.txt`` and ``examples/``
(measured with SPARQL counts on those three articles: 700-875 triples,
43-50 sentences, 18-34 actors / 6-14 policies / 11-17 behaviours /
5-10 concerns, 19-37 relations each; 0-1 performer per behaviour in the
union; 1 evidence sentence for 9 statements in 10, up to 4; 1-6 statements
per evidence sentence; most entities mentioned in 1 sentence, hubs in up to
24; 2 of 3 entities without an alias):

- per article: ~6 article triples, 38-56 sentences (text, offsets, section,
  ``pg:inArticle``), 16-34 actors, 5-14 policies, 10-18 behaviours, 4-10
  concerns (typed, half with a sub-class, labelled, 0-3 aliases, a
  ``pg:concept`` for 2 in 3 common names, ``pg:mentionedIn`` 1 sentence
  mostly, a tail to ~20 for hubs, plus their relations' evidence), and
  22-38 relations in the real mix (concernAbout 16 : evaluates 13 :
  performedBy 13 : issuedBy 11 : penalizes 11 : rewards 6 : raisesConcern,
  criticizes 2 : supports, partOf 1), each stated directly and reified as a
  ``pg:Statement`` with 1 evidence sentence (2-4 for 1 in 10) drawn from a
  third of the sentences; the article's main policy is one end of ~45% of
  policy relations;
- reuse across articles: hubs appear in a fixed share of articles ("Social
  Credit System" 90%, "individuals" 80%, "businesses" 70%, "State Council"
  50%, "privacy" 50%, "littering" 20%, ...); of the other entities 35% come
  from a corpus-wide pool with Zipf weights 1/(rank+1) (the long tail), the
  rest are named in that article only;
- a behaviour is performed by, and a concern raised by, the same 1-3 actors
  in every article that says so (chosen per entity), so the union holds 1-3
  performers per behaviour, as the extractor's output does.

As in every store policygraph fills, the default graph holds the
deduplicated union of the article graphs, and the questions read it. The
size requested is the number of distinct triples in that union (articles
are added until it is reached); the report gives it, the named-graph quads
and ``len(store)``. Each question runs unbound and with the example value
its ``# param`` line gives; results are consumed fully (no LIMIT is added).

Then one join-heavy question (penalised-behaviours) runs on a ~10,000-triple
slice of the same generator with rdflib's built-in SPARQL evaluator and with
Oxigraph, and the ratio is reported.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import time
import zlib
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
# how often each relation is read, per 76 relations of the three real articles
RELATION_WEIGHTS = {"concernAbout": 16, "evaluates": 13, "performedBy": 13, "issuedBy": 11, "penalizes": 11,
                    "rewards": 6, "raisesConcern": 2, "criticizes": 2, "supports": 1, "partOf": 1}
SUBCLASS = {"Actor": ["Group", "Business", "GovernmentBody", "Country", "Person", "Organisation"],
            "Policy": ["Law", "Programme", "RatingSystem"], "Behaviour": ["Misconduct", "GoodConduct"], "Concern": []}
# entities per article, per category (the real articles: 18-34 actors, 6-14 policies, 11-17 behaviours, 5-10 concerns)
PER_ARTICLE = {"Actor": (16, 34), "Policy": (5, 14), "Behaviour": (10, 18), "Concern": (4, 10)}
# the corpus-wide hubs and the share of articles that mention each (the names the
# questions' examples use are among them); everything else comes from the long tail
HUBS = {
    "Policy": {"Social Credit System": 0.9, "Corporate Social Credit System": 0.25, "pilot programs": 0.3},
    "Actor": {"individuals": 0.8, "businesses": 0.7, "China": 0.6, "State Council": 0.5, "government": 0.45,
              "critics": 0.35, "proponents": 0.3, "government entities": 0.3, "People's Bank of China": 0.2},
    "Behaviour": {"paying taxes": 0.25, "littering": 0.2, "fraud": 0.2, "drunk driving": 0.15, "traffic offenses": 0.15},
    "Concern": {"privacy": 0.5, "surveillance": 0.35, "potential for abuse": 0.2},
}
# share of an article's other entities drawn from the corpus-wide Zipf pool (the
# rest are named only in that article)
SHARED_SHARE = 0.35


class Pool:
    """The corpus vocabulary: hubs with a per-article probability, a Zipf-weighted
    pool of common names (rank r has weight 1/(r+1)) and article-only names."""

    def __init__(self, rng: random.Random, size: int):
        self.rng = rng
        self.names: dict[str, list[str]] = {}
        self.cum: dict[str, list[float]] = {}
        for cat in HUBS:
            self.names[cat] = [f"{cat.lower()} {i}" for i in range(size)]
            self.cum[cat] = list(itertools.accumulate(1 / (r + 1) for r in range(size)))

    def draw(self, article: int, cat: str, k: int) -> list[str]:
        rng = self.rng
        out = [name for name, p in HUBS[cat].items() if rng.random() < p]
        for n in range(max(k - len(out), 0)):
            if rng.random() < SHARED_SHARE:
                out.append(rng.choices(self.names[cat], cum_weights=self.cum[cat])[0])
            else:
                out.append(f"{cat.lower()} a{article}-{n}")
        return list(dict.fromkeys(out))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def trait(name: str, salt: str, n: int) -> int:
    """A stable per-entity choice in range(n), so the union graph holds one
    value per entity however many articles name it (as the extractor does)."""
    return zlib.crc32(f"{salt}:{name}".encode()) % n


def alt_count(name: str) -> int:
    """0 for 4 entities in 5, else 1-3 (the real altLabel tail); hubs have one
    at least (the Social Credit System is also "SCS")."""
    t = trait(name, "alt", 100)
    if any(name in h for h in HUBS.values()):
        return 1 + (t >= 80)
    return 0 if t < 80 else 1 if t < 92 else 2 if t < 97 else 3


def partners(name: str, cat: str) -> list[str]:
    """The 1-3 actors that perform a behaviour / raise a concern, wherever it is read."""
    k = 1 + trait(name, "k" + cat, 3)
    hubs = list(HUBS["Actor"])
    pick = [hubs[trait(name, f"p{j}", len(hubs))] if trait(name, f"h{j}", 3) else f"actor {trait(name, f'q{j}', 500)}"
            for j in range(k)]
    return list(dict.fromkeys(pick))


def mentions(rng: random.Random, hub: bool) -> int:
    """Sentences an entity is mentioned in besides its relations' evidence:
    mostly 1, a tail to ~20 for hubs."""
    if hub:
        return min(1 + int(rng.expovariate(1 / 4)), 20)
    return 1 if rng.random() < 0.85 else 2 + int(rng.expovariate(1 / 1.5))


def article_quads(i: int, pool: Pool, rng: random.Random) -> list[ox.Quad]:
    art = ox.NamedNode(f"{PGID}article/a{i}")
    out: list[ox.Quad] = []

    def add(s, p, o):
        out.append(ox.Quad(s, p, o, art))

    def ent(name: str) -> ox.NamedNode:
        return ox.NamedNode(f"{PGID}entity/{slug(name)}")

    add(art, RDF_TYPE, pg("Article"))
    add(art, RDF_TYPE, ox.NamedNode(PREFIXES["prov"] + "Entity"))
    add(art, TITLE, ox.Literal(f"Synthetic article {i}"))
    add(art, CREATOR, ox.Literal(f"Author {i % 97}"))
    add(art, pg("sourcePath"), ox.Literal(f"corpus/a{i}.txt"))
    add(art, pg("contentHash"), ox.Literal(f"{rng.getrandbits(128):032x}"))
    add(art, pg("extractorVersion"), ox.Literal("1+synthetic"))
    sentences = [ox.NamedNode(f"{PGID}article/a{i}/s{n}") for n in range(rng.randint(38, 56))]
    per_section = rng.randint(4, 6)
    for n, s in enumerate(sentences):
        add(s, RDF_TYPE, pg("Sentence"))
        add(s, pg("text"), ox.Literal(f"Sentence {n} of article {i}: under the rules some policy penalises "
                                      f"some conduct of some actors, critics say ({rng.getrandbits(24):x})."))
        add(s, pg("startOffset"), ox.Literal(str(n * 120), datatype=XSD_INT))
        add(s, pg("endOffset"), ox.Literal(str(n * 120 + 110), datatype=XSD_INT))
        add(s, pg("section"), ox.Literal(f"Section {n // per_section} of article {i}"))
        add(s, pg("inArticle"), art)
    evidence_pool = rng.sample(sentences, len(sentences) // 3)  # a third of the sentences carry relations
    entities: dict[str, str] = {}
    for cat, (lo, hi) in PER_ARTICLE.items():
        for name in pool.draw(i, cat, rng.randint(lo, hi)):
            entities.setdefault(name, cat)
    by_cat: dict[str, list[str]] = {}
    for name, cat in entities.items():
        by_cat.setdefault(cat, []).append(name)

    relations: list[tuple[str, str, str]] = []
    main_policy = "Social Credit System" if "Social Credit System" in entities else by_cat["Policy"][0]
    for _ in range(rng.randint(22, 38)):
        rel = rng.choices(list(RELATION_WEIGHTS), weights=list(RELATION_WEIGHTS.values()))[0]
        dom, rng_cat = RELATIONS[rel]
        if rel in ("performedBy", "raisesConcern"):
            thing = rng.choice(by_cat[dom if rel == "performedBy" else rng_cat])
            actor = rng.choice(partners(thing, dom if rel == "performedBy" else rng_cat))
            entities.setdefault(actor, "Actor")
            s_name, o_name = (thing, actor) if rel == "performedBy" else (actor, thing)
        else:
            def end(cat: str) -> str:
                if cat == "Policy" and rng.random() < 0.45:
                    return main_policy
                return rng.choice(by_cat[cat])
            s_name, o_name = end(dom), end(rng_cat)
            if s_name == o_name:
                continue
        relations.append((s_name, rel, o_name))

    related = {n for s_name, _, o_name in relations for n in (s_name, o_name)}
    for name, cat in entities.items():
        e = ent(name)
        hub = any(name in h for h in HUBS.values())
        add(e, RDF_TYPE, pg(cat))
        if SUBCLASS[cat] and trait(name, "sub", 2):
            add(e, RDF_TYPE, pg(SUBCLASS[cat][trait(name, "cls", len(SUBCLASS[cat]))]))
        add(e, LABEL, ox.Literal(name))
        for k in range(alt_count(name)):
            add(e, ALT, ox.Literal(f"{name} (form {k + 1})"))
        if " a" not in name and trait(name, "concept", 3):
            add(e, pg("concept"), ox.NamedNode(f"{PREFIXES['pgv']}{slug(name)}"))
        for s in rng.sample(sentences, mentions(rng, hub) - (name in related)):  # + its evidence, below
            add(e, pg("mentionedIn"), s)

    for s_name, rel, o_name in dict.fromkeys(relations):
        s, o = ent(s_name), ent(o_name)
        add(s, pg(rel), o)
        st = ox.NamedNode(f"{PGID}article/a{i}/r/{zlib.crc32(f'{s_name}|{rel}|{o_name}'.encode()):08x}")
        add(st, RDF_TYPE, pg("Statement"))
        add(st, R["subject"], s)
        add(st, R["predicate"], pg(rel))
        add(st, R["object"], o)
        add(st, DERIVED, art)
        n_ev = 1 if rng.random() < 0.9 else rng.randint(2, 4)
        for sent in rng.sample(evidence_pool, min(n_ev, len(evidence_pool))):
            add(st, pg("evidence"), sent)
            add(s, pg("mentionedIn"), sent)
            add(o, pg("mentionedIn"), sent)
    return out


def synthetic(min_triples: int, *, seed: int = 7) -> ox.Store:
    """A store with the ontology graph and enough articles that the union
    default graph (what the questions read) holds `min_triples` distinct triples."""
    rng = random.Random(seed)
    pool = Pool(rng, size=max(500, min_triples // 200))
    store = ox.Store()
    onto = ox.NamedNode("https://w3id.org/policygraph/ontology")
    onto_quads = [ox.Quad(t.subject, t.predicate, t.object, onto)
                  for t in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)]
    store.extend(onto_quads)
    seen = {hash((q.subject, q.predicate, q.object)) for q in onto_quads}
    i = 0
    while len(seen) < min_triples:
        quads = article_quads(i, pool, rng)
        store.extend(quads)
        seen.update(hash((q.subject, q.predicate, q.object)) for q in quads)
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
    union = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"]  # the default graph the questions read
    union = int(union.value)
    report: dict = {"triples": union, "named_quads": len(store) - union, "store_len": len(store),
                    "articles": sum(1 for _ in store.named_graphs()) - 1,
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
    print(f"{report['triples']:,} distinct triples in the union default graph the questions read; "
          f"{report['named_quads']:,} quads in {report['articles']:,} article graphs + ontology; "
          f"len(store) {report['store_len']:,} (generated in {report['generate_s']} s)")
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
