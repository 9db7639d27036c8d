"""python -m geocoding < in.jsonl > out.jsonl  (see batch.geoparse_line)
python -m geocoding --no-demonyms < in.jsonl   (leave demonyms, "kind": "demonym", out of the toponyms)
python -m geocoding --build-index            (build the gazetteer cache ahead of time; prints its folder)"""
import json
import sys

from .batch import geoparse_line
from .geoparser import Geoparser
from .index import GazetteerIndex


def main() -> None:
    if "--build-index" in sys.argv[1:]:
        print(GazetteerIndex.open_default().folder)
        return
    geoparser = Geoparser()
    demonyms = "--no-demonyms" not in sys.argv[1:]
    out = sys.stdout
    for line in sys.stdin:
        if line.strip():
            out.write(json.dumps(geoparse_line(json.loads(line), geoparser, demonyms), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
