"""Beyond one machine: the same extraction on a Dask cluster (`dask.bag`, `dask.distributed`).

    from extractor.cluster import extract_on_dask
    for record in extract_on_dask(items, "tcp://scheduler:8786"):
        ...

The inputs are cut into rounds of `round_size` documents; each round is a bag split
into partitions that the cluster's workers extract, and its records come back in
input order before the next round is read. Memory on the client stays that of one
round, whatever the batch. Workers read paths themselves, so on a real cluster the
paths must be on storage every worker sees (or the inputs be JSON Lines or WARC
records, which carry their documents). `"local"` starts a `LocalCluster` on this
machine, one worker process per core.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from .inputs import Item
from .models import MarketReport
from .pipeline import extract_item
from .settings import DEFAULT_SETTINGS, Settings

#: Documents handed to the cluster at once: enough to keep a few hundred cores busy,
#: few enough that the client holds only a few megabytes of records.
ROUND_SIZE = 2000
#: Documents per partition: a task of a second or two, so scheduling costs little.
PARTITION_SIZE = 100


def _extract_partition(items: list[Item], settings: Settings) -> list[MarketReport]:
    return [extract_item(item, settings) for item in items]


def extract_on_dask(
    items: Iterable[Item],
    scheduler: str,
    settings: Settings = DEFAULT_SETTINGS,
    round_size: int = ROUND_SIZE,
    partition_size: int = PARTITION_SIZE,
) -> Iterator[MarketReport]:
    """Records for `items`, in input order, extracted on the Dask cluster at `scheduler`
    (an address such as "tcp://10.0.0.5:8786", or "local" for a cluster on this machine)."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    cluster = LocalCluster(processes=True, dashboard_address=None) if scheduler == "local" else None
    client = Client(cluster if cluster is not None else scheduler)
    try:
        iterator = iter(items)
        while batch := list(itertools.islice(iterator, round_size)):
            parts = max(1, -(-len(batch) // partition_size))
            bag = db.from_sequence(batch, npartitions=parts)
            records = bag.map_partitions(_extract_partition, settings).compute()
            yield from records
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
