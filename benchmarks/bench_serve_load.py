"""Load on `policygraph serve`: N clients query it for S seconds (issue 9, item 4).

Each client opens a new connection per request (as curl or a browser tab
would), on loopback only. Prints requests/s, p50/p99 latency, and the count
of connection resets and other errors (the listen backlog was 5: ~25 resets
per run of 50 clients x 30 s, p99 1.3-2.1 s).

    python benchmarks/bench_serve_load.py [--graph output/graph.trig] [--clients 50] [--seconds 30]
"""

from __future__ import annotations

import argparse
import http.client
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERY = ("SELECT ?policy ?behaviour WHERE { ?p pg:penalizes ?b . ?p rdfs:label ?policy . ?b rdfs:label ?behaviour } "
         "ORDER BY ?policy ?behaviour LIMIT 20")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def client(port: int, until: float, latencies: list[float], errors: Counter) -> None:
    target = "/sparql?" + urllib.parse.urlencode({"query": QUERY})
    while time.monotonic() < until:
        start = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            conn.request("GET", target, headers={"Accept": "text/csv"})
            resp = conn.getresponse()
            resp.read()
            if resp.status == 200:
                latencies.append(time.monotonic() - start)
            else:
                errors[f"HTTP {resp.status}"] += 1
        except ConnectionResetError:
            errors["connection reset"] += 1
        except OSError as exc:
            errors[type(exc).__name__] += 1
        finally:
            conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=Path, help="graph to serve (default: a build of examples/)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph
        if graph is None:
            subprocess.run([sys.executable, "-m", "policygraph.cli", "build", str(ROOT / "examples"), "-o", tmp,
                            "--no-html"], check=True, capture_output=True)
            graph = Path(tmp) / "graph.trig"
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", "from policygraph.cli import main; main()", "serve",
                                   str(graph), "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start")
                    time.sleep(0.2)
            latencies: list[float] = []
            errors: Counter = Counter()
            until = time.monotonic() + args.seconds
            threads = [threading.Thread(target=client, args=(port, until, latencies, errors))
                       for _ in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    if not latencies:
        raise SystemExit(f"no request succeeded: {dict(errors)}")
    q = statistics.quantiles(latencies, n=100)
    print(f"{args.clients} clients x {args.seconds:g} s: {len(latencies)} answers "
          f"({len(latencies) / args.seconds:.0f}/s), p50 {q[49] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms; resets {errors['connection reset']}, "
          f"other errors {sum(errors.values()) - errors['connection reset']} {dict(errors) or ''}")


if __name__ == "__main__":
    main()
