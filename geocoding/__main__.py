"""python -m geocoding < in.jsonl > out.jsonl  (see batch.geoparse_line)."""
import json
import sys

from .batch import geoparse_line
from .geoparser import Geoparser


def main() -> None:
    geoparser = Geoparser()
    out = sys.stdout
    for line in sys.stdin:
        if line.strip():
            out.write(json.dumps(geoparse_line(json.loads(line), geoparser), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
