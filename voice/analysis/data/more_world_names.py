"""Given names from many more communities, for redaction, written for Voice.

Written on 2026-12-06 from general knowledge of names common among families in
England whose roots are Jewish, Nigerian (Igbo, Yoruba, Hausa), Ghanaian, East
African (Swahili, Kikuyu, Luo, Ugandan, Rwandan, Ethiopian, Eritrean), Somali,
Southern African (Zulu, Xhosa, Tswana, Shona), Maori and Pacific, Tamil and
South Indian, Gujarati, Bengali, Punjabi, Pakistani, Afghan, Arab, Kurdish,
Iranian, Turkish, Bosnian, Chinese, Vietnamese, Japanese, Korean, Filipino,
Latin American and European. It is not drawn from any labelled set. Names that
are English words in TextBlob's list ("Helen", "Sunny", "Long") were left out,
and names of three letters count only beside another name-like word.
"""

from __future__ import annotations

from typing import Final

_HEBREW_JEWISH: Final = """
avi avraham ariel aviva batsheva chaim dov eitan elisheva eliezer ezra hadassah ilana itai
itamar leah malka menachem moshe naomi noam nechama orit rivka shira shlomo shmuel tamar
tova tzvi yael yaakov yehuda yitzchak yonatan yosef zev talia tali liora noa yonah rina
dalia shoshana meir nava ofer amit yair yoav
"""
_IGBO_YORUBA_HAUSA: Final = """
amarachi adaugo chidubem chibuzo chibuike chinaza chinyere chukwudi ebele ekene ezinne
ifunanya kosisochukwu munachimso nkiruka nneoma obiageli ogechi onyinye ozioma somtochukwu
uchechi udochi ugonna adaku ijeoma nonso ikechukwu emeka kenechukwu chimamanda chimdi
amaechi adebola adedayo adeola adesola adetola adunni ayobami ayotunde bamidele bisola bunmi
busola dolapo eniola feyisara ibukun iyanu modupe morenike olabisi olajumoke olaoluwa
olufemi olumide omolara opeyemi oreoluwa oyindamola pelumi seyi tomiwa tunmise yetunde
abiodun adetokunbo akinwale babajide jimoh kolawole oladele olanrewaju aisha abubakar aminu
bashir danladi hadiza hauwa jamilu lawal nafisat rabiu sadiq sani umaru yakubu zainab
zaharaddeen
"""
_AKAN_GHANA: Final = """
ebo kobina kwamina kwabena ekua esi efua abla akosua adjoa afi akua yaa ama kojo kofi
kweku kwesi fiifi yooku akwasi
"""
_EAST_AFRICA: Final = """
baraka amani neema imani zawadi rehema furaha jabari kamau kipchoge wanjiru wambui
njeri nyokabi achieng akinyi atieno awino otieno ochieng odhiambo omondi onyango mwangi
njoroge kariuki wairimu muthoni nyambura kiprono cherono jepkoech adongo okello opio akello
nakato namubiru babirye kato mukasa ssemanda wasswa kizza mugisha tumusiime ayebare kagame
mutesi uwase ishimwe keza ineza iradukunda habimana tesfaye mulugeta abebe tigist hiwot
meseret mekdes kidist eyerusalem yohannes dawit ermias kibrom selamawit senait samrawit
haben rahwa filmon semhar
"""
_SOMALI_SUDANESE: Final = """
abdikarim abdiaziz abdiqani abdulkadir abdirizak ayaan deqa faysal guled hamza hawa hussein
ikran khadar mahamed maryan mohamud mukhtar nasteho qamar ruqiya ubax warsan yasmin zakariye
hibaaq
"""
_SOUTHERN_AFRICA: Final = """
ayanda andile bongani buhle busisiwe lindiwe lwazi mandla mbali nandi nokuthula nomvula
nosipho palesa phumzile sibusiso siphesihle sizwe thandeka thabiso themba thulani vuyo zodwa
zola zinhle lungile khanyisile kagiso karabo katlego lebogang lesedi mpho naledi onthatile
refilwe tebogo tshepo tumelo boitumelo kudakwashe munashe ruvimbo rutendo tanaka tapiwa
tatenda tawanda tinotenda vimbai chiedza nyarai fadzai tsitsi shingai ropafadzo kundai
chenai
"""
_PACIFIC_MAORI: Final = """
manaia kiri aroha ataahua hemi hine hinemoa kahu mikaere nikau ngaio rawiri rangi
wiremu kahurangi ihaia paora tipene sione losa malia lupe sefa tevita salote viliami
"""
_TAMIL_SOUTH_INDIAN: Final = """
thenmozhi anbu arivu bharathi elakkiya ezhil iniya kalaivani kayal kavin kumaran malar mathi
meenakshi mugilan nila pavithra selvi sangeetha senthil sivakumar tamilselvi thamarai valli
vetri yazhini kannan murugan saravanan karthik karthika gokul harini janani keerthana madhu
nandhini priyanka ramya sowmya subramanian vignesh venkatesh srinivas lakshman raghav
sridhar prakash arjun balaji dhanush gowtham jeevan kishore naveen praveen sathish suriya
vasanth abinaya aishwarya bhavani deepika divyashree gayathri hema indhu jayanthi kaviya
lavanya mythili nivetha poornima revathi sindhu swetha vaishnavi
"""
_NORTH_INDIAN_GUJARATI_BENGALI: Final = """
aakash abhishek ajay alok amar anand ankit anuj ashwin bhavesh chetan darshan dhruv gautam
hardik hemant hitesh jatin jignesh kamlesh ketan kunal mahesh manish mayank mehul mukesh
nikhil nilesh paresh pranav prashant pritesh rajat rajiv ramesh rupesh sagar sanjeev saurabh
shailesh shyam siddharth tejas umesh varun vinay vishal yash yogesh aarti alpa anjali ankita
anushka asha bhavna chandni dhara disha ekta falguni hetal hina jaya jyoti kajal kiran komal
krupa mamta manisha minal mona nirali palak pallavi parul payal pinal prachi priya rashmi
reshma ritu ruchi rupal sapna seema shilpa shital shruti sonal sonia sweta trupti urvi
vaishali arup biswajit debashish dipankar indranil partha sourav subhash sudipta tanmoy
ananya arpita debjani ishita madhumita moumita paromita rituparna sanchita sharmila shreya
sudeshna susmita tanushree
"""
_PUNJABI_PAKISTANI_AFGHAN: Final = """
amandeep amarjit balbir baljit balwinder charanjit daljit gurdeep gurinder gurjit gurmeet
harbinder harinder harpreet inderjit jagdeep jasbir jaswinder kamaljit kulwant kulvinder
lakhbir manpreet navdeep paramjit pardeep raminder ranjit ravinder rupinder satnam sukhbir
sukhwinder surinder tarlochan tejinder abid adeel aftab akram aqeel arshad asim awais azhar
babar basit ehsan fahad fawad haider ijaz jawad kamran khurram moazzam mudassar nauman noman
rehman saqib shahzad sohail tahir tanveer waseem yasir zafar aqsa ayesha bisma fiza hafsa
hira iqra kinza mahnoor mehwish misbah nimra rabia rimsha sana saba sehrish sobia tehreem
zara zunaira ahmadullah farid habibullah hamid jawid khalil mirwais naweed omid parwiz
rahmatullah shafiq wahid zabihullah freshta gulalai mahbooba malalai marzia nazanin parisa
roya shabana tamana zarghona
"""
_ARABIC_KURDISH_PERSIAN: Final = """
adnan ammar anas bassam bilal fadi firas ghassan hadi haitham hisham imad issa kareem
laith maher majid marwan mazen mohannad nabil nizar omar qusai rami riad samer shadi tamer
wael yazan yazeed ziad abeer afnan alaa asmaa basma duaa ghada hadeel haneen hiba inas jana
jumana lamar lujain maha manar maysa nadine najwa nisreen raghad rahaf rawan ruba sahar
samah shahd suha tasneem wafa yasmeen zeina aram azad baran dilan hawre hiwa karwan kawa
rebwar rezan sherwan shvan zana berivan dilnaz hevi jiyan nazdar rojin shilan zhilwan
arash babak behnam dariush farhad farzad hamed kaveh mehdi mehrdad mohsen navid payam pouya
reza saeed shahram siamak dariya golnaz leila mahsa maryam mina nasrin roxana sepideh shirin
soraya taraneh yasaman zahra
"""
_TURKISH_BALKAN: Final = """
alper batuhan berk cem doruk emre enes furkan kaan mert onur oguz selim serdar tolga ugur
volkan yusuf aylin basak begum burcu cansu damla derya ebru ece gizem irem melis nazli pinar
selin sevgi tugba yagmur amir armin dzenan emir haris jasmin kenan mirza nermin nedim senad
tarik adna amra azra belma dzana elma lejla merima selma
"""
_EAST_SOUTHEAST_ASIAN: Final = """
haoran zihan yuxuan zixuan yichen junjie jiahui xinyi yutong zhiwei jianhua weijie xiaoming
xiaoyu meiling yanling huimin shumin jiayi ziyi hoang huong khanh nhung phuong quang thao
thuy tuan vinh hieu khoa phong toan haruki hinata kaito kenta riku sota takumi yuto yusuke
akari hana haruka misaki sakura yui yuna jisoo jiwoo minjun seojun hyun minji seoyeon jihoon
yejin subin andres maricel rosalie jericho jomar jonel marites maricar rowena rhea mylene
"""
_LATIN_AMERICAN_IBERIAN: Final = """
alejandra catalina daniela fernanda gabriela guadalupe jimena ximena luciana maite marisol
milagros mariela paloma pilar rocio soledad valeria yolanda agustin alonso emiliano esteban
gonzalo ignacio joaquin leandro matias mauricio nicolas renato rodrigo santino sergio tomas
"""
_EUROPEAN_MORE: Final = """
ales andrej bostjan jure luka matej miha tadej tomaz ziga blaz dusan miroslav radek
vaclav zdenek jiri katka lenka petra tereza zuzana ondrej aurelien baptiste benoit cedric
corentin damien florian gaetan guillaume jeremie ludovic mathieu maxime romain sylvain theo
thibault yannick anais aurelie camille celine chloe clemence elodie emeline manon oceane
solene giacomo giovanni lorenzo matteo riccardo salvatore alessandro davide federico andrea
chiara francesca giulia ilaria martina serena silvia valentina dieter jurgen klaus lars
lukas niklas sven tobias ulrich jonas katrin kerstin silke ulrike anke birgit jutta aino
eero juha mikko sami aleksi elina johanna kaisa liisa ingrid sigrid astrid freja linnea maja
bjorn erik gustav henrik magnus nils olof agnese ieva ilze zane
arturs edgars janis kristaps martins raivis aurimas darius gintaras mantas vytautas aiste
gintare ruta simona
"""
# Added on 2026-12-07, from the same general knowledge: Irish and Welsh names
# and Yoruba, Igbo and Akan short forms that families in England use, which no
# list above held. None is an English word.
_IRISH_WELSH_WEST_AFRICAN_MORE: Final = """
tadhg feargal fintan senan daithi aoibheann eithne fiadh nuala sadhbh caitriona cliodhna
dearbhla ethna fionnuala treasa enda oran gwenllian angharad eirlys eluned gwyneth meinir
myfanwy teleri llinos alun aneurin cynan gruffudd gwilym meilyr steffan glyn elis alaw
deji dotun gbemi lanre niyi shola ronke akinola bayo biodun gbolahan kikelomo tochi
dayo tunji wunmi yinka bimpe laolu tobiloba oluwatobi ayomide damilare fisayo
"""

MORE_WORLD_NAMES: Final[frozenset[str]] = frozenset(
    (_HEBREW_JEWISH + _IGBO_YORUBA_HAUSA + _AKAN_GHANA + _EAST_AFRICA
     + _SOMALI_SUDANESE + _SOUTHERN_AFRICA + _PACIFIC_MAORI + _TAMIL_SOUTH_INDIAN
     + _NORTH_INDIAN_GUJARATI_BENGALI + _PUNJABI_PAKISTANI_AFGHAN + _ARABIC_KURDISH_PERSIAN + _TURKISH_BALKAN
     + _EAST_SOUTHEAST_ASIAN + _LATIN_AMERICAN_IBERIAN + _EUROPEAN_MORE + _IRISH_WELSH_WEST_AFRICAN_MORE).split()
)
SHORT_NAMES: Final[frozenset[str]] = frozenset(n for n in MORE_WORLD_NAMES if len(n) <= 3)
