"""Edits kb/*.json arrays entry by entry: an entry that does not change keeps its exact text, so
that parallel edits to other entries merge cleanly."""
import json, collections, re

def load(path):
    raw = open(path).read()
    data = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    # spans of top-level entries: lines "  {" .. "  }" (2-space indent)
    spans = []
    lines = raw.split('\n')
    start = None
    for i, line in enumerate(lines):
        if line == '  {':
            start = i
        elif line in ('  }', '  },') and start is not None:
            spans.append((start, i))
            start = None
    assert len(spans) == len(data), (len(spans), len(data))
    texts = ['\n'.join(lines[a:b + 1]).rstrip(',') for a, b in spans]
    return data, texts

def dump_entry(entry):
    body = json.dumps(entry, indent=2, ensure_ascii=False)
    return '\n'.join('  ' + l for l in body.split('\n'))

def save(path, entries, original):
    """entries: list of OrderedDict; original: dict id -> (entry, text) of the file as loaded."""
    out = []
    for e in entries:
        o = original.get(e['id'])
        if o is not None and o[0] == e:
            out.append(o[1])
        else:
            out.append(dump_entry(e))
    open(path, 'w').write('[\n' + ',\n'.join(out) + '\n]\n')
