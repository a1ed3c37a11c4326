"""Flag comments that may disclose harm or risk, for a person to read now.

Recall matters more than precision: a false alarm costs a reviewer a minute,
a missed disclosure can cost far more. So the patterns are broad, and only
well-worn figures of speech are taken out first ("it's killing us with
paperwork", "I could kill for a reply", "dying to hear", "bored to death",
"at risk of exclusion", "kicked off"). Anything else that reads like harm
is flagged.

Matching runs on the canonical tokens from ``normalise.py``, so contractions,
hyphens and common typos are already folded ("doesn't" is "does not",
"self-harm" is "self harm").
"""

from __future__ import annotations

import re
from typing import Final

from voice.analysis.normalise import tokenise

_OBJ: Final = r"(?:him|her|them|me|us|my son|my daughter|my child|the child|the children)"
_SELF: Final = r"(?:himself|herself|themselves|themself|myself)"
_POSS: Final = r"(?:his|her|their|my)"

CATEGORIES: Final[dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": (
        r"\bsuicid\w*",
        rf"\bkill(?:s|ed|ing)? {_SELF}",
        r"\b(?:want|wants|wanted|wanting|wish|wishes|wished) to die\b",
        r"\bwish(?:es|ed)? (?:he|she|i|they) (?:was|were) dead",
        r"\bnot want to (?:be here|be alive|live|exist|wake up|be on this earth)",
        r"\bnot (?:be|being) here any ?more",
        r"\bbetter off (?:dead|without (?:him|her|me|them))",
        rf"\bend (?:it all|{_POSS} (?:own )?life)",
        rf"\btake {_POSS} own life",
        r"\bno (?:point|reason) (?:in )?(?:living|being alive)",
        r"\bwants? to disappear",
        rf"\bhang(?:ed|ing)? {_SELF}",
        r"\bjump(?:ed|ing)? (?:off|in front of)",
    ),
    "self_harm": (
        r"\bself harm\w*",
        rf"\bharm(?:s|ing|ed)? {_SELF}",
        rf"\b(?:cut|cuts|cutting|scratch\w*|burn\w*|hit|hits|hitting|bang\w*|bite|bites|"
        rf"biting|bit|punch\w*|hurt\w*|starv\w*) {_SELF}",
        r"\bhead bang\w*",
        rf"\bbang\w* {_POSS} head",
        r"\boverdos\w*",
        r"\bligature",
        rf"\bcuts? on {_POSS} (?:arm|arms|legs?|wrists?)",
    ),
    "physical_abuse": (
        rf"\b(?:hit|hits|hitting|punch\w*|kick\w*|slap\w*|beat|beats|beating|smack\w*|"
        rf"strangl\w*|chok\w*|throttl\w*|shov\w*|grab\w*|pinch\w*|bites|bitten|threw|"
        rf"burnt|burned|hurt|hurts|hurting|injured|shook) {_OBJ}(?! (?:out|off)\b)",
        r"\b(?:was|were|been|being|got|gets|get|is|are) (?:hit|punched|kicked|slapped|beaten|"
        r"smacked|strangled|choked|thrown|shoved|bitten|burned|burnt|attacked|assaulted|"
        r"hurt|injured|abused|shaken)(?! (?:out|off)\b)",
        r"\bbeat(?:en)? up\b",
        r"\bbruis\w*",
        rf"\bmarks on {_POSS}",
        r"\bphysical(?:ly)? abus\w*",
        r"\binjur(?:y|ies)\b",
        rf"\btortur\w* {_OBJ}",
    ),
    "sexual_abuse": (
        r"\bsexual\w*",
        r"\brap(?:e|ed|ing)\b",
        r"\bmolest\w*",
        r"\bgrop\w*",
        rf"\btouch\w* {_OBJ} (?:inappropriately|sexually|down there|in private)",
        r"\binappropriate(?:ly)? touch\w*",
        r"\btouched inappropriately",
        r"\bprivate parts",
        r"\bindecent\w*",
        rf"\bexpos\w* {_SELF}",
        r"\bnude\w*",
        r"\bnaked",
    ),
    "emotional_abuse": (
        rf"\b(?:scream\w*|swear\w*|swore) at {_OBJ}",
        rf"\bthreaten\w* (?:to )?(?:hurt|hit|kill|harm|{_OBJ})",
        r"\bhumiliat\w*",
        r"\bemotional(?:ly)? abus\w*",
        r"\bbelittl\w*",
        rf"\bcall\w* {_OBJ} (?:stupid|thick|retard\w*|a freak|worthless)",
        r"\bcoercive",
    ),
    "abuse": (r"\babus(?:e|ed|es|ing|ive|er|ers)\b",),
    "neglect": (
        r"\bneglect\w*",
        r"\bnot (?:being )?fed\b",
        r"\bno food\b",
        r"\bhungry\b",
        r"\bgo(?:es|ing)? without food",
        rf"\bleft (?:alone|on {_POSS} own|unattended|unsupervised) (?:for|all)",
        rf"\bleft (?:him|her|them) (?:alone|on {_POSS} own|unattended|unsupervised)",
        r"\bunattended\b",
        r"\bsoiled\b",
        r"\b(?:dirty|wet|soiled) (?:nappy|nappies|pad|pads|clothes) (?:for|all)",
        r"\bnot (?:been )?changed (?:for|all day)",
        r"\bdenied (?:food|water|medication|meds|the toilet|a drink)",
        r"\bnot allowed (?:to go )?to the toilet",
        r"\bno heating\b",
    ),
    "violence": (
        r"\bviolen\w*",
        r"\battack(?:s|ed|ing)? (?:him|her|me|them|us|other|others|staff|his|her|my)\b",
        r"\bassault\w*",
        r"\bweapons?\b",
        r"\bknife|\bknives\b",
        r"\bstab\w*",
        r"\bguns?\b",
        r"\bdomestic (?:abuse|violence)",
        r"\bthreaten\w* to kill",
        r"\bkill (?:him|her|me|you|us|them)\b(?! for\b)",
        r"\b(?:hurt|hit|kick|punch|bite|bit)\w* (?:other|others|staff|his sister|his brother|"
        r"her sister|her brother|children|kids|pupils|people)\b",
        r"\baggressi\w* (?:to|towards|with) (?:me|us|his|her|staff|other|others)",
    ),
    "restraint": (
        r"\brestrain\w*",
        r"\bheld (?:him |her |them )?down\b",
        rf"\bhold(?:s|ing)? {_OBJ} down",
        r"\bpinned\b",
        r"\blocked (?:him |her |them |me )?in (?:a|the|his|her|their|my) "
        r"(?:room|cupboard|office|cell|toilet|bathroom|classroom|car)",
        r"\blocked in\b",
        r"\bisolation (?:room|booth)",
        r"\bseclu\w*",
        r"\bphysical intervention",
        r"\bpositive handling",
        r"\bphysically (?:moved|removed|held|handled|restrained)",
        rf"\bshut {_OBJ} in\b",
        r"\bmanhandl\w*",
        r"\bdragged\b",
        r"\bprone position",
    ),
    "exploitation": (
        r"\bexploit\w*",
        r"\bcounty lines",
        r"\bgroom\w*",
        r"\bcse\b",
        r"\bcce\b",
        r"\btraffick\w*",
        r"\bradicali[sz]\w*",
        r"\bolder (?:men|man|boys|lads) (?:giving|buying|picking|messaging|taking)",
        r"\bsextort\w*",
        r"\bmade to (?:sell|carry|deliver|hold)",
        r"\bdrug dealer\w*|\bdealing drugs",
        r"\bgangs?\b",
    ),
    "unsafe_now": (
        r"\bnot safe\b",
        r"\bunsafe\b",
        r"\bin danger\b",
        r"\bat risk\b",
        r"\b(?:scared|afraid|frightened|terrified) (?:to go home|of going home)",
        r"\b(?:is|are|am) (?:scared|afraid|terrified|frightened) of (?:him|her|his|my|their|the)",
        r"\bnot (?:feel|feeling|feels) safe",
        r"\b(?:ran|run|runs|running) away\b",
        r"\b(?:went|gone|goes|going) missing|\bmissing from home",
        r"\bpolice (?:were|was|have been|had to be) called|\bcall(?:ed)? the police",
        r"\bsafeguarding (?:concern|issue|risk|referral)\w*",
        r"\bchild protection",
        r"\bimmediate danger",
    ),
    "family_crisis": (
        r"\bbreaking point",
        r"\b(?:can|could) not cope any ?more",
        r"\bend of (?:my|our) tether",
        r"\b(?:can|could) not go on\b",
        r"\bfalling apart",
    ),
}

# Figures of speech removed before matching.
_FIGURES: Final = re.compile(
    "|".join(
        (
            r"\bkill(?:ing|s)? (?:us|me|them|him|her)?\s?(?:with|by)\b",
            r"\b(?:is|it is|this is|that is|are) killing (?:us|me|them)\b",
            r"\bkilling (?:us|me)\b",
            r"\b(?:could|would) (?:kill|murder) for\b",
            r"\bdying (?:to|for)\b",
            r"\bto die for\b",
            r"\b(?:bored|scared|worried|sick|done) to death\b",
            r"\bover my dead body\b",
            r"\bdead (?:end|loss|easy|set)\b",
            r"\bhit (?:a|the) (?:brick wall|wall|roof|ceiling|jackpot|ground running)\b",
            r"\bhit and miss\b",
            r"\bkick in the teeth\b",
            r"\bslap in the face\b",
            r"\bbeat the system\b",
            r"\bpanic attack\w*",
            r"\bkick\w* (?:off|out)\b",
            r"\babuse of (?:the )?(?:system|power|process|position|trust)\b",
            r"\bat risk of (?:exclusion|being excluded|permanent exclusion|losing|failing|"
            r"not|missing|falling|ceasing)",
            r"\bnot safe to say\b",
            r"\bpush(?:ed|ing)? (?:him|her|them) (?:too|to)\b",
        )
    )
)

_COMPILED: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (category, re.compile("|".join(patterns))) for category, patterns in CATEGORIES.items()
)
_QUICK: Final = re.compile("|".join(p for patterns in CATEGORIES.values() for p in patterns))


def screen_tokens(tokens: list[str]) -> tuple[str, ...]:
    text = _FIGURES.sub(" ", " ".join(tokens))
    if not _QUICK.search(text):
        return ()
    return tuple(category for category, pattern in _COMPILED if pattern.search(text))


def screen(text: str) -> tuple[str, ...]:
    """Category names of possible disclosures; empty when nothing was found."""
    return screen_tokens(tokenise(text))
