"""Turn a raw comment into tokens the lexicons can match.

Families write on phones, in a hurry, sometimes in a second language, so the
same idea arrives as "EHCP", "E.H.C.P", "ECHP" or "ehc plan", "CAHMS" or
"camhs", "didnt" or "didn't". Everything is folded here, once, so that the
lexicons only need one spelling of each idea:

* case, curly quotes, dashes and "&" are folded;
* contractions become a base word plus "not"/"is"/... so negation is visible;
* abbreviations and common misspellings map to one canonical token;
* American spellings map to British ones;
* remaining unknown words of five letters or more are matched to the lexicon
  vocabulary within a small edit distance (see ``FuzzyMatcher``).

Sentence ends become the token "." and commas ",", so later stages can keep
negation and gaps inside one clause.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from voice.analysis.data.first_names import FIRST_NAMES
from voice.analysis.textblob_bridge import known_words

SENTENCE_END: Final = "."
COMMA: Final = ","
BOUNDARIES: Final = frozenset({SENTENCE_END, COMMA})

_FOLD_TABLE: Final = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "&": " and ",
        "/": " ",
        "\u00a0": " ",
    }
)

# Rewrites applied to the lower-cased string before tokenising. Order matters.
_REWRITES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\b(?:1\s*[:\-]\s*1|one[\s-]+to[\s-]+one|1to1|121)\b"), " onetoone "),
    (re.compile(r"\be\.?\s?h\.?\s?c\.?\s?p\b"), " ehcp "),
    (re.compile(r"\be\.h\.c\b\.?"), " ehc "),
    (re.compile(r"\ba\s+and\s+e\b"), " hospital "),
    (re.compile(r"\bs\s+and\s+l\b"), " salt "),
    (re.compile(r"(?<=[a-z])-(?=[a-z0-9])|(?<=[0-9])-(?=[a-z])"), " "),
    (
        re.compile(r"(?<=\d)(?=(?:yrs?|years?|mo?n?ths?|months?|wks?|weeks?|days?|hrs?|hours?)\b)"),
        " ",
    ),
    (re.compile(r"\bpost(?=1[69]\b)"), "post "),
)

_TOKEN_RE: Final = re.compile(r"[a-z]+(?:'[a-z]+)*|\d+(?:\.\d+)?|[.!?;:]+|,")

_NOT_SUFFIX: Final = "n't"
_IRREGULAR_NOT: Final[dict[str, tuple[str, ...]]] = {
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
}

# Contractions typed without the apostrophe; only unambiguous ones.
_BARE_CONTRACTIONS: Final[dict[str, tuple[str, ...]]] = {
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "cant": ("can", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "wont": ("will", "not"),
    "aint": ("is", "not"),
    "im": ("i", "am"),
    "ive": ("i", "have"),
    "youre": ("you", "are"),
    "theyre": ("they", "are"),
    "theyve": ("they", "have"),
    "weve": ("we", "have"),
    "thats": ("that", "is"),
    "hes": ("he", "is"),
    "shes": ("she", "is"),
    "noone": ("no", "one"),
    # frequent misspellings of the same
    "dosnt": ("does", "not"), "dosent": ("does", "not"), "doesent": ("does", "not"),
    "doesn": ("does", "not"), "didint": ("did", "not"), "dident": ("did", "not"),
    "didn": ("did", "not"), "couldent": ("could", "not"), "wouldent": ("would", "not"),
    "shouldent": ("should", "not"), "havnt": ("have", "not"), "hasent": ("has", "not"),
    "wasent": ("was", "not"), "isent": ("is", "not"), "arnt": ("are", "not"),
    "dont't": ("do", "not"), "cnt": ("can", "not"), "carnt": ("can", "not"),
}

_PRONOUN_IS: Final = frozenset(
    {"he", "she", "it", "that", "there", "what", "who", "where", "here", "everything",
     "nothing", "everyone", "nobody", "noone", "someone", "this"}
)
_APOSTROPHE_SUFFIXES: Final[dict[str, str]] = {
    "'re": "are",
    "'ve": "have",
    "'ll": "will",
    "'d": "would",
    "'m": "am",
}

# Abbreviations, spelling variants and frequent misspellings -> canonical tokens.
CANONICAL: Final[dict[str, tuple[str, ...]]] = {
    # plans
    "ehcp": ("ehcp",), "ehcps": ("ehcp",), "echp": ("ehcp",), "echps": ("ehcp",),
    "ehcplan": ("ehcp",), "ehcps's": ("ehcp",), "ehp": ("ehcp",), "ehcpa": ("ehcp",),
    "ehc": ("ehc",), "ech": ("ehc",), "ehcna": ("ehc", "needs", "assessment"),
    "ehcnas": ("ehc", "needs", "assessment"),
    "statement": ("statement",),
    # health
    "camhs": ("camhs",), "cahms": ("camhs",), "camh": ("camhs",), "cahm": ("camhs",),
    "camhs's": ("camhs",), "cahms's": ("camhs",), "chams": ("camhs",), "cmhs": ("camhs",),
    "salt": ("salt",), "slt": ("salt",), "saltt": ("salt",),
    "ot": ("ot",), "ots": ("ot",),
    "physio": ("physio",), "physios": ("physio",),
    "paed": ("paediatrician",), "paeds": ("paediatrics",), "peads": ("paediatrics",),
    "pead": ("paediatrician",), "peds": ("paediatrics",),
    "dr": ("doctor",), "drs": ("doctors",), "gps": ("gp",),
    "dx": ("diagnosis",), "diag": ("diagnosis",), "diagnosises": ("diagnoses",),
    "asd": ("autism",), "asc": ("autism",), "asd's": ("autism",),
    "adhd": ("adhd",), "adhd's": ("adhd",),
    "ep": ("ep",), "eps": ("ep",), "edpsych": ("educational", "psychologist"),
    # education
    "senco": ("senco",), "sendco": ("senco",), "sencos": ("senco",), "sendcos": ("senco",),
    "senco's": ("senco",), "sendco's": ("senco",), "senc": ("senco",), "sen'co": ("senco",),
    "inco": ("senco",),
    "ta": ("ta",), "tas": ("ta",), "lsa": ("ta",), "lsas": ("ta",), "hlta": ("ta",),
    "ssa": ("ta",),
    "ap": ("ap",), "pru": ("pru",), "prus": ("pru",), "ehe": ("home", "educated"),
    "ebsa": ("ebsa",), "sch": ("school",), "skool": ("school",), "skl": ("school",),
    "schl": ("school",), "collage": ("college",), "colledge": ("college",),
    "yr": ("year",), "yrs": ("years",), "y": ("y",),
    "mth": ("month",), "mths": ("months",), "mnth": ("month",), "mnths": ("months",),
    "mon": ("month",), "mos": ("months",),
    "wk": ("week",), "wks": ("weeks",), "hr": ("hour",), "hrs": ("hours",),
    "min": ("minute",), "mins": ("minutes",),
    # council and advice
    "la": ("council",), "las": ("council",), "lea": ("council",), "la's": ("council",),
    "sendiass": ("sendiass",), "sendias": ("sendiass",), "iass": ("sendiass",),
    "sendiass's": ("sendiass",), "iasl": ("sendiass",), "sendiss": ("sendiass",),
    "pcf": ("parent", "carer", "forum"),
    "pfa": ("pfa",),
    # social care
    "sw": ("social", "worker"), "cwd": ("disabled", "children", "team"),
    "cin": ("child", "in", "need"),
    # everyday shorthand
    "u": ("you",), "ur": ("your",), "pls": ("please",), "plz": ("please",),
    "thx": ("thanks",), "ty": ("thank", "you"), "tbh": ("to", "be", "honest"),
    "bcos": ("because",), "bcoz": ("because",), "cos": ("because",), "coz": ("because",),
    "bc": ("because",), "cuz": ("because",),
    "alot": ("a", "lot"), "abit": ("a", "bit"), "eachother": ("each", "other"),
    "aswell": ("as", "well"), "infact": ("in", "fact"), "atall": ("at", "all"),
    "ok": ("ok",), "okay": ("ok",), "oky": ("ok",), "k": ("ok",),
    "wellbeing": ("wellbeing",),
    "mum's": ("mum",), "dad's": ("dad",),
    "teh": ("the",), "becuase": ("because",), "beacuse": ("because",),
    "untill": ("until",), "recieve": ("receive",), "recieved": ("received",),
    "nothin": ("nothing",), "somethin": ("something",), "gonna": ("going", "to"),
    "wanna": ("want", "to"), "gotta": ("got", "to"),
}

# American -> British spellings that matter to the lexicons.
_US_UK: Final[dict[str, str]] = {
    "behavior": "behaviour", "behaviors": "behaviours", "behavioral": "behavioural",
    "center": "centre", "centers": "centres", "program": "programme",
    "programs": "programmes", "pediatrician": "paediatrician",
    "pediatricians": "paediatricians", "pediatric": "paediatric",
    "pediatrics": "paediatrics", "color": "colour", "favorite": "favourite",
    "counseling": "counselling", "counselor": "counsellor", "enroll": "enrol",
    "mom": "mum", "moms": "mums", "judgment": "judgement", "practice": "practice",
    "traveling": "travelling", "traveled": "travelled", "canceled": "cancelled",
    "labeled": "labelled", "fulfill": "fulfil", "gray": "grey", "neighbor": "neighbour",
    "neighborhood": "neighbourhood",
}

_IZE_RE: Final = re.compile(r"(?<=[a-z]{3})iz(e|ed|es|ing|ation|ations)$")


def fold(text: str) -> str:
    """Lower-case, fold typography and apply the string-level rewrites."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD_TABLE).lower()
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=131072)
def _expand(raw: str) -> tuple[str, ...]:
    """Map one raw token to zero or more canonical tokens."""
    if raw[0] in ".!?;:":
        return (SENTENCE_END,)
    if raw in CANONICAL:
        return CANONICAL[raw]
    if raw in _IRREGULAR_NOT:
        return _IRREGULAR_NOT[raw]
    if raw in _BARE_CONTRACTIONS:
        return _BARE_CONTRACTIONS[raw]
    if "'" in raw:
        return _expand_apostrophe(raw)
    if raw in _US_UK:
        return (_US_UK[raw],)
    ize = _IZE_RE.search(raw)
    if ize:
        return (raw[: ize.start()] + "is" + ize.group(1),)
    if len(raw) >= 5 and raw.isalpha() and raw not in FIRST_NAMES:
        corrected = FUZZY.correct(raw)
        if corrected is not None:
            return _expand(corrected) if corrected != raw else (raw,)
    return (raw,)


def _expand_apostrophe(raw: str) -> tuple[str, ...]:
    if raw.endswith(_NOT_SUFFIX):
        return (raw[:-3], "not")
    for suffix, word in _APOSTROPHE_SUFFIXES.items():
        if raw.endswith(suffix):
            return (raw[: -len(suffix)], word)
    if raw.endswith("'s"):
        base = raw[:-2]
        if base in _PRONOUN_IS:
            return (base, "is")
        return _expand(base) if base else ()
    if raw.endswith("s'"):
        return _expand(raw[:-1])
    return _expand(raw.replace("'", ""))


# A word after a title is a name, never a typo: "Mrs Patel" is not "Mrs panel".
_TITLES: Final = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def tokenise(text: str) -> list[str]:
    """Canonical tokens for a comment, with "." and "," as clause markers."""
    tokens: list[str] = []
    previous = ""
    for raw in _TOKEN_RE.findall(fold(text)):
        if previous in _TITLES and raw.isalpha() and raw not in CANONICAL:
            tokens.append(raw)
        else:
            tokens.extend(_expand(raw))
        if not (raw == "." and previous in _TITLES):  # "Mrs. Patel"
            previous = raw
    return tokens


def sentence_marks(text: str) -> list[str]:
    """The punctuation behind each sentence end ("." token) of ``tokenise(text)``.

    Lets a caller tell a question ("?") from a statement without a second kind
    of boundary token.
    """
    return [raw for raw in _TOKEN_RE.findall(fold(text)) if raw[0] in ".!?;:"]


# --- typo tolerance -----------------------------------------------------------


def _deletes(word: str, depth: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        nxt: set[str] = set()
        for item in frontier:
            for i in range(len(item)):
                nxt.add(item[:i] + item[i + 1 :])
        found |= nxt
        frontier = nxt
    return found


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, giving up once past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


class FuzzyMatcher:
    """Symmetric-delete index over the lexicon vocabulary.

    Looking a word up costs a handful of set probes rather than a scan of the
    vocabulary, and results are cached, so typo tolerance stays cheap on
    100,000 comments. Words of 5-7 letters may be one edit away (a swap of two
    neighbouring letters counts as one edit); longer words two. A correctly
    spelled English word is never changed.
    """

    def __init__(self) -> None:
        self._index: dict[str, set[str]] = {}
        self._vocabulary: set[str] = set()
        self._stems: set[str] = set()

    def add_stems(self, stems: Iterable[str]) -> None:
        """Words starting with a lexicon stem ("medicat*") are known already."""
        self._stems.update(stem for stem in stems if len(stem) >= 4)
        self.correct.cache_clear()

    def add_words(self, words: Iterable[str]) -> None:
        for word in words:
            if len(word) < 5 or not word.isalpha() or word in self._vocabulary:
                continue
            self._vocabulary.add(word)
            for key in _deletes(word, 2 if len(word) >= 8 else 1):
                self._index.setdefault(key, set()).add(word)
        self.correct.cache_clear()

    @lru_cache(maxsize=65536)  # noqa: B019 - one long-lived instance
    def correct(self, word: str) -> str | None:
        if word in self._vocabulary or word in known_words() or self._is_variant(word):
            return None
        limit = 2 if len(word) >= 8 else 1
        candidates: set[str] = set()
        for key in _deletes(word, limit):
            candidates |= self._index.get(key, set())
        best: str | None = None
        best_distance = limit + 1
        for candidate in sorted(candidates):
            if candidate[0] != word[0]:
                continue  # people rarely mistype the first letter
            allowed = 2 if len(candidate) >= 8 and len(word) >= 8 else 1
            distance = edit_distance(word, candidate, allowed)
            if distance <= allowed and distance < best_distance:
                best, best_distance = candidate, distance
        return best


    def _is_variant(self, word: str) -> bool:
        """A stem form or a prefixed form of a known word is not a typo."""
        if any(word[:n] in self._stems for n in range(4, len(word) + 1)):
            return True
        for prefix in _PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 4 and (
                rest in self._vocabulary or rest in known_words()
                or any(rest[:n] in self._stems for n in range(4, len(rest) + 1))
            ):
                return True
        return False


_PREFIXES: Final = ("re", "un", "non", "pre", "over", "under", "mis", "self")
FUZZY: Final = FuzzyMatcher()


def register_vocabulary(words: Iterable[str], stems: Iterable[str] = ()) -> None:
    """Let the typo matcher correct towards these words (called by lexicons)."""
    FUZZY.add_words(words)
    FUZZY.add_stems(stems)
    _expand.cache_clear()


@lru_cache(maxsize=65536)
def light_stem(token: str) -> str:
    """A small, predictable suffix stripper for grouping and quote similarity.

    Not a real stemmer: it only needs "waits", "waiting" and "waited" to meet.
    """
    if len(token) <= 4 or not token.isalpha():
        return token
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es",
                   "ly", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            stem = token[: -len(suffix)]
            if suffix in ("ies", "ied"):
                stem += "y"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                stem = stem[:-1]
            return stem
    return token
