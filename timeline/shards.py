"""Write a very large result as JSON Lines shards: events-00000.jsonl, ... and documents.jsonl.

One timeline file is one JSON object that must be read whole; shards can be streamed, split across
machines and loaded into other tools line by line. Each events line is one Event exactly as in the
timeline file (`Event.model_validate_json(line)` reads it back); each documents line is a Document
without its text (id, date, date_source, title, url, source): the text stays in the inputs, and the
events carry their evidence sentences.
"""

from __future__ import annotations

from pathlib import Path

from timeline.models import Timeline

SHARD_EVENTS = 100_000  # events per shard: about 100 MB of JSON with evidence, easy to stream


def write_shards(timeline: Timeline, folder: str | Path, *, size: int = SHARD_EVENTS) -> list[Path]:
    """Write the events of `timeline` in shards of `size` lines, its documents' metadata in documents.jsonl.

    Returns the paths written, documents last. Shards left by an earlier, larger run are removed so
    that the folder holds exactly this result.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("events-*.jsonl"):
        stale.unlink()
    written = []
    for number, first in enumerate(range(0, len(timeline.events), size)):
        path = folder / f"events-{number:05d}.jsonl"
        with path.open("w", encoding="utf-8") as file:
            for event in timeline.events[first : first + size]:
                file.write(event.model_dump_json() + "\n")
        written.append(path)
    documents = folder / "documents.jsonl"
    with documents.open("w", encoding="utf-8") as file:
        for document in timeline.documents:
            file.write(document.model_dump_json(exclude={"text"}) + "\n")
    written.append(documents)
    return written
