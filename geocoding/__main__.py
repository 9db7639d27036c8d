"""python -m geocoding < in.jsonl > out.jsonl  (see batch.geoparse_line)
python -m geocoding --no-demonyms < in.jsonl   (leave demonyms, "kind": "demonym", out of the toponyms)
python -m geocoding --build-index            (build the gazetteer cache ahead of time; prints its folder)"""
import sys

from .batch import geoparse_line, map_json_lines
from .geoparser import Geoparser
from .index import GazetteerIndex


def main() -> None:
    if "--build-index" in sys.argv[1:]:
        print(GazetteerIndex.open_default().folder)
        return
    geoparser = Geoparser()
    demonyms = "--no-demonyms" not in sys.argv[1:]
    map_json_lines(lambda obj: geoparse_line(obj, geoparser, demonyms), sys.stdin.buffer, sys.stdout.buffer,
                   "python -m geocoding")


if __name__ == "__main__":
    main()
