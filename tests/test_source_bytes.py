"""parse.SourceBytes answers `word in data` from the file's distinct identifier runs and remembers
the answer: it must agree with plain bytes for every needle, with or without punctuation or whitespace."""

import random

from leaklint.parse import SourceBytes, parse

TEXT = b"""const { subscribe } = require('./bus');
export default function onMount(el) {\r\n  el.addEventListener('scroll', h, { passive: true });\tawait this.ready;
  for await (const x of stream) cleanups.push(() => x.off()); const caf\xc3\xa9 = '\xe2\x82\xac$';
}
"""


def test_it_agrees_with_plain_bytes_for_words_pieces_and_whitespace():
    data = SourceBytes(TEXT)
    rng = random.Random(7)
    needles = [b"", b"subscribe", b"$", b"x.off", b".pipe(", b"bus')", b"subscribes", b"caf\xc3\xa9", b"\xc3\xa9 =", b"\xe2\x82", b"./", b"export", b"await this.", b"for await", b"\tawait", b"\r\n", b"xyz", b"on", 10, 0]
    for _ in range(400):
        start = rng.randrange(len(TEXT))
        needles.append(TEXT[start:start + rng.randrange(1, 12)])
    for needle in needles * 2:  # the second time from what it remembered
        assert (needle in data) == (needle in TEXT), needle
    assert bytearray(b"subscribe") in data and memoryview(b"bus") in data


def test_a_parsed_file_has_them():
    source = parse("a.js", TEXT.decode())
    assert isinstance(source.data, SourceBytes) and b"addEventListener" in source.data and b"removeEventListener" not in source.data
    assert type(source.data[0:5]) is bytes


def test_has_any_agrees_with_plain_bytes_for_mixed_lists():
    """A list mixes identifier-like words (tested in one pass over the runs) with words that
    hold punctuation or spaces, bytes or str; its answer is any of plain bytes' answers."""
    data = SourceBytes(TEXT)
    rng = random.Random(11)
    pool = [b"subscribe", "caf\u00e9", b".pipe(", "await this.", b"xyz", "removeEventListener", b"\r\n", b"", "bus')", b"nothing here"]
    for _ in range(300):
        words = tuple(rng.sample(pool, rng.randrange(1, 4)))
        expected = any((w.encode() if isinstance(w, str) else w) in TEXT for w in words)
        assert data.has_any(words) == expected, words
        assert data.has_any(frozenset(words)) == expected, words
        assert data.has_any(list(words)) == expected, words
