"""Flag comments that may disclose harm or risk, for a person to read now.

Recall matters more than precision: a false alarm costs a reviewer a minute,
a missed disclosure can cost far more. So the patterns are broad and written
for the way families actually put things ("he keeps saying he wants to go to
sleep and not wake up", "some older lads keep giving him money and lifts").
Only phrases that are known not to be disclosures are taken out first:

* figures of speech ("this process is killing me", "dying for a reply",
  "the EHCP delay is abuse of the system", "his file went missing");
* policy and training ("the restraint policy was explained", "training on
  self harm", "leaflets about county lines");
* plain denials ("he has never been restrained", "she is not suicidal").

Sensory restricted eating ("he only eats beige food") is not flagged unless
weight loss, vomiting or refusal of all food is mentioned.

Matching runs on the canonical tokens from ``normalise.py``, so contractions,
hyphens and common typos are already folded ("doesn't" is "does not",
"self-harm" is "self harm"). ``safeguarding_eval.py`` scores the screen on
``data/safeguarding_tune.jsonl``.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Sequence
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Final

from voice.analysis.normalise import register_vocabulary, tokenise
from voice.analysis.prefilter import Prefilter

_KIDS: Final = r"(?:son|daughter|child|children|kids|boy|boys|girl|girls|baby|grandson|granddaughter|nephew|niece)"
_KIN: Final = (r"(?:mum|mummy|mam|mother|dad|daddy|father|step ?dad|step ?mum|brother|sister|uncle|aunt|auntie|"
               r"grandad|grandpa|grandma|nan|nanna|cousin|partner|husband|wife|boyfriend|girlfriend|ex)")
_OBJ: Final = (rf"(?:him|her|them|me|us|the baby|the kids|the children|the child|a child|a pupil|a kid|"
               rf"(?:my|his|her|their) (?:\w+ )?(?:{_KIDS}|mum|mummy|mam|brother|sister))")
_CHILD_OBJ: Final = (rf"(?:him|her|them|the baby|the kids|the children|the child|a child|a pupil|a kid|"
                     rf"(?:my|his|her|their) {_KIDS})")
_SELF: Final = r"(?:himself|herself|themselves|themself|myself|yourself)"
_POSS: Final = r"(?:his|her|their|my)"
_BODY: Final = (r"(?:arms?|legs?|wrists?|hands?|face|neck|head|back|chest|stomach|tummy|thighs?|ribs?|ears?|"
                r"eyes?|nose|lips?|shoulders?|fingers?|skin|body|bottom)")
_PARTNER: Final = (r"(?:husband|hubby|wife|partner|boyfriend|girlfriend|ex|ex husband|ex partner|ex wife|fiance|"
                   r"step ?dad|dad|daddy|father)")
_ONLINE: Final = (r"(?:online|internet|app|apps|snapchat|snap|instagram|insta|tiktok|facebook|whatsapp|roblox|xbox|"
                  r"playstation|discord|fortnite|minecraft|chat ?room|game|games|gaming|website|kik|telegram|"
                  r"omegle|messenger|twitter|youtube|social media|headset)")
_PICTURES: Final = r"(?:pictures?|pics|photos?|images?|videos?|nudes?|selfies)"
_ALONE: Final = (rf"(?:alone|on (?:his|her|their|my) own|home alone|by {_SELF}|unattended|unsupervised)")

CATEGORIES: Final[dict[str, tuple[str, ...]]] = {
    # Of the child or of the parent.
    "suicide_self_harm": (
        # Hidden injuries and breath play, said without the words "self-harm" (sg2).
        r"\b(?:plasters?|bandages?|sleeves|scratches|cuts|marks) (?:up |on |over |all over |down )?(?:both )?"
        r"(?:(?:his|her|their|my) )?(?:fore ?arms?|wrists?|thighs?)\b.{0,80}\b(?:says?|said|claims?|cat|dog)\b",
        r"\b(?:carrier |plastic )?bag over (?:his|her|their|my) (?:head|face)\b",
        r"\b(?:practis|practic)\w* not breathing\b",
        r"\b(?:suicid|sucid|suicd|suisid)\w*",
        rf"\bkill(?:s|ed|ing)? {_SELF}",
        r"\b(?:want|wants|wanted|wanting|wish|wishes|wished|going|try|tried|trying|tries) to (?:die|be dead)\b",
        r"\b(?:rather|better off) (?:be )?dead\b",
        r"\bbetter off (?:without (?:him|her|me|them|us)\b|if (?:i|he|she) (?:just )?(?:(?:was|were|am|is) (?:not "
        r"(?:here|around|alive)|gone|dead)|(?:wasn|weren|isn)'?t (?:here|around|alive)))",
        # Tablets saved up for later ("she's been saving her tablets").
        r"\b(?:sav(?:e|es|ed|ing)|stash\w*|stockpil\w*|hoard\w*) (?:up )?(?:\w+'?s? )?"
        r"(?:pills|tablets|paracetamol|meds)\b",
        r"\b(?:pills|tablets|paracetamol|meds) (?:saved|stashed|stockpiled|hoarded)\b",
        r"\bwish(?:es|ed)? (?:he|she|i|they) (?:was|were|had) (?:dead|never (?:been )?born)",
        r"\bnot (?:want|wanting|wants) to (?:be here|be alive|live|exist|wake up|be on this earth|carry on|go on)",
        r"\b(?:not|never) wake up\b",
        r"\bnot (?:be|being) (?:here|alive|around) any ?more",
        r"\b(?:will|would) not be (?:here|around|alive) (?:for|by|much longer|any ?more|to see)\b",
        rf"\bend(?:s|ed|ing)? (?:it all|{_POSS} (?:own )?life)",
        r"\b(?:think|thinks|thought|thinking|thoughts) (?:about|of) (?:end\w* (?:it|things|my life)|dying|death|"
        r"suicide|killing (?:my|him|her)self|(?:swallow\w*|taking) (?:all )?(?:my|the|his|her) (?:tablets|pills|meds))",
        rf"\b(?:take|took|taking|takes) {_POSS} own li(?:fe|ves)",
        r"\b(?:no|any|the) point (?:in )?(?:living|being alive|carrying on|going on|life|being here)",
        r"\bsee the point (?:in|of) (?:anything|living|life|carrying on|going on)",
        r"\b(?:can|could) not (?:go on|carry on|keep going|do this any ?more|take (?:it|this|any) (?:any ?more|"
        r"much more))",
        r"\bnot (?:sure|know if|know whether) (?:i|he|she) can (?:keep going|go on|carry on|do this)",
        r"\bwants? to (?:find out|know) what (?:happens|it is like) when (?:you|we|people) die",
        r"\btired of (?:living|life|being alive)\b|\bnothing (?:left )?to live for|\bways to (?:die|kill)",
        r"\b(?:stood|standing|sat|sitting|found) (?:\w+ )?(?:on )?the edge of (?:a |the )?(?:\w+ )?"
        r"(?:bridge|roof|cliff|platform|building)",
        r"\b(?:nobody|no one|noone) would (?:miss|care|notice) (?:me|him|her|if)",
        r"\bwants? to disappear\b",
        rf"\bhang(?:ed|ing|s)? {_SELF}",
        rf"\b(?:tied|tie|ties|tying|put|wrapped) (?:\w+ ){{0,2}}(?:round|around) {_POSS} neck",
        r"\bligature",
        rf"\b(?:throw|threw|throwing|throws|fling\w*) {_SELF} (?:out|off|in front|down|from)",
        r"\bjump\w* (?:off|from|out of|in front of) (?:a |the |an )?(?:\w+ )?(?:bridge|building|roof|train|car|"
        r"cars|lorry|bus|cliff|balcony|window|car park|multi storey|motorway|tower)",
        r"\bin front of (?:a |the )?(?:train|car|bus|lorry)",
        r"\boverdos\w*",
        r"\bhow many (?:pills|tablets|paracetamol)",
        r"\b(?:took|taken|take|swallow\w*) (?:a load of|loads of|all|a handful of|a packet of|a box of|lots of|"
        r"too many|a bottle of) (?:of )?(?:her |his |my |their |the )?(?:\w+ )?(?:pills|tablets|paracetamol|"
        r"medication|meds|antidepressants|painkillers)",
        r"\b(?:goodbye|suicide) (?:note|letter|message)s?",
        r"\bplan\w* how (?:i|he|she|they|to) (?:would |will |could |might )?(?:do it|end it|die)",
        r"\btalk\w* about (?:dying|death|killing (?:him|her|my)self|wanting to die)",
        r"\b(?:scared|frightened|afraid|terrified|worried) (?:of )?what (?:i|he|she) (?:might|will|could|would) do\b",
        rf"\bdo something (?:stupid )?to {_SELF}",
        r"\bdriv\w* (?:\w+ ){0,4}into (?:a |the )?(?:wall|tree|river|lorry|canal|sea)",
        r"\b(?:self|slef) ?harm\w*|\bself injur\w*",
        rf"\bharm(?:s|ing|ed)? {_SELF}",
        rf"\b(?:cut|cuts|cutting|scratch\w*|burn\w*|hit|hits|hitting|bang\w*|bite|bites|biting|bit|punch\w*|"
        rf"hurt\w*|starv\w*|slap\w*|stab\w*|chok\w*) {_SELF}",
        rf"\b(?:cutting|cut|cuts|slashing|slashed|scratching|scratched) (?:up )?{_POSS} {_BODY}",
        rf"\b(?:cuts|scratches|burns|scars) (?:all )?(?:on|up|over|along|down) {_POSS} {_BODY}",
        r"\b(?:razor )?blades?\b|\brazors?\b",
        r"\bhead ?bang\w*|\bhead ?butt\w* (?:the )?(?:wall|floor|door)",
        rf"\b(?:bang\w*|smash\w*|hit\w*|bash\w*|knock\w*|slam\w*) {_POSS} head (?:against|on|into|off)|\bbang\w* "
        rf"{_POSS} head",
        rf"\b(?:cutting|slashing|scratching|burning|burns|biting|bites|punching|punches|stabbing|gouging) "
        rf"{_POSS} (?:own )?{_BODY}",
        rf"\b(?:bites|bite|biting|bit) {_POSS} (?:hands?|arms?|fingers?|wrists?|skin)",
        r"\b(?:until|till|til) (?:it|they|he|she) (?:bleeds?|bled|bleeding|is bleeding)",
        rf"\bpull\w* {_POSS} (?:own )?(?:hair|eyelashes|nails) out|\bpull\w* out {_POSS} (?:hair|eyelashes)",
        rf"\bpick\w* (?:at )?{_POSS} (?:skin|scabs)|\bdig\w* {_POSS} nails in",
    ),
    # By staff, family or others, including sexual and emotional abuse.
    "abuse_injury": (
        rf"\b(?:hit|hits|hitting|punch\w*|kick\w*|slap\w*|beat|beats|beating|smack\w*|strangl\w*|chok\w*|"
        rf"throttl\w*|shov\w*|grab\w*|pinch\w*|bites|bitten|threw|throws|burnt|burned|hurt|hurts|hurting|"
        rf"injured|shook|shakes|shake|shaking|yank\w*|trip|trips|tripped|twist\w*|stab\w*|push|pushes|pushed|"
        rf"pushing|spat on|spits on|headbutt\w*|attack\w*|assault\w*|tortur\w*) {_OBJ}(?! (?:out|off)\b)",
        rf"\b(?:held|holds?|holding|pushe[sd]|pushing|put|puts|putting|dunk\w*) {_OBJ} (?:under (?:the )?water|"
        r"(?:under|in) (?:a |the )?(?:cold|freezing|icy) (?:water|shower|bath))\b",
        r"\b(?:was|were|been|being|got|gets|get|getting|is|are|am) (?:hit|punched|kicked|slapped|beaten|smacked|"
        r"strangled|choked|thrown|shoved|pushed|bitten|burned|burnt|attacked|assaulted|hurt|injured|abused|"
        r"shaken|stabbed|pinched|scratched|tripped|headbutted|beat up|sexually \w+|raped)(?! (?:out|off)\b)",
        rf"\b(?:twist\w*|yank\w*|grab\w*|squeez\w*|hit|hits|hitting|punch\w*|kick\w*|slap\w*|smack\w*|pinch\w*|"
        rf"stamp\w* on) {_POSS} {_BODY}",
        rf"\bpull\w* {_POSS} (?:hair|ears?)\b(?! out)",
        rf"\b(?:threw|throws|throw|throwing|hurl\w*|chuck\w*|lobbed) (?:\w+ ){{0,3}}at {_OBJ}",
        rf"\b(?:{_KIN}|man|uncle|teacher|carer|staff|driver|escort|someone|somebody) (?:\w+ )?touch(?:es|ed|ing) "
        rf"{_CHILD_OBJ}\b",
        r"\bbeat(?:en|ing)? (?:\w+ )?up\b",
        r"\bbrui?s(?:e|es|ed|ing)\b|\bbrusies\b",
        r"\bblack eye|\bsplit lip|\bfinger ?marks|\bhand ?(?:marks?|prints?)|\bbite marks|\bbelt marks",
        r"\bneeded stitches",
        rf"\bmarks on {_POSS} {_BODY}",
        r"\b(?:came|comes|coming|come|sent) (?:back|home) (?:\w+ ){0,3}with (?:a |an )?(?:bruise|bruises|cut|cuts|"
        r"burn|burns|injury|injuries|black eye|mark|marks|scratch\w*|bite|bites|broken|graze\w*|swollen|bump|lump)",
        r"\bno (?:incident|accident|injury) (?:form|report|record|log)|\bno body map",
        r"\b(?:nobody|no one|noone|none of them) (?:could |can |would |will )?(?:saw|see|tell|explain|knows?|knew|"
        r"say) (?:me |us )?(?:what|how) (?:happened|it happened)",
        r"\babus(?:e|ed|es|ing|ive|er|ers)\b",
        r"\binjur(?:y|ies)\b",
        r"\bsexual(?:ly)? (?:assault\w*|abus\w*|touch\w*|harass\w*|inappropriate)|\brap(?:e|ed|ing|ist)\b",
        r"\bmolest\w*|\bgrop\w*|\bindecent\w*|\b(?:paedophile|peadophile|pedophile|paedo|pervert)\w*",
        rf"\btouch\w* {_OBJ} (?:inappropriately|sexually|down there|in private|between)",
        r"\binappropriate(?:ly)? touch\w*|\btouched (?:\w+ )?inappropriately|\bprivate (?:parts|areas?)\b",
        rf"\bexpos\w* {_SELF}",
        rf"\b(?:coming|comes|came|come|goes|going|went|creeps?|creeping) into {_POSS} (?:bed)?room at night",
        rf"\b(?:scream\w*|swear\w*|swore) (?:at|in) (?:{_CHILD_OBJ}|{_POSS} face)",
        rf"\b(?:tell|tells|told|telling) {_OBJ} (?:that )?(?:he|she|they|i|you) (?:is|are|am|was|were) (?:disgusting|"
        rf"worthless|stupid|a freak|useless|evil|a waste of space)",
        rf"\bthreaten\w* (?:to )?(?:hurt|hit|kill|harm|stab|beat|smack|batter|{_OBJ})",
        r"\bhumiliat\w*|\bbelittl\w*",
        rf"\bcall\w* {_OBJ} (?:stupid|thick|retard\w*|a freak|worthless|disgusting|a monster|an animal)",
        r"\b(?:food|water|drinks?|meals?|lunch|dinner|toilet) (?:away )?as (?:a )?punishment",
        r"\bwithh[oe]ld\w* (?:his|her|their) (?:food|water|drink|meals?|lunch|medication|meds)",
        r"\bhot sauce|\bchilli sauce|\bsoap in (?:his|her) mouth",
        r"\bviolen\w*|\bweapons?\b|\bknife|\bknives\b|\bguns?\b",
        r"\bkill (?:him|her|me|you|us|them)\b(?! for\b)",
        r"\b(?:hurt|hit|kick|punch|bite|bit|attack)\w* (?:other|others|staff|his sister|his brother|her sister|"
        r"her brother|siblings?|children|kids|pupils|people|another (?:child|pupil|boy|girl))\b",
        r"\baggressi\w* (?:to|towards|with) (?:me|us|his|her|staff|other|others)",
        r"\b(?:scared|afraid|frightened|terrified|petrified) (?:to go home|of going home|to go back|"
        r"of going back|to be (?:at home|alone with|left with))",
        rf"\b(?:scared|afraid|frightened|terrified|petrified) of (?:him|her|them|staff|(?:his|her|my|their|the) "
        rf"(?:{_KIN}|carers?|teacher|ta|driver|escort|staff|foster \w+))\b",
        r"\bnot safe\b|\bunsafe\b|\bnot (?:feel|feeling|feels|felt) safe|\bin danger\b",
        r"\bat risk of (?:harm|abuse|significant harm)",
        r"\bpolice (?:were|was|have been|had to be|got) called|\bcall(?:ed|ing)? the police",
        r"\bsafeguarding (?:concern|issue|risk|referral|alert)s?|\bchild protection|\bsection 47\b",
    ),
    "restraint_seclusion": (
        r"\brest(?:rain|rian|arin)\w*",
        r"\b(?:held|holding|hold|holds) (?:\w+ ){0,2}(?:down|face down|on the floor|on the ground|against (?:a|the) "
        r"wall|by (?:his|her|the) (?:arms?|wrists?|neck|hair|legs?))",
        r"\b(?:he|she|i|they) (?:had |has |have )?(?:been |was |were |is |are |gets |got |get )held\b"
        r"(?! back| up| over| to account| responsible| in high| (?:his|her|their|its) own)",
        rf"\bhold\w* {_OBJ} down|\bholding the door",
        r"\b(?:wedg\w*|jamm\w*|block\w*|held|hold\w*|lock\w*|bolt\w*|tied|tie) (?:the )?door (?:shut|closed)",
        r"\bdoor (?:was |is |gets |got |being |been )?(?:wedged|jammed|held|blocked|bolted) (?:shut|closed)",
        r"\b(?:basket|prone|supine|seated|wrap|double elbow) holds?\b|\bheld (?:him|her|them) in a (?:\w+ )?hold",
        rf"\b(?:pull\w*|push\w*|drag\w*|yank\w*|carr\w*|lift\w*|haul\w*|manhandl\w*|frogmarch\w*) {_OBJ} "
        rf"(?:\w+ ){{0,4}}by {_POSS} (?:arms?|wrists?|legs?|hair|collar|clothes|jumper|hood|ankles?|hands?)",
        r"\bphysically (?:pull|push|drag|carr|lift|mov|remov|forc|restrain|held|handl)\w*|\bfrogmarch\w*",
        rf"\b(?:sat|sit|sits|sitting|knelt|kneel\w*|lay|lying|lie|lies|laid|stood) (?:on|on top of) (?:{_OBJ}|"
        rf"{_POSS} {_BODY})\b",
        r"\bpinned\b|\bpinning (?:him|her|them|me)\b|\bprone\b|\bsupine\b|\bface down\b|\bwrestl\w*",
        rf"\b(?:pushed|pulled|forced|taken|took|brought|put|thrown|threw|dragged) (?:{_OBJ} )?(?:to|on|onto) "
        rf"the (?:ground|floor)",
        rf"\b(?:arms?|hands?|wrists?) (?:\w+ ){{0,2}}(?:twisted|pinned|held|forced|tied|bent) (?:up )?behind {_POSS}",
        rf"\bdrag(?:s|ged|ging)? {_OBJ}\b|\b(?:was|were|been|being|got|gets|get) dragged\b(?! out| on)",
        r"\bdragged (?:by|along|down|across|off|from|kicking|out of)",
        rf"\bcarr(?:y|ies|ied|ying) {_OBJ} out|\bcarried out (?:of|kicking)",
        rf"\blift\w* {_OBJ} (?:off|out)\b",
        rf"\bforc\w* {_OBJ} (?:into|in|out of|through|onto) (?:the |a |his |her )?(?:room|classroom|class|car|"
        rf"taxi|bus|building|corridor|chair)",
        rf"\block(?:s|ed|ing)? {_OBJ} (?:in|inside|into|out|up)\b",
        r"\b(?:is|was|were|gets|get|got|being|been|are|am|getting) locked (?:in|out|inside|up|away)\b",
        r"\blocked in (?:a|the|his|her|their|my) (?:\w+ )?(?:room|cupboard|toilets?|office|cell|bathroom|car|van|"
        r"shed|garden)",
        r"\block(?:ed)? from (?:the )?outside|\bwith a lock on (?:the )?(?:outside|door)",
        r"\b(?:room|door|cupboard) (?:\w+ ){0,3}lock(?:s|ed)? (?:it|the door|him|her)\b",
        rf"\bshut {_OBJ} (?:in|away|inside)|\b(?:is|was|gets|got|being|been|are|were) shut (?:in|away|inside)\b",
        r"\bisolation (?:room|booth|cubicle|unit|pod)s?|\bseclu\w*|\bpadded (?:room|cell)",
        r"\b(?:tables?|chairs?|desks?|cupboards?) (?:\w+ )?(?:pushed|put|placed|against) (?:against|in front of) "
        r"(?:the )?door|\bbarricad\w*",
        r"\bso (?:he|she|they|i) (?:could|can|would) not (?:move|get out|leave|escape)",
        rf"\b(?:put|puts|putting|kept|keep|keeps|keeping|made to (?:sit|stay|wait)|left|sent|shut) (?:{_OBJ} )?"
        rf"in (?:a|the|an|his|her) (?:\w+ )?(?:room|cupboard|booth|office|corridor) (?:on (?:his|her|their|my) "
        rf"own|by {_SELF}|alone)",
        rf"\btie[ds]? (?:{_OBJ} |{_POSS} (?:hands|arms|legs|wrists) )(?:up|down|together|to)\b",
        rf"\btied (?:{_POSS} )?(?:hands|arms|legs|wrists)",
        r"\bphysical intervention|\bpositive handling|\bphysically (?:moved|removed|held|handled|restrained|"
        r"carried|forced)|\bmanhandl\w*",
        r"\b(?:used|use|uses|using|put) (?:a |an )?(?:hold|headlock|arm lock|physical hold)s? on (?:him|her|them|me)",
        r"\bheadlock|\b(?:could|can) not breathe|\bcarpet burns?|\bbear ?hug\w*",
        r"\b(?:stand|stands|stood|standing) (?:at|in front of|against|by) the door so\b",
        r"\b(?:room|cupboard|space) with (?:no|nothing) (?:in it|furniture|windows?|light)",
    ),
    # Sexual and criminal exploitation, online grooming.
    "sexual_exploitation_grooming": (
        # Gifts for pictures or a secret, and being "worked" by an older person (sg2).
        r"\b(?:robux|v ?bucks|gift ?cards?|game credit|skins|a new phone)\b.{0,60}\b(?:pictures?|pics|photos?|"
        r"secret)\b",
        r"\b(?:pictures?|pics|photos?|secret)\b.{0,60}\b(?:robux|v ?bucks|gift ?cards?|game credit|skins)\b",
        r"\b(?:special|secret|older) friend\b.{0,80}\b(?:secret|mature for (?:my|his|her) age)\b",
        r"\bmature for (?:my|his|her) age\b.{0,60}\bsecret\b",
        r"\bboss\b.{0,80}\b(?:new phone|drop (?:his|her|the) (?:rucksack|bag)|parcels?|packages?)\b",
        r"\bpaid in (?:trainers|cash|clothes|phones|weed)\b",
        r"\b(?:keep|keeps|keeping|hide|hides|hiding|carry|carries|carrying) (?:food|stuff|packages?|parcels?|"
        r"things) in (?:his|her|their) (?:socks|pants|underwear|shoes)\b",
        r"\bexploit\w*|\bgroom\w*|\bcounty lines|\bcse\b|\bcce\b|\btraffick\w*|\bsextort\w*|\bradicali[sz]\w*",
        r"\bmodern slavery|\bblackmail\w*|\bsexting|\bnudes?\b|\bnaked\b|\bexplicit\b|\bporn\w*|\bdating (?:app|site)",
        r"\b(?:asked|told|made|forced|pressured) (?:\w+ )?to (?:strip|undress|take (?:\w+ )?clothes off)\b",
        rf"\b(?:buy\w*|bought|giv\w*|gave|offer\w*|suppl\w*) {_CHILD_OBJ} (?:alcohol|drink|vodka|cigarettes|vapes?|"
        rf"drugs|weed|cannabis)\b",
        rf"\b(?:offer\w*|paid|pay|pays|paying|promis\w*) (?:\w+ ){{0,4}}(?:for|to send|in exchange for) (?:\w+ )?"
        rf"{_PICTURES}",
        r"\b(?:man|men|adult|guy|stranger|someone|somebody) (?:\w+ ){0,2}(?:she|he|they) met (?:on|online|through|"
        r"via|off)\b|\b(?:man|men|stranger|adults?|guy) (?:\w+ ){0,2}hanging (?:around|about|round)",
        r"\bparties with (?:adults|older|men)|\b(?:coming|comes|came|come) home with (?:money|cash|new phones?|"
        r"gifts|drugs|alcohol)",
        r"\bolder (?:man|men|lads?|boys|guys?|males?|boyfriend|girls|women|teenagers)\b",
        r"\bgrown (?:man|men|adults?)\b|\b(?:\d+|twenty|thirty|forty) ?(?:something|odd|plus) (?:year old )?"
        r"(?:man|men|guy|bloke)",
        r"\bgiven (?:\w+ )?(?:a )?(?:phone|money|cash|gifts?|drugs) by (?:someone|somebody|a man|an adult|older|"
        r"men|lads)|\bmet up with (?:a|an|some) (?:\w+ )?(?:man|men|adult|stranger|guy|older)\b",
        r"\b(?:1[89]|[2-9]\d) (?:year|years|yr|yrs) old (?:boyfriend|man|men|bloke|guy|friend|girlfriend|woman)",
        rf"\b{_ONLINE}\b(?: [\w']+){{0,12}} (?:ask\w*|want\w*|tell\w*|told|keep\w*|kept|get\w*|got|sent|send\w*|"
        rf"messag\w*|request\w*|pressur\w*)(?: [\w']+){{0,6}} (?:{_PICTURES}|undressed|meet(?:ing)? (?:up|him|her)|"
        rf"to meet|camera|webcam|secret|wearing|sex|sexual)\b",
        rf"\bask\w* (?:{_CHILD_OBJ}|my (?:\w+ )?{_KIDS}) (?:for|to send|to take|to show|to do) "
        rf"(?:\w+ ){{0,2}}{_PICTURES}",
        rf"\bsen[dt]\w* (?:\w+ ){{0,2}}{_PICTURES} (?:\w+ ){{0,4}}(?:to|with) (?:a|an|some|this|that|someone|"
        rf"somebody|strangers?|people|men|man|boys?|lads?)\b",
        rf"\bsen[dt]\w* (?:\w+ )?{_PICTURES} of {_SELF}",
        rf"\b{_PICTURES} of (?:her|him|them|me|{_SELF}) (?:in (?:the bath|the shower|bed|her underwear|"
        rf"his underwear|underwear)|undressed|with no clothes)",
        r"\b(?:keep|kept|keeping) (?:\w+ ){0,3}secret\b|\bsecret from (?:his|her|my|their|you|me|mum|dad|parents)",
        r"\bnot to tell (?:anyone|anybody|his|her|mum|dad|you|me|parents|their)|\bour little secret",
        rf"\b(?:lads?|boys|men|man|guys?|people|strangers?|someone|somebody|adults?|gang) (?:\w+ ){{0,3}}"
        rf"(?:giv\w*|gave|buy\w*|bought|send\w*|sent|offer\w*) {_OBJ} (?:money|gifts?|presents?|phones?|trainers|"
        rf"vapes?|drugs|alcohol|lifts?|cigarettes|weed|cannabis|cash|credit|robux|v ?bucks|gift cards?)",
        r"\b(?:gifts?|presents?|money|vapes?|lifts?|cash|drugs|alcohol) from (?:a |an |some |older |this |these )?"
        r"(?:man|men|lads?|boys|guys?|strangers?|adults?)\b",
        r"\bnot (?:say|tell (?:me|us)|explain) where (?:they|it|the \w+) (?:are|is|came|come) from",
        r"\bnot (?:say|tell (?:me|us)|explain) where (?:he|she) got (?:it|them|the)",
        r"\b(?:carry\w*|carri\w*|deliver\w*|hold\w*|sell\w*|mov\w*|stash\w*) (?:\w+ ){0,2}(?:drugs|weed|cannabis|gear)",
        r"\b(?:carry\w*|carri\w*|deliver\w*|hold\w*|sell\w*|drop\w*) (?:\w+ ){0,2}(?:packages|parcels|bags|stuff|"
        r"things) (?:off )?for (?:them|him|some|these|those|older|men|lads|people|a man|a gang)\b",
        rf"\bmak\w* {_OBJ} (?:deliver|sell|carry|hold)|\bmade to (?:sell|carry|deliver|hold)",
        r"\bowes? (?:money|a debt|them|people|some)\b|\bdrug deal\w*|\bdealing drugs|\bdealers?\b|\bgangs?\b",
        r"\bmet (?:a |an |some |this )?(?:man|men|adult|guy|stranger|older \w+) (?:off|on|online|through|via)\b",
        r"\b(?:goes|go|going|went|gets|get|got) (?:off )?in(?:to)? cars? with\b",
        r"\bpressur\w* (?:\w+ ){0,2}into (?:sex|sexual|sending|doing)|\bfor sex\b|\bhave sex\b|\bsex with\b",
        rf"\bturn {_POSS} (?:camera|webcam) on|\bwhat (?:he|she|they|you) (?:is|are|was|were) wearing",
        r"\bpassed around\b",
        r"\b(?:man|men|adult|stranger|guy) (?:\w+ ){0,3}(?:messag\w*|texting|dms?|dming)\b",
    ),
    # Restricted eating with weight loss, vomiting or distress; not sensory
    # "beige food" preferences.
    "eating_disorder": (
        r"\banorex\w*|\banorexa\b|\bbulimi\w*|\beating disorders?\b|\bdisordered eating|\bpurg\w*",
        r"\bbing(?:e|es|ed|eing|ing)\b|\blaxatives?\b|\bdiet pills",
        r"\bstop(?:ped|s|ping)? (?:eating|drinking)\b|\b(?:so|really|very|too|painfully|dangerously) thin\b",
        rf"\bforc\w* {_SELF} to (?:throw up|be sick|vomit)|\bnot (?:had|eaten) a (?:proper )?meal",
        r"\bbody (?:is )?shutting down|\bonly (?:drinks?|has) (?:water|black coffee|diet \w+)\b",
        r"\b(?:not|hardly|barely) (?:been )?(?:eaten|eating)\b(?! (?:school|the school|at school|school dinners|"
        r"dinners|in the (?:hall|canteen|dining hall)))",
        r"\b(?:hardly|barely|never) eats?\b|\beats? (?:almost |next to |virtually )?nothing\b",
        r"\bhow little (?:he|she|they) eats?",
        r"\b(?:will|would|does|do|did) not eat (?:anything|at all|a thing|for (?:days|weeks))",
        r"\brefus\w* (?:to eat|food|meals?|all food|to drink|food and drink)",
        rf"\bmak\w* {_SELF} sick|\b(?:throw\w*|threw) up (?:after|on purpose|every|all)",
        r"\bsick after (?:every |each |her |his |all |most )?(?:meals?|eating|food|dinner|tea|lunch|breakfast)",
        r"\bvomit\w*|\b(?:bags?|buckets?|bottles?|tubs?) of (?:sick|vomit)",
        rf"\bstarv\w* {_SELF}",
        r"\b(?:lost|losing|lose|dropped|dropping) (?:\w+ ){0,2}(?:weight|stone|kg|kilos?|pounds|lbs)\b",
        r"\bunderweight\b|\b(?:dropping|dropped|fallen|falling) (?:down )?(?:the |two |several )?centiles?",
        r"\bskin and bones?\b|\bclothes (?:are )?hanging off|\bmalnutrition|\bmalnourished|\bwasting away",
        rf"\bweigh\w* {_SELF}|\bcount\w* (?:every |the |all )?calories|\bperiods? (?:has |have )?stopped",
        r"\bthinks? (?:she|he|i) (?:is|am) (?:fat|too fat|overweight|huge)",
        r"\bexercis\w* (?:for hours|obsessively|excessively|constantly|all night|at night)",
        r"\bhid(?:es|ing|den|e)? (?:\w+ ){0,2}(?:food|meals?|dinner|lunch|sandwiches)|\b(?:food|meals?|dinner|lunch) "
        r"in the bin|\bskip\w* (?:meals|lunch|breakfast|dinner)\b",
        r"\beats? (?:only )?(?:one|a single|half an?|1) (?:\w+ ){0,2}(?:a day|all day|per day|each day)",
        r"\b(?:scared|afraid|frightened|terrified|petrified|worried|obsessed) (?:of|about|with) (?:gaining|putting on|"
        r"getting fat|being fat|her weight|his weight|calories|weight gain)",
        r"\bweight (?:has |is |keeps )?(?:dropped|dropping|fallen|falling|plummet\w*|gone down)|\b(?:weight|bmi) "
        r"(?:is )?(?:so |dangerously |really |very )?low\b",
        r"\bchew\w* (?:\w+ ){0,3}(?:then |and )spit\w*",
    ),
    # Including a parent being unable to feed, warm or care for the children.
    "neglect": (
        # Young children left to each other, and no adult at home (sg2).
        r"\b(?:collected|picked up|looked after|minded) (?:\w+ ){0,3}by (?:her|his|their) (?:\d+|seven|eight|nine|ten|"
        r"eleven|twelve) year old (?:brother|sister)\b",
        r"\bnobody (?:comes|is|came) home (?:at night|all night|at weekends|until)\b",
        r"\bneglect\w*",
        r"\bnot (?:being |been )?fed\b|\bno(?:thing)? (?:food|to eat)\b|\bno money (?:for|to buy) food",
        r"\bnothing in the (?:fridge|cupboards?|house)",
        r"\b(?:can|could) not (?:afford|buy|get) (?:to feed|food|to eat|the gas|gas|the electric|electric|"
        r"electricity|heating|the heating|nappies|to heat|meals|dinner|tea|groceries)",
        r"\b(?:not|never) (?:been )?able to (?:buy|afford|get) (?:any )?food|\bfood ?banks?\b",
        r"\bso (?:my|the|our) (?:kids|children|son|daughter|boys|girls|little ones) (?:can|could) "
        r"(?:eat|have (?:food|something))|\benough (?:food )?for the (?:kids|children)",
        r"\b(?:always|often|constantly|still|usually|regularly|arrives?|arriving|arrived|comes?|coming|came|go|"
        r"goes|going|went|sent|left) (?:\w+ ){0,3}hungry\b|\bhungry (?:all the time|every day|most days)",
        r"\beat\w* (?:out of|from) (?:the )?bins?\b|\bscaveng\w*",
        r"\bno (?:washing machine|fridge|cooker|electric|electricity|gas|heating|hot water|power)\b",
        r"\bhouse is (?:freezing|cold)\b",
        rf"\b(?:not|never) (?:feed|feeds|feeding|fed) {_OBJ}",
        r"\bnever (?:had |has |gets )?(?:his|her|their) (?:teeth|hair) (?:brushed|washed|cleaned)",
        r"\b(?:not|never) (?:been |being )?(?:washed|bathed|cleaned)\b",
        r"\bto keep warm\b|\bdamp and mould|\bmould\w* (?:in|on|everywhere)|\bcovered in mould|\bmouldy",
        r"\b(?:sleep\w*|slept) on the floor|\bno (?:bed|bedding|mattress|sheets)\b(?! (?:in|on|at|available|free))",
        r"\bsame (?:clothes|uniform|nappy|pad) (?:all|every|for)\b",
        r"\b(?:he|she|they) (?:smells|stinks)\b(?! (?:of|like|everything|things|food))",
        r"\bunwashed\b|\bfilthy\b|\bdirty clothes|\bhead lice|\bnits\b",
        r"\bteeth (?:are )?(?:rotting|rotten|black)|\brotten teeth|\btooth decay",
        rf"\b(?:nobody|no one|noone|never) (?:takes|took|take) {_OBJ} to (?:the )?(?:dentist|doctor|gp|"
        rf"appointments|hospital)",
        rf"\bleav\w* {_OBJ} {_ALONE}|\bleft {_ALONE} (?:for|all|overnight)|\bhome alone\b|\bunattended\b",
        rf"\b(?:is|are) (?:[1-9]|one|two|three|four|five|six|seven|eight|nine)\b(?: \w+){{0,4}} (?:walks? {_SELF}|"
        rf"lets? {_SELF} in|{_ALONE})",
        rf"\bfend for {_SELF}",
        r"\b(?:left|sat|leaves|leave|sits) in (?:a |his |her |their )?(?:wet|soiled|dirty) (?:pad|pads|nappy|"
        r"nappies|clothes)|\bwet pads?\b|\bsoiled\b|\bdirty nappy",
        r"\b(?:nobody|no one|never) chang\w* (?:him|her|them|his|her)\b",
        rf"\bleft in (?:bed|{_POSS} bed|the cot|a cot|{_POSS} (?:chair|wheelchair|room)|the buggy) (?:until|for|all)",
        r"\b(?:not|never) (?:been |being )?given (?:his|her|their|the|any) (?:\w+ )?(?:medication|meds|medicine|"
        r"insulin|tablets|inhaler|food|drink|water|dinner|lunch|feeds?)",
        r"\bforg[eo]t\w* to give (?:him|her|them) (?:his |her |their )?(?:\w+ )?(?:medication|meds|medicine|insulin|"
        r"tablets|inhaler|food|drink|feeds?)|\bforg[eo]t\w* (?:his|her|their) (?:medication|meds|insulin|feeds?)",
        rf"\b(?:not|never) (?:give|gives|given|giving) {_OBJ} (?:a drink|anything to (?:eat|drink)|water|food|"
        rf"lunch|his meds|her meds|a meal)",
        r"\bwent without (?:dinner|food|tea|meals|breakfast|lunch|eating)",
        rf"\bnot (?:\w+ ){{0,6}}(?:give|gives) {_OBJ} (?:breakfast|dinner|tea|lunch|a meal)",
        r"\bdenied (?:food|water|medication|meds|the toilet|a drink|drinks|lunch)",
        r"\bnot allowed (?:to go )?to the toilet|\bgo(?:es|ing)? without (?:food|meals|eating|a meal)",
    ),
    "domestic_abuse": (
        # Coercive control said plainly (sg2).
        r"\b(?:does not|will not|would not) let me (?:have|use|keep|see|go)\b.{0,30}\b(?:bank card|money|"
        r"my phone|my friends|my family|out)\b",
        r"\bhave to ask (?:him|her|them|permission) before i\b",
        r"\bseen what happens when (?:i|mum|mummy|she)\b",
        r"\bdomestic(?:ally)? (?:abuse|abusive|violence|violent|incidents?)|\bdv\b",
        r"\brefuge\b|\bfled\b|\bflee(?:ing)?\b",
        r"\bnon molestation|\bmolestation order|\brestraining order|\bmarac\b|\bidva\b|\bwomen s? aid|\bwomens aid",
        rf"\b{_PARTNER} (?:\w+ ){{0,6}}(?:hits?|hitting|hurt|hurts|hurting|beats?|beating|punch\w*|kick\w*|slap\w*|"
        rf"strangl\w*|chok\w*|throttl\w*|attack\w*|assault\w*|push\w*|shov\w*|threw|throws|rap\w*|batter\w*|"
        rf"abus\w*|smack\w*|bites|headbutt\w*|threaten\w*)(?: \w+){{0,5}}? (?:me|mum|mummy|mam|mother|her|"
        rf"(?:her|his|my|their) mum)\b",
        rf"\b{_PARTNER} (?:is|was|gets|can be|has been|became) (?:very |so |really |extremely )?(?:violent|abusive|"
        rf"controlling|aggressive|coercive)",
        r"\b(?:hear|heard|hears|see|saw|seen|sees|witness\w*) (?:him|dad|daddy|their dad|his dad|her dad|"
        r"my husband|my partner|them) (?:\w+ )?(?:scream\w*|shout\w*|yell\w*|hit\w*|hurt\w*|fight\w*|attack\w*|"
        r"strangl\w*|push\w*)",
        r"\bcontrolling (?:behaviour|relationship|partner|husband|ex|man)|\bcoerci\w*",
        r"\b(?:takes|took|taken|keeps|kept) (?:all )?my (?:bank )?(?:card|cards|money|benefits|phone|keys|passport)",
        r"\bcontrols? (?:all )?(?:the|my|our) (?:money|finances|benefits)|\bcontrols? (?:me|everything i)",
        r"\bchecks? my phone|\block\w* me (?:in|out)\b",
        r"\bnot let me (?:see|visit|talk to|speak to) (?:my|our) (?:family|friends|mum|dad|sister|parents)",
        r"\bnot let me (?:leave the house|leave|have (?:any )?(?:money|a phone|friends)|work)",
        rf"\bbroke my (?:{_BODY}|jaw|ribs?|nose|cheekbone)|\bstalk\w*",
        r"\bwhen (?:he|she) (?:is|was|gets|has been) (?:drunk|drinking|high|off his face)",
        r"\bscared for (?:the kids|the children|my kids|my children|my life|our safety|our lives)",
        r"\bthreaten\w* (?:to )?(?:kill|hurt|harm|take|stab|beat) (?:me|the kids|the children|my|us)",
        r"\b(?:scared|afraid|frightened|terrified|petrified) (?:of )?(?:my|the kids|their|her|his) "
        r"(?:partner|husband|ex|boyfriend|wife|girlfriend|dad|stepdad)",
        r"\babusive (?:relationship|partner|husband|ex|marriage|boyfriend|man|home)",
        r"\bviolent (?:relationship|partner|husband|ex|boyfriend|home|marriage)|\bviolen\w* at home",
        r"\bif i (?:ever )?leave (?:him|her)\b|\bnever see (?:them|the kids|the children|my kids) again",
    ),
    "missing": (
        r"\b(?:he|she|they|i|him|her|them|son|daughter|child|boy|girl|kids|children) (?:\w+ ){0,2}(?:went|gone|"
        r"goes|go|going|been) missing\b|\breport(?:ed|s|ing)? (?:\w+ )?(?:as )?missing\b",
        r"\bclimb\w* (?:over|out of|through) (?:the |a )?(?:\w+ )?(?:fence|gate|wall|window)",
        r"\bdisappear\w* (?:from|for|off|out|again|overnight)|\bfound (?:\w+ )?(?:hours|days) later",
        r"\bmissing (?:from (?:home|care|the (?:home|unit|placement|house))|overnight|person|for (?:\d+|an|a|two|"
        r"three|several|hours|days|the (?:night|day|weekend|afternoon))|since)",
        r"\b(?:ran|run|runs|running) (?:off|away)\b",
        r"\babscond\w*|\bawol\b|\bbolt(?:s|ed|ing)? (?:from|out|off|away|through|across)|\bescap\w* "
        r"(?:from|through|out|over)|\bis a runner\b|\bflight risk",
        r"\b(?:knew|know|knows|noticed|realised|realized|idea) where (?:he|she|they|my son|my daughter) "
        r"(?:was|were|is|had gone|went)",
        r"\bnot (?:know|knowing|tell (?:me|us)|say) where (?:he|she|they) (?:is|was|were|are|had gone|has been|"
        r"had been|is been|goes|go)\b(?! (?:going|moving|placed|to (?:school|college)|in year|with (?:her|his) "
        r"(?:work|reading|learning)))",
        r"\b(?:could|can) not (?:find|locate) (?:him|her|them)\b",
        r"\blost (?:him|them)\b|\blost track of (?:him|her|them)",
        r"\blost her (?:on|at|in|for|again|during|twice|once|when)\b",
        r"\bpolice (?:\w+ ){0,4}(?:looking|searching|search|found|find|brought (?:him|her|them) (?:home|back))",
        r"\b(?:out|were|was|are|been|go|went) (?:looking|searching) for (?:him|her|them)\b",
        r"\b(?:was|were|been|being|is) found (?:\w+ )?(?:at|in|on|by|near|wandering|walking|outside|miles|alone)\b",
        r"\bfound (?:him|her) (?:\w+ ){0,2}(?:at|in|on|by|near|wandering|walking|outside|miles|alone|away)\b",
        r"\b(?:walked|walks|walk|walking|ran|runs|run|running|climb\w*|went|slipped|wandered|snuck|sneaked) "
        r"(?:out|off|away) (?:of|from) (?:the |his |her )?(?:school|site|building|college|house|home|unit|grounds|"
        r"gates?|placement|care home|window)\b",
        r"\b(?:walked|walks|ran|runs|wandered|went|gone|goes) off (?:site|the premises|school grounds)",
        r"\b(?:does|did|do|would|will) not come home\b|\bnot (?:come|came|coming) (?:home|back) (?:until|till|"
        r"til|at night|all night)|\b(?:stays?|stayed|staying) out (?:all night|overnight|until|till)\b",
        r"\b(?:has|have|had) been gone (?:since|for)|\bgone since (?:monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|yesterday|last|this morning)",
        r"\b(?:goes|go|going|went|gone) off with (?:people|strangers|men|older|a man|friends|some|other)",
        r"\bwander\w* (?:off|away|the streets|by|along|near|onto|into the road)",
        r"\b(?:left|leaves|leave|out of) the (?:house|home) (?:\w+ )?(?:in the middle of the night|at night)",
        r"\b(?:nobody|no one|noone|staff|they) (?:\w+ )?noticed (?:until|for (?:\w+ )?(?:hours|ages|minutes)|"
        r"(?:he|she|they) (?:had )?(?:left|gone|was missing|was not there|were missing))",
    ),
}

# Names used before the eight categories above; comments tagged earlier keep
# them in ``Comment.safeguarding_reasons``.
LEGACY_CATEGORIES: Final[dict[str, str]] = {
    "suicidal_thoughts": "suicide_self_harm",
    "self_harm": "suicide_self_harm",
    "family_crisis": "suicide_self_harm",
    "physical_abuse": "abuse_injury",
    "sexual_abuse": "abuse_injury",
    "emotional_abuse": "abuse_injury",
    "abuse": "abuse_injury",
    "violence": "abuse_injury",
    "unsafe_now": "abuse_injury",
    "restraint": "restraint_seclusion",
    "exploitation": "sexual_exploitation_grooming",
    "neglect": "neglect",
}

_TOPIC: Final = (r"(?:self harm\w*|suicid\w*|eating disorders?|restraint|physical intervention|positive handling|"
                 r"safeguarding|grooming|exploitation|county lines|online safety|abuse|neglect|domestic abuse|"
                 r"missing (?:child|children|person)s?|seclusion)")
_FORMAL: Final = (r"(?:training|policy|policies|procedures?|plans?|strategy|strategies|approach|workshops?|"
                  r"leaflets?|lessons?|talks?|sessions?|course|awareness|guidance|prevention)")

# Taken out before matching. Each entry is a phrase that contains a harm word
# but is known not to be a disclosure.
_NOT_DISCLOSURES: Final = re.compile(
    "|".join(
        (
            # figures of speech
            r"\bkill(?:ing|s)? (?:us|me|them|him|her)?\s?(?:with|by)\b",
            r"\b(?:is|it is|this is|that is|are) killing (?:us|me|them)\b",
            r"\bkilling (?:us|me)\b",
            r"\b(?:could|would) (?:kill|murder) for\b",
            r"\bkill (?:me|us) (?:if|when) (?:she|he|they) (?:knew|found out|saw|read|reads|sees|finds out|knows)\b",
            r"\bbeat(?:en|s)? (?:\w+ )?(?:at|in) (?:the |a )?(?:\w+ )?(?:tribunal|appeal|court|chess|game|final|race|"
            r"match|quiz)\b",
            r"\bdying (?:to|for)\b",
            r"\bto die for\b",
            r"\b(?:bored|scared|worried|sick|done) to death\b",
            r"\bover my dead body\b",
            r"\bdead (?:end|loss|easy|set)\b",
            r"\bhit (?:a|the) (?:brick wall|wall|roof|ceiling|jackpot|ground running)\b",
            r"\bhit and miss\b",
            r"\bhit (?:hard )?by (?:a |the )?(?:wave|news|cuts?|changes?|rise|costs?|price|delays?|bill|decision)\b",
            r"\bbang\w* (?:my|our) heads? (?:against|on) (?:a |the )?(?:brick )?wall\b",
            r"\b(?:threw|thrown|throw|throws|throwing) (?:\w+ ){0,2}under the bus\b",
            r"\bthreaten\w* (?:\w+ ){0,2}with (?:a |the )?(?:tribunal|court|legal|fines?|prosecution|exclusion|"
            r"attendance|letter)",
            r"\bthrew the book at\b|\bpushed (?:to one side|aside|out of the way)",
            r"\bkick in the teeth\b",
            r"\bslap in the face\b",
            r"\bbeat the system\b",
            r"\bpanic attack\w*",
            r"\bkick\w* (?:off|out)\b",
            r"\babuse of (?:the )?(?:system|power|process|position|trust)\b",
            r"\babus\w* (?:its|their) (?:position|power|authority|trust)\b",
            r"\bneglect\w* (?:its|their|our) (?:duty|duties|responsibilit\w*|statutory)",
            r"\b(?:needs|education|duty|duties|schooling|learning) (?:have |has )?(?:been )?(?:completely |totally |"
            r"really |utterly )?neglected\b",
            r"\bat risk of (?:exclusion|being excluded|permanent exclusion|losing|failing|"
            r"not|missing|falling|ceasing)",
            r"\bin danger of (?:losing|being|falling|not|missing|failing|ceasing)",
            r"\bnot safe to say\b",
            r"\btoo (?:violent|aggressive|dangerous) for\b",
            r"\bpush(?:ed|ing|es)? (?:him|her|them|me|us) (?:too (?:hard|far|much)|to (?:do|go|try|get|attend|achieve|"
            r"work|read|write|eat|join|the limit|breaking point)|beyond)\b",
            r"\b(?:got|get|gets|was|been) (?:hurt|injured) (?:playing|in|at|during) (?:football|rugby|pe|sport\w*|"
            r"games|netball|hockey|basketball|a match)\b",
            r"\b(?:brain|birth|spinal(?: cord)?) injur(?:y|ies)\b",
            r"\b(?:personal|self|dog|dogs|pet) groom\w*|\bgroom\w* (?:and|or) (?:dressing|washing|hygiene)",
            r"\bdragged (?:\w+ ){0,2}(?:through|into) (?:the )?(?:tribunal|court|courts|meetings|process|appeal)",
            r"\blocked (?:in|into) (?:a |an |this |the )?(?:battle|dispute|fight|tribunal|argument|contract|cycle|"
            r"process|system|loop|war)\b",
            r"\blocked out of (?:the |my |our |his |her )?(?:account|system|portal|app|email)\b",
            r"\brestrain(?:ed|ing)? (?:myself|ourselves)\b",
            r"\b(?:file|files|paperwork|forms?|reports?|letters?|documents?|evidence|emails?|records?|plans?|ehcp|"
            r"applications?|money|post|information|details|appointments?|equipment|it|things|stuff) (?:\w+ ){0,3}?"
            r"(?:went|gone|goes|going|go|was|were|is|are) missing\b",
            # policy, training and services talked about in general
            rf"\b{_TOPIC} {_FORMAL}\b",
            rf"\b{_FORMAL} (?:for \w+ )?(?:on|about|in|around) {_TOPIC}(?: and {_TOPIC})*",
            # plain denials
            r"\b(?:never|not|no longer) (?:ever )?(?:self harm\w*|been restrained|needed restrain\w*|been suicidal|"
            r"suicidal)\b",
            r"\bnot been restrained\b",
            r"\b(?:no|never|not|zero) (?:use of )?(?:restraint|seclusion|restrictive practice)\b",
            r"\b(?:never|not|no|do not|does not) (?:use|uses|used|using) (?:\w+ )?(?:seclu\w*|restrain\w*|isolation)"
            r"(?: rooms?| booths?)?",
            r"\bno (?:signs?|concerns?|evidence|suggestion|history|indication) (?:of |about )(?:\w+ )?(?:abuse|neglect|"
            r"self harm\w*|harm|suicid\w*|restraint)\b",
        )
    )
)

# Harm words the typo matcher would otherwise "correct" into ordinary words
# ("strangled" into "struggled", "skipping" into "shopping"). Registered as
# stems, they are only protected from correction: nothing is corrected
# towards them, so other analysis sees the same tokens as before.
_PROTECTED_STEMS: Final = (
    "strangl", "skipp", "exploit", "brus", "bruis", "restrain", "restrian", "seclu", "suicid", "groom", "abus",
    "neglect", "anorex", "bulimi", "laxat", "purg", "overdos", "abscond", "molest", "traffick", "ligatur",
    "malnour", "vomit", "starv", "wrestl", "barricad", "humiliat", "belittl",
)
register_vocabulary((), _PROTECTED_STEMS)

_COMPILED: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (category, re.compile("|".join(patterns))) for category, patterns in CATEGORIES.items()
)
# Nearly every comment matches none of them: a first pass says so in microseconds.
_QUICK: Final = Prefilter(p for patterns in CATEGORIES.values() for p in patterns)


def screen_tokens(tokens: Sequence[str]) -> tuple[str, ...]:
    text = _NOT_DISCLOSURES.sub(" ", " ".join(tokens))
    if not _QUICK.may_match(text):
        return ()
    return tuple(category for category, pattern in _COMPILED if pattern.search(text))


def screen(text: str) -> tuple[str, ...]:
    """Category names of possible disclosures; empty when nothing was found."""
    return screen_tokens(tokenise(text))


# Every module whose code or data can change what ``screen`` says, and the packages it leans on.
_SCREEN_MODULES: Final = ("voice.analysis.safeguarding", "voice.analysis.normalise", "voice.analysis.prefilter",
                          "voice.analysis.textblob_bridge", "voice.analysis.data.first_names")
_SCREEN_PACKAGES: Final = ("textblob", "google-re2")


@cache
def screen_version() -> str:
    """A fingerprint of the screen as this process runs it: the source of every module it
    uses and the versions of the packages it leans on. An outcome kept from an earlier
    screen (a draft's, screened as each page was saved) is trusted only under the same
    fingerprint, so a change to the rules re-screens rather than keeps the old answer."""
    digest = hashlib.sha256()
    for name in _SCREEN_MODULES:
        module = sys.modules.get(name)
        source = getattr(module, "__file__", None)
        digest.update(name.encode() + b"\0" + (Path(source).read_bytes() if source else b"?") + b"\0")
    for package in _SCREEN_PACKAGES:
        try:
            digest.update(f"{package}=={metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}: none\0".encode())
    return digest.hexdigest()[:16]


def current_category(name: str) -> str:
    """The category name today for a reason stored under an older name."""
    return LEGACY_CATEGORIES.get(name, name)
