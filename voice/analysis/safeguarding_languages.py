"""Safeguarding phrases in the nine languages the surveys offer besides English.

The English screen (``safeguarding.py``) reads English; a disclosure written in Polish or
Urdu must reach a person just the same. These lists are short on purpose: each entry is
a phrase a family would use to say the thing itself (a child who "wants to die", a
husband who "hits me", a child locked "alone in a room"), not a topic word that ordinary
complaints use too. So "abuse of the system", "we were ignored", "the papers went
missing" and "this is killing me" are left out in every language, as in English, and the
tests hold each language to ordinary sentences that must not flag.

Matching is on a folded copy of the text (``fold``): lower case, no Latin accents (so
"zaginął" and "zaginal" both match, and Romanian's comma and cedilla letters agree), no
Arabic vowel marks or tatweel, one alef, and no nukta in Bengali and Gurmukhi, because
families type all of these both ways. Patterns are folded the same way when compiled, so
they are written here as a speaker writes them. Latin-script patterns start at a word
boundary; the other scripts match anywhere, since Arabic and Urdu attach prefixes.

The categories are the English screen's (``safeguarding.CATEGORIES``), so a flagged
comment goes to the same queue with the same reasons, whatever its language.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

_ARABIC_MARKS: Final = re.compile(r"[\u064B-\u0652\u0670\u0640]")
_ALEF: Final = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ı": "i", "ł": "l", "ß": "ss"})
_DROP_MARKS: Final = frozenset({"Mn"})
_LATIN_LANGUAGES: Final = frozenset({"es", "pl", "pt", "ro", "tr", "en"})

PHRASES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "es": {
        "suicide_self_harm": (r"quitarse la vida", r"quitarme la vida", r"(?:quiere|quiero|quería|queria) morir",
                              r"no (?:quiere|quiero) (?:seguir )?vivir", r"matarse", r"me quiero matar",
                              r"se quiere matar",
                              r"se corta (?:los brazos|las muñecas|la piel)", r"autolesi", r"se hace daño a sí",
                              r"hacerse daño a sí", r"se autolesiona"),
        "abuse_injury": (r"(?:le|me|nos|les) (?:pega|pegó|pegaba|golpea|golpeó)", r"moratones", r"moretones",
                         r"abuso sexual", r"abusó de (?:él|ella|mi)", r"abusa de (?:él|ella|mi)", r"maltrat",
                         r"le tocó (?:sus|en sus) partes"),
        "restraint_seclusion": (r"(?:lo|la|le) (?:sujetan|sujetaron|inmovilizan|inmovilizaron)",
                                r"(?:lo|la|le) (?:encierran|encerraron) (?:solo|sola|en)",
                                r"encerrad[oa] (?:solo|sola|en una)", r"contención física", r"lo ataron",
                                r"la ataron"),
        "sexual_exploitation_grooming": (r"explotación sexual", r"fotos (?:desnud|íntimas|intimas)",
                                         r"(?:le|te) pide fotos", r"(?:le|te) piden fotos", r"grooming",
                                         r"(?:vender|llevar|pasar) drogas", r"un hombre mayor (?:le|que le)"),
        "eating_disorder": (r"anorexi", r"bulimi", r"no come nada", r"(?:ha dejado|dejó|deja) de comer",
                            r"vomita después de comer", r"se provoca el vómito",
                            r"(?:ha perdido|perdió) mucho peso"),
        "neglect": (r"no (?:hay|tenemos) comida", r"sin comida", r"pasa(?:n|mos)? hambre", r"sin hogar",
                    r"sin calefacción", r"(?:lo|la) dejan sol[oa]", r"sol[oa] en casa todo el día"),
        "domestic_abuse": (r"violencia (?:doméstica|de género|familiar)", r"mi (?:marido|pareja|esposo|ex) me pega",
                           r"mi (?:marido|pareja|esposo|ex) me amenaza", r"miedo (?:de|a) mi (?:marido|pareja|esposo)"),
        "missing": (r"se (?:escapa|escapó|ha escapado|fuga|fugó) de casa", r"no (?:volvió|vuelve|ha vuelto) a casa",
                    r"desapareció (?:de casa|toda la noche|durante)", r"está desaparecid"),
    },
    "pt": {
        "suicide_self_harm": (r"se matar", r"matar-se", r"(?:quer|quero|queria) morrer", r"não (?:quer|quero) viver",
                              r"automutil", r"(?:se corta|corta-se) (?:nos braços|os pulsos)",
                              r"(?:se machuca|machuca-se) de propósito", r"tirar a própria vida"),
        "abuse_injury": (r"(?:bate|bateu|batia) (?:nele|nela|em mim|nos meninos)", r"(?:me|o|a) bate",
                         r"hematomas", r"nódoas negras", r"abuso sexual", r"abusou d", r"maus[ -]tratos",
                         r"molest"),
        "restraint_seclusion": (r"amarrad", r"imobiliz", r"trancad[oa] sozinh", r"(?:o|a) trancam",
                                r"trancaram-n", r"contenção física", r"(?:seguram|seguraram)-n[oa] no chão"),
        "sexual_exploitation_grooming": (r"exploração sexual", r"fotos (?:nu|íntimas|intimas)", r"pede fotos",
                                         r"pedem fotos", r"aliciamento", r"grooming",
                                         r"(?:vender|levar|transportar) drogas"),
        "eating_disorder": (r"anorexi", r"bulimi", r"(?:parou|deixou) de comer", r"não come nada",
                            r"vomita depois de comer", r"provoca o vómito", r"provoca vômito",
                            r"(?:perdeu|está a perder|está perdendo) muito peso"),
        "neglect": (r"sem comida", r"não (?:temos|há) comida", r"passa(?:mos|m)? fome", r"sem[ -]abrigo",
                    r"sem aquecimento", r"(?:o|a) deixam sozinh", r"negligênci"),
        "domestic_abuse": (r"violência doméstica", r"(?:marido|companheiro|ex) (?:me bate|bate-me|bate em mim)",
                           r"(?:me ameaça|ameaça-me)", r"medo do (?:meu )?(?:marido|companheiro)"),
        "missing": (r"(?:fugiu|foge) de casa", r"não voltou (?:para|a) casa", r"desapareceu (?:de casa|durante)",
                    r"(?:está|esteve) desaparecid"),
    },
    "pl": {
        "suicide_self_harm": (r"samobój", r"zabić się", r"zabije się", r"zabiję się", r"(?:chce|chcę) umrzeć",
                              r"nie (?:chce|chcę) (?:już )?żyć", r"tnie się", r"samookalecz", r"okalecza się",
                              r"samouszkodz", r"robi sobie krzywdę", r"zrobić sobie krzywdę"),
        "abuse_injury": (r"bije (?:go|ją|mnie|nas|je|dzieci|syna|córkę)", r"pobił", r"siniak", r"molestow",
                         r"wykorzystywan\w* seksualn", r"znęca", r"przemoc (?:fizyczn|seksualn)"),
        "restraint_seclusion": (r"przytrzymyw", r"przytrzymali", r"unieruchom",
                                r"(?:zamknęli|zamykają) (?:go|ją) (?:samego|samą|w)", r"zamknięt[ya] sam",
                                r"izolatk", r"przypięt[ya] pasami"),
        "sexual_exploitation_grooming": (r"nagie zdjęcia", r"nagich zdjęć", r"prosi o zdjęcia", r"grooming",
                                         r"(?:sprzedaje|przewozi|nosi) narkotyki", r"starszy mężczyzna"),
        "eating_disorder": (r"anoreks", r"bulimi", r"przestał[a]? jeść", r"nic nie je", r"wymiotuje po jedzeniu",
                            r"prowokuje wymioty", r"bardzo schudł", r"schudł[a]? bardzo", r"traci na wadze"),
        "neglect": (r"nie mamy (?:co jeść|jedzenia)", r"brak jedzenia", r"głodn", r"głodu", r"bezdomn",
                    r"bez ogrzewania", r"zostawi\w* sam\w* w domu", r"zaniedbane dziecko", r"zaniedbywan"),
        "domestic_abuse": (r"przemoc domow", r"przemoc w rodzinie", r"(?:mąż|partner|były) mnie bije",
                           r"grozi mi", r"grozi nam", r"boję się (?:męża|partnera|byłego)"),
        "missing": (r"uciek\w* z domu", r"zaginął", r"zaginęła", r"zaginion", r"nie wrócił\w* do domu"),
    },
    "ro": {
        "suicide_self_harm": (r"sinucid", r"sinucig", r"să se omoare", r"să mă omor", r"vrea să moară",
                              r"vreau să mor", r"nu (?:mai )?vrea să trăiască", r"nu (?:mai )?vreau să trăiesc",
                              r"se taie pe", r"automutil", r"își face rău singur", r"se rănește singur"),
        "abuse_injury": (r"(?:îl|o|mă|ne|îi) bate", r"l-a bătut", r"a bătut-o", r"vânătăi", r"abuz sexual",
                         r"abuzat", r"agresat", r"molest"),
        "restraint_seclusion": (r"legat de", r"imobiliz", r"închis[ăa]? singur", r"l-au închis",
                                r"au închis-o", r"(?:îl|o) închid", r"țintuit la pământ"),
        "sexual_exploitation_grooming": (r"exploatare sexuală", r"poze (?:nud|goale|intime)", r"cere poze",
                                         r"grooming", r"(?:vinde|duce|transportă) droguri",
                                         r"bărbat mai în vârstă"),
        "eating_disorder": (r"anorexi", r"bulimi", r"nu mai mănâncă", r"a încetat să mănânce",
                            r"nu mănâncă nimic", r"vomită după masă", r"a slăbit foarte mult",
                            r"a pierdut mult în greutate"),
        "neglect": (r"nu avem mâncare", r"fără mâncare", r"flămânz", r"(?:le|ne|îi) e foame",
                    r"fără adăpost", r"fără căldură", r"lăsat singur acasă", r"lăsată singură acasă",
                    r"neglijare"),
        "domestic_abuse": (r"violență domestică", r"violență în familie", r"(?:soțul|partenerul|fostul) mă bate",
                           r"mă amenință", r"mi-e frică de (?:soț|partener|fostul)"),
        "missing": (r"(?:a fugit|fuge) de acasă", r"a dispărut de acasă", r"a dispărut toată noaptea",
                    r"dat dispărut", r"nu s-a (?:mai )?întors acasă"),
    },
    "tr": {
        "suicide_self_harm": (r"intihar", r"kendini öldür", r"ölmek istiyor", r"yaşamak istemiyor",
                              r"kendine zarar", r"kendini kes", r"bileklerini kes"),
        "abuse_injury": (r"(?:onu|beni|bizi|çocuğu|oğlumu|kızımı) dövüyor", r"dövdü", r"dayak", r"morluk",
                         r"morarmış", r"cinsel istismar", r"istismar ediliyor", r"taciz"),
        "restraint_seclusion": (r"bağladılar", r"bağlıyorlar", r"odaya kilitl", r"kilitlediler",
                                r"yere bastırdılar", r"zorla tuttular", r"tecrit odası"),
        "sexual_exploitation_grooming": (r"cinsel sömürü", r"çıplak fotoğraf", r"fotoğraf(?:ını|larını) istiyor",
                                         r"uyuşturucu", r"yaşça büyük bir adam"),
        "eating_disorder": (r"anoreksi", r"bulimi", r"yemek yemeyi bıraktı", r"hiçbir şey yemiyor",
                            r"yemekten sonra kusuyor", r"kendini kusturuyor", r"çok kilo verdi", r"çok zayıfladı"),
        "neglect": (r"yiyecek yok", r"yiyecek bir şey yok", r"yemeğimiz yok", r"aç kalıyor", r"evsiz",
                    r"kalorifer yok", r"ısınma yok", r"evde yalnız bırak"),
        "domestic_abuse": (r"aile içi şiddet", r"ev içi şiddet", r"(?:kocam|eşim) beni dövüyor",
                           r"beni tehdit ediyor", r"(?:kocamdan|eşimden) korkuyorum"),
        "missing": (r"evden kaç", r"kayboldu", r"kayıp ilan", r"eve dönmedi", r"eve gelmedi"),
    },
    "ar": {
        "suicide_self_harm": (r"انتحار", r"ينتحر", r"تنتحر", r"يقتل نفسه", r"تقتل نفسها", r"أقتل نفسي",
                              r"(?:يريد|تريد|أريد) أن (?:يموت|تموت|أموت)",
                              r"لا (?:يريد|تريد|أريد) أن (?:يعيش|تعيش|أعيش)",
                              r"يؤذي نفسه", r"تؤذي نفسها", r"يجرح نفسه", r"تجرح نفسها", r"إيذاء النفس"),
        "abuse_injury": (r"(?:يضربه|يضربها|يضربني|يضربنا|يضربهم)", r"كدمات", r"اعتداء جنسي", r"تحرش", r"يتحرش",
                         r"سوء (?:ال)?معاملة", r"اعتدى عليه", r"اعتدى عليها"),
        "restraint_seclusion": (r"(?:قيدوه|قيدوها|يقيدونه|يقيدونها)", r"ربطوه", r"ربطوها",
                                r"(?:حبسوه|حبسوها|يحبسونه|يحبسونها)", r"أغلقوا عليه", r"أغلقوا عليها",
                                r"(?:في|فى) غرفة (?:وحده|وحدها)", r"ثبتوه على الأرض", r"ثبتوها على الأرض"),
        "sexual_exploitation_grooming": (r"استغلال جنسي", r"صور عارية", r"(?:يطلب|يطلبون) (?:منه|منها) صور",
                                         r"(?:يبيع|ينقل|يوصل) (?:ال)?مخدرات", r"استدراج"),
        "eating_disorder": (r"فقدان الشهية", r"لا (?:يأكل|تأكل) شيئا", r"(?:توقف|توقفت) عن الأكل",
                            r"(?:يتقيأ|تتقيأ) بعد الأكل", r"(?:فقد|فقدت) الكثير من الوزن", r"نقص وزنه كثيرا"),
        "neglect": (r"لا (?:يوجد|نملك) (?:طعام|أكل)", r"بدون طعام", r"جائعين", r"نبقى جائعين", r"بلا مأوى",
                    r"بدون مأوى", r"بدون تدفئة", r"(?:يترك|تترك|يتركونه|يتركونها) (?:وحده|وحدها)",
                    r"(?:وحده|وحدها) في البيت طوال"),
        "domestic_abuse": (r"عنف (?:أسري|منزلي)", r"العنف (?:الأسري|المنزلي)", r"زوجي (?:يضربني|يهددني)",
                           r"أخاف من زوجي", r"طليقي يهددني"),
        "missing": (r"(?:هرب|هربت|يهرب|تهرب) من (?:البيت|المنزل)", r"(?:اختفى|اختفت) (?:من البيت|لمدة|طوال)",
                    r"لم (?:يعد|تعد|يرجع|ترجع) (?:إلى|الى) (?:البيت|المنزل)", r"مفقود", r"مفقودة"),
    },
    "ur": {
        "suicide_self_harm": (r"خودکشی", r"خود کشی", r"(?:خود|اپنے آپ) کو (?:مار|ختم کر)", r"مرنا چاہت",
                              r"مر جانا چاہت", r"جینا نہیں چاہت", r"(?:خود|اپنے آپ) کو (?:نقصان|زخمی|کاٹ)"),
        "abuse_injury": (r"(?:مجھے|اسے|اس کو|بچے کو|بچوں کو|ہمیں) (?:مارتا|مارتی|مارتے|پیٹتا|پیٹتی)",
                         r"مار پیٹ", r"مارا پیٹا", r"زخموں کے نشان", r"چوٹ کے نشان", r"جنسی زیادتی", r"بدسلوکی",
                         r"جنسی ہراس"),
        "restraint_seclusion": (r"باندھ (?:دیا|دیتے|کر)", r"کمرے میں (?:اکیلا |اکیلی )?بند", r"زبردستی پکڑ",
                                r"زمین پر (?:دبا|پکڑ)"),
        "sexual_exploitation_grooming": (r"جنسی استحصال", r"ننگی تصویر", r"تصویریں مانگ", r"منشیات",
                                         r"بڑی عمر (?:کا|کے) آدمی"),
        "eating_disorder": (r"کھانا (?:چھوڑ دیا|بند کر دیا)", r"کچھ نہیں کھات", r"کھانے کے بعد قے",
                            r"وزن بہت کم ہو", r"وزن بہت گر"),
        "neglect": (r"گھر میں کھانا نہیں", r"کھانے کو کچھ نہیں", r"بھوکے (?:رہتے|سوتے)", r"بے گھر",
                    r"(?:اکیلا|اکیلی) چھوڑ", r"ہیٹنگ نہیں"),
        "domestic_abuse": (r"گھریلو تشدد", r"شوہر (?:مجھے )?(?:مارتا|پیٹتا)", r"دھمکیاں دیتا",
                           r"شوہر سے ڈر"),
        "missing": (r"گھر سے بھاگ", r"لاپتہ", r"غائب ہو (?:گیا|گئی) (?:تھا|تھی|ہے)?", r"گھر واپس نہیں (?:آیا|آئی)"),
    },
    "bn": {
        "suicide_self_harm": (r"আত্মহত্যা", r"আত্মঘাতী", r"মরে যেতে চা", r"মরতে চা", r"বাঁচতে চায় না",
                              r"বাঁচতে চাই না", r"নিজেকে (?:আঘাত|কাটে|কেটে|মেরে ফেল)", r"নিজের ক্ষতি কর"),
        "abuse_injury": (r"মারধর", r"গায়ে হাত তোল", r"আঘাতের দাগ", r"কালশিটে", r"যৌন নির্যাতন", r"নির্যাতন কর",
                         r"শ্লীলতাহানি", r"যৌন হয়রানি"),
        "restraint_seclusion": (r"বেঁধে রাখ", r"ঘরে আটকে", r"আটকে রাখ", r"জোর করে ধরে", r"মাটিতে চেপে"),
        "sexual_exploitation_grooming": (r"যৌন শোষণ", r"নগ্ন ছবি", r"মাদক", r"গ্রুমিং"),
        "eating_disorder": (r"খাওয়া বন্ধ করে", r"কিছুই খায় না", r"খাওয়ার পরে বমি", r"ওজন অনেক কমে",
                            r"অ্যানোরেক্সিয়া"),
        "neglect": (r"খাবার নেই", r"খেতে পাই না", r"খেতে পায় না", r"না খেয়ে থাক", r"ক্ষুধার্ত", r"গৃহহীন",
                    r"একা ফেলে"),
        "domestic_abuse": (r"পারিবারিক সহিংসতা", r"গার্হস্থ্য সহিংসতা", r"স্বামী (?:আমাকে )?মারে",
                           r"হুমকি দেয়", r"স্বামীকে ভয়"),
        "missing": (r"বাড়ি থেকে পালিয়ে", r"পালিয়ে (?:যায়|গেছে|গিয়েছিল)", r"নিখোঁজ", r"বাড়ি ফেরেনি",
                    r"বাড়ি ফিরে আসেনি"),
    },
    "pa": {
        "suicide_self_harm": (r"ਖੁਦਕੁਸ਼ੀ", r"ਆਤਮਹੱਤਿਆ", r"ਆਤਮ ਹੱਤਿਆ", r"ਮਰਨਾ ਚਾਹੁੰਦ", r"ਮਰ ਜਾਣਾ ਚਾਹੁੰਦ",
                              r"ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦ", r"ਆਪਣੇ ਆਪ ਨੂੰ (?:ਨੁਕਸਾਨ|ਕੱਟ|ਮਾਰ)", r"خودکشی"),
        "abuse_injury": (r"ਕੁੱਟਦਾ", r"ਕੁੱਟਦੀ", r"ਕੁੱਟਿਆ", r"ਕੁੱਟਮਾਰ", r"ਮਾਰਦਾ ਕੁੱਟਦਾ", r"ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ",
                         r"ਜਿਨਸੀ ਛੇੜਛਾੜ", r"ਨੀਲ ਦੇ ਨਿਸ਼ਾਨ", r"ਸੱਟਾਂ ਦੇ ਨਿਸ਼ਾਨ"),
        "restraint_seclusion": (r"ਬੰਨ੍ਹ (?:ਕੇ|ਦਿੱਤਾ|ਦਿੰਦੇ)", r"ਕਮਰੇ ਵਿੱਚ (?:ਇਕੱਲਾ |ਇਕੱਲੀ )?ਬੰਦ", r"ਜ਼ਬਰਦਸਤੀ ਫੜ",
                                r"ਜ਼ਮੀਨ (?:ਤੇ|'ਤੇ) ਦਬਾ"),
        "sexual_exploitation_grooming": (r"ਨੰਗੀਆਂ ਤਸਵੀਰਾਂ", r"ਨਸ਼ੇ ਵੇਚ", r"ਨਸ਼ਾ ਵੇਚ", r"ਨਸ਼ੇ ਲਿਜਾ",
                                         r"ਵੱਡੀ ਉਮਰ ਦਾ ਆਦਮੀ"),
        "eating_disorder": (r"ਖਾਣਾ ਛੱਡ ਦਿੱਤਾ", r"ਕੁਝ ਨਹੀਂ ਖਾਂਦ", r"ਖਾਣ ਤੋਂ ਬਾਅਦ ਉਲਟੀ", r"ਭਾਰ ਬਹੁਤ ਘੱਟ"),
        "neglect": (r"ਖਾਣ ਨੂੰ ਕੁਝ ਨਹੀਂ", r"ਘਰ ਵਿੱਚ ਖਾਣਾ ਨਹੀਂ", r"ਭੁੱਖੇ (?:ਰਹਿੰਦੇ|ਸੌਂਦੇ)", r"ਬੇਘਰ",
                    r"(?:ਇਕੱਲਾ|ਇਕੱਲੀ) ਛੱਡ"),
        "domestic_abuse": (r"ਘਰੇਲੂ ਹਿੰਸਾ", r"ਪਤੀ (?:ਮੈਨੂੰ )?(?:ਮਾਰਦਾ|ਕੁੱਟਦਾ)", r"ਧਮਕੀਆਂ ਦਿੰਦਾ", r"ਪਤੀ ਤੋਂ ਡਰ"),
        "missing": (r"ਘਰੋਂ ਭੱਜ", r"ਘਰ ਤੋਂ ਭੱਜ", r"ਲਾਪਤਾ", r"ਗੁੰਮ ਹੋ (?:ਗਿਆ|ਗਈ)", r"ਘਰ ਵਾਪਸ ਨਹੀਂ (?:ਆਇਆ|ਆਈ)"),
    },
}


def fold(text: str) -> str:
    """The text as the patterns see it (see the module docstring)."""
    text = _ARABIC_MARKS.sub("", text.casefold()).translate(_ALEF)
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed
                   if unicodedata.category(ch) not in _DROP_MARKS or not _droppable(ch))
    return unicodedata.normalize("NFC", kept)


def _droppable(mark: str) -> bool:
    """Latin accents and the Bengali and Gurmukhi nukta; never a vowel sign an Indic word needs."""
    code = ord(mark)
    return 0x0300 <= code <= 0x036F or code in (0x09BC, 0x0A3C)


@lru_cache(maxsize=len(PHRASES))
def compiled(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    boundary = r"\b" if language in _LATIN_LANGUAGES else ""
    return tuple(
        (category, re.compile(boundary + "(?:" + "|".join(fold(p) for p in patterns) + ")"))
        for category, patterns in PHRASES.get(language, {}).items()
    )


def screen_language(text: str, language: str) -> tuple[str, ...]:
    """The categories whose phrases in ``language`` appear in ``text`` (none when the
    language has no list: English goes to the English screen)."""
    folded = fold(text)
    return tuple(category for category, pattern in compiled(language) if pattern.search(folded))


def screen_all(text: str) -> tuple[str, ...]:
    """Every language's phrases: for a comment whose language is unsure, or mixed."""
    folded = fold(text)
    found: dict[str, None] = {}
    for language in PHRASES:
        for category, pattern in compiled(language):
            if category not in found and pattern.search(folded):
                found[category] = None
    return tuple(found)
