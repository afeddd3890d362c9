"""Run SPARQL queries in worker processes, so no query can harm its caller.

Oxigraph offers no way to stop a running query and overflows its stack on
deeply nested ones (a segfault, 2,500 ``{`` deep). So a query runs in a
worker process (``python -m policygraph.engine``) that opens the graph once
and answers one request at a time on its stdin/stdout: a time limit kills the
worker (the work really stops) and a crash costs that worker, not the server
or the CLI. `Worker` is one such process, `Pool` keeps a few for `serve`.
"""

from __future__ import annotations

import json
import os
import queue
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import GraphError, PolicygraphError, QueryError

_LENGTH = struct.Struct(">I")  # a frame: 4-byte length of a JSON header, the header, then `size` payload bytes


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""


class EngineCrash(QueryError):
    """The engine died on a query (a stack overflow on a deeply nested or very long query)."""


class EngineBusy(PolicygraphError):
    """No worker became free in time."""


@dataclass(frozen=True)
class Source:
    """What a worker opens: a graph file, an on-disk store (read-only), or nothing (an empty store)."""

    graph: Path | None = None
    store: Path | None = None

    def args(self) -> list[str]:
        if self.graph is not None:
            return ["--graph", str(self.graph)]
        if self.store is not None:
            return ["--store", str(self.store)]
        return []


@dataclass(frozen=True)
class Answer:
    """A query's result: ``kind`` is ``solutions``, ``boolean`` or ``triples``; `data` is serialised."""

    kind: str
    data: bytes = b""
    boolean: bool = False


def write_frame(fh: BinaryIO, header: dict, payload: bytes = b"") -> None:
    head = json.dumps({**header, "size": len(payload)}).encode("utf-8")
    fh.write(_LENGTH.pack(len(head)) + head + payload)
    fh.flush()


def _read_exactly(fh: BinaryIO, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = fh.read(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def read_frame(fh: BinaryIO) -> tuple[dict, bytes]:
    (length,) = _LENGTH.unpack(_read_exactly(fh, _LENGTH.size))
    header = json.loads(_read_exactly(fh, length))
    return header, _read_exactly(fh, header["size"])


def request(text: str, *, params: dict | None = None, results: str = "json", triples: str = "turtle",
            default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
            allow_service: bool = False) -> dict:
    """A request for a worker; `params` maps variable names to pyoxigraph terms."""
    import pyoxigraph as ox

    terms = {name: ["iri" if isinstance(t, ox.NamedNode) else "literal", t.value] for name, t in (params or {}).items()}
    return {"query": text, "params": terms, "results": results, "triples": triples,
            "default_graph": default_graph or [], "named_graphs": named_graphs or [], "allow_service": allow_service}


class Worker:
    """One engine process holding the graph; `run` sends it a query and waits for the answer."""

    def __init__(self, source: Source, *, start_timeout: float | None = None):
        self.proc = subprocess.Popen([sys.executable, "-m", "policygraph.engine", *source.args()],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            header, _ = self._wait(start_timeout, None)
        except QueryTimeout:
            raise GraphError("the graph took too long to load") from None
        except EngineCrash:
            raise GraphError("the query engine could not start") from None
        if not header.get("ok"):
            self.kill()
            raise GraphError(header.get("error", "the graph could not be opened"))

    def _wait(self, timeout: float | None, cancelled: Callable[[], bool] | None) -> tuple[dict, bytes]:
        deadline = None if timeout is None else time.monotonic() + timeout
        out = self.proc.stdout
        assert out is not None
        while True:
            wait = 0.25 if deadline is None else max(0.0, min(0.25, deadline - time.monotonic()))
            ready, _, _ = select.select([out], [], [], wait)
            if ready:
                try:
                    return read_frame(out)
                except (EOFError, ValueError, KeyError):
                    self.kill()
                    raise EngineCrash("the query crashed the SPARQL engine (too deeply nested or too long?); "
                                      "simplify it") from None
            if cancelled is not None and cancelled():
                self.kill()
                raise QueryTimeout("the client went away; the query was stopped")
            if deadline is not None and time.monotonic() >= deadline:
                self.kill()
                raise QueryTimeout(f"the query ran longer than the {timeout:g} s limit and was stopped")

    def run(self, req: dict, *, timeout: float | None = None, cancelled: Callable[[], bool] | None = None) -> Answer:
        """The answer, or `QueryError` (bad query), `QueryTimeout` or `EngineCrash` (worker gone)."""
        try:
            write_frame(self.proc.stdin, req)  # type: ignore[arg-type]
        except (BrokenPipeError, OSError):
            self.kill()
            raise EngineCrash("the SPARQL engine is gone; try again") from None
        header, payload = self._wait(timeout, cancelled)
        if not header.get("ok"):
            raise QueryError(header.get("error", "query failed"))
        return Answer(header["kind"], payload, bool(header.get("boolean")))

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for fh in (self.proc.stdin, self.proc.stdout):
            try:
                if fh:
                    fh.close()
            except OSError:
                pass

    def close(self) -> None:
        self.kill()


class Pool:
    """`size` workers; a query waits for a free one, and a killed one is replaced in the background."""

    def __init__(self, source: Source, size: int):
        self.source = source
        self.size = size
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(size):
            self._add(Worker(source))

    def _add(self, worker: Worker) -> None:
        with self._lock:
            if self._closed:
                worker.kill()
                return
            self._all.add(worker)
        self._idle.put(worker)

    def _replace(self, worker: Worker) -> None:
        with self._lock:
            self._all.discard(worker)

        def start() -> None:
            try:
                self._add(Worker(self.source))
            except PolicygraphError as exc:
                sys.stderr.write(f"error: cannot restart a query worker: {exc}\n")

        threading.Thread(target=start, daemon=True).start()

    def run(self, req: dict, *, timeout: float | None, cancelled: Callable[[], bool] | None = None) -> Answer:
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise EngineBusy(f"every query worker stayed busy for {timeout:g} s; try again later") from None
        try:
            return worker.run(req, timeout=timeout, cancelled=cancelled)
        finally:
            if worker.alive:
                self._idle.put(worker)
            else:
                self._replace(worker)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
        for worker in workers:
            worker.kill()


def run_once(source: Source, req: dict, *, timeout: float | None = None) -> Answer:
    """One query in a fresh worker (the CLI's way)."""
    worker = Worker(source, start_timeout=timeout)
    try:
        return worker.run(req, timeout=timeout)
    finally:
        worker.close()


# ---------------------------------------------------------------- the worker side


def _open(argv: list[str]):
    import pyoxigraph as ox

    from .store import load_graph_file, open_store

    if argv[:1] == ["--graph"]:
        return load_graph_file(Path(argv[1]))
    if argv[:1] == ["--store"]:
        return open_store(Path(argv[1]), read_only=True)
    return ox.Store()


def answer(store, req: dict) -> tuple[dict, bytes]:
    """Run one request on `store`: (header, payload). Every error of the query is a message."""
    import pyoxigraph as ox

    from .query import GRAPH_FORMATS, RESULT_FORMATS, execute, serialize_triples

    params = {name: ox.NamedNode(v) if kind == "iri" else ox.Literal(v) for name, (kind, v) in req["params"].items()}
    try:
        result = execute(store, req["query"], params,
                         default_graph=[ox.NamedNode(g) for g in req["default_graph"]] or None,
                         named_graphs=[ox.NamedNode(g) for g in req["named_graphs"]] or None,
                         allow_service=req["allow_service"])
        if isinstance(result, ox.QueryBoolean):
            return {"ok": True, "kind": "boolean", "boolean": bool(result)}, b""
        if isinstance(result, ox.QuerySolutions):
            return {"ok": True, "kind": "solutions"}, result.serialize(format=RESULT_FORMATS[req["results"]])
        return {"ok": True, "kind": "triples"}, serialize_triples(result, GRAPH_FORMATS[req["triples"]])
    except PolicygraphError as exc:
        return {"ok": False, "error": str(exc)}, b""
    except (RuntimeError, OSError, ValueError, SyntaxError) as exc:  # raised while the results are computed
        return {"ok": False, "error": f"query failed: {' '.join(str(exc).split())[:300]}"}, b""


def _exit_with_parent() -> None:
    """End this worker when its parent is gone, even mid-query (Oxigraph
    releases the GIL while it computes, so this thread runs)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def main(argv: list[str]) -> None:
    out, inp = sys.stdout.buffer, sys.stdin.buffer
    sys.stdout = sys.stderr  # nothing but frames on the pipe
    _exit_with_parent()
    try:
        store = _open(argv)
    except PolicygraphError as exc:
        write_frame(out, {"ok": False, "error": str(exc)})
        return
    write_frame(out, {"ok": True})
    while True:
        try:
            req, _ = read_frame(inp)
        except EOFError:
            return
        header, payload = answer(store, req)
        write_frame(out, header, payload)


if __name__ == "__main__":
    main(sys.argv[1:])
