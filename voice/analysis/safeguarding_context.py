"""Alarming words that are not a current risk to a child: a last check on a flag.

The word lists and the model in ``safeguarding_model`` are tuned for recall,
so they flag comments whose harm words describe no risk now:

* **past and resolved**: "she was self-harming in Year 9 but ... she has been
  doing well for over a year", "restrained once at her previous PRU, three
  years ago ... the current staff are amazing";
* **managed medical needs**: bruising from haemophilia or from AFOs, weight
  loss on ADHD medication "the paediatrician is monitoring", food locked
  away for Prader-Willi "on dietitian advice", a PEG "monitored by the
  dietitian";
* **policy, training and teaching**: "trained to use safe holding as a last
  resort", "our policy is clear that seclusion is not permitted", a PSHE
  lesson about self-harm;
* **figures of speech about services and the parent's own state**: "she'd be
  eaten alive", "we are all on our knees", "I could murder the person who
  designed the portal", "I wish I could disappear for a weekend";
* **"missing" that is no missing child**: missed lessons, missing coursework,
  "Missing: one educational psychologist", missing a parent who works away;
* **an alarm checked and explained**: "it turned out to be a birthmark";
* **play, sport and lessons that went well**: scratches from a cross-country
  race "absolutely buzzing", a knife-skills lesson with the TA beside him,
  unless the comment doubts the explanation ("says it's from the cat");
* **a space the child chooses**: a den or a tent "he chooses to go in", a
  quiet room with "the door always open";
* **a fear for the future that has not come true**: "what if she wanders off
  one day? She never has", "I'm scared he'll be exploited at college. Nothing
  has happened";
* **a concern a professional checked and ruled out**: "CAMHS assessed her ...
  not self-harm ... no further concerns";
* **harm in general, or in news, fiction and training**: suicide statistics,
  a documentary, a news story, a play or a film about it, a workshop on it;
* **the parent's own health** with the children said to be happy and safe;
  a sibling who "feels neglected" beside the appointments; a tic or echolalia
  that repeats a threat.

A flag is lifted only when one of these shapes is present *and* nothing in the
comment points to a risk now: no word of time that brings it into the present
("again", "still", "last night", "this week", "recently", "keeps"), no
present-tense threat or secret, no "started" or "worse". A comment can hold a
resolved past and a new risk; the present-tense markers keep those flagged.
Words that only date the comment ("today", "this week", "every day") keep a
resolved past, a managed condition or a policy flagged, but not a figure of
speech, a missed lesson, an explained alarm or a lesson that went well.

``cues`` names each cue found on its own (a past, a resolution, a present-tense
marker...), so the model can weigh a partial shape too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

_I: Final = re.IGNORECASE

# Anything that brings harm into the present keeps the flag. "Still" about a record
# ("it's still in her file", "still comes up in reports") is the paperwork, not the harm.
_CURRENT: Final = re.compile(
    r"\b(?:(?<!never happened )(?<!not happened )again|"
    r"still(?! (?:comes? up|(?:in|on) (?:her|his|their|the|my) (?:file|records?|notes|reports?|chronology)))|"
    r"recently|lately|last (?:night|week|weekend|month|term)|tonight|keeps|kept (?:saying|telling|doing)|"
    r"(?:started|begun|began|starting) (?:to |again|\w+ing)|(?:is|are|'s|'re) being|"
    r"now (?:he|she|they)(?:'s| is| are) (?!doing|thriving|settled|happy|safe)\w+ing|"
    r"(?:getting|got) worse|worse|won'?t eat|not eating|stopped eating|wants? to die|"
    r"wants? to kill|going to kill|plans? to|secret|threaten\w*|scared of (?:him|her|them|going)|"
    r"afraid of (?:him|her|them|going)|frightened of (?:him|her|them|going)|"
    r"hasn'?t been seen|no one knows where|nobody knows where|can'?t find (?:him|her))\b",
    _I,
)
# Words that only place a comment in the present. They keep a resolved past, a managed
# condition or a policy flagged (the harm may be back), but a lesson "this week", a
# figure of speech "every day" or a missed lesson "today" is still no harm.
_NOW: Final = re.compile(
    r"\b(?:this (?:week|morning|term|month|weekend)|yesterday|today|at the moment|currently|right now|"
    r"(?<!more )(?<!better )every (?:day|night|week|morning))\b",
    _I,
)

# 1. A past that is over.
_PAST: Final = re.compile(
    r"\b(?:used to|had a (?:hard|difficult|rough|tough) (?:time|patch|spell)|back in (?:primary|nursery|"
    r"reception|year \d+)|when i was (?:little|small|younger|a baby|\d+)|before we (?:got|had) (?:custody|him|her)|"
    r"when (?:he|she|they) (?:was|were) (?:small|little|younger|a toddler|a baby|"
    r"about \d+|\d+)|as a (?:toddler|baby)|years ago|(?:a|one|two|three|four|five|six|\d+) years? ago|"
    r"in (?:19|20)\d\d|(?:his|her|their|my) (?:old|previous|last|former) (?:school|pru|unit|home|"
    r"setting|nursery|college|children'?s home|care home|placement)|the old (?:school|unit|children'?s home|"
    r"home)|previous (?:school|pru|setting|placement)|last year|in year \d+|at (?:\d+|thirteen|"
    r"fourteen|fifteen|twelve|eleven|ten)\b|had (?:anorexia|bulimia|an eating disorder)|"
    r"was (?:self[- ]harming|groomed|restrained|in a violent relationship)|(?:a )?long time ago|historic|"
    r"(?:went through|had) a phase|when (?:she|he|they) (?:was|were) in (?:reception|nursery|year \d+)|"
    r"at (?:two|three|four|five|six|seven|eight|nine)\b|last (?:winter|summer|spring|autumn)|"
    r"before (?:she|he|they) (?:was|were|came to us|moved in)|since (?:camhs|therapy|counselling|dbt|cbt|"
    r"(?:the|her|his|their) (?:therapist|counsell?or|nurse|paediatrician|medication)))",
    _I,
)
_RESOLVED: Final = re.compile(
    r"\b(?:hasn'?t (?:done it|happened|come up|self[- ]harmed|needed)|has not (?:happened|done it|"
    r"come up)|(?:has|it|that) (?:almost |mostly |largely )?stopped|stopped completely|"
    r"(?:hasn'?t|has not|haven'?t|have not) (?:gone missing|run off|run away|cut|(?:hurt|harmed) "
    r"(?:herself|himself|themselves))|in over (?:a|two|three|\d+) (?:years?|months)|"
    r"(?:been|are|felt) safe (?:for|since|ever since)|(?:have|has) a (?:lovely|safe|happy|stable) home|"
    r"is easing|fully healed|(?:was|been|is) discharged|(?:has|have) moved on|it faded|"
    r"(?:has|have|had) (?:reduced|faded)|(?:hasn'?t|has not|haven'?t|have not) had a problem since|"
    r"(?:there'?s|there has) been nothing since|(?:she'?s|he'?s|they'?re) back (?:at|to) (?:her|his|their|school|"
    r"usual|normal)|no longer|now (?:safe|well|settled|stable|"
    r"happy|fine|thriving|18|an adult)|(?:is|are|she'?s|he'?s|they'?re|we'?re) (?:now )?(?:safe|"
    r"well|settled|thriving|doing (?:really |so )?well)|doing (?:really |so |very )?well|"
    r"recovered|come a long way|been settled|(?:a )?great outcome|dealt with|was investigated|"
    r"were retrained|(?:is|was) closed|is lovely|are amazing|for over a year|for (?:two|three|four|"
    r"five|\d+) years|(?:helped|help) (?:him|her|them|my \w+) (?:so much )?(?:stop|with)|"
    r"knows who to talk to|hasn'?t happened since|in prison|we left|never happened again|"
    r"(?:has|have) never (?:run off|happened|done it)|(?:haven'?t|hasn'?t|have not|has not) (?:done it|"
    r"happened) in (?:ages|years|months)|(?:i|he|she) (?:don'?t|dont|doesn'?t|dosnt) (?:now|any ?more)|"
    r"(?:doesn'?t|dosnt|does not) hurt (?:now|any ?more)|(?:doesn'?t|does not) remember|no contact|"
    r"doing great|(?:he|she|i)(?:'s|'m| is| am) (?:\d+|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|an adult) now|(?:has not|hasn'?t) been \w+ (?:once )?since|"
    r"hasn'?t done it since|investigated|(?:was|were) dismissed|(?:in|is) year \d+ now|(?:it'?s|it has) worked)\b",
    _I,
)

# 2. A medical need that is known and managed.
_MEDICAL: Final = re.compile(
    r"\b(?:haemophilia|hemophilia|afos?|orthotist|peg|gastrostomy|prader[- ]willi|dietitian|"
    r"dietician|paediatrician|pediatrician|medication|arfid|care plan|bereavement counsell?or|"
    r"dentist|orthodontist|medical appointments|epilepsy nurse|"
    r"haematolog\w*|seizures?|midazolam|eye drops|conjunctivitis|tonsils|jabs|vaccinations?|booster|"
    r"dyspraxia|bleeding disorder|reflux|operation|consultant|psychologist|"
    r"physio\w*|sleep clinic|methylphenidate|tube feed|spica|surgery|clotting factor|"
    r"the gp|the ot|eczema|dermatolog\w*|walking frame|splints?|hoist|cerebral palsy)\b",
    _I,
)
_MANAGED: Final = re.compile(
    r"\b(?:monitor\w*|care plan|refit\w*|adjusted|all good|stable|growing|no concerns|on "
    r"(?:dietitian|medical|doctor'?s) advice|normal part|otherwise happy|sedation|was kind|"
    r"caught up|tuition|safe foods|doing well|review\w* (?:his|her|their) "
    r"medication|weighs (?:him|her|them)|logs every|given at home|set it up|suggested|gaining|"
    r"supplements|padded|is helping|weigh\w* (?:him|her|them)|(?:says|said) (?:that'?s|this is|it'?s) "
    r"(?:normal|common|expected)|trained to (?:give|administer|use)|(?:seizure|health|feeding) plan|"
    r"just for that (?:week|day|once)|eating more|(?:it'?s|is) (?:much )?(?:better|calmer|improving|settling)|"
    r"improving|"
    r"(?:has|have) reduced|isn'?t worried|not worried|checks (?:him|her|them)|putting (?:it|the weight) back on|"
    r"were explained|"
    r"(?:sensory|behaviour|safety|support) plan|sedat\w*|done safely)\b",
    _I,
)

# 3. Policy, training and teaching, said of no particular child.
_POLICY: Final = re.compile(
    r"\b(?:(?:our|the|their|school'?s?) policy|(?:is|are) not permitted|trained to use|trained in|"
    r"as a last resort|should never be used|"
    r"(?:staff|they) are (?:all )?trained to (?:give|administer|use)|staff training (?:on|about|in)|"
    r"(?:an|the) assembly (?:on|about)|(?:school|college) teaches|"
    r"more vulnerable to|need(?:s)? to be teaching|"
    r"teaching (?:this|about)|in pshe|a documentary|handled it sensitively|"
    r"(?:has|have) never been used|training (?:on|about|in) [\w ]{0,60}(?:is|was) "
    r"booked|there (?:hasn'?t|has not) been any)\b",
    _I,
)

# 4. Figures of speech about services, and the parent's own state.
_FIGURATIVE: Final = re.compile(
    r"\b(?:eaten alive|on (?:our|my|their) knees|could (?:murder|kill|strangle) (?:the|whoever|"
    r"the person|someone at|them at)|national scandal|sheer neglect of|neglect of (?:send|sen|"
    r"disabled) (?:kids|children|pupils)|(?:disappear|run away) for (?:a|the) (?:weekend|day|week|night|few)|"
    r"(?:sibling|brother|sister)s? (?:feels?|has been|have been|gets?|is|are) (?:neglected|left out)|"
    r"tics?|tourette'?s|echolalia|repeats (?:lines|phrases)|scripting|"
    r"get some sleep|i'?m an adult|i'?ll cope|'runaway'|runaway behaviour|showed (?:great |real )?restraint|"
    r"literally dead|dead on my feet|crisis over|i (?:feel like i )?neglect (?:his|her|their|my) (?:brother|sister|"
    r"siblings?)|(?:la|council|local authority) treats (?:parents|families)|"
    r"(?:does not|doesn'?t) mean it|at the (?:screen|tv|telly|game)|running away to (?:a|the) (?:beach|island|sun)|"
    r"fantasi[sz]e about|running on empty|just need a break|then i'?m fine|(?:you'?re|you are|it'?s|this is|"
    r"that'?s) killing me|screamed the place down|locked in (?:when|to|on) (?:he|she|they|his|her|the))\b",
    _I,
)

# 5. "Missing" that is not a child gone missing.
_MISSING_THING: Final = re.compile(
    r"(?:\bmissing:|'missing'|\bmissing (?:from )?(?:his|her|their)? ?(?:lessons?|classes|"
    r"coursework|reports?|homework|school days?|sessions?)\b|\bmissed (?:\d+%|all|most|some|a lot) "
    r"(?:of )?(?:school|lessons|sessions)|\bwas found in the (?:library|classroom|playground|"
    r"toilets|office|cupboard)|\bwhere are they\?|"
    r"\b(?:escort|driver|paperwork|forms?|letters?|files?|reports?) went missing\b|"
    r"\bmissing (?:his|her|their|my) (?:dad|daddy|mum|mummy|nan|nana|"
    r"grandad|grandma|friends?|brother|sister|dog|cat)\b)",
    _I,
)

# 6. An alarm that was checked and explained.
_EXPLAINED: Final = re.compile(
    r"\b(?:turned out (?:to be|it was)|case (?:was )?closed|(?:says|said) (?:this|that|it) is (?:normal|common|"
    r"typical)|which the \w+ (?:says|said) is (?:normal|common|typical))\b", _I)

# 8. A space the child chooses and can leave: a den, a tent, a calm corner.
_CHOSEN: Final = re.compile(
    r"\b(?:chooses? to (?:go|use|sit)|the door (?:is )?always open|took the door off|whenever (?:he|she|they) "
    r"wants?|can (?:go in and out|come out whenever))\b", _I)

# 9. The parent's own health or stress, with the children said to be well.
_PARENT_OWN: Final = re.compile(
    r"\bmy own (?:mental health|health|stress|anxiety|depression|wellbeing)\b", _I)
_CHILDREN_WELL: Final = re.compile(
    r"\b(?:children|kids|they|he|she) (?:are|is) (?:happy|safe|fine|thriving|well looked after)\b", _I)

# 7. Everyday play, sport and lessons that went well, with nothing doubted.
_ACTIVITY: Final = re.compile(
    r"\b(?:drama (?:group|club|class)|food tech|knife skills|cross country|playing football|football at break|"
    r"climbing frame|bramble|sports day|swimming lesson|rugby|riding lesson|gymnastics|trampoline|"
    r"on the swings?|skate ?park)\b",
    _I,
)
_WENT_WELL: Final = re.compile(
    r"\b(?:buzzing|proud|went well|was fine|he'?s fine|she'?s fine|came (?:first|second|third|fourth)|"
    r"everyone wanted to see|first aid was given|right beside|safely|a grin|laughing|"
    r"check(?:ed)? on (?:him|her))\b",
    _I,
)
_DOUBT: Final = re.compile(r"\b(?:but (?:he|she|they) (?:say|said|says)|says? it'?s from|claims?|doesn'?t add up|"
                           r"don'?t believe|not sure that'?s)\b", _I)

# 10. A fear for the future, with what is feared said not to have happened.
_FEAR: Final = re.compile(
    r"\b(?:what if|i (?:worry|fear)|my (?:worry|fear) is|i'?m (?:scared|terrified|worried|frightened|afraid)|"
    r"(?:if|when) (?:they|he|she|someone|anyone) ever|when (?:he|she|they)(?:'s| is| are| gets?| goes) (?:older|"
    r"a teenager|to college|to uni)|when (?:he|she|they) hits? puberty|(?:do|deliver) (?:some )?preventative)\b", _I)
_NOT_HAPPENED: Final = re.compile(
    r"\b(?:(?:he|she|they|it) (?:never has|has never|hasn'?t (?:yet|so far)?)|nothing (?:like that )?has happened|"
    r"(?:there'?s|there is) no one like that|so far (?:so good|(?:the|he|she|they)\b)|(?:at the moment|for now|"
    r"right now),? (?:she|he|they|we)(?:'s| is| are| can)? ?(?:ok|okay|fine|manage|managing|safe)|(?:she|he)(?:'s| is) "
    r"(?:ok|okay|fine|safe|well) now|(?:doesn'?t|does not) have (?:one|it)|preventative|in (?:his|her|their) plan|"
    r"good to be prepared|as a precaution)\b", _I)

# 11. A concern a professional checked and ruled out.
_CHECKED: Final = re.compile(
    r"\b(?:assessed|checked|risk assessment|looked into|investigated|referral|met (?:her|him|them))\b", _I)
_RULED_OUT: Final = re.compile(
    r"\b(?:concluded|ruled out|no (?:further )?concerns?|no (?:evidence|risk|intent|ideation)|not (?:an? )?"
    r"(?:self[- ]harm\w*|eating disorder|disordered eating|abuse)|no disordered eating|(?:closed|withdrawn) (?:it|the "
    r"case)|happy (?:that )?there'?s no|(?:his|her|their) weight is (?:fine|normal|healthy))\b", _I)

# 12. Harm in general, or in the news, fiction and training, not to a child of the writer's.
_GENERAL: Final = re.compile(
    r"\b(?:statistics|nationally|rates of|documentary|news (?:story|coverage|piece|report)|in the (?:paper|news)|"
    r"(?:bbc|tv|radio) (?:piece|programme|story)|campaign (?:about|on)|inquiry|(?:a|the) (?:book|novel|play|film|"
    r"show|song|musical) (?:about|where|with|they)|(?:training|workshop|session|course) (?:on|about))\b", _I)

# The fears, checks and news above sit beside real disclosures too ("CAMHS said no concerns, but
# he has new bruises every week"; "a news story about county lines, and he comes home with cash"),
# so those three shapes also need none of these signs of a risk now.
_RISK_NOW: Final = re.compile(
    r"\b(?:but (?:he|she|they|i|it|now|then|there|someone|somebody)\b|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"next time|what (?:i|he|she|they) (?:might|will|could|would) do|(?:can'?t|cannot) (?:go on|cope|carry on|take)|"
    r"talks? about (?:it|dying|death|killing|ending)|(?:new|fresh) (?:bruises|marks|cuts|injur\w*)|coming home with|"
    r"gives? (?:him|her|them) (?:gifts|money|cash|presents|a phone)|that (?:i|we) know of|overdose|"
    r"(?:has|have|'s|'ve) been (?:coming|going|getting|sending|meeting|seeing|taking|hiding|cutting|hurting))\b", _I)


def _with_no_risk_now(test: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda t: test(t) and not _RISK_NOW.search(t)


_SHAPES: Final = (
    ("resolved", lambda t: bool(_PAST.search(t) and _RESOLVED.search(t))),
    ("managed_medical", lambda t: bool(_MEDICAL.search(t) and _MANAGED.search(t))),
    ("policy", lambda t: bool(_POLICY.search(t))),
    ("figurative", lambda t: bool(_FIGURATIVE.search(t))),
    ("missing_thing", lambda t: bool(_MISSING_THING.search(t))),
    ("explained", lambda t: bool(_EXPLAINED.search(t))),
    ("activity", lambda t: bool(_ACTIVITY.search(t) and _WENT_WELL.search(t) and not _DOUBT.search(t))),
    ("chosen_space", lambda t: bool(_CHOSEN.search(t))),
    ("parent_own", lambda t: bool(_PARENT_OWN.search(t) and _CHILDREN_WELL.search(t))),
    ("hypothetical", _with_no_risk_now(lambda t: bool(_FEAR.search(t) and _NOT_HAPPENED.search(t)))),
    ("ruled_out", _with_no_risk_now(lambda t: bool(_CHECKED.search(t) and _RULED_OUT.search(t)))),
    ("general", _with_no_risk_now(lambda t: bool(_GENERAL.search(t)))),
)
# Shapes about the present itself, which a word like "today" does not bring back.
_PRESENT_SHAPES: Final = frozenset({"figurative", "missing_thing", "explained", "activity", "hypothetical",
                                    "ruled_out", "general"})


# Each cue on its own, for the model to weigh (``safeguarding_model.features``): a resolved
# word beside a present-tense marker is weaker evidence than a whole shape, but not none.
_CUES: Final = (("past", _PAST), ("resolved", _RESOLVED), ("medical", _MEDICAL), ("managed", _MANAGED),
                ("policy", _POLICY), ("figurative", _FIGURATIVE), ("missing_thing", _MISSING_THING),
                ("explained", _EXPLAINED), ("chosen", _CHOSEN), ("now", _NOW), ("current", _CURRENT))


def cues(text: str) -> tuple[str, ...]:
    """The names of the cues (a past, a present-tense marker...) found in ``text``."""
    return tuple(name for name, pattern in _CUES if pattern.search(text))


def not_current_reason(text: str) -> str:
    """The shape that shows no current risk ("resolved", "policy"...), or "" when
    none does or when anything in the text points to a risk now."""
    if not text or _CURRENT.search(text):
        return ""
    now = bool(_NOW.search(text))
    for name, test in _SHAPES:
        if (not now or name in _PRESENT_SHAPES) and test(text):
            return name
    return ""


def not_current_risk(text: str) -> bool:
    """Whether a flag on ``text`` may be lifted: alarming words, no current risk."""
    return bool(not_current_reason(text))
