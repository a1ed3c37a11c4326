"""First names for redaction, written for Voice.

Common first names among children, young people, parents and staff in
England, across the communities the service reaches. ``AMBIGUOUS`` names are
also everyday English words (May, Will, Hope, Grace, Mark...): they are only
treated as names after a cue such as "my son", "called" or a title.
"""

from __future__ import annotations

from typing import Final

_BOYS: Final = """
aaron adam aiden aidan alex alexander alfie ali amir andrei andrew angus anthony antoni
archie arjun arlo arthur ayaan benjamin ben bilal billy bobby bradley brandon brody
caleb callum charlie chester christopher cian ciaran cody connor conor corey craig dafydd
daniel darren david declan dev dylan eddie edward elijah elliot elliott emeka ethan euan
ewan ezra felix filip finley finn fraser freddie gareth gary george gurpreet hamish hamza
harjit harrison harry hassan henry hugo hussain ian ibrahim idris imran isaac ismail jacob
jakub jaden jake james jamie jason jasper jaxon jayden jenson joao joe john jordan joseph
josh joshua jude kacper kai kayden kevin kian kieran kofi krish kwame kyle lenny leo lewis
liam logan louie louis luca lucas luka luke malik martin mateo mateusz matthew michael
mohammad mohammed muhammad musa nathan neil noah ollie oliver omar oscar otis owen patrick
paul peter rajesh ralph rayyan reece reggie reuben rhys richard riley robert rohan ronnie
rory ryan sam samuel sandeep sanjay scott sean sebastian shaun simon sonny stanley stefan
stephen steven szymon tariq theo thomas tiago tobi toby tom tommy tunde tyler vihaan wayne
william yusuf zachary zain zayn albie lee dean kevin jonathan jonny nathaniel harvey
marcus dominic elias kacper oskar mikolaj wiktor dawid adrian ryan jay jesse alfred
"""

_GIRLS: Final = """
aaliyah abena abigail ada adaeze aisha alice alicja alison ama amara amelia amira amy
angela anjali anna annabelle anaya aanya aoife aria ayesha beatrice bella bethany caitlin
catherine cerys charlene charlotte chelsea chioma chloe clara claire courtney danielle darcie
darcy deborah donna edith eilidh eleanor eliza elizabeth ella ellie elsie emily emma erin
esme evelyn evie fatima ffion fiona florence freya gemma georgia gracie hafsa hallie hanna
hannah harper harpreet harriet hayley heidi helen hira imani imogen iqra isabella isabelle
isla jane jennifer jenny jessica joanna joanne jodie julia julie karen kate katherine katie
kayla kelly khadija kiran kirsten kirsty lacey laura lauren layla leah leanne lena libby
linda lisa lola lottie louise lucy luna lyla mabel maisie maja manpreet margaret maria
mairi mary maryam matilda maya megan mehreen mia michelle millie molly morag nancy natalie
navdeep nia niamh nicola noor oliwia olivia orla paige patricia penelope phoebe priya rachel
rebecca rosie sally samantha sana sarah seren shannon sharon shona siobhan sienna simran
sofia sophia sophie stacey susan thea tia tilly toni tracey tracy victoria wendy zainab
zara zoe zofia zuzanna ava elise ruth naomi esther leila yasmin jasmin kimberley
"""

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

AMBIGUOUS: Final[frozenset[str]] = frozenset(
    """
    may will hope grace faith joy summer mark bill rose april june autumn dawn holly ivy
    daisy poppy lily violet jasmine iris amber jade ruby pearl crystal heather willow hazel
    skye sky river storm rain star sunny angel patience chance frank drew pat sue guy bob
    jack carol mercy honor honour brook brooke cliff dale glen lane hunter taylor cooper
    carter parker mason reed nick ray max eve art jean victor christian earnest rowan robin
    teddy rocky sandy penny miles harley morgan norman august tiger rich dot gene
    precious blessing lovely favour comfort gift peace charity destiny treasure goodness
    princess nana rob jan don ken kit mo honey ocean eden roman warren bonnie
    """.split()
)

FIRST_NAMES: Final[frozenset[str]] = frozenset(
    (_BOYS + _GIRLS + _ENGLISH_MORE + _SOUTH_ASIAN_MORE + _EUROPEAN_MORE
     + _AFRICAN_CARIBBEAN_MORE).split()
) - AMBIGUOUS
ALL_NAMES: Final[frozenset[str]] = FIRST_NAMES | AMBIGUOUS
