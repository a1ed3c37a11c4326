"""Theme cues: pattern -> weight, one table per theme key.

Written for Voice from the way families describe the SEND system, in
official words and everyday ones. Pattern syntax is described in
``voice/analysis/lexicon.py``; tokens are the canonical forms produced by
``voice/analysis/normalise.py`` (so "CAHMS" is already "camhs", "don't" is
"do not" and "1:1" is "onetoone").

Weights: 1.0 is enough on its own to tag the theme; smaller weights need
another cue. A weight of 0 in ``BLOCKS`` claims the tokens of a phrase so a
shorter cue inside it does not count ("bus to school" is not about school).
"""

from __future__ import annotations

from typing import Final

# Who is speaking or acting, when the comment is about how they communicate.
_ACTOR: Final = "school|senco|teacher|teachers|staff|head|college"

# Word classes for compositional cues. Families rarely use the official words
# for communication or information; they describe what people did or did not
# do ("nobody got back to me", "we were never told", "they don't talk to each
# other"), so these cues combine a class of verbs with a negator, a
# professional or an organisation instead of listing whole sentences.

#: Professionals and organisations, named directly or indirectly.
_PRO: Final = (
    "council|team|worker|workers|coordinator|professional|professionals|service|services|"
    "department|office|manager|lady|man|woman|social|hub|they"
)
#: Professionals whose job also names a theme: the cue keeps that theme too.
_PRO_EHC: Final = "caseworker|caseworkers|officer|officers|panel"
_PRO_HEALTH: Final = (
    "doctor|doctors|consultant|consultants|paediatrician|camhs|gp|therapist|therapists|"
    "nurse|hospital|clinic"
)
#: What a school or a nursery does when it is the one acting.
_ACTING: Final = "just|still|keep|keeps|kept|refuse|refused|refuses|ignore|ignored|ignores|wo"
#: Making contact or answering it.
_CONTACT: Final = (
    "ring|rings|rang|rung|ringing|phone|phones|phoned|phoning|call|calls|called|calling|"
    "email|emails|emailed|emailing|reply|replies|replied|replying|respond|responds|"
    "responded|responding|answer|answers|answered|contact|contacts|contacted|inform|informs|"
    "informed|acknowledge|acknowledged|chase|chased"
)
#: The same without "call", which is as often "called him names".
_CONTACT_BY: Final = _CONTACT.replace("call|calls|called|calling|", "")
#: Telling, explaining, asking and listening: how families are treated as partners.
_TELL: Final = (
    "tell|tells|told|telling|explain|explains|explained|explaining|warn|warned|ask|asks|"
    "asked|asking|consult|consults|consulted|involve|involves|involved|"
    "listen|listens|listened|listening|discuss|discussed|mention|mentioned|notify|notified"
)

IDENTIFICATION: Final[dict[str, float]] = {
    "neurodevelopmental|autism|adhd|asd wait* list*": 1.0,
    "not _? be|have dyslexic|autistic|adhd|autism|dyslexia": 1.0,
    "parental request*": 0.5, "too bright": 0.8, "holds|hold|holding it together": 0.5,
    "diagnos*": 1.0, "diagnosis|diagnosed ... autis*|adhd": 1.0, "undiagnosed": 1.0,
    "assess": 1.0, "assessed": 1.0, "assessing": 1.0, "assessment*": 1.0,
    "assessment* of his|her|their|my needs": 1.0, "carry|carried out an? assessment*": 1.0,
    "neurodevelopmental|nd|autism|adhd|asd clinic|team|service|services": 1.0,
    "needs assessment*": 1.0, "statutory assessment": 1.0, "assessment of need*": 1.0,
    "autism|adhd|asd|neurodevelopmental assessment*": 1.0,
    "autism|adhd|nd|neurodevelopmental|asd|assessment pathway*": 1.0, "pathway*": 0.8,
    "autis*": 0.5, "adhd": 0.5, "asperger*": 0.5, "pda": 0.4, "dyslexi*": 0.6,
    "dyspraxi*": 0.6, "dyscalculi*": 0.6, "neurodivers*": 0.4, "neurodevelopmental": 0.6,
    "educational psychologist*": 1.0, "educational psychology": 1.0, "ep": 0.8,
    "ed psych*": 1.0, "psychologist*": 0.5,
    "identif*": 0.8, "early identification": 1.0, "screening": 0.6,
    "needs ... missed|overlooked|unnoticed|unrecognised|unmet": 0.8,
    "missed|overlooked ... needs": 0.6, "spotted": 0.6, "spot the signs": 1.0,
    "picked up on": 0.6, "not picked up": 0.8, "noticed": 0.3,
    "noticed|spotted|raised ... problems|difficulties|needs|signs": 1.0,
    "picked up ... problems|difficulties|needs|signs": 1.0, "recognis*": 0.4,
    "signs": 0.4, "concerns": 0.3, "raised concerns": 0.5, "tested for": 1.0,
    "test for": 0.8, "evaluat*": 0.4, "masks": 0.6, "masking": 0.6,
    "wait* ... autis*|adhd|diagnos*|assess*": 0.6, "see anyone|someone about": 0.4,
    "wait and see": 0.8, "grow out of it": 1.0, "too young to": 0.5, "right to choose": 1.0,
    "referr*": 0.4, "refer": 0.4, "referred": 0.4, "looking at his|her|their needs": 0.8,
    "understand* his|her|their needs": 0.4, "what his|her|their needs are": 0.6,
    "not taken seriously": 0.4, "took us seriously": 0.4, "girls": 0.2,
    # indirect references to assessment and spotting needs
    "ep report|reports|assessment|assessments|visit|advice|input": 1.0,
    "ed psych report|reports|assessment|assessments|visit|advice|input": 1.0,
    "spotted|flagged": 0.8,
    "spotted|flagged|noticed it|this|something|that|him|her early": 1.0,
    "spotted|flagged|noticed it|this|something|that|him|her straight away": 1.0,
    "about my|his|her|their autism|adhd|dyslexia|dyspraxia|diagnosis|needs": 1.0,
    "autism|adhd|asd|dyslexia test|tests|testing": 1.0,
    "not|never|refus*|refusing _? refer|referred|referral": 1.0,
}

EHC_PLANS: Final[dict[str, float]] = {
    "copied|copy|copying": 0.5, "good|great|bad|poor|vague|detailed|generic|useless plan": 1.0,
    "consulted|consult|consulting _? _? schools|school|colleges": 1.0,
    "meet his|her|their need|needs": 0.3,
    "parental request*": 1.0,
    "ehcp": 1.0, "ehc": 1.0, "ehc plan*": 1.0, "education health and care": 1.0,
    "education , health and care": 1.0, "statement": 0.5, "statemented": 1.0,
    "the|his|her|their|my|our|your|draft|final|amended plan": 1.0, "a|new plan": 0.6, "plan": 0.5,
    "plan itself": 1.0, "school named|naming": 1.0, "named against": 1.0,
    "plans": 0.6, "annual review*": 1.0, "my|his|her|their|our review|reviews": 1.0,
    "the|a|next|last review": 0.5, "review meeting*": 0.6, "reviews": 0.4,
    "draft*": 0.6, "finalis*": 0.8, "amend*": 0.6, "issued": 0.4, "issue the plan": 1.0,
    "# week*": 0.4, "20 week*": 1.0, "twenty week*": 1.0, "legal time limit*": 1.0,
    "statutory": 0.6, "timescale*": 0.5, "deadline*": 0.4, "legal limit": 0.8,
    "section f|i|b|e": 1.0, "named school": 1.0, "name the|a school": 1.0,

    "tribunal*": 1.0, "sendist": 1.0, "appeal*": 0.7, "mediation": 0.8,
    "caseworker*": 1.0, "case worker*": 1.0, "case officer*": 1.0, "case manager*": 0.8,
    "sen|send team": 0.7, "sen|send department": 0.7, "sen|send service*": 0.6,
    "sen|send officer*": 0.9, "panel*": 1.0, "provision": 0.3, "specified": 0.4,
    "quantified": 0.6, "cease*": 0.6, "ceasing": 0.6, "not followed": 0.5,
    "not being followed": 0.5, "not being delivered": 0.5, "not delivered": 0.5,
    "cut and paste": 0.6, "copy and paste": 0.6, "enforc*": 0.4, "paperwork": 0.4,
    "refus* to issue": 1.0, "need|needs|without a plan": 1.0, "ipsea": 0.3, "legal*": 0.3,
    "hours onetoone": 0.3,
}

COMMUNICATION: Final[dict[str, float]] = {
    "shouted|shouts|screamed at me|us": 0.8,
    "held|done|happened|happen|happens without me|us|parents|families": 1.0,
    "us against|versus|vs them": 1.0, "had|have|having to chase": 1.0,
    "left out of the|his|her|my plan|report|minutes|meeting|decision": 1.0,
    "join|joins|joined it|things|anything|everything up": 0.8, "told different things": 1.0,
    "know what is going on|happening": 1.0, "what is|was going on|happening": 0.6,
    "heard nothing": 1.0, "not heard anything|back": 1.0, "never heard back": 1.0,
    "ask*|asked my|his|her|our? daughter|son|child|us|me|him|her|them what|how|why": 1.0, "own words|voice": 0.8,
    "ask*|asked _? what i|we|he|she|they think*|thought|want*|feel*|felt|need*|like": 1.0, "treated|treat|treats _? like": 1.0,
    "bad parents|parenting": 0.6, "lets|let us|me know": 0.8, "nobody|noone believes|believed": 1.0,
    "adversarial": 0.8, "solicitor*": 0.4,
    "listen*": 1.0, "heard": 0.5, "feel heard": 1.0, "not heard": 0.9, "ignor*": 0.8,
    "dismiss*": 0.8, "fight*": 1.0, "fought": 1.0, "battl*": 1.0, "chas*": 0.8,
    "ring|rings|rang|rung|ringing|call|calls|called|calling|phone|phoned me|us|him|her? back": 1.0,
    "get|got|gets|getting back to": 0.9, "return* ... call*|calls|emails|messages": 1.0,
    "unanswered": 1.0, "reply|replies|replied|replying": 0.8,
    "respond*|response*": 0.7, "calls|emails|messages not returned|answered": 1.0, "answer*": 0.3,
    "not|never answer|answers|answered|answering": 1.0,
    "email*": 0.6,
    "phone*": 0.4, "rang": 0.4, "ring": 0.3, "messages": 0.5, "voicemail*": 0.6,
    "communicat*": 1.0, "kept|keep|keeps|keeping ... informed|updated": 1.0,
    "in the loop": 1.0, "updat*": 0.7, "involv*": 0.8, "involved in": 1.0,
    "consult": 0.8, "consulted": 0.9, "consultation*": 0.8, "co production": 1.0,
    "coproduc*": 1.0, "co produc*": 1.0, "partner*": 0.6, "partnership": 0.9,
    "working together": 1.0, "work* with us|parents|families|me": 0.9, "views": 0.8,
    "opinion*": 0.8, "ask me": 1.0, "asks me": 1.0, "asked me": 0.8, "ask us": 0.8,
    "asked us": 0.8, "asks us": 0.8, "asked for our|my views": 1.0,
    "say in": 0.6, "written|made|done|planned with us|parents|me|families": 1.0,
    "termly|regular|weekly|monthly meetings|meeting": 1.0, "threaten* legal": 1.0,
    "a|my|our|his|her say": 1.0, "get|got|gets to say": 1.0,
    "decision*": 0.7, "decision making": 1.0, "meeting*": 0.3,
    "nobody|noone tells|told": 1.0, "no one tells|told": 1.0, "not told": 1.0,
    "never told": 1.0, "without telling": 1.0, "tell us anything": 0.8,
    "tell our story": 1.0, "told afterwards": 0.6, "find out about changes": 0.6,
    "blame*": 0.4, "parent blame": 1.0,
    "blame|blames|blamed|blaming parents|families|the parents|our parenting|my parenting": 1.0,
    "blame|blames|blamed|blaming me|us|mum|mums": 0.6, "treated like": 0.7, "believe us|me|parents": 0.7,
    "believed": 0.6, "take* ... seriously": 0.6, "patronis*": 0.8, "brick wall": 0.9,
    "talking to a wall": 0.9, "explain*": 0.5, "contact*": 0.5, "in touch": 0.6,
    "get hold of": 0.9, "unreachable": 0.8, "home school book|diary": 1.0,
    "communication book": 1.0, "joined up": 0.6, "join* anything|everything up": 0.7,
    "voice": 0.6, "talk to|with parents|us|me": 0.5, "talk about me": 0.7,
    "talk|talks|talked|talking over us|me|parents": 1.0,
    "made|taken|decided without me|us|parents|families": 1.0, "invisible": 0.6,
    "letter|letters": 0.6, "rings|rang|phones|calls|emails me|us": 0.8, "tell me|us how": 0.8,
    "legal action": 0.5, "closed doors": 0.6, "not allowed to attend": 0.8,
    "nobody|noone say|says|said nothing": 1.0,
    "nobody|noone cares": 0.4, "no one cares": 0.4, "professionals": 0.4, "understand us": 0.5,
    "responsib*": 0.3, "accountab*": 0.3, "nobody say|says nothing": 0.8,
    "showed me": 0.4, "no one showed me": 1.0, "nobody|noone showed me": 1.0,
    # compositional cues: a negator with a contact or telling verb ("nobody got
    # back to me", "we were never told", "without anyone asking us")
    f"not|never|nobody|without _? _? {_CONTACT}|{_TELL}": 1.0,
    f"no one _? _? {_CONTACT}|{_TELL}": 1.0,
    "not|never|nobody _? _? get|got|gets|getting|come|came back to": 1.0, "no one _? _? got back": 1.0,
    "not|never|nobody _? _? in touch": 1.0, "no one _? _? in touch": 1.0,
    "not|never|nobody _? _? follow|followed up": 1.0, "follow|follows|followed|following up": 0.6,
    "hear|heard|hearing back|from": 0.8,
    "pick|picks|picked|picking|answer|answers|answered|answering up? the|their|a phone|phones": 1.0,
    # a professional or an organisation making (or not making) contact
    f"{_PRO} _? _? {_CONTACT_BY}": 1.0,
    f"always|quickly|promptly|rarely|finally|eventually|actually|regularly _? {_CONTACT}": 0.8,
    "weekly|daily|regular|termly|monthly|fortnightly email|emails|call|calls|phone|update|updates|"
    "message|messages|catch|check|contact|visits|visit": 1.0,
    # having to chase: asking again and again
    "been asking|chasing|emailing|ringing|calling|phoning|pushing|begging|pestering": 1.0,
    f"{_CONTACT}|{_TELL}|wrote|written|messaged _? many|several|countless|numerous|multiple|# time|times":
        1.0,
    "lost count": 0.6,
    # professionals not talking to each other, or to the family
    "talk|talks|talking|talked|speak|speaks|spoke|speaking|communicat*|share|shares|sharing|"
    "liaise|liaising|work|working ... each other": 1.0,
    "talk|talks|talking|talked|speak|speaks|spoke|speaking|communicat*|share|shares|sharing|"
    "liaise|liaising|work|working ... one another": 1.0,
    "nobody|noone talks|talk|speaks|speak to|with each|one other|another": 1.0,
    "other one|ones|service|services|team|teams|department|agency job|responsibility|problem|remit":
        1.0,
    "stuck|caught in the middle": 1.0, "caught between": 1.0, "go between": 0.8,
    "tell|tells|told|telling|say|says|said us|me|you? something|things|anything different|else": 1.0,
    "different story|stories|answer|answers|advice": 0.8,
    "repeat|repeating|repeated myself|ourselves": 1.0,
    "repeat|repeating|repeated our|my|her|his|their story|stories": 1.0,
    "repeat|repeating|repeated the same": 0.8,
    "story again|over": 1.0, "story to every|each": 1.0, "start* again|over": 0.6, "from scratch": 0.4,
    "write|wrote|written|writes anything|nothing|things|it down": 0.8,
    "lost|lose|losing|misplaced|mislaid ... paperwork|forms|form|application|file|"
    "files|documents|reports|report|emails|email|letters|letter|records|referral": 1.0,
    # being involved: meetings, a say, advocates
    "# days|hours notice": 0.5, "short|no|little notice": 0.5, "without notice": 0.5,
    "in person": 0.6, "face to face": 0.6, "on my|our|his|her side": 0.6,
    "come|came|comes|attend|attends|attended to|at the|our|my|his|her? meeting|meetings|review|reviews":
        0.6,
    "round|around one|the|a table": 1.0, "coordinat*": 0.8, "co ordinat*": 0.8,
    "point of contact": 1.0, "advocate|advocates|advocacy": 0.8, "person centred": 0.8,
    "more|no|any|little|some|real|enough say": 1.0, "choose|chose|choice|choices": 0.5,
    "my|his|her|our meeting|meetings": 0.5, "ask|asks|asked me|us|him|her|them first": 1.0,
    "without _? _? meeting|seeing|speaking|talking|hearing|reading": 1.0, "behind our|my backs": 1.0,
    "talk|talks|talked|talking|speak|speaks|spoke|spoken to|with me|us|him|her|parents about": 1.0,
    # waiting for an answer; contacting them; things done together
    "wait*|still ... answer|reply|response|call|callback|email": 1.0,
    "i|we emailed|rang|phoned|contacted|messaged|wrote|write|email|ring|phone|contact": 0.6,
    "nobody|noone ... " + _CONTACT + "|" + _TELL: 1.0, "no one ... " + _CONTACT + "|" + _TELL: 1.0,
    "plan|planned|planning|decide|decided|wrote|write|written|agreed|agree|came|come|set ... together":
        1.0,
    "take|takes|took|taken|taking on board": 1.0,
    "decide|decides|decided|decision|decisions _? without": 1.0,
    "without _? _? reading|looking|considering|checking": 0.8,
    "no|without _? explanation|explanations|warning|reason|reasons": 1.0,
    "someone|somebody|anyone|they had _? told|explained|mentioned|warned|asked|listened": 1.0,
    "who is|was supposed|responsible": 0.8,
    "let|lets|letting|allowing|allow|give|giving us|me|parents _? have|give|share? our|my|a say": 0.0,
    "nobody|noone picked|picks|picking up": 1.0, "no one picked|picks|picking up": 1.0,
    f"i|we _? {_CONTACT}|{_TELL}|wrote|written|messaged ... two|three|four|five|six|several|many|"
    "countless|# time|times": 1.0,
    "told|tell|tells|say|says|said one thing": 1.0, "something|things _? different|else": 0.6,
    "my|our|his|her views|wishes|voice|words were|was|are|is written|included|put|recorded|"
    "captured|reflected|listened": 1.0,
    "not|never had|held _? _? conversation|conversations|discussion|discussions": 1.0,
    "nobody|noone ... conversation|discussion|conversations|discussions": 1.0,
    "had|have|has|having to fight|battle|chase|push|beg|shout|scream|argue|nag": 1.0,
    "straight answer|answers": 1.0, "answer|answers|reply|response from": 0.8,
    "letter|letters|emails from the|their|his|her? council|school|hospital|team|caseworker|"
    "consultant|doctor|paediatrician|clinic|service": 1.0,
    "would|will|'d call|ring|phone|email|reply|contact|write": 0.8, "would|will get back": 0.8,
    "no one|nobody did|ever": 0.4, "nobody|noone did|ever": 0.4,
    "information|messages between": 1.0,
    "came|come|comes|went|go|goes with me|us to|at|into the|our|my? meeting|meetings|review|reviews|"
    "tribunal|panel|appointment|appointments": 1.0,
    "no one|nobody|noone|not|never let|lets|letting us|me|parents know": 1.0,
    "the night|day|morning before the|a|our meeting|review|appointment|panel|tribunal": 0.8,
    "input": 0.8, "value|values|valued parents|our|my|their input|views|opinions": 1.0,
    "anyone|nobody|noone|they would|will _? speak|talk|listen|reply|respond|answer|help": 0.8,
    "no one would|will _? speak|talk|listen|reply|respond|answer": 0.8,
    "my|our|local mp|councillor": 0.8,
    "impossible|hard|difficult|unable|able|can|cannot to? reach|contact|get|speak": 0.5,
    "reach|contact|speak to|get through|get hold of them|anyone|someone|somebody? by|on the? phone": 1.0,
    "not|never|nobody _? _? update|updates|updated|updating us|me|parents|families": 1.0,
    "our|my|his|her|the whole story": 0.8, "one person who|to": 0.6,
    f"no professional|professionals|staff|teacher|doctor|worker _? _? {_CONTACT}|{_TELL}": 1.0,
    "team around the child|family": 1.0, "everyone in one|the same room": 1.0,
    # spoken over or about, not to: "the doctor talks to my mum not me", "talking
    # about me like I wasn't there", "nobody let me talk"
    "talk|talks|talked|talking|speak|speaks|spoke|speaking|ask|asks|asked|looked|look|looks "
    "to|at? my|his|her mum|dad|parents|carer|carers not|instead|rather": 1.0,
    "answer|speak|talk for myself|himself|herself|themselves": 1.0,
    "not _? _? look|looked|looking at me|him|her": 0.6,
    "like|as if i|he|she|we was|were|am|is not there|here": 1.0,
    "when i|he|she|we am|is|are|was|were not there": 0.7,
    "talk|talks|talked|talking|spoke|speaking about me|him|her|us": 0.7,
    "nobody|noone|not|never let|lets|letting me|us|him|her talk|speak|say|explain": 1.0,
    "no one let|lets|letting me|us|him|her talk|speak|say|explain": 1.0,
    # nobody caring what the family thinks, not trusting them, being forgotten
    "care|cares|cared what i|we|he|she|they think*|thought|want*|say|said|feel*": 1.0,
    "trust": 0.6, "not _? trust": 1.0, "lost _? trust|faith": 1.0,
    "forgotten about": 0.6, "fobbed off": 1.0, "fob|fobbing us|me off": 1.0,
    # having to fight: only the loudest get anything
    "pushy|shouty|loudest": 1.0, "shout the loudest": 1.0, "squeaky wheel": 1.0,
    # messages lost in the system; promises of a reply that never comes
    "calls|emails|messages|letters|appointments get|got|are|were|go|went missed|lost|forgotten|"
    "ignored|unanswered": 1.0,
    "nothing|never _? ever? comes|came|come back": 1.0,
    "take|took that|it|this away": 0.5, "look into it": 0.5, "keep|keeps|kept saying": 0.4,
    "the|any notes|minutes": 0.7, "sent|send|see the notes|minutes": 1.0,
    # participation: forums and groups where families are heard
    "parent|parents|youth reference|participation|steering|voice group|groups|panel|forum": 1.0,
    "parent|parents|youth forum|forums|panel|panels": 1.0,
    "have|had|has the ear of": 1.0, "got our|my back": 0.6,
    "made|make|makes me|us to? feel part of the team": 1.0, "feel|felt|feels part of the team": 0.6,
    "one page profile|profiles": 0.8,
    "nobody|noone read|reads|reading": 1.0, "no one read|reads|reading": 1.0,
}

HEALTH: Final[dict[str, float]] = {
    "health have|has|were|was|are|is": 1.0,
    "wheelchair": 0.6, "wait* ... wheelchair*": 1.0, "new wheelchair": 1.0,
    "camhs": 1.0, "mental health": 1.0, "salt": 1.0, "speech and language": 1.0,
    "speech therap*": 1.0, "speech": 0.6, "language therap*": 1.0, "therap*": 0.8,
    "ot": 1.0, "occupational therap*": 1.0, "physio*": 1.0, "paediatric*": 1.0,
    "consultant*": 0.8, "doctor*": 1.0,
    "see|saw|sees|seeing|talk|talks|talked|talking _? _? someone|somebody|lady|man|person|anyone|"
    "counsellor about _? feelings|worries|anxiety|mental|emotions": 1.0,
    "gp": 1.0, "hospital*": 0.9, "nurse|nurses|nursing": 1.0,
    "school nurse*": 1.0, "community nurs*": 1.0, "nhs": 0.8, "clinic*": 0.8,
    "appointment*": 0.6, "wait* list*": 0.5, "referral*": 0.4, "psychiatr*": 1.0,
    "counsell*": 0.8, "medicat*": 0.6, "meds": 0.6, "prescri*": 0.8, "epilep*": 0.5,
    "seizure*": 0.5, "wheelchair service*": 1.0, "wheelchair*": 0.3, "continence": 1.0,
    "nappies": 0.6, "nappy": 0.6, "cochlear": 1.0, "melatonin": 1.0,
    "blood test|tests|taken": 1.0, "pharmac*": 0.8, "chemist": 0.8, "dietit*": 1.0, "dietic*": 1.0, "dietician*": 1.0,
    "audiolog*": 1.0, "hearing aid*": 0.4, "optician*": 1.0, "orthopti*": 1.0,
    "eye clinic": 1.0, "dentist*": 0.8, "child development centre|team": 1.0,
    "health": 0.5, "health service*": 1.0, "health team": 1.0, "crisis team": 1.0,
    "crisis": 0.4, "eating disorder*": 1.0, "anxiety": 0.5, "depress*": 0.6, "sensory": 0.3,
    "sensory equipment": 0.5, "learning disability team": 0.8, "neurolog*": 1.0,
    "surgery": 0.6, "operation": 0.5, "ambulance": 0.8, "medical": 0.6,
    "see someone|anyone about": 0.5, "mental": 0.5, "self harm*": 0.5, "ward": 0.5,
    "discharg*": 0.6, "icb": 0.8, "ccg": 0.8, "integrated care board": 1.0,
    "health visitor*": 1.0, "private* ... therap*|ot|salt|assess*|diagnos*": 0.3,
    "nhs wait*": 1.0, "tics": 0.5, "tourette*": 0.5, "sleep clinic": 1.0,
    "help|helps|helped|helping|support|supports me|him|her with _? feelings|worries|anxiety|"
    "emotions|mental": 1.0,
    "sleep service|services|team|specialist": 1.0,
}

EDUCATION: Final[dict[str, float]] = {
    "sending|send|sends him|her|them home": 1.0,
    "school|college have|has|are|were|is|was": 1.0,
    "told off": 0.8, "meet his|her|their need|needs": 0.5,
    "fine in|at school": 1.0, "sent home": 0.8, "sent him|her|me home": 1.0,
    "school*": 0.8, "college*": 1.0, "teacher*": 1.0, "teaching": 0.8, "ta": 1.0,
    "teaching assistant*": 1.0, "senco": 1.0, "classroom*": 1.0, "class": 0.7,
    "classes": 0.6, "lesson*": 0.8, "headteacher*": 1.0, "head teacher*": 1.0,
    "head of year": 1.0, "deputy head": 1.0, "staff": 0.3, "onetoone": 1.0,
    "support in class|school": 1.0, "learning": 0.5, "learn": 0.5, "education": 0.8,
    "educat*": 0.6, "exclu*": 1.0, "suspend*": 1.0, "eotas": 1.0,
    "education otherwise than in school": 1.0, "suspension*": 0.8,
    "isolation": 0.6, "isolation room|booth*": 1.0, "part time timetable*": 1.0,
    "reduced timetable*": 1.0, "part time": 0.5, "timetable*": 0.5,
    "alternative provision": 1.0, "ap": 1.0, "pru": 1.0, "home educat*": 1.0,
    "home school*": 1.0, "out of school": 1.0, "off school": 0.8, "not in school": 1.0,
    "school refus*": 1.0, "ebsa": 1.0, "attendance": 0.8, "off roll*": 1.0,
    "tuition": 0.8, "tutor*": 0.8, "homework": 0.8, "maths": 0.6, "reading": 0.5,
    "phonics": 0.8, "spelling*": 0.5, "gcse*": 0.8, "exam|exams|examination*": 0.8,
    "pe|science|english|art|history|geography|french": 0.3, "subject*": 0.5, "sats": 0.8,
    "curriculum": 0.8, "special school*": 1.0, "specialist school*": 1.0,
    "specialist provision": 1.0, "mainstream": 1.0, "resource base*": 1.0,
    "resource provision": 1.0,
    "specialist unit|units|places|place|placement|setting|settings": 1.0,
    "unit": 0.5, "placement*": 0.8, "school place*": 1.0, "place*": 0.2,
    "secondary": 0.8, "primary": 0.8, "in year #": 0.6, "reception": 0.7,
    "reasonable adjustment*": 1.0, "intervention*": 0.5, "strateg*": 0.4,
    "differentiat*": 0.8, "sen support": 0.8, "sen register": 1.0, "pupil*": 0.8,
    "sixth form": 0.8, "further education": 0.8, "course*": 0.5, "behaviour": 0.4,
    "behaviour policy": 1.0, "detention*": 1.0, "sanction*": 0.6, "corridor": 0.5,
    "movement breaks": 0.8, "want* to go to school": 1.0, "go|going|went back to school": 1.0,
    "refus* to go to school": 1.0, "back to school": 0.8, "academy": 1.0,
    "academies": 1.0, "school staff": 0.6, "at|in school": 0.5,
    "at|in my|his|her|their|the school|college": 0.8, "at|in college": 0.8,
    "not|never _? been|gone|going|go|went to|into school|college": 1.0,
    "struggl*|support*|help|helped|helps|doing|settled|progress|behind at|in school": 1.0,
    "sitting|sits|sat|stuck at home": 0.5, "school day": 0.3, "start of|the school": 0.3,
    "year 7|8|9|10|11": 0.4,
    "no space|places": 0.5, "educated": 0.8, "enjoying school": 1.0,
    # school named indirectly, or as the one acting
    "calm|quiet|sensory|nurture|chill|calming room|rooms|base|space|area": 1.0,
    "time out room|rooms|space|card": 1.0,
    "nurture group|groups": 1.0,
    "new|old|current|previous|last|next|first|local|nearest|right|wrong|different|good|great|"
    "brilliant|lovely|amazing|fantastic|excellent|bad|awful|terrible|poor|my|our school|schools": 1.0,
    "the|his|her|my|our|their|new|old school|college still|just|never|always|now|then|eventually|"
    "finally|also|really|keep|keeps|kept|say|says|said|told|refuse|refused|refuses|ignore|ignores|"
    "ignored|wo|will|would|can|could|do|does|did": 1.0,
    "school say|says|said|told": 1.0,
    "stopped|stop|stops|not|refus*|refusing going|go|attending to? school|college": 1.0,
    "safe|unhappy|sad|lonely|fine|ok|scared|anxious at|in school": 1.0,
    "like|likes|liked|love|loves|loved|hate|hates|hated|enjoy|enjoys my|his|her|the? school|class|"
    "lessons|teacher|teachers": 1.0,
    "my|his|her|their|new|old|same class|classes|classroom": 1.0,
    "assembly": 0.5,
    "his|her|my|their timetable|timetables": 1.0,
    f"school|college {_ACTING}": 1.0,
    "school|college|nursery run|runs|ran|offer|offers|provide|provides|started|set a|an|the|some|"
    "lots|clubs|groups": 1.0,
}

SOCIAL_CARE: Final[dict[str, float]] = {
    "shared lives": 1.0, "my|our|his|her pa": 1.0,
    "a carer|carers": 0.8, "hours a week|month": 0.3,
    "home adaptation|adaptations": 1.0, "adaptation|adaptations": 0.6,
    "support worker*": 0.8, "my|his|her support worker*": 1.0,
    "social worker*": 1.0, "social care": 1.0, "social workers": 1.0, "social services": 1.0,
    "children services": 1.0, "childrens services": 1.0, "respite": 1.0,
    "short break*": 1.0, "care package*": 1.0, "package of care": 1.0,
    "direct payment*": 1.0, "personal budget*": 0.8, "pa": 0.6, "a pa": 1.0,
    "personal assistant*": 1.0, "carer|carers assessment": 1.0, "carers": 0.5,
    "disabled children team": 1.0, "disabled children*|childrens team": 1.0,
    "children with disabilities team": 1.0, "disability team": 0.8,
    "family support": 0.8, "family support worker*": 1.0, "child in need": 1.0,
    "child protection": 0.6, "care plan*": 0.8, "foster*": 0.6, "foster placement*": 1.0,
    "residential": 0.6,
    "overnight*": 0.6, "playscheme*": 0.8, "play scheme*": 0.8, "holiday club*": 0.3,
    "sitting service": 1.0, "a break": 0.5, "break from caring": 1.0, "night off": 0.6,
    "support|help at home": 0.6, "closed our|the case": 0.6, "closed ... case": 0.6,
    "safeguarding": 0.3, "social": 0.2, "care": 0.2, "parenting course": 0.3,
    "couldn't|not cope": 0.3, "early help": 0.3, "care agency": 1.0, "my|his|her|our|new|old carer|carers": 1.0,
    "personal care": 1.0, "young carer*": 1.0, "front door": 0.6,
}

ADULTHOOD: Final[dict[str, float]] = {
    "no plan for after|adulthood|when": 1.0, "no plan for the future": 1.0, "for after": 0.5,
    "college transition*": 1.0, "transition to|into college|adulthood|adult": 1.0,
    "thinking about|considering|choosing sixth form|college|colleges|university": 1.0,
    "course|college ended|finished|finishes|ends": 0.8,
    "post 16|19|18|sixteen|nineteen": 1.0, "sixth form": 0.4, "adult services": 1.0,
    "adult social care": 1.0, "adult*": 0.6, "young adult*": 1.0, "neet": 1.0,
    "adulthood": 1.0, "preparing|prepare|preparation for adulthood": 1.0, "pfa": 1.0,
    "transition*": 0.6, "transition to adult*": 1.0, "transition planning": 0.8,
    "at|turn|turns|turned|turning|over|after|aged|age|reaches|reach|when 16|17|18|19|25": 1.0,
    "is 17|18|19": 0.7, "18 year old": 0.9, "job*": 1.0, "employ*": 1.0,
    "work experience": 1.0, "supported internship*": 1.0, "internship*": 1.0,
    "apprentice*": 1.0, "career*": 1.0, "independen*": 0.8, "independent living": 1.0,
    "live* on his|her|my|their own": 0.8, "travel training": 1.0, "university": 0.8,
    "uni": 0.8, "leav* school|college": 1.0,
    "what happens|comes next|after": 0.7, "when he|she|i finish*": 0.7, "after college": 0.8,
    "future": 0.6, "next steps": 0.6, "grown up": 0.6, "grow up": 0.6, "manage money": 0.8,
    "money skills": 0.8, "learn* to cook": 1.0, "cook*": 0.4, "shopping on my|his|her own": 0.8,
    "day opportunit*": 1.0, "supported living": 1.0,
    "housing": 0.4, "go|going|move|moving|start*|apply*|visit*|to college": 0.5,
    "go|going|move|moving|start*|apply*|visit* to college": 1.0, "visited colleges": 1.0,
    "college next year": 1.0, "college in september": 0.8, "in year 9|10|11": 0.3,
    "over 18s": 1.0, "be a chef|nurse|vet|mechanic": 0.8, "want to be a": 0.6, "volunteer*": 0.6,
    "cease* ... 19": 0.6, "benefit*": 0.3, "pip": 0.5, "rest of his|her life": 0.5,
    # independence, next steps and age, described in everyday words
    "leav*|finish*|left|ended|ends _? school|college|course": 1.0,
    "leav*|finish*|left _? sixth form": 1.0,
    "when|until|till|once _? he|she|i|they is|am|are|turns|turn|turned|reaches|reach|gets _? "
    "16|17|18|19|25": 1.0,
    "am|is 16|17": 0.4, "am|is 18|19|20|21|22|23|24|25": 0.7,
    "what i|he|she|they will|would|can|could|should do": 0.6,
    "by myself|himself|herself|independently": 0.5,
    "learn*|learnt|learned|learning|learns|taught _? to go|travel|cook|shop|use|catch|get|manage|"
    "budget|wash|dress|iron|clean": 1.0,
    "live|living|lives with _? friends|friend": 0.8, "own flat|house|home|place": 0.8,
    "want*|like to work|live|study": 0.8, "want|wants|wanted|like to do|study|take a|an _? course": 1.0,
    "use|using|handle|count|counting|budget|budgeting|managing money": 0.8,
    "want|wants|wanted|like to go to _? _? college|university|uni": 1.0,
    "went|go|goes|going|move|moved|moving|start|started|starts into|to sixth form": 1.0,
    "went|go|goes|going|move|moved|moving|start|started|starts into|to year 12|13": 1.0,
    "part time job|jobs|work": 1.0,
    "job club|clubs|coach|coaches|centre": 1.0,
    "until|till|beyond|past 16|17|18|19|25": 1.0,
    "adult service|team|teams|provision|provider|providers": 1.0,
    "prepar* _? _? for work|life|employment|adulthood|independence|adult": 1.0, "for work": 0.6,
    "when we|i am|are gone|dead": 1.0, "when we|i die": 1.0, "when we|i am|are not around": 1.0,
    "driving test|tests|lessons|licence|theory": 1.0,
    "earn|earning|earns money|wages|a wage|a living": 1.0, "own money": 0.8,
    "what|which college|university|uni|course": 0.8,
}

INFORMATION: Final[dict[str, float]] = {
    "a charity|charities": 0.8,
    "local offer": 1.0, "website*": 1.0, "web site*": 1.0, "online": 0.3, "portal": 0.8,
    "information": 0.8, "info": 0.8, "leaflet*": 0.8, "find|found|finding out": 0.5,
    "signpost*": 1.0, "advice": 0.8, "advis*": 0.4, "sendiass": 1.0, "ipsea": 1.0,
    "parent carer forum": 1.0, "parent carers forum": 1.0, "forum": 0.8,
    "support group*": 0.6, "facebook": 0.6, "helpline*": 1.0, "directory": 0.8,
    "links": 0.5, "where to go|find|turn|get|look": 0.8,
    "where do|can|would|should i|we find|get|look|go": 1.0,
    "what is|was|help|support available": 0.8, "what help|support is|was available": 1.0,
    "what help|support there is|was": 0.8,
    "entitle*": 0.6, "existed": 0.6, "exist*": 0.2, "did not|didnt know": 0.5,
    "no idea": 0.3, "by accident": 0.5, "out of date": 0.6, "up to date": 0.4,
    "google*": 0.6, "search*": 0.4, "jargon": 0.6, "know the system": 0.7,
    "right words": 0.5, "phone numbers": 0.5, "find": 0.3,
    "dla": 0.3, "carers allowance": 0.5,  "request an assessment myself": 0.5,
    "know what help|support": 0.6, "told me about": 0.4, "another mum|parent|dad": 0.3,
    "source of advice|information|support": 1.0, "explained everything": 0.4,
    "guidance": 0.6, "newsletter*": 0.6, "contact charity": 1.0, "council website": 1.0,
    # compositional cues: not knowing what exists, or how to find or use it
    "not|never know|knew|realise*|realis*|aware ... could|existed|exist|entitled|eligible|available":
        1.0,
    "not aware of": 0.8,
    "not|never know|knew|sure _? where|who|how to": 0.8, "no idea|clue _? where|who|how to": 0.8,
    "how to find|get|apply|access|claim|request|contact|navigate": 0.6,
    "find|found|finding|research|researched|google|googled|learn|learnt|learned _? _? _? "
    "myself|ourselves|yourself|yourselves": 1.0,
    "work|worked|working|figure|figured|figuring _? _? out _? _? myself|ourselves|yourself": 1.0,
    "find|found|finding|navigate|navigating|get|getting _? _? way round|around|through": 1.0,
    "navigat*": 0.8,
    "more|better|clearer|accessible|enough|no|little|proper info|information|advice|guidance|details":
        1.0,
    "easy read": 1.0, "translat*": 1.0, "interpreter*": 1.0,
    "in polish|urdu|arabic|bengali|punjabi|panjabi|romanian|portuguese|spanish|somali|gujarati": 1.0,
    "in other|another|my|our|their|own|different language|languages": 1.0,
    "first language": 1.0, "not _? read|speak|understand english": 1.0,
    "understand _? _? letters|letter|forms|form|paperwork|jargon|process|system|report|reports|"
    "questions": 0.6,
    "not understand ... letters|letter|forms|form|paperwork|jargon|process|system|report|reports|"
    "questions": 1.0,
    "fill|filling|complete|completing ... form|forms|application|paperwork": 0.5,
    "is there anyone|someone|anybody": 0.5,
    "nobody|noone ... knew|knows": 0.6, "no one ... knew|knows": 0.6,
    "told|tell|explained|explain|understand _? what|how ... mean|means|meant|works|involves": 0.6,
    "what is on": 0.6, "copy|copies of": 0.5, "policy|policies|criteria|eligibility": 0.5,
    "booklet*|factsheet*": 0.8, "fact sheet*": 0.8, "information pack*": 1.0,
    "only found|find|heard|discovered|learnt|learned _? out? about": 1.0,
    "gave|given|give|sent|handed us|me _? _? folder|pack|booklet|leaflet|leaflets|list|information|"
    "details|links|numbers": 1.0,
    "folder|pack": 0.4,
    "how do|can|should|would i|we|you|parents apply|get|find|claim|access|request|go": 1.0,
    "what help|support|services|options|provision is|are there|available": 1.0,
    "is|are there a|an|any": 0.5, "list|lists": 0.5,
    "tells|told|tell you|us|me about|that": 0.5,
    "can|could ask|apply|request ... myself|yourself|ourselves": 0.8,
    "who to ask|contact|call|speak|talk|go|turn|approach": 1.0,
    "council|send|their|its pages|page|site|sites": 1.0,
    "found|find everything|all|what i|we needed|need": 0.8,
    "workshop*": 0.8, "coffee morning*": 0.6, "drop in|ins": 0.6, "hub|hubs": 0.4,
    "came|come|comes with a|an leaflet|pack|booklet|information": 1.0,
    "can|could you|i|we|parents get|claim|apply|access": 0.5,
    "not know|knew|sure|understand what a|an ... is|was|are|means": 1.0,
    "plain english|language": 1.0, "guide|guides": 0.6,
    "who do|should|can|would i|we contact|ask|speak|talk|go|call|ring|complain|turn": 1.0,
    "no idea|clue what|whats ... offer|offers|offered|available|exists|provides|provided": 1.0,
    "not know|knew|sure what|whats ... offer|offers|offered|available|exists|provides": 1.0,
    "information|info|advice about|on": 1.0,
    "can|could someone|anyone|you tell|explain": 1.0,
    "friend|friends|parent|parents|mum|mums told|mentioned": 0.6,
}

INCLUSION: Final[dict[str, float]] = {
    "make|made|making|makes fun of": 1.0, "whatsapp|group chat|group chats": 0.5,
    "tablet|ipad|phone|screen time": 0.3,
    "other kids|children|pupils|boys|girls": 0.6, "talk to me": 0.6, "play with me": 0.6,
    "other parents": 0.4,
    "nobody|noone|anyone to talk to": 1.0, "nobody|noone|anyone to play with": 1.0,
    "no one to talk to": 1.0, "no one to play with": 1.0,
    "avoid*": 0.8,
    "school? football|netball|rugby|cricket|basketball|sports team|match|matches": 1.0,
    "teas*": 1.0, "tormented": 1.0, "taunted": 1.0, "mocked": 1.0, "name calling": 1.0,
    "lunch": 0.6, "canteen": 0.4, "minecraft|roblox|fortnite|lego": 0.5, "accepting": 0.8,
    "send|sen|disability|disabled friendly": 1.0, "laugh|laughs|laughed|laughing at": 1.0,
    "friend|friends|friendship*": 1.0, "club*": 1.0, "activit*": 0.8,
    "bully|bullied|bullies|bullying|bullys": 1.0, "picked|pick|picks on": 1.0,
    "call* me|him|her names": 1.0, "called names": 1.0, "mean to me|him|her": 0.8,
    "left out": 1.0, "lonel*": 1.0, "alone": 0.4, "on his|her|my own": 0.4, "isolat*": 0.5,
    "inclusion": 0.8, "inclusive": 0.8, "included": 0.7, "exclud* from": 0.6,
    "welcom*": 0.8, "belong*": 1.0, "fit in": 0.8, "accepted": 0.7, "valued": 0.8,
    "happy": 1.0, "happier": 1.0, "happiest": 1.0, "unhappy": 1.0, "happiness": 0.8, "sad": 0.8,
    "confidence|confident": 0.8, "self esteem": 1.0, "wellbeing": 1.0, "well being": 1.0,
    "anxi*": 0.7, "feel|feels|feeling different": 1.0, "feelings": 0.5, "enjoy*": 0.4, "fun": 0.5,
    "play": 0.5, "plays": 0.5, "playing": 0.5,
    "playground": 0.7, "play area*": 0.9, "park": 0.6, "parks": 0.6, "swim*": 0.8,
    "football": 0.8, "cricket": 0.8, "sport*": 0.7, "scouts": 1.0, "brownies": 1.0,
    "cubs": 1.0, "guides": 0.6, "beavers": 1.0, "cadets": 1.0, "youth club*": 1.0,
    "youth group*": 1.0, "drama": 0.6, "dance": 0.6, "music": 0.4, "party": 0.7,
    "parties": 0.7, "sleepover*": 1.0, "invit*": 0.6, "trip|trips": 0.6, "community": 0.7,
    "stare*": 0.8, "judg*": 0.4, "laugh* at": 0.8, "weird": 0.6, "normal": 0.5,
    "hate* himself|herself|myself": 1.0, "safe": 0.4, "feels|feel safe": 1.0,
    "accessible": 0.7, "inaccessible": 0.8, "wheelchair users": 0.5,
    "lunchtime*": 0.6, "at lunch": 0.6, "break time*": 0.6, "breaktime*": 0.6,
    "playtime*": 0.6, "nobody|noone plays|talks": 0.8, "no one plays|talks": 0.8,
    "talks to me": 0.6, "leisure centre*": 0.8, "xbox": 0.7, "game*": 0.5, "gaming": 0.7,
    "bowling": 0.7, "cinema": 0.7, "hobby": 0.8, "hobbies": 0.8, "go out": 0.5,
    "going out": 0.5, "out much": 0.6, "part of the|a team": 0.8, "part of": 0.3,
    "autism friendly": 1.0, "friendly": 0.3, "lonely": 1.0, "different": 0.3,
    "holiday club*": 1.0, "holiday scheme*": 1.0, "social life": 1.0,
    "dance|drama|swimming|music|art|football|gym|karate|ballet class|classes|teacher|coach": 1.0,
    "summer holidays": 0.4, "mental health": 0.3,
    "making friends": 1.0, "social skills": 0.6, "heartbroken": 0.4,
    # how young people describe belonging, mood and being left out
    "bored": 0.8, "miserable": 0.8, "proud of himself|herself|myself|themselves": 1.0,
    "understand|understands|understood myself|himself|herself|themselves": 1.0,
    "others|children|kids|people|friends like him|her|me|them|us": 1.0,
    "meet|meeting|met _? _? others|people|children|kids": 0.8,
    "like|unlike the rest of": 1.0, "same as everyone|everybody": 1.0,
    "face|faces lights|light|lit up": 1.0,
    "hide|hides|hiding|hid in|under|away": 1.0,
    "call*|calling him|her|me|them naughty|stupid|thick|lazy|weird|rude": 1.0,
    "look*|stare*|staring at him|her|me|us|them": 0.6,
    "everyone|everybody|people|kids|children look|looks|looked|stare|stares|stared at": 1.0,
    "in his|her|my room|bedroom": 0.6, "sits|sat|sitting|stays|stay|staying|stuck in his|her|my room|"
    "bedroom": 1.0,
    "take|takes|took|taking|go|goes|going|went him|her|me|them? bowling|swimming|climbing|"
    "trampolining|riding|dancing|fishing": 1.0,
    "swing|swings|slide|playpark": 0.6, "play park": 0.6,
    "he|she is|was|feels|felt|seems|seemed|gets|got|became _? miserable|unhappy|sad|lonely|scared|"
    "frightened|depressed|withdrawn|isolated": 1.0,
    "i am|feel|felt _? bored|lonely|sad|unhappy|miserable": 1.0,
    "scared|frightened|afraid of the|other? _? boys|girls|kids|children|pupils": 1.0,
    "feel|feels|felt normal|included|welcome|accepted|valued|understood|safe": 1.0,
    "feel|feels|felt like an outsider": 1.0,
    "nothing|little|anything|something|somewhere|nowhere|things for _? _? _? to do|go": 1.0,
    "nothing|anything|something|things to do": 0.8,
    "cries|cried|crying|tears": 0.6,
    "feel|feels|felt part of": 1.0,
    "people|kids|children|pupils|students|everyone|others are|were|is|was _? nice|kind|friendly|"
    "lovely|mean|horrible|nasty to me|him|her|them": 1.0,
    "freak|weirdo|retard|idiot|loser": 1.0, "girlfriend|boyfriend": 1.0,
    "sits|sat|sitting|eats|eating|plays|playing|spends alone": 1.0,
    "sits|sat|sitting|eats|eating|plays|playing|spends on his|her|my|their own": 1.0,
    "dinner time|dinnertime": 0.6, "dinnertimes": 0.6,
    "disco|discos": 1.0,
    "choir|orchestra|band": 0.8, "school council": 1.0, "youth council": 1.0,
    "nobody|noone|no one sits|sat|plays|played|talks|talked with|to me|him|her": 1.0,
    "on my|his|her own all day": 1.0, "room on my|his|her own": 1.0,
    "last one picked": 1.0, "picked last": 1.0, "bad kid|child|boy|girl": 0.8,
    "siblings|sibling|brother|sister": 0.4, "left|feel|feels|felt forgotten": 0.6,
    "kids|children like mine|ours": 0.6, "mortified|humiliated|embarrassed": 0.8,
}

TRANSPORT: Final[dict[str, float]] = {
    "pick up time|times": 1.0, "drop off time|times": 1.0, "pick ups": 1.0, "ramp": 0.4,
    "drive|drives|drove|take|takes|took|driving|taking him|her|them to|from school|college": 1.0,
    "transport*": 1.0, "bus": 1.0, "buses": 1.0, "busses": 1.0, "minibus*": 1.0,
    "taxi*": 1.0, "cab": 1.0, "cabs": 1.0, "driver*": 1.0, "escort*": 1.0,
    "passenger assistant*": 1.0, "travel*": 0.5, "journey*": 1.0, "route*": 0.6,
    "pick* him|her|them up": 0.3, "drop* off": 0.5, "lift*": 0.3, "miles": 0.6,
    "mileage": 0.8, "petrol": 0.8, "fuel": 0.6, "drive him|her|them": 0.8,
    "driving": 0.6, "drives": 0.4, "car": 0.3, "school run": 0.8, "late for school": 0.4,
    "walk* to school": 0.7, "travel assistance|allowance|budget|pass": 1.0,
    "bus pass": 1.0,
    "my|his|her|their|our|the? school transport|bus|buses|taxi|taxis|minibus|coach": 1.0,
    "to|from school by car|taxi|bus": 1.0, "coach": 0.6,
    "bus|taxi|minibus|transport|driver|journey|travel|travels|way|lift to|into|from school": 1.0,
    "drive|drives|run|route to|into|from school|college": 1.0,
    "bus|taxi|minibus|transport|driver|journey|travel|travels|way|lift to|into|from college": 1.0,
    "go|goes|going|get|gets|went to school|college in|by a|the? taxi|bus|car|minibus|cab": 1.0,
}

EARLY_YEARS: Final[dict[str, float]] = {
    "nursery|preschool|playgroup|childminder have|has|are|were|is|was": 1.0, f"pre school {_ACTING}": 1.0,
    "too young": 0.5,
    "nursery": 1.0, "nurseries": 1.0, "pre school*": 1.0, "preschool*": 1.0,
    "playgroup*": 1.0, "childminder*": 1.0, "early years": 1.0, "eyfs": 1.0,
    "portage": 1.0, "early help": 1.0, "health visitor*": 1.0, "toddler*": 0.8,
    "baby": 0.6, "under 5s|fives|five": 1.0, "two|2 year check": 1.0, "under 3|4|5": 1.0,
    "developmental check*": 0.8, "children centre*": 1.0, "childrens centre*": 1.0,
    "family hub*": 0.8, "early intervention": 0.6, "inclusion funding": 0.7, "senif": 1.0,
    "funded hours": 0.8, "free hours": 0.8, "15|30 hours": 0.6, "reception": 0.3,
    "started|starting|start school": 0.5, "school age": 0.5,
    "when he|she was little|small|younger": 0.6, "when he|she was a baby|toddler": 0.6,
    "at|aged|age 2|3|4": 0.4, "key person": 0.8, "early years setting*": 1.0,
    "setting*": 0.4, "the|a|his|her|our|my|their|new setting|settings": 0.8,
    "ready for school": 0.6, "school ready|readiness": 0.6, "little one": 0.5,
    "nursery staff|teacher|teachers|worker|manager|senco": 1.0,
    "pre school senco|staff|teacher": 1.0, "preschool senco|staff|teacher": 1.0,
    "before he|she started school": 0.8,
    "early support": 0.6, "when he|she|they was|were 1|2|3|4|one|two|three|four": 0.6,
}

# Remarks about the survey, the inspection or benefits, and thanks for asking:
# they are "other", and outweigh a weak theme cue in the fallback (but never a
# theme that reaches the threshold on its own).
OTHER_META: Final[dict[str, float]] = {
    "survey|surveys|questionnaire|questionnaires": 1.0, "this|these|that form|forms": 0.6,
    "inspection|inspections|inspector|inspectors|ofsted|cqc|webinar": 1.0,
    "this|these|that|next|previous question|questions": 1.0,
    "thank|thanks|thankyou _? for asking|consulting|listening|giving|letting": 1.0,
    "thank|thanks|thankyou _? for the|this chance|opportunity": 1.0,
    "appreciate being asked": 1.0,
    "system": 0.5, "dla|pip|benefit|benefits|esa": 0.6, "universal credit": 0.6,
}

# Phrases that claim their tokens without tagging anything (weights of 0).
BLOCKS: Final[dict[str, float]] = {
    "school gate*": 0.0, "after school": 0.0, "school holidays": 0.0,
    "started|starting|start school": 0.0, "school age": 0.0, "named school": 0.0,
    "name the|a school": 0.0, "fights|fight|fighting his|her|their corner": 0.0,
    "got|get|gets ... involved": 0.0, "heard of": 0.0, "parent carer*": 0.0,
    "learning disabilit*": 0.0, "learning difficult*": 0.0,
    "communication needs|difficulties|difficulty|skills|aids|aid|device": 0.0,
    "happy|pleased with|about|that|to|for": 0.0, "speech and language": 0.0,
    "do|does|doing|did their job": 0.0, "a good job": 0.0, "independent school*": 0.0,
    "car park": 0.0, "transition to|into secondary|high|year": 0.0, "case closed": 0.0,
    "plan for": 0.0, "no plan": 0.0, "as a patient": 0.0,
    "educational psychologist*": 0.0, "talk* to me": 0.0, "carers allowance": 0.0,
    "playing up": 0.0, "game changer": 0.0,
    "friendly staff": 0.0, "job of|properly": 0.0, "full time job": 0.0,
    "my|our part time job|jobs|work": 0.0,
    "school year|years|term|terms|day|days": 0.0,
    "this|the|previous|other|my question|questions|answer|answers|survey|surveys": 0.0,
    "not his|her|their|its|my job": 0.0, "their|its job": 0.0,
    "of course": 0.0, "assessed as": 0.0,
    "give|gave|giving|lose|lost|losing|leave|left up? my|our job|jobs|work": 0.0,
    "my|our job|jobs": 0.0,
    "not|never _? _? told off": 0.0, "not want|wanting to answer|say|write|comment": 0.0,
    "for asking|consulting _? what i|we|parents|families think*|want|feel": 0.0,
    "communication app|apps|aid|aids|device|devices|board|boards|passport": 0.0,
    "chance|opportunity to have|give|share our|my say|views": 0.0,
    "pip|dla|benefit|benefits|esa|capability assessment*": 0.0,
    "end of _? school|college": 0.0,
    "nothing|anything|something to do with": 0.0,
    "at|aged|age|turned|turns|when|over|after|until|till # months|month|weeks|week": 0.0,
    "keep|keeping|hold|holding|holds a|my|our|down job|jobs": 0.0,
    "inspector|inspectors|ofsted|cqc|you _? listen|listens|read|look": 0.0,
    "survey|questionnaire|form|questions does|do|did not ask|asks|asked": 0.0,
    "could|can not have asked|ask for": 0.0, "not ask for more|better|anything": 0.0,
    "my|her|his|our partner": 0.0,
    "she|he fought|fights|battled|battles for us|me|him|her|them": 0.0,
}

# Mentions of school or college as a place ("bullied at school", "friends at
# college", "happy at my school"). On their own they do not say the comment
# evaluates support in school, so when another theme is tagged they do not
# tag education (see ``themes.py``).
EDUCATION_PLACE: Final[frozenset[str]] = frozenset({
    "school*", "college*", "college", "at|in school", "school day", "start of|the school",
    "safe|unhappy|sad|lonely|fine|ok|scared|anxious at|in school",
    "pe|science|english|art|history|geography|french",
    "at|in my|his|her|their|the school|college", "at|in college",
})

# Cues that count towards two themes at once.
SHARED: Final[dict[str, dict[str, float]]] = {
    "ehc needs assessment*": {"identification_assessment": 1.0, "ehc_plans": 1.0},
    "ehcp assessment*": {"identification_assessment": 1.0, "ehc_plans": 1.0},
    "school nurse*": {"health_services": 1.0, "education_support": 0.3},
    "health visitor*": {"health_services": 1.0, "early_years": 1.0},
    "health and care plan*": {"ehc_plans": 1.0},
    "adult mental health*": {"preparing_adulthood": 1.0, "health_services": 1.0},
    "adult social care": {"preparing_adulthood": 1.0, "social_care": 1.0},
    "travel training": {"preparing_adulthood": 1.0, "transport": 0.5},
    "careers advis*": {"preparing_adulthood": 1.0},
    "ot|sensory|speech|physio|wheelchair|hearing|sight|vision|occupational assessment*": {
        "health_services": 1.0},
    "behaviour|support|care|healthcare|safety|risk|treatment|sleep plan|plans": {},
    "health care plan|plans": {"health_services": 0.6},
    "travel|travels|travelling|gets|get|go|goes to college|school independently|alone": {
        "preparing_adulthood": 1.0, "transport": 0.3},
    "travel|travels|travelling independently": {"preparing_adulthood": 1.0, "transport": 0.3},
    "school trip|trips": {"inclusion_wellbeing": 1.0, "education_support": 1.0},
    "carer|carers assessment": {"social_care": 1.0},
    "social care assessment*": {"social_care": 1.0},
    "autism|adhd assessment*": {"identification_assessment": 1.0, "health_services": 0.5},
    "excluded|banned|stopped from the? school trips|trip|play|party|parties": {
        "inclusion_wellbeing": 1.0, "education_support": 0.6},
    "left out of the? school trips|trip|play|party|parties": {
        "inclusion_wellbeing": 1.0, "education_support": 0.6},
    "child development centre": {"health_services": 1.0, "early_years": 0.3},
    "playscheme*": {"social_care": 0.8, "inclusion_wellbeing": 0.5},
    "holiday playscheme*": {"social_care": 1.0, "inclusion_wellbeing": 0.5},
    "sixth form": {"education_support": 0.8, "preparing_adulthood": 0.4},
    "inclusion funding": {"early_years": 0.7, "education_support": 0.3},
    "autism friendly": {"inclusion_wellbeing": 1.0},
    "home school book|diary": {"communication_coproduction": 1.0},
    "college": {"education_support": 1.0, "preparing_adulthood": 0.3},
    "parent carer forum": {"information_local_offer": 1.0, "communication_coproduction": 1.0},
    "what activities|clubs|groups is|are there|available": {
        "information_local_offer": 1.0, "inclusion_wellbeing": 1.0},
    "what an? ehcp|plan was|is": {"information_local_offer": 1.0, "ehc_plans": 1.0},
    "what an? ehc plan was|is": {"information_local_offer": 1.0, "ehc_plans": 1.0},
    f"{_PRO_EHC} _? _? {_CONTACT_BY}": {"communication_coproduction": 1.0, "ehc_plans": 1.0},
    f"{_PRO_HEALTH} _? _? {_CONTACT_BY}": {"communication_coproduction": 1.0, "health_services": 1.0},
    "nobody|noone explained": {"information_local_offer": 0.4, "communication_coproduction": 1.0},
    "no one explained": {"information_local_offer": 0.4, "communication_coproduction": 1.0},
    "speech|language|communication delay|delayed": {"health_services": 1.0,
                                                      "identification_assessment": 0.5},
    "day centre*|centres|services|service": {"social_care": 0.8, "preparing_adulthood": 0.8},
    "stay and play": {"inclusion_wellbeing": 1.0, "early_years": 0.8},
    "residential trip|trips": {"inclusion_wellbeing": 1.0, "education_support": 0.6},
    "christmas|school|nativity play|show|concert|disco|photo|photos": {
        "inclusion_wellbeing": 0.8, "education_support": 1.0},
    "sports day": {"inclusion_wellbeing": 0.8, "education_support": 1.0},
    "prom|nativity": {"inclusion_wellbeing": 0.8, "education_support": 1.0},
    "area senco": {"early_years": 1.0},
    "named a|the|his|her|another school|college|placement": {"ehc_plans": 1.0,
                                                             "education_support": 0.8},
    # a professional at school listening or replying: about communication, and school
    f"{_ACTOR} _? _? listen*|involve*|communicat*": {
        "communication_coproduction": 1.0, "education_support": 0.8},
    f"{_ACTOR} _? _? reply|replies|respond*": {
        "communication_coproduction": 1.0, "education_support": 0.8},
    f"{_ACTOR} _? _? ring|rings|phone|phones|email|emails|contact|contacts|contacted": {
        "communication_coproduction": 0.9, "education_support": 0.8},
    "early help": {"early_years": 1.0, "social_care": 0.3},
    "mental health": {"health_services": 1.0, "inclusion_wellbeing": 0.3},
}
