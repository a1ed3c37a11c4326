"""More given names for redaction, written for Voice, beside ``first_names``.

``first_names`` also feeds the theme and sentiment model (a change to it means
retraining), so names added for redaction live here, and redaction reads the
union. Names that are also everyday words go in ``MORE_AMBIGUOUS``.
"""

from __future__ import annotations

from typing import Final

from voice.analysis.data import first_names

# More of the names given in England and Wales over the last forty years, by
# where families often come from. Written without accents: lookups fold
# "Ciarán" to "ciaran" and "Ștefan" to "stefan".
_ENGLISH_MORE: Final = """
austin riley bailey frankie reggie ellis finlay kaiden brayden jackson hudson grayson
zac zak maxwell mikey mitchell nico olly rio ruben rupert seb sebastian seth sidney sid
spencer theodore travis troy vinnie wesley wilf wilfred xavier zane dexter evan jensen
joey jonah kane keegan kenzie lennon lennox leon levi lochlan marley mylo milo nate niall
ryley shay shea stevie tristan tyson zayden caden cameron dillon eli emmett fletcher
hayden isaiah jett kobe lachlan leighton malachi micah myles nicholas oakley orson quinn
rafael raphael rocco romeo rufus sammy tobias vinny wyatt zayne andy chris danny dave
davey darren geoff tim greg jimmy jon karl kev kevin matt mick micky mike paddy pete phil
rick robbie ron russ stu steve trev baz daz gaz jase jez tez bez chaz taz nath dom
ava isla evie ella sophia rosie sienna elsie bonnie hallie scarlett maryam margot aurora
darcie eva martha lottie mila maeve robyn lacey abbie abby keira kiera tayla kayleigh
jodie kelsey casey demi mollie macie macy maddison madison maddie lexi lexie alexis aimee
becky becca beccy bex kacey kacie lucie marnie nevaeh peyton rihanna savannah tegan
tianna tiana alison ann anne annie bev cath cathy clare debbie debs deb gill jackie
jacqui jen jess jessie jo jojo kath kathy kim liz lizzie mandy mel nicky nikki pam
suzanne suzy tash tasha vicky vikki bernadette geraldine josephine marie debra trish
alesha alisha aleesha aleisha alysha aliyah aaliyah kiesha keisha lakeisha tanisha
kaz shaz steph pippa izzy issy georgie gracie libby livvy sadie meg nell nellie kat
kirst kez rach jules lulu billie bobbie dani danni mae nikolai anya bronwyn
"""
_SOUTH_ASIAN_MORE: Final = """
rayyan rayan arham zayan ayan aryan yahya zakariya zakaria zakariyya aadam haroon haris
hasan junaid mikail mikael nabil osman qasim rehan saad saif salman shayan sufyan talha
umar waleed zayd dhruv ishaan kabir karan rudra veer harjot jaskaran manveer sukhdeep
arnav advait abdur ahsan anas armaan asad daniyal farhan habib ilyas jibril mahir minhaj
mohsin nasir nayeem rahim rafiq raheem riyad sabbir shakil shafiq tahmid tanvir yasin
aminah aleena alina arooj ayat eesha eman iman fatimah hania hiba humaira inaya inaaya
jannat khadijah laiba maham maira mahnoor minahil momina nabila nafisa naila nusaybah
nusrat raisa rukhsana ruqayyah rumana sabrina sadia safa safiya sameera samira sanaa
shabnam shaista sidra sobia sumaiya sumayyah sumaya tahmina tania tasneem tasnia umaima
zoya zunaira harleen jasleen navneet amrit gurleen ishani ishita kavya meera riya saanvi
shreya sneha tanvi diya avni aarohi
"""
_EUROPEAN_MORE: Final = """
oliwer franciszek mikolaj igor tymon tymoteusz stanislaw bartek kuba tomek marek
agata aneta basia ewelina gosia iwona kasia magda ola sylwia emilia milena klaudia
kornelia martyna antonina alexandru rares eduard ionut cristian marius sorin vasile
daria alesia antonia medeea anastasia alexia larisa florentina madalina georgiana
camelia daniela loredana luminita joao tiago goncalo rodrigo duarte afonso martim
miguel santiago diego pablo alejandro javier carlos luis jose antonio manuel francisco
pedro bruno fabio vitor leonor beatriz ines matilde mariana carolina lucia valentina
camila isabela larissa fernanda juliana ana catarina joana raquel carmen
deniz emir eymen omer ahmet kerem arda efe murat hakan serkan baran berat yigit defne
ecrin azra ayse eylul asya meryem esra busra merve ozlem dilan rojda rojin berfin
lukas matas dominykas jonas nojus kajus emilija ugne gabija austeja kamile georgi ivan
dimitar nikolay ardit arben besnik blerim dritan elira elona erion klea kristi liridon
arber ornela bohdan dmytro maksym mykola taras yaroslav anastasiia kateryna mariia
olena sofiia viktoriia artem danylo nazar svitlana tetiana iryna nataliia bence
levente cian oisin ruairi padraig conall cathal eoghan fionn donal caoimhe ciara
clodagh eabha roisin mairead maebh deirdre eimear blathnaid aine orlaith eleri elin
manon tomos huw iolo llyr macsen sion ailsa mhairi catriona murdo ruaridh struan
"""
_AFRICAN_CARIBBEAN_MORE: Final = """
abdi abdirahman abdullahi liban mahad hibo ifrah ilhan khadra leyla nasra sagal sahra
ubah ugbaad zamzam farhiya halima hamdi deeqa nimco muna chidera chiamaka chinonso
chisom somto zikora ebube kamsi nnamdi obinna uche tochukwu munachi oluwaseun ayomide
ayodeji bolu bolaji damola dami dapo ebere eniola folasade ife ifeoluwa jide jumoke
kemi kunle mayowa moyo nifemi oyin oyinda remi simi tayo temi tiwa tomi toyin adaobi
chizoba nkem ebuka godwin emmanuel kwasi ama adjoa afia ekow kobby kweku tendai tatenda
tinashe rudo farai chipo nyasha tafadzwa kudzai thabo lerato sipho zanele thandi themba
yonas dawit selam meron tsion senait feven biniam tyrone jermaine delroy marlon leroy
winston desmond everton errol lloyd jermain shanice tanisha keisha latoya jada janelle
kadeem kemar shakira tamika tyrese tyreese jamal jamar jerome kareem andre dwayne dion
marcia
"""

# Short and familiar forms that an English word list also holds ("Beth",
# "Dan", "Ted"), and names from Black British, Irish and American families
# that are common in England but were missing above.
_FAMILIAR_MORE: Final = """
beth dan ted ned roy jim alf bert ernie reg stan vic nev liv jem sol raj jaylen jalen
kayden tremaine shaniqua tanesha zion nia ayla aylin bethan
"""
# Names that are also places, days or everyday words ("Paris", "India",
# "Sunday", "Justice"): like "Hope" or "April", only a name where the words
# around them show a person.
MORE_AMBIGUOUS: Final[frozenset[str]] = frozenset(
    """rob jan don ken kit mo honey ocean eden roman warren bonnie
    paris india devon dakota brooklyn sydney phoenix kenya asia adelaide lincoln camden
    denver dallas memphis milan vienna geneva siena verona trinity justice sunday harmony
    liberty serenity promise miracle heaven unity melody blossom marvel royal noble jewel clay wade heath forrest stone
    scout journey lyric echo""".split()
)
AMBIGUOUS: Final[frozenset[str]] = first_names.AMBIGUOUS | MORE_AMBIGUOUS
FIRST_NAMES: Final[frozenset[str]] = (
    first_names.FIRST_NAMES
    | frozenset((_ENGLISH_MORE + _SOUTH_ASIAN_MORE + _EUROPEAN_MORE + _AFRICAN_CARIBBEAN_MORE
                + _FAMILIAR_MORE).split())
) - AMBIGUOUS
ALL_NAMES: Final[frozenset[str]] = FIRST_NAMES | AMBIGUOUS
