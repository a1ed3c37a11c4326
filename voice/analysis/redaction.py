"""Remove personal details before a comment is shown or exported.

Placeholders: [name], [email], [phone], [address], [nhs-number], [school].

Patterns with a fixed shape (emails, UK phone numbers, NHS numbers, postcodes,
street addresses) are found with regular expressions. Names and named
settings have no fixed shape, so they are found from cues, which keeps
ordinary words safe:

* a title: "Mrs Patel", "Dr Smith", "his teacher Miss Hughes";
* a relation: "my son Jayden", "her TA, Sarah", "a boy called Tom";
* a possessive before a relation: "Jayden's teacher";
* a capitalised word from the bundled first-name list (``data/first_names``).
  Names that are also everyday words (May, Will, Hope, Grace, Mark...) need one
  of the cues above, so "Will the inspectors...", "in May" and "Hope this
  helps" survive;
* a capitalised name before a setting word: "St Mary's Primary",
  "Oakwood Academy", "Little Acorns Nursery". Generic words ("Special School",
  "the Nursery", "Forest School") are left alone.

* "St" or "Saint" before a possessive: "St Mary's", "st marys". The "'s"
  goes with the name, so "St [name]'s" never appears; "St Albans" stays.

* a listed surname or a word no English list knows, in a name's place:
  two such words together ("Ngozi Adeyemi"), or one before "from the ... team",
  "'s keyworker", "is 12", "here.", a phone number or email, or after "my name
  is", "mother of" (``data/world_names``). Places (``data/places``) are kept.
* a town between a street and a postcode is part of the one [address], and
  so is every comma-separated part from a flat, a building or a house number
  to the postcode ("Flat 12, Linden Court, 3 Station Approach, Reading, RG1 1LZ").
* names from the sentence around them, where no title or relation comes
  first: thanks and sign-offs, "brother of", "i am", an age or relation
  after the word, brackets, lists of names, what only a child is or has
  ("Wren is at [school]", "Rose waited 3 yrs"), initials in a child's place
  ("my son TJ (13)") (``redaction_context``).

Names are looked up without their accents ("Ciarán"), and a double name made
of listed names ("Summer-Rose", "Poppy-Mai") is a name wherever it is
capitalised. Word and token helpers live in ``redaction_words``.

Cue-based rules also work on lower-case and all-capitals text ("my son
jayden", "mrs patel"), where a word after the cue is taken as a name if it
is in the name list or is not a known English word.

A cue says where a name may be, not that one is there: "my son can't",
"the nurse phones", "Mum typed this" and "the SENCO emails" are sentences.
So a contraction is never a name, and after a relation neither is a form of
a known word ("masks", "typed"), a slip on one ("apointment") or a service
word the word list lacks ("CAMHS", "emails": ``stopwords.NOT_NAMES``).
``redaction_eval`` measures both sides: details missed and words lost.

Last, a learned tagger reads the words the rules left that could be names and
replaces those the sentence uses as a person's name ("Summer's 14.", "Will's
tics got worse"): ``redaction_tagger``.
"""

from __future__ import annotations

import re
from typing import Final

from voice.analysis import redaction_tagger
from voice.analysis.redaction_introduced import introduced
from voice.analysis.redaction_names import apply_names
from voice.analysis.redaction_schools import apply_schools
from voice.analysis.redaction_settings import apply as more_shapes
from voice.analysis.redaction_shapes import (
    ADDRESS,
    EMAIL,
    NAME,
    NHS_NUMBER,
    PHONE,
    SCHOOL,
    apply_shapes,
    signed_addresses,
)

__all__ = ["ADDRESS", "EMAIL", "NAME", "NHS_NUMBER", "PHONE", "SCHOOL", "redact"]

_MERGE_NAMES_RE: Final = re.compile(r"\[name\](?:\s*(?:\[name\]))+")


def redact(text: str, *, learned: bool = True) -> str:
    """Text with personal details replaced by placeholders: the rules, then (unless
    ``learned`` is false) the tagger's second look at the words they left."""
    if not text:
        return text
    # Fixed shapes first, so a name rule never reads a digit or an "@";
    # settings before names, so "St Mary's" is one [school], not "St [name]'s".
    text = apply_shapes(text)
    text = apply_schools(text)
    text = more_shapes(text)
    text = apply_names(text)
    text = introduced(text)
    text = _MERGE_NAMES_RE.sub(NAME, signed_addresses(text))
    if learned:
        text = _MERGE_NAMES_RE.sub(NAME, redaction_tagger.apply_many([text])[0])
    return text
