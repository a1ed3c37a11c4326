"""More first names and common surnames for redaction, written for Voice.

``first_names`` holds the names most often seen in comments. Families who
answer come from many communities, and a name missing from every list is only
found when a cue sits next to it, so these lists add common first names and
surnames from Nigerian, Ghanaian, Somali, Chinese, Polish, Romanian, South
Asian, Arabic, Turkish, Irish, Welsh and English-speaking families.

Only names that are not also everyday English words or places are listed as
first names; the surnames are used only next to another name-like word
("Ngozi Adeyemi", "Mrs Popescu"), so "Brown" or "Turner" alone stay.
"""

from __future__ import annotations

from typing import Final

from voice.analysis.data.broad_names import BROAD_NAMES
from voice.analysis.data.more_world_names import MORE_WORLD_NAMES, SHORT_NAMES

_WEST_AFRICAN: Final = """
ngozi chidi chidinma chiamaka chinonso chinedu chukwuemeka chioma chinwe chisom adaeze adaora
nkechi nneka obinna ifeoma ikenna kelechi tobenna uchenna ugochukwu ebuka amaka ifeanyi
oluwaseun oluwadamilare oluwatobi olamide olumide oluwafemi ayodele ayomide adebayo adewale
abimbola folake funmi funmilayo yetunde yewande temitope tolu tobi tosin bukola bolanle
babatunde damilola femi kayode kehinde taiwo segun seun sola wale yemi yinka dayo ade
kwabena kwaku kwesi kofi kojo yaw akosua adwoa afua efua yaa abena akua esi kwadwo
fatou aminata mariama ousmane mamadou ibrahima moussa awa binta
"""
_EAST_AFRICAN: Final = """
abdi abdullahi abdirahman hodan hamdi ifrah ayan fadumo sagal nimco warsame farah
"""
_EAST_ASIAN: Final = """
wei ming mei ling jing yan xin hui jun hao jie yi yu zhen xiao lei chen hong fang
yuki haruto sakura hiroshi kenji minh thanh linh anh duc ngoc trang
"""
_POLISH: Final = """
agnieszka katarzyna malgorzata małgorzata dorota ewa joanna magdalena monika beata
grazyna grażyna halina krystyna wioletta aleksandra natalia weronika wiktoria kinga
dominika paulina marta justyna karolina patrycja izabela bartosz grzegorz krzysztof
tomasz piotr pawel paweł marcin lukasz łukasz michal michał wojciech zbigniew jaroslaw
jarosław maciej kamil przemyslaw przemysław dariusz mariusz slawomir sławomir ryszard
kazimierz tadeusz zygmunt jerzy janusz bogdan ignacy
"""
_ROMANIAN: Final = """
ioana andreea mihaela alexandra cristina elena raluca roxana bianca denisa larisa
mirela nicoleta oana simona teodora irina ionut ionuț cosmin sergiu radu florin
catalin cătălin mihai vlad bogdan ovidiu razvan răzvan dragos dragoș stefania
gheorghe constantin adrian darius
"""
_SOUTH_ASIAN: Final = """
aarav aditya akash amit anil arun ashok deepak dinesh gaurav harish harpal jaspreet
jasvir kuldeep mandeep manjit navjot parminder rahul rajinder rakesh ravi rohit sachin
sunil suresh vikram vijay anish anika aditi ananya deepa divya gita kavita lakshmi
meena neha nisha pooja preeti radhika rekha rupinder shabana shazia sunita swati
tahira uzma zahra nadia asma bushra farida farzana nasreen rubina saima samina
shahida shamima tasnim ayaan faisal imtiaz irfan javed kashif mushtaq nadeem naveed
rizwan shahid shakeel shoaib usman waqar zubair zeeshan arif asif atif
"""
_ARABIC_TURKISH: Final = """
ahmad ahmed abdullah abdul ali hamid hassan hussein karim khalid mahmoud mustafa
nasser rashid saeed salim sami tarek walid yasser youssef yousef zaid layla leila
amal amina aya dalia dina fatma hana huda jamila lina malak mariam nour rania reem
salma sara yara zeinab zeynep elif emre mehmet burak
"""
_OTHER_EUROPEAN: Final = """
aleksander nikola goran dragan jelena ivana tatiana olga svetlana natasha
sergei dmitri oleksandr andriy yulia oksana giorgos dimitris eleni joao ines
"""
_ENGLISH_IRISH_WELSH: Final = """
barbara beverley brenda carla caroline cheryl christine colette debbie denise diane
elaine gillian gail janet janice jacqueline jill joan judith julie kathleen
kerry lesley lorraine lynn lynne marion maureen melanie nicole pamela pauline sandra
sheila shirley stephanie theresa tina valerie vanessa yvonne zoey chantelle chanel
jade-louise kayleigh keeley leanne shelby tanya bronwen rhiannon sian carys ffion
eira megan nerys gwen cerys delyth glenys bethan lowri mared siwan
alan barry brian carl clive colin darryl derek duncan gavin glenn gordon graham
howard jeff jeffrey jeremy justin keith kenneth lionel malcolm neville nigel
phil philip roger ronald russell shane stuart terry trevor tony vincent
gethin rhodri emyr iwan owain dylan gruffydd cai osian ieuan aled
seamus padraig eoin oisin cormac ronan darragh sinead aisling grainne saoirse
justine gabriela gabriel dominik
"""

WORLD_FIRST_NAMES: Final[frozenset[str]] = frozenset(
    (_WEST_AFRICAN + _EAST_AFRICAN + _EAST_ASIAN + _POLISH + _ROMANIAN + _SOUTH_ASIAN
     + _ARABIC_TURKISH + _OTHER_EUROPEAN + _ENGLISH_IRISH_WELSH).split()
) | MORE_WORLD_NAMES | BROAD_NAMES

# Names that are also words, or too short to trust alone ("Can", "Yu", "Li"):
# they count as names only when another name-like word sits next to them.
WEAK_FIRST_NAMES: Final[frozenset[str]] = frozenset(
    """yi yu jun hui yan xin hao jie lei fang ling ming mei wei jing hong zhen xiao
    yaw yaa awa esi ade tobi tolu dayo ali sami dina lina reem aya amal hana huda nour
    yemi wale femi sola""".split()
) | SHORT_NAMES

SURNAMES: Final[frozenset[str]] = frozenset(
    """
    adeyemi adebayo adeleke adewale adeola ogunleye okafor okeke okonkwo okoro okoye
    obi eze nwosu nwachukwu onyeka olawale oyelaran bakare balogun ogunbiyi olaniyan
    oladipo akinola afolabi babatunde mensah asante boateng owusu osei appiah agyeman
    darko amoah ofori diallo ndiaye sow kamara conteh sesay bangura jalloh
    zhang wang li liu chen yang huang zhao wu zhou xu zhu guo lin luo
    tan ng wong chan cheung lau leung lee kim nguyen tran pham
    nowak kowalski kowalska wisniewski wisniewska wiśniewska wiśniewski wojcik wójcik
    kowalczyk kaminski kaminska lewandowski lewandowska zielinski zielinska szymanski
    szymanska wozniak dabrowski kozlowski jankowski mazur krawczyk piotrowski grabowski
    nowicki nowicka pawlak michalski wieczorek jablonski krol zajac
    popescu ionescu popa pop dumitru stan stoica gheorghe rusu munteanu matei constantin
    florea dinu lungu georgescu radu tudor marin moldovan ciobanu
    patel shah khan ahmed ahmad hussain hussein begum akhtar ali iqbal malik chaudhry
    chaudhary choudhury rahman islam uddin miah mahmood qureshi siddiqui sheikh bibi
    kaur singh gill sandhu sidhu dhillon grewal bains sharma gupta kumar mehta joshi
    iyer nair reddy rao pillai desai bhatt chopra kapoor verma mistry parmar raman
    karimi rahimi hosseini mohammadi haddad nasser saleh hassan abdi farah mohamed
    yilmaz kaya demir celik sahin ozturk aydin
    smith jones williams taylor davies evans thomas johnson roberts walker wright
    robinson thompson white hughes edwards green hall wood harris lewis martin jackson
    clarke clark turner hill scott cooper morris ward moore king watson baker harrison
    morgan patterson young allen mitchell bell anderson campbell kelly collins brown
    wilson murphy o'neill oneill o'brien obrien o'connor oconnor o'sullivan mccarthy
    mcdonald mcgregor macdonald mackenzie fitzgerald gallagher doherty byrne ryan
    walsh brennan quinn reilly kennedy lynch murray sullivan ashworth pryce holland
    collins dawson dobson fletcher gibson graham griffiths jenkins kaur lloyd marshall
    mason matthews owen palmer parry phillips pritchard price rees richards shaw
    simpson stevens stewart walters ward webb wells wilkinson woods wright
    """.split()
)
