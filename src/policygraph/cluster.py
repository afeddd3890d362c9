"""Extraction on a Dask cluster: the same pure per-article function, sharded.

Extraction is a pure function of an article's bytes and the ontology, so a
corpus can be cut into partitions that Dask workers extract independently
(each worker loads the spaCy pipeline once). The results come back to the
caller, which builds and writes the graph exactly as a local build does.
Needs the optional dependency ``dask[distributed]`` (``pip install
'policygraph[dask]'``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .errors import PolicygraphError
from .pipeline import Pending, extract_pending
from .records import Extraction


def _extract_partition(items: list[tuple[str, str, bytes, str | None]], encoding: str | None, max_bytes: int) -> list:
    """Runs on a worker: extractions, and (path, reason) for unreadable
    articles. The bytes travel with the task, so workers need no shared disk."""
    from pathlib import Path

    failed: dict[str, str] = {}
    pending = [Pending(Path(path), article_id, data, read_as) for path, article_id, data, read_as in items]
    out: list = list(extract_pending(pending, encoding=encoding, max_bytes=max_bytes, failed=failed))
    return out + list(failed.items())


def dask_extractor(scheduler, *, encoding: str | None = None, max_bytes: int,
                   partitions: int | None = None) -> Callable[[list[Pending], dict[str, str]], Iterable[Extraction]]:
    """An `extractor` for `pipeline.build` that runs on a Dask scheduler
    (an address such as ``tcp://10.0.0.5:8786`` or a ``dask.distributed.Client``)."""
    try:
        from dask import bag
        from dask.distributed import Client
    except ImportError:
        raise PolicygraphError("--dask needs dask[distributed]: pip install 'policygraph[dask]'") from None

    def run(pending: list[Pending], failed: dict[str, str]) -> Iterator[Extraction]:
        owned = not isinstance(scheduler, Client)
        try:
            client = Client(scheduler) if owned else scheduler
        except (OSError, ValueError, TimeoutError) as exc:
            raise PolicygraphError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            items = [(p.path.as_posix(), p.id, p.path.read_bytes(), p.read_as) for p in pending]
            n = max(1, min(len(items), partitions or workers * 4))
            results = client.compute(bag.from_sequence(items, npartitions=n)
                                     .map_partitions(_extract_partition, encoding, max_bytes)).result()
        finally:
            if owned:
                client.close()
        for item in results:
            if isinstance(item, tuple):
                failed[item[0]] = item[1]
            else:
                yield item

    return run
