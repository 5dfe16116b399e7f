"""Fill the English plural catalogue: "%n day(s)" becomes "%n day" / "%n days".

The English catalogue holds only the plural (%n) messages (lupdate -pluralonly): the sources are
English already, and only their plural forms need a translation. Every source follows the
"(s)" / "(es)" convention, so the forms are derived, not typed. A source without the mark
names something invariable ("%n SMS") and reads the same in both forms.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MARK = re.compile(r"\((e?s)\)")


def forms(source: str) -> tuple[str, str]:
    return MARK.sub("", source), MARK.sub(lambda m: m.group(1), source)


def main(path: Path) -> int:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        derived = forms(source)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in derived:
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
