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

AMBIGUOUS: Final[frozenset[str]] = frozenset(
    """
    may will hope grace faith joy summer mark bill rose april june autumn dawn holly ivy
    daisy poppy lily violet jasmine iris amber jade ruby pearl crystal heather willow hazel
    skye sky river storm rain star sunny angel patience chance frank drew pat sue guy bob
    jack carol mercy honor honour brook brooke cliff dale glen lane hunter taylor cooper
    carter parker mason reed nick ray max eve art jean victor christian earnest rowan robin
    teddy rocky sandy penny miles harley morgan norman august tiger rich dot gene
    precious blessing lovely favour comfort gift peace charity destiny treasure goodness
    princess nana
    """.split()
)

FIRST_NAMES: Final[frozenset[str]] = (
    frozenset(_BOYS.split()) | frozenset(_GIRLS.split())
) - AMBIGUOUS
ALL_NAMES: Final[frozenset[str]] = FIRST_NAMES | AMBIGUOUS
