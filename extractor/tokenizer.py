"""spaCy's tokenizer, remembering how it split each run of non-space characters.

spaCy's tokenizer works run by run (the text between white space) and keeps a cache of
its splits. But it stops caching for the rest of a document at the first run that a
special case touched ("U.S.", "Inc.", "'s": nearly every release has one early on), and
it stops caching for good once 10,000 runs are stored. Most runs of a release are then
split again with the prefix, suffix and infix patterns, which is most of its cost.

`ChunkCachedTokenizer` asks spaCy for each run alone, keeps the words it gets, and builds
the document from the words. The tokens are spaCy's own: spaCy splits each run on its
own (its special cases that could reach across white space are single white-space
characters, themselves whole runs), and the white space between runs is handled as
spaCy does (a test compares both tokenizations on every corpus release). What is not
kept is what a special case sets beyond the words, such as a token's NORM: this
pipeline reads only words, offsets, punctuation and sentence starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc
from spacy.vocab import Vocab

#: A run of non-space characters, or of white space (`str.isspace`, as spaCy splits).
_RUN = re.compile(r"\S+|\s+")

#: Runs remembered: some 5 MB of words. Past this the cache takes no more runs (as spaCy's
#: own does) and the runs it lacks are split by spaCy each time. The first runs a process
#: sees hold the common words; the cache starts afresh with the pipeline each time the
#: vocabulary is renewed (`nlp.MAX_VOCABULARY_STRINGS`).
MAX_CACHED_RUNS = 20_000
#: Runs longer than this are split again each time rather than kept: they are rare
#: (URLs, long compounds) and would hold memory for no gain.
MAX_CACHED_RUN_CHARS = 64


class ChunkCachedTokenizer:
    """A callable `text -> Doc` with the tokens of spaCy's `tokenizer`, faster."""

    def __init__(self, tokenizer: Callable[[str], Doc], vocab: Vocab) -> None:
        self.tokenizer = tokenizer
        self.vocab = vocab
        self.cache: dict[str, tuple[list[str], list[bool]]] = {}

    def split(self, run: str) -> tuple[list[str], list[bool]]:
        """The words of one run as spaCy splits it alone, and whether each is followed
        by a space inside the run."""
        cached = self.cache.get(run)
        if cached is not None:
            return cached
        doc = self.tokenizer(run)
        found = ([t.text for t in doc], [bool(t.whitespace_) for t in doc])
        if len(run) <= MAX_CACHED_RUN_CHARS and len(self.cache) < MAX_CACHED_RUNS:
            self.cache[run] = found
        return found

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        cache, split = self.cache, self.split
        for run in _RUN.findall(text):
            if run[0] == " " and words:
                # spaCy takes one space after a word as that word's trailing space, and
                # what is left of the white space, if anything, as a token of its own.
                spaces[-1] = True
                run = run[1:]
                if not run:
                    continue
            run_words, run_spaces = cache.get(run) or split(run)
            words += run_words
            spaces += run_spaces
        return Doc(self.vocab, words=words, spaces=spaces)
