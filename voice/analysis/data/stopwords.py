"""Function words, written for Voice.

Used to keep key phrases and question grouping on content words, and to
tell a capitalised ordinary word from a name.
"""

from __future__ import annotations

from typing import Final

STOPWORDS: Final[frozenset[str]] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing done down during
    each few for from further get gets getting got had has have having he her here hers
    herself him himself his how i if in into is it its itself just let me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own
    same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up us very was we were what when
    where which while who whom why will with would you your yours yourself yourselves
    im ive dont doesnt didnt cant wont isnt arent wasnt werent havent hasnt hadnt
    shouldnt wouldnt couldnt also even still really much many lot lots bit quite
    one two three four five six seven eight nine ten first last next every anything
    something nothing everything someone anyone everyone nobody somebody anybody
    thing things way ways make made making go goes going went gone come came coming say
    says said tell told know knew think thought want wanted need needs needed like
    take took given give gave put keep kept see seen saw look looked seem seems
    back well yet ever never always often sometimes already though although however
    whether since because being mr mrs ms dr ok okay yes yeah etc via per
    son daughter child children kid kids boy girl mum dad parent parents family
    year years month months week weeks day days time times
    """.split()
)

DAYS_AND_MONTHS: Final[frozenset[str]] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """.split()
)

# Words a parent might write straight after "my son" or "the SENCO" that the
# bundled English word list does not know: service names, abbreviations,
# conditions and newer verbs. Redaction never takes them for names.
NOT_NAMES: Final[frozenset[str]] = frozenset(
    """
    nana nanna nan nanny nannie grandma grandmother grandad granddad grandpa grandfather granny gran
    mum mam mom mummy mommy dad daddy papa mama auntie aunty uncle stepmum stepdad
    landline mobile telephone fwd fw
    ehcp ehcps ehc senco sencos sendco camhs salt ot ta tas sendiass iass portage pecs
    makaton send sen gp la lea iep sap semh mld sld pmld slt ed psych paed physio
    autism autistic adhd asd pda asc dyslexia dyslexic dyspraxia dyscalculia asperger
    aspergers epilepsy sensory meltdown meltdowns shutdown shutdowns non-verbal
    nonverbal selective mutism
    email emails emailed emailing text texts texted texting stim stims stimmed
    stimming scribe scribes scribed scribing whatsapp whatsapps whatsapped
    zoom online dunno gonna wanna gotta tho cos coz cuz bc becos becoz bcos becuase
    becasue tbh omg lol pls plz
    dont doesnt dosnt dosent doesent didnt cant carnt wont isnt wasnt aint hasnt
    havent hadnt shouldnt wouldnt couldnt arent werent hes shes thats theres
    whats youre theyre ive im wouldve couldve shouldve
    ofsted cqc ipsea sossen mencap barnardos covid lockdown xbox playstation youtube
    minecraft roblox tiktok instagram facebook google snapchat netflix fortnite lego
    pokemon tesco asda aldi lidl
    paediatrician paediatricians paediatrics paediatric preschool dietitian dietician
    neurology neurologist neurodivergent neurodiverse orthopaedic audiology audiologist
    haematology optometrist orthoptist orthotist podiatrist podiatry kooth mumsnet
    ombudsman complainant sencos nhs
    """.split()
)
