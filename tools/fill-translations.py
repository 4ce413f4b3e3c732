#!/usr/bin/env python3
"""Fills translations/ra-console_{de,fr}.ts (after lupdate) from tools/translations_data.py and
reports every source text that has no translation (exit code 1 then)."""
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from translations_data import T, N  # noqa: E402

root = os.path.join(here, '..', 'translations')
missing = set()
for lang, idx in (('de', 0), ('fr', 1)):
    path = os.path.join(root, f'ra-console_{lang}.ts')
    tree = ET.parse(path)
    for msg in tree.getroot().iter('message'):
        src = msg.find('source').text or ''
        tr = msg.find('translation')
        if msg.get('numerus') == 'yes':
            if src not in N:
                missing.add(src)
                continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in N[src][idx]:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            if src not in T:
                missing.add(src)
                continue
            tr.text = T[src][idx]
        tr.attrib.pop('type', None)
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
for m in sorted(missing):
    print('untranslated:', repr(m))
sys.exit(1 if missing else 0)
