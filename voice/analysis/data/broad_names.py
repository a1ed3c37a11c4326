"""A broader list of world given names for redaction, written for Voice.

Written on 2026-12-06 from general knowledge of given names among families in
England with Greek and Cypriot, Welsh, Irish and Scottish Gaelic, Turkish and
Kurdish, Tamil, Sri Lankan and Nepali, Central and Eastern European, Albanian,
Western European, East and South-East Asian, African and Caribbean roots.

It is not drawn from any labelled set: any name that occurs anywhere in the
labelled redaction sets was taken out, so those sets still measure how well the
rules find names no list has. Names of three letters or fewer, English words
(TextBlob's list), places, surnames and names already listed elsewhere were also
left out, and so were English words, except the English and Biblical names
below, which TextBlob lists as proper nouns. These names join ``world_names.WORLD_FIRST_NAMES``.
"""

from __future__ import annotations

from typing import Final

_GREEK_CYPRIOT: Final = """
spyros yiannis giannis kostas costas konstantinos dimitrios nikos nikolaos panagiotis
panos vasilis vasileios christos georgios thanasis athanasios apostolos evangelos
vangelis michalis manolis stelios andreas savvas marios loukas kyriakos sotiris takis
lefteris charalambos achilleas theodoros antonis petros katerina aikaterini despina
dimitra vasiliki panagiota athina chrysa chrystalla androulla eftychia kyriaki stavroula
konstantina paraskevi ioanna anthi evangelia christina niki irini froso
"""
_WELSH: Final = """
catrin gwenno heledd mali rhian tesni awen branwen ceinwen enfys lleucu menna olwen
rhonwen sioned tegwen arwel bedwyr cadog caradog deiniol dewi eifion emlyn emrys geraint
gwion gwyn hywel iestyn ifan llywelyn meirion peredur trystan
"""
_IRISH_SCOTTISH_GAELIC: Final = """
aoibhinn laoise sorcha muireann meabh ailbhe aodhan colm cillian diarmuid donnacha eamon
eamonn fergal fiachra finbar lorcan micheal odhran peadar seanin tiernan iona calum
alasdair
"""
_TURKISH_KURDISH: Final = """
cenk emirhan eren halil kagan kemal ozan sinan umut zeki baris alperen bahar beren
dilara emine esma feride gulsen hande ipek kubra melike nehir sibel zehra havin nalin
rozerin
"""
_SOUTH_INDIAN_SRI_LANKAN_NEPALI: Final = """
saranya shanthi sujatha tharani vanitha yamini anitha nithya swathi aravind ganesh gopal
jegan madhan manoj pradeep tharun thiru vinoth kajan thushan niroshan tharshan mathuran
bishal bikash dipesh prabin rabin roshan sandesh sujan suraj aayush pratik samjhana
sushma binita rojina
"""
_CENTRAL_EASTERN_EUROPEAN: Final = """
przemek jacek jarek rafal witold zdzislaw bozena danuta elzbieta jadwiga renata urszula
vojtech katerina veronika laszlo zoltan gabor istvan csaba zsofia reka eszter aniko
zsuzsa oleksiy yuriy serhiy vitaliy volodymyr nataliya khrystyna
"""
_ALBANIAN_BALKAN: Final = """
ermal fatos ilir kastriot klodian valon visar arta besa blerta drita fjolla jeta mimoza
teuta vjosa
"""
_WESTERN_EUROPEAN: Final = """
giuseppe francesco vincenzo stefano alessia federica francois julien laurent olivier
delphine sandrine severine wolfgang annika greta heike joost pieter sander thijs wouter
anouk femke lieke marloes anders jens kjell solveig xoan iker unai aitor ainhoa leire
iratxe nerea
"""
_EAST_SOUTHEAST_ASIAN: Final = """
jian peng qiang yong ruoxi shuang xiaoling huiling phuc quoc thang trung duyen hanh uyen
somchai somsak nattapong kanya malee siriporn jhun rodel ronnel jocelyn lorelie takeshi
aiko jiho jiyeon soyeon
"""
_AFRICAN_CARIBBEAN: Final = """
amadou bakary boubacar cheikh seydou aissatou fatoumata kadiatou oumou rumbidzai shamiso
thandiwe oluchi uzoma gbenga titilayo fartun haile mekonnen lemlem kemoy shantelle
kadian
"""

# English and Biblical names that TextBlob's list knows as proper nouns, so no
# list had them ("Miriam", "Geoffrey"); everyday words among them ("Piers",
# "Rosemary", "Felicity", "Clementine") were left out.
_ENGLISH_BIBLICAL: Final = """
miriam susanna susannah agnes dorothy doris irene amanda philippa jemima cordelia
rosalind eleanora henrietta georgina annabel arabella ottilie persephone albert
frederick herbert walter leonard raymond dennis timothy geoffrey douglas alistair giles
crispin barnaby benedict ambrose augustus bartholomew caspar digby fergus ignatius
lysander peregrine quentin rollo tarquin abraham ezekiel jeremiah joel saul simeon
solomon zechariah elisha gideon josiah obadiah
"""

BROAD_NAMES: Final[frozenset[str]] = frozenset(
    (_GREEK_CYPRIOT + _WELSH + _IRISH_SCOTTISH_GAELIC + _TURKISH_KURDISH
     + _SOUTH_INDIAN_SRI_LANKAN_NEPALI + _CENTRAL_EASTERN_EUROPEAN + _ALBANIAN_BALKAN
     + _WESTERN_EUROPEAN + _EAST_SOUTHEAST_ASIAN + _AFRICAN_CARIBBEAN + _ENGLISH_BIBLICAL).split()
)
