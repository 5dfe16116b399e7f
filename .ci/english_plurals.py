"""Fill the English plural catalogue: "%n day(s)" becomes "%n day" / "%n days".

The English catalogue holds only the plural (%n) messages (lupdate -pluralonly): the sources are
English already, and only their plural forms need a translation. Every source follows the
"(s)" / "(es)" convention, so the forms are derived, not typed; a source that does not is
reported and must be written by hand in the .ts.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MARK = re.compile(r"\((e?s)\)")


def forms(source: str) -> tuple[str, str] | None:
    if not MARK.search(source):
        return None
    return MARK.sub("", source), MARK.sub(lambda m: m.group(1), source)


def main(path: Path) -> int:
    tree = ET.parse(path)
    by_hand = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        derived = forms(source)
        if derived is None:
            by_hand.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in derived:
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    for source in by_hand:
        print(f"write the English plural forms by hand: {source!r}", file=sys.stderr)
    return 1 if by_hand else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
