"""Sentiment cues for SEND comments: pattern -> strength.

General praise and criticism words are here, and so is the vocabulary in
which families describe a failing system without using any "negative" word
("we are still waiting", "had to fight", "nobody rings back", "2 years").
TextBlob scores most of those as neutral; these cues are why the domain layer
exists. Pattern syntax is in ``voice/analysis/lexicon.py``.

``NEGATIVE`` strengths are positive numbers (they count as criticism).
Phrases that already contain their own negation ("can't fault",
"couldn't be happier", "not helpful") are listed whole: the match claims the
negator, so the generic negation rule does not flip them again.
"""

from __future__ import annotations

from typing import Final

POSITIVE: Final[dict[str, float]] = {
    "can|could not say enough good|nice|positive things": 1.3, "part of the family": 1.0,
    "gave|given|give|gives me|us|him|her the? confidence": 1.0, "confidence": 0.4,
    "within # months|weeks|days|hours": 0.8, "is|was|are|were fine": 0.5,
    "usually|mostly|generally fine|good|ok|reliable": 0.7,
    "have|has lots|loads of friends": 1.0, "have|has many friends": 1.0,
    "it matters": 0.8, "keep asking": 0.6, "have|has friends": 0.7, "have|has a friend": 0.7,
    "waits|wait until he|she|they": 0.0,
    "funny": 0.6, "real effort": 1.0, "made|makes|make an effort": 1.0,
    "got|get|gets his|her|a|my first|new job": 1.0, "first paid job": 1.0,
    "supported internship*|living|accommodation": 0.0, "a|the fine|fines": 0.0,
    # how families describe things going well
    "smiling": 0.8, "smiles": 0.6, "flourish*": 1.0, "out of his|her|their shell": 1.0,
    "comes|came home happy|smiling": 1.0, "loves going": 1.0, "looks forward": 0.8,
    "can not wait to go": 1.0, "grown in confidence": 1.0, "more confident": 1.0,
    "doing brilliantly|great|fantastic|amazingly": 1.2, "strength to strength": 1.2,
    "settled in": 0.8, "settled well": 1.0, "sorted": 0.7, "sorted out": 0.8, "resolved": 0.8,
    "straight away": 0.5, "immediately": 0.4, "within days|hours": 0.7, "within a week|day": 0.7,
    "painless": 1.0, "stress free": 1.0, "hassle free": 1.0, "really worked": 1.0,
    "it worked": 0.9, "fit for purpose": 0.6, "good|great|brilliant|fantastic job": 1.0,
    "hats off": 1.0, "a credit": 1.0, "credit to": 1.0, "gem": 1.0, "treasure": 0.8,
    "life saver|saviour": 1.2, "lifesaver": 1.2, "extra mile": 1.2, "on our side": 1.0,
    "in our corner": 1.0, "fought for us|him|her": 1.0, "champion*": 0.8,
    "really|genuinely|truly cares|care": 1.0, "compassionate": 1.0, "empathetic": 1.0,
    "reassuring": 0.9, "inclusive": 0.7, "fully inclusive": 1.0, "adapted": 0.5,
    "tailored": 0.7, "personalised": 0.6, "child centred": 0.8, "hoped for": 0.6,
    "everything we hoped|wanted|needed": 1.2, "exceeded": 1.0, "blessed": 1.0,
    "fortunate": 0.8, "relieved": 0.8, "content": 0.5, "made|makes time": 0.8,
    "always know|knows": 0.6, "always time for": 0.9, "made new friends": 1.0,
    "new friends": 0.6, "enjoys": 0.9, "trying their|his|her best": 0.7,
    "doing their|his|her best": 0.7, "working hard": 0.5, "works hard": 0.5,
    "godsend": 1.2, "flexibility": 0.6, "accepting": 0.8,
    "know|knows our|my|his|her son|daughter|child|him|her": 0.6,
    "helped|helps him|her|us|me a lot|loads|massively": 1.0, "helped him|her|us so much": 1.0,
    "actually listened|asked|helped|rang|called|replied|did|cared|understood": 0.9,
    "good": 0.8, "great": 1.0, "brilliant": 1.2, "excellent": 1.2, "amazing": 1.2,
    "fantastic": 1.2, "fab": 1.0, "fabulous": 1.2, "wonderful": 1.2, "lovely": 1.0,
    "outstanding": 1.2, "superb": 1.2, "marvellous": 1.2, "terrific": 1.2, "perfect": 1.0,
    "helpful": 1.0, "supportive": 1.0, "kind": 0.9, "kindness": 1.0, "caring": 0.9,
    "friendly": 0.7, "welcoming": 0.9, "welcomed": 0.8, "nice": 0.8, "best": 0.9,
    "understands": 0.8, "understand him|her|them|us|me": 0.8, "understood": 0.7,
    "gets him|her|them|us|our": 0.9, "happy": 0.9, "happier": 0.9, "happily": 0.6,
    "pleased": 1.0, "delighted": 1.2, "grateful": 1.0, "thankful": 1.0, "thank*": 0.8,
    "love": 0.9, "loves": 1.0, "loved": 0.9, "adore*": 1.0, "likes": 0.7,
    "i|we|he|she|they|really|do|does like": 0.7, "enjoy*": 0.8, "fun": 0.7,
    "ok": 0.25, "fine": 0.3, "alright": 0.25, "all right": 0.25, "okay": 0.25,
    "better": 0.5, "improv*": 0.8, "progress*": 0.8, "come|came on loads|leaps": 1.0,
    "come|came on so much": 1.0,
    "has|have come on": 0.8, "thriv*": 1.2, "settled": 0.9, "calm": 0.5, "calmer": 0.8,
    "confident": 0.7, "proud": 1.0, "relief": 0.8, "reassur*": 0.8, "lifeline": 1.2,
    "makes|made|make a difference": 1.0, "makes|made|make such a difference": 1.0,
    "difference": 0.3, "lucky": 0.8,
    "impressed": 1.0, "well run": 1.0, "well organised": 1.0, "quick*": 0.6,
    "prompt*": 0.7, "on time": 0.7, "reliable": 0.9, "consistent": 0.7, "thorough": 0.9,
    "detailed": 0.6, "clear": 0.4, "effective": 0.8, "useful": 0.8, "valuable": 0.8,
    "invaluable": 1.2, "angel*": 1.0, "spot on": 1.0,
    "fights|fight|fighting his|her|their corner": 1.0,
    "above and beyond": 1.2, "bent|bend over backwards": 1.2, "can not fault": 1.2,
    "could not fault": 1.2, "could not ask for more|better": 1.2,
    "could not ask for anything more": 1.2,
    "could not be happier": 1.3, "could not be more": 0.0, "could not be better": 1.2,
    "could not have done|managed|coped without": 1.0, "would not have coped without": 1.0,
    "no complaints": 1.0, "nothing but praise": 1.2, "not one bad word": 1.2,
    "nothing bad to say": 1.2, "no problems": 0.7, "no issues": 0.7, "not a problem": 0.5,
    "not bad": 0.5, "no concerns": 0.6, "can not thank": 1.2,
    "can|could not thank|praise _? _? enough": 1.3,
    "when i|he|she|they am|is|are stuck": 0.0, "can not praise": 1.2,
    "would|highly|definitely recommend": 1.0, "recommend them|it|this|her|him": 0.9,
    "appreciat*": 1.0, "praise": 0.8, "well done": 1.0,
    "good work": 1.0, "all good": 1.0, "working|works|going|doing well": 1.0,
    "on track": 0.8, "made|make|making friends": 0.8, "respected": 0.8, "valued": 0.8,
    "efficient": 0.8, "responsive": 0.8, "approachable": 0.9, "accommodating": 0.9,
    "flexible": 0.7, "dedicated": 0.9, "passionate": 0.8, "knowledgeable": 0.9,
    "skilled": 0.7, "professional": 0.5, "easy": 0.6, "straightforward": 0.7,
    "smooth*": 0.8, "seamless": 1.0, "success*": 0.9, "achiev*": 0.6, "excited": 0.9,
    "exciting": 0.9, "life changing": 1.0, "transformed": 0.9, "our life back": 1.2,
    "listened": 0.8, "listens": 0.8, "listen to us|me|parents": 0.7, "involve us|me": 0.6,
    "at last": 0.3, "accessible": 0.5, "safe": 0.2, "understand*": 0.3, "involved": 0.4,
    "partners": 0.4, "consulted": 0.4, "informed": 0.4, "heard": 0.3,
    "with us , not for|to us": 1.0, "sounds like our|my daughter|son|child": 0.8, "finally": 0.3,
    "feels safe": 0.8, "included": 0.6,
    "belongs": 0.8, "belong": 0.5, "worth": 0.3, "superstar*": 1.0, "star": 0.5,
    "cannot speak highly enough": 1.2, "speak highly": 1.0, "highly": 0.4, "glad": 0.9,
    "keeps us informed|updated": 0.8, "kept us informed|updated": 0.8, "always replies": 0.9,
    "quick to respond": 1.0, "patient": 0.6, "gentle": 0.7, "warm": 0.6, "fair": 0.5,
    "positive": 0.8, "positively": 0.8, "benefit*": 0.4, "works": 0.2, "interesting": 0.5,
    "cool": 0.6, "awesome": 1.2, "favourite": 0.7, "a relief": 1.0, "best thing": 1.2,
    "first time": 0.1, "care about": 0.6, "cares": 0.6, "listening": 0.5, "brill": 1.0,
    "make sure|sense": 0.0, "blossom*": 1.0, "beaming": 1.0, "incredible": 1.2,
    "end of the phone": 0.6, "person centred": 0.8, "make|makes|made|making _? _? difference": 1.0,
    "changed|transformed everything": 1.0,
    "changed|transformed our|his|her|their life|lives": 1.0,
    "feel|feels|felt like a partner|partners|team": 1.0,
    "turned _ _? round|around": 1.0,
    "helps|helped|helping": 0.6, "it is|it's helping|working": 0.9, "co produced|coproduced": 0.6,
    "has|have given him|her|us|them": 0.5, "never thought|imagined|believed": 1.0,
    "knows|know|understands exactly": 0.8, "proud of": 1.0, "so much better": 1.0, "goes well": 0.8,
    "well supported": 1.2, "supported": 0.6,
    "support is|was good|great|excellent": 0.5, "so much more": 0.5,
    # things going well, described without praise words
    "never had|have|has _? problem|problems|issue|issues|trouble|complaint|complaints": 0.9,
    "lights|light|lit up": 1.0, "night and day": 0.8, "things matter": 0.8,
    "feel|feels|felt normal|happy|included|welcome|accepted|valued|understood|respected": 0.9,
    "had|have|has|got|get|gets a|my|our|his|her say": 0.8,
    "wrote|written|write|put down? what i|we|he|she|they want*|said|say|asked": 0.8,
    "ask|asks|asked me|us|him|her|them what|how|first": 0.7,
    "learned|learnt|learning to": 0.6,
    "actually read|came|turned|followed|knew|responded|phoned|bothered|explained": 0.9,
    "they|she|he|staff|school|teachers|teacher|everyone listen": 0.8,
    "do|does|did what they|she|he say|says|said|promise|promised": 0.9,
    "first time in # years|months|weeks": 0.3,
    "help|helps|helped|helping me|him|her|us|them with _? _? worries|anxiety|feelings|problems|"
    "stress|fears|anger|emotions|sleep|reading|maths|cv|homework|work|everything": 0.8,
    "they|she|he|staff|school|teacher|teachers help|helps me|him|her|us": 0.7,
    "would love|like|prefer": 0.0, "would like to thank|say": 1.0,
    "make|made|making _? _? friend|friends": 0.9,
    "waits|wait|waited for him|her|them": 0.0, "waits|wait|waited while": 0.0,
    "in a day|week": 0.6, "within a day|week": 0.7,
    "saved him|her|us|me|them|his|my|our": 1.0,
    "keep|keeps|kept us|me in the loop": 0.8, "same day": 0.6,
    "always get|gets|got back": 0.9, "always replies|reply|responds|respond|rings|ring|answers": 0.9,
    "take|takes|took|taken|taking on board": 0.8,
    "happiest": 1.2, "really|just|totally|completely|actually get|gets|got him|her|them|it": 0.9,
    "who get|gets|got him|her|them|it": 0.9,
    "no|never _? problem|problems|issues|complaints|concerns with|about|from|at the|his|her|my|our? "
    "school|college|nursery|transport|staff|service|services|them|it|anything|the": 0.9,
    "were|was|are|is included|reflected|captured": 0.6,
    "my|our|his|her views|wishes|voice|words were|was|are|is written|included|put|recorded|captured|"
    "reflected": 0.8,
    "found|find everything|all|what i|we needed|need": 0.8,
    "won|win|winning": 0.6, "keeps|kept|keep us|me|him|her going": 1.0,
    "can not wait .": 1.0, "can not wait to|for": 0.8,
    "who fought|fights|fight|battled for": 1.0,
    "never|not had|have|needed|need to": 0.4,
    "would be lovely|nice|great|good|helpful|brilliant|amazing|fantastic|better": 0.0,
    "explained everything|it|things|clearly|well": 0.7, "came|come|comes with me|us": 0.6,
    "feel|feels|felt part of": 0.9, "actually|now|finally wants|want to go": 0.9,
    "i|he|she|we get|gets|got help|support with": 0.7,
    "highlight of his|her|my|our": 1.0,
    # achievements and new independence, in young people's words
    "i|he|she passed|pass my|his|her|the": 1.0, "got|get my|his|her own flat|house|place|job": 1.0,
    "not|never bat|batted an eyelid": 1.0, "kept|keeps|keep me|us updated|informed": 1.0,
    "always|actually rings|calls|emails|phones|gets back": 0.8, "means|meant a lot": 1.0,
    "feel|feels|felt like we|i|he|she matter|matters|mattered": 1.0, "a miracle": 0.6,
    "staff|they|teachers get him|her|them": 0.8, "skips|skipped|runs in": 0.8,
    "not judgemental|judgmental": 1.0, "thriving": 1.2,
}

NEGATIVE: Final[dict[str, float]] = {
    "make|made|making|makes fun of": 1.2, "is it normal|acceptable|right|fair|ok": 1.0,
    "not my|our|their|his|her department|job|problem|responsibility|remit": 1.0,
    "lost count": 0.9, "wish we|i|they|he|she saw|had|could|got": 0.9,
    "is|are|was|were|do|does|did not .": 0.8, "not|never available|offered|provided|funded": 1.0,
    "more than once|twice a year|term|month": 0.6,
    "us against|versus|vs them": 1.0, "rest of the _? do|does|did|are|is|were not": 1.0,
    "on her|his|their phone": 0.8, "scare|scares|scaring": 0.8,
    "cease*|ceasing": 0.6, "want|wants|wanted to cease|end|stop|remove": 0.9,
    "only get|gets|got|see|sees|saw": 0.6, "over an|a hour": 0.6, "more than an|a hour": 0.6,
    "over # hours|hour": 0.6,
    "each way": 0.5, "part time timetable|timetables": 0.6, "reduced timetable|timetables": 0.6,
    "isolation booth*": 0.8,
    "not have|has|had the|enough|any _? training|staff|skills|resources|knowledge": 1.0,
    "not have|has|had the|enough|any _? experience|funding|capacity|time|money": 1.0,
    "parenting course|courses|classes": 0.7, "by chance|accident": 0.5,
    "should be|have been the first": 0.6, "first time anyone|anybody": 0.8,
    "nobody|noone joins|join it|things|anything|everything up": 1.0,
    "different things": 0.6, "told different": 0.8, "a fine|fines": 0.6, "fined": 0.8,
    # how families describe the system failing them
    "not applicable": 0.0, "not want to answer|say|write|comment": 0.0, "smiley face*": 0.0,
    "do not know what to put|say|write": 0.0, "not sure what to put|say|write": 0.0,
    "hands are|were tied": 0.8, "afterthought": 1.0, "forgotten": 0.9, "overlooked": 0.8,
    "passed around": 1.0, "bounc*": 0.7, "ping pong": 1.0, "passing the buck": 1.2,
    "buck passing": 1.2, "no accountability": 1.0, "nobody|noone takes responsibility": 1.2,
    "buried": 0.8, "hidden": 0.5, "hard|impossible to find": 1.0, "shared with": 0.4,
    "only # minutes|hours|sessions|days": 0.8, "only once": 0.7, "once|twice a term|year": 0.2,
    "too little": 0.9, "too late": 1.0, "far too": 0.9, "took forever|ages": 1.0,
    "clash*": 0.5, "dreading": 0.5, "dread": 0.6, "fear*": 0.7, "terrified": 1.0,
    "frightened": 0.9, "in pieces": 1.0, "on my|our knees": 1.0, "worn out": 1.0,
    "burnt|burned out": 1.0, "despair*": 1.2, "helpless": 1.0, "powerless": 1.0,
    "letting|let us|him|her down": 1.2, "scandal*": 1.2, "shameful": 1.2, "atrocious": 1.2,
    "horrific": 1.2, "patchy": 0.8, "hit and miss": 0.9, "gatekeep*": 1.0, "barriers": 0.7,
    "obstacles": 0.7, "bureaucra*": 0.7, "hostile": 1.0, "defensive": 0.8,
    "dismissive": 1.0, "condescending": 1.0, "arrogant": 1.0, "accused": 0.9, "judged": 0.8,
    "stigma": 0.8, "discriminat*": 1.0, "unlawful*": 1.0, "illegal*": 1.0, "breach*": 0.8,
    "ombudsman": 0.8, "our|my mp": 0.6, "yet again": 0.9, "again and again": 1.0,
    "every time": 0.3, "nothing changes": 1.0, "no change": 0.7, "wasted": 1.0,
    "lost years|time": 1.0, "missed|missing out": 0.9, "falling|fallen|fell behind": 1.0,
    "regress*": 1.0, "deteriorat*": 1.0, "getting worse": 1.1, "gone downhill": 1.2,
    "trapped": 0.9, "do|does not care": 1.0, "could not care less": 1.2, "not interested": 0.9,
    "no interest": 0.9, "at home": 0.2, "nightmarish": 1.2, "exhaust*": 1.0,
    "struggle|struggles|struggling|struggled": 0.8, "cries|cried|crying": 0.8,
    "grumpy": 0.9, "rude": 1.0, "isn|wasn right fit": 0.8, "not the right fit": 1.0,
    "bouncing the referral": 1.0, "black hole": 1.0, "fob*": 0.8, "excuse*": 0.8,
    "too many": 0.6, "cuts": 0.6, "pay the price": 1.0, "left to": 0.5, "just left": 0.8,
    "nobody|noone|no one to talk to": 1.0, "anyone to talk to": 0.7, "avoid us|him|her": 0.9,
    "told off": 0.8, "punish*": 0.9, "refuses|refused|refuse": 0.8,
    "falls|fall|falling|fell apart": 0.8, "taken away": 0.8, "round in circles": 1.0,
    "cut": 0.6, "reduced": 0.4, "slashed": 1.0, "cut|cuts|reduced|slashed from": 1.0,
    "reapply": 0.6, "as if his|her|their|we|i": 0.6, "teas*": 0.9, "tormented": 1.0,
    "laugh|laughs|laughed|laughing at": 1.0, "sent home": 1.0, "sent him|her|me home": 1.0,
    "rebuilt|rebuild|overhaul*|from scratch": 0.9, "needs to change|changing": 0.8,
    "adversarial": 1.0, "solicitor*": 0.5, "have to": 0.3, "heard nothing": 1.0,
    "nobody|noone believes|believed": 1.0, "no one believes|believed": 1.0,
    "without _? discussion|consultation|warning|notice|explanation|asking|telling": 1.0,
    # the system, as families describe it
    "wait*": 0.6, "waited": 0.7, "waiting": 0.7, "waiting list*": 0.8, "still waiting": 1.3,
    "still no|nothing|not": 1.0, "wait and see": 0.8,
    "for # months|years|weeks|yrs|month|year|week": 0.4,
    "wait* ... # months|years|weeks|yrs|month|year|week": 1.0, "for a long time": 0.6,
    "lost # months|years|weeks|month|year": 1.0,
    "# months|years|weeks|yrs": 0.4, "months": 0.3, "years": 0.2, "over a year": 0.8,
    "late": 0.6, "delay*": 0.8, "overdue": 0.8, "behind": 0.3, "fight*": 0.8,
    "had|have|having to fight|battle|chase|push|beg": 1.2, "fought": 0.9, "battl*": 0.9,
    "struggl*": 0.8, "chas*": 0.6, "refus*": 0.8, "rejected": 0.9, "turned down": 0.9,
    "turned away": 0.9, "declined": 0.6, "no support": 1.2, "no help": 1.2,
    "nothing": 0.3, "nothing else|more|further": 0.0, "nothing to add|say|report": 0.0,
    "nothing has|have|is|was|happened|changed|done|gets": 0.9, "nothing in place": 0.9,
    "nobody|noone": 0.6, "no one": 0.6, "nobody|noone listens|cares|helps": 1.2,
    "no one listens|cares|helps": 1.2, "let down": 1.2, "fail*": 1.0, "ignored": 1.0,
    "dismissed": 1.0, "lost": 0.4, "exhausted": 1.0, "exhausting": 1.0, "stress*": 0.9,
    "impossible": 1.0, "nightmare": 1.2, "joke": 1.0, "a joke": 1.2, "shambles": 1.2,
    "disgrace*": 1.2, "appalling": 1.2, "shocking": 1.1, "useless": 1.2, "pointless": 1.0,
    "hopeless": 1.0, "broken": 0.8, "non existent": 1.2, "nonexistent": 1.2,
    "blame*": 0.8, "gap*": 0.4, "lack*": 0.8, "no capacity": 1.0,
    "no money|funding|places|space|spaces": 1.0, "excluded": 0.6, "exclusion*": 0.5,
    "bullied": 0.9, "bullying": 0.9, "bully": 0.8, "lonely": 0.9, "left out": 0.9,
    "upset*": 0.8, "distress*": 0.9, "anxious": 0.5, "anxiety": 0.4, "meltdown*": 0.6,
    "melts|melt down": 0.6, "crisis": 0.4, "desperat*": 1.0, "beg": 0.8, "forced": 0.7,
    "had to": 0.3, "go|went|going private": 0.7, "paid|pay|paying privately|private": 0.7,
    "out of date": 0.6, "grow out of it": 0.8, "before anyone|someone|anybody": 0.5,
    "not a priority": 1.0, "not seen": 0.8, "until he|she|i was": 0.4,
    "without us|me|parents": 0.8, "without the family": 0.8, "told afterwards": 0.6,
    "make|makes no sense": 1.0,
    "better off elsewhere|somewhere": 1.0, "is all _? _? he|she|they|we get|gets|got": 1.0,
    "just a word|words": 0.8, "lip service": 1.0, "no time for": 0.9, "broken links": 0.8,
    "hard to": 0.6, "difficult": 0.6,
    "worse": 0.8, "worst": 1.2, "poor": 0.9, "poorly": 0.6, "bad": 0.9, "terrible": 1.2,
    "awful": 1.2, "horrendous": 1.2, "dreadful": 1.2, "rubbish": 1.0,
    "mean": 0.5, "horrible": 1.0, "scary": 0.8, "scared": 0.8, "hate*": 1.0, "sad": 0.8,
    "cry*": 0.8, "tears": 0.8, "heartbroken": 1.2, "unfair": 1.0, "wrong": 0.6,
    "mistake*": 0.6, "missed": 0.5, "misses": 0.5, "missing": 0.4, "stopped": 0.5,
    "stop": 0.3, "withdrawn": 0.7, "cancel*": 0.6, "closed": 0.4, "discharged": 0.6,
    "dropped": 0.6, "sitting|sits|sat at home": 0.8, "nowhere": 0.8, "nothing for": 0.9,
    "no idea": 0.6, "no explanation": 0.8, "no reply|response|answer|contact": 1.0,
    "not returned": 1.0, "unanswered": 0.9, "unacceptable": 1.2, "disappoint*": 1.0,
    "frustrat*": 1.0, "angry": 1.0, "anger": 1.0, "furious": 1.2, "fed up": 1.0,
    "sick of": 1.0, "tired of": 1.0, "draining": 1.0, "worr*": 0.7, "concern*": 0.4,
    "problem*": 0.6, "issue|issues": 0.3, "complain*": 0.6, "vague": 0.8, "generic": 0.7,
    "cut and paste": 1.0, "copy and paste": 1.0, "error*": 0.6, "chaos": 1.0,
    "chaotic": 1.0, "mess": 0.9, "postcode lottery": 1.0, "lottery": 0.6,
    "tick box": 0.8, "box ticking": 0.8, "saving money": 0.8, "cost cutting": 0.9,
    "off rolling": 1.0, "off rolled": 1.0, "naughty": 0.6, "behind closed doors": 0.8,
    "not allowed": 0.7, "not being|been delivered|followed|implemented|met|provided": 1.0,
    "not delivered|followed|implemented|provided": 1.0, "can not afford": 0.9, "nowhere to go": 1.0,
    "boring": 0.7,
    "loud": 0.4, "noisy": 0.5, "noise": 0.3, "sick": 0.5, "weird": 0.4, "shout*": 0.8,
    "alone": 0.4, "pick|picks|picked on": 0.9, "stared": 0.7, "lack of": 0.9,
    "inadequate": 1.0, "insufficient": 0.9, "limited": 0.5, "tiny": 0.4, "slow": 0.7,
    "forever": 0.6, "ages": 0.5, "long wait*": 0.8, "still": 0.3, "supposed to": 0.6,
    "should have|be|get": 0.3, "promised": 0.4, "gave|give|giving up": 0.8,
    "reduce* my hours": 0.8, "off work": 0.6, "lost my job": 0.9, "threat*": 0.6,
    "legal action": 0.6, "abandoned": 1.0, "neglect*": 1.0, "dumped": 1.0,
    "passed from pillar to post": 1.2, "pillar to post": 1.0, "fobbed off": 1.0,
    "brushed off": 1.0, "brick wall": 1.0, "red tape": 0.8, "hoops": 0.7,
    "postcode": 0.0, "isolation": 0.5, "only": 0.2, "another": 0.2, "again": 0.2,
    "no one ever": 0.5, "nobody|noone ever": 0.5, "never": 0.5, "none": 0.5, "nobody tells": 0.9,
    "not once": 0.9, "not one": 0.6, "the problem": 0.5, "a problem": 0.5,
    "no longer": 0.4, "expensive": 0.6, "cost*": 0.3, "afford": 0.0, "fault": 0.5,
    "not my fault": 0.8, "blamed": 0.9, "attitude": 0.4, "mean to me": 0.9,
    "call|calls|calling|called me|him|her|them names": 1.0, "names": 0.3, "turns up": 0.0,
    "not turn* up": 1.0,
    "hard": 0.5, "too hard|much|long|loud|fast|far|late|busy|noisy": 0.7, "too": 0.2,
    "no point": 0.9, "what was the point": 1.0, "waste*": 0.9, "cope": 0.0,
    "can not cope": 1.0, "could not cope": 1.0, "not coping": 1.0, "not cope": 1.0,
    "not fit for purpose": 1.2, "not good enough": 1.2, "not enough": 0.9,
    "sparse": 0.6, "out of our depth": 0.8, "heartbreaking": 1.2, "traumatic": 1.2,
    "trauma*": 1.0, "damag*": 0.9, "harm*": 0.8, "suffer*": 0.9, "pain": 0.6,
    "in the dark": 0.8, "no clue": 0.6, "confus*": 0.7, "complicated": 0.7,
    "inconsistent": 0.8, "unreliable": 1.0, "unhelpful": 1.1, "unsupportive": 1.1,
    "unhappy": 1.0, "not happy": 1.0, "isolated": 0.8, "vulnerable": 0.4,
    "nothing has happened|changed": 1.0, "nothing happens": 1.0, "what happens": 0.0,
    "fell|falls|falling through the gaps|cracks|net": 1.1, "cut off": 0.8,
    "ridiculous": 1.1, "absurd": 1.0, "farce": 1.2, "insult*": 1.0, "shame": 0.8,
    "disaster": 1.2, "catastroph*": 1.2, "battleground": 1.0, "war": 0.6,
    "thanks for nothing": 1.5, "if you enjoy|like|love": 1.2, "yeah right": 1.2,
    "not fit": 0.8, "off a cliff": 1.2, "cliff edge": 1.2, "stops|stop|ends|ended|stopped at": 0.7,
    "losing|lose|lost all": 0.9, "losing": 0.6, "outgrown": 0.6, "invisible": 0.9,
    "talk|talks|talked|talking over us|me|parents": 1.0, "nothing we say": 0.9,
    "only diagnosed|seen|assessed|identified": 0.8, "by then": 0.5, "out of school": 0.6,
    "keep|keeps|kept phoning|calling|ringing|sending": 0.6, "collect him|her|them early": 0.8,
    "keep|kept him|her|them at home": 0.8, "not|never _? _? enough": 0.9, "gave notice": 0.7,
    "spent hours|days|months|years": 0.7,
    "trying to understand|find|get": 0.5, "discharge|discharges": 0.5, "then discharged": 0.8,
    "no _? _? school|college|nursery": 0.9, "too young|old": 0.6, "the enemy": 1.0,
    "heartbreak*": 1.2, "breaks my heart": 1.2, "soul destroying": 1.2, "against our wishes": 1.0,
    "not|never communicate|communicates|inform|informs|update|updates|tell|tells|touch": 1.0,
    "not|never manage|managed|meet|met|cope|coped|listen|reply|bother|change|changed": 1.0,
    "lost faith|trust": 1.0, "no faith|trust": 1.0, "no one _? _? told": 0.9,
    "nobody|noone _? _? told": 0.9,
    # negated everyday verbs: "they don't answer", "it never happened"
    "not|never answer*|reply|replied|replies|respond*|happen*|help|helps|helped|work|works": 1.0,
    "not|never worked|arrive*|show|showed|come|came|bother*|care|cared|follow*|enforce*": 1.0,
    "not|never turn* up": 1.0, "not|never ring*|call*|get|got back": 1.0,
    "not|never do|does|did it|anything": 1.0,
    "not|never listen|listens|listened|understand*|believe*|ask|asked|asks": 1.0,
    "not|never know|knew": 0.5,
    "not|never talk|talks|speak|speaks|explain*|find|found|get|gets|got|go|went|read": 0.8,
    "not like|likes|liked|enjoy|enjoys|enjoyed": 1.0, "not want to go": 1.0,
    "can not go": 0.6,
    "not go out": 0.8, "no understanding": 1.0, "did not know": 0.6,
    "nobody|noone read|reads|uses|looks": 1.0, "no one read|reads|uses|looks": 1.0,
    # "no <thing>": "no support", "no specialist places", "no PfA planning"
    "no|zero|little|hardly _? _? support|help|provision|services|service|activities|clubs": 0.9,
    "no|zero|little|hardly _? _? places|place|schools|respite|therapy|therapist|plan": 0.9,
    "no|zero|little|hardly _? _? planning|transport|information|advice|communication": 0.9,
    "no|zero|little|hardly _? _? contact|response|reply|answer|updates|explanation|power": 0.9,
    "no|zero|little|hardly _? _? say|choice|options|funding|money|staff|training|empathy": 0.9,
    "no|zero|little|hardly _? _? consistency|continuity|progress|improvement": 0.9,
    "no|zero|little|hardly _? _? education|friends": 0.9,
    "no|zero|little|hardly _? _? interest|understanding|structure|follow|action|change": 0.9,
    "not any|enough _? support|help|provision|places|staff|time|hours|funding": 0.9,
    "rather than": 0.2, "instead of": 0.3, "gets nothing": 1.0,
    "nothing at all": 1.0, "unfortunately": 0.6, "sadly": 0.6, "stuck": 0.6,
    "behaviour problems": 0.3,
    # feelings and verdicts TextBlob does not know
    "humiliat*": 1.1, "degrading": 0.9, "embarrassing|embarrassed": 0.8, "belittl*": 1.0,
    "ashamed": 0.8, "gutted": 1.0, "devastat*": 1.1, "crushed": 0.9, "broke me|us": 1.0,
    "pathetic": 1.1, "laughable": 1.0, "incompetent*": 1.1, "clueless": 1.0, "inept": 1.0,
    "shoddy": 1.0, "negligen*": 1.0, "breaking point": 1.0, "end of my|our tether": 1.0,
    "miserable": 1.0, "hurts|hurt|hurting": 0.7, "in pain": 0.8, "worthless": 1.0,
    # wishes and needs that say something is missing
    "miss|misses|missing my|his|her|our friends|school|family|old|mum|dad": 0.8,
    "need|needs|needed more|better": 0.5,
    "just want|wanted|wish someone|somebody|anyone|them|people to": 0.8,
    "want|wants someone|somebody|anyone to": 0.5, "more say|choice|control": 0.5,
    "not much|little on offer": 1.0, "not much|little available|for": 1.0,
    "not much|little out there": 1.0,
    "there is|was|are|were nothing|none|nobody": 0.9, "there is|was|are|were no one": 0.9,
    "when we get it|them|one|him|her": 0.6,
    "if _? _? had _? listened|acted|helped|believed|assessed|done|known|seen|been": 1.0,
    # passing the buck, things taken away, time lost
    "took|take|takes|taking away": 0.8,
    "other one|ones|service|services|team|department job|responsibility|problem": 1.0,
    "keep|keeps|kept saying|telling": 0.5, "signposted to|elsewhere": 0.6,
    "a whole term|year|month|week": 0.7, "an entire term|year|month|week": 0.7,
    "not|never _? _? on time": 1.0, "never _? _? again": 0.8,
    # facts about language and knowledge, not complaints
    "can not|cannot read|speak|write|understand english": 0.0,
    "english is not my|our|their first language": 0.0,
    "i|we|he|she do|does|did not know|realise|understand": 0.15, "i am not sure": 0.1,
    "not know|knew|realise ... until|existed|exist": 0.8,
    "postpon*": 0.8, "rescheduled": 0.5, "could|should be better|improved": 0.7,
    "not|never fine|ok|okay|alright": 0.8,
    "speech|language|developmental|global|communication delay|delays|delayed": 0.0,
    "spends|spent|spend|spending ... on his|her|my|their own": 0.8,
    "spends|spent|spend|spending ... alone": 0.8,
    "not say|specify|state|quantify|mention": 0.8,
    "took|takes|taking a|# year|years|month|months": 0.6,
    "at|aged|age # months|month|weeks|week": 0.0,
    "ok|okay|fine|alright i guess|suppose": 0.1,
    "can not wait any|much longer": 1.0, "keeps|keep|kept changing": 0.7,
    "i|we _? emailed|rang|phoned|called|chased|asked|wrote|written|messaged|contacted ... two|three|"
    "four|five|six|several|many|countless|numerous|# times": 0.8,
    "dead links": 0.8, "stare|stares|staring": 0.7, "only|just on paper": 0.9,
    "no|zero _? _? carers|workers|therapists|teachers|nurses|doctors": 0.9,
    "only offer|offers|offered|give|gives|gave|provide|provides|provided": 0.7,
    "the night|day|morning before the|a|our meeting|review|appointment|panel|tribunal": 0.8,
    "only way": 0.6, "not cover|covers": 0.9, "at best": 0.8, "wish there was|were|had": 0.8,
    "freak|weirdo|retard|idiot|loser": 1.0, "out of class|lessons": 0.6,
    "keep|keeps|kept him|her|them in a room|isolation": 0.8,
    "finally|eventually diagnosed|assessed|identified|seen": 0.5,
    # wanting what others have; being left out or put aside
    "want|wants|wanted to be normal": 1.0,
    "want|wants|wanted to ... like my|his|her brother|sister|friends|everyone": 0.8,
    "like everyone|everybody else": 0.6, "last one picked": 1.0, "picked last": 1.0,
    "leave|leaves|left me|him|her|us out": 1.0, "put|puts|putting me|him|her in the corridor": 1.0,
    "in a room on my|his|her own": 1.0, "on my|his|her own all day": 0.8,
    "cannot contact|reach": 1.0, "can not|never contact|reach": 1.0, "voicemail is full": 1.0,
    "radio silence": 1.2, "lose|loses|lost everything": 1.2, "all gone": 0.8,
    "get|gets|got nothing": 1.0, "lose|loses|lost out": 1.0, "too easy|hard": 0.6,
    "baby work": 1.0, "only go|goes|get|gets _? _? for # hours": 1.0,
    "# hours a day": 0.4, "not even talking|talk about": 0.8,
}

# Negators not already part of a cue still tilt a comment towards criticism:
# "Mental health services won't touch him", "not high enough for a service".
NEGATION_LOAD: Final = 0.3
NEGATION_LOAD_WORDS: Final[frozenset[str]] = frozenset(
    {"not", "no", "without", "neither", "nor", "hardly", "barely", "cannot"}
)

# Praise inside someone else's claim is not the writer's praise:
# "refused, saying he was making expected progress".
REPORTED_SPEECH: Final[frozenset[str]] = frozenset(
    {"saying", "claiming", "claim", "claims", "claimed", "insist", "insists", "insisted",
     "apparently", "supposedly", "allegedly"}
)
REPORTING_VERBS: Final[frozenset[str]] = frozenset(
    {"say", "says", "said", "told", "think", "thinks", "thought", "reckon", "reckons",
     "decided", "deemed", "feel", "feels"}
)
INSTITUTIONS: Final[frozenset[str]] = frozenset(
    {"school", "council", "they", "senco", "teacher", "teachers", "staff", "camhs", "doctor",
     "paediatrician", "professionals", "panel", "caseworker", "college", "nursery", "head",
     "gp", "la", "ofsted", "team", "service", "services"}
)

# Words that make the next cue stronger or weaker.
INTENSIFIERS: Final[dict[str, float]] = {
    "very": 1.4, "really": 1.3, "so": 1.3, "extremely": 1.6, "absolutely": 1.5,
    "totally": 1.4, "completely": 1.4, "utterly": 1.6, "incredibly": 1.5, "truly": 1.3,
    "super": 1.3, "most": 1.2, "such": 1.3, "hugely": 1.5, "massively": 1.5,
    "thoroughly": 1.4, "genuinely": 1.3, "quite": 0.8, "fairly": 0.7, "bit": 0.6,
    "slightly": 0.5, "somewhat": 0.6, "little": 0.7, "pretty": 1.1, "bloody": 1.5,
    "always": 1.1, "constantly": 1.3, "continually": 1.3, "never": 1.0,
}

NEGATORS: Final[frozenset[str]] = frozenset(
    {"not", "no", "never", "nobody", "noone", "nothing", "none", "neither", "nor",
     "without", "hardly", "barely", "lack", "lacks", "lacking", "zero", "cannot", "nowhere"}
)

CONTRAST_AFTER: Final[frozenset[str]] = frozenset(
    {"but", "however", "though", "although", "except", "whereas",
     "yet", "otherwise"}
)

# Praise used as an exclamation before criticism is usually sarcasm:
# "Oh brilliant, another 6 months." / "Great communication as always."
SARCASM_WORDS: Final[frozenset[str]] = frozenset(
    {"great", "brilliant", "fantastic", "lovely", "wonderful", "marvellous", "perfect",
     "super", "excellent", "amazing", "fab", "superb", "terrific", "thanks", "cheers",
     "nice", "good"}
)
SARCASM_MARKERS: Final[tuple[str, ...]] = (
    "as always", "as usual", "as ever", "yeah right", "if you enjoy", "if you like",
    "if you love", "thanks for nothing", "so much for", "love how", "love the way",
    "got to love", "gotta love",
)

# Sentences opening like this ask for something rather than judge it.
REQUEST_OPENERS: Final[frozenset[str]] = frozenset({"please", "kindly"})
REQUEST_PHRASES: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("i", "would", "like"), ("would", "like", "to"), ("would", "like", "more"),
     ("i", "want", "to", "know"), ("i", "would", "like", "to"), ("could", "someone", "explain"),
     ("can", "someone", "explain"), ("is", "there", "anyone"), ("is", "there", "any"),
     ("are", "there", "any"), ("can", "you", "tell"), ("could", "you", "tell")}
)
# ... unless they are complaints dressed as questions.
COMPLAINT_QUESTIONS: Final[frozenset[str]] = frozenset({"why"})
COMPLAINT_PHRASES: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("how", "come"), ("how", "dare"), ("how", "is", "it"), ("how", "can", "they"),
     ("how", "can", "it"), ("how", "can", "anyone"), ("how", "are", "we"),
     ("what", "is", "the", "point"), ("what", "was", "the", "point"), ("who", "thought")}
)

# "He said 'I like it'": a young person's own words, not a disputed claim.
SPEECH_VERBS: Final[frozenset[str]] = frozenset(
    {"says", "said", "say", "wrote", "writes", "write", "typed", "told", "tells", "asked",
     "answered", "replied", "drew", "pointed", "signed", "shouted", "whispered"}
)
YOUNG_SPEAKERS: Final[frozenset[str]] = frozenset(
    {"he", "she", "i", "son", "daughter", "child", "brother", "sister", "boy", "girl"}
)

# TextBlob lexicon words too generic to carry sentiment in SEND comments.
TEXTBLOB_IGNORE: Final[frozenset[str]] = frozenset(
    {"special", "more", "most", "own", "sure", "first", "only", "real", "much", "new",
     "old", "other", "last", "long", "little", "high", "low", "big", "small", "full",
     "few", "many", "certain", "right", "left", "due", "main", "major", "same", "whole",
     "open", "close", "free", "public", "private", "general", "local", "national", "early",
     "young", "previous", "next", "different", "current", "final", "mental", "social",
     "educational", "medical", "physical", "complex", "severe", "mild", "key", "able",
     "less", "least", "extra", "additional", "entire", "actual",
     "particular", "specific", "individual", "total", "common", "normal", "usual",
     "short", "huge", "large", "single", "double", "half", "late", "clear", "simple",
     "deep", "hard", "top", "secondary", "primary", "independent", "legal", "statutory",
     "even", "just", "still", "ever", "enough", "well", "far", "too", "very", "so",
     "really", "quite", "such", "all", "every", "each", "any", "some", "base", "plain",
     "blue", "dark", "black", "white", "red", "green", "dead", "cold", "hot", "wild", "mad",
     "honestly", "honest", "frankly", "literally", "basically", "actually"}
)
