"""Jargon and acronyms that easy-read text must not use, each with a plain alternative.

Any word of two or more capital letters counts as an acronym, listed here or not;
those listed come with a suggestion. Jargon keys are lower case, and a key with a
space matches the whole phrase.
"""

from __future__ import annotations

# Acronyms, matched in capitals (so "send" the verb is fine, "SEND" is not).
ACRONYMS: dict[str, str] = {
    "SEND": "help with learning or a disability",
    "SEN": "extra help with learning",
    "SENCO": "the teacher who sorts out extra help",
    "EHC": "your plan for learning, health and care",
    "EHCP": "your plan for learning, health and care",
    "CAMHS": "the mental health team for young people",
    "CQC": "the people who check health and care",
    "HMI": "inspector",
    "SENDIASS": "the service that gives free advice about extra help",
    "SALT": "speech therapy",
    "OT": "the person who helps with everyday skills",
    "TA": "teaching assistant",
    "LSA": "teaching assistant",
    "ADHD": "finding it hard to concentrate and sit still",
    "PRU": "a small school for pupils who cannot go to their usual school",
    "AP": "a small school for pupils who cannot go to their usual school",
    "PFA": "getting ready for adult life",
    "LA": "the council",
}

# Words and phrases, matched in any case, with a plainer way to say them.
JARGON: dict[str, str] = {
    # Inspection and service words
    "ofsted": "the people who check schools and services",
    "inspection": "a check",
    "evaluation": "a check",
    "local authority": "the council",
    "local offer": "the list of help in your area",
    "provision": "help",
    "coproduction": "working together",
    "co-production": "working together",
    "stakeholder": "person",
    "practitioner": "worker",
    "professional": "worker",
    "transition": "moving on",
    "assessment": "a check of what help you need",
    "annual review": "yearly meeting about your plan",
    "outcomes": "what happens for you",
    "respondent": "person who answers",
    "questionnaire": "survey",
    "anonymous": "we do not know your name",
    "confidential": "kept private",
    "safeguarding": "keeping you safe",
    "accessible": "easy to use",
    "high contrast": "black background",
    "contrast": "colours",
    # Long words with short, common alternatives
    "additional": "more",
    "approximately": "about",
    "assistance": "help",
    "commence": "start",
    "facilitate": "help",
    "identify": "find",
    "in order to": "to",
    "participate": "take part",
    "prior to": "before",
    "regarding": "about",
    "require": "need",
    "submit": "send",
    "subsequently": "later",
    "utilise": "use",
    "optional": "you do not have to",
    "mandatory": "you have to",
    "character": "letter",
    "characters": "letters",
    "navigate": "go",
    "resume": "carry on",
}

# Capitalised words that are not acronyms (or are allowed in easy-read).
ALLOWED_CAPITALS = frozenset({"I", "OK", "TV"})
