# conf/crisis.lex — crisis triage lexicon (Dutch and English).
#
# A hit escalates a conversation to CIT at the highest priority, from any
# state, and answers at once with the crisis numbers. Missing a real crisis
# is far worse than a false alarm: when in doubt, keep a pattern.
# Format, matching rules and how to extend: docs/crisis-lexicon.md.
#
#   @class = word|word|prefix*|@other      a word class, used as @class
#   category  element element ...          a pattern, categories:
#       danger suicide selfharm abuse homeless, or except (explains words away)
#   element:  word   word*  (a|b*|@class)  any of these followed by ? (optional)
#             (two words|one)  expands the line into one pattern per alternative
#             *  (any one word)   ...  (0-3 words)   ...N  (0-N words)
#             <n>  (a number)     <N+>  (a number of at least N)
#             $  (end of the message)     ^  (first: only at the first word)
#   A pattern starts with a word or a number.
#   Exceptions are matched first; the words they span cannot be used by a
#   crisis pattern (other words of the message still can).
#
# Words are normalised like the messages (lower case, accents folded,
# apostrophes dropped, leetspeak read, repeated letters collapsed): write
# "zelfmoord", it matches "zelfmoooord", "ZELFMOORD" and "zelfm00rd".

# ---------------------------------------------------------------- classes
@ik       = ik|k|ikke|ic|ek
@wil      = wil|wl|wilt|wiel|ikwil|wilde|wou|will
@niet     = niet|nie|ni|nit|neit|nt|niets|nied|nii
@meer     = meer|mer|meeer|mr
@leven    = leven|leve|lven|levn|lefen|leeve|levem|bestaan|lefe|leefe|lefn
@mezelf   = mezelf|mijzelf|mzelf|mezelve|mijzelve|mezelluf|mezef|mezlf|mezel|mijzef|mzelluf
@mijn     = mijn|mn|me|mijne|mun|mjn|min|m
@doodw    = dood|doot|doodgaan|doodgaa|sterven|sterve|stervn
@myself   = myself|myslf|mself|meself|meslef|mysel|myselfs
@vader    = vader|baba|abba|pappie|vadertje|pa|papa|pappa|paps|pap|vadr|stiefvader|stiefpa|stiefpapa|pleegvader|stiefvadr|vadertje
@moeder   = moeder|yemma|yema|mammie|moeders|ma|mama|mamma|mam|mams|moedr|moeda|stiefmoeder|stiefma|stiefmama|pleegmoeder
@familie  = @vader|@moeder|ouders|ouder|stiefouder|pleegouders|broer|broertje|zus|zusje|stiefbroer|stiefzus|halfbroer|oom|tante|opa|oma|neef|vriend|vriendje|stiefvader|verzorger|grootvader|abi|abim|abla|ablam|annem|anne|babam|khoya|kho|khti|ukhti|khouya
@hitnl    = slaat|sloeg|slaan|slaad|slaadt|schopt|schopte|trapt|trapte|stompt|stompte|wurgt|wurgde|duwt|duwde|mishandelt|mishandelde|mishandelen|martelt|bedreigt|bedreigde|mept|mepte|meppen|gemept|ramt|ramde|beukt|beukte|timmert|knijpt|kneep|bijt|beet|krabt|duwde|sleurt|sleurde|trekt aan|schoppen|trappen|stompen|wurgen|duwen|knijpen|brandt|brandde|verbrandt
@sexnl    = misbruikt|misbruikte|misbruiken|betast|betastte|bepotelt|verkracht|verkrachtte|verkrachten|aanrandt|randt
@victim   = me|mij|ons|mn|mijn|@moeder|@vader|broertje|zusje|broer|zus
@pills    = pillen|pilletjes|pil|tabletten|tabletjes|paracetamol|paracetamols|medicijnen|medicatie|slaappillen|slaappil|oxazepam|pillen|antidepressiva|medicijne
@pillsen  = pills|pill|tablets|meds|medication|paracetamol|tylenol|ibuprofen|sleeping
@takenl   = innemen|slikken|slik|slikte|nemen|neem|nam|genomen|ingenomen|geslikt|inslikken|inneem|opnemen|slike|slikke
@fam_en   = dad|daddy|father|mom|mum|mommy|mother|stepdad|stepfather|stepmom|stepmother|parents|parent|brother|uncle|grandpa|grandfather|cousin|boyfriend|bf|foster
@hit_en   = hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|hurts|hurt|hurting|abuses|abused|abusing|threatens|threatened
@sleepnl  = slapen|slaap|slape|sliep|pitten|maffen|overnachten|overnacht
@tonight  = vannacht|vanavond|vanacht|vanaavond|vnacht|vnavond|nacht
@dader    = hij|zij|ze|iemand|man|jongen|gast|vent|jongens|mannen|ex|exvriend|exvriendje|@familie
# what can be taken: medicine (also in @pills, @pillsen) and household poison
@meds     = @pills|@pillsen|pijnstillers|pijnstiller|ibu|ibuprofen|ibuprofens|oxycodon|oxycodone|xanax|xtc|melatonine|ritalin|concerta|diazepam|temazepam|lorazepam|tramadol|codeine|morfine|sertraline|citalopram|lithium|strip|strips|stuks|tabletjes|capsules|painkillers|painkiller|tylenol|advil|aspirin|aspirine|antidepressants|sleepingpills|pils|pilen|pilletje|medicijn|medicatie|slaapmedicatie|hoestdrank|drugs|insuline|insulin|slaapmiddel|slaapmiddelen|kalmeringsmiddel|kalmeringspillen|antipsychotica|quetiapine|seroquel|fluoxetine|prozac|valium|adderall|opiaten|oxy|lyrica|pregabaline|morfine|ijzerpillen|vitaminepillen|anticonceptiepillen|paracetamolletjes|pijnstillertjes
@chem     = bleek|bleekmiddel|bleekwater|wceend|lampolie|chloor|ontstopper|schoonmaakmiddel|schoonmaakmiddelen|wasmiddel|afwasmiddel|antivries|gif|rattengif|terpentine|ammoniak|spiritus|bleach|antifreeze|detergent|pods|poison|vergif|gootsteenontstopper|allesreiniger|wasverzachter|toiletreiniger|drain|cleaner|ontkalker|ontkalkingsmiddel|ovenreiniger|wcreiniger|vaatwastablet|vaatwastabletten|vaatwasblokje|vaatwasblokjes|vaatwasmiddel|wascapsule|wascapsules|wasbolletje|wasbolletjes|wasmiddelpods|ontsmettingsmiddel|desinfectiemiddel|dettol|glorix|aceton|nagellakremover|waterstofperoxide|peroxide|ontvetter|onkruidverdelger|onkruidgif|mierengif|muizengif|insectengif|slakkengif|landbouwgif|pesticide|insecticide|lampenolie|aanmaakvloeistof|wasbenzine|verfverdunner|thinner|ammonia|lye|lysol|clorox|descaler|sanitizer|disinfectant|degreaser|weedkiller|ratpoison
@ingested = genomen|ingenomen|geslikt|ingeslikt|leeggeslikt|gedronken|opgedronken|leeggedronken|opgegeten|gegeten|gepakt|gedaan|op|opgemaakt|leeggemaakt|nam|slikte|dronk|at|took|taken|swallowed|drank|drunk|ate|downed|had|overdosed|od|odd|popped|necked|gespoten|ingespoten|geinjecteerd|injected|gesnoven|snorted|opgesnoven|weggewerkt
@many     = veel|alle|al|hele|heel|handvol|hoop|stapel|doos|doosje|doosjes|strip|strips|potje|pot|fles|flesje|voorraad|teveel|zoveel|allemaal|rest|bunch|lot|lots|all|whole|bottle|handful|load|every|box|pack|packet|bunch|way|dozens|paar|massa|shitload|tig|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|ten|twelve|fifteen|twenty|thirty|forty|fifty|heleboel|boel|zooi|bult|berg|zak|zakje|bende|ton|pakje|sloot|emmer|shitload|ton|veertien|zestien|zeventien|achttien|negentien|dertien|elf|vijfentwintig|honderd|hundred|twentyfive|handfull|heap|stack|ton|tons|several|loads
@odd      = raar|vreemd|duizelig|wazig|misselijk|suf|slap|draaierig|zwart|slaperig|brak|ziek|weird|strange|dizzy|sick|funny|blurry|numb|drowsy|off|wrong
@when     = vannacht|vanavond|vanacht|vnacht|vnavond|morgen|morgenochtend|morgenavond|straks|zometeen|vandaag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|weekend|tonight|tonite|tomorrow|today|weekend|friday|saturday|sunday|monday|later|soon|vanmiddag|nacht|avond
@friend   = vriend|vriendin|vriendinnetje|maat|matie|mattie|bff|broer|zus|zusje|broertje|neef|nicht|klasgenoot|friend|bestie|bf|gf|boyfriend|girlfriend|sister|brother|mate|cousin|zij|hij|ze
@knife    = mes|messen|mesje|scheermes|scheermesje|schaar|pistool|wapen|vuurwapen|gun|knife|knives|blade|razor|bijl|glock|ijzer|gunn|strap|honkbalknuppel|knuppel|machete|boksbeugel|stanleymes|kapmes|zakmes|vlindermes|taser|stroomstootwapen|knfie|nife|mess|crowbar|koevoet
@topic    = straat|street|streets|blackmail|blackmailing|afpersing|chantage|grooming|dakloos|dakloze|daklozen|dakloosheid|thuisloosheid|homeless|homelessness|zelfmoord*|zelfdoding*|suicide*|suicidaliteit|huiselijk|geweld|kindermishandeling|mishandeling|loverboy*|sexting|sextortion|sextortie|depressie|pesten|eenzaamheid|verslaving|verslavingen|abuse|violence|selfharm|self|zelfbeschadiging|automutilatie|overdosis|overdose|mental|mentale|run|running|weglopen|weglopers|runaways|misbruik|domestic|online|veiligheid|dood|death|moord|murder|oorlog|war|zefmord*|zelmord*|selfmord*|zelfmort*|dakloze|steekpartij*|messteken|wapens|wapenbezit|drill|geweld|eerwraak|eergerelateerd|uithuwelijking|huwelijksdwang|ontvoering|ontvoeringen|kidnapping|kidnappings|mensenhandel|trafficking|abuser|abusers|misbruiker|pedofiel|pedofielen
@frame2   = leesboek|leesboeken|leesverslag|literatuur|leeslijst|geschiedenis|history|aardrijkskunde|psychologie|psychology|sociologie|pedagogiek|debat|debate|plot|plottwist|personage|character|characters|hoofdpersoon|seizoen|season|ending|einde
@frame    = schoolopdracht|schrijfopdracht|scriptie|school|klas|mentoruur|mentorles|werkstuk|profielwerkstuk|pws|spreekbeurt|presentatie|betoog|verslag|boekverslag|les|gastles|lessen|project|paper|essay|presentation|documentary|documentaire|docu|film|serie|series|boek|book|movie|podcast|artikel|onderzoek|research|opdracht|assignment|filmpje|video|nummer|song|aflevering|episode|show|schoolkrant|interview|thema|themaweek|maatschappijleer|biologie|filosofie|levensbeschouwing|tiktok|tiktoks|reel|reels|vlog|vlogs|clip|clips|youtube|yt|post|posts|meme|memes|nieuwsbericht|krant|news|nieuws|voorlichting|campagne|poster|lesson|lessons|class|workshop|talk|toneelstuk|play|musical|gedicht|poem|tekst|lied|wekstuk|werkstk|werstuk|spreekbeurd|presentaite|verslagje|nummers|liedje|songs|rapper|artiest|album|artikelen|article|verzorging|bio|gezondheidszorg|ehbo|eerste|zorg|mens en maatschappij|burgerschap|gym|lo|scheikunde|chemistry|health|drama|scene|scène|scenes|rollenspel|roleplay|horrorfilm|horror|thriller|toneel|@frame2
@violent  = uitgehuwelijkt|uithuwelijken|uitgehuwelijkd|jumped|beat up|bedreigt|threatens|bedreigd|threatened|neergestoken|neergeschoten|doodgestoken|doodgeschoten|steekpartij|schietpartij|gestoken|gechanteerd|afgeperst|vermoord|ontvoerd|stabbed|shot|murdered|kidnapped|killed|blackmailed|aanslag|overval|mishandeld|verkracht|opgesloten|geslagen|beaten|dies|sterft|dood|died|zelfmoord|suicide|springt|jumps|overdosis|overdose
@better   = place|plek|kamer|huis|room|home|house|apartment|appartement|woning|dak|eigen|own|goed|beter|better|fine|safe|veilig|clean|trots|proud|okay|oke|rustig|opgelost|helped|geholpen|blij|happy|gelukkig|great|well|fijn|leuk|good|studying|studeer|studeren|baan|job|werk|work|working|opleiding|reason|reden|huisje|thuis|begeleider|hulpverlener|vriendin|vriend|weg|gone|over|voorbij|verdwenen|minder|stable|stabiel
@okverb   = gaat|ga|ben|voel|voelt|is|im|am|feel|feeling|doing|going|heb|have|were|woon|wonen|live|living|zijn|therapy|therapie|hulp|help|it|its|het|things|alles|we
@okadv    = het|t|ik|me|much|so|really|weer|nu|now|echt|heel|veel|way|pretty|totally|helemaal|in|a|an|een|doing|are|is|got|heb|have|a lot|lot|been|weer|zo|super|erg|my|mijn|mn
@past_at  = tijd|tijdje|while|when|vroeger|used|toen|vorig|vorige|last|geleden|ago|destijds|ooit|once|usde|usd|ued|uset|vroegah|vroegâh|froeger
@pics     = nudes|nude|pics|pic|pictures|picture|photos|photo|fotos|foto|fotoos|video|videos|vid|vids|filmpje|filmpjes|naaktfotos|naaktfoto|screenshots|screenshot|recording|opname|beelden|images|snaps|everything|alles|ze|them|it|het
@audience = everyone|everybody|iedereen|friends|vrienden|family|familie|parents|ouders|school|followers|volgers|contacts|contacten|unless|tenzij|anders|online|internet|insta|instagram|snap|snapchat|tiktok|classmates|klas|klasgenoten|mama|papa|mom|mum|dad
@homework = homework|huiswerk|math|maths|wiskunde|toets|toetsen|exam|exams|examen|test|tests|school|maandag|monday|les|class|teacher|leraar|docent

@chore    = huiswerk|homework|opdracht|opdrachten|toets|puzzel|werkstuk|verslag|kamer|afwas|boodschappen|was|strijk|stofzuigen|opruimen|leren|presentatie|essay|assignment|project|taak|taken|klusje|klus|sommen|wiskunde|math|dishes|laundry|chores|shopping|cv|sollicitatie|aanvraag|formulier|mail|email|afspraak|tattoo|haar|nagels
@plan     = plan|plannen|planned|planning|gepland|plannetje|van plan
@doit     = doe|doen|do|doing|dun
@itword   = het|t|et|it|dat|that
@sleepx   = slapen|slaap|sliep|sliepen|geslapen|pit|pitten|gepit|maffen|gemaft|overnacht|overnachten|overnachtte|gelegen|liggen|lig|slept|sleeping|sleep|sleepin|crash|crashing|crashed|nacht|nachten|night|nights
@rough    = fietsenstalling|fietsenhok|fietsenschuur|stalling|fietsenkelder|bankje|park|parkje|portiek|portieken|trappenhuis|trapportaal|station|nachtbus|straat|buiten|garage|schuur|galerij|parkeergarage|bushokje|speeltuin|strand|duinen|bosjes|bos|kelder|hal|tunnel|viaduct|brug|steiger|metrostation|treinstation|bench|stairwell|streets|street|outside|shed|alley|subway|underpass|bushes|woods|playground|doorway|hallway
@unresp   = praat|beweegt|ademt|reageert|antwoordt|hoort|kijkt|talks|moves|breathes|responds|answers
@notnl    = niet|nie|nauwelijks|amper|nt|nergens
@dangerno = not|isnt|wont|cant|barely|hardly|stopped|aint|doesnt
@enverbs  = talking|moving|breathing|responding|waking|answering|reacting|wake
@takenall = genomen|ingenomen|geslikt|ingeslikt|gedronken|opgedronken|took|taken|swallowed|drank|overdosed|od|ate|popped|gebruikt|gesnoven|used|snorted|@meds|@chem
@famall   = @familie|familie|family|parents|dad|mom|mum|father|mother|brothers|brother|broers|ooms|neven|uncles|cousins
@reltn    = vriendje|vriend|vriendin|vriendinnetje|relatie|boyfriend|girlfriend|relationship|lesbisch|lesbo|homo|gay|bi|trans|queer|verliefd|daten|date|dating

# ---------------------------------------------------------------- exceptions
# Words an exception spans can no longer be used by any crisis pattern;
# other words of the same message still can ("dood van het lachen ... ik wil dood").
except  dood (van|v|vn) (het|t|de|d|die)? (lachen|lache|lach|gelach|honger|dorst|verveling|vermoeidheid|slaap|stress|zenuwen|schaamte|kou|hitte|warmte|spanning|nieuwsgierigheid|heimwee|jaloezie|ergernis|buikpijn|hoofdpijn|kiespijn|cringe|saaiheid)
except  (lach|lache|lachen|lacht|lachte|schaam|schamen|verveel|vervelen|erger|ergeren|schrik|schrok|werk|werkt|werken|zoek|zoeken) ...2 (dood|doodgaan)
except  (dood|doodgaan|sterf|sterven|sterft) ...2 (lachen|lache|gelachen)
except  (zelfmoordaanslag*|zelfmoordterrorist*|zelfmoordactie*|zelfmoordmissie*|zelfmoordcommando*|zelfmoordpiloot*|zelfmoordsquad*|zelfmoordploeg*|zelfmoordterreur)
except  zelfmoord (aanslag*|actie|missie|squad|terrorist*|commando*)
except  (zelfmoordprevent*|suicideprevent*|zelfdodingsprevent*)
except  suicide (squad|bomber|bombers|bombing|bombings|mission|missions|attack|attacks|doors|vest|run)
except  (is|zijn|was|waren) @niet @meer in (het|t)? leven
except  (die|dying|died|dead|dy) (of|from) (laughter|laughing|embarrassment|embarassment|cringe|boredom|hunger|shame|jealousy|thirst)
except  kill (me|mij) ...5 @homework
except  kms ...2 @homework
except  (me|mij|ons) (volgt|volgen|volgde) (op|on) (insta|instagram|ig|tiktok|tt|twitter|x|snap|snapchat|yt|youtube|twitch|bereal|spotify)
except  (following|follows|followed|follow|volgt|volgen|volgde) (me|us|mij|ons) (on|op) (insta|instagram|ig|tiktok|tt|twitter|x|snap|snapchat|yt|youtube|twitch|bereal|spotify)
except  overdos* (aan|van|sugar|suiker|caffeine|cafeine|koffie|coffee|info|informatie|huiswerk|homework|energie|energy)
except  (beat|beats|beating) (me|us) (at|in|with) ...1 (fifa|fortnite|chess|game|games|gaming|cards|football|soccer|tennis|basketball|race|racing|mario|kart|uno|monopoly|minecraft|cod|valorant|sport|sports|pingpong|running|quiz|it|everything|math|maths|test|exam)
except  @pillsen ...2 (for|against) (my|the|a|her|his)? (headache|pain|cramps|period|fever|migraine|cold|flu|allergies|allergy|toothache|back|backache|hayfever)
# "pils" is Dutch for a beer (and "pills" once doubled letters are collapsed): drunk, ordered, tapped.
except  (pils|pilsje|pilsjes) (gedronken|drinken|gehaald|getapt|besteld|bestellen|halen|tappen|op het terras|in de kroeg|in het cafe)
except  (gedronken|drinken|drink|dronk|drinkt|dronken|bestel|besteld|bestelde|tap|tapte|tapt) (een|n|1|2|3|4|5|6|7|8|9|10|paar|veel|te veel|nog|wat)? (pils|pilsje|pilsjes)
except  (film|serie|series|drama|dramas|soap|soaps|movie|boek|book|show|docu|documentaire|aflevering|episode|clip|anime|game|podcast|verhaal|story) ...1 (waarin|where|in which|waar|over|about) ...6 (@violent|overdoses|overdosed|overdosing|vastgebonden|tied)
except  (in de|in het|in a|in the|in that|in die|in dat|in deze|in this) (film|serie|series|drama|movie|boek|book|show|game|aflevering|episode|docu|documentaire|soap) ...6 (@violent|overdoses|overdosed|vastgebonden|tied)
except  (songtekst|lyrics|lyric|citaat|quote|quoting|citeer) ...4 (die|dood|dead|kill|killing|suicide|zelfmoord|niet meer|wanna die|want to die)
# An escape room locks you in on purpose; a first-aid course teaches what to do.
except  (escape room|escaperoom|escapegame|escape game) ...8 (opgesloten|locked|vast|vastgezet|cant get out|kan er niet uit|kom er niet uit)
except  (opgesloten|locked in|locked up|vast) ...6 (escape room|escaperoom|escapegame|escape game)
except  (ehbo|first aid|eerste hulp|reanimatie|reanimeren|cpr|bhv|ehbo cursus|reanimatiecursus) ...8 (unresponsive|unconscious|bewusteloos|buiten bewustzijn|passed out|collapsed|flauwgevallen|flauwvalt|faints|ingestort|in elkaar gezakt|not breathing|ademt niet)
except  (learn|leren|leer|geleerd|learned|learning|oefenen|oefenden|practise|practice|practising|practicing) (what|wat|how|hoe) ...6 (unresponsive|unconscious|bewusteloos|buiten bewustzijn|passed out|collapsed|flauwgevallen|flauwvalt|faints|not breathing|ademt niet)
# A last message "for today" or "for now" is the end of a chat, not a goodbye.
except  (laatste|last) (bericht|berichtje|appje|message|text|vraag|question) (voor|for) (vandaag|nu|now|today|deze week|this week|vanmiddag|this afternoon)
# A night at a station because the last train did not run.
except  (nacht|night) ...4 (station|perron|platform) ...8 (trein|train|treinen|trains|bus|metro) ...3 (uitgevallen|vertraagd|cancelled|canceled|delayed|gemist|missed)
except  (zingt|zong|sings|sang|singing|rapt|rapte|raps|rapping) ...4 (die|dood|dead|kill|killing|suicide|zelfmoord|niet meer|wanna die|want to die)
except  (leert|leren|studeert|studeren|college|colleges|studie|learning|studying|studies|learn|learned|geleerd) (over|about|ovre|oevr|ovr|ofer|abt|abour) ...3 @topic
except  (slaat|sloeg|slaan|hits|hit) ...3 (bal|ball|alarm|munt|kussen|kussens|pillow|pillows|kussengevecht|trom|trommel|drum|drums)
except  (sloeg|slaat|hit|hits) (me|mij) (met|with) (een|a|zn|zijn|his|her)? (kussen|pillow|knuffel|teddy|ballon|balloon)
except  @knife ...3 (valorant|fortnite|cs|csgo|cod|roblox|minecraft|gta|skin|skins|knifeskin)
except  (minecraft|fortnite|sims|roblox|gta|game|spel|animal crossing|zelda|rdr|rdr2) ...6 (buiten|outside|straat|slapen|slaap|sleep|geslapen|dood|died|killed|gekilld)
except  (doe|doen|ga|gaan|do|doing|gonna) ...3 (het|t|it) ...4 (wel|later)? ...2 @chore
except  @chore ...6 (doe|doen|do|doing|ga|gaan) ...3 (het|t|it)
except  @pills ...4 (tegen|voor) (de|het|mijn|mn|m)? (hoofdpijn|buikpijn|keelpijn|rugpijn|oorpijn|spierpijn|krampen|koorts|pijn|griep|menstruatiepijn|kiespijn|migraine|verkoudheid|allergie|hooikoorts|ontsteking|infectie)
except  (de|het|een) (plant|hamster|vis|kat|hond|batterij|telefoon|accu|wifi) ...2 (dood|doodgegaan)

# A threat as a figure of speech: laughed off ("mn moeder vermoordt me als
# ik te laat ben haha", "my mom is gonna kill me lol") or over school,
# time or chores ("... als ze mijn rapport ziet", "... i missed the bus
# again"). Only the threat's words are masked. A threat over anything
# else stays a hit: "als hij erachter komt", "if i tell", money, a boyfriend.
@laugh    = haha*|hihi*|hehe*|lol|lool|lmao|lmfao|xd|xdd|grapje|grapjee|geintje|jk|jokes|joking|kidding|grap
@trivial  = verven|geverfd|dye|dyed|kleuren|gekleurd|knippen|geknipt|haircut|kras|krassen|deuk|deukje|scratch|dent|vaas|vase|rapport|report|cijfer|cijfers|cijferlijst|grades|grade|onvoldoende|onvoldoendes|toets|toetsen|test|exam|examen|huiswerk|homework|bus|trein|train|tram|gemist|missed|kamer|room|afwas|dishes|curfew|spijbel*|gespijbeld|skipped|skipping|tatoeage|tattoo|piercing|laptop|bril|glasses|late
except  (vermoord|vermoordt|vermoorden|vermoorde|doodmaken|afmaken|killen|killt|kill|kills|murder|murders|strangle|choke|wurgen|wurgt) (me|mij|us|ons) ...8 @laugh
except  (me|mij|ons|us) ...1 (vermoorden|doodmaken|afmaken|killen|kill|murder) ...8 @laugh
except  (vermoord|vermoordt|vermoorden|vermoorde|doodmaken|afmaken|killen|killt|kill|kills|murder|murders) (me|mij|us|ons) ...6 (@trivial|te laat|too late)
except  (me|mij|ons|us) ...1 (vermoorden|doodmaken|afmaken|killen|kill|murder) ...6 (@trivial|te laat|too late)
except  (@trivial|te laat|too late) ...6 (vermoordt|vermoord|vermoorden|kills|kill|murders|murder) (ze|hij|zij|she|he|they|mn|mijn|my)? ...1 (me|mij|us|ons)

# Cutting food or things, beating someone at a game, "dood" as an intensifier
except  (snij|snijd|snijdt|sneed|sneden|cut|cutting) ...3 (groente|groenten|uien|ui|uitjes|brood|vlees|fruit|appel|appels|tomaat|tomaten|komkommer|paprika|kaas|taart|cake|pizza|hout|papier|karton|stof|vegetables|veggies|onion|onions|bread|meat|cheese|paper|wood)
except  (afmaken|kill|killen|vermoorden|neerschieten|shoot|slaan|verslaan|destroy|wreck|murder) ...4 (in|met|bij|at|on|op) (fifa|fortnite|cod|valorant|minecraft|roblox|gta|2k|smash|tekken|apex|overwatch|league|lol|game|potje|spel|chess|schaak|schaken|mario|uno)
except  dood (graag|moe|stil|benieuwd|nieuwsgierig|jammer)
except  (ben|is|was|zijn|bent|meen|meent|klinkt|echt|nee|maar|dit|het) dood serieus
# "doodgewoon" written apart: after a verb or a word that says how ("het is dood gewoon");
# "ik wil dood gewoon" stays a crisis.
except  (is|was|zijn|waren|heel|echt|best|gewoon|doe|doet|deed|vind|vond|gewoonweg|toch|ook|al) dood (gewoon|normaal|simpel|eenvoudig)

# A question about sex or nudes is no request for nudes
except  (vragen|vraag|vraagje|vraagjes|question|questions|ask) (over|about|ovr|omtrent|rond|mbt) ...2 (seks|sex|seksualiteit|nudes|naaktfotos|sexting|fotos|pics|foto)

# "... en klaar" is "and that is that", not means made ready.
except  (en|and) klaar (ermee|mee|hoor|toch|punt|uit)?
# Hair and nails are cut, and an accident with a knife in a finger is no self-harm.
except  (cut|cutting|knip|knippen|afknippen|afgeknipt|geknipt|trim|trimmen|snijden|snij) (off)? (my|mn|mijn|me|her|his|your|je|m) (hair|haar|pony|nails|nagels|bangs|fringe|lokken|baard|beard)
except  (in|into) (mn|mijn|my|m|me) (vinger|vingers|finger|fingers|duim|thumb) (gesneden|gesnede|gesneeen|cut|sneed)
except  (gesneden|sneed|cut|snee) (in|into) (mn|mijn|my|m) (vinger|vingers|finger|fingers|duim|thumb)
# A question about an ordinary dose ("can i take two ibuprofen at once?").
except  (can i|mag ik|kan ik|is it ok to|is it okay to|may i|could i|should i|is het erg als ik|is het ok als ik) (take|nemen|innemen|slikken)? (two|2|twee|1|one|een|a|an)? @meds ...2 (at once|tegelijk|in een keer|samen|together)
# Sent out of a room, a class or a game is no violence and no homelessness.
except  (kicked|threw|kick|throw|kicking|throwing|gooide|gooiden|gooit|stuurde|stuurden|stuurt) (me|us|him|her|mij|ons) (out of|uit) (the|de|het|my|mn|mijn)? (kitchen|keuken|living room|woonkamer|game|class|klas|les|lesson|lokaal|classroom|chat|groepsapp|group chat|groupchat|team|band|lobby|server|winkel|shop|store|bus|tram|train|trein|gym|gymzaal|training|practice|kantine|canteen|bioscoop|cinema|museum|bieb|library)
# Researching a topic ("voor mn pws onderzoek ik zelfbeschadiging").
except  (onderzoek|onderzoeken|research|researching|bestudeer|bestuderen|study|studying|interview|interviewen|analyseer|analyse) (ik|i|we|wij)? (naar|into|on|over)? @topic
# Topics in a school, media or news frame ("een werkstuk over huiselijk
# geweld", "in het nieuws ... neergestoken"): only the frame and the topic
# word are masked, other words of the message still count.
except  @frame ...4 (over|about|ovre|oevr|ovr|ofer|abt|abour|on|van|rond|regarding) ...3 @topic (en|and|of|or)? @topic?
except  @frame (about|over) (a|an|the|een|de|het)? (boy|girl|man|woman|jongen|meisje|kid|kind|family|familie|gezin|person|persoon|teenager|tiener|student) (who|die|that|dat) ...6 @topic
except  (over|about|ovre|oevr|ovr|ofer|abt|abour) (een|de|het|a|an|the)? @frame ...2 (over|about)? ...2 @topic
except  @frame ...4 (where|waarin|waar|when|wanneer|in which|waarbij) ...8 (@topic|@violent)
except  (nieuws|news|journaal|krant|nos|at5|newspaper|telegraaf|omroep|tiktok|insta|twitter|youtube) ...8 @violent
except  @violent ...8 (nieuws|news|journaal|krant|newspaper)
except  (in|the|de|het|die) (film|serie|series|movie|boek|book|game|show|anime|verhaal|story|aflevering|episode|skyrim|gta|fortnite|minecraft|zelda) ...6 @violent
except  (character|personage|karakter|villain|hoofdpersoon|hero|held|schurk|main) ...3 @violent
except  (lazen|lezen|lees|read|reading|keken|gekeken|kijk|kijken|watched|watching|zag|zagen) ...8 (ze|hij|zij|they|he|she|hem|haar|iemand|someone) ...3 @violent
except  (oom|tante|opa|oma|buurman|buurvrouw|man|vrouw|mensen|people|guy|woman|rapper|zanger|zangeres|singer|youtuber|voetballer|hoofdpersoon|character|jongen|meisje) (die|who|is|was|are|were)? ...4 (dakloos|homeless|daklozen|dakloze)
except  (dakloos|homeless) (geweest|was|were|used)
except  (werkt|werken|werk|works|work|working|vrijwilliger|vrijwilligerswerk|volunteer|volunteers|volunteering|stage) ...3 (daklozenopvang|opvang|homeless|shelter|nachtopvang|daklozen|crisisopvang|psychiatrie|ggz)
except  (overleden|gestorven|dood|died|dead|overlijden|death|stierf|stierven) (aan|van|of|from|door|by) (een|an|a|de|the)? (overdosis|overdose|overdoses|od)
except  (buiten|outside|strand|beach|tent|nacht|night) ...6 (festival|kamp|camping|kamperen|scouting|tuin|kampvuur|vakantie|holiday|garden|zomerkamp|schoolkamp)
except  (festival|kamp|camping|kamperen|scouting|tuin|kampvuur|vakantie|holiday|garden|zomerkamp|schoolkamp) ...6 (buiten|outside|strand|beach|geslapen|slapen|slept|sleeping)
except  (signs|signalen|tekenen|kenmerken|symptomen|symptoms|herken|herkennen|recognize|recognise) ...6 (abused|abuse|mishandeld|misbruikt|depressed|suicidal|suicidaal|homeless|dakloos|being)
except  (alles|everything) geslikt (wat|what) (hij|zij|ze|je|hun|die|they|he|she|you) (zei|zegt|zeiden|said|says|vertelde)
except  (level|spel|game|potje|ronde|puzzel|toets|som|sommen|opdracht|sudoku|wedstrijd|raadsel|quiz) ...6 (geef|geeft|give) (het|it)? (op|up)
except  (flauwgevallen|fainted|passed out|flauw gevallen) ...6 (maar|but|mara|mr|mar|bt|nu|now) ...3 @okverb @okadv? @okadv? @better
except  (flauwgevallen|fainted|flauw gevallen) (bij|at|during|tijdens|van|from) (de|het|een|the|a)? (bloedprik|prik|dokter|doctor|arts|tandarts|dentist|hitte|warmte|heat|gym|gymles|training|vaccinatie|injection|spuit)
except  @knife ...4 (om|voor|to|for) ...3 (vis|groente|groenten|koken|keuken|cook|cooking|eten|food|brood|vlees|avocado|taart|cake|knutselen|hout|uien|fruit)
except  @knife (in|skin|skins|voor|for) (valorant|fortnite|cs|csgo|cod|roblox|minecraft|gta|game|het spel|the game|de game)
# Stories that are over ("vroeger ... maar nu gaat het goed", "i used to ... but now i'm safe").
except  @past_at ...8 (maar|but|mara|mr|mar|bt|nu|now|en|and|sinds|since) ...3 @okverb @okadv? @okadv? @better
except  @past_at ...8 (maar|but|mara|mr|mar|bt|nu|now|en|and|sinds|since) ...3 <n> (years|year|jaar|maanden|maand|months|month|weeks|week|weken|dagen|days) clean
except  @past_at ...8 (maar|but|mara|mr|mar|bt|nu|now|en|and|sinds|since) ...3 (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|half|anderhalf|one|two|three|four|five|six|a) (years|year|jaar|maanden|maand|months|month|weeks|week|weken|dagen|days) clean
except  (gestopt|stopped|quit|clean|stopte) (met|with)? (krassen|snijden|cutten|cutting|self harm|selfharm|harming|zelfbeschadiging|sh|kras) ...3 @okverb @okadv? @okadv? @better
except  (die|who) (me|mij) ...3 (is|was|werd|got|has|have|zijn) ...2 (opgepakt|gearresteerd|arrested|aangehouden|caught|gepakt|veroordeeld|convicted)
except  (bang|afraid|scared) ...4 (maar|but|mara|mr|mar|bt) (hij|zij|ze|he|she|they) (woont|wonen|lives|live) (hier|er|daar|thuis|with us|here)? (niet meer|nt meer|no longer|not anymore)
except  @past_at ...8 (maar|but|mara|mr|mar|bt|nu|now|sinds|since) ...6 (is het|gaat het|its|it is|things are|alles is|is alles|everything is|gaat alles) ...2 (goed|beter|fine|ok|oke|okay|better|good|veilig|safe|great)
except  (was|were|used to be|been|geweest|ben) (dakloos|homeless|op straat|weggelopen) ...6 (but|maar|now|nu) ...3 @okverb @okadv? @okadv? @better
except  (op straat|dakloos|homeless|weggelopen|ran away|buiten geslapen) ...6 (maar|but|mara|mr|mar|bt) (nu|now) ...3 @okverb @okadv? @okadv? @better
# Everyday "kan niet meer ...", "klaar met alles voor vandaag", "geen toekomst in voetbal".
except  (kan|kn|kun|ken) @niet @meer (wachten|w8|inloggen|slapen|volgen|lopen|vinden|betalen|kiezen|bij|in|op|mee|naar|van|stoppen met lachen|wachtennn|tellen|opletten|concentreren|stilzitten|typen|bellen|appen)
except  (kan|kun) (het|dit|t) @niet @meer (volgen|bijhouden|vinden|betalen|uitstaan|zien|horen|lezen|aanzien van het lachen)
except  (haha*|hihi*|lol|lool|lmao|lmfao|xd|jaja|hahah*) ...3 @ik (kan|kn|kun) @niet @meer
except  @ik (kan|kn|kun) @niet @meer ...2 (haha*|hihi*|lol|lool|lmao|lmfao|xd|hahah*)
except  (hou|houd) (het|dit|t) (weer)? @niet @meer vol ...5 (honger|dorst|spanning|zenuwen|lachen|hitte|kou|warmte|verveling|rij|file|wachten)
except  (klaar|kaar) met alles (voor vandaag|voor vanavond|voor morgen|voor school|voor de toets|wat ik moest|voor de vakantie|vandaag|voor nu|for today)
except  geen toekomst (in|als|bij|met) (de|het|een)? (voetbal|sport|muziek|dansen|hockey|tennis|die sport|deze club|dit vak|die opleiding|deze opleiding)
except  (notice|noticed|care|cared|merkt|merken) ...1 (if|als|dat) (i|ik) (skipped|skip|missed|miss|dont go|didnt go|niet ga|een dag niet|spijbel|spijbelde)
except  (mag|mogen|kan|kun|can|could|should|may|moet) (ik|je|i|you|men|we) ...3 @meds ...3 (nemen|innemen|slikken|gebruiken|take|combineren|combine|tegelijk|together)
except  (slik|slikt|gebruik|gebruikt|neem|neemt|take|taking|on|op) (sinds|al|since|for) ...4 @meds ...6 @odd
except  (geschoren|scheren|scheer|shaving|shaved|koken|cooking|groente|uien|papier|paper|broodmes|knutselen) ...4 (gesneden|cut|snee|sneed)
except  (gesneden|cut|snee|sneed) ...4 (koken|cooking|papier|paper|broodmes|scheren|shaving|groente|uien|knutselen|blikje)
except  (gesneden|cut|snee|sneed) ...2 (aan|on|in|op) (een|a|het|the|wat|some|kapot|gebroken|broken)? (stuk|stukje|piece of|scherf|shard)? (glas|glass|blikje)
except  (krassen|kras) (uit|op|in|van) ...2 (telefoon*|scherm*|auto*|bril|fiets|tafel|vloer|screen*|phone*|cd|lak|deur|muur|parket)

# ---------------------------------------------------------------- markers: worry and past
# Not crises: they change the answer (docs/crisis-lexicon.md, "Markers").
# worry: hopelessness that is not a clear crisis. With no crisis hit the
# engine asks the screening question ("Denk je eraan om jezelf iets aan te
# doen of dood te willen?"). Keep these wide: the question is kind.
worry   (ik|ikke|i) (voel|voelde|feel|feeling|fel) (me|mij|mn|myself)? (zo|so|echt|really|heel|erg|very)? (leeg|waardeloos|niks waard|nutteloos|hopeloos|empty|worthless|useless|hopeless|numb|verdoofd)
worry   (im|i am) (zo|so|really|echt|very)? (empty|worthless|useless|hopeless|numb)
worry   (heb|hb) (nergens|nrgens) (meer)? zin in
worry   (niemand|nobody|no one|noone) (geeft|gaf|cares|cared) (om|about) (mij|me)
worry   (niemand|nobody|no one|noone) (begrijpt|snapt|understands|gets) (mij|me)
worry   (ben|b) (zo|echt|heel)? (moe|klaar|op|kapot|het zat) (van|met) (alles|het leven|alles en iedereen|mijn leven)
worry   (im|i am) (so)? (tired|sick) of (everything|it all|life|my life)
worry   (het|t|alles|dit) (heeft|heb) (allemaal|echt|toch)? geen zin (meer)?
worry   (alles|everything) (is|voelt) (zo)? (zinloos|hopeloos|donker|pointless|hopeless|dark|zwaar)
worry   (ik|i) (doe|do|matter) (er)? (niet|not|nt) (meer)? (toe|anymore)
worry   (ik|i) (zie|see) (geen|no) (uitweg|way out|licht|light|toekomst|future)
worry   (wat|what) (heeft|is) (het|t)? (allemaal)? (nog)? (voor)? (zin|the point)
worry   (waarom|why) (ik|i) (er|here)? (nog|still) (ben|besta|leef|am|exist|live|alive)
worry   (ik|i) (ben|am|im) (gewoon|just|maar|toch)? (lucht|onzichtbaar|invisible|air|niks|nothing) (voor|to|for) (iedereen|everyone|everybody|anyone|niemand)
worry   (niemand|nobody|no one|noone) (die|that|who)? (om|about) (me|mij) (geeft|cares)
worry   (give|giving|gave|geef|geven) up ...6 (on me|on myself|on life|on everything|on everyone|op mezelf|op het leven|op alles)
worry   (niks|niets|nothing) (meer)? (over|left) (van|of) (mij|me|mezelf|myself)
worry   (weet|wet|know) ...1 @niet (meer)? (hoe|how) (ik)? (verder|door) (moet|kan|must|go)?
# past: something over, or that did not happen ("in die tijd", "never hit
# me"). After the first message, a crisis hit with this marker gets the
# numbers and "is this happening now?" instead of an immediate handover.
past    (in die tijd|in de tijd dat|toen ik|toen hij|toen zij|toen ze|vroeger|destijds|in het verleden|als kind|jaren geleden|jaar geleden|maanden geleden|vorig jaar|vorige zomer|vorige maand|lang geleden)
past    (back then|years ago|a year ago|months ago|last year|in the past|at that time|as a kid|as a child|used to|long ago|when i was little|when i was younger|when i was a kid)
past    (heeft|hebben|had|hadden) (me|mij|ons) nooit
past    (nooit|never) (geslagen|mishandeld|misbruikt|aangeraakt|pijn gedaan|hit|hurt|abused|touched|beat)
past    (has|have|had|did) (never|not) (hit|hurt|abused|touched|beaten) (me|us)
# Resolved: the writer says it is over now. On a first message, crisis words
# with this marker get the numbers and "is this happening now?" instead of
# the immediate handover (docs/crisis-lexicon.md, "Markers"). Keep them
# narrow and in the present: "het ging goed, nu ..." is no resolution.
resolved  (gaat|gaan) (het|t|t is)? (nu|nou|inmiddels|tegenwoordig|gelukkig)? (al)? (veel|een stuk|stukken|echt|weer|heel|zoveel|super)? (beter|goed|prima|top|oke|oké)
resolved  (nu|nou|inmiddels|tegenwoordig|gelukkig) (gaat|gaan) (het|t)? (veel|een stuk|stukken|echt|weer|heel|zoveel)? (beter|goed|prima)
resolved  (ligt|liggen) (nu|echt|helemaal)? achter (me|mij|ons)
resolved  (ben|zijn|is) (er)? (nu)? (helemaal)? (overheen|over heen|doorheen|uitgekomen) $
resolved  (ben|zijn) (er|eruit) (nu)? (uit|overheen|doorheen) (gekomen)?
resolved  (al|sinds|bijna|ruim|meer dan) ...2 (jaar|jaren|maanden|maand|weken) ...3 (niet meer|geen|clean|schoon|vrij)
resolved  (clean|schoon) (sinds|voor|al|for|since)
resolved  (been|ben|zijn|am|im) (clean|schoon) (for|since|sinds|voor)?
resolved  (hersteld|recovered|recovering|in herstel)
resolved  (maar|but) (nu|now) (niet|not|no) (meer|anymore|more|longer)
resolved  (im|i am|we are|were) (in a|at a) (much|way|far)? (better|good|great|happier) place
resolved  (im|i am|were|we are|doing) (much|way|a lot|so much)? (better|fine|ok|okay|good|great|well) (now|these days|nowadays)
resolved  (its|it is|thats|that is) (over|behind me|in the past) (now)?
resolved  (is|was) (nu|echt)? (voorbij|over) $

# ---------------------------------------------------------------- suicide (nl)
suicide  (zelfmoord*|zelfmoort*|zelfmord*|zelmoord*|selfmoord*|zelvmoord*|zefmoord*|zelfmoor|zelfmort*)
suicide  zelf (moord|moort|mord|moorden|doding)
suicide  (zelfdoding*|zelfdodi*|suicid*|suicd*|suisid*|suiside*|suicied*|suizid*|zuicid*|suecid*|sucid*|suïcid*|zelfdood)
suicide  (s|su) (icide|uicide|cide|icidaal|uicidaal)
suicide  (doodsgedacht*|doodswens*|levensmoe*|suicidegedacht*)
suicide  (afscheidsbriev*|afscheidsbrief*|afscheidsbriefje*|afscheidsbericht*)
suicide  (touw|strop) ...3 (klaar|klaargelegd|gekocht|opgehangen|geknoopt|knopen|halen|gehaald|nek)
suicide  (strop|stroppen)
# "noose" is "nose" once doubled letters are collapsed (crisis_normalise):
# never alone, only where a nose never is ("my nose is bleeding" stays calm).
suicide  noose ...3 (gekocht|bought|klaar|ready|gehaald|hangt|hanging|opgehangen|uitgezocht|picked|verzameld)
suicide  (made|make|making|tied|tie|tying|maakte|gemaakt|maak|maken|geknoopt|knoop|knopen|knoopte) (a|an|een|n|the|de|me|mezelf|myself)? noose
suicide  noose (in|op|om|around|from|aan|van) ...1 (kamer|room|zolder|attic|garage|schuur|shed|balk|beam|plafond|ceiling|boom|tree|trap|stairs|kast|closet)
suicide  (denk|dacht|denken|gedachten|gedachtes) ...3 (springen|spring|te springen)
suicide  @wil ...2 @doodw
suicide  @wil ...2 dood (gaan|zijn|wezen|gaa|gan)
suicide  dood (wil|wl|wilt|willen|wou|wilde|wl)
suicide  (liever|lievr|lieverr|beter|beeter) dood
suicide  (liever|lievr|beter) ...2 dood (zijn|was|wezen|ben|zou)
suicide  was @ik (maar|mr)? dood
suicide  @ik (maar|mr)? dood (was|waren|zou|ben)
suicide  @wil @niet @meer $
suicide  @wil @niet @meer (hoor|echt|eigenlijk|meer) $
suicide  @wil (echt|gewoon|gwn|egt|eigenlijk|ook|zo|helemaal)? @niet @meer $
suicide  @niet @meer ...2 @leven
suicide  @wil @niet ...1 @leven
suicide  @leven ...2 @niet @meer
suicide  @wil ...2 @leven @niet (meer)?
suicide  @wil ...3 @niet @meer (bij|hier|er)? (zijn|wezen|bestaan)
suicide  @wil @niet @meer verder $
suicide  @wil @niet @meer verder (leven|zo|gaan)
suicide  @wil er? (echt|gewoon|gwn|egt)? @niet @meer (zijn|wezen|bestaan|bestaa)
suicide  er @niet @meer @wil (zijn|wezen)
suicide  (dat|als) @ik er @niet @meer (was|ben|zou|zijn)
suicide  @niet @meer (wakker|wakkr) (worden|wordn|word|wrden|te)
suicide  nooit (meer)? (wakker|wakkr|opstaan|opstaa|op te staan|ontwaken)
suicide  (hoop|wens|wil|wou|wilde|liefst) ...4 @niet (meer)? (wakker|wakkr) (worden|wordn|word|wordt|wrd|te worden)
suicide  (allemaal|alles|niks|niets) (heeft)? geen (zin|nut) (meer)
suicide  als @ik dood (ga|ben|was|zou|ging|gaan)
suicide  (eind|einde|end|ende|eint|eindje) aan @mijn? @leven
suicide  er (een|n|un)? (eind|einde|eint) aan (te)? (maken|make|maak|mak|maakt|gemaakt)
suicide  (eind|einde|eint) (maken|make|maak) aan @mijn? @leven
suicide  er (een|n)? punt achter (zetten|zette|zet|te)
suicide  @leven (beeindigen|beindigen|beeindig|beeindige|stoppen|stopzetten|nemen|afmaken|beroven)
suicide  (stoppen|stop|kap|kappen) (ermee|er mee|gewoon|gwn)? met (leven|ademen|bestaan)
suicide  van (het|t)? leven (beroven|beroofd|beroof)
suicide  @wil ...2 (eruit|er uit) (stappen|stappe|te stappen|stap)
suicide  uit (het|t|dit|mijn|mn)? leven (stappen|stappe|stap|gestapt|te stappen)
suicide  (eind|einde|eint) aan (alles|al|allemaal|het allemaal|t allemaal)
suicide  @niet @meer ...2 (op|in) (deze|de|die)? (wereld|aarde)
suicide  (deze|de) (wereld|aarde) (verlaten|uit)
suicide  (weg|vertrekken|weggaan|verdwijnen) (van|uit|op) (deze|de|die) (wereld|aarde)
suicide  (ben|bn|voel) ...2 (een|n)? (last|blok aan het been) voor (iedereen|jullie|mijn ouders|mn ouders|mijn familie|mn familie|de wereld)
suicide  (zie|zien|heb|is|er is) ...1 geen (uitweg|uitweeg|toekomst)
suicide  (geen|gn|gen) (uitweg|uitweeg)
suicide  (stoppen|stop|kappen) met alles (voor altijd|voorgoed|voor goed)
suicide  @wil (stoppen|stop|kappen) met alles
suicide  om dood te (gaan|gaa|gan)
suicide  (snelste|pijnloze|pijnloos|pijnloosste|makkelijkste|beste|zekerste|fastest|painless|easiest|best|quickest) (manier|methode|method|way|ways|manieren) ...3 (dood|sterven|die|doodgaan|zelfmoord|kill|end|suicide)
suicide  (me|mij|mezelf|mijzelf) (laten)? (aanrijden|overrijden|overrijde|aanrijde|doodrijden|overreden|aangereden)
suicide  onder (de|een|n|t)? (trein|metro|tram|bus|auto|vrachtwagen) (springen|spring|gaan liggen|liggen|gooien|lopen)
suicide  (dak|brug|flat|balkon|flatgebouw|parkeergarage|toren|spoor|spoorbrug) ...6 (springen|spring|springe)
suicide  (springen|spring|springe) ...6 (dak|brug|flat|balkon|flatgebouw|parkeergarage|spoor)
suicide  (sta|zit|lig|loop|liggen) op (het|t)? spoor
suicide  van kant (maken|make|maak|gemaakt|te)
suicide  @mezelf ...3 (doodmaken|doodgemaakt|dood|doden|gedood|vermoorden|vermoord|ophangen|ophange|opgehangen|opknopen|opgeknoopt|verdrinken|verdronken|vergiftigen|vergiftigd|doodschieten|doodgeschoten|doodsteken|doodgestoken|afmaken|neerschieten|kapotmaken|van)
suicide  @mezelf (iets|wat|ets|iet|iest|wa) (aan|aandoen|aandoe|doen|doe)
suicide  (me|mij) (ophangen|ophange|opknopen|verhangen|verdrinken|vergiftigen|doodschieten|doodsteken|doodmaken|van kant)
suicide  (hang|hange|hangen|knoop) (me|mij|mezelf|mijzelf) op
suicide  (schiet|schieten) (me|mij|mezelf) ...1 (dood|neer|door mijn kop|kapot)
suicide  voor (de|een|n|t|het) (trein|metro|tram|auto|bus|vrachtwagen|vrachtauto) (springen|spring|springe|gaan|liggen|lopen|gooien|te)
suicide  (spring|springen|springe|sprong|gooi|gooien|werp) (me|mij|mezelf)? voor (de|een|n|t|het) (trein|metro|tram|auto|bus|vrachtwagen)
suicide  (springen|spring|springe|sprong) (van|vanaf|af|off|vanuit|uit) (de|een|het|t|n|mijn|ons)? (flat|brug|dak|balkon|gebouw|flatgebouw|raam|toren|parkeergarage)
suicide  van (de|een|het|t|n)? (flat|brug|dak|balkon|gebouw|flatgebouw|toren) (af)? (springen|spring|springe|springt|sprong|af|afspringen)
suicide+ingested  (alle|al|allemaal|hele|heel|doos|strip|potje|pot|handvol|stapel|veel|bakje) ...3 @pills ...3 @takenl
suicide+ingested  (te|teveel) (veel|vel)? @pills ...2 @takenl
suicide+ingested  (heb|had|hebben|hadden|hb) (al|nu|net|zojuist|bijna)? <n> @pills
suicide+ingested  @takenl <n> @pills
suicide+ingested  (took|taken|take|swallowed|swallow|taking|ate) <3+> @pillsen
suicide+ingested  (hele|volle|heel|grote) (doos|strip|potje|pot|zak|zakje|fles) ...1 @pills
suicide  (alles|alle) (innemen|slikken|opnemen|inslikken|in nemen)
suicide  (innemen|slikken|leeg|leegmaken|leeghalen|opmaken) ...5 (medicijnkast*|pillendoos|pillenpot)
suicide  (medicijnkast*|pillendoos) ...5 (innemen|slikken|leeg|leegmaken|leeghalen|opmaken)
suicide  @pills ...3 (gespaard|verzameld|sparen|verzamelen|opgespaard|opgespaart) 
suicide+ingested  @pills ...3 (om|om te) (dood|doodgaan|te sterven|sterven)
suicide  (pillen|pilletjes|tabletten|paracetamol|medicijnen) ...4 dood
suicide+ingested  overdos*
suicide  (polsen|pols|polse|polzen|aders) ...2 (snijden|snij|doorsnijden|doorsnijde|doorsnij|open|opensnijden|opengesneden|doorgesneden|door|kapot)
suicide  (snij|snijd|snijden|snijde|doorsnijden) ...3 (polsen|pols|polse|polzen|aders)
suicide  niemand ...2 (me|mij) ...1 (missen|mist|misse|missen)
suicide  niemand (zal|zou|gaat|gaan|zal) (het)? (merken|merkt|missen) ...2 (als|dat) @ik
suicide  (beter|beeter) af ...1 (zonder|zondr|zonde) (mij|me)
suicide  zonder (mij|me) (beter|beeter) af
suicide  (wereld|iedereen|jullie|mensen|familie|ouders|world|everyone|everybody|people|family|parents) ...3 (beter|better) (af|off)? (zonder|without) (mij|me)
suicide  (brief|briefje|letter|note) ...3 (voor|for|aan|to) (mijn|mn|my) (moeder|vader|ouders|ma|pa|mama|papa|mom|mum|dad|parents|familie|family|zus|broer|sister|brother) ...8 (station|spoor|spoorlijn|brug|dak|bridge|tracks|roof|flat)
suicide  (geen|gn|gen) (reden|zin|nut|doel|reeden) ...3 @leven
suicide  @leven (heeft|heef|heb|hebt|is) (geen|gn|gen) (zin|nut|doel|waarde|zinn)
suicide  @leven (is)? (zinloos|waardeloos|nutteloos|zinloss|doelloos)
suicide  @leven is (niks|niets|nix) (waard|meer waard)
suicide  (leven|levn|leve) (zat|moe|beu|spuugzat|kotsbeu|meer dan zat)
suicide  klaar met (het|t|mijn|mn|me|dit)? @leven
suicide  weg (uit|van) (dit|het|t|mijn|mn|me)? leven
suicide  zie (het|t|et|alles)? (leven)? (echt|gewoon|gwn|egt|totaal|helemaal|ook|al)? @niet @meer (zitten|zite|ziten|zitte|zitn)
suicide  (verdwijnen|verdwijne|oplossen) (voor altijd|voorgoed|voor goed|forever)
suicide  (voorgoed|voor goed|voor altijd) (verdwijnen|verdwijne|weg|slapen|gaan slapen)
suicide  nooit (meer)? (geboren|gebore)
suicide  (denk|dacht|denken|gedachte|gedachten|gedachtes|fantaseer) ...3 (doodgaan|sterven|dood te gaan|dood wil|dood willen)
suicide  afscheid ...2 van (iedereen|alles|jullie|t leven|het leven|mijn leven|leven|mijn vrienden|mn vrienden|mijn familie|mn familie|mijn ouders|mn ouders)
suicide  afscheid ...8 (dood|doodgaan|sterven|zelfmoord)
suicide  (leven|levens) (beeindigen|beindigen)

# ---------------------------------------------------------------- suicide (en)
suicide  (want|wanted|wnt|wamt|wish|ready|planning|plan|trying|need) (to|2|too|t) (die|dye|dei)
suicide  (wanna|wana|tryna|wish) (die|dye|dei)
suicide  (kill|kil|killing|kiling|end|ending|hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|overdose|unalive|unaliving|off|offing|murder|k1ll) (my|mi)? @myself
suicide  (kms|kmss|kmsss|killmyself|kilmyself)
suicide  (kill|kil|killing|end|ending|hang|hanging|hanged|shoot|drown|poison|overdose|unalive|unaliving|off|hurt|hurting|cut|cutting|harm|harming) (himself|herself|themselves|themself|hisself)
suicide  kill me ...1 (now|pls|please|plz|plss|already|rn)
suicide  (just|pls|please|plz|someone|somebody|god) kill me
suicide  end it (all|al|tonight|today|now|forever|soon)
suicide  end (my|mine|mah) (own)? (life|lif|live|existence)
suicide+ingested  (take|taking|took|taken) my (own)? life
suicide  (unalive*|un alive|sewerslide|sewer slide|self delete|self deleting|selfdelete|suicidal|suicidial|suicdal)
suicide  (no|any|not) (reason|point|purpose) ...3 (live|living|liv|alive|life|existing|exist)
suicide  point (of|in|to) (living|life|being alive|existing|going on|live)
suicide  (want|wish|need|wanna) (it|everything|this|life) (all)? (to|2)? (end|stop|be over)
suicide  (sleep|slapen|slaap) (forever|for ever|voor altijd|voorgoed|voor goed|eternally)
suicide  (dont|dnt|didnt|doesnt|not|don|donot|dun) (want|wanna|wana|wnt) (to|2)? (live|liv|exist|wake|be alive|be here|go on)
suicide  (dont|dnt|not|don) (want|wanna|wana) (to|2)? be (alive|here|around) (anymore|any more|no more)?
suicide  (better|beter) off (dead|without me|withou me)
suicide  rather (be dead|die|not exist|not be here|not be alive|not live|not wake up|just die)
suicide  (nobody|noone|no one|no body) ...3 (miss|misses|care|cares|notice) (me|if)
suicide  (if|when|als) (i|im|ik) ...3 (disappear|disappeared|vanish|vanished|gone|die|died|dead|weg|verdwijn|verdwenen|dood) ...3 (nobody|noone|no one|niemand) ...2 (care|cares|notice|miss|missen|merken|merkt|missen)
suicide  wish ...3 (dead|never born|wasnt born|not born|never existed|didnt exist|had never been born)
suicide  wish ...3 (never|wasnt|not|hadnt) ...2 (born|existed)
suicide  (cant|cannot|can not) (go on|carry on) $
suicide  (cant|cannot|can not) (go on|carry on) (like this|anymore|any more|living)
suicide  (cant|cannot|can not) live like this
suicide  (too|to|2) many (pills|meds|tablets|sleeping pills|paracetamol)
suicide+ingested  (all|whole|bottle|bunch|handful|lots|box) ...3 @pillsen ...3 (take|taking|took|swallow|swallowed|taken|down|downing)
suicide+ingested  (take|taking|took|swallow|swallowing|swallowed) (all|a bottle|a box|a handful|every) ...2 @pillsen
suicide  (jump|jumping|jumped|throw myself) (off|of|from) ...2 (bridge|building|roof|balcony|cliff|window|tower|car park|parking garage)
suicide  front of (a|the)? (train|truck|bus|metro|tram|car)
suicide  (suicide|goodbye|suicidal) (note|letter|letters|notes)
suicide  disappear (forever|for ever|for good|permanently)
suicide  (disappear|vanish|run away|leave|go away) ...4 never (come back|return|be back)
suicide  (worth|wort|worthh) (living|livin|it anymore)
suicide  (pills|meds|tablets|pill) ...2 (saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting)
suicide  never wake up
suicide  (slit|slitting|cut|cutting) ...1 (wrist|wrists|veins)
suicide  (thinking|thoughts|think|thought|fantasize|fantasizing) ...3 (dying|killing myself|ending it|ending my life)

# ---------------------------------------------------------------- self-harm (nl)
selfharm  (zelfbeschadig*|zelfverwond*|automutil*|zelfbeschading*|zelf beschadigen|zelf verwonden|zelfbeschadigen|zelfverwonden)
selfharm  (snij|snijd|snijden|snijde|snijdt|gesneden|gesnede|sneed|snee|kras|krassen|krasse|krast|gekrast|brand|branden|gebrand|sla|slaan|bijt|bijten|cut|cutten|gecut) ...1 @mezelf
selfharm  (snijdt|snijd|snijden|krast|krassen|cut|brandt|slaat) (zichzelf|zich|zhzelf)
selfharm  @mezelf ...2 (gesneden|snijden|snij|gekrast|krassen|kras|verwond|verwonden|beschadigd|beschadigen|gebrand|branden|gecut|cutten)
selfharm  @mezelf ...3 (bloedt|bloeden|bloedde|bloed|bloede)
selfharm  (myself|me) ...1 (until|till|til|untill) (i|it) (bleed|bleeds|bled)
selfharm  @mezelf (straffen|straf|gestraft|verwonden|verwond|verbrand|verbranden|verbrandt|gebrand)
selfharm  (sneetjes|sneden|snijwonden|snijwondjes|wondjes|brandwonden|krassen|krasjes|sneeen) (in|op|aan) (mijn|mn|me|m) (arm|armen|benen|been|pols|polsen|dijen|bovenbenen|buik|huid|heupen)
selfharm  (sla|bonk|bonken|slaan|beuk|beuken|bons) (mijn|mn|me|m) (hoofd|kop) (tegen|op)
selfharm  (bang|banging|hit|hitting) my head (against|on|into)
selfharm  @mezelf ...4 (mes|mesje|messen|scheermes|scheermesje|schaar|aansteker|naald|passer)
selfharm  @mezelf ...1 (expres|opzettelijk|express|met opzet)? (pijn|pyn|pijnn)
selfharm  (expres|opzettelijk|express|met opzet) ...2 (pijn|gesneden|gekrast|gebrand|verwond|snijden|krassen)
selfharm  @mezelf (pijn|pyn|pijnn) (doen|doe|gedaan|te|aan|aandoen|aandoe)?
selfharm  (snij|snijd|snijden|snijde|gesneden|kras|krassen|krasse|gekrast|sneed|cut|cutten|gecut|opengekrast|opengesneden|snijdt|krast) ...3 (arm|armen|pols|polsen|benen|bovenbenen|dijen|dij|huid|buik|heupen|enkels)
selfharm  (arm|armen|benen|bovenbenen|dijen|huid|polsen) ...3 (opengesneden|opengekrast|opensnijden|openkrassen|vol krassen|vol sneden|kapotgesneden|kapotgekrast|krassen|sneetjes|gesneden|gekrast)
selfharm  (arm|armen|benen|bovenbenen|dijen|huid) (zitten|zit|staan|staat|zijn|is)? (vol|onder) (krassen|sneden|sneetjes|littekens|wonden)
selfharm  (weer|opnieuw|stiekem|soms|vaak|elke|iedere|altijd) (dag|avond|nacht)? (aan)? (het|t)? (snijden|krassen|gekrast|gesneden|gesnede|cutten|gecut)
selfharm  @ik (snij|snijd|kras|krast|cut) (me|myself)? (weer|nog|opnieuw|sinds|al|elke|iedere|soms|vaak|stiekem|mezelf|mijzelf)
selfharm  @mezelf ...2 (geslagen|gekrabd|gebeten|gestompt|blauwe plekken)
selfharm  @ik (heb|hb|ben)? (weer|opnieuw|gewoon|stiekem)? (kras|krast|krastte|gekrast|krassen|gecut|cutten|cut)
selfharm  (ben|was|ga|begin|begonnen) ...2 (aan het|aan t)? krassen
selfharm  (begonnen|begon|gestopt|stoppen|stop|begin|beginnen|weer) met (snijden|krassen|cutten|zelfbeschadiging)
selfharm  (mesjes|mesje|scheermesje|scheermesjes|scheermes|glasscherf|scherf) ...4 (arm|armen|benen|huid|pols|polsen|mezelf|krassen|snijden)

# ---------------------------------------------------------------- self-harm (en)
selfharm  (self harm*|selfharm*|self harming|self injury|self injuring|selfinjury|self mutilation|self mutilate)
selfharm  (cut|cutting|cuts|burn|burning|burnt|burned|hurt|hurting|harm|harming|scratch|scratching|punish|punishing|punched|hit|hitting) @myself
selfharm  (started|start|been|keep|kept|stop|cant stop|relapsed|back to) (cutting|harming)
selfharm  cutting again
selfharm  (cut|cutting|cuts|scratch|scratching|carve|carving|burn|burning) ...2 (my)? (wrist|wrists|arm|arms|leg|legs|thigh|thighs|skin|hips|stomach)
selfharm  (arms|legs|thighs|wrists) ...3 (full of|covered in)? (cuts|scars|scratches)

# ---------------------------------------------------------------- danger (nl)
danger  (hij|zij|ze|die|iemand|men|hem|jongen|man|jongens|mannen|gast|gasten) (slaat|sloeg|slaan|schopt|schopte|stompt|stompte|wurgt|wurgde|bedreigt|bedreigde|mishandelt|achtervolgt|achtervolgde|volgt|stalkt|steekt) (me|mij|ons)
danger  (hij|zij|ze|iemand|men) (me|mij|ons) ...1 (slaat|sloeg|slaan|schopt|wurgt|bedreigt|vermoordt|vermoord|vermoorden|doodmaakt|doodmaken|afmaakt|afmaken|steekt|neersteekt|neerschiet|achtervolgt|geslagen|geschopt|gewurgd|bedreigd|gestoken|pijn)
danger  (hij|zij|ze|iemand|men) (heeft|had|hebben|hadden|heb) (me|mij|ons) ...1 (geslagen|geschopt|getrapt|gewurgd|bedreigd|gestoken|neergestoken|pijn|vastgehouden|vastgebonden|opgesloten|mishandeld|in elkaar|achtervolgd|ontvoerd)
danger  (hij|zij|ze|iemand|men|hem) (doet|deed|gaat|wil|wilt|heeft|dreigt|dreigde) (me|mij|ons) ...1 pijn
danger+sextortion  (word|wordt|werd|ben|wrd) @ik ...5 (geslagen|geslage|geschopt|getrapt|gewurgd|mishandeld|bedreigd|achtervolgd|gestalkt|ontvoerd|opgesloten|vastgehouden|neergestoken|gechanteerd|afgeperst|aangevallen|opgewacht|misbruikt|verkracht|aangerand|betast)
danger+sextortion  @ik (word|wordt|wor|werd|ben|wrd|wordn|wort|worden) ...5 (geslagen|geslage|geschopt|getrapt|gewurgd|mishandeld|bedreigd|bedreigt|achtervolgd|achtervolgt|gestalkt|gestalked|ontvoerd|opgesloten|vastgehouden|vastgebonden|neergestoken|gechanteerd|gechanteert|afgeperst|gedrogeerd|aangevallen|opgewacht|gegijzeld|in elkaar)
danger  (me|mij|ons) ...1 (vermoord|vermoordt|vermoorden|vermoorde|doodmaakt|doodmaken|dood maken|doden|doodt|killt|killen|neersteken|neersteekt|neerschieten|neerschiet|doodsteken|doodschieten|wurgen|ontvoeren|opwachten)
danger  (vermoord|vermoordt|vermoorden|vermoorde|doodt|killt|killen) (me|mij|ons)
danger  (bedreigt|bedreigd|bedreigen|bedreigde|bedreig|dreigt|dreigde|bedreigt) ...2 (me|mij|ons|mn|mijn)
danger  (bedreigt|bedreigd|bedreigen|bedreigde|dreigt|dreigde|zwaait|zwaaide|richt|richtte) ...4 (mes|messen|pistool|wapen|vuurwapen|gun|knife|schaar|bijl|mesje)
danger  @dader ...4 met (een|n|zn|zijn|z)? (mes|messen|pistool|wapen|vuurwapen|gun|knife|bijl|honkbalknuppel)
danger  (mes|messen|pistool|wapen|vuurwapen|gun|knife|schaar|bijl) ...3 (op|tegen|naar) (me|mij|ons|mijn keel|mn keel|m keel|keel)
danger  @dader ...3 (mes|messen|pistool|wapen|vuurwapen|bijl) ...1 (getrokken|gepakt|pakt|trekt|gehaald|trok|pakte|gericht|bij zich)
danger  (loopt|liep|lopen|liepen|rijdt|reed|rijden|fietst|fietste|fietsen|komt|kwam|komen|volgt|volgen|volgde|zit|zat|zitten|rent|rende|rennen) ...5 achter (me|mij|ons) aan
danger  (hij|zij|ze|iemand|@familie) ...3 (iets|wat) (aandoet|aandoen|aandeed|aan doet|aangedaan|aan te doen)
danger  (me|mij|ons) (willen|wil|wilt|gaan|gaat|komen|komt|dreigen|dreigt) (slaan|pakken|afmaken|steken|neersteken|vermoorden|doodmaken|ontvoeren|verkrachten|in elkaar slaan|neerschieten)
danger  (die|dat|wie) (me|mij|ons) ...1 (bedreigt|bedreigde|slaat|sloeg|achtervolgt|achtervolgen|stalkt|vermoorden|vermoordt|wurgt|slaan|volgt|volgen|volgde|volgden)
danger  (me|mij|ons) ...2 (bedreigt|bedreigde|bedreigen|bedreigd)
danger  (zit|zitten|zat|ben|word|werd|sta|wordt) ...1 (opgesloten|vastgebonden|gegijzeld|vastgehouden)
danger  (inbreker|inbrekers|ingebroken|inbraak) ...3 (huis|binnen|beneden|nu|hier|kamer)
danger  (wordt|word|worden) ...2 ingebroken
danger  in elkaar (slaan|slaa|geslagen|trappen|getrapt|schoppen|geschopt|slaat|trapt)
danger  (neergestoken|neergeschoten|doodgestoken|doodgeschoten|neersteken|neerschieten|doodsteken|doodschieten|schietpartij|steekpartij)
danger  (ik|k|we|wij|hij|zij|ze|vriend|vriendin|vriendinnetje|zus|zusje|broer|broertje|@moeder|@vader|iemand|kind|baby|kinderen) ...3 in (gevaar|levensgevaar|gevaarr)
danger  (ben|bn|voel|zit) ...2 @niet (veilig|veillig|velig)
danger  (voel|ben|bn) ...2 (onveilig|onveillig|bedreigd)
danger  (help|helpp|hulp) ...2 (word|wordt|wor|ben) ...2 (geslagen|bedreigd|achtervolgd|gevolgd|aangevallen|ontvoerd|opgesloten|verkracht|aangerand)
danger  (ik|k|we|wij) (word|wordt|worden|werd|ben) (gevolgd|gevolgt) (door|sinds)
danger  (achtervolgt|achtervolgen|achtervolgde|stalkt|stalken|stalkte|volgt|volgen) (me|mij|ons) (al|steeds|overal|sinds|naar|tot|door)
danger  (bel|bellen|call|belle) (112|911|de politie|politie|police|the police|t politie)
danger  (112|911|politie) (bellen|bel|gebeld|belle|gebelt)
danger  (gaan|willen|komen|gaat|komt|dreigen|dreigt) (me|mij|ons) (pakken|afmaken|neersteken|steken|slaan|vermoorden|doodmaken|ontvoeren)
danger+sextortion  (gechanteerd|gechanteert|chanteert|chanteren|chantage|afgeperst|afpersen|sextortion|sextortie)
danger  iemand in (mijn|mn|ons|me|het|t)? (huis|kamer)
danger  (jezelf|jezelluf|urself) ...2 (ophangen|doodmaken|dood|vermoorden|afmaken|van kant|opknopen|iets aandoen)
danger  (kys|kill yourself|kill urself|kill ur self|kill yourselves|kill ursel|kill yaself|k y s)

# ---------------------------------------------------------------- danger (en)
danger  (he|she|they|someone|somebody|man|guy|guys|boyfriend|bf|girlfriend|gf|him|people|gang|stranger|he's|hes|shes|theyre) ...2 @hit_en (me|us)
danger  (he|she|they|someone|somebody|man|guy|guys|stranger|people|hes|shes|theyre|car) ...2 (following|follows|followed|chasing|chased|stalking|stalks|stalked) (me|us)
danger  (im|am|are|were|is|iam|i) ...1 in (danger|danget|dnager)
danger  (im|am|feel|iam|i) ...1 (not|nt) (safe|sfe)
danger  (im|am|feel|iam|i) ...1 unsafe
danger  (dont|do not|didnt|never|dnt|not) (feel|feeling) safe
danger  (would|wud|wld|gonna|going|will|wil|wants|want|tryna|trying|threatened|threatening|threatens|threaten|hed|hel|shed|shel|said|says) ...1 (kill|kil|hurt|stab|shoot|murder|beat|strangle|choke|rape|kidnap) (me|us)
danger  (threatening|threatens|threatened|threaten) (me|us)
danger+sextortion  (being|getting|got|been|was|get|were) (beaten|beat up|abused|followed|stalked|threatened|attacked|kidnapped|stabbed|choked|strangled|trafficked|assaulted|blackmailed|sextorted|jumped)
danger  (he|she|someone|somebody|they|man|guy|stranger|people|guys|men) ...5 (has|have|had|got|pulled|holding|with) (a|an)? (knife|gun|weapon|blade|knives|guns)
danger  (locked|locks|lock|trapped|trap) (me|us) (in|inside|up)
danger  (call|calling|called) (911|112|the police|police|cops)
danger  (broke|breaking|broken|break|breaks) into (my|our|the) (house|home|room|flat|apartment)

# ---------------------------------------------------------------- abuse at home / sexual (nl)
abuse  @familie ...1 @hitnl ...1 @victim
abuse  @familie ...1 @hitnl $
abuse  @familie ...1 (@victim) ...1 @hitnl
abuse+sexual  @familie ...1 (@victim) ...2 (geslagen|geschopt|getrapt|gewurgd|mishandeld|misbruikt|betast|aangerand|verkracht|bedreigd|pijn)
abuse  @familie ...6 (slaat|sloeg|slaan|schopt|schopte|stompt|wurgt|wurgde|mishandelt|trapt) (me|mij|ons|@moeder|@vader|broertje|zusje|mn|mijn)
abuse  (gooit|gooide|smijt|smeet|gooien) (met)? ...3 naar (me|mij|ons|mijn|mn|@moeder|@vader)
abuse  aan (me|mij|mijn lichaam|mn lichaam) (zitten|zit|zat|te zitten|gezeten)
abuse+sexual+sextortion  (moet|moest|moeten) van (hem|mijn|mn|me|m|zijn|hun|haar) ...3 (seks|sex|neuken|pijpen|naakt|nudes|naaktfotos|naaktfoto)
abuse+sexual  (seks|sex|neuken|pijpen) ...5 (geld|betaling|betaald|betalen)
abuse  @familie ...1 @sexnl
abuse  (hij|zij|ze|die|iemand|man|jongen|hem) ...1 @sexnl (me|mij|ons)?
abuse+sexual  door (mijn|mn|me|m|de|die)? @familie (aangeraakt|betast|aangerand|misbruikt|geslagen|geschopt|mishandeld|verkracht|bedreigd|opgesloten|gewurgd|gestraft met slaan)
abuse  (sluit|sluiten|sloot|sloten|sluite) (me|mij|ons) (op|in|buiten)
abuse  (threw|throws|throwing|throw|thrown) ...3 at (me|us)
abuse+sexual  (geslagen|geschopt|getrapt|gewurgd|mishandeld|misbruikt|betast|aangerand|verkracht|bedreigd|opgesloten|vastgebonden) door (mijn|mn|me|de|die|m|mijne)? @familie
abuse+sexual  (word|wordt|werd|ben|worden|wrd|is|was|wordn|zijn) ...2 (misbruikt|mishandeld|verkracht|aangerand|betast|bepoteld|gemolesteerd)
abuse+sexual  (verkracht*|aangerand|aanrand*|aanrandig|incest|loverboy*|kindermishandeling|mishandeling|mishandeld|gemolesteerd|molesteert|molesteren)
abuse+sexual  (seksueel|sexueel|sexueel|seksuele|sexuele|seksueele) (misbruik*|misbruikt|geweld|lastiggevallen|intimidatie|overschrijdend|aangerand)
abuse  (huiselijk|huiselyk|huislijk) geweld
abuse  geweld (thuis|in huis|bij ons thuis|in ons gezin|in het gezin)
abuse+sexual  thuis ...2 (geweld|mishandeld|geslagen|misbruikt|onveilig)
abuse  thuis (is|voelt|voel|was)? ...1 @niet (veilig|velig|veillig)
abuse  @niet veilig (thuis|in huis|bij mijn|bij mn|bij me)
abuse  (onveilig|onveillig) (thuis|in huis)
abuse  (durf|durft|durven|durfde|durfden) @niet ...3 (huis|thuis|huiss)
abuse  (bang|angst|angstig|doodsbang) (om|voor|van)? (naar)? (huis|thuis) (te gaan|gaan|komen|te komen)?
abuse  (bang|angst|angstig|doodsbang) (voor|van) (mijn|mn|me|m|de|die)? (@vader|@moeder|ouders|broer|oom|stiefvader|stiefmoeder|opa)
abuse  (comes|came|coming|sneaks|sneaking|snuck|gets) (into|in) (my|me) (room|bed)
abuse  (komt|kwam|komen|sluipt|sloop) ...3 (s nachts|snachts|nachts|in de nacht|midden in de nacht) ...3 (kamer|bed)
abuse  (zit|zat|zitten|zaten|komt|kwam) (steeds|altijd|weer|vaak|snachts|nachts)? aan (me|mij|mijn lichaam|mn lichaam|m'n lichaam)
abuse  (raakt|raakte|raken|aangeraakt|aanraken) (me|mij) ...2 aan
abuse+sexual  (ongewenst|ongewenste|ongewenste) (aangeraakt|aanraken|aanraking*|betast|seks|intimiteit)
abuse+sexual+sextortion  (dwingt|dwong|gedwongen|dwingen) ...3 (seks|sex|neuken|pijpen|naakt|nudes|naaktfoto*|uitkleden|aanraken)
abuse+sextortion  (nudes|naaktfoto*|naakt foto*|naaktfotos|naaktfilmpje*|sexting) ...4 (verspreiden|verspreid|delen|gedeeld|online|dreigt|dreigde|chanteert|iedereen|posten|gepost|doorgestuurd|rondgestuurd)

# ---------------------------------------------------------------- abuse at home / sexual (en)
abuse  @fam_en ...2 @hit_en (me|us|my|mom|mum|dad|sister|brother|mommy)
abuse+sexual  @fam_en ...2 (abuses|abused|abusing|rapes|raped|molests|molested|touches|touched|touching|grooms|groomed|beats|beat up) (me|us|my)
abuse  (abusive|abuser|abusers)
abuse  (sexual|sexually|domestic|child|physical|physically|emotionally) (abuse|abused|assault|assaulted|violence|abusive)
abuse  (abuse|abused|violence|unsafe|beaten) (at)? home
abuse  (not|never|dont feel|dont) safe (at|in)? (home|my house|house)
abuse  (scared|afraid|terrified|frightened|scare) ...2 (go|going|come|coming)? home
abuse  (scared|afraid|terrified|frightened) of (my)? @fam_en
abuse+sexual  (rape|raped|rapes|rapist|rapists)
abuse  raping (me|us|her|him|my)
abuse+sexual  (he|she|they|someone|somebody|man|guy|uncle|teacher|coach) ...1 (touches|touched|touching|keeps touching|molests|molested|grooms|groomed) (me|my)
abuse  (molest*|incest|grooming me|groomed me)
abuse+sexual+sextortion  (forced|forces|force|forcing|pressured|pressures|pressuring) (me)? ...2 (sex|nudes|naked|undress|suck|blowjob)
abuse+sextortion  (nudes|nude|naked pics|naked pictures|naked photos|naked video) ...4 (leak|leaked|share|shared|spread|post|posted|send to everyone|blackmail|blackmailing)

# ---------------------------------------------------------------- homeless (nl)
homeless  (geen|gn|gen) ...1 (slaapplek*|slaapplaats*|onderdak|dak boven|slaapadres|slaap plek|slaap plaats|woonplek|plek om te slapen|verblijfplaats|bed voor vannacht)
homeless  (geen|gn|gen) (plek|plaats|plekje|plaatsje|bed|adres|huis) (om|waar|meer)? ...2 (slapen|slaap|te slapen|overnachten|pitten|maffen|blijven|wonen|heen)
homeless  nergens (om)? (te)? (slapen|slaap|overnachten|pitten|maffen|wonen|blijven)
homeless  (kan|kun|weet|heb|kunnen|mag) ...2 nergens (heen|naartoe|slapen|te slapen)
homeless  waar ...3 @tonight ...3 @sleepnl
homeless  @tonight ...3 (nergens|geen|waar|niks|niets|nix) ...3 @sleepnl
homeless  (niks|niets|nix|geen|nergens) ...1 om te (slapen|slaap|pitten|overnachten|maffen)
homeless  (weet|wet|weeet|weten) @niet (waar|wr|war|waarr) ...4 (slapen|slaap|overnachten|pitten|maffen|blijven|slape)
homeless  (weet|wet|weeet) ...1 @tonight ...1 @niet (waar|wr|war) ...3 (heen|naartoe|slapen|slaap|blijven|pitten)
homeless  (weet|wet|weeet) @niet (waar|wr|war) ...3 (heen|naartoe|blijven) ...2 @tonight
homeless  waar (moet|kan|kun|mag|ga) @ik @tonight? (slapen|slaap|heen|pitten|overnachten|blijven|maffen|naartoe)
homeless  (slaap|slapen|sliep|geslapen|overnacht|overnachten|pit|pitten|maf|maffen|slape) ...5 (straat|park|station|portiek|brug|fietsenstalling|trappenhuis|bankje|bosjes|vreemden|vreemde)
homeless  (woon|wonen|leef|leven|beland|belandt|terecht) op (straat|strat|de straat)
homeless  (sta|staan|stond|stonden) (nu|echt|gewoon|ineens|letterlijk)? op straat $
homeless  (sta|staan|stond|stonden) (nu|echt|gewoon|ineens|letterlijk)? op straat (zonder|want|omdat|sinds)
homeless  op straat (gezet|gegooid|geschopt|getrapt|zetten|gooien|beland|terecht|belandt|leven|wonen|slapen)
homeless  uit (het|t)? huis (gezet|gegooid|geschopt|getrapt|gezette|zetten|gooien|schoppen|trappen|gejaagd|gestuurd|weggestuurd|zet|gooit)
homeless  (huis|thuis) ...1 (uitgezet|uitgegooid|uitgeschopt|uitgetrapt|weggestuurd|weggejaagd)
homeless  (deur|huis) uit (gezet|gegooid|geschopt|getrapt|gezette|gestuurd|gejaagd)
homeless  (deur|huis) (uitgezet|uitgegooid|uitgeschopt|uitgetrapt|uitgezette)
homeless  (@familie|thuis) ...4 eruit (gegooid|gezet|geschopt|getrapt|gooien|gooit|gooide|zette|zetten|schopt|schopte|gejaagd)
homeless  eruit (gegooid|gezet|geschopt|getrapt) ...4 (thuis|huis|@familie|nacht|vannacht)
homeless  (buitengezet|buiten gezet|buitengeschopt|buiten geschopt)
homeless  (daklos|dakloze|thuislos|thuisloze|daklozen opvang|daklozenopvang|nachtopvang|noodopvang|crisisopvang)
homeless  (weggelopen|weglopen|wegloop|weggerend|gevlucht|vluchten|weg gelopen|weggegaan) ...2 (van huis|thuis|huis)
homeless  (van huis|thuis|huis) ...1 (weggelopen|weglopen|weggerend|gevlucht|weg gelopen)
homeless  mag @niet @meer naar huis
homeless  @niet @meer (thuis|naar huis|in huis) (mag|mogen|kan|kun|mocht) (komen|wonen|slapen|blijven)?
homeless  (zwerf|zwerven|zwierf|gezworven|zwerft) ...2 (straat|straten|buiten)
homeless  mag @niet @meer (thuis|in huis|bij mijn ouders|bij mn ouders|bij me ouders) (wonen|slapen|komen|blijven)
homeless  (zoek|zoeken|nodig|zoekt) ...3 (slaapplek*|slaapplaats*|onderdak|nachtopvang|noodopvang|plek om te slapen|bed voor vannacht)
homeless  (slaapplek*|slaapplaats*|onderdak|plek om te slapen) ...3 (nodig|zoek|zoeken)
homeless  (nachten|nacht|dagen|weken|week) (buiten|op straat) (geslapen|slapen|sliep|geslaapt|doorgebracht)
homeless  (moet|moest|moeten) @tonight? (buiten|op straat) (slapen|slaap|pitten|overnachten)

# ---------------------------------------------------------------- homeless (en)
homeless  nowhere (to|2)? (sleep|go|stay|live|sleeep)
homeless  (no|dont have a|dont have any|not have a) (place|where|bed|roof) (to|2|over)? (sleep|stay|go|live|my head)
homeless  (homeless|homless|homeles|houseless)
homeless  (parents|mom|mum|dad|mother|father|stepdad|stepmom|family|stepfather|stepmother) ...3 (kicked|threw|thrown|kick|throw|chucked|kicking|throwing) (me)? out
homeless  (kicked|thrown|chucked|put|thrown) out (of)? (the|my|our)? (house|home|place)
homeless  (sleep|sleeping|slept|sleeps) ...3 (street|streets|park|rough|station|bench|outside tonight)
homeless  where ...3 (sleep|stay) tonight
homeless  (sleeping|living|staying|sleep|slept) in (my|a|the|our|mums|moms|dads) car
homeless  (ran|run|running|runaway|running) away ...2 home
homeless  on the (streets|street) (now|tonight|since)

# ---------------------------------------------------------------- suicide: medicine or poison taken
# Taking medicine is everyday; taking a lot of it, a household poison, or
# feeling strange after it is not. Medical questions ("hoeveel mag ik") and
# "tegen hoofdpijn" are exceptions above.
suicide+ingested  @many ...3 @meds ...4 @ingested
suicide+ingested  (zit|zat|sit|sitting|lig|sta|im) ...5 (met|with) (alle|all) (de|the|mijn|my|mn)? @meds
suicide+ingested  @ingested ...2 @many ...3 @meds
suicide+ingested  @meds ...3 @many ...2 @ingested
suicide+ingested  <5+> ...2 @meds
suicide+ingested  @meds ...1 <5+>
suicide+ingested  @chem ...3 (gedronken|opgedronken|ingeslikt|geslikt|gegeten|ingenomen|genomen|drinken|drink|dronk|slikken|drank|drunk|swallowed|swallow|ate|drinking|eaten|opgegeten|op)
suicide+ingested  (gedronken|ingeslikt|geslikt|gegeten|dronk|slikte|drank|drunk|swallowed|ate|drink|drinken) ...4 @chem
suicide+ingested  (slok|slokje|sip|glas|glass|bottle|fles|beetje|wat) ...2 @chem
suicide+ingested  (took|taken|swallowed|popped|downed|ate|had) ...2 (whole|all|entire|rest) ...2 (prescription|prescriptions|presciption|perscription)
suicide+ingested  @meds ...6 @odd
suicide+ingested  @odd ...6 @meds
suicide+ingested  (voel|voelt|voelde|feel|feeling|ben|im) ...3 @odd ...5 (genomen|ingenomen|geslikt|gedronken|took|taken|swallowed|drank|pillen|pills)
suicide+ingested  (genomen|ingenomen|geslikt|gedronken|took|taken|swallowed|drank) ...6 (voel|voelt|feel|feeling|ben|im|zie|gaat|doet) ...3 @odd
suicide+ingested  (genomen|ingenomen|geslikt|took|taken|swallowed) ...6 (hart|heart|oren|ears|maag|stomach|buik|keel) ...3 (snel|fast|suizen|suist|ringing|pijn|hurts|brandt|burns|racing)
suicide  (hoeveel|how many|how much|welke|which|what) ...4 (@meds|@chem) ...5 (dood|dodelijk|doodgaan|sterven|die|dead|lethal|kill|fatal|overdose|od|wakker|wake)
suicide  (dodelijke|lethal|fatal|deadly) (dosis|dose|hoeveelheid|amount)
suicide+ingested  (de|die|mn|mijn|my|the|those|these|al|all|alle) @meds ...2 (al|allemaal|all)? (genomen|ingenomen|geslikt|op|opgegeten|taken|took|swallowed) ...3 (sorry|te laat|too late|vaarwel|goodbye|bye|dag|doei|raar|weird|strange)
suicide+ingested  (iets|wat|something|stuff|shit|spul) (genomen|ingenomen|geslikt|gedronken|took|taken|swallowed|drank) ...5 (dood|doodgaan|sterven|die|raar|weird|strange|wakker|wake|stoppen|stop|ophouden)
suicide+ingested  (iets|wat|something) ...1 (genomen|ingenomen|geslikt|ingeslikt|taken|took|swallowed) ...8 (raar|vreemd|weird|strange|duizelig|dizzy|misselijk|sick)
suicide+ingested  (voel|feel) ...3 @odd ...3 (iets|wat|something) ...2 (genomen|ingenomen|geslikt|took|taken)
suicide  (to|om) ...2 (make|maken|laten) ...1 (it|het|alles) (stop|stoppen|end|ophouden)
suicide+ingested  (od|odd|oded|overdosed|overdosing|overdose)
suicide+ingested  (te|too|way|veel|much) (veel|many|much|too)? ...1 @meds ...4 (met opzet|expres|on purpose|express|opzettelijk|deliberately)
suicide+ingested  (met opzet|expres|on purpose|opzettelijk) ...4 (@meds|@chem|te veel|teveel|too many|too much)
suicide  (gespaard|verzameld|saved|opgespaard|hoarded|stockpiled) ...4 (genomen|ingenomen|geslikt|took|taken|op)
suicide+ingested  @meds (en|and|met|with) (alcohol|wodka|vodka|drank|wijn|bier|booze|wine)
suicide+ingested  (alcohol|wodka|vodka|drank|booze) (en|and|met|with) @meds
suicide+ingested  @meds ...4 (door elkaar|tegelijk|at once|all at once|in een keer|in 1 keer|in één keer|in een keer)
suicide+ingested  (in een keer|in 1 keer|tegelijk|all at once|at once) ...4 @meds
suicide+ingested  (hele|volle|whole|full|entire) (doos|strip|potje|pot|fles|flesje|bottle|box|pack|packet|voorraad) ...3 (leeg|op|leeggeslikt|opgemaakt|leeggemaakt|empty|emptied|genomen|ingenomen|geslikt|gedronken|took|swallowed|drank)
suicide+ingested  (leeggeslikt|leeggemaakt|leeggegeten) $
suicide+ingested  (doos|doosje|doosjes|strip|strips|potje|fles|flesje) ...3 (leeg|leeggeslikt|leeggemaakt|opgemaakt)
suicide  (achterover|naar binnen) (geslagen|gewerkt|gegooid)
suicide+ingested  @meds ...3 (opgegeten|leeggegeten|gegeten|eaten|ate)

# ---------------------------------------------------------------- suicide: a plan with a time
suicide  @when ...3 (doe|ga) @ik het (doen)? $
suicide  @when ...3 (doe|ga) @ik het (echt|echt echt|gewoon|wallah|wollah|fr)
suicide  @ik (doe|ga) het ...2 @when
suicide  @ik (ga|doe) het (doen)? (na|als|wanneer|zodra|voor) ...5 $
suicide  (na|als|wanneer|zodra) ...5 (ga|doe) @ik het (doen)? $
suicide  @ik ga het (na|als|wanneer|zodra) ...5 doen $
suicide  (na|after|als|when) ...4 (doe|ga|im doing|ill do|im gonna do|gonna do|going to do) (ik het|it) $
suicide  (im|i'm|i am|ill|gonna|going to|will) (doing|do) it (tonight|tomorrow|today|after|when|this|soon|now|tonite)
suicide  (tonight|tomorrow|today|after school|this weekend|tonite) ...3 (im doing it|im gonna do it|ill do it|its happening|it happens|is the night|is the day)
suicide  (tonight|tomorrow|after school|this weekend|by friday) ...3 (im ending|ill end|i end|ending it|i will be gone|ill be gone|im gone)
suicide  (is|this is|its) (my|mijn) (last|laatste) (night|nacht|avond|evening|day alive|dag op aarde)
suicide  (mijn|mn|my) (laatste) (nacht|avond|dag) $
suicide  (dit|this) is (mijn|mn|my) laatste (nacht|avond|dag|bericht|appje|message|night|day)
suicide  (morgen|tomorrow|maandag|weekend|week|na|after) ...4 (ben|zijn) @ik (er)? @niet @meer
suicide  (ben|zijn) @ik er (morgen|straks|dan|vanavond|vannacht)? @niet @meer $
suicide  @ik ben er (morgen|straks|dan|vanavond|vannacht)? @niet @meer $
suicide  (ben|zijn) @ik er ...2 @niet @meer (voor|bij|om)? ...2 (jullie|niemand|iedereen)?  $
suicide  (wont|will not|wouldnt|not gonna) be (here|around|alive) (tomorrow|anymore|much longer|by|next|after|for long)
suicide  (tomorrow|by|after|next week) ...3 (i wont be|ill be gone|im gone|i will be gone)
suicide  (ben|is) @ik (weg|vertrokken) (voorgoed|voor altijd|voor goed|forever)
suicide  (weg|gone) (voorgoed|voor altijd|voor goed|forever|for good)
suicide  (besloten|beslist|gekozen|decided|picked|chose|chosen) ...4 (datum|dag|day|date|moment|wanneer|when|vannacht|vanavond|tonight|it happens|het gebeurt|ga doen)
suicide  (weet|know) (al)? (hoe en wanneer|how and when|wanneer en hoe|when and how)
suicide  (plan|planning) ...3 (en|and) (een|a)? (datum|date|dag|day)
suicide  (plan|planned) (voor|for) (vanavond|vannacht|tonight|morgen|tomorrow) $
suicide  (touw|rope|strop) ...3 (gekocht|bought|klaar|ready|gehaald|got|hanging)
suicide  (gekocht|bought|got) (een|a) (touw|rope)
suicide  (pillen|pills|mes|knife|touw|rope|mesje) ...2 (klaar|klaargelegd|klaarliggen|klaarleggen|ready|liggen klaar|verstopt)
suicide  (spullen|dingen|kat|hond|things|stuff|cat|dog) ...4 (weggegeven|gegeven|given away|gave away) ...8 (niet meer|er niet|wont be|weg|gone|not be)
suicide  (vaarwel|farewell|goodbye forever|this is goodbye|tot ziens voor altijd|bye forever)
suicide  (zeg|zeggen|say|saying) ...2 (jullie|iedereen|everyone|you all|everybody|all) ...2 (vaarwel|gedag|goodbye|bye|doei)
suicide  (dag|doei|bye|goodbye) (iedereen|allemaal|everyone|all|wereld|world) ...4 (mooi geweest|over|klaar|sorry|ik ga|im going|its over|done|love you|hou van)
suicide  (bedankt|dankje|dankjewel|thanks|thank) (you)? (voor|for) (alles|everything) ...3 (ga|going|dag|bye|goodbye|vaarwel|sorry)
suicide  (sorry|excuses) (voor alles|for everything) ...3 (goodbye|bye|vaarwel|dag|doei|ik ga|i'm going)
suicide  (laatste|last) (keer|time) (dat|that) (jullie|je|you) ...3 (horen|hoort|hear|ziet|see)
suicide  (vinden|find) (ze|they|jullie) (me|mij) (wel)? ...2 (morgen|tomorrow|dood|dead)
suicide  (horen|hoort|hear) ...1 (morgen|tomorrow)? (niks|niets|nothing) (meer)? (van|from) (me|mij)
suicide  (na|after) ...4 (zorgen|worries|worry) ...4 (over mij|about me) (meer)?
suicide  @ik ga @when (naar|to) (de|het|the) (brug|spoor|dak|flat|water|zee|rails|bridge|tracks|roof|sea)
suicide  (ga|gaan|loop|going|walk|walking) ...2 (naar|to|into) (het|de|the) (water|zee|sea|river|rivier|spoor|tracks|brug|bridge) ...4 (niet terug|never come back|kom niet|not come back|never|nooit)
suicide  (loop|lopen|walk|walking) (de|het|the|into the)? (zee|water|sea) (in)?
suicide+ingested  @ingested ...3 (niet meer|never|nooit meer) (wakker|wake)

# ---------------------------------------------------------------- suicide: hopelessness (no word for death)
# Worry and hopelessness are answered as suicide (the crisis answer): recall first.
suicide  wat (heeft|heb|maakt) (het|alles|dit|t|dat|mijn leven|mn leven|het leven) (allemaal)? (nog|uberhaupt|nou) ...1 (voor)? (zin|nut|uit)
suicide  wat (heeft|heb|maakt) (het|alles|dit|t|dat|mijn leven|mn leven|het leven) (allemaal)? (eigenlijk)? (voor)? (zin|nut) $
suicide  wat (heeft|heb) (alles|mijn leven|mn leven|het leven|leven|mijn bestaan) ...2 (voor)? (zin|nut)
suicide  wat (is|s) (het|t|de|nog)? (nut|punt|zin) (nog|eigenlijk|van alles|van het leven|van leven|van bestaan)? $
suicide  (waarom|wrm|waarm) (zou|moet) @ik (nog|eigenlijk|uberhaupt)? ...2 (doorgaan|door gaan|verder|blijven|leven|bestaan|moeite doen|proberen|vechten|opstaan|wakker worden|ademen|ademhalen)
suicide  (waarom|wrm) (besta|leef|ben) @ik (er)? (nog|eigenlijk|uberhaupt|ueberhaupt)
suicide  (waarom|wrm) (besta|leef) @ik $
suicide  @ik (kan|kn|ken|kun) @niet @meer
suicide  @ik (kan|kn|kun) (dit|het|dat|t) (echt|gewoon|gwn)? @niet @meer
suicide  @ik (trek|hou|houd) (het|dit|t|alles) (echt|gewoon|gwn)? @niet (meer|langer)
suicide  (trek|hou|houd) (het|dit|t) (echt|gewoon)? @niet (meer|langer) (vol)?
suicide  (klaar|kaar|klar) met (alles|allesss|alles en iedereen|iedereen en alles|mijn bestaan|dit bestaan|dit allemaal)
suicide  (ben|bn|ik) ...2 (er|ermee) (helemaal|echt|zo|gewoon)? klaar (mee)? ...4 (met alles|alles|leven|ik kan niet|kan niet meer)
suicide  (ben|bn) (het|t) (allemaal|alles|zo|echt)? (zo)? (moe|zat|beu|spuugzat|kotsbeu) $
suicide  (ben|bn) (het|t) allemaal (zo|echt)? (moe|zat|beu)
suicide  (zat|moe|beu) (om te|te) (bestaan|leven|zijn)
suicide  (alles|iedereen) ...1 (mezelf|mijzelf) $
suicide  (wil|wl) (gewoon|gwn|echt|alleen|dat)? (dat)? (het|alles|dit|de pijn) (stopt|ophoudt|stoppen|ophouden|voorbij is|over is)
suicide  (laten|doen) (stoppen|ophouden) ...1 $
suicide  (pijn|het|alles) (moet|moeten) (stoppen|ophouden)
suicide  (baal|haat|vervloek|jammer|teleurgesteld) ...4 (wakker) (word|werd|worden|ben)
suicide  @wil (gewoon|gwn|echt|alleen)? (maar)? verdwijnen $
suicide  (wil|wl) (gewoon|gwn)? weg ...2 (voorgoed|voor altijd|voor goed|forever)
suicide  weg van alles ...3 (voorgoed|voor altijd|voor goed|forever)
suicide  (alles|leven|mijn leven|mn leven|bestaan|het) is (zo|echt|gewoon|toch)? (zinloos|nutteloos|hopeloos|uitzichtloos|pointless|hopeless)
suicide  (niks|niets|nix|nergens|alles) (heeft|heb) (nog|meer|echt)? (zin|nut)
suicide  (het|alles|niks) (heeft|had) (allemaal)? (geen|gn) (zin|nut) (meer|nog)
suicide  (last|blok aan het been|burden) (voor|voor iedereen|to everyone|on everyone|for everyone|to my family|to everybody)? $
suicide  (ben|bn|im|am|like) ...2 (een|n|a)? (last|burden) (voor|to|for|on) (iedereen|jullie|everyone|everybody|my|de|the|mijn|mn)
suicide  (maakt|maakte|matters) ...2 (niet|nie|not) ...1 (uit|matter)? ...1 (of|if) @ik (er)? (ben|besta|leef|exist|live|am here|alive)
suicide  niemand ...3 (merken|merkt|missen|mist|zou) ...3 (als|dat) @ik (weg|dood|er niet|er niet meer|verdwijn)
suicide  (geen|gn|geeen) (toekomst|hoop|uitweg|perspectief) (meer)? $
suicide  (geen|gn) (toekomst|hoop|uitweg) meer
suicide  (er is|is er|heb|zie) ...1 (geen|gn) (enkele)? (hoop|toekomst|uitweg|reden) ...2 (meer|om door te gaan|om te blijven|om verder)
suicide  (geen|gn) (enkele)? (reden|zin) (meer)? om (door|verder) te (gaan|leven)
suicide  (hoeft|hoef|hoefde) ...3 @niet (meer|meeer) $
suicide  (voor mij|voor mn|voor me) (hoeft|hoef) ...3 (niet|nie) (meer)
suicide  (genoeg|te veel|teveel) (geleden|pijn gehad|meegemaakt) $
suicide  (1|een|één|enige|1ne) (manier|uitweg|oplossing) ...4 (stoppen|ophouden|weg|eruit|uit)? $
suicide  (enige|only|one) (oplossing|uitweg|manier|way out|solution)
suicide  (kom|komen|raak|raken) (er|hier)? (nooit|never) (meer)? (uit|uitkomen|beter)
suicide  (wordt|word|gaat|komt) (nooit|never) (meer)? (beter|goed|oké|oke|better|okay)
suicide  (kan|kun) @niet (meer)? (tegen|aan) (dit|het|mijn|mn|m) (leven|bestaan)
suicide  @leven (is|zijn) (een|n)? (hel|kapot|ruine|puinhoop|nachtmerrie)
suicide  (niks|niets|nix|niemand) (meer)? (om|waarvoor|waar ik) (voor)? (te)? (leven|live|voor leef)
suicide  (nog|nog maar)? (1|een|één) (slechte|kut|rot) (dag|week|keer) ...2 (en|dan) @ik (ben)? (weg|klaar|stop|ermee)
suicide  (stop|stopt|kap|kappen) (ermee|er mee|met alles) $
suicide  @wil (er)? @niet @meer (bij) (zijn|horen)
suicide  (sorry|srry|sry) (mam|mama|ma|pap|papa|pa|mom|mum|dad|iedereen|everyone|allemaal) ...3 (kan|cant|can't|niet meer|anymore|klaar|done|vaarwel|goodbye)
suicide  (wat maakt het|wat maakt t) (nog)? uit ...3 (niks waard|waardeloos|niemand|toch)
suicide  (ben|bn|voel) ...2 (niks|niets|nix) waard
suicide  (leeg|op|kapot|moe) ...4 (wil|wl) ...1 (niet meer|dat het ophoudt|dat het stopt|niks meer|niets meer)
suicide  (wil|wl) (niks|niets|nix) meer $
suicide  (ik ben|ben) (echt|zo|helemaal|gewoon)? op ...3 (niet meer|ga niet meer|kan niet)
suicide  (ga|gaan) @niet @meer (door|verder) $
suicide  (leef|leven) ...1 (hel|nachtmerrie) ...2 (eruit|weg|uit)
# english
suicide  (whats|what|wats|wat) (is|even)? (the)? (point|use) (anymore|any more|of anything|of it all|of living|of life|of trying|of going on|in anything|in living|in trying|of me|of existing)
suicide  (whats|what is|what's|wats) (even)? (the)? (point|use) $
suicide  (whats|what is|what's) (even)? the point (of|in) (anything|everything|it all|me|being here|being alive|any of this|this life)
suicide  (cant|cannot|can not) (go|keep|carry|do|take|handle|cope|deal) (on|going|this|it|life)? (anymore|any more|no more|like this|much longer|for much longer)
suicide  (cant|cannot|can not) (do|take|handle|deal with) (this|it|life|anything) (anymore|any more)
suicide  (just|really|seriously|literally) (cant|cannot) (anymore|any more|do this|go on|take it)
suicide  (cant|cannot) anymore
suicide  (im|am|so|just|fucking|totally) ...1 done (with|w|wit) (everything|it all|all of it|life|living|existing|this life|this world|everyone|all this|it|being alive)
suicide  (done|finished) ...2 (all of it|everything|with life) $
suicide  (tired|exhausted|sick) (of|from|with) (being alive|existing|living|life|being here|everything|it all|trying|fighting|waking up|breathing)
suicide  (want|wanna|need) (it|everything|this|the pain|all of it|all this) (all)? (to)? (stop|end|be over|go away)
suicide  (dont|cant|do not|can't) (see|find) (a|any)? (way out|future|point|reason|end to this|light)
suicide  (no|not a) (way out|future|hope|escape) (left|anymore|for me|any more)? $
suicide  (nothing|no one|nobody|noone) (left|to live for|for me|worth living for)
suicide  (nothing|no reason) (to|2) (live|stay|keep going|go on|get up) (for)?
suicide  (no|any) reason (to|2) (stay|keep going|go on|live|be here|wake up|continue)
suicide  (care|notice|miss me|matter) (if|when) (i|im) (was|were|am|died|die|dead|gone|disappeared|not here|wasnt here|werent here)
suicide  (better|happier|easier) (off)? (if|when|without) (i|me) ...2 (gone|dead|died|wasnt|werent|not here|didnt exist|disappeared|here)
suicide  (burden|nuisance) (to|for|on) (everyone|everybody|my family|my parents|you all|people|the world)
suicide  im (just)? (a)? burden
suicide  (give|giving|gave|given) up (on)? (everything|life|living|myself|it all|all of it)
suicide  (dont|do not) (even|really)? want (to|2)? (be|exist|live|do|wake|go) (here|alive|this|life|up|around|on)? (anymore|any more|no more)
suicide  (hope|hoping|pray|praying|wish) ...3 (dont|do not|wont|never|dont ever) wake (up)?
suicide  (not|never) (gonna|going to) make it $
suicide  (no|not any|isnt any|is no) hope (left|anymore|any more|for me)
suicide  (life|living|existing|everything|it all) (is|feels|seems) (so|just|completely|totally)? (pointless|meaningless|hopeless|worthless|not worth it)
suicide  (hate|hating) (being alive|living|existing|my life|my existence|being here)
suicide  (nothing|none of it) (matters|means anything) (anymore|any more|now|to me)?
suicide  why (am|do|should|would|even) (i)? (even|keep)? (alive|exist|live|still here|here|bother|keep going|go on|try|stay)
suicide  (stop|quit) (existing|living|being alive|breathing)
suicide  (how|idk how|dont know how) (much|many)? (longer|more days) ...3 (can|do|take|keep|go on|survive)
suicide  (can't|cant|cannot) (handle|take|stand|bear) (life|living|this life|anything|it) (anymore|any more|no more)
suicide  (want|wanna) out ...2 (of everything|of life|of this|of it all)?  $
suicide  (easier|better) ...2 (if|when) (i|im) (was|were|am)? (gone|dead|not here|not around)
suicide  (cant|cannot|dont want to) do (life|living) (anymore|any more)?
suicide  (ready|want|wanna) (to)? (give up|quit) (on)? (life|living|everything)

# ---------------------------------------------------------------- suicide: more means, plans, places and goodbyes
suicide+ingested  <5+> ...1 (stuks|stuk|van|of) ...2 @meds
suicide+ingested  (alles|everything|all) (wat|that|what)? ...4 (kast|medicijnkast|cabinet|drawer|la|lade|badkamer|bathroom) ...4 (ingenomen|genomen|geslikt|opgegeten|gegeten|took|swallowed|ate)
suicide+ingested  (alles|everything|all) (ingenomen|geslikt|opgegeten|leeggegeten|swallowed|took|taken)
suicide  (medicijnkast|pillendoos|cabinet) ...3 (leeggehaald|leeggemaakt|leeg|emptied)
suicide  @meds ...3 @ingested ...4 (zoveel|zo veel|as many|as much|weet niet hoeveel|dont know how many|idk how many|veel|alles|alle)
suicide+ingested  (onder|under) (de|het|the) (gootsteen|aanrecht|sink) ...3 (gedronken|ingenomen|geslikt|drank|drunk|swallowed|op)
suicide+ingested  (gedronken|drank|drunk|geslikt|swallowed) ...4 (onder|under) (de|het|the) (gootsteen|aanrecht|sink)
suicide  (wc|toilet) (eend|reiniger|cleaner)
suicide+ingested  (neem|take|slik|swallow) @ik? (al|alle|all|every|de hele|the whole) ...2 @meds
suicide+ingested  @when ...2 (neem|neme|slik|slikke|take|swallow|nemen) ...2 (al|alle|all|every|de hele|the whole|allemaal) ...2 @meds
suicide  @when ...4 (maak|maken|make) @ik? (er)? (een|n)? (eind|einde|end) (aan|to)
suicide  (alles|everything|all) ...1 (klaargelegd|klaar gelegd|ready|klaar) ...1 (voor)? (vanavond|vannacht|tonight|morgen|straks|voor het|for it)
suicide  (loop|ga|fiets|walk|go|going|heading) @ik? ...1 (naar|to) (het|de|the) (spoor|brug|dak|flat|rails|tracks|bridge|roof|water|zee)
suicide  (ga|gaan|going|go|heading|walking|loop) (naar|to) (het|de|the)? (spoor|brug|dak|flat|rails|tracks|bridge|roof|water|zee|sea|river|rivier|station) @when
suicide  (als|when|once) ...4 (donker|slaapt|slapen|asleep|weg zijn|dark|gone) ...1 (ga|doe|go|do) @ik? (het|it)? $
suicide  (datum|date|dag|day|moment) ...1 (al)? (gekozen|bepaald|vastgesteld|gepland|picked|chosen|set|planned)
suicide  (gekozen|bepaald|picked|chosen|set) ...2 (datum|date|dag|day)
suicide  (touw|rope|strop) ...2 (al|already|klaar|ready|in mijn kamer|in my room|hangt|hanging|opgehangen) 
suicide  (touw|rope) ...3 (voor|for) (vanavond|vannacht|tonight|morgen|later|straks)
suicide  (tonight|tomorrow|after school|this weekend|friday|saturday|later) (ill|i will|im gonna|im going to|i'm gonna) (take|swallow|do|end|jump|finish)
suicide  (ill|i will|im gonna|im going to) (take|swallow) (everything|all|all of them|all my|the whole)
suicide  (im|i'm|i am) (ending|finishing) (it|my life|everything|things) (tonight|after|when|this|tomorrow|today|soon|now)?
suicide  (decided|besloten|beslist) ...2 (this weekend|tonight|tomorrow|vannacht|vanavond|morgen|het weekend|dit weekend|zaterdag|friday|saturday) $
suicide  (decided|besloten|beslist) $
suicide  @when ...4 (ga|gaan) @ik (echt|wallah|gewoon|nu)? $
suicide  (uur|u) (vannacht|vanavond|tonight) (ga|doe) @ik
suicide  (als|when) (iedereen|everyone|everybody|mn ouders|mijn ouders|my parents) ...2 (slaapt|slapen|asleep|weg|gone|out|sleeps) ...2 (ga|doe|go|do|gonna|im going) ...3 (dak|brug|spoor|flat|roof|bridge|tracks|het|it|pillen|pills)
suicide  (vinden|find) (ze|they|jullie|you|mn ouders|my parents) (me|mij) (wel|morgen|tomorrow|dan|then)? ...1 $
suicide  (morgen|tomorrow) (vinden|find|finds) (ze|they|jullie|iemand|someone|mn|mijn|my) ...2 (me|mij)
suicide  (after|na) ...3 (im going to|im gonna|i'm gonna|ga ik|gonna) (jump|springen|spring)
suicide  (going|gonna|ga|gaan) (to)? (jump|springen|spring) $
suicide  (its|it is|it's|is het) (over|klaar|gedaan|afgelopen) (for me|voor mij|met mij)
suicide  (over|klaar) (for me|voor mij) $
suicide  (is|its|it's) my last day $
suicide  (nergens|niks|niets) (meer)? (zin in|zin) ...4 (leven|levn|bestaan|in leven)
suicide  @ik (geef|geeft) (het)? (op|up) $
suicide  (geef|geeft) (het)? op ...4 (lukt nooit|nooit|niks lukt|het heeft geen zin|alles)
suicide  (poging|pogingen|attempt|attempted) (gedaan|gedaan|doen|tried|made)? ...6 (weer|opnieuw|nog een keer|again|another)
suicide  (poging|attempt) (gedaan|made|doen|gehad|tried)
suicide  (tried|try|trying|probeerde|geprobeerd) (to)? (kill|end|het leven|mijn leven|mezelf|myself|zelfmoord|suicide)
suicide  (auto|car|bus|trein|train|truck|vrachtwagen|tram) (over|tegen|into) (me|mij) (heen|aan|op)? (rijdt|rijden|reed|drives|hits|runs)?
suicide  (hit|run over|ran over|knocked down) by (a|the)? (car|bus|train|truck|tram)
suicide  (hope|wish) ...3 (hit|accident|crash|die|dies|dead)
suicide  (hoop|wens) ...3 (aangereden|overreden|ongeluk|neergestort|dood|sterf|sterven|doodga)
suicide  (sta|zit|lig|ben|stand|standing|sitting|im|am) (nu|now|hier|here)? (op|on|bij|at) (de|het|the|een|a)? (train)? (rand|edge|brug|bridge|dak|roof|spoor|rails|tracks|railway|balkon|balcony|flat|ledge) $
suicide  (op|on|at) (de|het|the)? (rand|edge|ledge) (van|of) (de|het|the|een|a|mijn|mn|my)? (balkon|balcony|dak|roof|brug|bridge|flat|gebouw|building|raam|window|cliff)
suicide  (sta|zit|lig|staat|stand|standing|sitting|im|am) ...1 (op|on) (de|het|the|een|a)? (brug|bridge|dak|roof|spoor|rails|tracks|balkon|balcony|ledge|rand) (en|and|om|to) ...3 (spring|springen|jump|kijk|look|beneden|down|denk|think)
suicide  (touw|rope|noose|strop) (in|op) (mijn|mn|my|me) (kamer|room|tas|bag)
suicide  (kys|kysen|kyst|kys'en)
suicide  (wildood|wilsterven|wildoodgaan|wannadie|wanadie|iwannadie|iwanttodie|willdie)
suicide  (zin|behoefte|drang|need|urge) (om|to) (te)? (sterven|dood te gaan|doodgaan|die|dying)
suicide  (leven|life) (stopt|stop|ophoudt|ends|over is|is over|voorbij is)
suicide  @wil (dat)? ...2 (leven|life|mijn leven|mn leven) (stopt|ophoudt|over is|voorbij is|eindigt|ends|stops)
suicide  (beter|beeter|better) (niet meer|nooit meer|never again) (zien|zie|see|horen|hear)
suicide  (niemand|nobody|no one|noone) (zal|zou|will|would|gaat) (me|mij) ...2 (zien|see|horen|hear|missen|miss)
suicide  @when (ga|gaan) @ik (echt|wallah|nu|gewoon|het doen)
suicide  (stop|stopt|kap|kappen) (ermee|er mee) ...3 (met alles|alles|voorgoed|voor altijd)
suicide  @wil @niet @meer verder? (punt|klaar|period|done|echt niet|echt|ok|meer|hoor|nu|vandaag|vanavond|lol|man|bro|ofzo)? (echt niet|echt)? $
suicide  (no|not any|isnt any|isn't any) (point|use|reason) (in|to|of) (anything|everything|it all|any of it|trying|living|life|going on|being here)
suicide  (ready|klaar|gereed) (to|om) (give up|op te geven|opgeven|go|gaan|te gaan|die|dood)
suicide  (spullen|dingen|stuff|things|kleren|clothes|games) ...3 (weggegeven|given away|gave away|verdeeld)
suicide  (brief|brieven|letter|letters|briefje|berichtje|note|notes) (voor|for|aan|to) (mama|mam|mijn moeder|mn moeder|papa|my mom|my mum|my dad|my parents|mijn ouders|mn ouders|iedereen|everyone|my family|mijn familie|jullie) ...3 (geschreven|written|wrote|klaar|ready|achtergelaten|left)
suicide  (geschreven|written|wrote|klaar|ready) ...3 (brief|brieven|letter|letters|briefje|note|notes) (voor|for|aan|to) (mama|mam|mijn moeder|mn moeder|papa|my mom|my mum|my dad|my parents|mijn ouders|mn ouders|iedereen|everyone|my family|jullie)
suicide  (gezocht|gegoogeld|googled|opgezocht|looked|searched|search|zoek|zoeken|google) ...4 (hoog|high|diep|deep|hoeveel|many|much|pijnloos|painless|snelste|fastest|manier|methode|way|method) ...4 (flat|gebouw|building|brug|bridge|pillen|pills|dood|die|dodelijk|lethal|sterven|springen|jump|fatal|ophangen|hang|verdrinken|drown)
suicide  (hoe|how) (hoog|high) ...4 (flat|gebouw|building|brug|bridge|dak|roof|val|fall|springen|jump) ...4 (moet|has to|needs|dood|die|overleven|survive|zijn|to be)
suicide  (say|saying|said|zeg|zeggen) (goodbye|bye|vaarwel|gedag|dag) (to)? (everyone|everybody|all|iedereen|allemaal|the people|jullie|everyone i love|my family|mijn familie)
suicide  (alles|everything) (geregeld|geregelt|sorted|arranged|planned|gepland) ...8 (brief|letter|weggegeven|given away|afscheid|goodbye|testament|spullen)

# ---------------------------------------------------------------- homeless: nights outside, no home
homeless  (heb|had|hebben|ive|i|have|slept|sliep) ...4 (buiten|outside|op straat|on the street|in het park|in the park|in een park|rough) (geslapen|gepit|doorgebracht|overnacht|gelegen|geslapen|slept|sleeping|spent)
homeless  (nacht|nachten|night|nights|vannacht|tonight) ...4 (buiten|outside|straat|street|park|rough|kou|cold) $
homeless  (nacht|nachten|nights|night) ...4 (buiten|outside|op straat|in het park|park|station|trappenhuis|portiek|fietsenstalling|strand|beach|bankje|bench|bos|tent|auto|car|metro|nachtbus|bushalte|hal) ...2 (geslapen|gepit|overnacht|doorgebracht|slept|spent|gelegen|gezeten)
homeless  (geslapen|gepit|overnacht|doorgebracht|slept|sleeping|spent|gelegen) ...4 (in|op|bij|under|onder|at|on) (de|het|een|the|a|mijn|mn|my)? (park|station|trappenhuis|portiek|fietsenstalling|strand|beach|bankje|bench|bos|tent|auto|car|metro|nachtbus|bus|bushalte|bushokje|hal|garage|schuur|parkeergarage|brug|bridge|straat|street|kou|cold|woods|forest)
homeless  (slaap|slapen|sliep|pit|pitten|sleep|sleeping|stay|staying|woon|wonen|live|living) ...2 (in|op|onder|under|bij|at|on) (de|het|een|the|a|mijn|mn|my)? (auto|car|tent|bos|woods|forest|metro|nachtbus|bus|hal|portiek|fietsenstalling|stalling|bushokje|bushalte|garage|schuur|parkeergarage|station|straat|street|streets|bench|bankje|park|strand|beach|trappenhuis)
homeless  (zit|zitten|sta|ben|been|im|am|living|leef|leven) ...3 (al|since|sinds|for)? ...2 (nachten|nights|dagen|days|weken|weeks) (buiten|outside|op|on|rough)
homeless  (zit|zitten|sta|ben|im|am) ...3 (buiten|straat|outside|street|streets) ...3 (nergens|geen|niks|niets|nowhere|no|kou|cold|slapen|sleep)
homeless  (geen|gn|no|not a|dont have a|dont have any|have no) (thuis|huis|home|woning|adres|address|dak|roof) (meer|anymore|left)
homeless  (geen|gn|no|not a|dont have a|dont have any|have no) (thuis|huis|home|woning|adres|address|plek|place|dak|roof|bed|kamer|room) (to go|to stay|to sleep|om heen|om te slapen|waar ik heen)
homeless  (woon|wonen|live|living) (nergens|nowhere) (meer)?
homeless  (zwerf|zwerven|zwerft|zwierf|zwervend|dakloos|wander|wandering) (al|rond|buiten|over straat|the streets|around)?
homeless  (steeds|telkens|elke nacht|iedere nacht|every night) (andere|ander|different|een andere) (mensen|plek|plekken|bank|bed|people|place|places|couch)
homeless  (couch surfing|couchsurfing|couch hopping|bankhoppen|bank hoppen)
homeless  (slaapplek|slaapplaats|onderdak|bed|plek om te slapen|place to sleep|place to stay|somewhere to sleep|somewhere to stay) (voor|for)? (vannacht|vanavond|tonight)
homeless  (buitengesmeten|buiten gesmeten|buitengegooid|buiten gegooid|eruit gesmeten|eruitgesmeten|uitgesmeten|buitengeschopt|buitengezet)
homeless  (gooit|gooide|smijt|smeet|zet|zette|schopt|schopte|gegooid|gezet|gesmeten|geschopt) ...3 (buiten|eruit|de deur uit|het huis uit|op straat) ...6 (nergens|geen|niks|niets|deur dicht|deur op slot|dichtgedaan|op slot)
homeless  (tas|spullen|kleren|stuff|bag|things|clothes) ...2 (buiten|outside|op straat) ...2 (gegooid|gezet|gezette|thrown|put|gooit|zet|gedumpt)
homeless  (nowhere|no where|nowehere) (to|2)? (go|sleep|stay|live) (tonight|anymore)?
homeless  (nowhere|no place|no where) $
homeless  (have|got|there is|theres) (nowhere|no place|no where|no home|no bed) (to|2) (go|sleep|stay|live)
homeless  (dont|do not|don't) have (anywhere|any place|a place|somewhere) (to|2)? (go|sleep|stay|live)
homeless  (cant|can't|cannot|kan|mag) ...1 (go|naar) (home|huis) ...6 (no place|nowhere|no where|nergens|geen plek|geen slaapplek|bij een gast|bij vreemden|bij iemand die)
homeless  (no|dont have a|have no) (home|house|place|roof) (anymore|any more|left|over my head|to go to)
homeless  on the (streets|street) $
homeless  (im|i'm|i am|living|ive been|been|we're|were) ...2 (on|in) the (streets|street)
homeless  (slept|sleeping|sleep|spent the night|spent the nights|spent nights) ...3 (outside|rough|out|on a bench|on the bench|in the cold|in a park|at the station|in a doorway)
homeless  (weet|wet|weeet|know|idk) (@niet|not|dont know)? (waar|where) (ik|i|to)? ...2 (heen|naartoe|moet|go|sleep|stay|slapen|blijven)
homeless  (weet|know) (iemand|anyone|someone|jullie|you) (een|a|any)? (slaapplek|slaapplaats|plek|onderdak|place|bed|shelter|opvang|nachtopvang)
homeless  (ben|word|werd|zijn) ...2 (uit|from|out of) (de|het|the)? (opvang|groep|jeugdzorg|pleeggezin|instelling|shelter|foster|kliniek) (gezet|gegooid|weggelopen|gestuurd|kicked|thrown|gevlucht|ran)
homeless  (weggelopen|gevlucht|weg gelopen|ran away|run away) ...2 (uit|van|from) (de|het|the|mijn|mn|my)? (opvang|groep|jeugdzorg|pleeggezin|instelling|shelter|foster|kliniek|thuis|huis|home)
homeless  (osso|huis|thuis|home) (is)? (weg|kwijt|gone) ...3 (geen|gn|no|nergens|nowhere) (plek|place|slaapplek|where)
homeless  (geen|gn) (huis|thuis|dak|slaapplek|woning) (en)? (geen|gn) (geld|eten|plek|telefoon|money|food)
homeless  (niks|niets|nothing) ...1 (geen|gn|no) (huis|thuis|home|slaapplek|dak)
homeless  (geen|gn|no) (huis|thuis|home) ...1 (geen|gn|no) (geld|money|eten|food|plek)
homeless  (slaap|slapen|sliep|sleep|sleeping|slept|staying|stay) ...3 (bij|with|at) (een|a|some)? (gast|man|guy|vreemde|stranger|strangers|vreemden|iemand|someone|mensen|people) (die|who|i|ik)? ...2 (niet ken|dont know|ken niet|barely know|just met|online)
homeless  (gepit|gemaft|geslapen|overnacht) ...2 (in|op|onder|bij) (de|het|een)? (fietsenstalling|stalling|trappenhuis|portiek|park|station|auto|tent|bos|hal|garage|schuur|bushokje|metro|nachtbus|strand|straat|brug)

# ---------------------------------------------------------------- danger: a weapon in hand, someone at the door
danger  @knife (in|tegen|op) (mijn|mn|m|me|my|de|the) (hand|handen|hands|pols|polsen|wrist|wrists|keel|throat|arm|nek|neck)
danger+ingested  @knife (vast|vasthouden|in de hand|gepakt|gepakt|bij me|bij mij|on me|with me|meegenomen|mee)
danger+ingested  (hou|houd|heb|had|hold|holding|got|have|pakte|pak|gepakt|grabbed|grab|took|zit|sta|sit|stand|sitting|standing) ...4 (een|het|a|the|mijn|mn|my|dat|dit|this|that)? @knife (vast|in|and|en|om|to|voor|for|tegen|op|right)
danger  (hou|houd|hold|holding|vast|gepakt|grabbed|gepakt) ...2 (een|het|a|the|my|mijn|mn)? @knife
danger  (zit|sta|lig|sit|sitting|stand|standing|im) ...2 (hier|here|alleen|alone|nu|now)? (met|with) (een|het|a|the|mijn|mn|my)? @knife
danger  @knife ...8 (weet niet wat|weet niet of|weet niet meer|dont know what|idk what|dont know if|idk|weet nie|bang dat ik|scared|bang|afraid|trillen|trillende|shaking|gebruiken|use it|use|ga doen|going to do|gonna do)
danger  (weet niet|dont know|idk|weet nie) (wat|what|of|if) ...4 @knife
danger  (gevonden|found|vond|find) ...3 (@knife|gun|pistool|vuurwapen|wapen)
danger  (@knife|gun|pistool|vuurwapen|wapen) ...4 (gevonden|found|vond)
danger+ingested  (mes|knife|gun|pistool|wapen|messen|knives|guns|vuurwapen) ...3 (meegenomen|mee naar|bij zich|to school|naar school|op school|at school|in school|in de klas)
danger  (has|have|had|got|heeft|hebben|had) (a|an|een|n)? (knife|gun|mes|pistool|blade|wapen|weapon) (and|en|in|at|on|op|bij|with)? ...3 (angry|boos|kwaad|drunk|dronken|screaming|schreeuwt|threatening|dreigt|coming|komt|here|hier|school|outside|buiten)
danger  (hes|he's|he|shes|she's|she|they|theyre|someone|somebody|hij|zij|ze|iemand) (got|has|have|heeft|hebben|had) (a|an|een|n)? (knife|gun|mes|pistool|blade|wapen|weapon|vuurwapen)
danger+ingested  @knife (gepakt|pakt|pakte|grabbed|took|takes|pulled) ...3 (om|to|voor) ...3 (aan te vallen|aanvallen|steken|stab|attack|hurt|kill|vermoorden|pijn)
danger  @ik (ga|gaan|wil|will|gonna|going|want|wanna|kan) ...2 (hem|haar|iemand|someone|him|her|them|ze|hun|gast|jongen) ...2 (steken|neersteken|doodsteken|stab|neerschieten|shoot|vermoorden|kill|afmaken|aandoen|pijn|hurt|aanvallen|attack|slaan|doodmaken)
danger  (bang|scared|afraid|vrees|like|might) ...3 (ik|i|im) ...2 (iemand|someone|somebody|hem|haar|him|her|them) ...2 (aandoe|aandoen|pijn|hurt|kill|vermoord|steek|stab|aanval|attack)
danger  (gonna|going to|might|will|could|want to|wanna) (hurt|kill|stab|attack|shoot) (someone|somebody|people|him|her|them|everyone)
danger  (handen|hands|hand) ...3 (willen|wil|want|wants) ...2 (@knife|steken|snijden|stab|cut|hurt)
# Someone at the door, at the window, in the house
danger  (staat|zit|is|loopt|staan|lopen) (een|n|iemand|someone) ...2 (voor|bij|aan|onder|achter) (het|de|mijn|mn|ons|the|my)? (raam|deur|ramen|huis|door|window)
danger  (staat|staan|zit|is) (een|n)? (man|vent|gast|jongen|mannen|iemand|auto|busje) ...4 (voor|bij|naar) (het|de|mijn|mn|ons)? (raam|deur|huis|school)
danger  (probeert|proberen|probeerde|trying|tries|tried) ...2 (binnen te komen|in te breken|inbreken|binnenkomen|get in|break in|to get in|to break in|open te breken|door open)
danger  (slaat|bonkt|beukt|schopt|trapt|bonst|banging|kicking|pounding|hitting|slamming) ...2 (tegen|op|on|at) (de|het|mijn|mn|ons|the|my)? (deur|raam|door|window|ramen)
danger  (gaat|gaan|will|gonna|going) (to)? (me|mij|us|ons) ...1 (vinden|find|pakken|opzoeken|krijgen)
danger  (me|mij|ons) (gaat|gaan|zal|zullen) (vinden|pakken|opzoeken|krijgen)
danger  (houdt|hield|houden|holds|holding|held) (me|mij|us|ons) (vast|down|tegen)
danger  (laat|laten|liet|lets|let|wont let|won't let|doesnt let) (me|mij|ons|us) (niet|nie|not)? (weg|gaan|leave|go|out|los|naar buiten)
danger  (mag|kan|can|cant|can't|cannot) @niet (weg|leave|go|out|naar buiten|naar huis)
danger  (mag|kan|kun) @niet weg $
danger  (ik kan niet weg|ik mag niet weg|can't leave|cant leave|cant get out|can't get out|kan er niet uit|kom er niet uit|opgesloten)
danger  (help|hulp|helpp) ...2 (hij|zij|ze|he|she|they|someone|iemand) (is|zijn|are|komt|komen|coming) (hier|here|er|binnen|inside|in)
danger  (bloed|bloeden|bleeding|bleed) ...4 (hij|zij|ze|he|she|they) (is|zijn|are|staat|zit) (er|here|hier|nog|still)
danger  (is|theres|zit|staat) (someone|somebody|man|guy|iemand|vent|gast) ...1 (in|inside|at|bij|outside|buiten) (my|our|the|mijn|mn|ons|het|de)? (house|home|room|window|door|huis|kamer|raam|deur)
danger  (hes|he's|shes|she's|theyre|they're|hij|zij|ze|someone|somebody) (is|zijn|staat|zit)? (outside|buiten|voor|in front of|at) (my|our|the|mijn|mn|ons|de|het)? (door|window|house|deur|raam|huis)
danger  (hes|he's|shes|she's|theyre|they're|hij|zij|ze|someone|somebody) (is|zijn|staat|zit)? (outside|buiten|voor|in front of) (my|our|the|mijn|mn|ons|de|het)? school
danger  (duwt|duwde|duwen|pushes|pushed|pins|pinned|slams|slammed|gooit|gooide) (me|mij|us|ons) ...2 (tegen|against|op|on|into|in) (de|het|the|a|een)? (muur|wall|grond|floor|ground|kast|deur|door|bed)
danger  (auto|car|busje|van) ...6 (verkeerde kant|wrong way|niet naar huis|somewhere else|ergens anders|stop niet|wont stop|doesnt stop|get in|instappen|stap in)
danger  (zit|ben|zat|im|i'm|i am) (in|bij) (de|een|zijn|the|a|his) (auto|car|busje|van) (bij|met|with) (een|a|die|the)? (man|guy|vent|gast|vreemde|stranger|jongen|meneer)
danger  (keeps|blijft|volgt|rijdt|driving|follows|following|rijden) ...4 (next to|naast|achter|behind|langs) (me|mij|ons|us)
danger  (telling|tells|told|zegt|zei|roept) (me|mij) (to)? (get in|instappen|in te stappen|stap in|in de auto)
danger  (kijkt|kijken|staart|staring|stares|looking|watching|keeps looking) ...3 (naar|at|into|in) (mijn|mn|my|ons|our|het|de|the)? (raam|window|huis|house|kamer|room)
# Someone unresponsive after pills, drink or drugs: 112 now
danger+ingested+other  (reageert|reageren|reageerde|responding|responsive|respond|responds|response) (niet|nie|not|no|nt) (meer|anymore|more)? $
# ... with time words between, when pills, poison, drink or drugs are named
danger+ingested+other  (reageert|reageerde|reageren|antwoordt|responding|answering|replying) ...4 (niet|nie|not|nt|nothing|niks) ...8 (@meds|@chem|drugs|alcohol|drank|wodka|vodka|xtc|coke)
danger+ingested+other  (@meds|@chem|drugs|alcohol|drank|wodka|vodka|xtc|coke) ...8 (reageert|reageerde|reageren|antwoordt|responding|answering|replying) ...4 (niet|nie|not|nt|nothing|niks)
danger+ingested+other  (reageert|reageren|reageerde|responding|respond|responds) (niet|nie|not|nergens|niks|nothing)? (meer|anymore)? (op|to)? ...1 (niks|niets|nothing|me|mij|mijn stem|my voice|aanraken|schudden|shaking|roepen|calling|ons|us|iets)
danger+ingested+other  (not|isnt|isn't|is not|aint) (responding|responsive|reacting|breathing|waking)
danger+ingested+other  (unresponsive|unconscious|bewusteloos|bewusteloze|buiten bewustzijn|passed out|collapsed|flauwgevallen|ingestort|in elkaar gezakt|out gegaan)
danger+ingested+other  (niet|nie) wakker (te krijgen|krijgen|krijg)
danger+ingested+other  (wordt|werd|is|lijkt) (niet|nie) (meer)? wakker
danger+other+ingested  @friend ...6 (wont|isnt|not|doesnt|cant) ...1 (wake|waking|awake)
danger+ingested+other  (krijg|krijgen|kreeg|get|can't get|cant get) (hem|haar|ze|him|her|them) (niet|nie|not)? (wakker|awake|up)
danger+ingested+other  (ademt|ademen|breathes|breathing|adem|breath) ...2 (raar|niet|nauwelijks|bijna niet|amper|zwaar|weird|barely|hardly|strange|funny|not|slow|langzaam|heel zacht)
danger+ingested+other  (barely|hardly|not|isnt|isn't|stopped|stops) breathing
danger+ingested+other  (blauw|blue|paars|purple|grijs|grey|gray|bleek|pale) (rond|around|om) ...2 (lippen|lips|mond|mouth)
danger+ingested+other  (lippen|lips) (zijn|are|worden|turning|turned|gaan|kleuren)? (blauw|blue|paars|purple)
danger+ingested+other  @friend ...8 (@meds|pills|pillen|xtc|drugs|gedronken|drunk|drank|overdosis|overdose|od) ...8 (niet|not|isnt|geen|wont|nie|barely|nauwelijks|raar|weird|hardly|doesnt|cant|kan) ...2 (op|answering|picking|answer|reageert|reply|replying|antwoordt|wakker|wake|waking|ademt|breathing|responding|praat|talking|talk|praten|bewegen|moving)
danger+ingested+other  @friend ...8 (@meds|pills|pillen|xtc|drugs|gedronken|drunk|drank|overdosis|overdose|od) ...8 (flauwgevallen|bewusteloos|passed|suf|unconscious|blauw|blue|collapsed|ingestort)
danger+ingested+other  (@meds|pills|pillen|xtc|drugs|something|iets) ...8 (flauwgevallen|passed out|collapsed|out|bewusteloos|unconscious|ingestort|blauw|blue)
danger+ingested+other  (passed out|flauwgevallen|bewusteloos|collapsed|unconscious) ...4 (after|na|na het|from|door|van) ...3 (taking|pills|pillen|drinking|drugs|xtc|gedronken|genomen|@meds)
danger+ingested+other  (afscheidsbericht|afscheidsbriefje|goodbye|afscheidsbrief) ...6 (niet|nie|not|isnt|wont|geen|cant|kan) ...1 (op|answering|picking|reageert|answer|bereiken|reach|reply|replying)
danger+ingested  (neemt|nemen) (niet|nie) (meer)? op ...4 (pillen|pills|afscheid|goodbye|dood|zelfmoord|suicide|springen|jump|@meds)
danger+ingested+other  (texted|sent|stuurde|appte|snapte|zei|said) ...6 (@meds|pills|pillen|dood|die|goodbye|afscheid|kill|zelfmoord) ...8 (not answering|isnt answering|neemt niet op|reageert niet|not picking up|isnt picking up|wont answer|not replying|niet meer op)
danger+ingested+other  (drunk|dronken|high|stoned|wasted) (and|en) (unconscious|bewusteloos|passed out|not waking|niet wakker|wont wake|not responding|reageert niet)

# ---------------------------------------------------------------- abuse: sextortion (en/nl), grooming, exploitation, forced marriage
abuse+sextortion  (blackmail|blackmailing|blackmailed|blackmails|blackmailer|sextort|sextorting|sextorted|sextortion|extort|extorting|extorted|extortion|chanteren|chanteert|chanteerde|gechanteerd)
abuse+sextortion  @pics ...6 (send|sends|sent|post|posts|posted|leak|leaks|leaked|share|shares|shared|spread|spreads|expose|exposed|publish|stuur|stuurt|sturen|posten|verspreiden|verspreidt|delen|deelt|rondsturen|rond|doorsturen|online) ...6 @audience
abuse+sextortion  (send|sends|post|posts|leak|leaks|share|shares|spread|spreads|expose|stuur|stuurt|sturen|posten|verspreiden|verspreidt|delen|deelt|doorsturen|rondsturen) ...4 @pics ...4 @audience
abuse  (threatening|threatens|threatened|threaten|threat|dreigt|dreigen|dreigde|dreigden|bedreigt|zegt|says|said|zei) ...4 (to|te|dat|that)? ...3 (post|leak|share|send|spread|expose|publish|posten|verspreiden|delen|sturen|doorsturen|rondsturen|online zetten|ruin|versturen)
abuse+sextortion  (nudes|nude|pics|pictures|photos|fotos|foto|video|videos|filmpje|naaktfotos|snaps|photo|pic|picture) ...8 (money|geld|pay|betalen|betaal|euros|euro|gift card|gift cards|giftcards|steam|cards|bitcoin|crypto|paysafe|paypal|tikkie|more|meer|owe|schuldig)
abuse+sextortion  (money|geld|pay|betalen|euros|gift cards|steam cards|bitcoin|paysafe) ...8 (nudes|nude|pics|pictures|photos|fotos|video|filmpje|naaktfotos|snaps|everything|alles)
abuse+sextortion  (sent|send|stuurde|gestuurd|stuurden|sending) ...2 (nudes|nude|pics|pic|pictures|photos|fotos|foto|naaktfotos|naakt|video|filmpje) ...6 (now|nu|then|toen|daarna|after) ...4 (want|wants|wil|willen|threat*|dreig*|money|geld|more|meer|blackmail*|chanteer*|pay|betalen|verspreid*|post*|leak*|share*|send|sturen)
abuse+sextortion  (catfished|catfish|gecatfisht|fake account|nep account|nepaccount) ...8 (threat*|dreig*|money|geld|pics|fotos|nudes|pictures|blackmail*|chanteer*|want|wil)
abuse  (expose|exposen|ruin|ruineren|kapot maken) (me|my life|mijn leven|mn leven|mij)
abuse+sextortion  (recorded|filmed|gefilmd|opgenomen|recorded|screenrecorded|gescreenshot|screenshotted|screenshot) (me|mij|my|mijn|mn)? ...6 (blackmail*|threat*|dreig*|chanteer*|send|sturen|rond|spread|verspreid*|post*|money|geld|douche|shower|naakt|naked|uitkleden|undress)
abuse+sexual+sextortion  (asking|asks|asked|vraagt|vroeg|vragen|wants|wil|wilde|begging|eist|eisen) ...2 (for|om|naar)? (nudes|nude|naaktfotos|naakt|pics|fotos|foto|photos|pictures|sexy|sex|seks)
abuse+sexual+sextortion  (man|vent|guy|gast|jongen|iemand|someone) (van|of|is|die)? <18+> ...6 (afspreken|meet|fotos|pics|nudes|geheim|secret|niemand|vertellen|tell|sex|seks|wil|wants)
abuse+sexual+sextortion  <18+> (jaar|year|years|yr|yo|jarige) (old|oud)? ...8 (afspreken|meet|fotos|pics|nudes|geheim|secret|niemand|vertellen|tell|sex|seks|asking|vraagt|keeps|blijft|owe)
abuse  (mag|mogen|moet|must|cant|can't|allowed|mocht) ...3 (aan niemand|niemand|anyone|no one|nobody) (vertellen|zeggen|tell|weten|know)
abuse  (ons|our) (geheimpje|geheim|little secret|secret)
abuse  (aan niemand|niemand|no one|anyone|nobody) (mag|mogen|can|must|may|should|zou) (vertellen|tell|weten|know)
abuse+sexual  (stuurt|stuurde|sturen|sends|sent|sending) (me|mij) (rare|gekke|vieze|enge|seksuele|sexuele|creepy|weird|dirty|sexual|inappropriate) (berichten|appjes|dingen|messages|texts|fotos|pics|things)
abuse+sextortion  (wil|wilt|wants|wanted|wilde) (dat|that)? (ik|me|i) ...2 (fotos|foto|pics|nudes|naaktfotos|video|filmpje) (stuur|send|sturen|maak|make|take|stuurt)
abuse+sexual  (forced|forces|force|forcing|made|makes|dwingt|dwong|gedwongen) (me)? ...2 (to do|te doen|do|doen) (things|dingen|stuff|stuk) ...2 (didnt want|did not want|dont want|niet wil|niet wilde|niet mag|niet mogen|shouldnt|niet oké)
abuse  (doet|deed|doen|does|did|do) (dingen|things|stuff|rare dingen|weird things) (met|with|bij|to) (me|mij|ons|us)
abuse+sexual  (zit|zat|zitten|aanraakt|aanraken|raakt|touches|touched|touching) (aan)? (me|mij) ...4 (wil dat niet|wil het niet|dont want|didnt want|niet wil|niet wilde|zonder dat|without|stop|laat me niet|wont stop)
abuse  (iemand|er zit iemand|someone|hij|zij) ...2 (aan)? (mij|me) ...2 (wil dat niet|wil het niet|niet wil|dont want|didnt want)
abuse+sexual  (moet|moest|moeten|makes|made|force|forces|forced) ...3 (van|of|by)? (hem|haar|hun|him|her|them)? ...3 (seks|sex|neuken|pijpen|blowjob|naakt|naked)
abuse+sexual  (moet|moest|moeten|makes|made|forces|forced) ...4 (naar bed|sleep with|slapen met|have sex|seks hebben)
abuse+sexual  (moet|moest|moeten|makes|made|forces|forced) ...3 (met|with) (zijn|hun|his|their|die)? (vrienden|friends|mannen|men|jongens|guys) ...2 (naar bed|slapen|sleep|seks|sex)
abuse+sexual  (met|with) (mannen|men|jongens|guys|vreemden|strangers|klanten|clients) ...4 (slapen|naar bed|sex|seks|sleep|werken|work|geld|money|betaald|paid|afspreken)
abuse+sexual  (werken|werk|work|working|slapen|sleep|sex|seks|naar bed) ...4 (voor|for) (geld|money|cash|drugs|een plek|a place) ...4 (met|with)? (mannen|men|jongens|guys|klanten|clients|vreemden|strangers)?
abuse+sexual  (laat|laten|makes|make|made) (me|mij) (werken|work|slapen|sleep|seks|sex|afspreken|meet) (voor|for|met|with) ...2 (geld|money|mannen|men|klanten|clients|guys)
abuse  (slaag|klappen|een pak slaag|pak rammel|rammel|beatings|a beating) (van|from|by)? (mijn|mn|me|m|my|de|die)? @familie?
abuse  (klap|klappie|tik) (van|from|by) (mijn|mn|me|m|my|de|die)? @familie
abuse  (krijg|kreeg|krijgen|kregen|kreeg ik|krijg ik|geeft|gaf|geven|gaven) (een|n|ook|weer|nog)? (klap|klappie) (van|from)? (mijn|mn|me|m|my|de|die)? @familie?
abuse  (krijg|kreeg|krijgen|get|got|geef|geven|geeft|gaf) ...3 (slaag|klappen|pak rammel|rammel|a beating|beatings|een pak slaag|een klap|klap|een tik|tikken)
abuse  @familie ...2 (slaat|sloeg|slaan|schopt|hits|hitting|beats|beating) (haar|hem|her|him|moeder|mom|mum|mama|mam|ons|us|mij|me|my|mijn|mn)
abuse+sexual  (uitgehuwelijkt|uithuwelijken|uithuwelijking|uit te huwelijken|uit huwelijken|gedwongen huwelijk|forced marriage|forced to marry|arranged to marry|huwelijksdwang|eerwraak|eergerelateerd|eergerelateerd geweld|honour|honor)
abuse  (trouwen|marry|getting married|huwelijk|married) ...4 (iemand|someone|man|guy|neef|cousin) ...2 (niet ken|dont know|ken niet|never met|nooit gezien|niet wil|dont want)
abuse+sexual  (moet|moeten|must|have to|forced to|sturen|sending|send|meenemen|taking) ...4 (trouwen|marry|getting married|uithuwelijken|huwelijk|uit te huwelijken)
abuse  (willen|wil|wilt|want|wants) (dat|that) (ik|i) ...6 (trouw|trouwen|marry) ...3 (neef|nicht|cousin|oom|uncle)
abuse  (trouw|trouwen|marry) (met|with) (mijn|mn|my|een|a) (neef|nicht|cousin|oom|uncle)
abuse  (laat|laten|liet|lieten|let|lets) (me|mij|ons|us) ...3 (niet|geen|not|never|nooit) (eten|drinken|eat|drink)
abuse+sexual  (gedwongen|forced) ...4 (bloed|bloeden|bloedt|bleed|bleeding)
abuse  (sturen|stuurt|nemen|meenemen|brengen|sending|send|taking|take) (me|mij) ...2 (naar|to|terug naar|back to) ...2 (marokko|turkije|pakistan|somalie|afghanistan|irak|suriname|syrie|eritrea|het land|thuisland|home country|morocco|turkey) ...4 (trouwen|marry|blijven|stay|huwelijk|straffen|punish|opvoeden)
abuse  (als ik niet|if i dont|if i don't|als ik nie) ...4 (slaat|slaan|hits|beats|sloeg|hit|beat|pijn|hurts|hurt|straft|punishes) ...3 (me|mij)
abuse  (met|with) (de|een|zijn|zn|his|a|the)? (riem|belt|stok|stick|slipper|schoen|shoe|kabel|cable|snoer|lepel|spoon|broeksriem|hanger|kleerhanger)

# ---------------------------------------------------------------- self-harm: wounds, urges, relapse, hiding, 'sh'
selfharm  (opengehaald|opengekrabd|opengekrast|opengesneden|openhalen|openkrabben|openkrassen|opensnijden) (met|with) (een|a|n)? (scherf|mesje|schaar|schaartje|passer|glas|glasscherf|scheermes|scheermesje|naald|nagels|blade|razor)
selfharm  (arm|armen|pols|polsen|been|benen|huid|dij|dijen|wrist|wrists|arm|skin|leg|legs) ...1 (opengehaald|open gehaald|opengekrabd|opengekrast|opengesneden)
selfharm  (verdien|verdiende|deserve|deserved|deserves) (het)? (pijn|pain|it|to hurt|to suffer|te lijden|om pijn)
selfharm  (passer|naald|nagel|schaar|pin|needle|compass|punaise|paperclip) ...3 (in|into|door|through) (mijn|mn|m|my) (been|arm|hand|huid|dij|leg|skin|thigh|vinger|finger)
selfharm  (drang|urge|urges|zin|behoefte|need|craving|cravings) (om|to|naar)? (te)? (snijden|krassen|cut|cutting|harm|sh|selfharm|self harm|mezelf pijn|hurt myself|branden|burn)
selfharm  @ik (snij|snijd|kras|krab|brand|cut|cutten) (ook|nog|stiekem|weer|again|veel|soms|ook nog|sometimes|still|now)? $
selfharm  (en|and|but|maar) @ik (snij|snijd|kras|cut|i cut) (ook|too|also|nog|weer)?
selfharm  (cut|cutting|harmed|harm|snijden|krassen|burned|burnt) (again|agian|opnieuw|weer)
selfharm  (relapsed|relapse|relapsing|terugval|teruggevallen|terug gevallen)
selfharm  (want|wanna|need|wil|moet) (to)? (cut|snijden|krassen|kras|snij) (so bad|zo erg|zo graag|really bad|badly|again|weer|now|nu|tonight)?
selfharm  (cut|cutting|gesneden|sneed) ...3 (deeper|dieper|too deep|te diep|heel diep|really deep|deep)
selfharm  (wont|won't|doesnt|does not|wil niet|stopt niet|houdt niet op) (stop|stoppen|ophouden)? (bleeding|bloeden|met bloeden)
selfharm  (bloedt|bloeden|bleeding|bloed) ...2 (stopt niet|stopt nie|houdt niet op|wont stop|doesnt stop|niet stoppen|cant stop|veel|heel erg|so much|a lot)
selfharm  (hide|hiding|hid|verstop|verstoppen|verberg|verbergen|covering|cover) (my|mijn|mn) (scars|cuts|littekens|sneden|wonden|armen|arms|wrists|polsen|krassen)
selfharm  (lange mouwen|long sleeves) ...4 (niemand|nobody|no one|zien|see|armen|arms|littekens|scars|sneden|cuts)
selfharm  (razor|blade|blades|mesje|mesjes|scheermesje|scheermes|sharpener|puntenslijper|slijper) ...4 (arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|huid|pols|polsen|been|benen|dij|dijen|again|weer|out|uit|cut|snijden|mezelf|myself)
selfharm  (took|haal|haalde|gehaald|pulled|take) (the)? (blade|mesje|razor) (out|uit)
selfharm  (sh|self h|selfh|zb) (gedaan|doen|did|done|again|weer|doe|opnieuw|vannacht|tonight|urges|drang)
selfharm  (did|doe|deed|heb|had|do|doing) (weer|again|aan)? (sh|zb)
selfharm  (ijs|ice|heet|hot|aansteker|lighter|strijkijzer|iron|kaars|candle|sigaret|cigarette) ...6 (expres|opzettelijk|purpose|express|opzet|brandde|burned|brandwond|burn|huid|skin)
selfharm  (expres|opzettelijk|on purpose|met opzet) ...6 (brandde|gebrand|burned|burnt|brand|burn|pijn|hurt|geslagen|hit|gebeten|bit)

# ---------------------------------------------------------------- near patterns (~N: groups in any order)
# Taken: pills, medicine or a household chemical, with a number, "te veel",
# or how one feels now.
suicide+ingested  <3+> ...2 @meds ~4 (@ingested|ingenomen|innemen|gebruikt|snorted|gesnoven)
suicide+ingested  (@ingested|ingenomen|geslikt) ~8 (voel|feel|feeling|ben|im|word|wordt|gaat|gaan) ...3 (@odd|heel|echt|so|really) ...1 (raar|vreemd|weird|strange|duizelig|dizzy|misselijk|sick|slap|wazig|blurry|off|numb|suf)
suicide+ingested  (@ingested|ingenomen|geslikt|innemen) ~4 (alles|alle|allemaal|everything|all) ...2 (@meds|wat|what|in huis|uit de kast|that)
suicide+ingested  @chem ~5 (gedronken|opgedronken|geslikt|ingeslikt|gegeten|genomen|drank|drunk|swallowed|ate|drinking|drink|drinken|slikken|eten)
suicide+ingested  (te|teveel|too) (veel|much|many)? (genomen|geslikt|ingenomen|taken|swallowed|@meds)
suicide+ingested  (heb|had|hebben) (iets|wat|something) (ingenomen|geslikt|genomen|gedronken) ~8 (raar|vreemd|duizelig|misselijk|wazig|bang|dood|weird|expres|express|opzet)
suicide  (neem|nemen|slik|slikken|innemen|inneem|take) ~4 (alles|alle|allemaal|everything|all) ~4 (@when|in|na school|after school)
# A plan with a time word.
suicide  @doit ...2 @itword ~4 (@when|na school|na de les|na het eten|na de toets|na het weekend|after school|after class|after dinner|as iedereen slaapt|als iedereen slaapt|when everyone sleeps)
suicide  (ga|gaan|gonna|going|will|ill) ...2 @itword ...1 (doen|do) ~4 (@when|na school|after school)
suicide  (ga|gaan|gonna|going|will|ill|gaat) ...2 (@itword)? (doen|do) ~4 (@when|na school|after school) ~8 (niemand|nobody|no one|sorry|pillen|pills|touw|rope|klaar|ready|alles|everything)
suicide  @plan ...3 (@itword|alles|everything|mijn leven|mn leven|my life|er een eind|een eind|an end) ~4 (@when|na school|after school)
suicide  (het|mijn|mn|my|the|it|alles|all) ...1 (plan|planned|gepland|geregeld) ...2 (klaar|ready|staat|set|all)? ...2 (voor|for) @when
suicide+ingested  @plan (om|to) ...3 (eind|einde|end|dood|die|kill|springen|jump|zelfmoord|suicide|overdose)
suicide  (@meds|@knife|mesjes|touw|strop|rope|@chem) ~4 (klaar|klaarliggen|klaargelegd|ready|verzameld|gespaard|opgespaard|liggen|klaar liggen)
suicide  @when ~3 (ben|bn|am|im) (ik|k|i)? (er|here)? (niet|nie|not|no) (meer|more|anymore|longer|around)
suicide  (als|wanneer|when|if) (ik|k|i) (er)? ...2 @niet @meer (ben|zijn|here|around|ben)
suicide  (dit|this) (is|wordt|word) (mijn|mn|m|my) (laatste|last) (avond|nacht|bericht|dag|appje|berichtje|night|message|day|text|week)
suicide  (mijn|mn|my) (laatste|last) (avond|nacht|night|bericht|message|berichtje|appje) (ooit|ever|op aarde|on earth)?
suicide  (@when|na school|after school) ~4 (is|s) (het|t|it) (klaar|over|gedaan|afgelopen|voorbij|done|finished)
suicide  (hou|houd|love) (van)? (jullie|you|iedereen|everyone|you all|jou) ~8 (klaar|afscheid|sorry|vaarwel|dag|bye|goodbye|laatste|last|over|done)
suicide  (hoeven|hoeft|hoef|hoeft|need|dont need|wont have) ...4 (geen|no|never|niet) (zorgen|last|worry|to worry) (meer|anymore|again)?
suicide  (ga|gaan|spring|springen) (voor|onder) (de|een|n|t) (trein|metro|tram|bus|vrachtwagen)
suicide  (maak|maken|maakte|make|making) ...2 er (een|n)? (eind|einde|eint) aan
suicide  (moet|ga|gaan|wil) ...3 er ...2 (een|n)? (eind|einde|eint) aan (maken|maak)
suicide  van (jullie|iedereen|je|jou) (hou|houd) ~8 (klaar|afscheid|sorry|vaarwel|bye|laatste|over)
selfharm  (hand|vuist|hoofd|fist|head|handen|knokkels) ...3 (muur|wall|deur|door) ...2 (geslagen|gebonkt|gestompt|geramd|slaan|punched|hit|smashed|banged|gebeukt)
danger  (ik|k) @niet (weg|naar huis|naar buiten) (mag|mocht|kan)
# Hopelessness without the word death.
suicide  @ik (kan|kn|kun|ken) ...2 @niet @meer (verder|aan|door|doorgaan)
suicide  @ik (kan|kn|kun|ken) ...2 @niet @meer $
suicide  @ik (kan|kn|kun|ken) (dit|het|t|dit leven|het leven|alles) @niet @meer (aan|verder)
suicide  @ik (kan|kn|kun|ken) (dit|het|t|dit leven|het leven|alles) @niet @meer $
suicide  (hou|houd|hoe) (het|t|dit) ...1 @niet @meer vol
suicide  (trek|trekt) (het|t|dit|dit leven|t leven|het leven|alles) ...1 @niet @meer
worry  @ik ben (echt|gewoon|gwn|helemaal|zo)? (op|kapot|gebroken|leeg) $
suicide  @ik ben (echt|gewoon|gwn|helemaal|zo)? (op|kapot|gebroken) ~4 @ik (kan|kn|wil|wl) @niet @meer
suicide  (zie|zien|heb|voel|vind) ...1 geen (zin|nut|reden|hoop) (meer)? ...2 (in|om|voor)? (alles|leven|het leven|niks|iets|mijn leven|mn leven|verder|door te gaan|te leven)
suicide  (zie|zien|heb|voel|vind) ...1 geen (zin|nut|reden|hoop) meer $
suicide  (zie|zien) ...2 (einde|eind|licht|uitweg|toekomst) @niet @meer
suicide  (waarom|wrm|why) (leef|besta|ben) (ik|k) (nog|eigenlijk|uberhaupt|er nog)
suicide  why (am|do|should) i (still|even)? (alive|here|live|exist|bother|keep going|go on|try)
suicide  (moe|zat|beu|klaar) (van|met|om)? (het|t)? (te)? (leven|levn|bestaan|ademen)
suicide  (tired|sick|done) (of|with) (living|being alive|life|existing|everything|it all|this life|being here)
suicide  (voel|wil) (niks|niets|nix) @meer ~6 (ben|bn) (klaar|op|leeg|weg)
suicide  @ik @wil (niks|niets|nix) @meer $
suicide  (feel|feeling|felt) like (dying|dieing|death|ending it|killing myself|disappearing|giving up)
suicide  (im|i|ill|will|gonna|going|should|just|to|wanna|want) ...2 end (it|it all|everything) $
suicide  (want|wanna|wish|wishing|rather) (to)? (be|was|were) (dead|gone|not here|not alive)
suicide  (life|living|it|my life) (isnt|is not|aint|not|s not|is no longer) worth (it|living|anything)
suicide  (jump|jumping|leap) (off|of|from) (something|somewhere|anything|a|the) (high|tall|building|roof|bridge)
suicide  (iwantdie|iwanttodie|iwannadie|wannadie|wantdie|kmsrn|kms)
suicide  (gezocht|googled|gegoogled|gegoogeld|zoek|zocht|opgezocht|search|searched|searching|looked up|lookup|look up) ...4 (hoe|how|hoeveel|how many) ...6 (pijnloos|painless|painlessly|doodgaan|dood|sterven|die|dying|dodelijk|lethal|fatal|overdose)
suicide  (hoe|how) ...3 (pijnloos|pijnloze|painless|painlessly|snel|quick|quickly|makkelijk|easy) ...2 (dood|doodgaan|sterven|die|doen|do it|weg)
suicide  (hoeveel|how many|how much) ...3 (@meds|@chem|pillen|pills) ...4 (dodelijk|lethal|fatal|dood|die|kill|doodgaan|sterven|overdose|od)
suicide  @mezelf ...2 (kapot maken|kapotmaken|kapot|afmaken)
suicide  (zichzelf|zich|hunzelf|haarzelf|zichzelve) ...3 (ophangen|doodmaken|vermoorden|van kant|iets aandoen|iets aan|dood|opknopen|doodschieten|neersteken|doden|afmaken|verdrinken)
# Someone who took something and does not respond.
danger+ingested  (@takenall|drinken|drank|drinking|gedronken) ~8 @unresp @notnl
danger+ingested  (@takenall|drinken|drinking|gedronken) ~8 @dangerno ...1 @enverbs
danger+ingested+other  (buiten westen|buiten bewustzijn|ko gegaan|van de wereld|ligt op de grond|ligt stil|valt steeds weg|zakt weg|wegzakken|out cold|blacked out)
danger+ingested+other  @friend ~6 (te|teveel|too) (veel|much|many)? (genomen|geslikt|ingenomen|taken|gebruikt|@meds)
# A weapon in hand, not knowing what one will do.
danger  @knife ~8 (weet|know|idk|bang|scared|afraid|snap|begrijp) ...3 (niet|not|wat|what|mezelf|myself|doen|do|gebeurt|happens)
danger  (het|een|n|mn|mijn|zn|a|the|my|dads|moms|vaders) @knife (al)? (gepakt|vast|in mijn hand|in mn hand|in mijn handen|in hand|in my hand|in my hands|vast in)
danger  (holding|hold|grabbed|grab|picked up|got|have) (a|the|my|his|dads|moms)? @knife ~6 (idk|dont know|do not know|scared|afraid|what|thinking|going to|gonna|might)
danger  (heb|hou|houd|pak|pakte|gepakt|vast) ...3 @knife ~6 (weet|bang|denk|gebeurt|ga|doe|gebruiken|iemand|mezelf)
danger  (zin|wil|wl|drang|urge|want|wanna|bang|scared|afraid) ...4 (iemand|someone|hem|haar|him|her|somebody|people|mensen) ...3 (neer te steken|neersteken|doodsteken|vermoorden|iets aan te doen|iets aandoen|pijn doen|pijn te doen|kill|stab|hurt|shoot|neerschieten|af te maken)
# Being waited for, jumped, hit right now, spiked.
danger  (wachten|wacht|wachtten|staan|stonden) (me|mij|ons) ...3 (op|op te wachten)
danger  (me|mij|ons) ...1 (op te wachten|opwachten|opgewacht|opwacht)
danger  (waiting|wait|wachten|wacht) (for)? (me|us|mij|ons) (outside|after|at|by|near|buiten|na|bij|voor|after school|na school)
danger  (jump|jumped|rush|rushed|shank|stab|beat up|beat|pak|pakken|slaan) (me|us|mij|ons) ~6 (after school|na school|outside|buiten|tonight|vanavond|tomorrow|morgen|said|zeggen|zei|gonna|going|will|theyd|hed|shed|gaan|willen)
danger  (is|zijn|are) ...3 (aan het|aan t|busy) (slaan|schoppen|wurgen|mishandelen|vechten|hitting|beating|choking)
danger  (hitting|beating|choking|hurting|strangling|attacking|kicking|slaan|slaat|schopt|wurgt) (her|him|my|me|us|them|haar|hem|mijn|mn|ons|mij|me) ...3 (right now|now|rn|nu|op dit moment|as we speak)
danger  (voor|aan|bij) (de|mijn|mn|onze|ons|het|my|our|the)? (deur|raam|door|window) ~8 (dronken|boos|agressief|woedend|schreeuwt|schreeuwen|bonkt|bonst|dreigt|bang|scared|drunk|angry|mes|knife|yelling|screaming|banging)
danger  (iets|something|drugs|pil|pillen|ghb|xtc) ~3 (in) (mn|mijn|m|my|me|ons|our) (drankje|drinken|glas|drank|drink|cola|bier|drinks|glass)
abuse  (spiked|gedrogeerd|drugged|roofied|gespiked|gespiket|gedrogeert)
# Sextortion and threats to share pictures, in any word order.
abuse+sextortion  @pics ~6 (stuurt|sturen|stuur|posten|post|verspreidt|verspreiden|delen|deelt|lekken|lekt|online|rondsturen|leak|send|post|share|tag|tags|expose|laten zien|show|sees|ziet) ~6 @audience
abuse  (pay|betaal|betalen|geld|money) (or|anders|of|unless|tenzij) ...4 (everyone|iedereen|everybody|all|alle|parents|ouders|family|familie|school|your|je|sees|see|ziet|zien|post|send|leak)
abuse+sextortion  (has|have|heeft|hebben|got) (my|mijn|mn|m) @pics ~8 (says|said|zegt|zei|threat*|dreig*|wants|wil|money|geld|pay|betalen|tag|send|leak|post)
# Violence at home, honour violence.
abuse  @famall ~6 (slaat|sloeg|schopt|schopte|trapt|trapte|mishandelt|mishandelde) (hij|ze|zij|die|me|mij|ons|mn|mijn|m|haar|hem)
abuse  @famall ~6 (hits|beats|kicks|slaps|hitting|beating|kicking|slapping) (me|us|my|her|him|mom|mum)
abuse  (hij|zij|ze|he|she|they) (slaat|sloeg|schopt|schopte|mishandelt|hits|beats) (mijn|mn|ons|me|mij|m|my|us) ...1 (moeder|mama|ma|mam|zus|zusje|broer|broertje|vader|ons|mij|me|mom|mum|sister|brother)?
abuse  (@famall|ze|zij|they) ~4 (straffen|bedreigen|bedreigt|vermoorden|verstoten|opsluiten|uithuwelijken|terugsturen|punish|kill|disown|slaan|afmaken) ~8 @reltn
# Self-harm told through the wound, scratching, hitting walls, blades.
selfharm  (wond|wonden|snee|sneeen|sneden|cut|cuts|wound|wounds) ~6 (diep|diepe|deep|gehecht|hechten|stitches|bloedt|bleeding|niemand|nobody|verstop|hide|fresh|vers|verse|nieuw|nieuwe|new|again|weer)
selfharm  (fresh|new|verse|nieuwe|diepe|deep) (cuts|cut|sneden|sneetjes|wonden|krassen|scratches|snee|wond)
selfharm  (arms|arm|legs|thighs|wrists|armen|benen|dijen|polsen) ...3 (cut up|all cut|sliced|opengesneden|kapot|vol|cut)
selfharm  (krab|krabben|krabde|gekrabd|krabt|scratch|scratched|scratching|scratches|pluk|plukken) ...4 (open|bloedt|bloeden|bleed|bled|bleeds|until|tot|till|kapot|raw)
selfharm  (sla|slaan|sloeg|geslagen|stomp|stompen|gestompt|punch|punched|punching|hit|beuk|beuken|bonk|bonken|slaat) ...5 (muur|muren|wall|walls|deur|door|kast) ~6 (tot|until|till|expres|on purpose|opzettelijk|bloed|bloeden|bleed|bled|blauw|knokkels|knuckles|kapot|broke|gebroken)
selfharm  (scheermesjes|scheermesje|mesjes|razors|razor blades|blades|sharpener|puntenslijper|slijper) ~4 (gekocht|bought|verstopt|hidden|hide|verstop|bewaar|bewaard|kamer|room|gehaald|uit|sloopt|gesloopt|kapot)
# Nights outside, no home any more.
homeless  @sleepx ~6 @rough
homeless  (slaap|slapen|sleeping|living|woon|wonen|leef|leven|sleep|geslapen|slept) in (mijn|mn|my|m|me|een|a|de|the) (auto|car|tent)
homeless  overal en nergens
homeless  (me|mij|ben|word|werd|im|got|ons|we) ...3 (buitengesloten|buiten gesloten|buitengezet|locked out|buitengegooid)
homeless  (locked|lock|locking) (me|us) out
homeless  (op slot|dicht|locked) ~6 (sta|zit|ben|im|stand|sitting) (buiten|outside)
homeless  (sinds|al|since|for) ...3 (op straat|on the street|on the streets)
homeless  (zit|leef|woon|beland|belandt|ben|lives|living|live) ...2 (op straat|on the street|on the streets)
homeless  op straat (geslapen|gezet|beland|geleefd|slapen|leven|gegooid|gegooit|terecht)
homeless  (geen|gn|gen) (adres|onderdak|slaapplek|dak boven|dak|woonplek|bed|plek om te slapen|plek voor vannacht|plek meer|thuis meer|huis meer)
homeless  @famall ...2 (willen|wil|wilt) (me|mij) (niet|nie) (meer|hebben|thuis)
homeless  @ik ben ...2 (weggelopen|gevlucht|weg) (van|uit)? (huis|thuis|de opvang|mijn pleeggezin|mn pleeggezin|het pleeggezin|de groep|het internaat|de instelling)
homeless  @ik ben ...2 (weggelopen|gevlucht) $
homeless  (ran|run|running|ranaway) away (from home)?
homeless  (kan|kn|kun|weet|weten) ...3 nergens (meer|heen|naartoe|terecht|naar toe|slapen|to go)
homeless  nowhere (to|2) (go|sleep|stay|live|crash)
homeless  (bankhop*|bank hop*|couchsurf*|couch surf*|bankhangen|bank hangen)
homeless  (uit|out) (huis|mn kamer|mijn kamer|de kamer|mn huis|het huis|my room|the house|home|of the house|of home) ~3 (gezet|gegooid|geschopt|getrapt|kicked|thrown|gezet worden|zetten)
homeless  (word|wordt|worden|werd|gets|got|getting) ...3 (uit|eruit|out) ...3 (gezet|gegooid|geschopt|kicked|thrown)
homeless  (zei|zegt|zeggen|zeiden|said|says) ...6 (kom|come|hoef) ...2 (niet|nooit|never|dont) (meer)? (terug|back|thuis|home)
homeless  (niet|geen|no|not) ...2 (in|a) (een|mijn|mn|a|my)? bed ~4 (geslapen|slapen|slept|sleep|gelegen)
homeless  <n> (nachten|nights) ...4 (buiten|outside|nowhere|nergens|op straat|on the street)
# Worry about someone else: the answer speaks to the helper.
suicide+other  @friend ...3 (wil|wilt|wl|wants|want|wanna|praat|talks|zegt|says|said|zei|denkt|thinks|dreigt|threatens) ...3 (dood|doodgaan|zelfmoord|zelfmord|suicide|die|dying|niet meer leven|kill herself|kill himself|springen|jump|end it)
suicide+other  @friend ...3 (wil|wilt|wl|wants|want|wanna|praat|talks|zegt|says|said|zei|denkt|thinks|dreigt|threatens|gaat|going) ...3 zichzelf ...3 (aandoen|aan doen|aandoet|doden|ophangen|van kant|pijn doen|snijden|vermoorden|verdrinken|iets doen)
suicide+other  (mijn|mn|m|my) @friend ...4 (zelfmoord*|suicid*|wil dood|wants to die|snijdt|cuts|krast|heeft pillen|took pills)
danger+other  (mijn|mn|m|my) @friend ...4 (heeft|has|had) ...3 (pillen|pills|@meds|@chem) ...3 (genomen|geslikt|ingenomen|taken|took|swallowed|gedronken|drank)

# ---------------------------------------------------------------- round 5 (issue 13): wider coverage
# Stories that are over, said with the crisis word before the time word
# ("ik kraste vroeger, nu al twee jaar niet meer en het gaat goed"), and
# with how long it has been ("maar nu gaat het al twee jaar goed").
@okspan   = n|1|2|3|4|5|al|already|alweer|inmiddels|sinds|since|een|twee|drie|vier|vijf|half|anderhalf|a|one|two|three|four|five|jaar|jaren|maanden|maand|weken|tijd|tijdje|years|year|months|month|weeks|while|lang|long
@ikall    = @ik|i|im|ive|id
# An aside after a negation that makes it plainly calm ("heeft me nooit geslagen hoor, hij is gewoon
# streng"). A bare negation ("mijn pleegmoeder heeft me nooit geslagen") stays a crisis hit with the
# past marker: in a flow the engine asks whether it is happening now.
@aside    = hoor|gelukkig|luckily|though|tho|maar|but|gewoon|just|alleen|only|wil|wilde|want|wanted|vraag|vragen|question|weten|know|informatie|info|benieuwd|curious|lief|streng|strict|nice|kind
except  @ikall ...4 @past_at ...8 (maar|but|mara|mr|mar|bt|nu|now|en|and|sinds|since) ...3 @okverb @okadv? @okspan? @okspan? @okspan? @better
except  @past_at ...8 (maar|but|mara|mr|mar|bt|nu|now|en|and|sinds|since) ...3 @okverb @okadv? @okspan? @okspan? @okspan? @better
except  @ikall ...6 (maar|but|mara|mr|mar|bt) (dat|het|t|that|it|this) (is|was|s|ligt|lies) (al|allemaal|heel|echt|already|long|way)? ...2 (geleden|ago|voorbij|over|achter me|behind me|verleden tijd|in the past)
except  (was|were|used to be|been|geweest|ben|zat|woonde|sliep|slept|lived) (dakloos|homeless|op straat|weggelopen|in de opvang|on the street|on the streets|in a shelter|buiten) ...6 (but|maar) (nu|now) (woon|wonen|live|living|heb|have|got|zit|ben|im|woont|lives) ...6 (kamer|plek|huis|woning|room|place|home|flat|appartement|studio|dak|bed)
# Negated: it did not happen.
except  (nooit|never|niet|not|nie) (aan|about|of)? (zelfmoord*|suicide|dood|doodgaan|zelfdoding) (gedacht|nagedacht|thought|considered|overwogen|gedaan) ...4 @aside
except  (heeft|hebben|had|hadden|has|have) (me|mij|ons|us) (nooit|never|nog nooit) (geslagen|geschopt|mishandeld|misbruikt|aangeraakt|bedreigd|pijn gedaan|hit|hurt|abused|touched|beaten|kicked|threatened) ...4 @aside
except  (nooit|never|niet|not|nie) (pillen|pills|@meds) (genomen|ingenomen|geslikt|taken|took|swallowed) ...4 @aside
except  (die|those|the|de) @meds (nooit|never|niet) (genomen|ingenomen|geslikt|taken|took|swallowed) ...4 @aside
# Side effects and ordinary use of medicine are questions, not crises.
except  (normaal|normal|bijwerking*|side effect*|sideeffect*|bijverschijnsel*) ...6 (@meds|pil|pill)
except  (@meds|pil) (me|mij|je|you) ...2 @odd (maakt|maken|makes|make)
# A routine with medicine: the medicine and the routine together, never the routine alone
# ("ik snij me elke dag" stays a crisis).
except  (@meds|pil|pill|medicijn|medicijnen|medicatie|medication|meds|antidepressiva|antidepressants) ...6 (like usual|zoals altijd|zoals elke dag|every morning|elke ochtend|elke avond|every night|every day|elke dag|zoals normaal|as usual|voorgeschreven|prescribed)
except  (@meds|pil|pill|medicijn|medicijnen|medicatie|medication|meds|antidepressiva|antidepressants) (van de dokter|from my doctor|van de huisarts|from the doctor|from my gp|van mijn dokter|van mijn huisarts)
except  (like usual|zoals altijd|zoals elke dag|every morning|elke ochtend|elke avond|every night|every day|elke dag|zoals normaal|as usual|voorgeschreven|prescribed|van de dokter|from my doctor|van de huisarts) ...6 (@meds|pil|pill|medicijn|medicijnen|medicatie|medication|meds|antidepressiva|antidepressants)
# Games and homework that "kill": the kill and the game or chore together.
except  (cod|cluedo|fortnite|valorant|gta|minecraft|roblox|csgo|cs|warzone|apex|pubg|fifa|among|overwatch|rainbow|league|spelen|gamen|game|games|potje|ronde|level|ps5|xbox|playstation|switch) ...8 (neersteken|neergestoken|neerschieten|neergeschoten|doodschieten|doodgeschoten|schiet|schieten|kill|kills|killen|gekilld|gekild|killed|killing|steken|knife|mes|sniper|dood|died|die|killer|vermoorden|vermoord|afmaken|stabbed|stab|stabs|stabbing|shot|shoot|shoots|shooting|murdered|murder|gestoken|neergeknald)
except  (stabbed|shot|murdered|gestoken|neersteken|neergestoken|neerschieten|neergeschoten|doodschieten|doodgeschoten|gekilld|killed|vermoord|afgemaakt|dood) ...4 (in|bij|met|op|with|on) (cod|fortnite|valorant|gta|minecraft|roblox|csgo|warzone|apex|pubg|fifa|het spel|de game|the game|among us|overwatch|cluedo)
except  (vermoordt|vermoorden|vermoord|sloopt|slopen|killing|kills|killed|kill|murdering) (me|mij|ons|us) ...4 (met|with) ...3 (@homework|@chore|toetsen|opdrachten|vragen|grappen|jokes|saaiheid|verhalen|stories|lessen|muziek|music|huiswerk)
except  dood (te)? (gaan|ga|gaat)? (van|v|vn) (het|t|de|d|die|pure)? (lachen|verveling|saaiheid|honger|dorst|hitte|kou|schaamte|stress|slaap|cringe|zenuwen)
except  (om|zo|echt) (dood|doodgaan) (te gaan)? (zo|zoo)? (saai|lelijk|eng|grappig|lekker|stom|suf|raar|cringe)
except  (seen|watched|gezien|gekeken|kijk|keek|watching|watch|read|gelezen|lees|lezen|luister|luisterde|listened|listening) ...8 (about|over|gaat over|is about|its about) ...2 @topic
except  (its|it is|het gaat|gaat|ging|is|was) (about|over) (suicide|zelfmoord|dakloosheid|homelessness|daklozen|homeless people|pesten|sexting|abuse|mishandeling)
# Nights out and sleepovers that are plans, not homelessness.
except  (slaap|slapen|sleep|sleeping|logeer|logeren|blijf) ...3 (bij)? (mijn|mn|my|een|a|m)? (vriendin|vriend|oma|opa|tante|oom|nicht|neef|friend|friends|grandma|aunt|vrienden) ...6 (oke|ok|okay|leuk|gezellig|feestje|party|sleepover|logeerpartij|verjaardag|birthday|gesprek|afspraak|morgen)
except  (sleutels|sleutel|keys|key) ...4 (kwijt|verloren|vergeten|lost|forgot|forgotten) ...8 (buiten|outside|voor de deur)

# Taken: more ways to say it.
suicide+ingested  (me|mij|mezelf|myself) (vol|volgegooid|volgestopt|volgepropt|helemaal vol) ...2 (met)? (@meds|@chem|pillen|pills)
suicide+ingested  (vol|volgegooid|volgestopt|volgepropt) (gegooid|gestopt|gepropt)? (met) (@meds|@chem|pillen|pills)
suicide+ingested  (@meds|@chem) ...3 (gepakt|gejat|gestolen|verzameld|opgespaard|gespaard|took|stole|grabbed) ...3 (en|and) ...2 (ingenomen|geslikt|genomen|gedronken|opgegeten|took|swallowed|taken|ate)
suicide+ingested  (@ingested|ingenomen|geslikt|took|swallowed) ...3 (@meds|pillen|pills) ~8 (uur|hour|hours|minuten|minutes|half uur|geleden|ago) ...4 (@odd|voel|feel|misselijk|sick|slaperig|sleepy)
suicide+ingested  (@ingested|ingenomen|geslikt) (pillen|pills|@meds|@chem) $
suicide+ingested  (net|just|zojuist|vanmiddag|vanochtend|vannacht|vanavond|gisteravond|earlier) ...3 (allemaal|alles|alle|all|everything|@many) ...2 (genomen|ingenomen|geslikt|op|taken|took|swallowed|gedronken|drank)
suicide  (@meds|@chem|touw|strop|mes|mesje|scheermesje|rope|knife|blade|noose|pistool|gun) ...2 in (mn|mijn|m|me|my) (hand|handen|hands)
# A plan: a place chosen, a goodbye, "you won't hear from me".
suicide  (brug|spoor|dak|flat|touw|bridge|rope|roof|tracks|strop|plek om te springen|spot to jump) ...2 (uitgezocht|uitgekozen|gekozen|picked|chosen|bekeken|gevonden|found|klaar|ready)
suicide  (geen|nooit|no|never) (last|zorgen|problemen|trouble|worries) (meer)? (van|om|over|met|about|with|from) (me|mij)
suicide  laatste (wat|dat|keer) (jullie|je|iedereen|ze|you|they) ...3 (horen|hoort|zien|ziet|hear|see|lezen|leest)
suicide  (weg|gaan|ga) ...4 (kom|komen) (ik|k|i)? (nooit|@niet) (meer)? terug
suicide  dood ...4 (wil|wl) @ik (ook|het|dat|echt)
suicide  (dat|als|if|when) @ikall (er)? (gewoon|gwn|echt|opeens|ineens|morgen|plots|straks|just|really|simply)? (@niet|not|no) (@meer|longer|more|anymore)? (was|ben|zou|zijn|besta|bestond|existed|exist|existed|here|around|alive)
suicide  (leven|life) ...4 (geen|no|gn) (zin|point|purpose|reden|reason) (meer)?
suicide  (geen zin|geen zin meer|no point) ...5 @leven
suicide  @ik (geef|gaf) (het|alles|mezelf|t|het leven) (gewoon|echt|gwn|nu)? op $
suicide  (give|giving|gave) up $
suicide  (no|any) point (anymore|any more|in anything|in trying|in going on) 
suicide  (be|im|ill be|i will be|gone) (gone|dead|weg) (by|before|tomorrow|tonight|morgen|vannacht|after)
suicide  (hoeveel|how many|how much) (@meds|pillen|pills|tabletten|paracetamol) ...4 (nodig|need|needed|om|to) ...4 (niet meer|never|nooit|dood|die|sterven|wakker|wake)
suicide  (dodelijk*|lethal|deadly) ...3 (mezelf|myself|voor mij|for me|ik wil|i want|weten|know)
suicide  (welke|which|what) ...3 (@meds|medicijnen|pillen|pills) ...3 (dodelijk*|lethal|deadly|kill|fatal)
suicide  (wil|wl|want|wanna) (sterven|die|dood|doodgaan) (gwn|gewoon|echt|just|really)? $
suicide  (zin|behoefte|drang|urge|urges|neiging) ...4 (te springen|springen|jump|te verdwijnen|om dood te|to die|to end it|to kill myself|om mezelf)
suicide  (planning|plannen|plan|van plan|planning on|planning to) ...3 (zelfmoord|suicide|mezelf|myself|te springen|to jump|een eind|an end|mijn leven|my life|dood|die)
suicide  (wil|wl|wou|want|wanna) ...2 (voorgoed|voor altijd|forever|for good) (slapen|weg|verdwijnen|sleep|gone|disappear)
suicide  (alles|life|everything|leven) (is|feels|voelt) ...2 (zinloos|pointless|meaningless|nutteloos|hopeless|hopeloos)
suicide  (wat|what) (is|s|heeft) (de|het|the)? (zin|nut|point|use) (van|of|om|to) (mijn|mn|my|het|t|dit|this)? (leven|bestaan|life|living|existing|existence|alles|everything|doorgaan|door te gaan|trying|proberen)
suicide  @ik (trek|hou|houd|kan) (het|dit|t|alles)? ...1 (echt|gewoon|gwn)? (niet|nie) (meer|langer) ~6 (@leven|dood|weg|verdwijnen|einde|eind|ophouden|stoppen|slapen)
selfharm  (in|op) (mn|mijn|me|m|my) (arm|armen|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|buik|heup|heupen|huid|enkel|enkels|wrist|wrists|arms|leg|legs|thigh|thighs) (gesneden|gekrast|gebrand|gesneeden|gesnede|gekerfd|cut|sliced|burned|burnt|scratched|carved)
selfharm  (carve|carved|carving|sliced|slice|slicing|gekerfd|kerven|kerf) ...2 (into|in|up|mijn|mn|my)? (wrist|wrists|arm|arms|leg|legs|thigh|thighs|skin|hips|stomach|arm|armen|benen|pols|huid|dijen)
selfharm  (punch|punching|punched|slap|slapping|slapped|bite|biting|bit|starve|starving|choke|choking|scratch|scratching|scratched|pinch|pinching|burn|burnt|burning) @myself
selfharm  (burnt|burned|burn|cut|hit|punched|scratched|bit|brandde|gebrand|gesneden|geslagen|gekrast|gebeten|sneed|kraste) ~4 (on purpose|expres|express|opzettelijk|met opzet|deliberately)
selfharm  (wonden|wondjes|sneden|sneetjes|krassen|littekens|cuts|scars|wounds) (op|in|aan|on) (mn|mijn|m|me|my) ...1 (arm|armen|benen|been|pols|polsen|dijen|bovenbenen|buik|huid|arms|legs|thighs|wrists|stomach) ~6 (steeds|dieper|meer|nieuw|nieuwe|weer|verstop|verbergen|niemand|deeper|more|new|again|hide|nobody)
selfharm  (zin|drang|urge|urges|behoefte|neiging) ...3 (te snijden|snijden|om te snijden|te krassen|krassen|cutten|to cut|cut|sh|self harm|to hurt myself|mezelf pijn|om mezelf)
selfharm  (bonk|bonken|beuk|beuken|sla|slaan|ram|rammen|bang|banging|hit|hitting) (mn|mijn|m|my|me) (hoofd|kop|head) ...3 (tot|until|till|tegen|against|on|op) ~4 (bloed|bloedt|bleed|bleeds|pijn|hurts|muur|wall)
# Danger: threats, someone coming, a weapon in the house.
danger  (gedreigd|dreigt|dreigde|dreigen|dreigden|bedreigd) ...3 (neer te steken|dood te|te vermoorden|in elkaar te slaan|te steken|neer te schieten|te pakken|af te maken|binnen te komen|te komen|me te slaan|te slaan)
danger  (help|hulp|helpp|hellup) ...3 (hij|zij|ze|he|she|they|iemand|someone) (komt|komen|is|zijn|coming|comes|staat|staan) (eraan|er aan|binnen|terug|here|back|inside|in huis|aan de deur)
danger  (help|hulp) ...2 (er is|er staat|er zit|there is|theres|someone|iemand) ...2 (in|bij|voor|outside|in front|at) (mijn|mn|ons|het|de|my|our|the) (huis|kamer|deur|raam|house|room|door|window)
danger  (gaan|gaat|willen|wil|komen|komt|zullen|gonna|going|will) (me|mij|ons|us) ...2 (pakken|steken|neersteken|afmaken|grijpen|opwachten|in elkaar slaan|in elkaar trappen|jump|stab|shoot|get|beat up)
danger  @knife ~8 (thinking about|denk eraan|denk erover|overweeg|considering|tempted|in de verleiding)
danger  (@knife|vuurwapen|pistool|gun) ~8 (boos|woedend|dronken|kwaad|angry|drunk|mad|raging|agressief)
danger  (ligt|lag|liggen) ...4 (vloer*|grond|badkamervloer|bed|bank) ~8 (@meds|@chem|pillen|gedronken|geslikt|ingenomen)
danger  (zit|zitten|ben|staat|lig) ...2 (verstopt|verstop|opgesloten|vast|trapped|hiding|locked) ~8 (iemand|man|ingebroken|inbreker|hij|ze|someone|intruder|dronken|mes|knife|bang|scared)
danger  (ontvoerd|kidnapped|meegenomen|vastgehouden|held) ~6 (weet niet waar|dont know where|idk where|help|hulp|auto|car|busje|van)
# Abuse: coercion, marriage, hitting in other words.
abuse+sexual  (dwingt|dwong|dwingen|gedwongen|forces|forced|forcing|pressures|pressured) (me|mij) ...3 (dingen|iets|things|stuff|to do)
abuse  (gedwongen|dwingen|dwingt|forced|forcing|force) ...3 (trouwen|huwelijk|uithuwelijk*|marry|marriage|married)
abuse  (uithuwelijk*|uitgehuwelijkt|gedwongen huwelijk|forced marriage|arranged marriage|eerwraak|honour|honor|eergerelateerd)
abuse  (krijg|kreeg|geeft|gaf|geven|gaven|krijgen) (me|mij)? ...2 (klappen|slaag|een pak slaag|pak rammel|tikken|trappen|schoppen|meppen|een klap|een mep|klap)
abuse+sextortion  (blackmail*|chanteert|chanteren|gechanteerd|afpers*|sextort*|chantage|chanteerd)
abuse+sextortion  (nudes|nude|naaktfotos|naaktfoto|naaktfilmpje|naaktfilmpjes|pics|fotos|filmpje|filmpjes|video|videos|pictures|photos|beelden|opnames|screenshots) ~8 (betaal|betalen|geld|euro|money|pay|bitcoin|giftcard|gift card|paypal|tikkie)
abuse  (mama|mam|ma|moeder|papa|pap|pa|vader|stiefvader|stiefmoeder|mom|mum|dad|stepdad|stepmom) ...3 (met|with) (een|de|zijn|haar|a|the|his|her)? (riem|stok|belt|stick|slipper|pantoffel|kabel|snoer|cable|lepel|houten lepel)
# Homeless: no place any more, kicked out, leaving care with nothing.
homeless  (kicked|thrown|chucked) (me)? out $
homeless  (got|get|been|was|just|im|getting) (kicked|thrown|chucked) out (again|today|tonight|yesterday|by|and|last|en)
homeless  (pleeggezin|pleegouders|opvang|groep|ouders|moeder|vader|familie|oom|tante|gastgezin|foster) ...3 (wil|willen|wilt|want|wants) (me|mij) (niet|nie|not|no) (meer|longer|anymore)
homeless  (moet|moest|must|have to|need to) ...2 (uit|weg uit|out of|leave) (de|het|mijn|mn|the|my)? (opvang|pleeggezin|groep|instelling|shelter|foster|kamer|huis|woning) ~8 (niks|niets|nergens|geen|nothing|nowhere|no)
homeless  (moet|moest) ...2 (vandaag|vanavond|morgen|nu|vannacht|meteen) (weg|eruit|vertrekken) ~8 (niks|niets|nergens|geen|pleeggezin|opvang|thuis|huis)
homeless  (slaap|slapen|sliep|geslapen|woon|wonen|leef|leven|slept|sleeping|living|sleep|live|overnacht|pit|pitten|maf|maffen) ...4 in (mijn|mn|my|m|me|een|a|de|the|zn|zijn|his|her) (auto|car|tent|busje|van|garage|schuur|fietsenhok|trappenhuis|portiek|kelder|stairwell|basement)
homeless  (heb|weet|have|know) ...1 (nergens|nowhere) $
homeless  (vannacht|vanavond|tonight) ...3 (kan|mag|can) (het|ik|i)? (@niet|not|t) (@meer|anymore)? ~8 (slaap|slapen|bank|nergens|sleep|couch|stay|blijven)
homeless  (weggelopen|ran away|gevlucht|run away) ...4 (durf|kan|mag|dare|cant|can|wil) ...1 (niet|not|nie)? ...1 (terug|back|naar huis|home)
homeless  (nachten|night|nights|nacht) ...3 (buiten|outside|op straat|on the street|in het park|in the park|op een bankje|on a bench) (geslapen|geslaapt|doorgebracht|slept|spent)
homeless  (op|on) (een|a) (bankje|bank|bench) (geslapen|geslaapt|slept|sleeping|slapen)
homeless  (evicted|uitgezet|ontruimd|huisuitzetting|eviction|uitzetting)
homeless  (slaap|slapen|sleeping|sleep) ...3 (waar ik kan|wherever|overal waar|waar het kan|bij wie)
homeless  (geen|no) (plek|place|plaats|dak) (meer)? (om te|to|waar ik)? ...2 (slapen|sleep|blijven|stay|wonen|live)
# False alarms of the corpus's train split (tests/data/crisis/corpus.tsv) and negative.txt, fixed by the rule.
except  geen (plek|plaats|ruimte|plekje) (meer)? (in|op|bij|voor|aan) (de|het|een|onze|mijn|mn)? (bus|trein|tram|metro|klas|les|cursus|groep|team|club|auto|kamp|wachtlijst|agenda|parkeerplaats|rooster|training|workshop|lijst|tafel|bank|parkeergarage|fietsenstalling|kast|telefoon|schijf)
except  (forgot|forgotten|lost|vergeten|kwijt|verloren) (my|mn|mijn|m|de|the|me)? (keys|key|sleutels|sleutel|pasje|huissleutel) ...6 (locked out|buitengesloten|buiten|outside|op slot|locked|voor de deur)
except  (kill|kil|murder|vermoorden|vermoordt|vermoord|afmaken) (me|us|mij|ons) (if|when|als|wanneer|once|zodra) (they|he|she|ze|hij|zij|mijn|mn|my) ...2 (see|saw|sees|find|found|zien|zagen|ziet|ontdekken|ontdekt|horen|hoort|hear|heard|check|checks|krijgen|get|gets) ...4 (room|kamer|grades|cijfers|cijfer|rapport|report|mess|rommel|score|phone|telefoon|bill|rekening|haircut|kapsel|tattoo|nails|nagels|schermtijd|screentime|cijferlijst|results|resultaten|toets|test)
except  (dakloos|homeless) (haha*|lol|xd|lmao|grapje|jk|hihi*)
except  (pil|pillen|pilletje|pilletjes|tablet|tabletje|@meds|te veel|teveel|too many|too much) ...8 (vitamine*|vitamins|vitamin|multivitamine*|ijzerpil*|magnesium|visolie|snoepjes|gummies|pepermuntjes)
except  (mag|kan|can|may|mogen|kun|is het erg|is het slecht|is it bad|is it ok|is het ok|is het oke) (ik|i|je|you|als|if)? ...8 (al|ook|already|also) ...2 @meds ...2 (genomen|ingenomen|geslikt|taken|took|heb|have)
except  (someone|somebody|iemand|a guy|a boy|een jongen|een man|een vrouw|a man|a woman|a girl|een meisje|buurjongen|buurman|a kid|een kind|jongen) (got|was|is|werd|wordt|has been|heeft) (stabbed|shot|killed|murdered|neergestoken|neergeschoten|vermoord|doodgestoken|gestoken|attacked|aangevallen|opgepakt|gearresteerd|arrested)
except  (opgepakt|gearresteerd|arrested|veroordeeld|aangehouden|convicted|caught) (voor|for|na|after|wegens) (een|de|a|the)? @violent
except  (voel|voelde|feel|felt|feeling) (me|mij|myself)? (soms|vaak|echt|zo|so|often|sometimes|a bit|beetje|een beetje)? (buitengesloten|left out|excluded)
except  (buitengesloten|left out|excluded) (in|op|bij|door|from|by|at|of) ...3 (klas|school|groep|team|vrienden|class|group|friends|chat|groepsapp|feestje|party|vriendengroep)
except  (kicked|gooide|gegooid|removed|verwijderd|gekickt|gekicked) (me)? (out|uit) (of|van)? (the|de|het|a|een|mijn|my)? (group|groep|groupchat|groepsapp|chat|class|klas|les|game|lobby|server|team|club|call|discord|voice|vc|squad|clan)

# ---------------------------------------------------------------- Arabic, Darija, Turkish, Polish
# The core suicide, self-harm, danger, abuse and homeless phrases in the
# languages the crisis answer exists in (src/langguess.c). AWAITING REVIEW
# BY NATIVE SPEAKERS (docs/crisis-lexicon.md, "Other languages"): written
# from dictionaries and common usage, not yet checked by a speaker of each.
# Arabic script is kept by crisis_normalise with hamza/madda alef, ta
# marbuta and alef maqsura folded: write the plain forms (ا ه ي).
# Arabic (script): suicide, wanting to die, killing oneself.
suicide  (انتحار|انتحر*|سانتحر|ساقتل|الانتحار)
suicide  (اريد|ابغي|ابغى|بدي|بغيت|حابب|اتمني) (ان)? (اموت|موت|نموت|الموت)
suicide  (اقتل|اقتلي|نقتل|قتل) (نفسي|روحي|راسي)
suicide  (ما|لا|مش) (اريد|بدي|بغيت|ابغي) (ان)? (اعيش|نعيش|عيش|الحياه)
suicide  (تعبت|مليت) (من)? (الحياه|حياتي)
selfharm  (اجرح|جرحت|نجرح|اؤذي|اذيت|اذي) (نفسي|روحي)
danger  (سيقتلني|يقتلني|يقتلوني|ستقتلني|تقتلني)
danger  (يهددني|يهددوني|تهددني)
abuse  (يضربني|تضربني|يضربوني|ضربني|ضربتني|كيضربني|كتضربني)
abuse+sexual  (اغتصاب|اغتصبني|اغتصبت|تحرش|يتحرش|تحرش بي)
abuse+sextortion  (ابتزاز|يبتزني|يبتزوني|تبتزني)
abuse+sextortion  (ينشر|سينشر|يرسل|سيرسل) ...2 (صوري|صور|فيديو|فيديوهات)
homeless  (مشرد|مشرده|متشرد|بلا ماوي)
homeless  (طردني|طردوني|طردتني) ...3 (البيت|المنزل|الدار|الشارع)
homeless  (انام|نايم|ننعس|نعس|نبات) (في|فى|ف) (الشارع|الحديقه|المحطه|الزنقه)
homeless  (ليس|ما|ما عندي|معنديش) ...2 (مكان|بلاصه|وين) ...2 (انام|للنوم|نعس|ننعس|نبات)
# Darija and Moroccan-Dutch in Latin letters (3 = ع is read as e, 7 as 7, 9 as 9).
suicide  (bghit|bghyt|bgit|baghi|bghiit|bgheet) (nmout|nmot|nmut|nmoot|nmouut|nmout|mout|nmoute)
suicide  (nqtel|nqetel|nktel|n9tel|qtel|ktel) (rassi|rasi|raasi|rossi|nafsi|rouhi|rohi)
suicide  (ntehar|nentehar|intihar|ntihar|nt7ar|nte7ar|intihaar)
suicide  (ma|mab9itch|mabqitch|mab9ach|mab9itsh|mabghitch|mabghitsh) ...2 (neich|neish|naich|n3ich|aich|3ich|eich|ish|nish)
selfharm  (kanjre7|kanjreh|kanjrah|jra7t|jrht|kan9te3|kanqte3) (rassi|rasi|yeddi|yddi|dra3i|drai|draei)
abuse  (kaydrebni|kaydrbni|kayedrbni|kaydarbni|darbni|drebni|katdrebni|katdrbni|kayedrebni|kaydrabni|kaydrebli)
homeless  (ma3ndich|maendich|mandich|maandich|ma3andich|maendish) (fin|fen|feen) (nn3es|nes|naes|nbat|nbayet|nnees|nes)
homeless  (jrani|jrawni|tardni|tardouni|tardoni|tarduni) (mn|men|mel|mal)? (dar|ddar|ldar|lbit|bit)
# Turkish (folded: s for s-cedilla, i for dotless i, g for g-breve, o u c).
suicide  (intihar*|kendimi oldur*|kendimi asaca*|kendimi asmak|kendimi oldurece*)
suicide  (olmek|olmak) (istiyorum|isterim|istiyom|istiyorm)
suicide  (yasamak|yasamk) (istemiyorum|istemiyom|istemiyorm)
suicide  (hayatima|hayatma) son (vermek|verece*|veririm|vericem)
selfharm  (kendime|kendimi) (zarar|kesiyorum|kestim|yakiyorum|yaktim|yaraliyorum|yaraladim|keserim)
danger  (beni|bizi) (oldurece*|olduruce*|oldurcek|oldurur|vuracak|bicaklayacak)
abuse  (babam|annem|abim|amcam|uvey babam|kocam|ailem|agabeyim) (beni|bana)? (dovuyor|dovdu|dover|vuruyor|vurdu|dovuyorlar|dovuyo|siddet uyguluyor)
abuse  (dovuyor|dovuyorlar|dovuldum|dayak yiyorum|siddet goruyorum)
abuse+sexual  (tecavuz*|taciz*|istismar*)
abuse+sextortion  (santaj*|ciplak fotograflarimi|fotograflarimi yayacak|fotolarimi yayacak)
homeless  (kalacak|uyuyacak|yatacak) (yerim|yer|bir yerim) (yok)
homeless  (evden|evimden) (kovuldum|atildim|attilar|kovdular|kacti*|kactim)
homeless  (sokakta|disarida|parkta) (yatiyorum|uyuyorum|kaliyorum|yasiyorum|yattim|uyudum)
homeless  (evsizim|evsiz kaldim|evsiz)
# Polish (folded: a e l s c n o z for the letters with marks).
suicide  (samoboj*|samobojst*|samobojcz*)
suicide  (chce|chcialbym|chcialabym|chcialem|chcialam) (umrzec|umrzc|zniknac na zawsze|sie zabic|skonczyc ze soba|nie zyc)
suicide  (zabije|zabic|zabijam|zabilem|zabilam) sie
suicide  nie (chce|chcem|umiem) (juz)? (zyc|zyc dalej|tak zyc)
suicide  (skoncze|skonczyc|skoncz) ze (soba|swoim zyciem|zyciem)
selfharm  (tne|pocialem|pocielam|ciac|okaleczam|okaleczylem|okaleczylam|przypalam|ranie) sie
selfharm  (samookalecz*|samouszkodz*)
danger  (zabije|zabiją|zabija|zabijeją|zabija) (mnie|nas)
danger  (grozi|grozil|grozila|groza|groza) (mi|nam)
abuse  (ojciec|tata|matka|mama|ojczym|macocha|brat|wujek|rodzice) ...2 (bije|bil|bila|bija|bili|kopie|kopal|dusi|dusil) (mnie|nas)?
abuse  (bije|bija|bil|bila|bili|kopie) mnie
abuse+sexual  (zgwalcil*|zgwalcon*|gwalt*|molest*|dotyka mnie|dotykal mnie|wykorzystal*|wykorzystuje)
abuse+sextortion  (szantaz*|szantazuje)
abuse+sextortion  (nagie|moje|intymne) (zdjecia|filmy|nagrania) ...4 (wysle|wysla|opublikuje|rozesle|pieniadze|zaplac|zaplacic|wszystkim)
homeless  nie (mam|ma) (gdzie) (spac|spac dzis|mieszkac|isc|pojsc|nocowac)
homeless  (wyrzucil*|wyrzucili|wyrzucila) mnie
homeless  (spie|spalem|spalam|nocuje) (na|w)? (ulicy|dworcu|klatce|ulicach|parku|lawce|dworze)
homeless  (bezdomn*)
# Round 5, from the misses of the corpus's train split (general forms, not the sentences).
danger  (verstop|verstopt|verstopte|verstoppen|hiding|hide|hid) ...2 (me|mij|mezelf|myself|in|under|onder) ~8 (thuiskomt|komt|binnen|deur|door|break|breken|breaking|dronken|drunk|bang|scared|trying|proberen|schreeuwt|screaming)
danger  (hoor|hear|hoorde|heard) (iemand|someone|somebody|voetstappen|footsteps|een man|a man) ~8 (alleen thuis|home alone|alone|alleen|bang|scared|beneden|downstairs|inbreker|help)
danger  (zwaar|erg|heel|badly|seriously|really) (gewond|verwond|hurt|injured|bleeding)
danger  (gestoken|neergestoken|stabbed|shot|neergeschoten|geraakt) ...4 (bloed|bloedt|bleeding|bloeden|blood|ambulance)
danger  (heeft|hebben|had|has|have) (me|mij) ...4 (gestoken|neergestoken|gewurgd|stabbed|choked|strangled)
danger  (gevochten|vechten|vechtpartij|fight|fighting|gevecht|knokken) ...3 (in|at) (ons|mijn|mn|my|our|the)? (huis|house|home|thuis|flat|apartment) ~8 (bloed|blood|mes|knife|wapen|weapon|nu|now|help|hulp|politie|police)
abuse  (buitenland|land van herkomst|marokko|turkije|somalie|afghanistan|abroad|back home|my country|home country) ~8 (niet terug|mag niet terug|cant come back|not allowed back|achterlaten|achtergelaten|leave me|trouwen|marry|married|paspoort|passport)
abuse  (@famall|they|ze|zij) ~4 (hurt|beat|slaan|pijn doen|pijndoen|schoppen|straffen|punish|hit|kill|vermoorden) ~8 (@reltn|find out|erachter|ontdekken|ontdekt|finds out)
abuse+sexual  (slaap|slapen|sleep|seks|sex|neuken|sleeping|slepen|selep) (met|with) ...3 (vrienden|friends|mannen|men|guys|jongens|anderen|others) ...3 (voor|for) (geld|money|cash)
abuse+sexual  (geld|money|cash|betaalt|pays|betaald|paid) ...4 (voor|for) (seks|sex)
abuse+sexual  (rare|vieze|enge|weird|gross|creepy|nare|smerige) (dingen|things|stuff|spelletjes|games) (met|with|bij|to|aan) (me|mij)
abuse+sextortion  (dwingt|dwong|eist|eiste|forces|forced|demands|demanded|pressures|pressured|chanteert) (me|mij)? ...3 (fotos|foto|nudes|pics|naaktfotos|videos|filmpjes|naakt) ...2 (sturen|te sturen|send|to send|maken|sturen|delen)
abuse  @fam_en ...2 (burns|burned|burnt|cuts|bites|bit|starves|starved|chokes|choked|slaps|slapped|pinches|locks|locked|drags|dragged) (me|us)
abuse  @familie ...2 (brandt|brandde|verbrandt|knijpt|kneep|bijt|beet|wurgt|wurgde|stompt|stompte|sleurt|sleurde) (me|mij|ons)
abuse  (moet|mag|moest|mocht) van (mn|mijn|m|me|de)? (@vader|@moeder|ouders|stiefvader|stiefmoeder|oom|tante|pleegouders) ...3 (op de grond slapen|buiten slapen|in de kelder|in de schuur|geen eten|niet eten|niet naar binnen|op de gang slapen|in de kast)
abuse  (geen|no) (eten|food) (thuis|at home|in huis|in the house) ~8 (dagen|days|dronken|drunk|week|weken|weeks)
abuse  @familie ...3 (me|mij) ...2 (tegen|door|op|van|against|into|down) (de|het|een|the|a)? (muur|kast|grond|deur|vloer|trap|tafel|wall|floor|stairs|door|table) (gegooid|geduwd|gesmeten|geslagen|geramd|aan|af|thrown|pushed|slammed)?  
abuse  (blauw oog|blauwe plekken|bloedneus|blauwe plek|gebroken arm|kapotte lip|dikke lip|black eye|bruises|bruise|split lip) (van|door|from|because of) (mn|mijn|m|me|my)? (@familie|@fam_en)
selfharm  (in|op) (mn|mijn|me|m|my) (arm|armen|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|buik|huid|wrist|arms|legs) (snijden|krassen|snij|kras|branden|cutten|te snijden|te krassen|gesneden|gekrast)
selfharm  (clean|gestopt|streak) ...6 (relapsed|relapse|terugval|teruggevallen|weer begonnen|verbroken|broke|broken|again|weer gedaan)
homeless  (zit|sta|ben|lig|slaap|loop|zwerf) ...2 (sinds gisteren|sinds gister|de hele nacht|all night|since yesterday|sinds vannacht|al dagen|for days|al twee dagen|al 2 dagen|al een week) ...3 (buiten|outside|op straat|on the street|in het park|on the streets)
homeless  @tonight ...3 ergens (heen|naartoe|slapen) ~8 (weet|wet) @niet (waar|wr)
suicide  (dont|cant|do not|cannot|zie|kan) (see)? (myself|mezelf|me) (alive|leven|levend|here|around|hier|meer) (next|volgend|volgende|over|in|na|after)
suicide  (ways|manieren|methods|methodes|method|manier) (to|om) (die|dood te gaan|te sterven|kill myself|mezelf|end it|suicide)
suicide  (rust|slapen|sleep|rest|peace) ...2 (voor altijd|voorgoed|forever|for good|eeuwig|for ever|eternal|eeuwige)
except  (met|with) (een|a|zn|zijn|his|her|mn|my)? (kussen|pillow|knuffel|teddy|ballon|balloon|sneeuwbal|snowball|waterpistool|nerf|kussens|pillows|sneeuwballen|snowballs) ...2 (geslagen|gegooid|beschoten|geraakt|hit|shot|gestoken|gemept)
# Round 6 (fresh3's lines as tuning lines).
suicide  (er is|is er|there is|theres|there's) (toch|echt|gewoon|really|just)? (niks|niets|nothing) (meer)? (voor|for) (mij|me)
suicide  (easier|better|happier) ...3 (if|when) (i|im) (just|simply|really)? (wasnt|werent|was not|were not|didnt|was|were|am) (here|around|alive|exist|gone|dead|born)
suicide+other  (texted|sent|said|appte|stuurde|zei|zegt|says|wrote|schreef) ...3 (goodbye|bye|vaarwel|afscheid|doei) ~8 (wont|doesnt|isnt|niet|not|geen|reageert|answer|answering|pick up|opnemen|antwoordt|offline)
danger  (someone|somebody|iemand|he|she|they|hij|ze|zij|man|guy|gast) ...2 (trying|tries|probeert|proberen|wil|wants) ...3 (into|in|binnen|inbreken|breken|break|open) ...3 (my|our|mijn|mn|ons) (room|house|kamer|huis|home|flat|door|deur|window|raam)
except  (nooit|never) ...3 (genomen|ingenomen|geslikt|gedaan|geprobeerd|taken|took|tried|done|gedacht|thought) (om|to|about) (dood|die|doodgaan|te sterven|mezelf|myself|kill|dying) ...4 @aside
except  (ben|word|werd|was|been|wasnt|bin|wordt) (nooit|never|niet|not|nie|nog nooit) (mishandeld|misbruikt|geslagen|verkracht|aangerand|bedreigd|abused|hit|raped|beaten|assaulted|gestoken) ...4 @aside
except  (leert|leren|leer|learn|learning|learned|geleerd|leerden|hadden|hebben|had|doen|deden) ...2 (over|about|ovre|oevr) ...3 @topic (en|and|of|or)? @topic?

# ---------------------------------------------------------------- other languages, more phrases
# Turkish, Polish, Arabic (script) and Moroccan Arabic (darija, in Arabic
# script and in Latin letters with 3, 7 and 9): the core phrases of each
# category, as the crisis answer exists in these languages too. Awaiting
# review by native speakers and CIT (docs/crisis-lexicon.md, "Other
# languages"). Words are normalised as above: Turkish ö ü ç ş ğ ı and Polish
# ę ą ś ć ż ź ł ń ó fold to ASCII; in Latin darija 3 reads as e (leetspeak),
# so write 3 and it matches; Arabic letters keep one spelling of alef, ta
# marbuta and ya, without vowel marks.
# Turkish.
suicide  (olmek|olmak|olucem|olecegim|olmeliyim) (istiyorum|istiyom|isterim|istedim)
suicide  (kendimi|kendimizi) (oldur*|asacagim|asicam|atacagim|atcam)
suicide  intihar (edecegim|edicem|etmek|etmeyi|ediyorum|etcem|edeyim|dusunuyorum)
suicide  (yasamak|yasamayi) (istemiyorum|istemiyom)
suicide  (yasamanin|hayatin) anlami yok
except  intihar (saldiri*|bombaci*|eylem*)
selfharm  (kendimi|kolumu|kollarimi|bileklerimi) (kesiyorum|kestim|keserim|yakiyorum|yaktim|jiletliyorum|jiletledim)
selfharm  kendime zarar (veriyorum|verdim|veririm|vermek)
suicide+ingested  (cok|bir kutu|butun|tum|kutu) ...2 (hap|ilac|hapi|ilaci|haplari|ilaclari) (ictim|yuttum|aldim)
danger+other  (kardesim|arkadasim|abim|ablam|annem|babam) ...2 (hap|ilac|haplari|ilaclari) (icti|yuttu|aldi) ...3 (uyanmiyor|nefes almiyor|cevap vermiyor|kendinde degil)
abuse  (beni|bizi|annemi) ...2 (dovuyor|dovuyorlar|dovdu|dover|doverler|dovuyo|vuruyor|vurdu|dovdugunu)
abuse+sexual  tecavuz*
abuse+sexual  taciz (ediyor|etti|ediyorlar|ediyo)
abuse  (evden|disari) (cikarmiyor|cikarmiyorlar|cikamiyorum) ...4 (telefon*|kilitli|kilitledi|hapsetti)
abuse  (zorla) (evlendir*|evlenmek|nikah)
homeless  (kalacak|uyuyacak|gidecek) (yerim|bir yerim) (yok|kalmadi)
homeless  (sokakta|disarda|disarida|parkta) (kaliyorum|yatiyorum|uyuyorum|yasiyorum|uyudum|kaldim|sokaktayim)
homeless  (sokaktayim)
homeless  (beni) (evden) (atti|attilar|kovdu|kovdular|cikardi)
# Polish.
suicide  (chce|chcialbym|chcialabym) (umrzec|zginac|sie zabic|skonczyc ze soba)
suicide  (zabije|zabic|zabijam) sie
suicide  sie (zabije|zabic|zabijam)
suicide  (nie) (chce|chcialbym|chcialabym) (juz)? (zyc|istniec)
suicide  (samoboj*|popelnie samobojstwo)
except  (zamach|zamachowiec|atak) samoboj*
selfharm  (sie|siebie) (tne|tnie|okaleczam|okaleczylam|okaleczylem|pocialam|pocielam)
selfharm  (tne|cialam|cielam|pocialam|pocielam|ranie|okaleczam|okaleczylam|okaleczylem|krzywdze) (sie|siebie)
suicide+ingested  (wzialem|wzielam|polknalem|polknelam|lyknalem|lyknelam|zarzylem|zarzylam) ...3 (tabletki|tabletek|leki|lekow|pigulki|pigulek|proszki|proszkow)
danger+other  (przyjaciolka|przyjaciel|kolega|kolezanka|brat|siostra|mama|tata) ...2 (wziela|wzial|polknela|polknal) ...3 (tabletki|tabletek|leki|lekow) ...3 (nie reaguje|nie oddycha|nie budzi sie|nieprzytomn*)
abuse  (ojciec|ojczym|matka|macocha|mama|tata|brat|chlopak) ...3 (bije|bil|bila|uderzyl|uderzyla|kopie) (mnie)?
abuse  (bije|bija|bil|bila) mnie
abuse+sexual  (dotyka|dotykal|molestuje|molestowal|zgwalcil|zgwalcili|gwalci) (mnie)?
abuse+sexual  (gwalt|molestowanie)
homeless  nie mam (gdzie|dokad) (spac|mieszkac|isc|pojsc)
homeless  (wyrzucil|wyrzucili|wyrzucila|wywalili) mnie (z domu)?
homeless  (spie|mieszkam|nocuje) (na ulicy|w parku|na dworcu)
# Arabic, in Arabic script (Modern Standard and Moroccan).
suicide  (اريد|اريد ان|بدي|ابي|ابغي|بغيت|باغي|نبغي|حاب) (اموت|موت|انتحر|نموت|نتحر|نقتل راسي|اقتل نفسي)
suicide  (انتحار|الانتحار|سانتحر|ساقتل نفسي|راح انتحر|غادي نتحر|غادي نموت)
suicide  (اقتل|نقتل|قتل) (نفسي|راسي)
suicide  (ما|لا|مابغيتش|ماباغيش) ...2 (اعيش|نعيش|العيش|الحياه)
except  (هجوم|عمليه|تفجير) انتحاري*
selfharm  (كنجرح|نجرح|اجرح|جرحت|كنقطع|قطعت|اقطع|نقطع) (راسي|نفسي|يدي|يديا)
selfharm  (اذي|اوذي|اذيت|نضر|كنضر) (نفسي|راسي)
suicide+ingested  (اخذت|خذيت|شربت|بلعت|كليت) ...3 (حبوب|الحبوب|دوا|الدوا|دواء|الدواء|كينة|فانيد)
danger+other  (صاحبي|صاحبتي|خويا|اختي|ختي|صديقي|صديقتي|اخي) ...3 (حبوب|الحبوب|دوا|الدوا|الدواء) ...4 (ما كيفيقش|مابقاش كيتنفس|لا يستيقظ|لا يتنفس|ما كيجاوبش|مغمى)
abuse  (ابي|امي|بابا|ماما|خويا|اخي|زوجي|راجلي|زوج امي|مرات ابي) ...2 (يضربني|كيضربني|ضربني|تضربني|كتضربني|يعنفني)
abuse  (يضربني|كيضربني|يضربوني|كيضربوني)
abuse+sexual  (اغتصب*|تحرش بي|تحرش بيا|كيتحرش|يلمسني|كيقيسني)
abuse  (يريدون|بغاو|باغين) ...2 (تزويجي|يزوجوني|يزوجوني بالسيف|يزوجوني بزز)
abuse  (زواج) (قسري|بالقوه|بالسيف)
homeless  (ما عندي|ماعنديش|ما عنديش|ليس لدي) ...2 (فين|وين|اين|مكان) ...2 (نبات|انام|ننعس|نسكن|اسكن)
homeless  (طردني|طردوني|جراو عليا|خرجوني) (من الدار|من البيت|من الدار)?
homeless  (كنعس|كنبات|انام|نايم|نايمه) (في الزنقه|في الشارع|فالزنقه|فالشارع|برا)
# Moroccan Arabic in Latin letters.
suicide  (bghit|baghi|baghia|bghina|n9tel|nqtel|nktel|ghadi|ghan|gha) (nmout|nmot|nmut|n9tel rasi|nqtel rasi|nktel rasi|ntle7 rasi|nqtal rasi)
suicide  (n9tel|nqtel|nktel|ne9tel|neqtel|nqtal) (rasi|rassi|nefsi)
suicide  (ma bghitch|mabghitch|mabaghich|ma baghich) n3ich
selfharm  (kanjre7|kanjreh|kan9te3|kanqte3|kan3ewwer|kan3awer|jre7t|9te3t) (rasi|rassi|yeddi|yedi)
suicide+ingested  (khdit|kleet|klit|chrebt|cherbt|blet) ...3 (l7bob|lhbob|7bob|hbob|dwa|ddwa|l7ebbat|pilules)
abuse  (baba|mama|khouya|khoya|rajli|3ami) ...2 (kaydrebni|kaydrbni|kaydarbni|kaytdrebni|drebni|kaydrbuni|kaydorbni|kaydarbouni)
abuse  (kaydrebni|kaydrbni|kaydarbni|kaydrbuni|kaydrebouni)
abuse  (kaysed|kaysdd|kaysedd|sdo) ...3 (3liya|3lia|alia) ...3 (dar|bit)
abuse+sexual  (ghtasbni|ghtasbouni|kaytharch|kayt7arch|t7arch biya)
homeless  (ma3ndi|ma 3ndi|ma3ndich|makaynch) (fin|fen|win) (nbat|n3es|nbate|nsken|nmchi)
homeless  (tlo7ni|tlohni|jrawni|jraw 3liya|khrjoni|khrjouni) (mn|men|min)? (dar|ddar|l7ouma)?
homeless  (kanbat|kan3es|n3est|bet) (f|fi) (zen9a|zan9a|znqa|zenqa|chari3|lbarra)

# Round 7 (fresh5, fresh6): what the model caught and the lexicon did not.
suicide  (eind|einde|eint) (maken|make|maak|maakt) aan (alles|al|allemaal|het|t)
suicide  er ...2 (een|n|un)? (eind|einde|eint) aan (te|wil|ga|gaat|wilde|ging)? (maken|make|maak|mak|maakt)
suicide+other  (eind|einde|end) aan (haar|zijn|hun) (leven|leve)
suicide  (dak|brug|flat|raam|balkon|roof|bridge|window|balcony|gebouw|building|rand|edge) ...8 (springen|spring|jump|jumping)
suicide  (springen|spring|jump) ...3 (van|from|off|uit|out of) (het|de|een|the|a|my|mijn)? (dak|brug|flat|raam|balkon|roof|bridge|window|balcony|gebouw|building)
suicide  (standing|staan|sta|stand|sitting|zit) (on|op) (the|a|de|het|een)? (bridge|brug|roof|dak|edge|rand|tracks|spoor|ledge) (rn|now|nu|right now)
suicide+ingested  (swallowed|drank|drunk|took|gedronken|geslikt|opgedronken|ingeslikt) ...4 (cleaning|schoonmaak|schoonmaakspul|bleach|bleek|chloor|ontstopper|wasmiddel|detergent|antivries|antifreeze|lampolie|gif|poison|@chem)
selfharm  (gesneden|gekrast|cut|sneed|snijd|snij|kras) ...4 (scheermes|scheermesje|scheermesjes|mesje|mesjes|razor|razors|blade|blades)
suicide  @knife ...8 @wil (het|t) (doen|doe)
abuse  (en|and) (slaat|sloeg|schopt|schopte|hits|kicks|beats|punches) (me|mij)
abuse  (me|mij) (naar|terug naar) ...1 (marokko|turkije|pakistan|somalie|afghanistan|irak|syrie|eritrea|india|bangladesh|buitenland|thuisland) ...6 (trouwen|trouw|huwelijk|uithuwelijken|achterlaten|laten)
abuse  (dwingt|dwingen|dwong|forces|forced|forcing) (me|mij|us|ons) ...4 (drugs|smokkelen|smokkel|dealen|deal|verkopen|stelen|steal|sell|bolletjes|seks|sex|werken)
danger  (hij|zij|ze|he|she|they|vader|moeder|ex|broer|stiefvader|vriend|pa|ma) ...4 (mijn|mn|my) (arm|been|neus|kaak|ribben|rib|pols|vinger|leg|nose|jaw|ribs|wrist|finger) (gebroken|broken|broke|gebrooken)
danger  (broke|brak|breaks) (my|mijn|mn) (arm|leg|nose|jaw|ribs|rib|wrist|finger|been|neus|kaak|ribben|pols|vinger)
suicide  (verdwijn|verdwijnen|weggaan|disappear|vanish) ...4 (niemand|nobody|noone|no one) ...2 (merkt|merken|mist|missen|notices|notice|cares|care|zal|zou|would|will)
suicide+ingested  @meds ...6 (ga|gaan|going|gonna|wil|want) ...3 (allemaal|all|alle|tegelijk|at once) (nemen|innemen|slikken|take|swallow|opeten)
abuse+sexual  (man|vent|meneer|jongen|oom|leraar|trainer|buurman|guy|teacher|coach|neighbour|neighbor|uncle) ...8 (me|mij) (aanraakt|aanraken|aanraakte|betast|betastte|touches|touched|gropes|groped)
danger  (gooide|gooit|duwde|duwt|pushed|threw|throws|pushes|schopte) (me|mij) ...2 (trap|stairs|trappen)

# Round 8 (fresh8, written by a second writer): bodies in danger from an
# eating disorder, self-harm that goes deeper, a friend's goodbye online.
danger  (kots|kotsen|kotste|gekotst|braak|braken|braakte|overgeven|geef over|gaf over|overgegeven|spuug|spuugde|gespuugd|throw up|throwing up|threw up|thrown up|vomit|vomiting|vomited|puke|puking|puked|purge|purging|purged) ...8 (bloed|blood|bloody)
danger  (hoest|hoesten|kots|spuug|cough|coughing|throwing) ...1 (bloed|blood) (op|uit|up)?
danger  (kots|kotsen|kotste|braak|braken|overgeven|spuug|spugen|gooi alles eruit|gooi het eruit|throw up|throwing up|throw it all up|vomit|vomiting|puke|puking|purge|purging) ...8 (komt|kwam|zit|zat|en|and|with|met) ...4 (bloed|blood)
@faint   = flauwgevallen|flauw|fainted|faint|fainting|zwart|collapsed|bewusteloos|unconscious
@days    = dagen|days|week|weken|weeks
@eaten   = gegeten|eten|eet|eaten|eat|eating|ate|food
@noeat   = niks|nix|niets|niet|nie|geen|nothing|not|havent|hasnt|barely|amper|nauwelijks|zonder|without|no
danger  @days ...4 @noeat ...2 @eaten ...8 (@faint|passed out|pass out)
danger  @noeat ...2 @eaten ...4 @days ...8 (@faint|passed out|pass out)
danger  @eaten ...4 @days ...2 @noeat ...8 (@faint|passed out|pass out)
danger  (@faint|passed out) ...8 @noeat ...2 @eaten ...4 @days
danger  (@faint|passed out) ...8 @days ...4 @noeat ...2 @eaten
danger  (weeg|wegen|weight|weigh|weighs|kilo|kg|kilos) ...8 (hart|heart|hartslag|heartbeat) ...4 (raar|weird|vreemd|overslaat|over|skips|skipping|bonkt|bonst|pijn|hurts|stopt|irregular|onregelmatig|fladdert)
selfharm  (snij|snijd|snijdt|kras|krast|cut|cutting|sneed|sneden|gesneden|gekrast) ...3 (dieper|deeper|te diep|too deep|zo diep|so deep|steeds erger|worse)
selfharm  (foto|fotos|pic|pics|picture|pictures|photo|photos) (van|of) (mn|mijn|my|me)? (polsen|wrists|sneden|cuts|wonden|wounds|krassen|snijwonden)
suicide  (riem|touw|belt|rope|snoer|strop|noose) (om|around|rond) (mn|mijn|my|me|m|de|the|zn|zijn|his|her|haar) (nek|neck|keel|throat)
suicide+other  @friend ...8 (snap|snapchat|insta|instagram|tiktok|story|status|gepost|posted|gezet|appte|appt|texted|texts|stuurde|stuurt|sent|sends|zegt|zei|says|said) ...6 (afscheid|goodbye|vaarwel|tot nooit)
suicide  (afscheid|goodbye|vaarwel) ...8 (telefoon|phone|mobiel|gsm) ...3 (uit|off|dood|dead)
except  (leuk|gezellig|fun|vet|geweldig|lachen|chill|nice|mooi|gedanst|dansen|gefeest|feesten) ...8 @ik ben (echt|gewoon|gwn|helemaal|zo)? (op|kapot|gesloopt|moe)
except  (jump|jumping|spring|springen|duik|duiken|dive|diving) ...2 (in|into|op|on) (the|het|de|a|een)? (pool|zwembad|buitenbad|binnenbad|trampoline|springkussen)
except  (al|already|sinds|since|for) ...3 (maanden|maand|jaar|jaren|weken|months|month|year|years|weeks) ...1 (gestopt|clean|stopped|quit) (met|with|from)? (krassen|snijden|cutten|cutting|self harm|selfharm|zelfbeschadiging|sh|kras)
except  afscheid (van|nemen van|neemt van|genomen van) (mijn|mn|de|het|onze|haar|zijn|zn)? (school|basisschool|klas|team|club|werk|baan|stage|juf|meester|docent|mentor|collega|collegas|oude|elftal|vereniging|groep)
except  (goodbye|bye|farewell) (to) (her|his|my|their|the|our)? (old|new)? (team|school|class|classmates|club|job|work|teacher|coach|house|city|country|colleagues|internship)
except  (geen|no|niet|not|zonder|without) (bloed|blood)
except  (gestopt|clean|stopped|quit) (met|with|from)? (krassen|snijden|cutten|cutting|self harm|selfharm|zelfbeschadiging|sh|kras) (sinds|since|al|already|for) ...3 (maanden|maand|jaar|jaren|weken|months|month|year|years|weeks)
# Round 8: what the model caught in fresh8 and the lexicon did not.
danger  (zit|zat|sit|sitting|sta|lig|ben|im) ...4 (met|with) (een|a|mn|mijn|my|the|de)? (mesje|mesjes|scheermesje|scheermesjes|razor|razors|blade|blades|scherf|glasscherf|touw|rope|strop|noose)
suicide  (sta|staan|stand|standing|zit|sitting) (op|on) (de|het|een|the|a)? (brug|bridge|spoor|tracks|spoorbrug|viaduct|ledge)
suicide  (sta|staan|stand|standing|zit|sitting) (op|on) (het|de|the)? (dak|roof) (van|of) (de|het|een|mijn|mn|my|our|the|a|ons)? (flat|gebouw|building|parkeergarage|toren|school|flatgebouw|appartement|apartment|tower)
suicide+ingested  (@meds|medicijnkastje|medicine cabinet) ...8 (bij elkaar gelegd|bij elkaar gezocht|verzameld|opgespaard|gespaard|klaargelegd|klaar gelegd|uitgestald|op een rij|gathered|collected|saved up|lined up|stockpiled)
suicide  (afscheidsvideo*|afscheidsfilmpje*|afscheidsvlog*|afscheidsbericht*|afscheidsberichtje*|afscheidsspraakbericht*|goodbye video*|goodbye message*)
abuse  (geslagen|slaat|sloeg|gooit|gooide|smijt|smeet|hit|hits|beat|beats|threw|throws) ...2 (met|with) (een|de|a|the|zn|zijn|his|her|haar)? (stoel|chair|pan|fles|bottle|glas|glazen|vaas|asbak|hamer|hammer|stok|stick|riem|belt|kabel|snoer|lamp|bord|borden|plates|schoen|shoe|slipper)
abuse  (met|with) (een|de|a|the|zn|zijn|his|her|haar)? (stoel|chair|pan|fles|bottle|glas|vaas|asbak|hamer|hammer|stok|stick|riem|belt|kabel|snoer|lamp|bord|schoen|shoe|slipper) (geslagen|gegooid|gemept|geraakt|hit|beaten|slagen|bekogeld)
danger  (me|mij) (de|van de|down the)? (trap|stairs|trappen) (af|afgeduwd|afgegooid|down|van)? (geduwd|gegooid|geschopt|pushed|thrown|gesmeten|kicked)
danger  (pakt|pakte|haalt|haalde|grabbed|grabs|greep|grijpt|pulled|pulls|trekt|trok) (een|het|de|a|the|zn|zijn|his|her|haar|z)? @knife
danger  @knife (gaat|gaan|ga|going to|gonna)? (pakken|halen|grab|get) $
danger  @knife (gaat|gaan|ga|going to|gonna) (pakken|halen|grab|get)
except  (mes|knife|messen|knives) (om|to|voor|for) ...3 (brood|groente|groenten|uien|fruit|appel|vlees|kaas|taart|cake|pizza|bread|vegetables|meat|cheese|boter|butter|pakje|doos|box|package|tape|touwtje|snijden|smeren)
abuse  (paspoort|passport|identiteitskaart|id kaart|idkaart|papieren|papers) ...3 (afgepakt|afgenomen|ingenomen|taken|took|weggenomen|verstopt|hidden|kwijt gemaakt|takes|hides)
abuse  (sturen|stuurt|stuurden|brengen|brengt|send|sending|sent|taking|take) (me|mij) ...4 (weg|abroad|buitenland|away|terug|back) ...4 (trouwen|marry|married|huwelijk|uithuwelijken|wedding)
danger  (zoeken|zoekt|wachten|wacht|komen|komt|looking for|waiting for) (me|mij|op me|op mij)? ...6 (me|mij) (kapotmaken|kapot maken|afmaken|neersteken|neerschieten|doodmaken|dood maken|vermoorden|steken|schieten|opwachten)
abuse+sexual  (gedwongen|dwong|dwingt|forced|forces|made me|makes me) ...3 (dingen|things|stuff|iets|something) ...4 (niet wou|nie wou|niet wilde|nie wilde|niet wil|nie wil|didnt want|did not want|dont want)
abuse  (mond|mouth|mn mond|mijn mond|my mouth) ...1 (houden|dicht|shut|keep shut) ...2 (anders|or else|otherwise)
homeless  (mag|kan|mogen|allowed) (nooit|niet|nie|never) (meer)? (thuis|naar huis|home) (komen|terugkomen|come|komme|back)?
except  (brug|bridge|dak|roof|spoor|viaduct|parkeergarage) ...4 (te wachten|wachten|waiting|wacht|waar ben|where are|kom je|are you coming|te chillen|chillen|chilling|met vrienden|with friends|met mijn vrienden|with my friends)

# Round 9 (fresh9, the second writer, messages that say little): affairs
# put in order, a place and a time, a farewell without the word, abuse and
# neglect told as plain facts, exploitation, a wound that is infected.
suicide  (kat|hond|poes|konijn|cavia|hamster|vogel|cat|dog|pet|rabbit|kitten|puppy) ...8 (ook geregeld|also sorted|sorted too|better care|beter voor haar zorgen|beter voor hem zorgen)
suicide  (weggegeven|gave away|given away|weggedaan) ...8 (wont be needing|won't be needing|wont need|won't need|will not need|zal ik nie meer nodig hebben|zal ik niet meer nodig hebben|heb ik straks niet meer nodig|heb ik straks nie meer nodig|heb ik binnenkort niet meer nodig)
suicide  (verwijderd|deleted|opgezegd|cancelled|canceled|opgeheven) ...8 (vanaf morgen|from tomorrow|after tonight|na vanavond|na vandaag|after today) ...3 (niemand|nobody|no one|noone)
suicide  (spoorwegovergang|spoorovergang|overweg|level crossing|railway crossing|tracks) ...8 (volgende trein|next train|eerstvolgende trein|laatste trein|last train)
suicide  (dak|roof|verdieping|floor|parkeergarage|brug|bridge|toren|tower|flat) ...8 (al|for|already) ...3 (uur|hour|hours|minuten|minutes|while) ...3 (naar beneden|down|de diepte)
suicide  (dak van|roof of) ...2 (flat|gebouw|building|parkeergarage|toren|tower|school) ...8 (tot het donker|until dark|till dark|until its dark)
suicide  (brug|bridge|spoor|tracks|parkeergarage) ...8 (tot het donker|until dark|till dark|until its dark)
suicide+other  (foto|picture|pic|photo|video|filmpje) (van|of) (de|een|the|a)? (brug|bridge|spoor|tracks|dak|roof|spoorbrug|flat) ...8 (doei|bye|goodbye|vaarwel|neemt nie op|neemt niet op|not answering|doesnt answer|isnt answering)
suicide  (laatste bericht|last message|last text) (ooit|ever|voor altijd|forever)? (zeg|tell|doei|bye|vaarwel|love|hou van)
suicide  (zeg|vertel) (tegen)? (mn|mijn|m) (moeder|vader|ouders|mama|papa|mam|pap|zus|broer|familie) ...4 (nie|niet) (haar|zijn|hun|jullie) schuld (was|waren)
suicide  (tell) (my) (mom|mum|mother|dad|father|parents|sister|brother|family) ...4 (wasnt|was not|isnt|is not) (her|his|their|your) fault
suicide  (brief|letter|briefje|afscheidsbrief) ...2 (ligt|lies|is) (al)? (klaar|ready) ...8 (vindt|vinden|find|finds) ...3 (morgen|tomorrow|wel|later)
except  (sinterklaas|sint|kerst|verjaardag|birthday|christmas|santa|motivatiebrief|sollicitatiebrief|cover letter|sollicitatie) ...6 (brief|letter|briefje)
suicide  (last time|laatste keer) ...3 (hear from me|hear of me|hoort van me|horen van me|van me hoort|van me horen|iets van me hoort|iets van me horen)
abuse  (mag|mogen|allowed|krijg|get) ...2 (geen|nie|niet|not|no) (eten|eat|food) ...4 (als|when|if|omdat|because) ...3 (nie|niet|not|dont|didnt) (luister|listen|gehoorzaam|obey)
abuse  (koelkast|fridge|keukenkast|voorraadkast|eten|food) ...2 (op slot|locked|afgesloten)
abuse  (moet|moest|have to|has to|must|made|making) ...4 (op|on|in) (de|het|the)? (gang|balkon|balcony|hallway|vloer|floor|garage|schuur|shed|kelder|basement|zolder|attic) (slapen|sleep) ...8 (zonder deken|without a blanket|no blanket|koud|cold|freezing|straf|punishment|luister|listen|op slot|locked)
abuse  (gaat|komt|goes|comes|sluipt|sneaks) ...4 (kamer|room|bed) (van)? (mn|mijn|my|m)? (kleine|little|baby)? (broertje|zusje|broer|zus|brother|sister) ...8 (huilen|huilt|crying|cries|gillen|pijn|schreeuwen|screaming)
abuse  (honger|hungry) ...8 (nix|niks|niets|nothing|no food) (meer)? (te eten)? (in huis|in the house|at home)
abuse  <n> (dagen|days|nachten|nights) (nie|niet|not) (thuis|home) ...8 (honger|hungry|nix te eten|niks te eten|nothing to eat)
abuse  (nix|niks|niets|nothing|no food) (meer)? (te eten)? (in huis|in the house|at home|thuis) ...8 (honger|hungry|broertje|zusje|broertjes|zusjes|kids)
danger  (ben ik dood|is ze dood|maken me dood|maakt me dood|vermoorden me|vermoordt me|kill me|kills me|they will kill me|hes going to kill me|dan ben ik dood) ...8 (ik bedoel het letterlijk|i mean it literally|ik meen het|i mean it|geen grap|not joking|no joke|not kidding)
abuse  (als ik stop|if i stop|if i quit|als ik nee zeg|if i say no) ...6 (wat aan|iets aan|hurt|pijn|kapot|doen ze mn|doen ze mijn)
abuse  (drugs|bolletjes|dealen|dealing) ...8 (schuld|debt|owe|terugbetalen|afbetalen)
abuse+sexual  (mag|can|kan|could) (bij hem|at his|at his place|with him) ...2 (slapen|sleep|stay|blijven|pitten) ...4 (als|if) ...4 (iets voor hem|something for him|anything for him)
danger  (hart|heart) ...4 (raar|weird|overslaat|slaat over|skips|skipping|fladdert|stopt) ...8 (weeg|kilo|kg|kilos|weigh)
danger  (snee|sneden|sneetje|wond|wonden|cut|cuts|wound|wounds|krassen) (op|in|on) (mn|mijn|my|m)? (arm|armen|pols|polsen|been|benen|dij|dijen|bovenbeen|buik|wrist|wrists|arms|thigh|thighs|leg|legs) ...8 (ontstoken|infected|infection|pus|etter|geel spul|yellow stuff|rood en warm|red and warm|hot and red|stinkt|smells)
except  (weggegeven|gegeven|gave away|given away|donated|gedoneerd|verkocht|sold) (aan|to|op|on)? (de|het|the|a)? (kringloop|goede doel|goed doel|charity|thrift|vinted|marktplaats|tweedehands|second hand|zus|broer|nichtje|neefje|buren|sister|brother)
except  (berichten|appjes|dingen|messages|texts|fotos|pics) ...6 (geblokt|geblokkeerd|blocked|gereport|reported|gemeld|gerapporteerd) ...4 (is dat genoeg|was dat goed|is that enough|was that ok|was that right|moet ik nog iets|should i do anything else|should i do more)
except  (neef|nicht|broer|zus|oom|tante|cousin|brother|sister|uncle|aunt) (gaat|gaan|will|is getting|gets|is going to|is gonna) ...3 (trouwen|married|marry)
except  (used to|vroeger|back then|years ago|jaren geleden) ...3 (self harm|selfharm|cut|cutting|snijden|krassen|sh|harm myself|self harming|selfharming) ...8 (better|beter|okay|ok|good|goed|fine|clean|gestopt|stopped|proud|trots|thanks|bedankt)
except  @meds ...3 (genomen|taken|took) (voor|tegen|for|against) (mn|mijn|my|de|the|m)? (keelpijn|hoofdpijn|buikpijn|kiespijn|rugpijn|pijn|koorts|griep|verkoudheid|migraine|krampen|headache|sore|fever|cold|flu|cramps|period|toothache|allergy|hooikoorts)
abuse  (have to|has to|had to|must|made me|make me|makes me|laten me|moet|moest) (sleep|slapen) (on|in|outside|op|in de|buiten) (the|de|het)? (balcony|hallway|floor|garage|shed|basement|attic|outside|balkon|gang|vloer|schuur|kelder|zolder|cold)
abuse+sexual  (slapen|sleep|stay|blijven|pitten|onderdak|wonen) ...4 (als|if) (ik)? (iets|something|anything|dingen|things|wat) (voor hem|for him|met hem|with him) (doe|do|doen)
suicide  (zorgt nu voor|zorgen nu voor|takes care of|will take care of|looks after) (haar|hem|her|him|ze|it) ...4 (ook geregeld|is dat ook geregeld|also sorted|sorted too)
except  (spoor|perron|platform) <n>
except  (voor|for|over|about|in|op|van) (mijn|mn|my) (laatste|last) (bericht|message|berichtje|appje|text)
except  (laatste|last) (bericht|message|berichtje|appje|text) (was|is|klopte|klopt|had|ging|bedoelde|meant|wasnt|didnt) (fout|verkeerd|wrong|een|a|niet|not|nt|bedoeld|meant|voor|for|aan|to|naar|per|by|typo|foutje|mistake|raar|weird|onduidelijk|unclear|al|already|over|about|sent|verstuurd|gestuurd|from|van|te|too|echt|really|niks|nothing|gewoon|just|ook|also|heel|very|so|zo)
except  (brief|letter|briefje|verlanglijst|verlanglijstje) ...3 (sinterklaas|sint|kerst|verjaardag|birthday|christmas|santa)
suicide  (@knife|touw|rope|strop|@pills|pillen|pills) ...2 (ligt|liggen|lies|is|are) (al|already)? ...4 (voor vannacht|for tonight|voor vanavond|klaar voor|ready for)
suicide  (geen zin|no point|see the point|zie het nut|zie nie het nut) (meer)? (om|of|in|van) ...2 (wakker|waking|wake) ...6 (nie meer|niet meer|ever|nooit|ook nie morgen|ook niet morgen|or ever|never)
abuse+sexual  (oom|uncle|stiefvader|stepdad|buurman|neighbour|neighbor|opa|neef|moms boyfriend|mums boyfriend) ...8 (moet ik met hem mee|makes me go|makes me sit|makes me come|moet ik bij hem) ...8 (zolder|kamer|auto|car|room|schuur|shed|kelder|basement|attic|bed)
abuse+sexual  (hes|he is|hij is) <18+> ...8 (cant tell|can't tell|mag het aan niemand|niemand vertellen|aan niemand vertellen|secret|geheim|dont tell|not to tell|niet vertellen|mag niks zeggen)
abuse  (hurt|pijn doen|wat aan doen|iets aan doen|kapot maken) ...6 (if i stop|als ik stop|if i quit|if i say no|als ik nee zeg)
danger  @familie ...6 (op de grond|tegen de muur|against the wall|to the floor|on the floor|de grond op) ...1 (gegooid|geduwd|gesmeten|thrown|pushed|geslagen|slammed)

# Round 10 (fresh10, the second writer, a broad mix): fear of people
# coming, drugs taken and the body failing, a plan for when nobody is
# home, a sibling locked in with a blade, not seeing oneself next week.
danger  (fluisteren|fluistert|fluisterde|whisper|whispering|whispers|stemmen|voices) ...6 (komen|coming|come) ...2 (halen|for me|get me|to get me|pakken)
danger  (stemmen|voices|voice|stem) ...4 (zeggen|zegt|telling|tell|told|tells) (me|mij)? ...4 (pijn doen|hurt|kill|doden|vermoorden|springen|jump|steken|stab|snijden|cut|straffen|punish)
danger+ingested  (teveel|te veel|way too much|too much|veel te veel|too many) ...2 (coke|cocaine|ket|ketamine|xtc|mdma|molly|speed|ghb|lachgas|drugs|pillen|pills|wiet|weed|alcohol|drank|vodka|lean|oxy) ...8 (adem|breathe|breathing|voel|feel|hart|heart|flauw|faint|bewusteloos|unconscious|trillen|shaking|alleen|alone|benen|legs)
suicide  (do it|doe het|ga het doen) ...8 (nobody|niemand|no one|noone) ...2 (home|thuis)
suicide  (gave|gaf|given|gegeven|brought|gebracht) ...3 (cat|dog|kat|hond|pet|poes|konijn|hamster) ...3 (to|aan|naar) ...8 (deleted|verwijderd|socials|accounts|easier|makkelijker|geregeld|sorted)
suicide  (deleted|verwijderd) (all)? (my|mn|mijn)? (socials|accounts|insta|snap|tiktok|account) ...6 (for everyone|voor iedereen|for everybody|niemand|nobody)
danger+other  (locked|opgesloten|sluit|sloot|barricaded) (herself|himself|zichzelf|zich) ...6 (razor|mesje|knife|mes|pills|pillen|scheermesje|blade|touw|rope|scissors|schaar)
suicide  (dont see myself|don't see myself|cant see myself|zie mezelf nie|zie mezelf niet|zie mezelf geen) ...3 (being here|still here|here|hier|er nog|alive|leven|meer) ...3 (next week|volgende week|morgen|tomorrow|next month|volgend jaar|next year|over een week)
except  (horrorfilm|film|horror|serie|movie|series|docu|game|boek|book|thriller) ...8 (gast|man|guy|jongen|vrouw|woman|killer|moordenaar|iemand|someone|clown) ...2 (met|with) (een|a)? (mes|knife|pistool|gun|bijl|axe|wapen|weapon|kettingzaag|chainsaw)
except  (suicidal|suicide|zelfmoordgedachten|zelfmoord|selfharm|self harm|depressed|depressie|donkere) (thoughts|gedachten|gedachtes)? ...3 (years ago|jaar geleden|jaren geleden|a while ago|lang geleden|back then|vroeger|last year|vorig jaar) ...6 (helped|geholpen|better|beter|okay|fine|goed|over|voorbij|gone|weg|thanks|bedankt)
except  (nobody|niemand|no one) ...2 (home|thuis) ...4 (so i can|zodat ik|dan kan ik|dan is het rustig|to practice|in peace|rustig|to study|om te leren|om te oefenen)
except  (gister|gisteren|yesterday|vannacht|last night|feest|party|stappen|uitgaan|festival|weekend) ...8 (brak|hungover|hangover|kater|katerig|gaar)
except  (do it|doe het|ga het doen|doing it) ...8 (so i can|zodat ik|dan kan ik|to practice|in peace|om te leren|om te oefenen|to study|om te gamen|to game)
suicide+ingested  (@pills|pillen|pills|meds|@meds) ...8 (wacht tot iedereen slaapt|als iedereen slaapt|when everyone sleeps|wait till everyone|until everyone is asleep|till everyone sleeps|tot iedereen slaapt)
danger  (showed|shows|liet|laat) (me|mij|us|ons)? (a|een|his|zn|zijn|z)? (gun|pistool|wapen|vuurwapen|knife|mes|machete|strap)
abuse+sexual  (guy|man|gast|someone|iemand|vent|jongen) ...8 (car|auto|meet|afspreken|ophalen|pick me up|come over|langskomen) ...8 (not to tell|dont tell|niemand vertellen|aan niemand|geheim|secret|tell anyone|tell no one|mag het niet zeggen)
suicide+ingested  (saving|saved|spaar|gespaard|sparen|collecting|verzamel|verzameld|hoarding|stockpiling) (up)? (my|mn|mijn|al)? (@meds|meds|pills|pillen|medicijnen|tabletten) ...6 (weeks|weken|months|maanden|enough|genoeg|a while|een tijd|tijdje)
suicide  (sleep|slapen|slaap) ...4 (not wake up|never wake up|nooit meer wakker|niet meer wakker|nie meer wakker|not waking up|never waking up)
danger  (coming to get me|komen me halen|coming for me|komen me pakken|after me) ...6 (cant breathe|can't breathe|geen adem|panic|paniek|scared|bang|terrified|doodsbang)
danger  (watching me|kijken naar me|volgen me|following me) ...2 (through|door) (the|de)? (walls|muren|muur|wall|ramen|windows|camera)
except  (wake up|wakker|wakker worden|waking up) (until|tot|till|before|voor|na) (noon|twaalf|12|de middag|middag|lunch|morgen|tomorrow|het weekend|weekend|ten|tien|elf|eleven)
except  (coming to get me|komen me halen|coming for me|komen me ophalen|picking me up) (at|om|around|rond|in) <n>
except  (coming to get me|komen me halen|coming for me|komen me ophalen|picking me up) (at|om|around|rond|in) (half|kwart|een|an|ten|tien|eight|seven|nine|acht|zeven|negen)
except  (niemand vertellen|aan niemand vertellen|tell anyone|tell no one|geheim|secret|niks zeggen) ...4 (cadeau|cadeautje|verrassing|surprise|present|gift|feestje|surprise party|verjaardag|birthday)
except  (cadeau|cadeautje|verrassing|surprise|present|gift|feestje|verjaardag|birthday) ...6 (geheim|secret|niemand vertellen|aan niemand|tell anyone|tell no one)

# ---------------------------------------------------------------- round 11: shapes a third writer's batch showed
# (blind11, tuning): method questions, looking down from a height, farewell
# letters, hopeless self-talk, fire with no way out, being chased, being made
# to go along or to earn for someone, locked out for good, a relapse counted
# in days, wounds that fester, scars found.
# Dutch "die" is "that" ("hoe lang duurt het voordat die gaan werken"): English only.
suicide  (hoe lang|hoelang) ...4 (duurt|voordat) ...4 (doodgaat|dood bent|dood gaat|dood|sterft|sterven)
suicide  (how long) ...4 (takes|does it take|before|until) ...4 (die|dead|dying|dies)
suicide  (sta|zit|standing|sitting|im|i am) ...3 (balkon|dak|roof|balcony|brug|bridge|flat|verdieping|floor|rand|edge|ledge) ...8 (kijk|look|looking|staar|staring) (naar)? (beneden|omlaag|down|de diepte)
except  (kijk|kijken|keek|look|looking|watch|watching) (naar beneden|beneden|omlaag|down)? (naar|at|to|on) (de|het|the|al)? (vuurwerk|fireworks|optocht|parade|feest|party|mensen|people|autos|cars|uitzicht|view|stad|city|markt|market|zee|sea|tuin|garden|concert|festival|straat|street)
except  (beneden|omlaag|down) (naar|at|to|on) (de|het|the|al)? (vuurwerk|fireworks|optocht|parade|feest|party|mensen|people|autos|cars|uitzicht|view|stad|city|markt|market|zee|sea|tuin|garden|concert|festival|straat|street)
suicide  (letters|brieven|brief|briefjes|letter|note|notes|berichtjes|messages) ...6 (say goodbye|to say bye|afscheid|vaarwel|goodbye)
worry   (why|waarom) (do)? (i|ik)? (even)? (bother|moeite doe|nog moeite|de moeite) ...4 (getting up|opstaan|trying|proberen|anything|iets|leven|living)
worry   (ben|im|i am|i'm|ben ik|am i) (echt|really|gewoon|just|such)? (een|a)? (mislukking|failure|waste of space|loser|nobody|teleurstelling|disappointment) 
worry   (hopeless|hopeloos|uitzichtloos|zinloos|pointless|meaningless) (is|voelt|feels|alles|everything|the only|het enige)
worry   (alles|everything|life|leven|het leven) (is|voelt|feels) (zo)? (zinloos|pointless|meaningless|hopeless|hopeloos|uitzichtloos)
worry   (huil|cry|crying|huilen) (mezelf|myself) (in slaap|to sleep)
danger  (rook|smoke|brand|fire|vuur|vlammen|flames) ...8 (deur|door|raam|window|uitgang|exit) ...3 (niet open|wont open|won't open|doesnt open|gaat niet open|zit op slot|is locked|locked|stuck|klemt|dicht)
danger  (er is|theres|there's|there is) (brand|fire|rook|smoke) ...6 (help|hulp|kan niet|cant|can't|niet weg|opgesloten|stuck|trapped)
danger  (achtervolgd|achtervolgen|achtervolgt|chased|chasing|being chased) (door|by|me|mij)
danger  (rammelt|rammelen|rammelde|bonkt|bonken|bonst|banging|bangs|rattling) ...4 (deur|voordeur|door|raam|window) ...8 (nacht|night|alleen|alone|bang|scared|weg|away)
danger  (forcing|forces|forced|dwingt|dwong|dwingen|gedwongen) (me|mij) (to)? (go|gaan|mee|come|meegaan|meekomen|in de auto|into the car|in his car)
abuse  (doekoe|geld|money|cash|knaken|paper) ...3 (voor hem|for him|voor hun|for them|voor haar) (verdien|verdienen|verdient|earn|make)
abuse  (verdien|verdienen|earn|make) ...3 (voor hem|for him|voor hun|for them) ...8 (pakt|pakken|doet|doen|hurt|kill|sla|slaan|zusje|broertje|sister|brother|moeder|mom)
homeless  (changed|veranderd|vervangen|veranderde|verving) (the|de|het)? (locks|lock|slot|sloten) ...6 (cant|can't|kan niet|kom niet|mag niet|not allowed) ...3 (in|binnen|naar binnen|back|terug|home|thuis)
homeless  (never|nooit) (to)? (come back|terugkomen|terug te komen|meer terug|meer thuis|come home) 
selfharm  (dag|day) (0|nul|zero|1|een|one) ...8 (snijden|krassen|cutting|cut|clean|sh|selfharm|zelfbeschadiging|kras)
selfharm  (wondjes|wonden|sneetjes|sneden|cuts|wounds|krassen) ...4 (ontstoken|infected|etteren|ettert|pus|gaan niet dicht|won't heal|wont heal|heal)
selfharm  (littekens|scars|sneetjes|krassen|wondjes|cuts) ...3 (op|on) (mn|mijn|my) (arm|armen|benen|been|pols|polsen|dijen|arms|legs|wrist|wrists|thighs) ...8 (bang|scared|zagen|saw|found|gezien|ontdekt|weten het|know)
worry   (zoon|dochter|kind|son|daughter|child|leerling|pupil|vriend|vriendin|friend|broer|zus) ...6 (zegt|says|vindt|zei|said|thinks|denkt) ...3 (alles|everything|het leven|life) ...2 (zinloos|pointless|geen zin|meaningless|hopeless|hopeloos)
# A number of years in a story: "when i was 15", "toen ik 12 was".
past    (when i was|when i was like|toen ik|when he was|when she was|toen hij|toen zij|toen ze) <n>
# Followed online is no one on the street behind you.
except  (followed|gevolgd|following|volgt|volgen|follows) (by|door|me|mij)? ...4 (accounts|account|celebrity|celeb|fans|insta|instagram|tiktok|snap|snapchat|twitter|youtube|volgers|followers|influencer)
# Round 11, continued: farewell to a parent, tracks and "kan niet meer", glass and screams,
# locked in, a crowbar, honour shamed, touched by an adult, a station or a night bus as a bed,
# burned with a lighter, cutting deeper, a plan with death.
suicide  (zeg|tell) (tegen)? (mama|mam|ma|papa|pap|mn moeder|mijn moeder|mn vader|mijn vader|my mom|my mum|mom|mum|my dad|dad|iedereen|everyone) ...3 (niet|nie|not|isnt|wasnt) (haar|zijn|jullie|your|her|his|hun|their|jou) (schuld|fault)
suicide  (spoor|rails|tracks|treinspoor|railway|overweg) ...4 (kan|cant|can't) (niet|nie|not)? (meer|anymore|more)
danger  (glass|glas|ruiten|ruit|borden|plates) (breaking|breekt|brak|kapot|smashing|gesmeten|shattering) ...8 (screaming|schreeuwt|schreeuwen|gillen|gilt|krijst|yelling|huilt|crying)
danger  (im|i am|ik ben|ik zit|ben|zit|been) (locked|lockd|opgesloten|ingesloten) (in|up)?
danger  (crowbar|koevoet|breekijzer|baseball bat|honkbalknuppel|hamer|hammer|bijl|axe|machete) ...6 (outside|buiten|voor|at|bij|in front|door|deur|window|raam|coming|komt)
danger  (outside|buiten|voor|at|bij) ...4 (door|deur|window|raam) ...3 (with|met) (a|een)? (crowbar|koevoet|breekijzer|baseball bat|honkbalknuppel|knuppel|hamer|hammer|bijl|axe|machete|mes|knife|gun|pistool)
abuse  (de eer|onze eer|familie eer|familieeer|family honour|family honor|honour|honor) ...4 (geschonden|gekrenkt|bezoedeld|besmeurd|violated|shamed|broken|te schande)
abuse+sexual  (coach|trainer|teacher|leraar|docent|meester|uncle|oom|stepdad|stiefvader|stiefpa|neef|cousin|buurman|neighbour|neighbor|boss|baas) ...6 (touched|touches|touching|aangeraakt|aanraakt|betast|betastte|zit aan|zat aan|grabbed|grabs)
homeless  (sleeping|slapen|slaap|slept|sliep|sleep|pitten|pit) (at|in|op|bij|on) ...3 (centraal|station|hollands spoor|the station|het station|night bus|nachtbus|metro|tram|bus|train|trein) ...6 (week|weken|nights|nachten|days|dagen|now|nu|since|sinds|warm|nowhere|nergens)
selfharm  (burned|burnt|brandde|gebrand|verbrand|burn|brand) (my|mn|mijn|me|myself|mezelf) (arm|arms|leg|legs|skin|wrist|wrists|hand|huid|been|benen|armen|pols)? ...2 (with|met) (a|een|my|mn)? (lighter|aansteker|candle|kaars|iron|strijkijzer|cigarette|sigaret|match|lucifer|hot knife|heet mes)
selfharm  (snij|kras|cut|cutting|snijd|krassen|snijden) ...4 (dieper|deeper|steeds erger|worse and worse)
suicide  (dood|death|die|dying|zelfmoord|suicide|sterven|einde|end it) ...8 (heb|have|got|ive got|i have) (al|already|nu|now)? (een|a) (plan|planning)

# A stranger who climbs in, a van that keeps driving past; a hand held on a
# stove; a hand put on it; a marriage forced on a young person; locks changed and their things put out.
danger  (iemand|someone|somebody|een man|a man|een vent|een gast|a guy|a stranger|een vreemde) (klimt|climbs|is climbing|klimmen) (over|door|in|through|op|up|into) ...4 (schutting|hek|raam|balkon|tuin|fence|window|balcony|garden|gate|muur|wall)
danger  (man|guy|vent|gast|someone|iemand|somebody|men|mannen) ...4 (van|car|auto|busje|bus) ...6 (driving past me|drives past me|rijdt langs me|reed langs me|follows me|following me|followed me|volgt me|volgde me|stopped next to me|stopt naast me|stopte naast me)
abuse  (held|hield|houdt|holds|hold|pushed|duwde|duwt|drukte|drukt|pressed|presses) (my|mijn|mn|me) (hand|handen|hands|arm|vingers|fingers|gezicht|face) (on|op|onder|under|in|tegen|against) (the|het|de|een|a)? (stove|fornuis|kookplaat|strijkijzer|iron|pan|kachel|heater|oven|hot|heet|hete|kokend|boiling)
selfharm  (mn|mijn|my|me) (hand|arm|vingers|fingers|pols|wrist) (op|on|tegen|against) (het|de|the|een|a)? (fornuis|stove|kookplaat|strijkijzer|iron|kachel|heater|oven) (gelegd|gehouden|gedrukt|put|held|pressed|geduwd|laten liggen)
except  (na vannacht|na vanavond|after tonight) ...8 ...8 (vakantie|holiday|vacation|verhuis|verhuist|verhuizen|moving|move|trip|reis|op reis|kamp|camp)
except  (per ongeluk|perongeluk|by accident|accidentally|by mistake|zonder op te letten) ...6 (fornuis|stove|kookplaat|strijkijzer|iron|kachel|heater|oven)
except  (fornuis|stove|kookplaat|strijkijzer|iron|kachel|heater|oven) ...6 (per ongeluk|perongeluk|by accident|accidentally|by mistake)
abuse  (moet|moeten|wil dat ik|willen dat ik|have to|must|forcing me to|force me to|want me to|make me|making me) ...3 (trouwen|trouw|marry) ...6 (nooit gezien|nooit heb gezien|nooit gezien heb|nooit ontmoet|never met|never seen|niet ken|ken niet|niet wil|wil niet|wil nie|dont want|dont want to|do not want)
homeless  (sloten|slot|locks|lock) ...2 (veranderd|vervangen|changed|replaced) ...8 (spullen|stuff|things|kleren|clothes|tassen|bags) ...4 (vuilniszakken|vuilniszak|bin bags|garbage bags|voor de deur|buiten|outside|op straat|on the street|doorstep|stoep)
homeless  (slaapplek|slaapplaats|opvang|nachtopvang|noodopvang|shelter) ...8 (sloten|slot|locks|lock) ...2 (veranderd|vervangen|changed|changing|verandert)

# Round 13: photos taken in secret in the shower; a cigarette put out on one's
# own hand; no bed after tonight; a trip abroad and a wedding overheard; legs
# over the edge of a roof; stepping out once everything is arranged; "er een
# eind aan moet maken"; a knot tested for one's weight; passwords written down
# and a pet brought away; an armed father who lets no one leave; a train that
# does not stop; "een bewusteloze jongen" (the adjective, line "unresponsive"
# above); hopelessness said as "never getting better", "don't want to be me",
# "no future for me", "zie het nut er niet van in".
abuse+sexual  (stiekem|secretly|heimelijk|without me knowing|zonder dat ik het wist) ...4 (fotos|foto|filmpjes|filmpje|videos|video|photos|photo|pictures|pics|gefilmd|filmed|gefotografeerd) ...8 (douche|shower|omkleden|changing|naakt|naked|bloot|badkamer|bathroom|slaapkamer|bedroom)
abuse+sexual  (fotos|foto|filmpjes|filmpje|videos|photos|pictures|pics|gefilmd|filmed|filmt|films) (van|of)? (me|mij) ...6 (onder de douche|in de douche|in the shower|tijdens het omkleden|while i was changing|naakt|naked|bloot)
selfharm  (sigaret|peuk|cigarette|cig|joint) (uitgedrukt|uitdrukken|uitgedrukt|uitdrukte|gedoofd|put out|stubbed out|pressed) ...2 (op|on) (mn|mijn|me|my) (hand|handen|arm|armen|been|benen|pols|huid|dij|hand|arm|arms|leg|skin|wrist|thigh)
selfharm  (put|putting|stubbed|stubbing|pressed|pressing|drukte|druk) (out)? (a|my|een|mn)? (cigarette|cig|sigaret|peuk) (out|uit)? (on|op) (my|mn|mijn) (hand|arm|arms|leg|skin|wrist|thigh|huid|been|pols)
homeless  nergens (een|n)? (bed|slaapplek|matras|plek om te slapen|dak boven mn hoofd|dak boven mijn hoofd)
abuse  (sending|send|sent|sturen|stuurt|sturen) (me|mij) (to|naar|back to|terug naar) ...8 (heard|hoorde|overheard|afgeluisterd|gehoord) ...8 (wedding|bruiloft|huwelijk|marriage|marry|trouwen|verloving|engagement)
suicide  (dak|roof|rooftop|balkon|balcony|brug|bridge|flat|verdieping|floor|parkeergarage|gebouw|building|toren|tower|raam|window|vensterbank|windowsill) ...8 (benen|voeten|legs|feet) (over|off) (de|the) (rand|edge|railing|reling|balustrade|ledge)
suicide  (benen|voeten|legs|feet) (over|off) (de|the) (rand|edge|railing|reling|balustrade|ledge) ...8 (dak|roof|rooftop|balkon|balcony|brug|bridge|flat|verdieping|floor|parkeergarage|gebouw|building|toren|tower|raam|window)
suicide  (stap|stapt|step) (ik)? eruit ...6 (alles|everything) (al|already)? (geregeld|geregelt|geregld|klaar|arranged|sorted)
suicide  (alles|everything) (al|already)? (geregeld|geregelt|geregld|arranged|sorted) ...6 (stap|stapt) ik eruit
suicide  er (een|n|un)? (eind|einde|eint) aan (moet|moeten|ga|gaat|gaan|wil|wilt|zal|zou|kan|kun|mag) (maken|make|maak)
suicide  (tied|tie|tying|vastgebonden|vastgemaakt|geknoopt|knoopte|knot|touw|rope|riem|belt|cord|kabel|sjaal|scarf) ...8 (see|kijken|test|testen|check|checken|zien) ...4 (hold|holds|houdt|hield|dragen|draagt|held) (my|mijn|mn) (weight|gewicht)
suicide  (wachtwoorden|passwords|wachtwoord|password|pincode|pincodes) ...8 (kat|hond|cat|dog|konijn|rabbit|huisdier|pet|vogel|bird) ...4 (gebracht|weggegeven|given|gave|buren|neighbours|neighbors|weggebracht|brought)
suicide  (kat|hond|cat|dog|konijn|rabbit|huisdier|pet) ...6 (gebracht|weggegeven|given|gave|buren|neighbours|neighbors|weggebracht|brought) ...8 (wachtwoorden|passwords|wachtwoord|password|pincode|pincodes)
danger  (has|heeft|had|got|took|pakte|pakt|haalt|haalde|holds|houdt|with|met) (his|her|zijn|haar|a|een|the|het) (hunting|jacht)? (rifle|gun|shotgun|geweer|jachtgeweer|pistol|pistool|wapen|weapon) (out|tevoorschijn|erbij|gepakt|in his hand|in zijn hand|vast)
danger  (rifle|gun|shotgun|geweer|jachtgeweer|pistol|pistool|wapen|weapon|knife|mes) ...8 (nobody|no one|niemand) (leaves|gets out|mag|gaat|goes) ...3 (house|huis|weg|eruit|out|tonight|vannacht|vanavond)
suicide  (waiting|wachten|wacht|wachtend|wait) (for|op) (the|a|de|een)? (intercity|freight train|goederentrein|sneltrein|express|trein die niet stopt|train that doesnt stop) ...3 (come through|comes through|pass|passes|passing|doorrijdt|voorbijrijdt|voorbij|langs|past)
worry  (mijn|mn|my) (leven|life) ...8 (nooit|never) (meer)? ...2 (veranderen|beter|change|changes|better|improve)
worry  (dont|don't|do not|cant|can't|cannot) see (it|things|anything|this|life) (ever)? (getting|get|gets|going to get) better
worry  (zie|zag) (het|dit|t)? (nooit|niet|nie) (meer)? beter (worden|gaan)
worry  (dont|don't|do not) want to be (me|myself) (anymore|any more)
worry  (wil|will) (niet|nie) meer (mezelf|mij|ik) zijn
worry  (no|not a|geen) (future|toekomst) (for|voor) (me|mij)
worry  (zie|zag) (het|t)? nut (er)? (niet|nie|niks|geen) (meer)? (van)? in
worry  (voel|feel|feeling) ...3 (alleen|eenzaam|lonely|alone) ...8 (alleen maar erger|steeds erger|only getting worse|getting worse|gets worse|keeps getting worse)
worry  (alleen|eenzaam|lonely|alone) ...8 (en|and) (het|it) (wordt|word|gets|is getting|keeps getting) (alleen maar|steeds|only|just)? (erger|worse)
# ... and what is no crisis: a bone broken at a sport, locked out of a
# bathroom, a story of living on the street once, an overdose of vitamins, a
# little cousin's play, a way to speed up a waiting list, a dose in mg,
# "kys" typed in a game's chat, a grandparent in the resistance, the recovery
# position in first aid, running away from chores, a documentary's plot.
except  (broke|brak|breaks|gebroken) (my|mijn|mn) * ...4 (at|bij|tijdens|met|playing|when|toen) ...2 (football|voetbal|training|gym|hockey|skiing|skien|skate|skaten|skateboarding|turnen|basketball|basketbal|rugby|soccer|judo|sport|sports|fietsen|biking)
except  (locked|lock|locking|sloot|sluit) (me|us|mij|ons) (out|buiten) (of|van)? (the|my|his|her|our|de|het)? (bathroom|room|kitchen|car|account|game|chat|badkamer|kamer|keuken|auto|wc|toilet)
except  (toen ik <n> was|toen ik jonger was|vroeger|years ago|jaren geleden|when i was younger|when i was <n>) ...8 op straat (geleefd|geslapen|gewoond)
except  (can|could|kun|kan|kunnen) (you|je|u|one|men) (od|overdose|overdosen) (on|op|met|van) (vitamin|vitamins|vitamine|vitamines|gummies|water|caffeine|coffee|koffie|sugar|suiker|energy drinks)
except  (punching|punches|hitting|hits|kicking|kicks|slaat|schopt|slaan|schoppen) (me|mij|us|ons) (when|als|tijdens|while) (we|wij) (play|playing|spelen|speel|wrestle|wrestling|stoeien)
except  (manier|oplossing|mogelijkheid) (om|to) (dat|het|dit|die|deze|t)? (te)? (versnellen|regelen|oplossen|aanvragen|betalen|krijgen|vinden|veranderen|verbeteren|voorkomen|sneller|speed)
except  van <n> (mg|milligram|mcg|microgram|gram|ml)
except  (iedereen|everyone|everybody|people|mensen|players|spelers|gamers) ...5 kys (in|op) (de|the|het)? (chat|game|comments|lobby|reacties|chats)
except  (verzet|de oorlog|ww2|wo2|wwii|world war|tweede wereldoorlog|the war) ...6 (doodgeschoten|neergeschoten|gefusilleerd|shot|killed)
except  (recovery position|stabiele zijligging|first aid|ehbo|eerste hulp) ...8 (unconscious|bewusteloos|bewusteloze|unresponsive)
except  (running|run|ran|rennen|ren|rende|wegrennen) away (from|van) (my|mn|your|the|mijn)? (responsibilities|problems|homework|feelings|chores|verantwoordelijkheden|problemen|huiswerk)
except  (docu|documentary|documentaire|docuserie|docuseries|film|movie|series|serie) ...8 (forced|gedwongen|dwingen|dwong) ...3 (marry|trouwen|huwelijk|marriage)
except  (halte|stop|station|bus|tram|trein|metro|taxi|auto|car|lift) ...4 (stap|stapt) (ik)? eruit
except  (rifle|gun|shotgun|geweer|jachtgeweer|pistol|pistool|wapen|weapon) (out)? (to|om) (te)? (clean|cleaning|schoonmaken|poetsen|schonen|oil|oliën|olien)
except  (wachtwoord|wachtwoorden|password|passwords|wifi code|wificode) (van|of|for|voor) (de|the|het)? (wifi|router|netflix|tv|ipad|laptop)
except  nergens (een|n)? (bed|matras|bank|stoel) (te)? (koop|kopen|vinden|bestellen|gevonden|krijgen)
except  (wachten|waiting|wacht|wachtend) ...6 (intercity|train|trein|goederentrein|sneltrein|freight train) ...8 (filmen|filming|foto|fotos|photo|photos|spotten|spotting|video|vlog|treinvideo)

# Round 14: a headscarf pulled off and dragged through the room; hiding fresh
# wounds; pointed at and still hunted after running away; a sibling bleeding
# from the head after a fall; the verb last ("dat ze voor de trein springt");
# a stepparent who locks the front door and takes the phone.
abuse  (hoofddoek|hijab|headscarf|sluier) ...2 (afgetrokken|afgerukt|afgetrokke|ripped|pulled|getrokken|trok|rukte|trekt|rukt)
abuse  (ripped|pulled|tore|yanked|trok|rukte|trekt|rukt) (my|her|mijn|mn|haar) (hijab|headscarf|hoofddoek|sluier) (off|af|eraf)
abuse  (gesleept|sleepte|sleept|dragged|drags|dragging|getrokken|trok) ...4 (door|over|across|aan|by|through) (de|het|the|mn|mijn|my)? (kamer|vloer|gang|room|floor|haren|haar|hair|trap|stairs|hallway)
selfharm  (sneden|sneetjes|krassen|cuts) ...5 (nog|still|zijn nog|are still)? (vers|fresh|nieuw|open)
selfharm  (verberg|verbergen|verstop|verstoppen|hide|hiding|cover|covering) ...3 (littekens|scars|wonden|wounds) ...8 (vers|fresh|nieuw|new|open)
selfharm  (verberg|verbergen|verstop|verstoppen|hide|hiding|cover|covering) ...3 (sneden|sneetjes|krassen|wondjes|cuts|scratches)
danger  (gericht|richtte|richt|pointed|points|pointing|aimed|aiming) (op|at) (mij|me|ons|us) ...8 (weggerend|gevlucht|ran|zoeken|zoekt|looking|searching|bang|scared)
danger  (weggerend|weggelopen|gevlucht|ran away|got away|escaped) ...6 (zoeken|zoekt|looking for|searching for|hunting) (me|mij|us|ons)
danger+other  (bloedt|bloedde|bleeds|bleeding|bloeden) (heel erg|a lot|erg|veel|so much)? (uit|from) (haar|zijn|zn|her|his|mn|my|het|mijn) (hoofd|head|oor|ear|mond|mouth|neus)
suicide  voor (de|een|n|t|het) (trein|metro|tram|bus|vrachtwagen) (springt|springen|spring|sprong|te springen|gooit|gooien|werpt)
danger  (stiefvader|stiefmoeder|vader|moeder|pa|ma|broer|stepdad|stepmom|dad|mom|father|mother|brother) ...3 (voordeur|deur|door|front door) (op slot|locked) ...8 (telefoon|phone|mobiel) ...2 (afgepakt|afpakken|afgenomen|taken|took|weg)
# ... and what is no crisis: a biology report on too much paracetamol, "als ik
# nog één keer ... spring ik", "haha nee grapje", homeless once with a flat now,
# chased by a dog, self-harm years ago and scars lasered, an arm full of
# needle marks from blood tests, a cat's scratch, the contraceptive pill.
except  (wat|what) (te veel|teveel|too much|too many) @meds ...8 (verslag|werkstuk|spreekbeurt|report|essay|project|biologie|bio|les|class|lesson|pws)
except  als ik nog (een|één|1) keer ...6 (spring|jump)
except  (spring|jump) ...6 (haha|lol|hahaha)? (nee|no|neee|nah) (grapje|grapjes|jk|just kidding|kidding)
except  (was|were|been|ben|was ik) (homeless|dakloos) ...8 (but|maar) ...3 (now|nu) ...3 (have|heb|got|has|heeft) (a|an|een|my|mijn|mn)? (flat|house|home|room|place|appartement|huis|kamer|studio)
except  (hond|dog|honden|dogs|gans|zwaan|meeuw|koe|paard) ...2 (achtervolgd|chased|followed|achterna)
except  (achtervolgd|chased) (door|by) (een|a|de|the) (hond|dog|gans|zwaan|meeuw|koe|paard)
except  @past_at ...8 (nu|now) (al|already)? <n> (jaar|years|year|maanden|months|weken|weeks) (niet meer|niet|not anymore|clean|no more)
except  (vol|full of) (gaatjes|prikjes|prikgaatjes|muggenbulten|bulten|bites|holes|sproeten|tattoos|tatoeages|moedervlekken|needle marks)
except  (kat|poes|hond|cat|kitten|konijn|dog|hamster|cavia|puppy) ...6 (opengekrabd|gekrabd|scratched|gebeten|bit|open gekrabd)
except  (vergeten|forgot|forgotten|gemist|missed) ...4 (anticonceptiepil|anticonceptiepillen|anticonceptie|pil|pillen|birth control|the pill)
except  (anticonceptiepil|anticonceptiepillen|birth control) ...4 (vergeten|forgot|gemist|missed)
except  morning after (pil|pill)
except  (was|were|been) (homeless|dakloos) ...8 (but|maar) ...2 (have|heb|got|has|heeft) (a|an|een|my|mijn|mn|eindelijk|finally)? (flat|house|home|room|place|appartement|huis|kamer|studio)
except  (heb|had|ben|hb) <n> (pillen|pil|pills) (van|of) (de|mijn|mn|my|the)? (anticonceptiepil|anticonceptie|pil|birth control|the pill|strip)
except  (verstoppertje|hide and seek|hide n seek|tikkertje|zoekspel|escape room|lasergamen|paintball) ...8 (zoeken|zoekt|looking|searching|gericht|pointed|aimed)

# Round 15: pulled into a car and taken along; people waiting with bats;
# a head hit and then sleepy or throwing up; on a bridge looking at the
# water; a sibling's photo of the tracks with "sorry"; notes left "voor als
# ze me vinden"; almost stepped off the platform; forced to deal under a
# threat to the family; a station as the only warm place tonight; "het heeft
# gewoon geen zin".
danger  (pulled|dragged|pushed|forced|trokken|sleurden|duwden|getrokken|gesleurd|geduwd) (me|mij) (into|in) (a|their|the|een|hun|de) (car|van|auto|busje|bus)
danger  (waiting|wachten|wacht|staan) (for|op) (me|mij) (with|met) (bats|knives|a knife|a gun|knuppels|messen|een mes|wapens|weapons|a bat)
danger  (with|met) (bats|knives|knuppels|messen|wapens|weapons) ...4 (waiting|wachten|wacht|staan) (for|op) (me|mij)
danger+other  (head|hoofd) ...8 (sleepy|slaperig|suf|throwing up|overgeven|kotsen|spugen|braken|vomiting|confused|verward|passes out|valt weg)
abuse  (slammed|smashed|ramde|beukte) (my|mn|mijn|his|zijn|our|ons) ...3 (head|hoofd|hoofdje) (into|against|tegen|op|on)
suicide  (op|on) (de|het|the|a|een) (brug|bridge) ...8 (water|diep|deep|beneden|below|down)
suicide  (foto|photo|picture|pic) (van|of) (het|de|the) (spoor|rails|tracks|brug|bridge|dak|roof) ...4 (sorry|doei|bye|vaarwel|goodbye)
suicide  (briefjes|brieven|brief|letters|letter|notes|note|afscheidsbrief) ...8 (voor als|for when|when) (ze|they|iemand|someone) (me|mij) (vinden|vindt|find|found)
suicide  (liggen|ligt|leg|gelegd|left|lying|are) ...6 (voor als|for when) (ze|they|iemand|someone|mn ouders|my parents) (me|mij) (vinden|vindt|find)
suicide  (edge|rand) (of|van) (the|het|de) (platform|perron|spoor|tracks) ...8 (almost|bijna) (stepped|stapte|sprong|jumped|stap|spring) (off|af|eraf|van|voor)
abuse  (voor|for) (hem|haar|hun|them|him|her) (moet|must|have to|has to) (dealen|deal|drugs verkopen|sell drugs|smokkelen|runnen) ...2 (anders|or else|otherwise)
abuse  (moet|must|have to|has to) (dealen|drugs verkopen|sell drugs|smokkelen|runnen) (voor|for) (hem|haar|hun|them|him|her) ...2 (anders|or else|otherwise)
homeless  (somewhere|ergens|een plek|a place) (warm|warms|droog|dry) (to sit|om te zitten|to sleep|om te slapen|te zitten|te slapen) (tonight|vannacht|vanavond)
suicide  (het|alles|t) (heeft|had) (gewoon|echt|toch|eigenlijk|allemaal)? (geen|gn) (zin|nut) (meer)? $
# ... and what is no crisis: homeless once with a home now, a scratch from a
# play fight, a cut on a tin, locked in the toilet as a joke, a shelter in the
# past, a night at the station after a concert.
except  (homeless|dakloos) ...8 (but|maar) ...3 (had|have|has|heb|heeft) (my|mn|mijn|a|an|een)? (own|eigen)? (flat|studio|house|home|room|place|appartement|huis|kamer)
except  (play fight|playfight|stoeien|gestoeid|speelgevecht) ...8 (scratch|kras|schram|cut)
except  (gesneden|sneed|cut) (aan|on|op) (een|a|an|het|de|the|mn|my)? (blikje|blik|tin|can|papier|paper|glas|glass|mes|knife|deksel|lid) ...8 (bloedt|bloeden|bleeding|bleeds) ...2 (veel|heel erg|a lot|so much)
except  (gesneden|sneed|cut) (aan|on|op) (een|a|an|het|de|the|mn|my)? (blikje|blik|tin|can|papier|paper|glas|glass|mes|knife|deksel|lid)
except  (als grap|als grapje|for a joke|as a joke|for fun|voor de grap) ...4 (opgesloten|locked)
except  (opgesloten|locked) ...4 (als grap|als grapje|for a joke|as a joke|for fun|voor de grap)
except  (vroeger|used to|ooit|once) ...4 (crisisopvang|noodopvang|nachtopvang|daklozenopvang|shelter) ...6 (nu|now) (woon|wonen|live|living|heb|have|zit|ben|am|i live|i have|ik woon)
except  (all night|hele nacht|de hele nacht|all nite) ...4 (station|perron|centraal) ...8 (after|na) (a|the|een|het)? (concert|festival|party|feest|gig|show)
except  (into|in) (a|their|the|een|hun|de) (car|van|auto|busje|bus) ...4 (surprise|verrassing|verjaardag|birthday|party|feestje|feest|raining|regende|regen)
except  (vinden|vindt|find|found|zoeken|zoekt) (bij|at|in|during|tijdens) (verstoppertje|hide and seek)
# Round 16: what is no crisis either: running away from an animal, a school
# subject's question about too much medicine, too tired to go on after sport.
except  (ran|run|running|rende|renden|weggerend|weggerent|wegrennen|rennen) (away)? (from|voor|van) (a|an|the|een|de|het|die|dat|that)? (spider|spin|spinnen|dog|hond|honden|wasp|wesp|bee|bij|mouse|muis|rat|clown|cat|kat|goose|gans|cow|koe|horse|paard|bull|stier|pigeon|duif|seagull|meeuw|snake|slang|beetle|kever|insect|beest|bug)
except  (bio|biologie|biology|scheikunde|chemistry|verzorging|anw|science) ...8 (gebeurt|happens|gebeurd|doet|does) ...4 (als|if|when) (je|you|iemand|someone|mensen|people) ...4 (te veel|teveel|too much|too many) @meds
except  (kan|kn|ken|kun|cant|cannot) ...2 (meer|anymore|more) ...6 (kapot|moe|gesloopt|dood|op|sore|tired|exhausted|wrecked) (van|na|from|after) (de|het|the|my|mn|mijn|die|that|vandaag|today)? (training|hardlooptraining|voetbaltraining|looptraining|krachttraining|sport|sporten|wedstrijd|gym|fitness|workout|marathon|hardlopen|zwemmen|werk|dienst|shift|toetsweek|examens|tentamens)
# Round 17 (blind22, a ninth writer: third persons, very short and very long
# messages, indirect wording). A last time of bothering anyone, cutting
# tonight, an adult who touches a child, someone trying the front door, an
# armed friend on his way to kill someone, open wounds and "again tonight",
# an arm as a tally, put into a van, a belt tied to a bed, a car with the
# engine running in a closed garage, "tonight's the night ... bye", stabbed
# if I run, a letter for each of us; the screening question for a tunnel
# without light, wanting to evaporate, good for nothing, nothing matters
# any more, "helemaal op".
suicide  (laatste keer|last time) (dat|that) (ik|i) (iemand|iedereen|anyone|someone|everyone|somebody|anybody) (lastig val|lastigval|stoor|bother|annoy|irriteer)
selfharm  (im|i'm|i am|ga|gaan|gonna|going to) (cutting|cut|snijden) (tonight|vanavond|vannacht|again|weer|rn|now|nu)
selfharm  (need|needs|moet|wil|want) (to)? (feel|voelen) (something|iets) ...4 (cut|cutting|snijden|snij|burn|branden|krassen)
abuse+sexual+other  (trainer|coach|leraar|docent|meester|juf|oom|buurman|stiefvader|stepdad|uncle|neighbour|neighbor|teacher|priest|pastoor|imam|opa) ...3 (hem|haar|hun|him|her|them) ...8 (aanraakt|aanraken|betast|aanrandt|misbruikt|touches|touching|gropes|molests)
danger  (iemand|someone|somebody|man|men|mannen|guy|guys|hij|he|they|gast|gasten|jongens|vreemde|stranger) ...2 (tried|tries|trying|probeerde|probeert|probeerden) (our|the|my|onze|de|mn|mijn) (front)? (door|deur|voordeur|achterdeur|raam|window) (handle|klink|open)?
danger  (texting|texts|sends|stuurt|appt|stuurde|sent) (me) (my|mijn|mn) (own)? (address|adres|huisadres)
danger+other  (iemand|someone|hem|die gast|die jongen|somebody|iemand anders) (gaat|wil|gaan|going to|gonna|wants to) (afmaken|neersteken|steken|vermoorden|schieten|neerschieten|kill|stab|shoot)
danger+other  (ijzer|mes|knife|blade|gun|pistool|wapen|strap) (op|in|bij) (zak|zijn zak|zn zak|his pocket|pocket|z'n zak)
selfharm  (sneden|snijwonden|cuts) ...6 (nog open|open zijn|zijn open|still open|open)
selfharm+other  (wonden|wounds) ...6 (open) ...8 (weer doet|weer gaat doen|do it again|does it again|doing it again|het weer doen)
selfharm  (arm|armen|been|benen|pols|polsen|dijen|bovenbenen|arms|legs|wrist|wrists|thighs) ...4 (turflijst|barcode|tally)
danger  (hebben|heeft|had|have|has|zetten|zette|duwden|duwde|trokken|trok|pushed|put|dragged|shoved|forced|threw|gooiden) (me|mij|us|ons) (in|into) (een|de|a|the|hun|their|his|zijn|zn)? (busje|bus|auto|car|van|bestelbus) (gezet|geduwd|getrokken|gesleurd|gestopt|gegooid)?
suicide  (belt|riem|touw|rope|cord|sjaal|scarf|snoer) ...6 (tied|vastgemaakt|vastgeknoopt|geknoopt|knotted) ...4 (bunk|bed|beam|balk|door|deur|kast|trap|stairs|railing|hek|leuning|stapelbed)
suicide  (motor|engine) (aan|on|running|draait) ...8 (dicht|closed|shut)
suicide  (dicht|closed|shut) ...8 (motor|engine) (aan|on|running|draait)
suicide  (tonights|tonight is|vanavond is het) (the night|zover) ...3 (bye|doei|vaarwel|goodbye|farewell|dag) (x|xx|xxx)? $
danger  (me|mij) (steekt|neersteekt|steken|neersteken|stab|stabs|shoot|schiet|neerschiet) (als|if|when|zodra)
suicide+other  (left|liet|achtergelaten) (a|een)? (letter|brief|note|briefje|notes|brieven|letters) (for|voor|aan|to) (each|ieder|elk|every)
worry  (tunnel) ...4 (zonder|geen|no|without) (licht|light)
worry  (wanna|want to|wil|i want to|ik wil) (evaporate|verdampen|vanish|dissolve|disappear|verdwijnen)
worry  (ik|k|hij|zij|ze|i|he|she|im|ben) ...2 (nergens|nothing|niks) (goed|good) (voor|for) (is|ben|zijn|was)?
worry  (niks|niets) doet (er)? (nog|meer)? toe
worry  nothing matters
worry  (ben|voel me|i am|im) (echt|gewoon|zo)? (helemaal|totally|completely) (op|done|finished|leeg|kapot) $
worry  (ben|im|i am) (op|done) ...2 (helemaal|totally|completely) (op|done)
selfharm  (hand|handen|arm|vinger|vingers|pols|been|huid|skin|finger|fingers|wrist) ...3 (expres|express|xpres|on purpose|bewust|opzettelijk) ...6 (kookplaat|fornuis|stove|strijkijzer|iron|aansteker|lighter|kaars|candle|oven|hob)
# ... and what is no crisis: a slipper thrown as a joke, the news, a school
# presentation, a play on stage, a sport injury that is better, chips that
# make one feel strange, a landlord who does not answer, "kys" typed as a joke.
except  (met|with) (de|een|zijn|zn|his|a|the|her|haar)? (slipper|slippers|slof|sloffen|pantoffel|sok|sock|handdoek|towel) ...8 @laugh
except  (nieuws|news|journaal|krant|artikel|article|documentaire|documentary) ...8 (gezin|familie|family|kinderen|children|tieners|teenagers|mensen|people) ...8 (uit huis|gezet|evicted|vermoord|ontvoerd|killed|kidnapped|dakloos|homeless)
except  (in het nieuws|op het nieuws|on the news|in the news|in de krant|in the paper|op het journaal|in een artikel|in an article) ...8 (gezet|geslagen|vermoord|ontvoerd|gestoken|evicted|killed|stabbed|kidnapped|dakloos|homeless|doodgeschoten|shot|mishandeld|misbruikt|zelfmoord|suicide)
except  (wat|what) (is|a|an|een|are|zijn)? ...1 (loverboy|loverboys|grooming|sextortion|eerwraak) ...8 (presentation|presentatie|spreekbeurt|werkstuk|class|les|school|project|opdracht|essay|verslag)
except  (presentation|presentatie|spreekbeurt|werkstuk|essay|verslag|pws|project|opdracht|assignment|report) (about|over|on) (loverboy*|suicide|zelfmoord|selfharm|zelfbeschadiging|automutilatie|eerwraak|grooming|sextortion|dakloos*|homeless*|mishandeling|misbruik|abuse|huiselijk)
except  (toneelstuk|toneel|theater|theatre|musical|repetitie|rehearsal|voorstelling|school play|rol|role) ...6 @violent
except  (toneelstuk|toneel|theater|theatre|musical|repetitie|rehearsal|voorstelling|school play) ...6 (mes|knife|gun|pistool|wapen|weapon)
except  (bal|ball|pass|schot) ...6 (gezicht|face|neus|nose|hoofd|head) ...8 (nu|now) (gaat|is|its|it's|ben|am) (het|t)? (wel|weer|al)? (weer|better|beter|fine|goed|ok|oke)
except  (koker|zak|bak|doos|box|bag|pack|pot|reep|rol) (chips|pringles|snoep|candy|koekjes|cookies|ijs|popcorn|nootjes|chocola|chocolade|drop|oreos) (op|leeg|gegeten|eaten|finished)?
except  (raar|weird|strange) (vol|full|stuffed)
except  (verhuurder|landlord|huisbaas|woningcorporatie|corporatie|gemeente|jeugdzorg|wijkteam|instantie|helpdesk|klantenservice|bedrijf|support|uwv|duo|zorgverzekeraar) ...4 (reageert|reageren|reageerde|responds|responding|respond)
except  kys ...4 (as a joke|als grap|als grapje|for fun|joking|grapje|jokingly)
except  (gooide|gooit|gooien|threw|throws|throwing|smeet|smijt) ...3 (sok|sokken|kussen|kussens|pillow|pillows|sock|socks|bal|ball|knuffel|teddy|slipper|slof|handdoek|towel|sneeuwbal|snowball|sneeuwballen|snowballs|waterballon|waterballonnen)
# Round 18 (blind23, a tenth writer: a phone at night, abbreviations and
# emoji; measured once after round 17: 60/60 noticed, 6/60 calm alarms).
# What is no crisis: how many young people are homeless (a question for
# homework), dying to fall into bed after a test, nights outside long ago
# with a room now, a knee open after a fall from a bike.
except  (hoeveel|how many|how much) (jongeren|mensen|kinderen|people|young people|youth|teens|tieners|jongens|meisjes|kids|students|studenten|families|gezinnen) ...6 (dakloos|daklozen|homeless|zelfmoord|suicide|selfharm|zelfbeschadiging|mishandeld|abused|misbruikt|loverboy*|uitgehuwelijkt)
except  dood (neervallen|neerploffen|neer vallen) ...6 (bed|bank|couch|moe|tired|toets|test|haha|slapen|sleep|training)
except  (sliep|slept|slapen|geslapen|sleeping) ...6 (op straat|buiten|on the street|on the streets|outside|rough|in het park|in the park) ...4 (maar|but) (nu|now) (woon|heb|live|have|ben|am|zit|i live|i have)
except  (gevallen|viel|fell|crashed|gevallen met|fell off|vallen) ...6 (knie|knee|knieen|knees|elleboog|elbow|kin|chin|enkel|ankle|hand|handen|arm|been|leg|lip) ...3 (open|bloedt|bloeden|bleeding|kapot|geschaafd)
# A parent or sibling with the verb last or after "heeft" further on: "toen
# mijn vader binnenkwam en me sloeg", "mijn vader kwam binnen en heeft me
# geslagen".
abuse  @familie ...4 (me|mij|ons) (sloeg|slaat|sloegen|schopte|schopt|stompte|stompt|mishandelt|mishandelde|wurgde|wurgt)
abuse  @familie ...6 (heeft|hebben|had) (me|mij|ons) (geslagen|geschopt|gestompt|mishandeld|gewurgd|in elkaar geslagen)
# Round 20 (blind24, an eleventh writer: 60% Dutch and 40% English, parents
# and professionals besides young people, much said indirectly; measured
# once after round 19: 93/120 noticed, 20/140 calm alarms).
# Followed on foot or by car; waited for by a group with a bat; held at a
# party by older boys; a fire in the building with no way out; "help me"
# alone ("help" alone is the command that explains the commands and gives
# 112 and 113).
danger  achter (me|mij|ons|haar|hem) aan ...8 (stopt|stop|stops|bang|scared|help|alleen|alone|wat moet|what do|weg|rennen|run|sneller|faster)
danger  (stopt|stoppen|stops|stop|stopte) (als|wanneer|when|if|zodra) (ik|i|we|wij) (stop|stops|stoppen|stopte|stopped)
danger  (op|for) (me|mij|ons) (te)? (wachten|waiting|wacht|wait) ~8 (@knife|knuppels|messen|wapens|weapons|bats|bat)
danger  (wachten|wacht|wachtten|staan|stonden|waiting|wait|waited) ...3 (op|for) (me|mij|ons) ~8 (@knife|knuppels|messen|wapens|weapons|bats|bat)
danger  (niet weg mag|mag niet weg|mogen niet weg|niet weg mogen|niet weg kan|laten me niet weg|laten haar niet weg|laten me niet gaan|laten haar niet gaan|wont let me leave|wont let her leave|dont let me leave|dont let her leave|wont let us leave|wont let me go|wont let her go) ~6 (jongens|mannen|oudere|gasten|guys|men|older|kerels)
danger  (brand|fire|rook|smoke) (in|op) (de|het|ons|onze|mn|mijn|our|my|the)? (flat|huis|gebouw|gang|galerij|trappenhuis|portiek|kamer|keuken|house|building|apartment|hallway|stairwell|kitchen|room) ...8 (kan niet|kunnen niet|cant|cannot|can not|trapped|vast|stuck|opgesloten|geen uitweg|no way out|help|112|naar beneden|naar buiten|get out|eruit)
danger  (huis|flat|gebouw|keuken|kamer|gang|trappenhuis|portiek|galerij|schuur|house|building|apartment|kitchen|room|hallway|stairwell) ...3 (staat|staan|is|was) (in brand|in de brand|on fire|in de fik|burning) ...8 (kan niet|kunnen niet|cant|cannot|trapped|vast|stuck|help|112|binnen|inside|naar beneden|naar buiten|eruit|get out)
worry  ^ (help|hulp|hlp) (help|hulp)? (me|mij|pls|please|plz|ajb|aub|alsjeblieft|nodig|nu|now|help|hulp) (nu|now|pls|please|plz|ajb|aub)? $
# A goodbye: love passed on, a photo of pills with "sorry", everything tidy
# "before I go", the phone off for good, "soon gone anyway"; the highest
# bridge "for a reason"; the edge of a platform and one step; whether a
# jump hurts or is over at once.
suicide  (tell|zeg|vertel) (my|mn|mijn|tegen|aan|to) ...4 (i love|i loved|dat ik van|dat ik hou|dat ik zielsveel|that i love|that i loved|ik hou van)
suicide  (foto|fotos|pic|pics|photo|picture|snap|plaatje) ...4 (@meds|handvol|handful|spoor|tracks|brug|bridge|touw|rope|strop|noose|@knife|dak|roof) ...8 (sorry|soz|sry|doei|bye|vaarwel|goodbye)
suicide  (highest|hoogste|tallest) (bridge|brug|flat|flats|building|gebouw|parkeergarage|toren|tower|dak|roof|bruggen|bridges) ...8 (for a reason|asking for myself|voor mezelf|niet voor niks|vraag niet waarom|dont ask why|vraag voor mij)
worry  (highest|hoogste|tallest) (bridge|brug|flat|parkeergarage|dak|roof|bridges|bruggen) ...6 (around|near|in|bij|rond|rondom|hier|here)
suicide  (als|when|if|after|na) (je|ik|i|you|someone|iemand|u) ...2 (doodgaat|doodga|dood gaat|dood ga|dood bent|dood ben|die|dies|died|sterft|sterf|overlijdt|overlijd|dood) ...8 (vraag voor mezelf|asking for myself|for myself|voor mezelf|asking for me|vraag voor mij)
suicide  (alles|everything|zaken|dingen|things|spullen|stuff) (netjes|geregeld|opgeruimd|sorted|arranged|regelen|tidy|klaar|ready) ...6 (voordat|voor|before) (ik|i) (ga|go|vertrek|leave) $
suicide  (alles|everything|zaken|dingen|things|spullen|stuff) (netjes|geregeld|opgeruimd|sorted|arranged|regelen|tidy|klaar|ready) ...6 (voordat|voor|before|als) (ik|i|im) ...2 (weg|gone|dood|die|doodga|dead)
suicide  (binnenkort|straks|snel|soon|bijna|almost) toch (weg|er niet meer|niet meer|niet meer hier|gone|dood|dead|not here)
suicide  (edge|rand|randje) (of|van) (the|het|de|a|een)? (platform|perron|roof|dak|bridge|brug|balcony|balkon|cliff|klif|flat|spoor|tracks) ...8 (one step|een stap|1 stap|1 step|jump|spring|springen|voorover|lean|fall|vallen|close|dichtbij)
suicide  (phone|telefoon|fone|mobiel) ...4 (off|uit) (after this|na dit|hierna|na deze|for good|voorgoed|forever|voor altijd|now|nu) ~8 (done|klaar|nice talking|fijn gepraat|leuk gepraat|bye|doei|vaarwel|goodbye)
suicide  (doet|does|will|would) (het|it) ...2 (pijn|hurt) ~6 (meteen|direct|instant|instantly|immediately|snel|quickly|quick) (weg|dood|dead|over|gone|out)
suicide  (spring|springen|jump|jumping) ...6 (ben je|are you|is it|ben ik|am i|are u) ...2 (meteen|direct|instant|instantly|immediately|snel|quick|quickly) (weg|dood|dead|over|gone)
# Not eating as a punishment; a clean streak broken; "s/h again".
selfharm  (eat|eaten|ate|eating|eten|gegeten|eet|at) ...4 (niet|nie|geen|niks|niets|nothing|weinig) ...8 (punishment|punish|straf|bestraffen|bestraf|verdien|deserve|verdiend|deserved)
selfharm  (niet|nie|geen|niks|niets|didnt|not|havent|dont|nothing|stopped|gestopt) ...2 (eat|eaten|ate|eating|eten|gegeten|eet) ...8 (punishment|punish|straf|bestraffen|bestraf|verdien|deserve|verdiend|deserved)
selfharm  (punishment|punish|straf|bestraffen|bestraf) ...6 (eat|eaten|ate|eating|eten|gegeten|eet) ...2 (niet|nie|geen|niks|niets|nothing|not|weinig)
selfharm  clean (streak|reeks)? ...3 (weg|broken|kapot|voorbij|verbroken|lost|ended|verpest|ruined|reset|gone)
selfharm  s h (again|weer|gedaan|did|done|relapse|urges|vannacht|tonight|opnieuw)
# Gifts to be paid back; secret "games" with a mother's boyfriend; "no one
# will believe you"; an adult online who wants the parents kept out; woke
# up with clothes off; "age is just a number"; films made on order and
# spread; a boss who keeps the passport, and hits when one complains.
abuse  (koopt|kocht|geeft|gaf|buys|bought|gives|gave|betaalt|betaalde|pays|paid|cadeaus|cadeautjes|gifts|presents) ~8 (iets terug|wat terug|something back|terugdoen|terug doen|pay him back|pay them back|schuldig ben|owe him|owe them|return the favor|return the favour)
abuse  (moet|moest|must|have to|has to|wil dat ik|wants me) ~6 (met|with) (zn|zijn|his|z) (vrienden|friends|maten|matties|boys) ~6 (hotel|airbnb|hotelkamer|room|appartement|apartment)
abuse  (spelletjes|spelletje|games|geheimpje|geheimpjes|geheim|secret) ...8 (vriend|stiefvader|stepdad|oom|uncle|buurman|neighbour|neighbor|trainer|coach|oppas|babysitter|boyfriend) ...8 (niks|niets|nobody|niemand|not|no one) ...2 (zeggen|vertellen|tell|say)
abuse  (stiefvader|stepdad|oom|uncle|buurman|neighbour|neighbor|trainer|coach|oppas|babysitter|boyfriend) ...8 (spelletjes|spelletje|games|geheimpje|geheimpjes|geheim|secret) ...8 (niks|niets|nobody|niemand|not|no one) ...2 (zeggen|vertellen|tell|say)
abuse  (niemand|nobody|no one|noone) (je|jou|me|mij|u|haar)? (gaat|zal|zou|will|would|gonna) (je|jou|me|mij|you|u|her|haar)? (ooit|ever)? (geloven|believe)
abuse  (zegt|zei|says|said|dreigt|threatens|roept) (dat|that)? (niemand|nobody|no one|noone) (je|jou|me|mij|u|haar|you|her)? (gelooft|geloven|believes|believe|zal geloven|will believe|would believe|zou geloven)
abuse  (niks|niets|nothing|not|niet|never|nooit) (tegen|to|aan) (mn|mijn|my|je|jouw|your) (ouders|parents|moeder|mom|mum|vader|dad|mama|papa) ...2 (zeg|zeggen|vertel|vertellen|tell|say) ~8 (online|snapchat|snap|insta|instagram|tiktok|discord|cadeaus|cadeautjes|gifts|afspreken|meet|ouder|older|leek|looked|oud)
abuse  (dont|do not|niet|never|nooit) (tell|vertellen|zeggen) ...2 (mn|my|je|your) (ouders|parents|mom|dad|mum) ~8 (online|snapchat|snap|insta|instagram|tiktok|discord|cadeaus|gifts|afspreken|meet|ouder|older|leek|looked)
abuse  (wakker|woke|awoke|wake) ...8 (kleren|kleding|clothes|broek|pants|jeans|ondergoed|underwear|onderbroek|shirt|bh|bra|rok|skirt|jurk|dress) ...3 (uit|off|weg|gone|kapot|torn|gescheurd|missing)
abuse  (wakker|woke|awoke|wake) ...8 (naakt|naked|bloot|zonder kleren|without clothes|without my clothes) ~8 (feest|party|feestje|weet niks|weet niets|cant remember|dont remember|remember nothing|geen idee|no idea|onbekend|gedronken|drunk|drinks|drankjes)
abuse  (he|hij|zegt|says|said|zei|tells|told) ...3 (age|leeftijd) (is)? (just|only|maar|gewoon|slechts)? (a|een)? (number|getal)
abuse  (mature|volwassen|rijp) (for|voor) (your|my|je|mijn|jouw|her|haar) (age|leeftijd)
abuse  (moest|moet|moesten) van (die|de|hun|zijn|zn)? (jongens|hem|mannen|gasten|boys|vriend|ex|jongen|man) ...6 (filmpjes|filmpje|fotos|foto|video|videos|vids|nudes|pics|naaktfotos)
abuse  (forced|made|make|makes|dwong|dwongen|dwingen) (me|us|her) (to)? (make|film|send|take|maken|sturen) ...3 (filmpjes|filmpje|fotos|video|videos|vids|nudes|pics|naaktfotos)
abuse  (baas|boss|werkgever|employer|chef|uitzendbureau|bemiddelaar|uitbater) ...6 (houdt|hield|heeft|keeps|kept|took|pakt|pakte|afgepakt|ingenomen|holds|has) ...3 (id|paspoort|passport|papieren|documents|papers|identiteitskaart|idkaart)
abuse  (klaag|klagen|klaagt|complain|complains|protesteer|weiger|refuse) ...3 (slaat|sloeg|schopt|hits|beats|kicks|slaan) (hij|ze|zij|he|she|they|die|de baas|me)
# Told not to come back.
homeless  (dont|not to|never|do not) (come|coming) (back|home)
homeless  (kom|komt) (maar)? (niet|nooit) (meer)? (terug|thuis)
homeless  (hoef|hoeft|hoeven) (niet|nooit) (meer)? (thuis|terug) (te)? (komen|kom)
homeless  (niet|nooit) meer (thuis|terug) (hoef|hoeft|hoeven) (te)? (komen|kom)
# Worry: a parent who hears "het maakt toch niet uit" and a child who says
# almost nothing any more; "ben alles kwijt" with friends and motivation.
worry  (zegt|zei|says|said|roept|antwoordt) ...3 maakt (toch|allemaal|me|mij)? ...1 (niet|niks|niets) uit
worry  maakt (me|mij)? (toch|allemaal)? ...1 (niks|niets|niet) meer uit
worry  (zegt|praat|says|talks) (bijna|amper|nauwelijks|hardly|barely)? (niks|niets|weinig|nothing) meer
worry  (ben|heb|i lost|ive lost|lost) (alles|everything) (kwijt|verloren|lost)? ...8 (motivatie|vrienden|hoop|zin|friends|hope|motivation|point)
# What the model noticed in blind24 and no pattern did: a door kicked in
# while one hides under the bed, a drink spiked, a door shut from outside,
# a threat to kill a mother, "they know where I live" with someone outside,
# a brother gone into the sea, "you are next"; waiting by the tracks for the
# next train, "sorry for everything ... not your fault", "found a way,
# thanks anyway", pills in one's hand; an urge with the blade at hand, a
# compass to scratch, cuts on a belly, an elastic band snapped till purple,
# hair pulled out in patches, plasters that keep bleeding through, scissors
# "deep"; a coach's "massage", money earned with men a boyfriend arranges,
# bruises shaped like fingers, kept from school so bruises are not seen,
# "our little secret", a parent who pulls hair and calls names, a marriage
# to a stranger; no place tonight, locks changed, sitting in a doorway in
# the rain, thrown out for being gay.
danger  (slaat|trapt|beukt|ramt|breekt|schopt|timmert|sloeg|trapte|kicks|kicking|kicked|breaking|smashing|banging) ...3 (deur|door) (in|kapot|open|eruit|down|open)
danger  (onder|under) (het|mn|mijn|de|the|my|his|her|zn)? (bed|bank|tafel|table|bureau|desk) ...8 (dronken|drunk|slaat|schreeuwt|hits|yelling|screaming|boos|angry|deur|door|bang|scared)
danger  (iets|something|wat|pil|drug|drugs|spul|spullen) in (haar|mn|mijn|my|her|zijn|his) (drankje|drink|glas|drinken|cola|bier|drinks) ...8 (kan niet|cant|meenemen|take her|mee naar|raar|weird|strange|staan|stand|walk|lopen|wazig|suf)
danger  (gedrogeerd|drugged|spiked|gespiked|gespiket) ...8 (kan niet|cant|meenemen|take|mee|raar|weird|strange|staan|stand|walk|lopen|wazig|help)
danger  (deur|door) ...3 (van buiten|from outside|from the outside|van de buitenkant) (dicht|op slot|locked|closed|afgesloten|vast)
danger  (dat|that) (hij|ze|zij|he|she|hes|shes) (haar|hem|ons|mama|her|him|us|mn moeder|my mom|my mum) (gaat|zal|will|gonna|going to) (afmaken|vermoorden|doodmaken|doden|kill|murder)
danger  (hij|ze|zij|he|she|hes|shes) (gaat|zal|is going to|will|gonna) (haar|hem|ons|mama|her|him|us|mn moeder|my mom|my mum) (afmaken|vermoorden|doodmaken|doden|kill|murder)
danger  (know|knows|weten|weet) (where|waar) (i|ik|we) (live|woon|wonen) ...8 (outside|buiten|voor de deur|staan|staat|coming|komen|komt|car|auto)
danger  (zee|water|sea|river|rivier|kanaal|gracht|zwembad|pool|lake|ocean|waves|golven) ...6 (zie|see|vind|find|can't see|cant see|cant find) (hem|haar|him|her) (niet|nergens|not|nowhere|anymore|no more) (meer)?
danger  (dat|that) (ik|i|im|jij|you) (de volgende|next|the next one|the next) (ben|am|is|bent|are)?
suicide  (bij het spoor|op het spoor|langs het spoor|naast het spoor|on the tracks|by the tracks|near the tracks|op de rails|on the rails|bij de rails|next to the tracks) ...8 (wacht|wachten|waiting|wait|volgende trein|next train|trein komt|train comes|trein|train)
suicide  (sorry voor alles|sorry for everything|spijt van alles|sorry for all) ...8 (niet jouw schuld|niet jullie schuld|niet je schuld|not your fault|ik hou van je|ik hou van jullie|i love you|love you all|love u)
suicide  (found|gevonden|vond) (a|een|the|de) (way|manier|oplossing) (gevonden)? (thanks|bedankt|dank|anyway|toch|bye|doei|laat maar|nvm|never mind)
suicide  (nvm|never mind|laat maar|nevermind) ...2 (found|heb|gevonden) (a|een) (way|manier)
suicide  (pillen|pills|tabletten|tablets|strips|doosje|potje|bottle|medicijnen|slaappillen|paracetamols|paracetamol|pilletjes|meds) ...5 (in mn hand|in mijn hand|in my hand|in my hands|in mn handen|in mijn handen|voor me liggen|in front of me|naast me|next to me|in mn hand)
selfharm  (urge|urges|drang|neiging|craving|cravings) ~8 (blade|blades|mesje|mesjes|scheermesje|scheermesjes|razor|razors|scherf)
selfharm  (passer|compass|puntenslijper|sharpener|slijper|paperclip|nietje|scherf|scherven|glasscherf|shard) ...6 (gekrast|krassen|kras|krast|gesneden|snijden|snijdt|scratched|scratch|scratching|cut|cutting|open)
selfharm  (sneetjes|snijwonden|sneden|cuts|cut marks) (op|on) (zijn|haar|mn|mijn|his|her|my) (buik|armen|arm|benen|been|dijen|polsen|pols|stomach|belly|arms|legs|thighs|wrists|heupen|hips)
selfharm  (elastiek|elastiekje|elastiekjes|elastic|rubber band|rubberband|haarelastiek|haarelastiekje|hair tie) ...8 (knal|knallen|snap|snapping|schiet|paars|purple|bloed|bleeding|blood|bruised)
selfharm  (pulling|pull|trek|trekken|uittrekken|rip|ripping) ...4 (hair|haar|haren|wimpers|eyelashes|wenkbrauwen|eyebrows) (out|uit) ...8 (patches|plekken|bald|kaal|cant stop|kan niet stoppen|bleeding|bloed)
selfharm  (pleisters|pleister|verband|bandages|bandage|plasters|band aids|bandaids) ~8 (doorlopen|bloeden|bleeding|bleeds|doorbloeden|soaked|doorweekt|bloody|bebloed)
selfharm  (schaar|scissors|mesje|scheermesje|blade|razor|passer|scherf) ~8 (diep|deep|diepe|deeper|dieper)
abuse  (coach|trainer|teacher|leraar|docent|mentor|oom|uncle|buurman|stepdad|stiefvader|neighbour|neighbor) ~8 (massage|masseren|massages|massaging|masseert)
abuse  (geld|doekoe|doeko|money|cash|poen|paper) (verdienen|earn|make|maken|verdien) ...8 (mannen|men|klanten|clients|guys)
abuse  (mannen|men|klanten|clients|guys) (die|that|who) (hij|ze|zij|he|she|they) (regelt|regelen|arranges|sets up|regelde|arranged)
abuse  (blauwe plekken|bruises|blauwe plek|bruise|plekken) ...6 (vorm van|shape of|shaped like|the shape of|de vorm van) ...2 (vingers|hand|handen|fingers|hands|riem|belt)
abuse  (niet naar school|not to school|not go to school|stay home|thuisblijven|thuis blijven|keep me home|houden me thuis) ~8 (blauwe plekken|bruises)
abuse  (ons|onze|our) (kleine|little)? (geheimpje|geheim|secret) ~8 (speciaal|special|volwassen|mature)
abuse  (@fam_en|stepmom|stepmum|@familie) ...2 (pulls|pulled|yanks|yanked|grabs|grabbed|trekt|trok) (my|me by my|me by the|mij aan mijn|me aan mn|aan mijn|aan mn) (hair|haar|haren)
abuse  (@fam_en|stepmom|stepmum|@familie) ...4 (calls|called|noemt|noemde) (me|mij) (a|een)? (whore|slut|hoer|slet)
abuse  (trouw|trouwen|marry) (met|to|with)? (iemand|someone|een man|a man|een jongen|a guy|een neef|mn neef|mijn neef|my cousin|een oudere|an older) ...8 (niet ken|dont know|never met|nooit gezien|nooit ontmoet|paspoort|passport|niet wil|dont want)
homeless  (geen|no|nergens|nowhere) (plek|place|plaats|slaapplaats|slaapplek|bed|dak) (vannacht|vanavond|tonight|voor vannacht|for tonight|to sleep tonight)
homeless  (sloten|slot|locks|lock) ...2 (veranderd|vervangen|changed|changing|verandert) ...8 (kan niet|cant|binnen|slaapplek|place|sleep|slapen|thuis|home|naar binnen|get in)
homeless  (portiek|trappenhuis|bushokje|fietsenstalling|doorway|stairwell|bus shelter|parkeergarage) ...8 (regent|koud|cold|raining|rain|telefoon|phone|nacht|night|alleen|alone|batterij|battery)
homeless  (kicked out|thrown out|uit huis gezet|eruit gezet|eruit gegooid|buiten gezet|thrown me out|kicked me out) ~8 (gay|lesbian|bi|trans|queer|homo|lesbisch|biseksueel|transgender|coming out|uit de kast)
# ... and what is no crisis: a parent who does not let one go to a party,
# rather die than wear those shoes, killed for eating someone's last
# biscuit, a past that is over with the abuser gone,
# pride or joy now, taken in by a grandmother, a definition for school, a
# runaway found, a scene in a film, a song's title, a documentary, a cut
# from sliding on the field, painkillers for toothache, a stuck door, a
# workout's burn, stabbed in the back by a squad in a game.
except  (laat|laten|liet|lets|let|wont let|won't let|doesnt let|dont let) (me|mij|ons|us) (niet|nie|not)? (gaan|go|out) (naar|to|met|with|uit) (het|de|a|the|een|my|mijn|mn)? (feest|feestje|party|concert|festival|school|stad|town|vrienden|friends|sleepover|logeerpartij|bioscoop|cinema|movies|uit|uitgaan|disco|club|kamp|camp|vakantie|trip|schoolreis|mall|winkelcentrum)
except  (rather|liever|sooner) (die|dood|doodgaan|sterven) (than|dan) ...3 (wear|wearing|dragen|draag|eat|eten|listen|luisteren|watch|kijken|zien|seen|gezien|dance|dansen|sing|zingen|lol|haha|shoes|schoenen)
except  (kill|murder|vermoordt|vermoorden|killing|kills) (me|mij) ...6 (ate|eat|opgegeten|opat|at|broke|gebroken|kapot|lost|kwijt|used|gebruikt|borrowed|geleend|spilled|gemorst|took|pakte|scratched|dented|forgot|vergeten|wore) (his|her|their|my|the|zijn|haar|hun|mijn|z|zn|de|het)? ...2 (last|laatste|new|nieuwe|favourite|favorite|stroopwafel|stroopwafels|phone|car|shirt|charger|snack|cookie|cookies|fries|sweater|hoodie|trui|koekje|koekjes|chips|pizza|fiets|bike|game|console|controller|makeup|parfum|perfume|oplader|telefoon|auto|taart|cake)
except  @past_at ...8 (maar|but|nu|now) ...2 (hij|ze|zij|he|she|they) (woont|wonen|lives|live|zit|zitten|is|zijn) ...4 (niet meer|nie meer|ni meer|no longer|not anymore|nergens|weg|gone|elsewhere|ergens anders)
except  @past_at ...8 ...4 (nu|now) ...8 (trots op mezelf|proud of myself|love it|i love it|vind het leuk|super blij|heel blij|really happy|so happy|zo blij|enjoy it)
except  @past_at ...8 (maar|but) ...4 (opgevangen|opgenomen|took me in|taken in|onderdak|in huis genomen)
except  (abusive|gewelddadig|violent|agressief|aggressive|toxic|mishandelde|sloeg|hit|slapped|hits) ...4 (but|maar) (that|dat|its|it|het|thats|dats)? (is|s|was)? (over|voorbij|behind me|achter me)
except  @past_at ...8 ...8 (therapie|therapy|rechtszaak|court|behandeling|treatment|hulp) ...4 (gaat|going|doing|ben|am|im) (nu|now)? (goed|well|beter|better|ok|oke|fine)
except  (jaar|jaren|maanden|years|months|tijd) (terug|back|geleden|ago) ...8 (eruit gekomen|eruit gestapt|got out|escaped|los gekomen|weggegaan|ontsnapt)
except  (wat is|what is|whats|wat betekent|what does|verschil tussen|difference between|definitie van|definition of|wat zijn|what are|wat bedoelen ze met|what do they mean by) ...3 (mishandeling|verwaarlozing|misbruik|abuse|neglect|suicidaal|suicidal|suicidale|zelfmoord|suicide|zelfbeschadiging|selfharm|self|automutilatie|grooming|loverboy*|sextortion|huiselijk|domestic|dakloosheid|homelessness|eerwraak) ...8 (@frame|opzoeken|googlen|woordenboek|dictionary|opgezocht|look|looked|lookup|precies|exactly)
except  @frame ...3 (wat is|what is|whats|wat betekent|what does|verschil tussen|difference between|wat zijn|what are) ...3 (mishandeling|verwaarlozing|misbruik|abuse|neglect|suicidaal|suicidal|suicidale|zelfmoord|suicide|zelfbeschadiging|selfharm|self|automutilatie|grooming|loverboy*|sextortion|huiselijk|domestic|dakloosheid|homelessness|eerwraak)
except  (weggelopen|ran away|run away|vermist|missing|weglopen) ...8 (maar|but) ...4 (vond|vonden|gevonden|found|kwam terug|came back|terug|back home|thuis)
except  (track|nummer|song|album|single|plaat|clip|boek|book|film|movie|serie) ...6 (heet|called|named|getiteld|titel|title)
except  (docu|documentaire|documentary|film|serie|reportage|nieuws|news|video|filmpje) ...8 (daklozen|dakloze|homeless|zwervers|mensen|people) ...8 ...4 (@sleepx|wonen|live|living)
except  (cut|snee|wond|wound|gash|jaap|schaafwond) ...6 (from|van|bij|door|tijdens|during) (sliding|voetbal|football|soccer|training|hockey|sport|vallen|falling|the field|het veld|wedstrijd|match|skating|skaten|rugby|tackle|slidings)
except  (gevaarlijk|dangerous|veilig|safe|schadelijk|harmful|slecht|verstandig) (om|to)? ...6 @meds ...8 (kiespijn|hoofdpijn|toothache|headache|koorts|fever|griep|flu|menstruatie|period|buikpijn|cramps|verkoudheid|cold|rugpijn|migraine|spierpijn|keelpijn)
except  (opgesloten|locked|buitengesloten) ...8 (per ongeluk|by accident|accidentally|klemde|klemt|jammed|slot kapot|lock broke|deur klemde)
except  (gym|workout|training|leg day|push ups|pushups|gewichten|weights|lifting|squats|sit ups|hardlopen|running|sportschool|fitness) ~8 (burning|branden|brand|burn|burns|sore|spierpijn)
except  (stabbed|stabbing|stab|stabs|backstabbed|backstab|gestoken|steken) (me)? (in the back|in de rug|in my back) ...8 (by my|door mijn|friends|vrienden|squad|team|bff|bestie|teammates|besties|game|warzone|fortnite|lol|smh|haha)

# Round 21 (blind26, a twelfth writer: short sentences and phonetic
# spelling, long voice-to-text run-ons, humour that hides how bad it is,
# Papiamento, Sranan and Arabic words; care homes, games, couriers;
# measured once after round 20: 126/150 noticed, 19/150 calm alarms).
# A threat to a sister if a package is not brought; a father with a knife
# (Papiamento "kuchu"); an ex who drives past and sends a photo of one's
# window; someone looking for one who hides.
danger  (they|he|she|hij|theyll|hell|shell|them) (will|gonna|going to|are going to|is going to)? (hurt|kill|get|harm) (my|mn|mijn) ...2 (sister|brother|mom|mum|dad|family|little|baby)
danger  kuchu ...8 (help|bang|scared|verstop|verstopt|zit|hide|hiding|badkamer|bathroom|kamer|room)
danger  (ex|stalker|exvriend|exvriendin) ...8 (foto|fotos|photo|pic|picture) (van|of) (mijn|mn|my|ons|our) (raam|slaapkamerraam|huis|deur|voordeur|window|bedroom|house|door|slaapkamer|bedroom window)
danger  (rijdt|loopt|drives|walks|fietst|staat) (steeds|elke dag|every day|constantly|always|de hele tijd|all the time|vaak) (langs|past|voor|outside) (mijn|mn|my|ons|our) (huis|school|werk|raam|house|home|window|door|deur)
danger  (@dader|he|she|they|someone|somebody|guy|man) (zoekt|zoeken|is looking for|are looking for|searching for) (me|mij) ~8 (durf|dare|verstop|verstopt|hide|hiding|bosjes|bushes)
# A pet to be cared for "when I'm gone", games given away "won't need them",
# driving into a truck, all socials deleted with a goodbye, on the edge by
# the harbour looking at the water, Sranan and Papiamento for not wanting to
# live, wanting to be with a grandfather in heaven.
suicide  (take care of|look after|zorgen voor|zorgt voor|verzorgen|voeren|feed) (my|mn|mijn) (cat|dog|kat|hond|poes|konijn|rabbit|pet|huisdier|hamster|vis|fish|cavia|vogel|bird) ...6 (when|als|once|after|na|zodra|wanneer) (im|i am|ik|i|i'm) ...2 (gone|weg|dood|dead|er niet meer|not here|not around)
suicide  (gave|given|gegeven|weggegeven|give|geef|gaf) ...8 ...4 (wont need|won't need|will not need|zal ik niet meer nodig|ga ik niet meer nodig|heb ik straks niet meer nodig)
suicide  (driving|drive|rijden|crash|crashen|steer|sturen|rijd) (my|mn|mijn)? ...2 (into|tegen|onder|in front of|voor) (a|een|the|de)? (truck|vrachtwagen|tree|boom|wall|muur|train|trein|bus|tram|lorry)
suicide  (deleted|verwijderd|gewist|delete|deleting) (all|al|alle|everything|alles) ...2 (socials|accounts|apps|insta|snap|tiktok|photos|fotos|social media) ~8 (goodbye|bye|doei|vaarwel|afscheid|dag allemaal|were ok|was ok|thanks for|bedankt voor)
suicide  (zit|sta|zat|stond|sit|sitting|stand|standing) (op|on) (de|het|the) (rand|edge|randje|reling|railing) ...8 (water|zee|haven|kade|brug|pier|dak|roof|bridge|sea|harbour|harbor|diep|deep|beneden|down)
suicide  (no|noh) (wani|wan|kan) (libi|libi moro|de moro)
suicide  (mi|me) (wani|wan|ke) (dede|muri|kaba)
suicide  (no|no ke|ke) (biba|biba mas|bibá)
suicide  (wil|want to|wanna|wou|zou willen|wanted to) (bij|with) ...3 (in de hemel|in heaven|boven|in the sky|in de lucht)
# Sharp things taken away at the group home and glass found anyway; cut
# "a bit too deep"; "ik wil mij pijn doen".
selfharm  (scherpe dingen|sharp things|sharp stuff|scherpe spullen|mesjes|blades|scheermesjes|razors) ...3 (weggehaald|weg|afgepakt|taken|removed|verstopt|hidden|opgeborgen|locked) ~8 (gevonden|found|glas|glass|scherf|shard|toch|still)
selfharm  (te|too|to) (diep|deep) (gesneden|gekrast|cut|gecut|sneed|kraste)
selfharm  (gesneden|gekrast|cut|gecut|sneed|kraste) (te|too|to|veel te|way too|a bit too|een beetje te) (diep|deep)
selfharm  (ik|k|i) (wil|ga|want to|wanna) (mij|me|mezelf|myself) (pijn|hurt) (doen|doe)?
selfharm  (ik|k) (doe|deed) (mij|me) (expres|express|bewust)? pijn
# Hit when a mother is away (phonetic spelling); kept going after "no";
# Papiamento and Sranan for being beaten.
abuse  @hitnl (me|mij) (als|wanneer|when|zodra|terwijl) (mama|mam|ma|papa|pap|pa|mijn moeder|mn moeder|mijn vader|mn vader|mum|mom|dad|moeder|vader) ...2 (weg|wek|wech|werkt|werken|gone|away|out|slaapt|niet thuis|not home|er niet is)
abuse  (kept going|bleef doorgaan|ging door|ging gewoon door|didnt stop|didn't stop|stopte niet|wouldnt stop|hield niet op) ~8 (said no|zei nee|nee zei|said stop|zei stop|stop zei|no means no)
abuse  (e|ta|a|o|sa|ta e|e ta) (fon|bati|dal|naki|kastiga|wipi) (mi|me)
# Worry: a ghost nobody notices, nothing ever gets better, a life that is
# a joke, wanting nothing any more, "wat is er mis met mij", "niks waart",
# how long one can hold on, how it could ever get better.
worry  (nobody|no one|niemand|noone) (notices|would notice|merkt|ziet|cares|sees|noticed|merkte) ...4 (if|of|whether|als|when|wanneer) (im|i am|ik|i) ...2 (there|er|here|hier|gone|weg|ben|am|was)
worry  (feel|voel|felt) (like|me als)? (a|een) (ghost|geest|spook)
worry  (nothing|niks|niets) (ever)? (gets|will|wordt|word|gaat|is getting) (ever|ooit)? (get)? (better|beter)
worry  (my|mijn|mn) (life|leven) (is|s) (a|een) (joke|grap|mislukking|failure|mess|puinhoop)
worry  (wil ik|ik wil|k wil) (niks|niets|nix|helemaal niks) meer $
worry  (sinds|since) ...6 (wil ik|ik wil|k wil) (niks|niets|nix) meer
worry  wat is er mis met (mij|me) $
worry  (alles|everything) (gaat|goes|is going|went|ging) (fout|mis|wrong) ~8 (wat is er mis met|whats wrong with|what is wrong with|niks lukt|nothing works|niks gaat goed)
worry  (ben|voel me|i am|im|ik ben) (gewoon|gwoon|gwn|echt|zo)? (niks|niets|nix|nothing) (waard|waart|waardt|worth)
worry  (hoe lang|how long) (ik|i) (dit|het|this|it) (nog)? (volhoud|volhou|kan volhouden|vol kan houden|can take|can hold on|can keep going|can do this|nog aankan|aankan)
worry  (hoe|how) ...3 (ooit|ever) (beter|better) (worden|wordt|get|gets|be)
# What the model noticed in blind26 and no pattern did: followed
# ("achterna"), stuck in a stairwell with a fire, a stranger in the house
# (phonetic), no point waking up tomorrow, at the tracks "just wanted
# someone to know", "niemant mist mij", "of nooit meer ... zeg maar sorry",
# "if i dont reply ... its already done", punishing oneself by not eating,
# hot water poured on an arm on purpose, biting an arm until it bleeds, a
# word scratched into a thigh, a debt paid with sex, packages delivered
# under blows and a debt, a foster mother who gives no food, a debt and a
# locker at school, a man of 40 with gifts, the locks changed, crashing a
# scooter into a tree.
danger  (loopt|lopen|liep|rijdt|reed|fietst|fietsen|komt|komen|zit|zitten|rent|rennen|volgt) (me|mij|ons) ...2 achterna
danger  (zitten|zit|zijn|are|am|were|zaten) (vast|stuck|trapped|opgesloten) ...8 (brand|fire|rook|smoke)
danger  (man|vent|iemand|jongen|someone|stranger|guy) in (ons|onze|mijn|mn|my|our|het) (huis|house|home|flat|kamer|room) ...4 (ken|know|kennen) (hem|him|haar|her)? (nie|niet|not|ni)
danger  (says|zegt|said|zei) (he|hij|they|ze) (knows|weet|weten|know) (where|waar) (i|ik) (live|woon|woont)
suicide  (point|zin|nut) (of|in|om|van) (waking|wakker|to wake) ...6 (dont plan|dont intend|not planning|niet van plan|wont|not going to)
suicide  (at|on|by|near|bij|op) (the|de|het)? (train tracks|tracks|railway|rails|spoor|spoorlijn) ...8 (someone to know|iemand weet|iemand het weet|wanted to say|wilde zeggen|bye|doei|sorry|goodbye)
suicide  (niemand|niemant|nobody|no one) (mist|zal missen|will miss|would miss|misses|gaat missen) (mij|me) ...6 (als|when|if) (ik|i) ...2 (weg|gone|dood|dead|er niet meer)
suicide  (of|or) (nooit meer|never again) ...8 (sorry|zeg maar|tell|doei|bye|vaarwel)
suicide  (if|als) (i|ik) (dont|do not|niet|nie) (reply|answer|respond|reageer|antwoord) ~8 (already done|al gedaan|al gebeurd|too late|te laat)
suicide  (scooter|auto|car|fiets|brommer|motor|bike) (tegen|into) (een|de|a|the)? (boom|muur|vrachtwagen|trein|tree|wall|truck|train|bus) (rijden|rijd|crashen|knallen|drive|crash)
selfharm  (straf|bestraf|punish) (@mezelf|@myself|mij|me) ...4 (eten|eat|snijden|cut|slaan|hit|pijn|hurt|honger|starve|eating)
selfharm  (expres|express|bewust|on purpose|opzettelijk) ...4 (heet|kokend|boiling|hot) (water|thee|tea) ...4 (over|on) (mijn|mn|my) (arm|armen|hand|handen|been|benen|huid|skin|leg|legs|arms)
selfharm  (bijt|beet|bite|bit|biting) (in)? (mijn|mn|my) (arm|armen|hand|handen|lip|wang|arms|hands|vingers|fingers) ...4 (tot|until|till) ...2 (bloedt|bloed|bleeds|bleeding|blood|bloedde)
selfharm  (scratched|carved|krast|kraste|gekrast|kerfde|gekerfd|kerf|carve|scratch) ...3 (into|in) (my|mn|mijn) (thigh|arm|leg|wrist|skin|stomach|dij|been|pols|huid|buik|arms|legs|thighs)
abuse  (owe|owes|schuldig|schuld|pay it back|pay back|terugbetalen|afbetalen) ~8 (sleep with|slapen met|seks met|sex with|naar bed met|have sex|seks hebben)
abuse  (pakketjes|pakketje|packages|package|bolletjes) (rondbrengen|brengen|wegbrengen|bezorgen|deliver|delivering|bewaren|vervoeren|carry|keep) ~8 (slaat|hits|schuldig|owe|dreigt|threatens|or else|forced|gedwongen)
abuse  (@familie|pleegmoeder|pleegvader|pleegouders|groepsleiding|stepmom|stepdad|mom|dad|foster|mum) ...3 (geeft|geven|gives|give|gave|gaf) (me|mij|us|ons) (geen|no|niks|nothing) (eten|food|te eten|to eat)
abuse  (owe|schuldig) ...6 (makes me|forces me|dwingt me|laat me|moet ik|i have to|made me) ...4 (keep|hide|bewaren|verstoppen|deliver|sell|verkopen|carry|bring|dealen|deal)
abuse  (man|vent|guy) (van|of) <25+> ...8 (cadeautjes|cadeaus|gifts|logeren|slapen|afspreken|meet|stay over)
homeless  (anywhere|somewhere|ergens) (i can|ik kan|waar ik kan|to) (sleep|slapen|stay|pitten) (tonight|vannacht|vanavond)
homeless  (changed|veranderde|verving|vervangen|veranderd) (the|de|all the|alle)? (locks|lock|sloten|slot)
# ... and what is no crisis: "toen ik 14 was ... nu ben ik 21", "that time
# ... is over", years ago and doing great now, out of it long ago, a year
# in the past and stopped, how many young people sleep outside (a school
# question), coming to tell a group about self-harm, a detective in a book,
# a rapper's lyrics about someone else, locked out of school, dying of
# nerves, explaining an overdose for biology, fainting at a blood test, a
# wrist sprained falling off a skateboard, almost asleep on the bus, a car
# chase in a game, the edge of a pool, a song that is a banger.
except  (toen|when) (ik|i) <n> (was|jaar was|years old|jaar oud) ...8 ...4 (nu|now) (ben ik|im|i am|ik ben) <n>
except  (die tijd|that time|die periode|that period|those days|die dagen) ...8 ...2 (is voorbij|was voorbij|voorbij|is over|are over|its over|over now|behind me|achter me)
except  <n> (years|year|jaar|maanden|months|weken|weeks) (ago|geleden) ...8 ...8 (doing great|doing well|doing good|doing better|gaat het goed|gaat goed|gaat super|gaat beter|im good now|im ok now|ben ik blij|still here and)
except  @past_at ...8 (ik ben er|ben er|im|i got|i am|ik ben) (al)? (lang|long|jaren|years)? (weg|uit|eruit|out|away|vrij|free)
except  (back in|in het jaar|in) <2000+> ...8 ...8 (dont do it anymore|do not do it anymore|doe het niet meer|doe dat niet meer|stopped|ben gestopt|im clean|ben clean|scars are fading|littekens vervagen|not anymore|niet meer)
except  (hoeveel|how many) (jongeren|mensen|kinderen|people|young|youth|teens|tieners|kids) ...6 (@sleepx|slapen|sleep) ...2 (buiten|outside|op straat|on the street|rough)
except  (komen vertellen|komt vertellen|voorlichting|gastles|workshop|come talk|come and talk|give a talk|komen praten) (over|about) @topic
except  (book|boek|film|movie|serie|series|show|game|verhaal|story|detective|personage|character|hoofdpersoon) ...6 (ontvoerd|kidnapped|meegenomen|vastgehouden|held|gekidnapt) ...6 (auto|car|busje|van|help|hulp|tied|vastgebonden)
except  (rapper|zanger|zangeres|singer|artist|artiest|rapster) ...8 (nummer|song|lied|track|tekst|lyrics|clip) ...2 (dat|that) (hij|ze|zij|he|she) ...6 (leven|live|dood|die|dead|zelfmoord|suicide|sterven)
except  (buitengesloten|locked out|buiten gesloten) (van|of|uit|from) (school|de school|het gebouw|the building|werk|work|de gym|class|de klas|het zwembad|the pool)
except  (sterf|sterven|sterft|ga dood|gaan dood|dying|die|dead) (van de|van|of|from) (zenuwen|nerves|stress|spanning|honger|dorst|hitte|kou|verveling|boredom|heat|hunger|cold|schaamte|embarrassment)
except  @frame ...4 (uitleggen|explain|uitleg|beschrijven|describe) (wat|what|hoe|how) ...2 (overdosis|overdose|@topic)
except  (flauwgevallen|fainted|passed out|flauw gevallen) (bij|at|during|tijdens|na|after|van) (het|de|the|a)? (bloedprikken|bloedafname|blood test|prik|prikken|vaccinatie|inenting|injection|shot|dokter|doctor|tandarts|dentist|hitte|heat|bloed|blood)
except  (pols|polsen|enkel|knie|wrist|ankle|knee|vinger|finger) (verstuikt|gebroken|gekneusd|sprained|broken|bruised|verzwikt|geblesseerd)
except  (slaap|sliep|val|viel|fall|fell|falling) (bijna|almost|haast|half) ...3 (bus|tram|trein|train|metro|les|klas|class)
except  (in|op|bij) (gta|fortnite|warzone|minecraft|roblox|fifa|cod|valorant|apex|game|spel) ...8 ...4 (achter me aan|chased|stabbed|shot|killed|vermoord|neergeschoten|doodgeschoten)
except  (rand|edge|randje) (van|of) (het|the|de|a|een|my|mijn|mn)? (zwembad|pool|bad|bath|bathtub|bed|bank|stoep|sofa|bank|trampoline|podium|stage|zandbak)
except  (banger|bangers|vet|fire|grappig|lachen|funny|hilarisch|hilarious) ...8 (ik ben kapot|k ben kapot|ben kapot|im dead|i'm dead)
# ---------------------------------------------------------------- round 22: blind31 (medical emergencies, reports by adults, German)
# A medical emergency now: an asthma attack or an allergic reaction, a
# throat closing, a baby or toddler alone at home, voices that tell someone
# to hurt, acid thrown in a face, a stranger's car, a threat quoted ("if
# you talk you're dead").
danger  (having|heeft|krijgt|has|gets|krijg) (a|an|een)? (asthma attack|astma aanval|astmaaanval|allergic reaction|allergische reactie|anaphylactic shock|anafylactische shock|epileptic fit|epileptische aanval|insult)
danger  (throat|keel) (is|zit|gaat|its|it's)? (closing|dicht|closing up|swelling shut)
danger  (baby|babytje|kindje|peuter|toddler|dreumes|baby brother|baby sister|babybroertje|babyzusje) ...8 (alleen thuis|home alone|alone at home|helemaal alleen|all alone|alleen gelaten|left alone)
danger  (hoort|hoor|hears|hear|horen|hearing) (stemmen|voices) ~8 (vermoorden|kill|doden|pijn doen|hurt|@knife|tell me to|zeggen dat ik|zeggen dat hij|zeggen dat ze|telling me)
danger  (throw|throwing|gooien|gooit|gooi|gooide|threw|smijten) (acid|zuur|bleach|chloor) (in|op|over|at) (my|mijn|mn|her|his|haar|zijn|je|your|me|mij|him|hem|us|ons)
danger  (acid|zuur) (in|op|over) (my|mijn|mn|her|his|haar|zijn|je|your) (face|gezicht)
danger  (onbekende|vreemde|unknown|strange|oudere|older) (man|vent|guy|men|mannen|jongens|guys) ~6 (auto|car|busje|van) ~6 (gestapt|ingestapt|instappen|stapte|got in|getting in|got into|meegenomen|took her|took him|neemt|not answering)
danger  (waiting|wacht|wachten|staat|staan|is|zijn|stands|standing) (outside|buiten|voor de deur|at the door|bij de deur|at the gate|bij het hek) (with|met) (a|an|een)? @knife
danger  (if|als) (you|je|u|jij) (talk|praat|tell|vertelt|zegt|snitch|klikt|klik|zeg|speak) ...3 (you're dead|youre dead|ben je dood|you are dead|ga je dood|is het over met je|you die)
danger  ^ pomocy
danger  (ktos|ktoś) ...4 (wali|dobija|puka|stoi) ...4 (drzwi|oknem)
# Suicide: not existing tomorrow, no longer wishing to live, the means at home.
suicide  (morgen|vannacht|vanavond|straks|tomorrow|tonight|soon|binnenkort) (niet meer|no longer|nie meer|niet langer) (bestaat|besta|bestaan|exist|exists|leeft|leef|leven|alive)
suicide  (no longer|niet langer|niet meer|nie meer|not anymore) (wish|want|wil|wens|willen|wanting) (to)? (live|leven|be alive|exist|bestaan)
suicide  (have|heb|got|hebben) (the|de|alle)? (means|middelen|spullen|stuff) (at home|thuis|ready|klaar|in huis|bij me|with me)
worry  (made|have made|ive made|i've made|genomen|gemaakt) (my|mijn|mn|de|the|een|a)? (decision|beslissing|besluit|keuze) ~8 (over soon|be over|snel voorbij|goodbye|bye|doei|afscheid)
# Self-harm: burning oneself with cigarettes, deserving the pain; a single
# word that is a means gets the screening question.
selfharm  (brandt|brand|burns|burn|burned|burning|brandde|verbrandt) (zich|zichzelf|herself|himself|themselves|@myself|@mezelf|me|mij) (met|with) (sigaretten|sigaret|peuk|peuken|cigarettes|cigarette|aansteker|lighter|strijkijzer|strijkbout|iron)
selfharm  (zich|zichzelf|@mezelf|me|mij) (brandt|brand|brandde|verbrandt) (met|aan) (sigaretten|sigaret|peuk|peuken|aansteker|strijkijzer|strijkbout|kaarsen|kaars)
worry  (i|ik) (deserve|deserved|verdien|verdiende) (the|this|de|het|die)? (pain|pijn)
worry  (sta|zit|ben|stand|am|im) (op|bij|at|on) (het|de|the)? (station|perron|spoor|platform) ...4 (trein komt|train is coming|train comes|volgende trein|next train)
worry  ^ (pillen|pills|snijden|krassen|cutting|cut|snij|kras|scheermesje|mesje) $
# Abuse: filmed without consent, rented out, forced to carry drugs,
# abused during a visit.
abuse  (filmed|gefilmd|filmde|filmen|recorded|opgenomen|photographed|gefotografeerd) (me|mij|her|haar|him|hem) ...6 (without|zonder) (my|mijn|mn|her|haar|his|zijn)? (consent|permission|toestemming)
abuse+sexual  (wordt|worden|word|werd|being|is|gets|get|got) (verhuurd|rented out|pimped|gepimpt)
abuse+sexual  (wordt|worden|word|werd|being|is|gets|get) (verkocht|sold|aangeboden|offered) (aan|to) (mannen|men|klanten|clients|oudere mannen|older men)
abuse  (gedwongen|forced|dwingen|dwingt|forcing|forces|made) ...4 (drugs|pakketjes|packages|bolletjes|wiet|coke) ...3 (vervoeren|verkopen|dealen|bezorgen|brengen|carry|sell|deliver|move|smokkelen|smuggle)
abuse  (heeft|has|had) (haar|hem|her|him|me|mij|ons|us) (misbruikt|abused|aangerand|verkracht|raped|molested) (tijdens|during|bij|at|op|in)
abuse  (haar|hem|mij|me|ons) (heeft|hebben) (misbruikt|aangerand|verkracht) (tijdens|bij|op|in|vandaag|gisteren|net)
# German: wanting to die, cutting, being beaten, followed, thrown out and
# outside tonight, everything indifferent.
suicide  (will|wil|mochte|möchte) (nicht|nie) (mehr)? (leben)
suicide  (bringe|bring|umbringen) (mich)? (um|umbringen)
suicide  (mich|selbst) (umbringen|toten|töten)
selfharm  (ritze|ritz|ritzen|schneide) (mich|mir)
abuse  (vater|mutter|stiefvater|bruder|freund|eltern|mama|papa) (schlagt|schlägt|schlagen|schlug|verprugelt|verprügelt) (mich|uns)
danger  (werde|wurde|bin|ich) (verfolgt) 
danger  (verfolgt|verfolgen) (mich|uns)
homeless  (schlafe|schlafen|penne|pennen) (heute|heute nacht|diese nacht)? (draussen|draußen|auf der strasse|auf der straße|im park|am bahnhof)
homeless  (rausgeworfen|rausgeschmissen|rausgeflogen) ~6 (schlafen|schlafe|nacht|draussen|draußen|wohin)
worry  (mir ist|ist mir) (alles|alle) (egal)
# Hopelessness said plainly: weeks without wanting anything, crying every
# day, not knowing why one is still here, addicted with debts.
worry  (al weken|al maanden|for weeks|for months|weken|maanden) (lang)? ...2 (nergens|nothing|niks|niets) (zin in|plezier in|meer zin|motivation|excited|joy)
worry  (huil|cry|crying|huilen) (elke|every|iedere|each) (dag|nacht|day|night|avond)
worry  (dont|don't|do not|weet niet|weet nie|i dont|i don't) (know)? (why|waarom) (im|i'm|i am|ik) (still|nog) (here|alive|hier|leef|besta|there)
worry  (verslaafd|addicted|gameverslaving|gokverslaving) ~8 (schulden|debt|debts|schuld|alles gaat kapot|falling apart)
# What only the model noticed in blind31, or no rule did: a wound that will
# not close and must stay secret, at the tracks, sleeping on different
# couches, "anders slaat hij me", drink and pills, not allowed out with the
# phone taken, someone met online who wants it kept secret, a coach who
# touched, packages and "als ik stop", gone into the water and not coming
# up, someone at the door shouting he will come and get me, legs broken if
# not paid, giving everything away and being ready, nobody will have to
# worry soon, banging one's head until it bleeds, only water as a
# punishment, fresh cuts, a stepfather at night in one's room, forced after
# "no", a passport kept and a debt, an ex who will make me pay, parents who
# give no food, locks replaced.
selfharm  (wond|wonden|wound|wounds|snee|cut) ...3 (niet dicht|not close|wont close|won't close|not closing|blijft open|stays open) ~8 (durf|dare|zelf gedaan|did it myself|myself|niemand|nobody|no one)
suicide  (im|i'm|i am|ik ben|ik sta|ik zit|sta|zit) (at|on|by|near|bij|op|langs) (the|de|het)? (train tracks|tracks|railway|rails|spoor|spoorlijn|spoorrails)
homeless  (slaap|sleep|sleeping|slapen) ...4 (bij verschillende|bij andere|bij steeds andere|at different|on different|bij vrienden|at friends|on friends) ...4 (bank|banken|couch|couches|sofa|sofas|banks)
homeless  (thuis|home) (mag|can|kan) (ik)? (niet meer|nie meer|no longer|not anymore)
abuse  (anders|or else|otherwise) (slaat|slaan|sloeg|hits|beats) (hij|ze|zij|die|he|she|they) (me|mij|ons)
suicide+ingested  (drank|alcohol|wodka|vodka|drink|bier) (op|gedronken|drunk|gedronke) ~6 (pillen|pills|@meds)
danger  (naar buiten|de deur uit) ~8 (telefoon afgepakt|phone taken|took my phone|afgepakt|opgesloten|locked|sleutel afgepakt)
abuse  (online|snap|snapchat|insta|instagram|discord|tiktok|tinder|whatsapp|roblox|fortnite) ...8 ...6 (not to tell|niemand vertellen|niet vertellen|shouldn't tell|shouldnt tell|dont tell|don't tell|niet zeggen|geheim houden|niemand zeggen)
abuse  (coach|trainer|teacher|leraar|docent|begeleider|mentor|oom|uncle|buurman|neighbour|neighbor) ...8 ...4 (touched me|raakte me aan|betastte|touches me|raakt me aan|zat aan me|groped|grabbed me)
abuse  (pakketjes|packages|bolletjes) (rondbrengen|brengen|wegbrengen|bezorgen|deliver|vervoeren) ~8 (als ik stop|if i stop|als ik weiger|if i refuse|schuldig|owe)
danger  (zie|see|zien|can't see|cant see) (hem|haar|him|her|ze|them) (niet meer|niet|no longer|not|anymore)? ...2 (boven komen|bovenkomen|come up|coming up|surface|resurface)
danger  (water in gegaan|het water in|into the water|in the water|in het water) ~6 (niet meer boven|cant see|can't see|zie hem niet|zie haar niet|not coming up|verdrinkt|drowning|verdrinken)
danger  (voor de deur|at the door|aan de deur|at our door|outside our door) ~8 (komt halen|come get|come and get|komt pakken|gaat pakken|roept|schreeuwt|screaming|shouting|bonkt|banging)
danger  (break|breken|breekt|brak) (my|mijn|mn|your|je|his|her|zijn|haar) (legs|benen|arms|armen|neck|nek|bones|botten)
suicide  (gave away|weggegeven|give away|giving away|geef weg) (all|alle|al)? (my|mijn|mn)? (stuff|spullen|things|belongings|clothes|kleren) ~8 (ready|klaar|no longer need|niet meer nodig|bye|goodbye)
suicide  (binnenkort|soon|straks|snel|morgen|tomorrow) (hoeft|hoeven|needs to|has to|will have to|won't have to|wont have to) (niemand|no one|nobody|jullie|jij|you|anyone) ...3 (zorgen|worry) ...3 (om mij|about me|over mij|om me)
selfharm  (banged|bang|slammed|slam|hit|bonk|bonkte|sla|sloeg|beuk|beukte) (my|mijn|mn) (head|hoofd) ...4 (wall|muur|deur|door) ...4 (until|tot|till) ...3 (bled|bleed|bleeding|bloedde|bloedt)
selfharm  (alleen|only|niks dan|nothing but) (water) ~8 (gestraft|straf|punished|punishment|verdien|deserve)
selfharm  (verse|fresh|nieuwe|new) (snijwonden|snijwond|cuts|wonden|sneeen|sneetjes|krassen)
abuse  (@familie|stiefvader|stepdad|oom|uncle|stiefbroer|stepbrother) ...2 (s nachts|snachts|at night|'s nachts) ...3 (in mijn kamer|into my room|in my room|in mn kamer|op mijn kamer|mijn kamer|op mn kamer)
abuse  (dingen|things|stuff) (doet|does|did|deed|doen) (die|that|which) (ik|i) (niet wil|dont want|don't want|niet wilde|didnt want|didn't want|niet fijn vind)
abuse  (forced|dwong) (me|mij) ~6 (said no|zei nee|i said no|ik zei nee|nee gezegd|nee zei)
abuse  (keeps|houdt|took|heeft|pakte|afgepakt|hold|holds) (my|mijn|mn) (passport|paspoort|id|idkaart|papieren|papers) ~8 (owe|schuldig|geld|money|boss|baas)
danger  (ex|exvriend|exboyfriend|exvriendin) ...4 (shows up|staat|komt|waits|wacht|turns up) ...8 (make me pay|laat me betalen|gaat me pakken|krijg je|zal boeten|will regret|spijt|pay for)
abuse  (parents|ouders|mom|dad|mum|stepmom|stepdad|father|mother) (dont|don't|do not|won't|wont|geven) (give|geven|gave) (me|mij|us|ons) (any)? (food|eten)
homeless  (sloten|slot|locks|lock) (vervangen|veranderd|changed|verwisseld) ~8 (sta buiten|sta ik buiten|kan niet naar binnen|cant get in|can't get in|locked out|buitengesloten|niet meer naar huis|nowhere to go|nergens heen)
abuse  (me|mij|haar|hem) (gefilmd|gefotografeerd|opgenomen|gefilmt) ...6 (zonder) (mijn|haar|zijn|mn)? (toestemming)
suicide  (na|after) (vannacht|vanavond|morgen|tonight|tomorrow|vandaag|today) (besta|exist|leef|ben) (ik|i)? (niet meer|no more|nie meer|er niet meer)
except  (kapper|kapster|hair|haircut|kapsel|nagels|outfit|schoenen|shoes|broek|jurk) ...6 (ik wil dood|i want to die|wil dood|kill me now|i wanna die)
except  (documentary|docu|documentaire|film|movie|serie|series|book|boek|podcast|artikel|article) (about|over) (a|an|een|the|de|het)? (girl|boy|meisje|jongen|man|vrouw|woman|kid|kind|family|gezin) (who|die|that|dat) ...3 (kidnapped|ontvoerd|murdered|vermoord|killed|abused|misbruikt)
except  (in|op|bij) (gta|fortnite|warzone|minecraft|roblox|fifa|cod|valorant|apex|game|spel) ...8 ...4 (achtervolgd|achtervolgt) (door|by)
except  (in|op|bij) (gta|fortnite|warzone|minecraft|roblox|fifa|cod|valorant|apex|game|spel) ...8 ...4 (beroofd|overvallen|robbed)
# blind32 (WhatsApp at night, half English), measured once after the lines
# above: its misses and calm alarms. A threat to stab whoever snitched, a
# last post with accounts deleted, not seeing oneself reach a birthday, a
# gun behind a locked door, laxatives taken, a trainer who wants one alone
# and "dingen doen", a coach who asks what one is wearing, a week without
# leaving one's room.
danger  (stab|steek|steken|neersteken|kill|shoot|schieten|pakken) (whoever|wie|degene|the one|anyone|iedereen) ...3 (snitched|snitch|snitches|klikte|geklikt|klikt|told|verraden|talked|praat)
suicide  (last|laatste) (post|bericht|message|story) (from|van) (me|mij)
suicide  (deleted|verwijderd|removed|wiped) (all|alle|al)? (my|mijn|mn)? (accounts|socials|profielen|apps) ~8 (last post|laatste|its ok now|it's ok now|het is goed zo|bye|doei|goodbye|vaarwel)
suicide  (dont|don't|do not|cant|can't|cannot) (see|imagine) (myself|me) (making it|make it|living|alive|reaching|getting|turning) (to|till|until|past)?
suicide  (zie|zag) (mezelf|mijzelf|mzelf) (geen|niet|nie) ...2 (worden|halen|meemaken|oud worden|leven)
danger  (pistool|gun|wapen|vuurwapen|touw|rope|pillen|pills) ~8 (deur niet open|deur nie open|doet niet open|doet nie open|won't open|wont open|locked himself|locked herself|sluit zich op|opgesloten in)
selfharm  (laxeermiddel|laxeermiddelen|laxatives|laxative|laxeerpillen|laxeerpil|laxeer) ~4 (geslikt|genomen|took|taken|slik|neem|gebruikt|using|use|slikken)
abuse  (trainer|coach|leraar|docent|begeleider|oom|buurman|teacher|uncle|neighbour|neighbor|baas|boss) ...8 ...4 (alleen bij hem|alone with him|alleen met hem|bij hem blijf|bij hem blijven|alleen blijf|stay alone) ...6 (dingen doen|do things|aanraken|touch|kussen|kiss|aankomen)
abuse  (asking|asks|vraagt|vroeg|asked) (what|wat) (im|i'm|i am|ik|i) (wearing|aan heb|draag|aanheb|have on)
abuse  (coach|trainer|teacher|leraar|docent|begeleider|mentor|oom|uncle) ...8 ...6 (not to tell|niet vertellen|niemand vertellen|geheim houden|dont tell|don't tell|shouldn't tell|shouldnt tell)
worry  (havent|haven't|have not|hasnt|niet) (left|uit geweest|buiten geweest) (my|mijn|mn|the|de)? (room|kamer|bed|huis|house) ...4 (week|weeks|weken|days|dagen)
worry  (dont|don't|do not) (care|give a) ...2 (about)? (anything|anymore|nothing|meer)
# What only the model noticed in blind32: a fall and not moving, a friend
# gone with an old man, an address posted with a threat, tracks that would
# be easy, pets taken care of "when im gone", cuts getting deeper, scissors
# hidden "voor als het weer moet", a throat grabbed, forced at a party,
# sold to men by a boyfriend, shoved into walls, not allowed back with no
# place tonight, sleeping in a car, put out of a house or a shelter.
danger  (gevallen|fell|viel|valt|fallen) ~8 (beweegt niet|beweegt nie|not moving|doesnt move|isn't moving|isnt moving|reageert niet|reageert nie|not responding|bewusteloos|unconscious)
danger  (oude|oudere|onbekende|vreemde|older|strange|unknown) (man|vent|guy|men|mannen) ~6 (mee gegaan|meegegaan|went with|went off with|left with|meegenomen)
danger  (adres|address) (gepost|posted|gedeeld|shared|online gezet|leaked|gelekt|gelekt) ~8 (komen|coming|grijpen|pakken|get me|come for me|in elkaar|beat)
suicide  (tracks|spoor|rails|bridge|brug|roof|dak|balkon|balcony) ~8 (so easy|zo makkelijk|would be easy|makkelijk zijn|zou makkelijk|so simple)
suicide  (taken care of|verzorgd|goed terecht|voor gezorgd|care of) ...3 (when|als|wanneer) (im|i'm|i am|ik) (gone|weg|dood|dead|er niet meer)
selfharm  (cuts|wonden|sneeen|sneetjes|snijwonden|krassen) (are|worden|getting|gaan|get)? ...2 (deeper|dieper)
selfharm  (mesje|schaar|scheermesje|razor|blade|scissors|glas|glass|stukje glas) (verstopt|hidden|hide|verstop|hid) ~8 (voor als|for when|in case|als het weer|when i need|for later|voor later)
abuse  (grabbed|grabs|grab|pakte|pakt|kneep|knijpt|squeezed|squeezes|choked|chokes|wurgde|wurgt) (my|mijn|mn|me|mij) (throat|keel|neck|nek)
abuse  (forced|dwong) (me|mij) ~8 (pretending nothing|doen alsof er niks|nothing happened|niks gebeurd|niets gebeurd|doe alsof)
abuse+sexual  (verkocht|sold|verhuurd|rented out) (aan|to) (mannen|men|klanten|clients|oudere mannen|older men)
abuse  (shoves|shoved|pushes|pushed|duwt|duwde|gooit|gooide|slams|slammed|smijt|smeet) (me|mij) (into|tegen|against) (the|de)? (walls|wall|muur|muren|kast|deur|door)
homeless  (mag|kan|can|allowed) (nie|niet|not|no longer) (meer)? (terug|back) ...4 (pleeggezin|groep|thuis|home|huis|opvang|foster|shelter|naar huis)
homeless  (slaapt|slaap|slapen|sleeps|sleeping) ...4 (in zn auto|in zijn auto|in mijn auto|in mn auto|in his car|in my car|in our car|in onze auto)
homeless  (me|mij|hem|haar|ons|us) (uit|out of) (zn|zijn|haar|mijn|mn|het|the|his|her|de)? (huis|house|home|kamer|flat|opvang|groep|pleeggezin|shelter) (gezet|gegooid|geschopt|kicked|thrown|getrapt)
# ... and its calm lines: "ugh kill me now", out on the street once but two
# years ago with a room now, bullied once with real friends now, starving
# once and an internship now, a grandmother who slept on the street in the
# war, a test after which "my life is over lol jk", no place to sleep for a
# festival, "afmaken" in a game, disappearing into one's bed.
except  (ugh|ughh|omg|pff|bruh|ahh|nee|nooo|jeez|god) (kill me now|kill me|maak me af|schiet me maar dood)
except  (ooit|once|vroeger|toen|een keer) ...3 (op straat|buiten|on the street|outside|rough) (geslapen|slept|gepit) ...8 (jaar geleden|years ago|maanden geleden|months ago)
except  (vroeger|used to|toen|back then) ...8 ...4 (maar|but) (nu|now) (heb ik|i have|ik heb|have|i've got) (echte|real|goede|good|lieve|nieuwe|new|fijne)? (vrienden|friends|hulp|help|vriendinnen)
except  (used to|vroeger) ...8 (now|nu) (im|i'm|i am|ik|ben ik) (doing|do|volg|loop|working|studying|studeer|doe) (an|a|een|my|mijn)? (internship|stage|opleiding|study|studie|job|baan|course|cursus)
except  (oorlog|war|ww2|wo2) ...8 ...4 (op straat|on the street|on the streets) (slapen|sleep|sliep|slept|leven|live|lived)
except  (test|toets|exam|tentamen|examen|quiz) ...4 (my life is over|mijn leven is voorbij|mn leven is voorbij|life is over|leven is over)
except  (my life is over|mijn leven is voorbij|mn leven is voorbij) (lol|haha|jk|xd|grapje|lmao|hahaha)
except  (slaapplek|slaapplaats|plek om te slapen|place to sleep|somewhere to sleep) (voor|for|tijdens|during|bij) (het|de|the|a|een)? (festival|concert|kamp|camp|vakantie|holiday|weekend|feest|party|trip|reis|toernooi|tournament|schoolreis)
except  (afmaken|afmaak|slopen|sloop|destroy|wreck|kapotmaken) ...6 (spelletje|spel|game|potje|fifa|fortnite|minecraft|roblox|cod|schaak|schaken|pingpong|2k)
except  (disappear|verdwijnen|verdwijn|vanish) (into|in|under|onder) (my|mijn|mn|the|de)? (bed|blanket|dekens|deken|covers|hoodie|couch|bank)
# blind28 (very different writers: fragments and emoji, calm sentences that
# hide the danger, answers to a question, parents and teachers), measured
# once after the lines above: its misses, and its calm alarms below. Foam
# at the mouth after taking something, a drunk father smashing things, a
# son in a car with men he does not know, a stairwell full of smoke, "find
# me ... and finish it", chased ("achternagezeten"), on a roof "this is
# it", one's things to a friend and "not her fault", a list before going,
# a scarf round a door handle, whether it would hurt with water or a
# bridge, a sharpener taken apart, burned "because I deserved it", with the
# blade "say something", purging with a racing heart, boiling water poured
# on an arm, knuckles broken on a wall, a partner who takes one's pay and
# does not let one out, days without talking to anyone.
danger  (foam|foaming|schuim) ...4 (mouth|mond)
danger  (took|taken|genomen|slikte|geslikt|gebruikt|nam) (something|iets) ~8 (shaking|trilt|schudt|schokt|foam|schuim|not waking|wordt niet wakker|bewusteloos|unconscious|blauw|blue)
danger  (papa|vader|dad|mama|moeder|mom|stiefvader|stepdad) (is)? (dronken|drunk|dronke|zat) ~6 (kapot|schreeuwt|slaat|screaming|smashing|gooit|hitting|breaking|smijt)
danger  (auto|car|busje|van) ...3 (bij|with) (mannen|men|jongens|guys|mensen|people) (die|that|who) ...2 (niet kent|niet ken|doesnt know|doesn't know|dont know|don't know|niet kennen|niet kende)
danger  (trappenhuis|gang|hallway|stairwell|stairs|trap|hal) (zit|is|staat|its)? (vol|full of) (rook|smoke)
danger  (find me|vinden me|pakken me|get me|catch me|vinden mij) ...6 (finish it|finish me|maken het af|maken me af|afmaken|end me|end it)
danger  (achternagezeten|achternazitten|achterna gezeten|achterna zitten|achternazit)
suicide  (on the roof|op het dak|op de rand|on the edge|on the ledge|op de brug|on the bridge|op het balkon|on the balcony) ~8 (this is it|dit is het|its time|it's time|het is tijd|goodbye|vaarwel|last time|laatste keer)
suicide  (mag|may|can have|krijgt|gets) (al|all)? (mijn|mn|my) (spullen|stuff|things|kleren|clothes) ~8 (niet haar schuld|niet jouw schuld|niet zijn schuld|not her fault|not your fault|not his fault|niemands schuld|nobody's fault|nobodys fault)
suicide  (voordat ik ga|before i go|voor ik ga|before im gone|voordat ik weg ben) ~8 (gewist|opgezegd|geregeld|weggegeven|wiped|cancelled|canceled|sorted|given away|nog een ding|one more thing|one thing left)
suicide  (sjaal|riem|touw|koord|kabel|belt|rope|scarf|cord|strop) ...3 (om|aan|around|to|rond) (de|het|the|mijn|my)? (deurklink|klink|doorknob|balk|beam|haak|hook|kapstok|trapleuning|railing)
suicide  (zou het|would it|does it|doet het|will it) (pijn doen|hurt|pijn) ~8 (water|brug|bridge|spoor|trein|train|tracks|dak|roof|hoogte|height|flat|balkon|balcony)
selfharm  (puntenslijper|puntenslijpertje|slijper|slijpertje|sharpener) ...3 (uit elkaar|apart|open|kapot|mesje eruit|blade out)
selfharm  (verbrand|burned|burnt|gebrand|verbrandde) ~8 (verdiende|verdien|deserved|deserve|expres|on purpose|haat mezelf|hate myself|straf|punish|punishment)
selfharm  (met|with) (het|een|a|the|mijn|my|mn)? (mesje|scheermesje|razor|blade) ~8 (zeg iets|say something|help me|alsjeblieft|please|pls|iemand)
selfharm  (braak|kots|throw up|vomit|purge|overgeven|geef over) ...4 (alles|everything|al mijn eten|all my food|uit) ~8 (hart|heart|zwart|black|flauw|faint|duizelig|dizzy)
selfharm  (kokend|boiling|heet|hot|heel heet) (water) (over|on|op) (mijn|mn|my) (arm|armen|hand|handen|been|benen|huid|skin|leg|legs|arms|dij|thigh|buik) (gegoten|poured|gegooid|laten lopen)
selfharm  (knokkels|knuckles|vuisten|fists|hand|handen) ...3 (kapotgeslagen|kapot geslagen|opengeslagen|open geslagen|bloody|bloedig|kapot) ...4 (muur|wall|deur|door)
selfharm  (omdat|because|cause|coz|cuz) (ik|i) (mezelf|myself|mijzelf) (haat|hate)
abuse  (mag|may|allowed|laat) (niet|not|me niet) (zonder|without) (hem|haar|him|her) (de deur uit|naar buiten|out|outside|weg|gaan|go)
abuse  (pakt|pakte|takes|took|neemt|nam|houdt) (mijn|mn|my) (pinpas|bankpas|loon|salaris|wages|salary|uitkering) ...4 (af|away)? ~8 (mag niet|not allowed|zonder hem|without him|de deur uit|slaat|hits)
worry  (al dagen|al weken|for days|for weeks|dagen|weken) (met niemand|to nobody|to no one|with no one|with nobody|niemand) (gepraat|gesproken|talked|spoken|gezien|seen)
# ... and blind28's calm lines: killing it on stage, a test that "was
# moord" and left one "kapot", an attempt two years ago and studying now,
# hit at 12 and living with a grandmother for years now, on a bridge last
# year and well now, kicked out at 15 and volunteering now, clean for two
# years, the war's hiding and hunger, a lesson about sextortion, suicide
# rates, an overdose in a nephew's story, a friend in therapy for
# self-harm, a film where they jump, a series where they chase him with a
# knife, a threat that was a joke, photos at a station for a school
# project, tapering sleeping pills, followed by a dog, a game's homeless
# character, a level with a jump or a bridge, "ik wil dood haha" over a
# game.
except  (killing it|killed it|kills it|slaying|slayed|crushing it|killin it|killing them)
except  (toets|test|training|tentamen|examen|exam|les|wedstrijd) ...6 (ik ben|ben|i'm|im) (helemaal|echt|zo|totally|so)? (kapot|gesloopt|dood|op|dead|broken)
except  (jaar geleden|years ago|maanden geleden|months ago|jaren geleden) ...8 (nu|now) (studeer|study|studying|werk|work|working|help|wil ik|ben ik|volunteer|geef)
except  (toen|when) (ik|i) <n> (was|jaar was|years old|were) ...8 (nu|now) (woon|live|ben|am|im|i'm) ...8 (gaat goed|gaat het goed|doing well|im fine|i'm fine|happy|gelukkig|veilig|safe)
except  (vorig jaar|last year|vorige maand|last month|jaren geleden|years ago) ...8 ...4 (nu|now) ...8 (gaat het|gaat het echt|it's going|its going|im doing|i'm doing) (goed|well|great|beter|better)
except  (vorig jaar|last year|vorige maand|last month|jaren geleden|years ago) ...8 ...6 (nu|now) (kan ik|can i|i can) (er)? ...6 (terugkijken|look back|terug kijken|op terugkijken)
except  (is voorbij|is over) ...2 (hij|he) (zit|is) (vast|in jail|in prison|in de gevangenis|in de cel)
except  (back when|toen) (i|ik) (was)? <n> ...8 ...6 (volunteer|vrijwilliger|vrijwilligerswerk|volunteering)
except  (vroeger|used to|toen|back then) ...8 ...4 (maar|but) (nu|now) (heb ik|i have|ik heb|have) (een)? (leuke|fijne|goede|nice|great|good)? (klas|school|baan|job|vriend|vriendin|boyfriend|girlfriend|leven|life)
except  (used to|vroeger) ...8 (been clean|ben clean|clean for|clean sinds|sober for|clean since|clean voor)
except  (oorlog|war|ww2|wo2) ...8 ...4 (opgesloten|locked up|ondergedoken|hiding|honger|hunger|gevlucht|fled)
except  (aandacht besteden aan|aandacht geven aan|pay attention to|address) @topic
except  (suicide|zelfmoord|zelfdoding|self harm|zelfbeschadiging) (rates|rate|cijfers|statistics|statistieken|percentage|numbers)
except  (vertelde|vertelt|told|tells|verhaal) (over|about) (een|a|an|de|the)? (overdosis|overdose|steekpartij|stabbing|ongeluk|accident|brand|fire)
except  (therapie|therapy|behandeling|treatment) (is|zit|gaat)? (voor|for) @topic
except  (film|movie|serie|series|show|aflevering|episode|boek|book|misdaadserie) ...3 (waar|where|waarin|in which) ...8 (springen|springt|jump|jumps|jumped|sterft|dies|achtervolgen|chase|chasing)
except  (film|movie|serie|series|show|aflevering|episode|misdaadserie) ...3 (waar|where|waarin|in which) ...6 (achtervolgen|chase|chasing|achtervolgd) (met|with) (een|a) @knife
except  (me|mij) (ging|gaat|would|zou|was going to) (slaan|hit|pakken) ...3 (maar|but) ...3 (grap|joke|geintje|grapje)
except  (foto's maken|fotos maken|take photos|take pictures|photograph|fotograferen|filmen) (bij|at|op|of) (het|the|de)? (station|spoor|brug|bridge|tracks|perron)
except  (afbouwen|stoppen met|taper|tapering|minderen|afbouw) ...4 (slaappillen|pillen|medicijnen|medicatie|@meds)
except  (slaappillen|pillen|medicijnen|medicatie|antidepressiva) ...6 (afbouwen|taper|minderen|afbouw)
except  (gevolgd|followed|achtervolgd|chased) (door|by) (een|a|de|the|mijn|my)? (hond|hondje|dog|kat|cat|puppy|duif|meeuw|zwaan|gans|kip|pigeon|seagull|goose|swan|kind|kindje)
except  (personage|character|avatar|karakter) ...4 (dakloos|homeless|op straat|dies|sterft|springt|jumps)
except  (level|levels|mission|missie|quest|boss) ...6 (jump|springen|spring|jumping)
except  (brug|bridge|toren|tower) (in|of) (dat|dit|the|that|this|het)? (level|spel|game)
except  (ranked|game|potje|match|team|fortnite|fifa) ...6 (ik wil dood|i want to die|wil dood|kill me) (haha|lol|xd|hahaha|lmao)
# ... and what is no crisis: a test that "was suicide" and went well, giving
# talks about a loverboy past, recovered from starving, the follower
# arrested and safe now, years ago and doing well, thanking for help long
# ago, teaching material about extortion, a teacher who threatens a low
# mark, a bank robbed in GTA.
except  (toets|test|exam|examen|training|tentamen|les|workout|wedstrijd|dag|week|rit|race) (was|is|werd|voelde als) (echt|gewoon|pure|puur|totaal|letterlijk|literally|really)? (zelfmoord|suicide|moord|murder)
except  (geef|geven|gaf|give|giving|gave) (ik|i)? (nu)? (voorlichting|gastlessen|gastles|workshops|workshop|talks|presentaties|lessen)
except  (sloeg|slaat|hit|beat|mishandelde|misbruikte|abused) (me|mij) (toen|when) (ik|i) (klein|little|jong|young|een kind|a kid|a child) (was|were) (maar|but) ...4 (al lang|al jaren|for years|long|nu|now) ...3 (op mezelf|on my own|veilig|safe|therapie|therapy|gelukkig|happy)
except  (vroeger|used to|toen|once|ooit) ...3 (loverboy|loverboys|pimp) ...3 (nu|now) ...3 (geef|give|help|vertel|tell|ben ik|im|i'm|ik ben)
except  (followed|volgde|stalked|stalkte|achtervolgde|bedreigde|threatened) (me|mij) ...4 (got arrested|was arrested|is opgepakt|werd opgepakt|gearresteerd|opgepakt|in jail|zit vast)
except  (used to|vroeger|once|ooit) ...6 (now|nu) (i'm|im|i am|ben ik|ik ben) (fully|helemaal|volledig)? (recovered|hersteld|better|beter|clean|healthy|gezond|okay|ok|safe|veilig)
except  (got arrested|is opgepakt|werd opgepakt|is gearresteerd|was arrested|zit vast|in jail|in de cel|opgepakt) ...6 (i feel|ik voel me|voel me|feel|ben ik|im|i'm) (safe|veilig|better|beter|rustig|relieved|opgelucht)
except  (years ago|jaren geleden|lang geleden|long ago|a long time ago|heel lang geleden) ...8 ...4 (doing well|doing great|gaat het goed|gaat goed|im good|i'm good|im fine|i'm fine|better now|beter nu|doing better|gaat beter)
except  (heeft|hebben|hebt|has|have) (u|jullie|je|you)? (mij|me|ons|us) (goed|so much|heel goed|enorm|erg|really|a lot)? (geholpen|helped) (toen|when) (ik|i|we|wij) ...5 (had|hadden|was|waren|sliep|slept)
except  (lesmateriaal|lesstof|lesbrief|lesbrieven|teaching material|lesson material|lesson plan|voorlichtingsmateriaal) (over|about|voor|for) @topic
except  (lesmateriaal|lesstof|lesbrief|lesbrieven|teaching material|lesson material|lesson plan|voorlichtingsmateriaal) (over|about|voor|for) (online|digitale|digital|de|het|the|seksuele|sexual) @topic
except  (dreigt|dreigen|threatens|threaten|threatened|dreigde) (me|mij|ons|us) (te laten zakken|te laten blijven zitten|to fail|met strafwerk|met nablijven|with detention|met een onvoldoende|een onvoldoende)
except  (gta|fortnite|minecraft|roblox|warzone|valorant|fifa|cod|apex) ...8 (chased|achter ons aan|achter me aan|robbed|overvallen|beroofd|shot|killed)

# ---------------------------------------------------------------- round 23: blind33 (young adults: debts, eviction, addiction, partners who control, papers, care leavers)
# A partner or ex who watches and takes: a tracker, the passport, the wages,
# films put online; a threat about what happens if the writer tells.
abuse  (tracker|airtag|gps tracker|gpstracker|volgsysteem|spyware|stalkerware|spy app|volgapp) (in|on|op|onder|aan) (mijn|mn|my|me) 
abuse  (tracker|airtag|gpstracker|spyware|stalkerware) ...4 (in|on|op|onder|aan) (mijn|mn|my) (auto|car|fiets|bike|tas|bag|telefoon|phone|jas|coat)
abuse  (took|takes|taken|keeps|kept|pakte|pakt|houdt|hield|nam|neemt) (my|mijn|mn) (passport|paspoort|id|idkaart|papers|papieren|verblijfsvergunning|verblijfspas|pinpas|bankpas|loon|salaris|wages|salary|uitkering) (af|in|weg|away)?
abuse  (pakt|neemt|pakte|nam|houdt|hield) ...3 (mijn|mn) (loon|salaris|geld|pinpas|bankpas|uitkering|paspoort|telefoon|papieren) (af|in|weg)
abuse  (make sure|zorgt dat|zorgen dat|zal zorgen dat) ...3 (ind|immigration) ...3 (deports|deport|uitzet|uitzetten|sends me back|terugstuurt|me terugstuurt)
abuse  (if|als) (i|ik) (leave|ga|weggaa|weg ga|vertrek|bij hem weg ga|bij hem weggaa|tell|vertel|zeg|praat|talk) ...8 (kill|kills|vermoord|vermoordt|doodmaakt|maakt dood|hurt|hurts|pijn doet|deport|deports|uitzet)
abuse+sexual+sextortion  (zet|zette|plaatst|plaatste|deelt|deelde|verspreidt|verspreidde|post|posts|posted|shares|shared|leaked|lekt|lekte|uploadt|uploaded) (filmpjes|fotos|videos|beelden|nudes|naaktfotos|pics|sexvideos|seksfilmpjes|opnames) (van|of) (mij|me) (online|op internet|rond|around|op insta|op snap)?
abuse+sexual  (pay|betalen|betaal|afbetalen) (in|met|with) (favours|favors|gunsten|natura|seks|sex)
abuse  (mag|may|can) (alleen|only) (met|with) (hem|haar|him|her) (de deur uit|naar buiten|outside|out)
abuse  (leest|checks|controleert|reads) (al|all)? (mijn|mn|my) (berichten|messages|telefoon|phone|appjes|dms) ...8 (sloeg|slaat|hit|hits|schopte|duwde|pushed|slapped)
# Dutch inversion: "gisteren sloeg hij me", "toen schopte ze mij"
abuse  (sloeg|slaat|schopte|schopt|trapte|trapt|stompte|stompt|duwde|duwt|wurgde|wurgt|mepte|mept|beukte|mishandelde|mishandelt) (hij|ze|zij|mn vader|mijn vader|mn moeder|mijn moeder|mn vriend|mijn vriend|mn ex|mijn ex) (me|mij|ons)
# A threat to the family: "he knows where my little sister goes to school"
danger  (knows|weet|know|weten) (where|waar) (my|mijn|mn) (little|kleine|younger|jongere)? (sister|brother|zus|zusje|broer|broertje|family|familie|mum|mom|moeder|kids|kinderen|son|zoon|daughter|dochter) (goes|lives|woont|wonen|gaat|zit|is|werkt|works)
danger  (restraining order|contactverbod|straatverbod|huisverbod|gebiedsverbod|omgangsverbod) ...8 (knows|weet|found|gevonden|vond|outside|voor de deur|staat|stond|tonight|vanavond|vannacht|adres|address|texted|appte|stuurde)
danger  (said|says|zei|zegt|zeiden|zeggen) (i|im|ik) (am|ben|moet|ga|must)? (coming|going|meekom|mee|meegaan|mee moet) (with|met)? (them|hen|hun|hem|him)?
danger  (klemgezet|klem gezet|klemgereden|klem gereden|ingesloten|cornered|boxed in) (me|mij|ons|us)?
danger  (they|ze|guys|jongens|gasten|mannen|men|he|hij) (have|hebben|heeft|has)? (surrounded|omsingeld|ingesloten) (me|mij)
danger  (hebben|heeft|have|has) (me|mij) ...4 (klemgezet|klem gezet|klemgereden|ingesloten|omsingeld|cornered|surrounded|boxed in)
danger  (circling|cirkelen) (me|rond me|om me heen|around me)
danger  (grabbed|pakte|greep|trok aan|pakten|grepen) (my|mijn|mn|me bij mijn|me bij mn|me by my) (bag|tas|arm|hand|jas|coat|hair|haar|keel|throat)
# Means and farewells said plainly or calmly
suicide  (way|manier|methode|method) ...4 (without|zonder) (pain|pijn)
suicide  (fastest|quickest|easiest|painless|snelste|makkelijkste|pijnloze|pijnloos|pijnloost) (way|manier) (to|om)? (go|gaan|te gaan|leave|out|eruit|er uit|te vertrekken|it|end)?
suicide  need (anything|nothing) (anymore|any more|no more)
suicide  ^ (bye|doei|dag|vaarwel|goodbye|bye bye|byebye) ...2 (thanks|thank you|thx|bedankt|dank je|dankje|dankjewel|dank) (for|voor) (trying|het proberen|proberen|everything|alles)
suicide  (thanks|thank you|thx|bedankt|dankje|dankjewel) (for|voor) (trying|het proberen) $
suicide  (dead|dode|een dode) (son|daughter|child|kid|zoon|dochter|kind) ...8 (can have|kunnen krijgen|krijgen ze|mogen ze|kunnen ze|they can) (that|it|dat|het|hem|haar|their wish|hun zin)?
suicide  (if|als) (i|ik) (disappear|vanish|verdwijn|verdwenen ben|er niet meer ben|dont wake up|niet meer wakker word) ...8 (tell|zeg|vertel|say) ...6 (sorry|spijt|love|hou van|houd van|bedankt|thanks)
suicide  (if|als) (i|ik) (disappear|vanish|verdwijn) @when
suicide  (sitting|sit|standing|zit|sta|zitten|staan) (on|op) (the|de|het|my|mn|mijn|een|a)? (windowsill|window sill|vensterbank|ledge|rand|railing|reling|balustrade|hek|dakrand|roof edge|edge)
suicide  (windowsill|vensterbank|ledge|dakrand|roof edge|reling|balustrade) ...8 (floor|verdieping|hoog|high|up here|hierboven|hier boven|beneden|down there|naar beneden)
suicide  (peaceful|quiet|calm|rustig|stil|vredig) (up here|hierboven|hier boven|op het dak|on the roof|up on the roof)
suicide  (opgezocht|gegoogled|gegoogeld|googled|looked up|searched|zocht op|zoek op|gezocht) (hoeveel|how many|how much|wat|what) ...4 @meds
suicide  (opgezocht|gegoogled|googled|looked up|searched) ...4 (hoeveel|how many|how much) ...3 (nodig|needed|need|dodelijk|lethal|deadly|fatal|genoeg|enough)
# Self-harm urges said as wanting and itching
selfharm  @ik @wil (zo|echt|weer|gewoon|gwn|nu)? (graag|erg)? (snijden|krassen|cutten|kerven|snijde|krasse)
selfharm  (jeukt|kriebelt|itches|itching|craving|cravings|trek) ...3 (ervoor|om te snijden|om te krassen|to cut|to cutting|naar snijden|naar krassen)
selfharm  (arm|armen|pols|polsen|been|benen|wrist|wrists|leg|legs|dij|dijen|thigh|bovenbeen) (gehaald|getrokken|gekrast|gesneden|gekerfd)
selfharm  (broodmes|keukenmes|mes|mesje|scheermesje|knife|blade|razor) ...6 (over|langs|in|across|into) (mijn|mn|my) (arm|armen|pols|been|wrist|leg|thigh|dij)
selfharm  @mezelf ...2 iets (aandoen|aan doen|aandoe)
# Nowhere to sleep when the shelter is full
homeless  (opvang|nachtopvang|shelter|night shelter|daklozenopvang|crisisopvang|noodopvang) (zit|is|was|zat|zitten|are|were) (vol|full)
homeless  (geen|no) (geld|money|plek|place|bed) (voor|for) (een|a)? (hotel|hostel|kamer|room|nacht|night|bed) ...8 (nacht|night|uur|buiten|outside|rond|around)
# Hopelessness without the word death
worry  (voel|feel|voelt|feeling) (me|mij|mn|myself)? (zo|so|heel|echt|compleet|helemaal|gewoon|really|completely|just)? (leeg|empty|hol|hollow|numb|verdoofd)
worry  (deserves|verdient|verdienen|deserve) (a|een)? (better|betere|beter) (dad|father|mom|mum|mother|vader|moeder|papa|mama|parent|ouder|ouders|parents|friend|vriend|vriendin|son|daughter|person|persoon|life|leven)
worry  (drinking|drink|drinken|drugs|blowen|smoking|gebruiken|using) ...4 (to|om) (stop|forget|niet|vergeten|numb|not) (thinking|denken|te denken|feel|feeling|voelen|te voelen)
worry  wat heeft ...3 (nog|eigenlijk|uberhaupt|überhaupt)? voor zin
worry  (dont|do not|cant|can not|cannot|don't) see (how|it|this|things|anything|that) ...3 (get|gets|getting|ever|will) (better|beter|improve)
worry  (waarvoor|waarom|voor wie) (ik|doe ik) (het|dit)? (allemaal|nog|eigenlijk|uberhaupt)? (doe)
worry  (voel|feel) (me|mij)? (gewoon|just|echt|really|helemaal)? (niks|niets|nothing) (meer)?
worry  (every|elke|iedere) (day|dag) (is|voelt|feels) (the same|hetzelfde|precies hetzelfde|grijs|grey|gray|leeg|empty)
# ... and what is no crisis: a mother who "will kill me" when she sees the
# scratch, jumping out of the window at a flatmate, "rather die lol", years
# clean, a story that is over with a question about today, a cut while
# cooking, giving away what one no longer uses, a game's "kys" reported, a
# question whether the line calls the police, a fight about moving out,
# exam week "killing me", a farewell letter to a habit.
except  (vermoordt|vermoorden|vermoord|killt|kills|will kill|gonna kill) (me|mij) ...8 (haha|hahaha|lol|lmao|grapje|jk|xd|hihi)
except  (mijn|mn|my) (moeder|mama|mam|vader|papa|pap|mom|mum|dad|ouders|parents) (vermoordt|vermoorden|kills|will kill|gonna kill|killt) (me|mij) (als|if|when) (ze|hij|zij|they|she|he) ...3 (ziet|hoort|merkt|ontdekt|weet|sees|finds out|hears|knows|erachter komt)
except  (spring|springen|jump) (bijna|almost|zowat|haast) (uit|out of|van|off) (het|the|mn|mijn|my)? (raam|window|dak|roof)
except  (id|i would|would|wd) rather die ...3 (lol|haha|hahaha|lmao|xd)
except  <1+> (years|year|jaar|months|month|maanden|maand|weeks|weken|days|dagen) (clean|schoon|vrij|free|sober) (from|of|van) (cutting|snijden|krassen|self harm|selfharm|self harming|zelfbeschadiging|drugs|alcohol|drinking|drank|drinken|gokken|gambling|coke|cocaine|cocaïne|pills|pillen|it|het|weed|wiet|smoking|roken|heroin|heroine|speed|ketamine)
except  (cut|sneed|gesneden|sliced|snee) (my|mn|mijn|in mijn|in mn|in my) (hand|finger|vinger|duim|thumb) ...8 (while|tijdens|bij het|when|met|on|op) (cooking|koken|snijden|cutting|chopping|a kitchen knife|een keukenmes|een mes|the knife|a knife)
except  (weggegeven|weggedaan|verkocht|gave away|given away|sold|donated|gedoneerd) ...4 (wat|that|which|die|dat) (ik)? (niet meer|no longer|dont|never) (gebruik|draag|use|wear|wore)
except  (kys|kill myself|kill yourself) ...8 (reported|muted|blocked|gerapporteerd|geblokkeerd|gemute|gemuted|report|rapporteer|melden|meld|blokkeren|block)
except  (call|bellen|inschakelen) (the|de)? (police|politie) ...4 (in general|algemeen|just asking|vraag ik|vraag me af|benieuwd|wondering|i wonder)
except  (huge|big|massive|bad|stupid|grote|enorme|flinke|domme|stomme) (fight|argument|ruzie) (because|omdat|about|over|want)
except  (exam|exams|examen|examens|school|work|werk|week|toets|toetsen|toetsweek|stress|heat|hitte|suspense|spanning|homework|huiswerk|job|baan|headache|hoofdpijn|tentamens|deadline|deadlines|planning|commute|reis) (week)? (is|are|zijn|was) (honestly|literally|really|echt|gewoon|letterlijk)? killing me
except  (afscheidsbrief|farewell letter|goodbye letter|afscheidsbrieven) (schrijven|write|writing|geschreven|wrote)? (aan|to|voor|for) (een|mijn|a|my|mn)? (slechte|bad|oude|old)? (gewoonte|habit|telefoon|phone|ex|school|jeugd|verslaving|addiction)
except  (character|personage|hoofdpersoon|main character) ...4 (self harms|selfharms|snijdt zichzelf|cuts herself|cuts himself)
except  (trots|proud) (op|of) (waar|where|wat|what|hoe|how|mezelf|myself)
except  @past_at ...8 ...8 (nu|now|inmiddels|tegenwoordig|sindsdien) (heb|have|ive|woon|live|got|hebben|wonen) (ik|i|we)? (een|a|my|mijn|our|ons|onze)? (eigen|own|vaste|eerste|first|fijne|nieuwe|new)? (woning|huis|kamer|room|place|baan|job|home|appartement|apartment|flat|studio)
except  @past_at ...8 ...8 (now|nu|inmiddels) (i|ik)? (want|wil|would|wd|id) (like|graag)? (to)? ...3 (donate|doneren|volunteer|vrijwilliger|vrijwilligerswerk|helpen|help|talk|gastles|spreken|vertellen)
except  @past_at ...8 ...8 (sinds|since) (mijn|mn|my) (vader|moeder|stiefvader|dad|father|stepdad|ex) (weg|gone|left|vertrokken) ...3 (rustig|veilig|calm|safe|quiet|goed|fine)
except  (inmiddels|nu|now|these days|tegenwoordig) (woon|live|wonen|living) (ik|i)? ...4 (met|with) (mijn|mn|my) (vriendin|vriend|partner|girlfriend|boyfriend|wife|vrouw|husband|man)
except  (ben|am|im|i'm) (nu|now)? (al)? <1+> (maanden|months|jaar|years|weken|weeks) (clean|sober|schoon|nuchter)
except  (lag|was|lay) ...3 (in het ziekenhuis|in hospital|in the hospital) ...8 (nu|now) ...3 (clean|sober|beter|better|weer|again|werk|work)
@past_b   = @past_at|back|jaar|year|years|jaren|winter|zomer|summer|maanden|months|vroegere|eerder|earlier
except  @past_b ...8 ...8 ...8 (now|nu|inmiddels|sindsdien) (ive|i|have|heb|got|woon|live|wonen|hebben) (ik|i|we|got|have)? (got)? (een|a|my|mijn|our|ons|onze)? (eigen|own|vaste|eerste|first|fijne|nieuwe|new)? (woning|huis|kamer|room|place|baan|job|home|appartement|apartment|flat|studio)
except  @past_b ...8 ...8 ...8 (gaat|going|goes) (het|it)? (nu|now)? (echt|really)? (veel|much|way|een stuk|stukken|a lot)? (goed|beter|better|well|great|top|prima|oke|super|fijn)
except  @past_b ...8 ...8 ...8 (ben|am|im) (nu|now)? (al)? <1+> (maanden|months|jaar|years|weken|weeks|dagen|days) (clean|sober|schoon|nuchter)
except  @past_b ...8 ...8 ...8 (im|i am|ik ben|ben ik) (good|fine|okay|ok|better|happy|safe|goed|oke|veilig|gelukkig) (now|nu)
except  @past_b ...8 ...8 ...8 (inmiddels|nu|now) (woon|live|wonen|living) (ik|i|we)? (al|now|nu)? (samen)? (met|with)
except  @past_b ...4 (gekrast|gesneden|krassen|snijden|cut|cutting|sneed|kraste) ...3 (al jaren niet meer|al lang niet meer|not for years|not in years|years ago|jaren geleden|al jaren niet|nooit meer)
except  @past_b ...3 @hitnl ...8 (maar|but) (ik|i) (woon|live|wonen|woont) (al|nu|now|already)? ...3 (op mezelf|on my own|alleen|zelfstandig|op kamers|by myself)
except  (empty|leeg) (after|na) (finishing|afronden|het afronden van)? (the|de|het|my|mijn|mn)? (exams|examens|exam|examen|holiday|vakantie|season|seizoen|series|serie|show|game|festival|project|tentamens|toetsweek|finale|final|concert)
# Round 23, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger+other  (slaan|schoppen|trappen|steken) (hem|haar|iemand|hun|m) (dood|in elkaar|kapot|helemaal in elkaar)
danger  (staan|staat|stonden|stond) (voor|aan|bij) (mn|mijn|de|onze|ons) (deur|voordeur|huis|raam) ...8 @knife
danger  (come for|komen voor|come after|komen achter|go after|gaan achter) (my|mn|mijn) (little|kleine|younger|jongere)? (brother|sister|broertje|zusje|family|familie|mum|mom|moeder|kids|kinderen|son|daughter)
danger  (if|als) (i|ik) (dont|niet|don't|do not|cant|kan niet) (pay|betaal|betalen) ...6 (they|ze|he|hij) (ll|will|gaan|komen|come|gonna|zullen|gaat|komt)
danger  te grazen (neemt|nemen|genomen|nam)
abuse  (muur|kast|wall|trap|stairs) (geduwd|gegooid|gesmeten|geslagen|afgeduwd)
abuse  (pushed|threw|slammed|shoved|smashed) (me|mij) (against|into|down|tegen) (the|a|de)? (wall|stairs|door|floor|muur|kast)
danger  (getting|gets|wordt|werd|becoming|hes|shes|theyre) (really|very|heel|erg|super|so|more|steeds|echt)? (aggressive|agressief|agresief|gewelddadig|violent)
danger  (wont|will not|doesnt|does not|refuses to|weigert te|weigert) (leave|go|weggaan|vertrekken|weg te gaan|te vertrekken)
danger  (staan|stonden|staat|stond) (nu|now)? (weer|again)? (in het|in de|voor de|op de)? (trappenhuis|portiek|galerij|stairwell)
danger  (hiding|verstopt|verstop|verschuil) (me)? (in|under|behind|achter|onder|op) (the|de|het|a|een|my|mijn|mn)? (storage room|storage|closet|kast|toilet|wc|bathroom|badkamer|bed|room|kamer|car|auto|garage|schuur|shed|berging|opslag|wardrobe|kledingkast)
danger  (found out|find out|weet|weten|ontdekt|knows) (where|waar) (i|ik) (work|live|woon|werk|sleep|slaap|stay|verblijf)
suicide  (done|klaar|over|enough|genoeg) ...3 (tonights|tonight is|vannacht is|vanavond is) (the night|de nacht|het moment|the day|the moment|it)
suicide  (im|i am|ik ben) (done|klaar) ...3 (tonight|vannacht|vanavond)
suicide  (wont|will not|won't) be (here|around|alive) (for|at|on|by|anymore|much longer|tomorrow|next)
suicide  (writing|typing|schrijf|typ|texting|appen|app) (this|dit|je|you) (from|vanaf|van|op) (the|de|het|a|een)? (bridge|brug|roof|dak|spoor|tracks|station|platform|perron|ledge|rand|dakrand)
suicide  (bridge|brug|roof|dak|spoor|tracks|ledge|dakrand) ...3 (sorry|spijt|bye|doei|vergeef me|forgive me) $
suicide  (water|gracht|kanaal|sea|zee|haven|kade|pier|river|rivier|maas|dijk) ...8 (doorrijd|doorrijden|doorrij|rij door|drive in|drive into|drive off|inrijd|erin rijd|in rijd|gas geef|plankgas)
suicide  (brief|letter|note|briefje|afscheidsbrief) (geschreven|written|wrote|schreef|gelegd|neergelegd) ...8 ...8 (dan|then) (is het|its|is alles|it is|is it|is t) (klaar|over|done|finished|voorbij)
selfharm  ^ (cutting|snijden|krassen|cut|kras|snij) (tonight|vannacht|vanavond|again|weer|rn|now|nu)
selfharm  (sneden|sneetjes|snees|krassen|cuts|cut|sneeen|snede|wonden) (in|op|into|on|across) (mijn|mn|my) (bovenbeen|been|benen|arm|armen|pols|polsen|dij|dijen|buik|thigh|thighs|leg|legs|wrist|wrists|stomach|arms)
abuse  (vriendin|girlfriend|gf|partner|vrouw|wife|boyfriend|bf|husband|verloofde) (schopt|slaat|trapt|duwt|stompt|mept|knijpt|bijt|hits|kicks|slaps|beats|punches|chokes|pushes) (me|mij)
abuse  (threw|throws|gooide|gooit|smeet|smijt|throwing) (a|an|een|the|de|het|his|zijn|her|haar)? * (at|naar|tegen) (my|mijn|mn) (head|hoofd|face|gezicht)
abuse  (partner|vriend|boyfriend|husband|man|bf|vriendin|girlfriend|vrouw|wife) (controls|controleert|beheert|bepaalt) (all|al)? (the|my|mijn|mn|ons|our)? (money|geld|finances|financien|bankrekening|account)
abuse+sexual  (things|dingen|stuff) (to me|met mij|met me|bij mij|bij me)? (i|ik|that i|die ik|wat ik|die|that) (didnt want|didn't want|did not want|niet wilde|niet wou|dont want|niet wil|never wanted)
homeless  (zit|sit|sitting|zitten|lig|liggen) (nu)? (in|op|at|bij|on) (een|het|de|a|the)? @rough ...8 (weet niet|dont know|idk|geen idee|waarheen|where to|nergens|nowhere|waar ik heen|where to go)
homeless  (ga weg|get out|rot op|oprotten|wegwezen|donder op|get the fuck out|gtfo) (uit|of) (mijn|mn|my|het|this|dit) (osso|huis|house|home|flat)
homeless  (tassen|tas|bags|bag|koffer|koffers|suitcase|suitcases|spullen|vuilniszakken) (op|on|in|at|buiten|outside) (de|het|the)? (stoep|straat|street|sidewalk|pavement)

# ---------------------------------------------------------------- round 24: blind34 (children of 12 to 14, messages in the middle of a chat, adults who worry about a young person now)
# A parent who drives drunk or psychotic with the children, a parent who
# does not wake up, a pill of unknown kind, a choking game, chairs thrown.
danger+other  (dronken|drunk|stomdronken|bezopen|wasted|high|stoned|onder invloed) ...8 (auto|car|rijden|drive|driving|rijdt|stuur|wheel|snelweg|highway)
danger+other  (driving|rijdt|rijden|drives|reed) ...3 (drunk|dronken|stomdronken|high|onder invloed)
danger+other  (heeft|has|having|had|zit in|is in) (weer|again|nu|now)? (een|a)? (psychose|psychosis|psychotic episode)
danger+other  (is|wordt|werd|lijkt|seems|gets) (weer|again|nu|now)? (psychotisch|psychotic)
danger+other  (talking|talks|praat|praten) (to|tegen|met) (people|mensen|voices|stemmen|iemand|someone) (who|die|that) (arent|are not|niet|er niet) 
danger  (poisoning|vergiftigen|vergiftigt|vergiftigd|poison) (us|ons|me|mij)
danger  (hid|hidden|verstopt|verstopte|took|pakte|heeft) (the|de|alle|all)? (keys|sleutels|sleutel|key) ...6 (cant|kan niet|kunnen niet|can not|locked|op slot)
danger  (locked|heeft) (the|de)? (front door|door|deur|voordeur) ...4 (hid|verstopt|took|pakte|weggegooid) (the|de)? (keys|sleutels)
danger+other  (mama|papa|mam|pap|moeder|vader|mum|mom|dad|zus|broer|vriend|vriendin|hij|ze|zij|oma|opa|baby|he|she|my friend) ...2 (wordt|word|werd) (niet|nie) (meer)? wakker
danger+other  (mum|mom|dad|mama|papa|mother|father|she|he|my friend|my sister|my brother) (wont|doesnt|won't|cant|can't|isnt|is not) (wake|waking) (up)?
danger+other  (choking|choke|verstikkings|verstik|stik|flauwval|pass out|passout|blackout|black out|belt|riem) (game|challenge|spel|spelletje|challenges)
danger+ingested+other  (pil|pilletje|pillen|iets|something|a pill|pills|tablet|xtc|molly) ...3 (genomen|geslikt|took|taken|gekregen|had) ...6 (weet niet wat|dont know what|doesnt know what|no idea what|geen idee wat|unknown|onbekend)
danger+other  (praat|talks|talking|spreekt|is) (steeds|al|really|heel|super)? (onduidelijker|onduidelijk|slurring|incoherent|wartaal)
danger  (gooit|smijt|throws|throwing|gooien|smijten|gooide|smeet|threw) (ze|hij|he|she|zij)? (met)? (stoelen|stoel|borden|glazen|spullen|dingen|chairs|plates|glasses|things|stuff|flessen|bottles|meubels|furniture)
# Farewells: letters written, "tell her I loved her", peace made, "this time properly"
suicide  (letters|brieven|notes|briefjes|afscheidsbrieven|afscheidsbrief|goodbye letters|goodbye letter|note) ...4 (tonights|tonight|vannacht|vanavond|bye|doei|sorry)
suicide  (tell|zeg tegen|vertel|zeg) ...2 (i|ik|that i|dat ik) (loved|hield van|always loved|have always loved)
suicide  (on|op|from) (the|het|de|a|een)? (roof|dak|rooftop|flat|top floor|bovenste verdieping) ...4 (high|hoog|far down|diep|down there|beneden)
suicide  (this time|deze keer) (ill|i will|im gonna|ik ga|doe ik|ga ik) (do it|het|het doen) (properly|right|goed|echt|for real)
suicide  (tried|geprobeerd|probeerde|poging) ...4 (didnt work|did not work|niet gelukt|mislukt|failed|werkte niet)
suicide  (jij was|you were|u was|je was) (de enige|the only one|the only person|the only) (die|who|that)
suicide  (made|make|maakte) (my)? peace (with it|with everything|met alles|ermee|with that)
suicide  (someone|iemand|somebody) (to know|moest weten|het weet|het moet weten|should know) ...3 (before|voordat|voor) (i|ik) (go|ga|leave|vertrek|am gone|weg ben)
# Self-harm by starving on purpose, hitting oneself, an urge that is too strong
selfharm  (havent|haven't|have not|niet|niks|nothing|not) (eaten|gegeten|eating|eten) ...4 (on purpose|expres|met opzet|bewust|deliberately|as punishment|als straf)
selfharm+other  (hoor|hear|zie|see|hoorde|heard|zag|saw|hoor ik|zie ik) (dat)? (ze|hij|she|he|her|him|zij) (zichzelf|haarzelf|hemzelf|herself|himself) (slaat|slaan|sloeg|pijn doet|pijn doen|snijdt|snijden|krast|krassen|hits|hurts|cuts|burns|brandt|bijt|bites|hitting|hurting|cutting)
worry  (drang|urge|urges|behoefte|cravings|craving) (is|zijn|was|gets|wordt)? (te|so|too|zo|heel|echt|really)? (sterk|strong|groot|erg|bad|heftig)
# Nudes of a classmate passed round, a threat to a pet if one tells, a teacher who wants one alone
abuse+sexual+other  (shared|sharing|shares|posted|spread|spreading|forwarding|forwarded|gedeeld|doorgestuurd|verspreid|rondgestuurd|gelekt|leaked) (nudes|naaktfotos|naaktfoto|naakt fotos|pics|fotos|videos|filmpjes|foto|video) (of|van) (a|an|een|my|mijn|mn|her|haar|his|zijn)? (girl|boy|meisje|jongen|classmate|klasgenoot|klasgenote|friend|vriendin|vriend|sister|zus|zusje)
abuse  (als|if) (ik|i) (vertel|tell|zeg|say) (wat|what) (hij|he|ze|she|zij) (met me|met mij|to me|with me|bij me|bij mij) (doet|does|did|deed|doen)
abuse  (verzuipt|verzuipen|verdrinkt|verdrinken|vermoordt|doodmaakt|dood maakt|kills|drowns|will kill|gonna kill|gaat vermoorden) (mijn|my|mn) (kat|hond|cat|dog|konijn|rabbit|pet|huisdier|poes)
abuse+sexual  (wil|wants to|wilt|want to) (me|mij) ...4 (aanraken|touch|zoenen|kiss|knuffelen|alleen spreken|alleen zien|alone)
# Nowhere to go after the last bus
homeless  (niet naar huis|cant go home|can't go home|can not go home|cannot go home|kan niet naar huis) ...8 (nergens|nowhere)
homeless  nergens (anders)? (heen|naartoe|terecht) (kan|kunnen|mag|kon)
# Hopelessness said simply
worry  (altijd|always|constant|constantly|elke dag|every day|de hele tijd|all the time|steeds) (verdrietig|sad|somber|depressed|depressief|down|huilen|cry|crying|huil)
worry  (zat|beu) (alles|allemaal|everything) $
worry  (never|nooit) (getting|gets|get|gonna get|going to get|wordt|worden|word) (better|beter)
worry  @wil ...2 er (even|gewoon|soms|liever)? (niet|nie) (meer)? zijn
worry  (zegt|says|vindt|thinks|denkt) (dat)? (niks|niets|nothing) (meer)? (zin heeft|zin|matters|makes sense|helps)
# ... and what is no crisis: "how long does a bruise last", a knee that
# bleeds after a fall, fainting at an injection last time, "mama is boos"
# ("boos" is "bos" after normalising), a fake knife for a film, someone
# stabbed in the news, children living on the street in an essay,
# "morgen ga ik gewoon weer naar school", once hit and fine now, locked in
# as kids and fine now, stories over with good news after them.
except  (how long|hoe lang|how long does|does it|will it|would it) ...5 last $
except  (knie|knee|knees|knieen|elleboog|elbow|vinger|finger|teen|toe) (bloedt|bloed|bleeds|bleeding|is bleeding)
except  (vorige keer|last time|toen|once|ooit|een keer) ...4 (flauwgevallen|fainted|passed out|viel flauw)
except  (prik|naald|naalden|bloedprik|vaccinatie|injection|needle|needles|inenting|shot) ...8 (flauwgevallen|fainted|passed out|viel flauw)
except  (mama|papa|mam|pap|moeder|vader|mum|mom|dad|juf|meester|leraar|docent|ouders|trainer|coach) (is|was|wordt|werd|zijn|waren) (heel|erg|zo|super|echt|best)? boos (op|omdat|want|en|dat|over|hoe|how|maar|but)
except  (nep|fake|plastic|speelgoed|toy|prop) (mes|messen|pistool|wapen|gun|knife|knives|bloed|blood|zwaard|sword)
except  (iemand|someone|a boy|een jongen|een man|een meisje|a man|a girl) (neergestoken|neergeschoten|doodgestoken|stabbed|shot) (in|bij|op|at) (de|het|the)? (stad|city|centrum|town|wijk|buurt|nieuws|news)
except  (kinderen|children|mensen|people|jongeren|kids|young people) (die|who|that) (op straat|on the street|on the streets) (leven|wonen|slapen|live|living|sleep|sleeping)
except  (ga|gaan) @ik (echt|gewoon|nu)? (weer)? (naar|to) (school|werk|les|training|bed|huis|oma|opa)
except  (once|een keer|ooit|even) ...6 (now|nu) ...8 (fine|good|goed|prima|okay|ok|great|top|fijn)
except  (used to|vroeger|when we were kids|toen we klein waren|as kids|als kind) ...8 ...8 (fine now|goed nu|get along|now fine|okay now|prima nu|nu goed|now good)
except  @past_b ...8 ...8 ...8 (im|i am|ik ben|were|we are) (doing)? (great|well|fine|good|goed|better|beter|okay) (now|nu)
except  @past_b ...8 ...8 (maar|but) (het|it|alles|everything|all) (is|was|has|s|heeft) (goedgekomen|goed gekomen|opgelost|worked out|fine|okay|ok|been fine)
except  @past_b ...8 ...8 ...8 (now|nu|inmiddels|sindsdien) (i|ik|we)? (live|woon|wonen|living) (ik|i|we)? (al|now|nu|really)? (with|bij|met|in) 
except  @past_b ...8 ...8 ...8 (now|nu|inmiddels) (heb|have|ive|got) (ik|i)? (gewoon|just|finally|eindelijk|al)? (een|a|my|mijn)? (eigen|own|vaste|nieuwe|new)? (woning|huis|kamer|room|place|baan|job|home|studio)
except  (boek|book|film|movie|serie|series|verhaal|story|project|werkstuk|documentaire|gedicht|personage|character|poem) ...6 (zichzelf|herself|himself|themselves) (snijdt|cuts|slaat|hits|krast|pijn doet|hurts|snijden|beschadigt|harms)
except  @past_b ...8 ...8 (dat is|that was|thats|that is|is al|was al) (lang|heel lang|long|a long time|jaren|years|ages) (geleden|ago)
except  @past_b ...8 ...8 (havent|have not|heb het|niet meer|not) ...3 (in|for|since|sinds|al) <1+> (years|jaar|jaren|maanden|months)
except  @past_b ...8 ...8 (nu|now) (al)? <1+> (jaar|years|maanden|months) (nuchter|sober|clean|droog)
except  @past_b ...8 ...8 ...8 (nu|now) (ben ik|im|i am|ik ben) (al)? <1+>
except  (was|were|got|been|werd|is) (abused|beaten|hit|misbruikt|mishandeld|geslagen) (as a kid|as a child|als kind|toen ze klein was|toen hij klein was|when she was little|when he was little|when they were little)
except  (boek|book|film|movie|serie|series|verhaal|story|roman|novel|boekverslag|toneelstuk|play) ...8 ...4 (misbruikt|mishandeld|abused|beaten|verkracht|raped|geslagen)
except  (oorlog|war|ww2|wo2) ...8 ...4 (doodschieten|doodgeschoten|neergeschoten|shot|killed|vermoord|gedood|executed)
except  (zombie|zombies|game|level|mode|fortnite|cod|warzone|gta|minecraft|roblox|valorant) ...4 (neergeschoten|doodgeschoten|shot|killed|afgeknald|gekilled|gekild)
except  (moeder|mama|mam|vader|papa|pap|mom|mum|dad|ouders|parents) (vermoordt|vermoorden|kills|will kill|gonna kill|killt|maakt) (me|mij) (als|if|when) (ze|hij|zij|they|she|he) ...3 (ziet|hoort|merkt|ontdekt|weet|sees|finds out|hears|knows|erachter komt)
except  (ik wil dood|i want to die|wil dood|i wanna die) (haha|lol|xd|hahaha|lmao) (nee|no)? (jk|grapje|just kidding|kidding)
except  (if|als) ...6 (loses|verliest|lose|verliezen|lost|verloren) ...6 (jumping|jump|spring|springen) ...6 (lol|haha|lmao|xd|hahaha)
# Round 24, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger+other  (kid|child|kind|kindje|meisje|jongen|girl|boy|baby|kinderen|kids) (yelling|screaming|schreeuwt|gillen|gilt|roept|roepen|yells|screams|schreeuwen|huilt) (help|om hulp|for help)
danger+other  (beating up|beat up|in elkaar slaan|in elkaar geslagen|in elkaar aan het slaan|jumping|jumped) (my|mn|mijn) (brother|broer|broertje|sister|zus|zusje|friend|vriend|vriendin|mum|mom|dad|moeder|vader|cousin|neef)
suicide  (spring|springen|jump|jumping) (voor|in front of|onder|under) (de|het|a|the)? (volgende|next|eerstvolgende)? (trein|train|metro|tram|bus|truck|vrachtwagen)
suicide  (everyones|everyone is|everybody is|everybodys|iedereen is|iedereen) (better off|beter af|beter uit)
suicide  (using|use|gebruiken) (it|him|het|them|ze) (on|op|tegen) (myself|mezelf|mijzelf)
suicide  (verdieping|floor|dak|roof|brug|bridge|flat) (springt|jump|jumps|springen|spring) ...3 (pijn|hurt|dood|die|instantly|meteen)
selfharm  (expres|on purpose|met opzet|bewust|deliberately) (niks|niets|nothing|geen|no) (drink|drinken|gedronken|eat|eten|gegeten|water|food)
selfharm  @mezelf (te)? (straffen|gestraft|punish|punishing|pijn te doen)
selfharm  (burning|burns|brandt|verbrand|verbrandt|burned|burnt) ...8 ...4 (on purpose|expres|met opzet)
selfharm  (drang|urge|urges) (is|zijn|was)? (te|too|so|zo)? (sterk|strong|groot|erg) (vanavond|tonight|vannacht|nu|now|rn)
abuse  (wont let|doesnt let|won't let|does not let|laat me niet|mag niet|lets me not) (me)? (see|zien|afspreken met|meet|talk to|praten met) (my|mijn|mn)? (friends|vrienden|family|familie|vriendinnen)
abuse+other  (gives|geeft|gave|gaf|buys|koopt) (her|him|haar|hem|me|mij) (vapes|money|geld|cadeaus|gifts|drugs|alcohol|sigaretten|presents|wiet|weed) (and|en) (money|geld|vapes|gifts|cadeaus|drugs|alcohol|rides|lifts)
abuse+sexual  (moet|must|has to|have to|makes me|laat me|dwingt me) ...6 (mannen|men|jongens|guys|klanten|clients) ...3 (voor geld|for money|for cash)
homeless  (cant|can't|kan niet|mag niet|can not|cannot|mag ik niet) (stay|blijven|slapen|sleep|blijven slapen) (tonight|vannacht|vanavond|there|daar|anymore|meer)
homeless  (heb|have|has|hebben) (geen|no) (plek|place|plaats|slaapplek|bed) $
homeless  (hele nacht|all night|whole night) ...4 (trein|train|bus|tram|metro|nachtbus) ...6 (geen plek|nowhere|nergens|geen huis|no place)
homeless  ^ (kicked|thrown|chucked|gegooid|gezet) out (phone|telefoon|batterij|battery|no|geen|nowhere|tonight|and|en|again)
selfharm  (drink|eet|drinken|eten|drank|at|drinking|eating) ...4 (expres|on purpose|met opzet|bewust) (niks|niets|nothing|geen|no)

# ---------------------------------------------------------------- round 25: blind35 (LGBTQ+ young people, autism and ADHD, disability and chronic illness, faith, young carers, newcomers, dark humour)
danger+other  (epilepsie|epilepsy|epileptische|aanval|insult|seizure|fit) ...8 (not stopping|stopt niet|houdt niet op|wont stop|doesnt stop|blauw|blue)
danger+other  (lips|lippen|lip|gezicht|face) (are|is|zijn|worden|wordt)? (going|turning|gaan|getting)? (blue|blauw|paars|purple)
danger  (insuline|insulin|medicijnen|medicine|medicatie|medication|insulinepomp|puffer|inhaler|epipen) (afgepakt|afgenomen|taken|took|weggenomen|verstopt|hidden|away|weg)
danger  (heeft|has|took|pakte|neemt|pakt|hid|verstopt) (mijn|my|mn) (insuline|insulin|medicijnen|medicine|medication|puffer|inhaler|epipen|insulinepomp) (af|weg|away)?
danger  (me|mij) ...6 (opwachten|op te wachten|opwacht|opwachtten)
danger  (ex|exvriend|stiefvader|vader|he|hij) (staat|stond|is|is standing|stands) (voor|aan|bij|at|outside) (de|mijn|mn|my|the|ons)? (deur|voordeur|huis|raam|door|front door|house|window)
danger  (niet weggaat|won't leave|wont leave|gaat niet weg|will not leave|niet weg gaat) (tot|until|till|totdat)
abuse  (heeft|brak|broke|has broken|had broken) (mijn|my|mn) (pols|arm|neus|ribben|rib|wrist|nose|ribs|jaw|kaak|vinger|finger|been|leg) (gebroken|broken)?
suicide  (enige|only) (waarvoor|reason|thing|reden|wat|waarom) ...3 (bleef|stay|stayed|leef|leefde|bleef leven|hier ben|here|alive)
suicide  (hoeft|hoeven) (het)? (voor mij)? (ook)? (niet meer) $
suicide  (walking|going|lopen|loop|ga|im going|on my way|onderweg) (to|naar) (the|het|de)? (train)? (tracks|spoor|rails|treinrails|bridge|brug|roof|dak|pier|kade)
suicide  (not joking|niet grappig|geen grap|no joke|not kidding|geen geintje|serieus) (this time|deze keer|nu)
suicide  (dead|dode|dood) ...8 ...6 (what he wants|what they want|what she wants|wat hij wil|wat ze willen|wat zij wil)
suicide  ^ (tonight|vannacht|vanavond) (bye|doei|vaarwel|goodbye|dag)
suicide  (aanval|seizure|fit|flauwvallen|faint) (in bad|in the bath|in de badkuip|in the bathtub|in het water|in the water)
suicide  (tonight|vannacht|vanavond) (i|ik) (finish|end|maak|beeindig|beëindig|stop) (it|het|everything|alles|my life|mijn leven) (af)?
suicide  (een|één|one|1|only|enige) (uitweg|way out|oplossing|solution) ...4 (er niet meer|niet meer zijn|dood|not being here|not exist|not existing|dying|sterven)
suicide  (googelen|googlen|gegoogeld|gegoogled|opzoeken|opgezocht|searching|googling|zoeken) ...3 (hoogte|height|hoeveel|how many|how much|dosis|dose|welke) ...3 (genoeg|enough|dodelijk|lethal|nodig)
suicide  (hurts|hurt|pijn|pijn doen|pijn doet|painful) ...2 (drowning|verdrinken|jumping|springen|hanging|ophangen|overdose|overdosis|dying|sterven)
suicide  (drowning|verdrinken|verdrinking|jumping|springen|hanging|ophangen) ...3 (hurt|hurts|pijn|painful)
suicide  (if|als) (i|ik) (dont|don't|do not|niet) (reply|respond|answer|antwoord|reageer|terugappen|terug app) ...6 (worked|gelukt|gewerkt|werkte)
suicide  ^ (laatste|last|final) (berichtje|bericht|message|msg|text|appje) $
suicide  ^ (laatste|last|final) (berichtje|bericht|message|msg|text|appje) <1+>
suicide  (laatste|last|final) (berichtje|bericht|message|text|appje) (ever|ooit|van mij|from me)
suicide  (niet meer) (thuiskomt|thuis komt|thuiskom|terugkomt|terug wil|terugkomen|terug komen)
suicide  (bij|aan|at|by) (het|de|the) (water|spoor|brug|rand|edge|tracks|bridge) (staat|sta|stand|standing|zit|sit|sitting)
suicide  (het laatste|the last thing|laatste wat|last thing) (wat|that|dat|i|ik)? (ik)? (nog)? (moest|had to|must|needed to|need to|wilde) (regelen|doen|arrange|do|sort out)
selfharm  (how deep|hoe diep) (is)? (too deep|te diep)
selfharm  (yellow|geel|gele|gelige) (stuff|laag|fat|vet|layer|spul)
selfharm  (press|pressed|pressing|put|putting|druk|drukte|duw|duwde|doe|deed) (the|a|de|een|my|mijn)? (cigarette|sigaret|peuk|lighter|aansteker) (on|op|into|tegen|in) (my|mijn|mn)
abuse  (genezingskamp|genezingstherapie|conversion therapy|conversion camp|conversietherapie|homogenezing|eruit bidden|eruit gaan bidden|pray the gay|pray it away|eruit te bidden)
abuse  (choking|choke|chokes|strangling|strangles|wurgt|wurgen|knijpt) (me|us|mij) (till|until|tot|totdat|so|zo)
abuse+sexual  (parents|ouders|mom|mum|dad|moeder|vader) (cant|can't|mogen niet|mag niet|must not|shouldnt|shouldn't|can not|cannot|mogen het niet|mag het niet) (know|weten)
homeless  (cant|can't|kan niet|mag niet|can not|cannot) (go|gaan|naar)? (home|huis|naar huis) (tonight|vannacht|vanavond|anymore|meer|ever|nooit)
homeless  (sleep|slapen|sleeping|slaap) (in|on|op) (the|de|het)? (dunes|duinen|bos|woods|park|beach|strand)
homeless  (can come back|mag terugkomen|mag pas terug|kan terugkomen|can only come back|mag pas terugkomen) (when|als|wanneer|once|zodra)
worry  (voel|feel) (me|mij)? (zo|so|heel|really|echt|erg)? (alleen|alone|eenzaam|lonely) (in|at) (mijn|my) (eigen|own)? (huis|home|family|familie)
worry  (empty|leeg) (just|gewoon|so|zo)? (empty|leeg)
worry  (youre|you are|im|i am|ben|ik ben|only|just) (just|only|alleen|gewoon|maar)? (a|een) (burden|last)
worry  (waarom|why) (zou|would|should) (ik|i) (nog|still|even)? ...3 (best doen|try|proberen|moeite doen|doorgaan|bother|keep going)
worry  (voelt|feels|is) (alles)? (zinloos|pointless|meaningless|zinloos aan)
worry  (nothing|niks|niets|nic) (has|makes|heeft|ma|nie ma) (sense|zin|sensu)
worry  (feel|voel) (like|me als|als)? (nothing|niks|niets|a nobody|niemand)
worry  (feel|voel) (no|geen) (hope|hoop)
worry  (heb|have|has|there is|er is) (geen|no) (hoop|hope) (meer|anymore|left)
worry  (tired|moe) (in|of) (my|mijn) (heart|hart|soul|ziel|life|leven)
worry  (my|mijn) (life|leven) (is)? (basically|eigenlijk|gewoon|echt|al)? (over|voorbij|done|klaar)
worry  (whats left|what is left|wat blijft er over|wat rest er)
# ... and what is no crisis: "deed alsof het expres was", "kill me now" about a
# lesson, stories that are over (a studio now, sober for years, EMDR done, a
# nice class now), "waar moet ik heen" for an ID card, a book about a runaway,
# a cousin's story "gebeurt dat echt?", presentations and podcasts about a
# topic, the word "unalive" explained, a horror film's scene, a prescribed
# dose, pills left of a prescription, "I'm going to kill her (I won't)" about
# a cat, FIFA online, "wat gebeurt er als iemand 113 nodig heeft", curfew
# and working hours, a cut on a saw.
except  (deed|doet|deden|pretended|acted|pretends|acts) (alsof|as if|like) (het|it) (expres|on purpose|opzettelijk|express) (was|is)
except  kill me now ...6 (lesson|les|class|homework|huiswerk|exam|toets|meeting|lecture|college|hours|uur|lessen|lessons|school|math|maths|wiskunde)
except  (overdosed|overdose|od|oded|overdosis) (when|toen) (i|ik) (was)? <1+>
except  (been|is|zijn|ben|has been) (sober|clean|nuchter) (for)? <1+> (years|jaar|maanden|months)
except  (ben|werd|was|been|ben ik|werd ik) (vroeger|years ago|jaren geleden) (misbruikt|mishandeld|abused|geslagen|beaten|verkracht|raped)
except  (zei|zeggen|said|say|zeiden) (ik)? (vaak|often|altijd|always|toen|back then|de hele tijd) ...3 (dood wilde|wanted to die|niet meer wilde leven|dood wou)
except  (id|id kaart|idkaart|paspoort|passport|kaart|card|formulier|form|uitkering|toeslag|rijbewijs|aanvraag|document|documenten|papieren|stempel|pas) (nodig|needed|need)? ...3 (waar|where) (moet|kan|should|do) (ik|i) (heen|naartoe|go)
except  (heel lang|lang|long|jarenlang|for years|for a long time|a long time) ...3 (mezelf|myself) ...3 (pijn|hurt|gesneden|cut) ...8 (gestopt|stopped|clean|quit|niet meer)
except  @past_b ...8 ...8 (now|nu) (i|ik|we) (have|heb|hebben|live|woon|wonen) (a|een|my|mijn)? (own|eigen)? (house|huis|home|room|kamer|place|studio|flat)
except  (ago|geleden) ...8 ...8 (have|heb|got) (my|mijn|a|een)? (own|eigen) (studio|room|place|kamer|huis|woning|flat|apartment)
except  (book|boek|film|movie|serie|series|story|verhaal|character|personage) ...8 (runs away|loopt weg|ran away|lives on the streets|woont op straat|sleeps outside|slaapt buiten|sleeping outside|on the streets)
except  (zegt|says|hoorde|heard|vertelde|told) (dat|that)? (een|a|some)? (meisje|jongen|girl|boy|kid|iemand|someone) ...8 ...8 (gebeurt dat|does that happen|is that real|komt dat|happens that) (echt|really|vaak|often|ook)?
except  (about|over) (forced marriage|honour killing|honor killing|eerwraak|gedwongen huwelijk|uithuwelijking|eergerelateerd geweld)
except  (forced marriage|honour killing|eerwraak|gedwongen huwelijk|uithuwelijking) (for a|voor een|in a|in een|for my|voor mijn)? (presentation|presentatie|documentary|documentaire|spreekbeurt|werkstuk|project|class|les)
except  (self harm|selfharm|zelfbeschadiging) (is|are) (more|less|meer|minder|most|very|so|heel)? (common|vaak|often|rare|normal|normaal|voorkomend)
except  (trend|meme|memes|trends) ...8 (unalive|kill) (myself|mezelf|themselves|zichzelf)
except  (movie|film|scene|scène|horror|horrorfilm|serie|series|game|episode|aflevering) ...8 ...8 (guy|man|someone|killer|iemand|moordenaar) (with|met) (a|een) (knife|mes|gun|pistool|bijl|axe|chainsaw)
except  (wat betekent|what does|what is|wat is|what means|wat bedoelen ze met) ...2 (unalive|sewerslide|kms|kys|self delete)
except  (wat|what) (een|an|a)? (overdosis|overdose) (is|means|betekent|inhoudt)
except  (insuline|insulin) (aanpassen|adjust|dose|dosis|spuiten|inject|verhogen|verlagen)
except  (bloedsuiker|blood sugar|suiker|glucose) (was|is|staat|stond) (vanochtend|this morning|net|just)? <1+>
except  (doctor|dokter|huisarts|arts|gp|psychiater|prescribed|voorgeschreven|give me|gave me|geeft me|gaf me|gives me) ...3 @meds <1+> (mg|milligram|microgram|mcg)
except  <1+> (pills|pillen|tabletten|tablets|strips) (left|over)
except  (kill|vermoord|murder) (her|him|it|hem|haar) ...2 (i wont|i won't|i will not|niet echt|not really|jk|grapje|lol|haha|just kidding)
except  (play|speel|spelen|playing|gaming|gamen|game|games) ...3 online
except  (wat gebeurt er|what happens) (als|if|when) (iemand|someone|je|you|somebody) ...6 (nodig heeft|needs|zegt|says|belt|calls|appt|texts)
except  (moet|must|have to|has to|moeten) ...3 (thuis|home) (zijn|be)
except  (thuis|home) (moet|must|have to|moeten) (zijn|be)
except  (legal|legaal|allowed|mag) ...4 (boss|baas|werkgever|employer|manager|chef)
except  (cut|sneed|gesneden|snee) (my|mijn|mn|in mijn|in mn|in my) (finger|vinger|thumb|duim|hand) (on|aan|with|met|in|op) (the|a|de|een)? (saw|zaag|knife|mes|paper|papier|glass|glas|blik|can|schaar|scissors)
except  (suicide|zelfmoord|zelfdoding|suicidal) (series|serie|prevention|preventie|risk|risico|rates|rate|cijfers|statistieken)
except  (prevention|preventie|voorkomen van) ...3 @topic
# Round 25, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger  (outside|buiten|voor) ...4 (with|met) @knife
danger  (they|ze) (ll|will|gaan|zullen) (take|pakken|meenemen|nemen) (me|mij) (instead|in plaats|mee)
danger+other  (by the neck|bij de keel|bij zijn nek|bij haar nek|by the throat|aan de keel|bij de nek|round the neck|around the neck)
danger  (rook|smoke) (komt|coming|comes|is coming) (onder|under|door|through|in|into)
danger  (waving|zwaait|zwaaien|zwaaide|swinging) (it|het|a gun|een pistool|een mes|a knife|ermee|with it)? (around|rond|in het rond|mee|rondom)
danger+other  (hell|he will|hes going to|hes gonna|hij gaat|ze gaat|zij gaat|he'll) (shoot|schieten|neerschieten|kill|vermoorden|steken|stab|hurt) (my|mijn|mn)
danger  (trying to get in|trying to get into|trying to break in|probeert binnen te komen|probeert in te breken|breaking in|breekt in|inbreken)
danger  (man|guy|someone|iemand|stranger|vreemde) ...4 (car|auto|van|busje) ...4 (come with me|kom mee|stap in|get in|come with him|ga mee)
danger  (he|hij|a man|een man|the man|die man|the guy) (is)? (waiting|wacht|staat te wachten|stands waiting) (there|daar|outside|buiten|for me|op me)
suicide  (saving up|been saving|gespaard|ben aan het sparen|spaar al|verzamel al|verzameld|stockpiling|hoarding) ...3 (pills|pillen|slaappillen|sleeping|tabletten|paracetamol|tablets)
suicide  @meds ...8 ...8 (tonights|tonight is|vannacht is|vanavond is) (the night|de nacht|het moment)
suicide  (going to|gonna|gaat|ga|will) (make it true|het waarmaken|het waar maken|maak het waar)
suicide  (zodat|so that|so) (je|ik|i|you) (niet meer|never|dont|wont) (wakker|wake up|wake)
suicide  (would be|zou|zouden|would all be) (better off|beter af|beter uit) (without|zonder)?
suicide  (tracks|spoor|rails|perron|platform) (for|voor) (the|de)? ...2 (train|trein)
suicide  (gekocht|bought|verzameld|gehaald|got) ...6 (verschillende|different|meerdere|several|various) (drogisterijen|drogisterij|winkels|apotheken|pharmacies|stores|shops)
suicide  (innemen|slikken|take them|nemen|take it) (als|when|once) (iedereen|everyone|everybody) (slaapt|sleeps|asleep|is asleep|sleeping)
selfharm  (stopped|gestopt met|stop met|quit) (eating|eten) (and|en) (drinking|drinken)
selfharm  (arm|been|hand|pols|huid|skin|leg|buik) (met|with) (een|a|de|the|mijn|my)? (aansteker|lighter|sigaret|cigarette|strijkijzer|kaars|iron) (verbrand|gebrand|burned|burnt|geschroeid)
selfharm  (bite|bijt|bijten|biting|bit|beet) (my|their|mijn|in mijn|in my|mn|in mn)? (arm|arms|armen|hand|handen|lip|lippen) (until|tot|till) (it|het) (bleeds|bloedt|bled)
selfharm  (tot|until|till) (het|it) (bloedt|bleeds)
selfharm  (punched|slammed|sloeg|beukte|hit|smashed) ...4 (mirror|spiegel|glass|glas|window|raam) ...8 ...4 (on purpose|expres|feel|voelen)
selfharm  @ik @wil (me|mezelf|mijzelf) (zo|echt|weer|gewoon|nu)? (graag|erg)? (snijden|krassen|pijn doen|verwonden|branden|kapot maken)
abuse+sexual  (come|comes|came|komt|kwam|coming) (at night|snachts|s nachts|in the night|nachts) (in|into|naar|op|to) (my|mijn|mn) (room|kamer|bed)
abuse+sexual  (he|hij) (come|comes|komt|kwam|came) ...3 (at night|snachts|s nachts|nachts|night) ...3 (my|mijn|mn) (room|kamer|bed)
abuse  (withholds|withheld|withholding|houdt|hield|keeps) (my|mijn|mn) (meds|medicine|medicijnen|insulin|insuline|food|eten|medication|medicatie|adhd) (achter|back|from me)?
abuse+sexual  (owe|schuldig|owe him|ben hem) ...8 (nice to|aardig|lief|be nice|friends|vrienden) 
abuse+sexual  (be nice to|lief zijn voor|aardig zijn voor|aardig zijn tegen) (his|zijn|hun|their) (friends|vrienden|mates)
abuse  (bord|glas|fles|plate|bottle|glass|stoel|chair|asbak|mok|mug) (tegen|naar|at|against) (mijn|my|mn) (hoofd|head|gezicht|face)
abuse+sexual  (take|takes|taking|took|maakt|maken|maakte|makes) (pictures|photos|fotos|videos|filmpjes|foto|video) (of me|van mij|van me) (when|als|while|terwijl|in) (i|ik|the)? (shower|douche|douchen|bad|bath|undress|omkleed|naked|bloot|showering)
abuse  (vastgehouden|held me|hield me vast|held me down|pinned me) (tot|until|till) (ik|i) (bijna)? (stikte|stikken|couldnt breathe|choked|geen lucht)
abuse  (tot|until|till) (ik|i) (bijna)? (stikte|choked|couldnt breathe|geen lucht meer kreeg)
abuse  (leaves|laat|left|liet) (me|mij) (in bed|in mijn bed|liggen|alone|alleen) (all day|de hele dag|for hours|urenlang)
abuse  (if|als) (i|ik) (tell|vertel|zeg) (anyone|iemand|someone) ...8 (stop helping|stopt met helpen|niet meer helpt|stops helping|leave me|verlaat)
abuse  (moet|must|have to|has to|forced to|dwingen me) (dealen|deal|drugs verkopen|sell drugs|verkopen) ...4 (anders|or else|otherwise)
danger  (ze|they|hij|he) (weten|know|weet|knows) (waar|where) (we|wij) (wonen|live|woon)
abuse  (he|hij|she|ze) (have|has|heeft|keeps|houdt|hold|holds) (my|mijn|mn) (papers|papieren|passport|paspoort|documents|documenten|id|verblijfsvergunning)
abuse  (owe|schuldig) (him|them|hem|ze|hun|her|haar) (still)? <500+>
homeless  (ben|word|werd|got|been) (eruit|buiten) (gegooid|gezet|geschopt|getrapt|kicked) ...6 (buiten|outside|straat|nergens|station|nacht|vannacht|hema|tonight)
except  (conversion|conversie|genezings) ...8 (when|toen) (i|ik) (was) <1+> ...8 (im|i am|ik ben|ben ik) <1+> (now|nu)?
except  (leven|life) (is)? (voorbij|over) (nee|no|jk|grapje|lol|haha|xd|hahaha|lmao)

# ---------------------------------------------------------------- round 26: blind36 (typed at the worst moment: words glued together, voice-to-text, caps, minimising, hypothetical questions, code words)
danger  (auto|car|busje|van|wagen) ...8 (deuren|deur|doors|door) (op slot|locked|dicht)
danger  (coming|komen|komt|come) (tonight|vannacht|vanavond|later|now|nu) (to|om)? (finish|afmaken|afmaak|pakken|get|kill|hurt|slaan)
danger  (posted|gepost|shared|gedeeld|leaked|gelekt|put) (my|mijn|mn) (address|adres|location|locatie)
danger  (vast|stuck|trapped|opgesloten) (in) (de|the|een|a)? (lift|elevator|liftkooi) ...8 (rook|smoke|brand|fire|lucht|air|niemand|nobody|paniek|panic)
danger  (rook|smoke) (uit|from|coming from|komt uit|out of) (het|de|the)? (plafond|ceiling|muur|wall|vloer|floor|ventilatie|vent)
suicide  (everythings|everything is|alles is|all is) (sorted|geregeld|arranged|settled|in order|op orde|taken care of)
suicide  (wanted to|wilde|want to|wil) (say|zeggen) (bye|goodbye|vaarwel|doei|dag) (to)? (someone|iemand|you|jullie|somebody)
suicide  (iwilnietmeerwakkerworden|ikwilnietmeerwakkerworden|wilnietmeerwakkerworden|iwilnietmeerleven|ikwilnietmeerleven|wilnietmeerleven|ikwildood|iwildood|ikwilnietmeer|iwilnietmeer|iwannadie|iwanttodie|wannadie|wanttodie|ikwilnietmeerbestaan|iwanttokillmyself|wannakillmyself|ikmaakmezelfdood|ikwilmezelfvermoorden|ikbenerklaarmee|ikwildoodgaan)
suicide  (dont|do not|niet) (try|proberen) (to)? (stop|tegenhouden|tegen te houden) (me)?
suicide  (want|wil|wilde|wanted) (just)? (one|een|1|only one) (person|persoon|mens) (to know|het weet|te weten|weet)
suicide  (bleed out|doodbloeden|leegbloeden|bleeding out|bleed to death|dood te bloeden)
suicide  (brief|letter|afscheidsbrief|briefje) ...6 (telefoon|phone|insta|accounts|account|socials) (wissen|wipe|verwijderen|delete|deleten|resetten|reset)
suicide  (als|if) (ik|i) (morgen|tomorrow) (niet|not|er niet) ...4 (you know why|weet je waarom|weten jullie waarom|bye|doei|byee|bye bye)
selfharm  (arm|pols|been|armen|benen|polsen|dij|dijen|wrist|wrists|thigh) (van|from) (vannacht|gisteravond|gisteren|last night|yesterday|eergisteren)
abuse  (blauwe plekken|blauwe plek|bruises|bruise|striemen|welts|marks) ...4 (van|from|by) (mn|mijn|my|de|his|her)? (stiefvader|vader|moeder|stiefmoeder|broer|dad|stepdad|mum|mom|mother|father|vriend|boyfriend|oom|uncle|ex|pa|ma|papa|mama)
abuse+sexual  (vriend|boyfriend|vriendje|bf|man|guy) (is|van)? <20+> ...8 (intrekt|intrekken|move in|moving in|bij hem wonen|live with him|niet meer naar school|stop school|hoeft niet meer naar school)
abuse+sexual  (filmt|filmde|films|filmed|filming|fotografeert|photographs) (me|mij) (in|op) (de|the|my|mijn)? (badkamer|douche|bathroom|shower|wc|toilet|slaapkamer|bedroom|kleedkamer|changing room)
worry  (wish|wou dat|wilde dat|want to|wil|zou willen) ...4 (sleep|slapen) ...4 (long time|forever|voor altijd|eeuwig|heel lang|never wake|nooit meer wakker)
# ... and what is no crisis: stories that are over ("dat is nu 4 jaar
# geleden", "the self harm thing is over for me", "sindsdien niks meer
# gehoord", "it passed", a court case closed, doing well after a
# clinic, out of a loverboy situation), the news about a death, an essay
# on what leads to suicide, a film in class, an uncle who died by suicide,
# a brother beaten up and fine now, a book or series about self-harm or a
# main character on the street, "unalive" if Ajax loses, "sewer slide" on
# reels, a meme, the pill, antibiotics twice by accident, dyed hair and
# "ik wil dood omg", "ik ga haar vermoorden (jk)", a curfew, crying from
# exam stress.
except  @past_b ...8 ...8 (dat is|that was|thats|is nu|was) (nu|now)? <1+> (jaar|years|maanden|months) (geleden|ago)
except  (self harm|selfharm|zelfbeschadiging|snijden|cutting|drugs|drinking|drinken|gokken|gambling) (thing)? (is|was) (over|voorbij|done|behind me|klaar|finished) (for me|voor mij)?
except  @past_b ...8 ...8 (sindsdien|since then|since) (niks|niets|nothing|geen|no) (meer)? (gehoord|heard|contact|gezien|seen)
except  (period|periode|phase|fase|tijd|time) ...8 ...8 (it|het|that|dat) (passed|ging over|is over|went away|is voorbij|got better|werd beter)
except  @past_b ...8 ...8 (zaak|case|rechtszaak|court case|aangifte) (is|was) (afgerond|closed|gesloten|over|klaar|done)
except  (na|after) (mijn|my|een|a|de|the) (opname|admission|poging|attempt|behandeling|treatment|therapie|therapy) ...8 (gaat het goed|gaat het beter|im doing well|gaat goed|going well|doing well|doing better|gaat het weer goed)
except  (situation|situatie|relationship|relatie) (at|toen|when) ...3 (got out|eruit gekomen|kwam eruit|left|weg|ben eruit)
except  (news|nieuws|krant|newspaper) (said|zei|zegt|meldde|says|reported|schreef) ...8 (jumped|sprong|died|overleden|killed|gedood|neergestoken|stabbed)
except  (leads to|leidt tot|lead to|leading to|causes|veroorzaakt|cause) @topic
except  (filmpje|film|video|documentaire|documentary|les|lesson) (bij|in|at|van|from|during|tijdens) (maatschappijleer|mentorles|les|class|school|biologie|burgerschap|mentoruur|lesson) ...8 (afgeperst|gechanteerd|blackmailed|naaktfotos|nudes|misbruikt|abused)
except  (overleden|died|gestorven|passed away|is overleden|dood gegaan) (door|by|of|from|aan) (zelfmoord|suicide|zelfdoding|an overdose|een overdosis)
except  (got|was|werd|is) (beaten|beaten up|in elkaar geslagen|jumped|stabbed|attacked|mishandeld|geslagen) ...8 (hes|shes|he is|she is|hij is|ze is|they are|theyre) (fine|ok|okay|oke|goed|better|beter) (now|nu)?
except  (book|boek|film|movie|series|serie) ...4 (is about|gaat over|about|over) ...8 (self harms|selfharm|cuts|snijdt|anorexia|depressie|depression|suicide|zelfmoord)
except  (serie|series|film|boek|book|movie) ...6 (hoofdpersoon|main character|personage|character) ...4 (slaapt|sleeps|woont|lives) (op straat|on the street|on the streets|outside|buiten)
except  (unalive|kill|vermoord|dood) (myself|mezelf) (als|if|when) ...4 (verliest|loses|lose|wint|wins|verliezen)
except  (say|zeggen|zegt|says|saying) (sewer slide|unalive|sewerslide|kms)
except  (meme|reel|tiktok|filmpje|memes|reels) ...6 (done with this life|done with life|klaar met het leven|klaar met dit leven)
except  (on the pill|aan de pil|de pil|the pill|anticonceptiepil|anticonceptie|birth control)
except  (accidentally|per ongeluk|perongeluk|by accident|by mistake) (took|taken|genomen|ingenomen) (my|mijn|mn|an|een|the|de)? (antibiotics|antibiotica|vitamins|vitamines|pill|pil|medicine|medicijn|medicijnen|tablet|dose|dosis)
except  (haar|hair|geverfd|dyed|kapsel|haircut|nagels|nails|outfit|selfie|foto|pic|make up|makeup) ...8 (ik wil dood|i want to die|wil dood|i wanna die) (omg|haha|lol|xd|hahaha|lmao|help)
except  (ga|gonna|going to|will|ik ga) (haar|hem|her|him|je|you|jou|ze|them) (vermoorden|kill|murder|afmaken) (jk|grapje|haha|lol|xd|just kidding|hahaha|lmao)
except  (om|at|by|before|voor) <1+> ...2 (thuis|home) (ben|zijn|be|moet|must|have|to be)
except  (cry|huil|crying|huilen|huilde|cried) (every night|elke avond|elke nacht|every day|elke dag|a lot|veel)? (from|van|because of|door|om) (stress|exams|examens|toetsen|school|homework|huiswerk|exam stress)
suicide  (wil|want to|wanna|ga|go) (hem|haar|him|her|them|ze) (achterna|follow)
except  (character|personage|avatar|player|speler|guy|dude|npc) ...6 (bled|bleed|bleeds|bleeding) out
# Round 26, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger+ingested+other  (iets|something|stuff|spul) (in)? (haar|zijn|mijn|her|his|my|mn|zn|d'r|dr) (drink|drankje|glas|glass|cola|drinken|beker|cup)
danger+other  (reageert|reageren|responds|responding|reageerd) (nit|nie|niet meer|nt|nergens meer op)
danger  (snelweg|highway|rijdt|drives|driving|rijden|reed|drove) ...8 (deuren|doors|deur|door) (op slot|locked)
danger+other  (gaat|going to|gonna|will|gaan) (iemand|someone|somebody|hem|him) (pakken|neersteken|neerschieten|doodmaken|kill|shoot|stab|get|afmaken)
danger+other  (choking|strangling|wurgt|wurgen|chokes|strangles) (her|him|haar|hem|my|mijn|mn)
abuse+sexual  (hand|handen|hands) (op|on) (mn|mijn|my) (been|dij|billen|borst|leg|thigh|knee|knie|butt|chest|kont)
danger  (laat|lets|let) (me)? (niet|not|nie) (los|go)
danger  (wont|won't|doesnt|does not|will not) let (me)? go
suicide  (volgende|next) (trein|train|metro) ...3 (niet stopt|doesnt stop|not stop|niet stopt maar|raakt|hits)
suicide  (als|if|when) (ik|i) (vannacht|vanavond|tonight|morgen|straks|later)? (spring|jump)
suicide  (zeg|tell|vertel) ...6 (niet|not|never) (haar|zijn|jouw|your|her|his|hun|their|jullie) (schuld|fault) (is|was)? $
suicide  kill (my)? (shelf|selfs|sel|slef)
selfharm  (heb|have|ik heb|i) me (gesneden|gekrast|cut)
selfharm  (benen|armen|arm|been|pols|polsen|huid|wonden|littekens|wonds|scars|skin|legs|arms) ...2 (openhalen|open halen|openkrassen|opensnijden|openmaken|open krabben|openkrabben|open gekrabd|reopen|reopening)
selfharm  (sleeve|mouw|sleeves|mouwen) (is|are|zijn)? (soaked|doorweekt|full of blood|bloody|vol bloed|nat|rood)
selfharm  (glas|glass|scherven|shards|stukjes glas|stukje glas) (in|into) (mn|mijn|my) (hand|arm|huid|skin|been|leg|handen|armen)
selfharm  (tot|until|till) (het|it) (open|kapot|rauw|raw) (is|gaat|goes)
selfharm  (cat scratch|kattenkrab|kattenkrabben|scratched by the cat|de kat gedaan) ...8 (not|niet|nope)
abuse+sexual  (touches|touched|touching|aanraakt|raakt|betast|aanzit) (me|mij) (when|als|while|terwijl|in) (im|i am|ik|i)? ...2 (shower|douche|bath|bad|sleep|slaap|bed|omkleed|changing)
abuse+sexual  (he|hij|they|ze) (forced|forced himself|dwong) (me|mij|on me)? (at|on|op|bij|last|gisteren|yesterday|in)
abuse  (gedwongen|forced|dwingen|dwingt|forcing) (om te|to|me om te|me to) (dealen|deal|verkopen|sell|dragen|carry)
danger+other  (als|if) (ik|i) (stop|stopt|quit|stoppen|niet meer) ...4 (pakken|hurt|get|kill|doen|slaan) (ze|they)? (mn|mijn|my) (moeder|mum|mom|family|familie|zus|broer|sister|brother|moeder|ouders|parents)
danger+other  (iemand|someone|hem|haar) (gaat|gaan|wil|gaat vanavond) (pakken|neersteken|neerschieten|doodmaken|afmaken|steken|doodschieten)
except  (gesneden|gebrand|gekrast|cut|burned|burnt|brandde|sneed) (me|mezelf|myself)? (aan|on|op|bij) (de|het|een|the|a|mijn|my)? (oven|pan|blik|papier|paper|fornuis|stove|grill|bbq|kookplaat|theepot|waterkoker|kachel|heater)
except  (tattoo|tatoeage|laser) ...6 (scars|littekens|litteken|scar)
except  (scars|littekens|litteken|scar) ...8 (tattoo|tatoeage|laser)
except  (news|nieuws|krant|newspaper) (said|zei|zegt|meldde|says|reported|schreef) ...8 (jumped|sprong|died|overleden) ...6 (train|trein|bridge|brug|building|flat|roof|dak|metro)
except  (serie|series|film|boek|book|movie) ...6 (slaapt|sleeps|woont|lives) (de|the)? (hoofdpersoon|main character|personage|character) (op straat|on the street|on the streets|buiten|outside)
except  (mezelf|myself) (unalive|kill|vermoorden|doodmaken|unaliven) (als|if|when) ...4 (verliest|loses|lose|wint|wins|verliezen)

# ---------------------------------------------------------------- round 27: blind37 (justice and care system, the street: detention, probation, drug running, debts to dangerous people, sex work; street slang and code)
danger  (heeft|has|had|got|draagt|carries) (zn|zijn|his|a|een|de|het)? @knife (bij zich|on him|with him|mee|bij zn|in zn zak|in his pocket)
danger  (moet|must|have to|has to) (vandaag|today|nu|now|vanavond|tonight|morgen|tomorrow) (betalen|pay) (anders|or else|otherwise)
danger  (car|auto|busje|van) (with|met) (guys|men|people|mannen|jongens|gasten) (i|ik|die ik) (dont|don't|do not|niet) (know|ken)
danger  (dont|don't|do not|weet niet|weten niet) (know)? (where|waar) (we|were|they|ze|ze me) (going|gaan|heen|rijden|driving|naartoe|brengen|taking)
danger  (er staat|staat er|there is|theres|there's|now there is|nu staat er) (een|a) (prijs|price|bounty) (op|on) (mn|mijn|my) (hoofd|head)
danger  (adres|address) ...4 (op|on) (snap|insta|tiktok|internet|online|instagram) (gezet|posted|gepost|gezet)
danger+ingested  (took|taken|genomen|geslikt|gebruikt|had|nam) (something|iets|a pill|een pil|stuff|spul|een pilletje) ...8 (heart|hart|breathe|ademen|adem|lucht|racing|bonkt)
danger  (als|if) (ik|i) (met|to|with) (de)? (juut|politie|police|wouten|feds|cops|popo|blauw) (praat|talk|speak|praten) ...4 (klaar|dood|dead|done|finished|gelekt)
danger  (staat|staan|is|stands) (er)? (al)? (een uur|uren|the whole|de hele|already) ...3 (auto|car|busje|van) (voor|outside|bij|in front of) (de|mijn|the|my|ons|our)? (flat|deur|huis|house|door|building)
suicide  (hurts|hurt|pijn|pijn doet) (to)? (jump|springen|spring) (from|van|off|uit)
suicide  (ways|manieren|manier|way) (to do it|om het te doen|het te doen|to end it) (in here|hier|here|in de cel|inside)
suicide  (mag|may|can) (mijn|my|mn) (spullen|things|stuff|kleren|clothes|schoenen|patta|sneakers|switch|ps5|playstation|telefoon|phone|kamer|room|fiets|bike|ketting|chain|jas|jacket) (hebben|have|krijgen)
suicide  (wou|wilde|wanted|want) (gewoon|just)? (nog)? (iets|something) (zeggen|say) (tegen|to) (iemand|someone|somebody)
suicide  (train|trein) (times|tijden|schedule|dienstregeling) ...6 (not to go|niet om|not going|niet om te gaan|niet om ergens)
worry  (de eerste keer|the first time|first time|in een keer|in one go) (meteen|direct|right)? (lukt|works|succeeds|goed gaat)
selfharm  (steek|prik|stick|poke|steken|prikken|sticking) (naalden|naald|needles|needle|spelden|pins|punaises) (in|into) (mijn|my|mn) (huid|skin|arm|been|vinger|leg|armen|benen)
abuse+sexual  (vrienden|friends|mannen|men) ...6 (om|to) (mijn|my|de|m'n) (huur|rent|schuld|debt|slaapplek) (te betalen|pay|to pay|af te lossen|te verdienen)
abuse  (bolletjes|bolletje|bollen|pellets|balletjes) (slikken|swallow|slikte|geslikt|swallowing)
danger+other  (anders|or else|otherwise) (doen|pakken|hurt|do|slaan) (ze|they) (mijn|my|mn) (moeder|mum|mom|family|familie|zus|broer|sister|brother|moeder|ouders) (iets|something|pijn)?
abuse+sexual  (hes|he is|hij is|he's) <19+> (and|en) (im|i am|ik ben|i'm) <10+>
abuse+sexual  (meet|afspreken|zien|see) (me)? ...4 (in a hotel|in een hotel|at a hotel|at his hotel|hotel room|hotelkamer)
homeless  (find your own way|zoek het maar uit|zoek het zelf maar uit|figure it out yourself|zoek maar uit|zoek het uit)
homeless  (kicked out|thrown out|eruit gezet|eruit gegooid|weggestuurd|sent away) (of|uit|from|van) (the|de|het|my|mijn)? (group home|woongroep|shelter|opvang|gezinshuis|care home|kamertraining|instelling)
worry  (whats|what is) even the point
worry  (wat is|wat heeft) (eigenlijk|nog)? (het nut|de zin) (nog|meer|van alles|van het leven)
worry  (im|i am|i feel|feel|voel me|ik ben|ik voel me) (like)? (im)? (already|al|allang)? (dead|dood) (inside|van binnen|vanbinnen)
worry  (alles|everything|life|leven|my life|mijn leven) (is|feels|voelt|looks)? (al)? (zo|so)? (grijs|grey|gray|zwart|black)
worry  (tired of|moe van|klaar met|sick of) (pretending|doen alsof|faken|acting|fake)
worry  (hoop|hope|wish) (ik|i)? (dat)? (de dag|the day|het|today|vandaag) (al)? (voorbij|over) (is)?
# ... and what is no crisis: "gonna strangle me" over a straightener,
# stories that are over (an age now after an age then, years sober, a
# stabbing two years ago, a room rented now), a guest speaker who was
# homeless, a suicide years ago told in a lesson, sleeping rough for
# charity, a song's words, a remix's title, a knife found by the school,
# ADHD medicine and appetite, a blood test, a dose raised, quitting
# smoking, crashing into bushes on a bike, five hours of sleep, a
# community service order, a trainer who will "kill" the team with
# sprints.
except  (strangle|kill|murder|vermoorden|wurgen|afmaken|vermoordt) (me|mij) ...4 (broke|brak|kapot|lost|kwijt|borrowed|geleend|used|gebruikt|ate|opgegeten|verpest|ruined)
except  (when i was|toen ik) <1+> ...8 ...8 (im|i am|ik ben|ben ik) <1+> (now|nu)
except  (na|after) (een|a|de|the) (steekpartij|stabbing|overdosis|overdose|poging|attempt|mishandeling|fight|vechtpartij|schietpartij) ...6 (dat is|that was|thats|is nu) (nu|now)? <1+> (jaar|years|maanden|months) (geleden|ago)
except  (overdosed|overdose|od|overdosis) ...6 <2000+>
except  (sloeg|hit|beat|slaat|schopte|mishandelde) (ons|me|mij|us) (vroeger|years ago|back then|when we were)
except  (used to|vroeger) (self harm|selfharm|cut|snijden|krassen|sneed|kraste|selfharmed) ...8 (im|i am|ik ben|ben ik) <1+> (now|nu)
except  @past_b ...8 ...8 (nu|now) (huur|rent|renting|heb|have) (ik|i)? (een|a)? (kamer|room|studio|place|huis|flat|apartment)
except  (guest speaker|gastspreker|spreker|speaker|gastles|guest) (who|die) (was|werd|had been) (homeless|dakloos|verslaafd|addicted)
except  (jaren geleden|years ago|lang geleden) (zelfmoord|suicide) (heeft gepleegd|pleegde|committed|had committed)
except  (sleeping rough|slapen buiten|buiten slapen|sleep out|sleepout|buiten slapen) ...4 (for charity|voor een goed doel|voor het goede doel|sponsored|gesponsord)
except  (song|nummer|liedje|lyrics|tekst|track) (that goes|die gaat|gaat zo|goes|that says|die zegt)
except  (remix|song|nummer|track|album|mixtape|titel|title) ...4 (nergens om te slapen|nowhere to sleep|ik wil dood|i want to die|im leaving tonight)
except  (school|teacher|leraar|politie|police|docenten|security) (found|vond|heeft gevonden|vonden|hebben gevonden) (a|een) (knife|mes|wapen|weapon|gun|pistool)
except  (methylphenidate|ritalin|concerta|medikinet|adhd meds|adhd medicatie|adhd medicine) (makes|maakt) (me)? ...3 (not hungry|geen honger|no appetite|niet hongerig|hungry)
except  (bloed laten prikken|bloedprik|bloed afgenomen|blood test|blood drawn|prik gehad|vaccinatie|bloedafname)
except  (raised|increased|lowered|verhoogd|verlaagd|upped|halved) (my|mijn)? @meds (from|van) <1+> (to|naar) <1+>
except  (stop|stoppen met|quit|quitting) (smoking|roken|vapen|vaping|drinking|drinken|blowen)
except  (crashing|crashes|crashed|botst|botste|fietst|rijdt) (into|in|tegen) (the|de|een|a)? (bushes|bosjes|wall|muur|tree|boom|fence|hek|heg|hedge)
except  (sleeping|slapen|slaap|sleep|slept|sliep) <1+> (hours|uur|uurtjes)
except  (taakstraf|werkstraf|community service|leerstraf)
except  (trainer|coach|juf|meester|docent|leraar|teacher) (zei|says|said|zegt) ...4 (afmaken|kill|vermoorden|slopen|destroy)
# Round 27, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger  (gasten|mannen|jongens|guys|men|people|iemand|someone|man|guy|gast|twee|drie|3|2|4) (met|with|in|wearing|met hun) (bivakmuts|bivakmutsen|balaclava|balaclavas|masks|maskers|bivakmutsen op)
danger  (masked|gemaskerde) (men|guys|man|mannen|jongens|gasten|people)
danger  (blijven|keep|keeps|blijft) (aanbellen|bellen|ringing|kloppen|knocking|bonken|banging|schoppen|kicking)
danger  (gaan|gonna|willen|going to) (me|mij) (lekken|pakken|slopen|afmaken|prikken|steken|neersteken)
danger  (ik ben|im|i am|i got|ben) (gespot|spotted|gezien door|herkend)
danger  (rijden|driving|rijdt|drives|rijden ze) (nu)? (rondjes|circles|in circles|rondjes om)
danger  (theyre|they are|ze|they) (coming|komen|komen naar) (to|naar) (my|mijn|mn) ...2 (place|house|huis|home|flat|deur)
danger+other  (staat|stands|is|staan|stond) ...4 (voor|outside|bij) (haar|zijn|mijn|my|her|his|de|onze|ons) (woning|huis|deur|house|door|flat|raam) (met|with) (een|a) @knife
danger+other  (beweegt|moves|ademt|breathes|moving|breathing) (niet|not|nie|no longer|niet meer)
danger  (er is|there was|there is|er wordt) (geschoten|gestoken|shooting|stabbing|gevochten met messen)
suicide  er (liever|zelf|gewoon|toch)? ...2 (een einde|een eind) aan
suicide  (how many|hoeveel) @meds (does it take|is enough|is genoeg|heb je nodig|moet je|do you need|takes)
suicide  (mijn|my|mn) (spullen|things|stuff|kleren|clothes|schoenen|patta|sneakers|switch|ps5|playstation|telefoon|phone|kamer|room|fiets|bike|ketting|chain|jas|jacket) (mag|may|can) (ze|hij|zij|she|he)? (hebben|have|krijgen|houden|keep)
suicide  (kogel|bullet|bullets|kogels) (is|zijn|are)? (genoeg|enough)
suicide  (where im going|waar ik heen ga|waar ik naartoe ga|where i am going)
suicide+ingested  (already|al) (taken|genomen|geslikt|ingenomen|swallowed) (them|ze|it|het|all|alles|all of them)
suicide  (over|in) (een|an|a|1|half|één) (uur|hour|uurtje|minuut|minute|minutes|minuten|kwartier) ...3 (er niet meer|not be here|gone|dood|be dead|niet meer leven)
selfharm  (hoofd|head) (tegen|against|on|op) (de|het|the|a|een)? (muur|wall|radiator|deur|door|vloer|floor|tafel|table|kast) (gebonkt|geslagen|gebeukt|banged|slammed|bonk|sla|gebonsd)
selfharm  (bonk|bang|sla|beuk|banging|slam|slamming|bonken) (mijn|my|mn) (hoofd|head) (tegen|against|on|op)
abuse+sexual+sextortion  (zet|puts|post|posts|zal|gaat|will|gonna) (het|it|ze|them|dat|the video|het filmpje) (op|on) (snap|insta|tiktok|internet|online|instagram|snapchat) (als|if|unless|tenzij)
abuse+sexual  (bood|biedt|offered|offers|gaf|gave|gives|geeft) (me|mij) (geld|money|een slaapplek|a place to sleep|a place to stay|drugs|cadeaus|gifts) ...6 (als|if|for|voor) (ik|i)?
abuse  (gedwongen|forced|dwingen|dwongen|made me) (me|mij)? ...3 (beroven|rob|stelen|steal|inbreken|break in|overvallen|overval)
danger  (anders|or else|otherwise) (ben ik|im|i am|i'm) (aan de beurt|next|de volgende)
abuse  (want|wil|willen|wants) (me|mij|dat ik) (to)? (marry|trouwen|trouw|getrouwd|married) 
homeless  (sta|ik sta|standing|im standing|sitting|zit) (nu)? (op straat|on the street|in the street|buiten|outside) (met|with)
homeless  (ouders|parents|family|familie|moeder|vader|mom|dad) (willen|want|wants|wil) (me|mij) (niet terug|not back|niet meer|no longer)
homeless  (threw|gooide|smeet|gooit|throws) (my|mijn|mn|al mijn|all my) (stuff|spullen|things|kleren|clothes|bags|tassen) (out|naar buiten|uit het raam|out the window|on the street|op straat|buiten)
danger+other  (voor|outside|bij) (haar|zijn|mijn|my|her|his|de|onze|ons) (woning|huis|deur|house|door|flat|raam) ...4 (met|with) (een|a) @knife

# ---------------------------------------------------------------- round 28: blind38 (short messages and fragments from many speakers)
danger+other  (hij|he|ze|she|papa|vader|dad|zij) (slaat|hits|slaan|schopt|kicks) (haar|hem|her|him|mama|mam|ons|us) (weer|again|nu|now)
danger  (komen|coming|come|komt) (om|to) (me|mij) (te)? (steken|stab|pakken|slaan|kill|vermoorden|neersteken|get)
danger  (brand|fire|rook|smoke) ...4 (deur|door|raam|window) (zit|is)? (klem|stuck|dicht|vast|locked|wont open|gaat niet open)
suicide  (dak|roof|rooftop) <1+> (verdieping|floor|etage)
suicide+ingested  (took|taken|genomen|geslikt|swallowed|opgemaakt) (the|de|het|a|een)? (whole|hele|complete|full|volle) (box|doos|strip|strips|pot|potje|bottle|fles|pack|pakje|doosje)
suicide+ingested  (took|taken|genomen|geslikt|swallowed) (too many|te veel|teveel|way too many|veel te veel)
suicide  (wrote|written|geschreven|schreef) (the|de|my|mijn)? (letters|brieven|goodbye letters|afscheidsbrieven|afscheidsbrief|last letters)
selfharm  (arm|pols|been|huid|polsen|armen|wrist|leg|skin) (ligt|is|staat|zit|lies)? (open|wide open|helemaal open|opengesneden|opengehaald)
selfharm  (sigaret|cigarette|aansteker|lighter|peuk) (op|on) (mijn|my|mn) (arm|hand|been|huid|skin|leg|pols|wrist) (gedrukt|pressed|put|uitgedrukt|uitgedrukt)
selfharm  (need|want|wil|moet|neeed) (to)? (feel|voelen) (pain|pijn)
selfharm  (deep|diep) (this time|deze keer|tonight|vannacht) ...3 (hospital|ziekenhuis|stitches|hechten|hechtingen|doctor|dokter)
selfharm  (schaar|scissors|mesje|blade|razor|scheermesje|mes) (al)? (gepakt|gehaald|in mijn hand|ready|klaar|got|grabbed|in my hand)
abuse+sexual  (dingen|things|stuff) ...6 (die ik niet wilde|i didnt want|i did not want|that i didnt want|die ik niet wou)
abuse  (weet|knows) (altijd|always) (waar|where) (ik|i) (ben|am|is|zit)
abuse  (app|tracker|spyware|volgapp|stalkerware) (op|on) (mijn|my|mn) (telefoon|phone|mobiel)
abuse+sexual+other  (pijn doet|hurts|touches|aanraakt|aanzit|doet) ...3 (op|in|on|at) (plekken|places|plaatsen|plekjes) (waar|where)
homeless  (freezing|ijskoud|bevries|koud|cold|kou) ...6 (no home|geen huis|nowhere|nergens|geen plek|geen thuis)
homeless  (nachtbus|night bus|nightbus|nachttrein) ...4 (tot|until|till) ...3 (licht|morning|ochtend|light)
homeless  (vanavond|tonight|vannacht) (nergens|nowhere)
worry  (niemand|nobody|no one|noone) (ziet|sees|notices|merkt|hoort|hears) (me|mij)
worry  (whats|what is) the point of (waking up|living|getting up|opstaan|leven|trying|anything)
worry  (numb|verdoofd) (just|gewoon|so|zo)? (numb|verdoofd)
worry  (hoor|belong|fit) (nergens|nowhere|in nowhere) (bij)?
worry  (how long|hoe lang) (i|ik) (can|kan|could) (keep going|go on|volhouden|doorgaan|hold on)
worry  (dont|don't|do not|niet) (really|echt)? (care|geven) about anything (anymore)?
worry  (alles|everything|its all|het is allemaal) (is)? (mijn|my) (schuld|fault)
worry  (empty|leeg) (inside|van binnen|vanbinnen) (all the time|altijd|de hele tijd)?
worry  (geen zin in niks|geen zin in niets|nergens zin in)
# ... and what is no crisis: threats over being late or a jacket, stories
# that are over, a book's main character put out of the house, a creative
# writing story, a lesson about a runaway, a character or rapper who says
# "i want to die", dissecting a heart in biology, a finger cut on an
# onion, a GP's question, a dose and alcohol, "bye! see you tomorrow", the
# pizza man at the door, the last message of the day, a tower in a game,
# going offline.
except  (ophangen|vermoorden|murder|kill|afmaken|wurgen|strangle) (me|mij)? (for|omdat|als|if|when) (taking|borrowing|using|eating|breaking|pakken|lenen|ik weer te laat|te laat|late|ik te laat)
except  (dark time|donkere tijd|dark period|zware tijd|rough time|bad time|moeilijke tijd) ...8 ...8 (helped|hielp|better|beter|ok now|goed nu|doing well|gaat goed)
except  (used to) @hit_en (us|me|ons|mij) ...8 (years ago|jaren geleden|long ago|left|weg|moved out)
except  (used to think|dacht vroeger|i used to feel|used to feel|voelde me vroeger) ...8 (doing ok now|doing better|gaat nu goed|better now|ok now|fine now|doing ok|much better)
except  (heeft|hebben) (me|mij) (vroeger|years ago|toen ik klein was|as a kid) (misbruikt|mishandeld|abused|geslagen|beaten)
except  (vroeger|used to) ...4 (nu|now) (wil ik|i want to|i wanna) (leven|live)
except  (had|heb gehad|i had) (suicidal thoughts|suicide thoughts|zelfmoordgedachten|donkere gedachten|dark thoughts) ...8 (better now|beter nu|much better|veel beter|doing well|gaat goed)
except  (hoofdpersoon|main character|personage|character) (wordt|is|gets|got|werd) ...4 (uit huis gezet|kicked out|thrown out|eruit gezet)
except  (story|verhaal|creative writing|opstel|gedicht|poem) ...6 (suicide note|afscheidsbrief|zelfmoordbrief|goodbye letter)
except  (told us about|vertelde over|vertelde ons over|told us) ...4 (ran away|weggelopen|weg liep|runaway)
except  (character|personage|hoofdpersoon) (says|zegt|said|zei) ...6 (i want to die|ik wil dood|kill myself)
except  (rapper|singer|zanger|zangeres|artist|artiest|song|lyrics|tekst) ...4 (says|zegt|sings|zingt|zegt in) ...4 (kill myself|ik wil dood|unalive|i want to die)
except  (varkenshart|varkensoog|hart|oog|organen|kikker|frog|heart|eye) (snijden|ontleden|dissect|dissecting|opensnijden)
except  (cut|sneed|gesneden) (my|mijn|mn) (finger|vinger|thumb|duim) (on|aan|op|with|met|in) (an|a|een|de|the)? (onion|ui|tomaat|tomato|brood|bread|blik|can|paper|papier|glass|glas|mes|knife)
except  (vroeg|asked|vraagt|asks) (of|if|whether) (ik|i) (mezelf|myself) (pijn doe|pijn deed|hurt|harm)
except  ^ @meds <1+> (mg|milligram)?
except  (bye|doei|byee) ...2 (see you|tot morgen|tot straks|tomorrow|later|morgen|cya|till tomorrow)
except  (pizzabezorger|bezorger|postbode|delivery guy|pakketbezorger|koerier|delivery man)
except  (last|laatste) (message|bericht|msg|appje) ...3 (today|vandaag|tonight|vanavond) ...3 (going to bed|ga slapen|bed|slapen|sleep)
except  (tower|toren|cliff|klif) (in) (zelda|minecraft|fortnite|gta|roblox|the game|het spel|genshin)
except  (ga|going|gaan|im going) (offline|afk|uit|off)
except  (laatste|last) (potje|game|match|round|rondje)
# Round 28, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger+other  (wordt|word|is being|werd|getting|gets) (gewurgd|gewurgt|strangled|choked|gestikt|geslagen|geschopt)
danger+other  (water|zee|sea|gracht|kanaal|vliet|river|pool|zwembad|meer|lake|haven) ...6 (komt niet boven|niet boven|not coming up|went under|ging kopje onder|onder water|kwam niet boven)
danger  (outside|buiten|voor de deur|at the door) (with|met) (bats|bat|knuppels|knuppel|honkbalknuppels|knives|messen|guns|wapens)
danger+other  (niet weet|weet niet|doesnt know|dont know|does not know|niet wist) (waar|where) (ze|hij|ik|she|he|i) (is|ben|am|zit|was)
suicide  (platform|perron) ...2 (next train|volgende trein|trein komt|train comes)
suicide  (alles|all|everything|al mijn spullen|all my stuff|all my things) (weggegeven|gave away|given away|weg gegeven) ...4 (niet meer nodig|dont need|wont need|need it anymore|nodig meer)
suicide  (zeg|tell) (tegen)? (iedereen|everyone|everybody|mijn ouders|my parents|mama|mam|mom|mum) (sorry|dat het me spijt|im sorry)
selfharm  (mesje|scheermesje|blade|razor|razors|mes) ...3 (bad|bath|sorry|spijt)
selfharm  (scissors|schaar|mesje|blade|razor|scheermesje) (in) (hand|my hand|mijn hand|mn hand)
selfharm+other  (blood|bloed) ...8 (locked|opgesloten|op slot|doet niet open|wont open)
abuse  (moet|must|have to|has to) ...4 (pakketjes|pakketten|packages|pakketje|drugs|bolletjes) (rondbrengen|bezorgen|brengen|deliver|delivering|dragen|carry|wegbrengen)
abuse+sexual  (zegt|says|said|zei|tells me) (dat)? (ik|i|im) (speciaal|special|bijzonder|mature|volwassen) (ben|am|is)?
abuse  (ik|i) (niks|niets|nothing|niemand|nobody|no one) (mag|may|can|must) (zeggen|tell|say|vertellen)
abuse+other  (vader|moeder|father|mother|dad|mom|stiefvader|ouders|pa|ma) (hem|haar|him|her) (slaat|slaan|schopt|sloeg|mishandelt|hits|beats)
homeless  (where|waar) (is|can i find|vind ik|is er) (a|een|the|de)? (shelter|opvang|nachtopvang|place to sleep|slaapplek)
except  (staat|is|stands) (voor de deur|at the door|aan de deur) ...2 (de|the) (pizzabezorger|bezorger|postbode|delivery guy|pakketbezorger|koerier|delivery man)
except  (jumping|jump|springen|spring) (off|van|from) (the|de)? (tower|toren|cliff|klif) (in) (zelda|minecraft|fortnite|gta|roblox|the game|het spel|genshin)
# ---------------------------------------------------------------- round 29: blind40 (hints: minimised, asked as a question, joked away, euphemisms, "a friend" who is oneself)
danger  (slaat|sloopt|gooit|smijt|trapt|smashing|smashes|breaking|breaks) (alles|de boel|het huis|dingen|everything|stuff|things) (kapot)? ...6 (badkamer|wc|toilet|kast|bathroom|closet|verstopt|verstoppen|hiding|hide|opgesloten|locked)
danger  (gezegd|dreigen|dreigt|gedreigd|threatened|threaten) ...8 (komen|komt|coming|come) ...6 (af te maken|afmaken|finish it|finish me|finish this|end me|get me)
danger  (smoke|rook) ...8 ...6 (nobody|nobodys|niemand|no one|noone) ...2 (answering|answers|opens|opendoet|doet open|reageert|responds|opent)
danger  (met ze|met hen|met hem|with them|with him) (mee)? (moet|must|have to|has to|need to) ...3 (uitstappen|get off)
abuse  (niet uit mag|mag er niet uit|niet naar buiten mag|mag mijn kamer niet uit|not allowed out|not allowed to leave|cant get out|kan er niet uit) ...8 ...2 (eten|food|sinds gister|since yesterday|op slot|locked|dagen|days)
abuse  (slot|locked|lockt|locks|afgesloten) ...8 (niet uit mag|mag er niet uit|not allowed out|cant get out|kan er niet uit|zonder eten|no food|geen eten)
suicide  (letters|brieven|briefjes|notes|afscheidsbrieven) (for|voor) (everyone|iedereen|my family|mijn familie|mijn ouders|my parents|mama|mum|mom|everybody) ...6 (drawer|la|lade|bureau|desk|kamer|room|klaar|ready|liggen|are in|envelope|envelop)
suicide  (tell|zeg|zeggen|vertel) (my|mijn|mn) (mum|mom|mam|mama|moeder|mother|dad|vader|papa|parents|ouders|sister|brother|zus|broer) (sorry|dat het me spijt|i love her|i love him|dat ik van haar hou|dat ik van hem hou)
suicide  (zit|sta|staat|zitten|sit|sitting|standing|stand|zat) (op|on) (de|het|the|my|mijn)? (balkonrand|dakrand|ledge|rand van het balkon|rand van het dak|edge of the roof|edge of the balcony|railing|reling)
suicide  (hurt|pijn|painful) (to|om|als je)? (drown|drowning|verdrinken|verdrinkt|jump|springen|hang|hangen|bleed out|doodbloeden)
suicide  (drowning|verdrinken|hanging|ophangen) (is)? (peaceful|vredig|rustig|painless|pijnloos)
suicide  (giving|give|geef|gave|weggeven|geven|gaf) (away)? (my|mijn|mn|al mijn|all my) (stuff|things|spullen|clothes|kleren|games|schoenen) (away|weg)? ...8 (need it more|need them more|after this weekend|na dit weekend|after this|wont need|niet meer nodig|when im gone|als ik weg ben|have it|hebben)
suicide  (roof|dak) ...8 ...2 (just wanted to tell|wanted someone to know|wilde het iemand|wilde iemand laten weten|tell someone|iemand vertellen|wilde het even zeggen|wanted to say bye|doei zeggen)
suicide  (passwords|wachtwoorden|pincode|pincodes|codes|logins) ...4 (opgeschreven|wrote down|written down|geschreven|written) ...6 (so he can|so she can|zodat hij|zodat ze|for my|voor mijn)
suicide  (wrote down|opgeschreven|written down|schreef|geschreven|write down) ...3 (my|mijn|mn)? (passwords|wachtwoorden|pincode|pincodes|codes|logins) ...6 (so he can|so she can|zodat hij|zodat ze|for my|voor mijn)
suicide  (picked|gekozen|koos|chose|kies|pick) (sunday|zondag|saturday|zaterdag|friday|vrijdag|a day|een dag|de dag|the day|tonight|vanavond) (because|omdat|want|cause|cuz) ...8 ...6 (house to myself|huis voor mezelf|alleen thuis|home alone|niemand thuis|nobody home)
suicide  (begrafenis|funeral|uitvaart) ...8 ...8 (binnenkort nodig|need it soon|toch binnenkort|nodig zijn|soon anyway)
suicide  (lijkt|lijken|look|looks) (op een ongeluk|like an accident) ...8 ...4 (schuldig|guilty|blame|de schuld|door haar|because of her|because of them)
suicide  (ongeluk|accident) (lijkt|lijken|looks|seems|seem) ...8 ...4 (schuldig|guilty|blame|de schuld|door haar|because of her|because of them)
selfharm  (hoofd|stem|stemmen|voice|voices|head) (zegt|zeggen|says|say|tells|tell) ...4 (mezelf|myself|me) ...3 (straffen|punish|punishing|pijn doen|hurt|snijden|cut)
selfharm  (blades|mesjes|scheermesjes|razors|razor blades|blade|mesje) ...8 ...2 (need it|nodig|need one|need them) ...2 (tonight|vanavond|vannacht|now|nu|rn)
abuse+sexual  (touch|touches|touching|touched|aanraken|aanraakt|aanzitten|zitten aan) (me|mij) (in ways|op manieren|op een manier|where|waar|in places) ...4 (dont like|niet wil|niet fijn|not okay|niet ok|dont want|niet leuk|hate|vies)
abuse  (misbruik|abuse|verkrachting|rape|aanranding|mishandeling) (als|if|when) (het)? (je|mijn|my|your|jouw) (eigen)? (broer|vader|oom|stiefvader|brother|dad|father|uncle|stepdad|cousin|neef|opa|grandpa|trainer|coach|vriend|boyfriend|moeder|mother|mom|mum)
abuse+sexual  (trainer|coach|leraar|docent|teacher|mentor|begeleider|oom|buurman|uncle|neighbour|neighbor) ...3 (zegt|says|said|zei|wil|wants|told me|tells me) ...3 (berichtjes|berichten|messages|chats|appjes|texts|fotos|dms) (moet|must|to|should|have to) (wissen|verwijderen|delete|deleten|weghalen)
abuse  (vriend|vriendje|boyfriend|bf|partner|vriendin|girlfriend|gf|husband) (mag ik|laat me|lets me|wont let me|doesnt let me|does not let me) ...2 (niemand|niks|nobody|no one|anyone|niet meer|my friends|mijn vrienden) (meer)? (zien|see|spreken|naar buiten|out|anymore)
abuse+sexual  (keeps|steeds|elke keer|every time) ...2 (walking in|walks in|binnenkomt|binnenloopt|komt binnen|binnen lopen|binnenkomen|coming in|comes in) ...4 (shower|douche|douchen|bad|bath|changing|omkleden|kleed|showering)
homeless  (zit|slaap|lig|sitting|sleeping|zitten|slapen|liggen) (in|op) (een|de|a|the) (portiek|bushokje|doorway|fietsenkelder|stairwell|trappenhuis)
homeless  (zegt|said|says|zei|zeggen) (dat)? (ik|i) (niet meer|never|nooit meer|cant|cannot) (binnen|thuis|naar huis|home|terug|back) (hoef|mag|kom|hoeft|come|komen|te komen)
worry  (moe|tired|sick) (van|of) (alles|everything|het leven|life|mezelf|myself|being alive)
worry  (maakt|doet) (toch)? (niet|niks) (uit|ertoe) (wat ik doe|of ik er ben|of ik besta|wat ik ook doe|of ik er nog ben)
worry  (not gonna|never gonna|wont|will never) (have)? (a)? (future|toekomst)
worry  (heb|have|zie) (geen|no) (toekomst|future)
worry  (dont|don't|cant|can't|never) (really)? (see|picture|imagine|zien|voorstellen) (myself|mezelf|me) ...2 (here|alive|hier|er nog|around) ...4 (in a few years|in a year|next year|over een paar jaar|volgend jaar|when im|als ik|older|ouder)
suicide  ^ (ik|i) (regel|fix|los|handle|sort) (het|it|dat|this) (zelf|myself)? (wel)? (op)? (vanavond|vannacht|tonight) $
# ... and what is no crisis: a story that is over or a past told with what
# happens now, a question about numbers or warning signs for a school
# essay, a series, a novel or a podcast about someone, a grandparent's
# war, a school trip's tent, an extra paracetamol, a knee scraped at
# football, failing a test and a joke, a fight that was made up.
except  (overdosis|overdose|zelfmoordpoging|suicide attempt|poging) (op|at) (mijn|my|age)? (10e|11e|12e|13e|14e|15e|16e|17e|18e|19e|20e|10th|11th|12th|13th|14th|15th|16th|17th|18th|19th|20th)
except  (overdosis|overdose|zelfmoordpoging|suicide attempt|poging) (op|at) (mijn|my|age) <10+>
except  (heeft|had|has|hebben) (me|mij) (ooit|once|een keer|years ago|jaren geleden|vroeger) (bedreigd|threatened|geslagen|hit|beaten) (met|with) (een|a) (mes|knife|wapen|weapon)
except  (zelfmoordgedachten|suicidal thoughts|donkere gedachten|dark thoughts) (rondgelopen)? ...8 ...4 (mee klaar|is voorbij|is over|over now|behind me|achter me|gaat nu goed|lekker in mijn vel|doing great)
except  (heeft|hebben) (me|mij) (misbruikt|mishandeld|abused|geslagen|beaten) (toen ik klein was|toen ik jong was|when i was little|when i was a kid|when i was young|vroeger|years ago)
except  (didnt want to live|did not want to live|wilde niet meer leven|wanted to die|wilde dood|wou dood) (anymore|meer)? ...3 (but|maar) (thats|that is|dat is|its|it's|het is) (all)? (over|voorbij|behind me|achter de rug)
except  (hoeveel|how many) (dakloze|homeless|thuisloze) (jongeren|mensen|people|kids|young people|youth|teens)
except  (loverboy|loverboys) (serie|series|film|movie|documentaire|docu|boek|book|show)
except  (warning signs|waarschuwingssignalen|signalen|signs|tekenen) (of|van) (suicide|zelfmoord|self harm|selfharm|zelfbeschadiging|abuse|misbruik)
except  (vroeger|years ago|toen|once) (mishandeld|misbruikt|geslagen|abused|beaten) (is|was|werd)?
except  (novel|book|boek|roman|film|movie|series|serie|podcast|documentary|docu|documentaire|artikel|article) (about|over) (a|an|een) (boy|girl|jongen|meisje|kid|teen|teenager|family|gezin|woman|man|vrouw|mother|moeder) (who|die|that|dat) ...8 (home|thuis|huis|family|gezin|opgesloten|locked|locked up|mishandeld|abused|misbruikt|verkracht|raped|trafficked|kidnapped|ontvoerd|dakloos|homeless|suicide|zelfmoord|weggelopen|ran away|runs away|loverboy|werd|was)
except  (oorlog|war|ww2|wereldoorlog|onderduiken|ondergedoken) ...8 ...8 (kelder|cellar|basement|schuilkelder|bunker) (sliepen|slept|woonden|lived|hid|zaten)
except  (op kamp|on camp|schoolkamp|kamperen|camping|scouting|festival) ...8 (slaap|sliep|slapen|sleep|sleeping|slept) ...4 (tent|tents)
except  (paracetamol|paracetamols|ibuprofen|pills|pillen|tabletten|tablets) (instead of|in plaats van|ipv) (one|een|1|een|twee|two)
except  (knie|knee|elleboog|elbow|been|leg|enkel|ankle) (opengehaald|opengeschaafd|open|scraped|cut open|geschaafd) ...4 (bij|at|during|with|met|playing) (voetbal|hockey|gym|football|sport|fietsen|vallen|falling|soccer|training) ...8 (bloedt|bloeden|bleeding|bloed)?
except  (knie|knee|elleboog|elbow|been|leg|enkel|ankle) (opengehaald|opengeschaafd|open|scraped|cut open|geschaafd) ...4 (bij|at|during|with|met|playing) (voetbal|hockey|gym|football|sport|fietsen|vallen|falling|soccer|training) ...4 (bloedt|bloeden|bleeding) ...2 (veel|a lot|so much|heel erg|erg)
except  (because of|vanwege) (the|de|al die)? (drugs|drug) (stuff|dingen|scenes|scènes|content|gedoe)
except  (mag ik|can i|kan ik|kun je|may i|could i) (een|a|de|the)? (foto|photo|pic|picture|screenshot|scan) (sturen|send|opsturen|doorsturen|sent)
except  (adres|address) (vinden|find|opzoeken|krijgen|get) (via|through|bij|from)
except  (wonden) (er|daar|naast|samen|vroeger|toen|hier|allemaal|there|next)
except  (failed|gezakt|onvoldoende|flunked|bombed|verpest|fucked up) ...6 (want to die|wil dood|kill myself|ga dood) (lol|haha|hahaha|lmao|xd|lmfao)
except  (dont come home|don't come home|niet meer thuis komen|kom maar niet thuis|hoef je niet thuis te komen) ...8 (didnt mean it|did not mean it|meende het niet|niet gemeend|made up|goedgemaakt|sorry)
# Round 29, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger  ^ (help|hulp|helpp|plz|please) (ze|hij|they|he|zij) (staan|staat|zijn|is|are) (beneden|buiten|voor de deur|downstairs|outside|hier|here|at the door|bij de deur)
danger  (rijdt|drives|driving|rijden|rijd|rijt) ...4 (dronken|drunk|high|stoned|wasted) ...4 (wil niet stoppen|wont stop|doesnt stop|stopt niet|niet stoppen|will not stop)
danger  (roept|shouts|yells|schreeuwt|keeps saying) ...2 (dat)? (ik|i) (moet|must|have to|should)? (instappen|get in|in de auto|into the car|stap in|meekomen|come with)
suicide  (morgen|volgende week|mijn verjaardag|kerst) (niet meer|niet) (meemaken|beleven)
suicide  (deleted|verwijderd|gewist) (everything|alles) (already|al)
suicide  (tonight|vanavond|vannacht) (im|i am|ben ik|ik ben) (done|klaar) (for real|echt|voorgoed|forever|with everything|met alles)
suicide  (waren|were) (echt|really)? (de beste|the best) ...6 (klaar mee|done|bye|doei|vaarwel|goodbye)
suicide  (spullen|pillen|touw|rope|mesjes) (gehaald|gekocht|bought|got|klaarliggen|ready|gescoord) ...8 ...4 (vanavond|vannacht|tonight|gaat gebeuren|going to happen|gebeuren|morgen|tomorrow)
suicide  (almost|bijna) (didnt|didn't|did not|niet) (step back|stepped back|stap terug|terugstapte|terug stapte|go back|weggestapt)
suicide  (edge|rand) (of the|van het|van de) (platform|perron|spoor|tracks) ...8 (train|trein|sprinter|intercity) ...4 (close|dichtbij|dicht|near)
suicide  (elke dag|every day|steeds|all the time|de hele tijd|always|iedere dag) (bedenk|denk|think about|plan|imagine|bedenken) ...2 (hoe|how) (ik|i) (het|it) (zou|would|will|ga|gonna) (doen|do)
selfharm  (eigen|own) (arm|armen|been|benen|hoofd|gezicht|arms|legs|head|face|hand|handen) (blauw|bont en blauw|kapot|open|bloody|black and blue) (geslagen|gekrabd|gekrast|hit|punched|beaten|geslagen)
selfharm  (bloeden|bleeding|bloed) (na|after) <1+> (minuten|minutes|min|uur|hours) ...3 (niet stopt|not stopped|nog niet|still|wont stop|doesnt stop|hasnt stopped|stopt niet)
selfharm  (pols|arm|hand|polsen|wrist|arms|wrists|armen) (onder|under) (de|the)? (hete|heet|kokend|kokende|hot|boiling) (kraan|water|tap)
selfharm  (cuts|sneden|wondjes|wonden|snijwonden) (from|van) (earlier|gisteren|yesterday|last night|vannacht|vanochtend|this morning|eerder)
selfharm  (openkrabben|openkrab|openkrabt|open krabben|openhalen|openhaal|pick at|picking at|reopen|reopening|openkrabde) ...8 (niet dichtgaat|doesnt heal|niet heelt|wont close|bloedt|bleeding|weer|again|rustig)
abuse+sexual  (loved|hield|houdt) (me|him|van me|van hem)? ...3 (would|zou) ...2 (do it|doen|het doen)
abuse  (makes me|laat me|dwingt me|forces me|made me) ...4 (all night|de hele nacht|uren|hours|all day|de hele dag) ...6 (without food|zonder eten|no food|zonder te eten)
abuse  (without food|zonder eten) (if|als|when|wanneer|as punishment|als straf)
abuse+sexual  (oudere|older) (man|men|mannen|guy|guys|vent) (mee)? ...8 (kleren|geld|money|clothes|cadeaus|gifts|spullen|cash)
homeless  (foster placement|pleeggezin|plaatsing|placement|pleegplaatsing) (ended|stopped|is gestopt|broke down|is geklapt) (today|vandaag|tonight|vanavond|this morning|vanochtend|yesterday|gisteren|just now|net)
# ---------------------------------------------------------------- round 30: blind41 (online slang: algospeak, code words, emoji; dark humour in calm messages)
danger+other  (throwing up|overgeven|kotsen|spugen|braken|puking|vomiting) ...4 (half asleep|halfslaap|bewusteloos|unconscious|passed out|out of it|niet wakker|not waking|wont wake)
danger+other  (drank|dronk|gedronken|drinking) (way|veel|echt)? (too much|te veel|teveel) ...6 (throwing up|overgeven|bewusteloos|passed out|unconscious|niet wakker|not waking|wont wake|half asleep)
danger+other  (dragged|getrokken|gesleurd|pulled|geduwd|pushed|forced|being dragged|being pulled) (into|in) (a|an|een|de|the) (car|auto|busje|van|bus)
danger  (niet|not|dont|don't) (met|with) (het|the|de)? (geld|money|doekoe|cash|poen) (in|at|bij|op|naar) (het|the|de)? (park|station|pleintje|school|parking|parkeerplaats|steeg|alley|speeltuin)
suicide  (big sleep|grote slaap|eternal sleep|eeuwige slaap|forever sleep|long sleep|lange slaap) ...4 (tonight|vanavond|vannacht|bye|doei|soon|binnenkort|2nite)
suicide  (vanavond|vannacht|morgen|tonight|tomorrow) (als|when|wanneer|terwijl|while) ...8 (doe ik het|do it|ga ik het doen|im doing it|i do it|i will do it)
suicide  (tell|zeg) (them|her|him|mum|mom|hen|haar|hem|my parents|mijn ouders|iedereen|everyone) ...2 (it wasnt|it was not|het was niet|dat het niet|its not|it's not|it isnt) (their|her|his|haar|zijn|hun|jouw|your|hunne) (fault|schuld)
suicide  (go see|gaan zien|see|zie|join|be with|bij) (grandma|grandpa|oma|opa|mum|mom|dad|papa|mama|my brother|my sister|hem|haar|my mom|my dad) (soon|snel|binnenkort|again|weer) ...6 (passed|died|overleden|dood|gestorven|heaven|hemel)
suicide  (ctb) ...4 (i mean it|not catch the bus|meen het|for real|fr|forreal|tonight|vanavond)
suicide  (gonna|going to|wanna|want to|ga|wil|about to) (ctb)
suicide  (finally|eindelijk|vandaag|today|tonight|2nite|tonite|vanavond) (ending|end|beeindigen|beeindig) (it|het) (all|allemaal)?
suicide  (if|als) (im|i am|ik) (not|niet|no longer) (online|on|here|er) (tmrw|tomorrow|morgen|anymore|meer|ben) ...3 (u know why|you know why|weet je waarom|weten jullie waarom|know why)
selfharm  (open|opening|openen|reopen|cutting|cut) (my|mijn|mn)? (barcode|barcodes)
selfharm  (barcode|barcodes) ...3 (again|weer|arm|arms|thigh|wrist|bleeding|bloedt)
abuse+sexual  (graped|grapd|gegrape|gegraped|grapeed|graping)
abuse+sexual  (got|was|been|werd|ben|get) (grape|graped)
abuse  (willen|wil|want|wants|forcing|dwingen|dwingt|force|forces) (dat ik|me to|mij|me) ...6 (trouw|trouwen|marry|married|getrouwd) ...6 (wil niet|dont want|do not want|niet wil|im only|ik ben pas|ik ben nog)
abuse  (make me|laten me|dwingen me|force me|forces me|makes me|laat me) ...6 (all day|de hele dag|every day|elke dag) ...8 (not allowed|mag niet|niet naar school|no school|cant go)
abuse+sexual  (zn|zijn|his) (vrienden|friends|maten|matties|vriendjes) (helpen|help|blij maken|please|entertain|pleasen|bezighouden) ...4 (als hij|when he|if he|wanneer|als ze|whenever)
homeless  (living|wonen|woon|slapen|sleeping|slaap|sleep|live) (in) (my|mijn|a|een|his|her|de|the)? (friends|vriends|vriendin|moms|dads|own|eigen)? (car|auto) (for|al|since|sinds|now|nu)
worry  (idk|i dont know|dont know|weet niet|ik weet niet) (why|waarom) (im|i am|ik) (still)? (here|alive|hier|er nog|leef|nog leef)
worry  (life|leven) ...4 (never ends|nooit ophoudt|stopt nooit|pointless|zinloos|meaningless|betekenisloos)
# ... and what is no crisis: algospeak over a test, the wifi, lag, a song,
# an ad or a game; a past told with what is fine now; news someone saw; a
# narrator; a missed dose; a haircut; a horror game; a sim's home.
except  (sewerslide|sewer slide|unalive|unaliving|kms|self delete|self deleting|selfdelete|schiet mezelf neer|schiet mezelf dood) ...3 (dis|this|that|the|de|die|het|deze)? (wifi|lag|song|liedje|test|toets|exam|reclame|ad|group chat|groupchat|groepsapp|valo|game|class|les|homework)
except  (wifi|lag|test|toets|exam|chem|math|wiskunde|song|liedje|reclame|ad|locker|homework|huiswerk) ...6 (sewerslide|sewer slide|unalive|unaliving|kms|self deleting|self delete|selfdeleting|schiet mezelf neer)
except  (schiet mezelf neer|schiet mezelf dood|kill myself|kms|unalive myself|self delete) (als|if|when) (ik|i|they|ze) ...6 (reclame|ad|song|liedje|nog 1x|nog een keer|one more time|again|weer)
except  (cod|fortnite|valo|valorant|fifa|roblox|minecraft|apex|gta|ranked) ...6 (unalive|kms|kill me|unalive me)
except  (now|nu) ...4 (its fine|it's fine|its ok|is fine|gaat goed|gaat het goed|is het goed|is veilig|im safe|im fine|i'm fine|im ok|its good|all good)
except  (when i was|toen ik) <1+> (my|mijn|mn) @fam_en @hit_en (me)
except  (nachten|nights|nacht|night) (buiten|outside|op straat|rough) (geslapen|slept) (toen ik|when i was) <1+>
except  (buiten|outside|op straat|rough) (geslapen|slept) (toen ik|when i was) <1+>
except  (used to have|had|vroeger) (sewerslide|sewer slide|suicidal|suicide|zelfmoord|dark|donkere) (thoughts|gedachten) ...6 (havent had|not had|niet meer gehad|in ages|in years|jaren niet|for years|niet meer)
except  (vroeger|ooit|years ago|jaren geleden) (mezelf|myself) (gekrast|gesneden|cut|geslagen|beschadigd|pijn gedaan)
except  (crisis shelter|crisisopvang|shelter|opvang|nachtopvang) ...4 (everythings|everything is|alles is) (sorted|geregeld|opgelost|fine|goed)
except  (vorige|ex|oude|former) (vriend|boyfriend|vriendje|partner|bf) (sloeg|hit|slapped|beat|mishandelde) (me|mij) ...6 (al een jaar uit|is uit|its over|broke up|uit elkaar|aangifte gedaan|jaar uit)
except  (neergestoken|doodgestoken|neergeschoten|doodgeschoten|stabbed|shot) (zag ik|saw it|i saw) (op|on|in) (nos|het nieuws|the news|tiktok|insta|de krant|twitter|tv)
except  (narrator|character|personage|hoofdpersoon|verteller|main character) (unalives|kills|vermoordt|pleegt|hangs|shoots) (himself|herself|zichzelf|themselves)
except  (forgot|vergeten|missed|gemist|forget) (a|my|een|mijn|1|one) (dose|dosis|pill|pil|tablet)
except  (cut|cutting|knip|knipte|geknipt|chopped) (all|off)? (my|mijn|mn)? (own)? (hair|haar|bangs|pony|fringe) (off|af)? (myself|mezelf|zelf)?
except  (game|spel|film|movie|serie|series) (word|wordt) (je) ...4 (opgesloten|ontvoerd|achtervolgd|vermoord|locked up)
except  (sims|sim|villager|villagers|avatar|character|characters) (are|is|zijn|werd|became|get|gets) (homeless|dakloos) 
except  (failing|fail|failed|gezakt|onvoldoendes|zakken|repeat the year|blijven zitten) ...8 (my life is over|mijn leven is voorbij|life is over|leven is voorbij)
except  (carried|carry) ...6 (died last|died first|dood als laatste)
except  (on|op) @meds <1+> (mg|milligram)? ...4 (forgot|vergeten|missed|gemist|forget|dose|dosis|prescribed|voorgeschreven)
# Round 30, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger  (someones|someone is|iemand) (following|volgt|achtervolgt|stalking) (me|mij)
danger  (theyll|they will|ze gaan|gonna|theyre gonna) (get|pakken|grijpen|jump) (me|mij)
danger  (binnenkomt|komt binnen|breaks in|break in|inbreekt|intrapt|kicks in) (als|if) (ik|i) (niet|dont|don't) (opendoe|open|opendoen|let him in)
danger  (gave me|gaf me|gaf mij|gave) (a|een) (drink|drankje|pill|pil) ...8 (spinning|draait|dizzy|duizelig|wazig|taking me|neemt me mee|cant stand|cant walk)
danger  (man|guy|vent|gast|iemand|someone|men|mannen) ...6 (komt dichterbij|coming closer|comes closer|keeps coming closer|komen dichterbij|getting closer)
danger  (waving|zwaait|zwaaien|swinging|zwaaide) (a|an|een|met een|met|his|zijn|with a)? (knife|mes|gun|pistool|wapen|bat|knuppel|machete)
suicide  (weet|know) (waar en wanneer|where and when|hoe en wanneer|how and when|precies hoe|exactly how)
suicide  (goodbye|vaarwel|bye forever|doei voor altijd) ...3 (thank u|thank you|thanks|bedankt|dankje) (for trying|voor het proberen|for everything|voor alles)
suicide  (im done|i am done|ik ben klaar|ik ben er klaar mee) (goodbye|vaarwel|bye forever|doei)
selfharm  (need to|wanna|want to|gonna|have to|moet|wil) (cvt|cvtting|cvting)
selfharm  (urge|drang) ...4 (cut|cvt|snijden|krassen|sh|selfharm|self harm|to harm)
selfharm  (cat scratches|kattenkrabben|kattenkrassen|cat scratch) ...4 (again|weer|tonight|vannacht|deep|diep|diepe|bleeding|bloeden)
selfharm  (expres|on purpose|bewust|purposely) ...4 (sigaret|cigarette|peuk|aansteker|lighter)
abuse+sextortion  (posten|post|delen|share|sturen|online zetten|leak|lekken) (het|it)? (als|if|unless|tenzij) (ik|i) (geen|no|niet|dont|don't) ...2 (nudes|noodz|nodz|nudez|naaktfotos|fotos|pics|send|stuur)
abuse  (laat me|makes me|dwingt me|forces me|made me|liet me) (spul|drugs|wiet|coke|pakketjes|stuff|weed) (verkopen|sell|dealen|deal|rondbrengen|selling)
abuse  (familie|family|broertje|zusje|moeder|mum|mom|ouders|parents) (iets doet|iets aandoet|hurt|pijn doet|will hurt|gaat pakken) (als|if) (ik|i) (stop|stopt|quit|niet|leave|weggaan)
abuse+sexual  (im|i am|ik ben) (12|13|14|15) (and|en) (my|mijn|mn) (boyfriend|bf|vriend|vriendje|girlfriend|gf) (is) <18+>
abuse+sexual  (watches|kijkt|staring|stares|kijken|filmt|films|watched|keek) (me|mij|naar me)? ...2 (shower|douche|douchen|showering|undress|uitkleed|omkleden|changing)
homeless  (kicked out|eruit gegooid|uit huis gezet|thrown out|eruit gezet) ...6 (where do i go|waar moet ik heen|where can i go|waar kan ik heen|tonight|vannacht|vanavond)
# ---------------------------------------------------------------- round 31: blind39 (a mix of every writer; measured once after round 28)
@past_c   = vroeger|toen|geleden|ago|destijds|ooit|once|back|jaar|jaren|year|years|vorig|vorige|maanden|months|eerder|earlier|froeger|vroegah|keer
danger  (vuurwapen|pistool|wapen|gun|firearm|weapon|mes|knife|machete) ...8 ...4 (gaat gebruiken|gaan gebruiken|wil gebruiken|going to use|gonna use|will use|wants to use|is going to use)
danger  (heeft|has|had|got) (een|a) (vuurwapen|pistool|gun|firearm|echt wapen|real gun) (in|bij|on) (zijn|haar|his|her|de|the|zn|z'n|hun|their) (tas|bag|jas|jacket|broekzak|pocket|zak|rugzak|backpack|locker|kluisje|schooltas|schoolbag)
danger+other  (met|kennen|ontmoet|ontmoette|kende|leerde) ...4 (online|internet|insta|snap|snapchat|tiktok|discord|app|gamen|gaming) ...8 (wont let|won't let|will not let|laat haar niet|laat hem niet|laat me niet|doesnt know where|does not know where|weet niet waar|locked|opgesloten|heeft haar meegenomen|took her|nam haar mee|in his car|in zijn auto)
suicide  (spoor|rails|tracks|spoorlijn|spoorbaan|railway|railroad) ...8 (ik sta er|im standing|i am standing|ik zit er|sta er|im sitting) (nu|now)? (naast|next to it|ernaast|bij|by it|on it|erop|vlakbij)
suicide  (sta|zit|staan|zitten|standing|sitting|lig|liggen|lying) (nu|now)? (naast|next to|bij|op|on) (het|de|the) (spoor|rails|tracks|train tracks|spoorlijn)
suicide  (bedankt voor alles|thanks for everything|thank you for everything|thx for everything|dank voor alles) ...4 (zorg goed voor|zorg voor|take good care of|take care of|look after|pas goed op|pas op) (mijn|my|mn)
suicide+other  (bedankt voor alles|thanks for everything|thank you for everything|thx for everything|dank voor alles) ...8 ...4 (doet niet open|neemt niet op|reageert niet|not answering|doesnt answer|wont answer|not picking up|niet bereikbaar|doesnt open|wont open|opent niet)
selfharm  (stuk glas|glasscherf|scherf|scherven|mesje|mesjes|scheermesje|scheermesjes|blade|blades|razor|razors|shard|piece of glass|puntenslijper|sharpener) ...8 (verstopt|verstop|hidden|hid|hide|hiding|verborgen|bewaard|saved|stashed|gestolen|stole|gejat)
selfharm+other  (fotos|foto|pics|pictures|photos|snaps|snap|pic) (van|of) (haar|zijn|her|his|hun|their) (armen|arm|arms|pols|polsen|wrists|wrist|thighs|dijen|cuts|sneden|wondjes|snijwonden)
selfharm  (armen|arms|pols|polsen|wrist|wrists|dijen|thighs) (die|that|which)? (are|zijn|is|staan|liggen)? (open|opengesneden|opengekrast|cut open|sliced open|opengehaald)
abuse  (willen|wil|want|wants|forcing|dwingen|dwingt|force|forces|moet|must|have to|laten) ...6 (trouw|trouwen|marry|married|getrouwd) ...6 (nooit gezien|nooit heb gezien|nooit ontmoet|never met|never seen|niet ken|dont know|don't know|onbekende|stranger|veel ouder|much older|twice my age)
abuse  (willen|wil|want|wants|forcing|dwingen|dwingt|force|forces|moet|must|have to) ...3 (trouw|trouwen|marry|uithuwelijken) ...3 (in het buitenland|abroad|in de zomervakantie|in the summer holidays|this summer|deze zomer|tijdens de vakantie|back home|in het thuisland|in marokko|in turkije|in pakistan|in afghanistan|in somalie)
abuse  (willen|wil|want|wants|dwingen|dwingt|moet|moeten|forcing|force|forces|laten) (dat ik|me to|mij|me|ons|my|mijn|mn) ...6 (buitenland|abroad|marokko|turkije|pakistan|afghanistan|somalie|irak|syrie|eritrea|thuisland|morocco|turkey|somalia|iraq|syria) ...2 (trouw|trouwen|marry|getrouwd|uithuwelijken|uitgehuwelijkt)
suicide  (tonight|vanavond|vannacht|2nite|tonite) (i|ik|im) (want to|wanna|wil|ga|am going to|gonna|going to) (het|it)? (try|proberen|do it|doen|attempt) (it)? (again|opnieuw|weer|nog een keer|one more time)
abuse  (duwt|duwen|drukt|smijt|gooit|pushes|slams|shoves|throws|pins|pint|slaat|hits) ...4 (me|mij) (tegen|against|into) (de|the|a|een)? (muur|wall|grond|floor|ground|kast|deur|door|radiator|locker)
abuse  (slaat|duwt|schopt|knijpt|hits|pushes|kicks|pinches|grabs|pakt|raakt|touches|slapt|bedreigt|threatens|aanraakt) ...8 (als niemand|when no one|when noone|when nobody|wanneer niemand|zodra niemand) (kijkt|is looking|looks|ziet|sees|around|in de buurt|thuis is|is home|is watching)
homeless  (zet|zetten|gooit|schopt|zette|gooide|gooien|schoppen) (me|mij|ons) ...3 (op straat|de deur uit|het huis uit|uit huis)
worry  (niks|niets|nothing) (heeft|has)? (nog|meer|more)? (zin heeft|heeft zin|heeft nog zin|nog zin heeft|meer zin heeft|matters anymore|has a point|makes sense anymore)
worry  (ik heb|i have|ive got|i got|heb) (niemand|nobody|no one|noone) (echt|really|literally|gewoon) (niemand|nobody|no one|noone)
worry  (ik heb|i have|ive got|i got|heb) (niemand|nobody|no one|noone) (meer|left|anymore) $
worry  (kan|can|kun) (dit|het|this|it)? (niet|not) (lang|long|veel|much)? (meer|longer|langer) (volhouden|hold on|keep this up|keep going|aan)
# ... and what is no crisis: a test that "was suicide", a parent who will
# "murder me" when she sees a scratch, "kill me now" over a presentation; a
# story that is over with how it is now; a relative's overdose now over; a
# thesis, a guest speaker, a book's characters; a story for a writing class.
except  (toets|wiskundetoets|proefwerk|test|exam|examen|tentamen|so|pw|deadline|rooster|schedule|training|workout|week|dag|day) ...3 (was|is|wordt|will be|werd) (echt|gewoon|pure|literally|really|lowkey|actually)? (zelfmoord|suicide|zelfmoordmissie|suicide mission)
except  (going to|gonna|will|gaat|gaan|is going to) (murder|kill|vermoorden|afmaken) (me|mij) (when|if|als|wanneer|zodra) ...8 ...4 (lol|haha*|lmao|lmfao|xd|jk|grapje)
except  (kill me now|maak me nu af|shoot me now|kill me|ik wil dood) ...8 (presentation|presentatie|toets|exam|examen|homework|huiswerk|spreekbeurt|french|frans|duits|german|math|wiskunde|class|les|mondeling|oral)
except  @past_c ...8 ...8 (now|nu|since|sindsdien|inmiddels) (doing|im|i'm|gaat het|it's|its|is het|is alles|things are|everything is|ben ik|voel ik me) (way|much|veel|een stuk|stukken|heel|echt|so|really|weer|again|alweer|allemaal)? (fine|better|beter|good|goed|well|great|prima)
except  @past_c ...8 ...8 (things are|its|it's|everything is|everythings|alles is|het is|het gaat) (way|much|veel|echt|heel|so|really|allemaal)? (good|fine|better|goed|beter|prima|uitgepraat|opgelost|goedgekomen) (now|nu|sindsdien|since)
except  @past_c ...8 ...8 (been|ben|zijn|was) (fine|good|goed|prima|clean) (since|sindsdien|ever since|daarna)
except  @past_c ...8 ...8 (het|alles) (is|was) (allemaal|weer)? (uitgepraat|opgelost|goedgekomen|goed gekomen|sorted|uitgesproken)
except  (vroeger|ooit|used to|years ago|jaren geleden|toen) ...8 (maar|but) (ik ben|im|i am|ive|i have|i've|ben ik) (al|already|nu|now)? @okspan? @okspan? @okspan? (gestopt|stopped|quit|clean)
except  (in de brugklas|op de basisschool|in groep|in primary school|in primary|in middle school|in year|in klas|in de onderbouw) ...8 ...8 (nu|now) (zit ik|ben ik|im|i am|i'm) (in|op|at)
except  (ziekenhuis|hospital) ...6 (overdosis|overdose|od) ...8 (gaat nu goed|gaat het nu goed|is nu weer goed|is fine now|is okay now|is ok now|doing fine|doing better|doing well|recovered|hersteld|gaat het weer goed)
except  (scriptie|thesis|dissertation|afstudeeronderzoek|enquete|survey|vragenlijst|questionnaire) ...5 (over|about|on|naar) ...3 @topic (en|and|of|or)? @topic?
except  (why|waarom|how|hoe) (they|he|she|ze|hij|zij|romeo|juliet|julia) (both|allebei|beiden)? (kill|killed|kills|pleegt|plegen|pleegden) (themselves|himself|herself|zichzelf|zelfmoord)
except  (gastspreker|guest speaker|gastspreekster|speaker|spreker|gastdocent) ...8 ...4 (trafficked|verhandeld|abused|misbruikt|groomed|geronseld|uitgebuit|exploited|loverboy|raped|verkracht|mishandeld)
except  (story|verhaal|verhaaltje|fanfic|fanfiction|script|scenario|novel|roman|writing|schrijfopdracht|schrijven) ...4 (where|waarin|waar|about|over|waarbij) (the|de|het|my|mijn|a|een)? (character|personage|hoofdpersoon|girl|boy|meisje|jongen|kid|kind) ...8 (@topic|@violent|@sleepx|runs|loopt|sleeps|slaapt|ran|liep)
danger  (een|a) (vuurwapen|pistool|gun|firearm|echt wapen|real gun) (in|bij) (zijn|haar|his|her|zn|de|the|hun|their) (tas|bag|rugzak|backpack|jas|jacket|broekzak|pocket|kluisje|locker|schooltas|schoolbag) (heeft|has|had|zit|zat|heeft zitten|droeg|carries|carried)
except  @ikall ...4 @past_c ...8 ...8 (been|ben|zijn|was) (fine|good|goed|prima|clean) (since|sindsdien|ever since|daarna)
except  (story|verhaal|verhaaltje|fanfic|fanfiction|script|scenario|novel|roman|writing|schrijfopdracht|schrijven) ...4 (where|waarin|waar|about|over|waarbij) (the|de|het|my|mijn|a|een)? (character|personage|hoofdpersoon|girl|boy|meisje|jongen|kid|kind) ...8 ...8 @rough
except  (filter|filteren|block|blokkeren|hide|verbergen|mute|muten|uitzetten|turn off|see less|minder zien|report|rapporteren|melden) ...4 (self harm|selfharm|zelfbeschadiging|suicide|zelfmoord|sh|eating disorder|eetstoornis) (content|posts|videos|filmpjes|fotos|berichten|reels|tiktoks|stuff|accounts|plaatjes|images|pics)
# ---------------------------------------------------------------- round 32: blind43 (the kinds of message issue 13 names, in new words)
danger  (komen|langskomen|komen langs|coming|come|komt|wachten|waiting|staan|wachten op) ...6 (om me te pakken|om mij te pakken|om me af te maken|om me te slaan|om me in elkaar te slaan|om me te steken|to jump me|to beat me up|to stab me|to hurt me|to kill me)
danger  (adres|address|locatie|location|huisadres) ...6 (gezet|gedeeld|gepost|gelekt|leaked|posted|shared|verspreid|gestuurd) ...8 (langskomen|komen|coming|pakken|get me|vermoorden|slaan|jump|steken)
danger  (staat|stond|standing|is standing|staan|stands) ...6 (man|vent|iemand|someone|guy|stranger|mannen|men|onbekende) (voor|bij|outside|at|onder) (mijn|my|ons|our|het|the) (raam|window|slaapkamerraam|bedroom window)
danger  (man|vent|iemand|someone|guy|stranger|onbekende) (staat|stond|is standing|keeps standing|blijft staan) ...3 (voor|bij|outside|at|onder) (mijn|my|ons|our|het|the) (raam|window|slaapkamerraam|bedroom window)
suicide  (vanavond|vannacht|tonight|morgen|straks|tomorrow) ...4 (stop ik ermee|ik stop ermee|kap ik ermee|ik kap ermee|im ending it|i end it) ...2 (definitief|voorgoed|voor altijd|for good|forever)
suicide  (stop ik ermee|ik stop ermee|kap ik ermee|ik kap ermee|stop ermee) ...6 (ik bedoel niet|en ik bedoel niet|i dont mean|i do not mean|not talking about|bedoel ik niet)
selfharm  (urge|drang|urges) (is|are|zijn|wordt|word)? (winning|wint|too strong|te sterk|getting stronger|sterker|so strong|zo sterk|overwhelming|winnen)
selfharm  (everyone|everyones|iedereen|everybody) (is)? (asleep|slaapt|sleeping|slapen) ...4 (no one|nobody|niemand|noone) (would|will|zou|zal|gaat)? (know|notice|merken|weten|zien|het merken|find out)
selfharm  (passer|compass|schaar|scissors|mesje|blade|razor|scherf|glas|puntenslijper|nagelschaar|scheermesje|sharpener) (op|tegen|against|on|in) (mijn|my|mn) (arm|armen|pols|polsen|wrist|wrists|been|benen|leg|legs|dij|dijen|thigh|thighs|huid|skin)
abuse  (terugbetalen|afbetalen|pay back|pay it back|pay off|afwerken|work it off|terug betalen|terugverdienen) (door|by) (te)? (dealen|dealing|drugs|verkopen|selling|pakketjes|seks|sex|werken voor|working for|lopen)
abuse  (schuldig|owe|owes|schuld|debt|schulden) ...8 (dealen|dealing|drugs verkopen|sell drugs|selling drugs|pakketjes rondbrengen|pakketjes wegbrengen|bolletjes|seks met|sex with)
homeless  (mag|mocht|mogen) (er)? (niet|nie) (meer) (naar binnen|thuis komen|naar huis|binnen komen|erin|in huis|thuis slapen)
homeless  (not allowed|cant come|can't come|wont let me|won't let me|will not let me|doesnt let me|doesn't let me) (back)? (in|inside|home|into the house|in the house) (anymore|any more|tonight|again)
homeless  (ruzie|fight|argument|eruit|weggestuurd|ga maar|get out|kicked out|thrown out|weggelopen|ran away|ga weg|rot op) ...8 ...8 (loop|zwerf|dwaal|walking|wandering|wander|fiets|rijd) ...3 (uren|hours|de hele avond|de hele nacht|all night|all evening|rond|around|buiten)
homeless  (vader|moeder|dad|mom|mum|father|mother|stiefvader|stepdad|ouders|parents|pa|ma) (zei|said|zegt|says|schreeuwde|yelled) (ga maar|get out|ga weg|rot op|leave|go away|oprotten|opgerot|wegwezen|donder op)
worry  (ik ben|ben) (gewoon|echt|totaal|compleet)? (op) (helemaal|echt|totaal|gewoon) (op)
worry  (ik ben) (helemaal|echt|totaal|compleet) (op|kapot|leeg|uitgeput) $
# ... and what is no crisis: a story that is over with how it is now; a
# relative trafficked years ago, told in class; a documentary; biology; a
# video for school or a question about posting one; an old photo; a camp.
except  @past_c ...8 ...8 (im|i'm|i am|we are|were|ik ben|het gaat|gaat het|it's|its) (doing)? (so|way|much|a lot|veel|een stuk|echt|heel)? (much|way|lot)? (better|beter|fine|good|goed|well|great) (now|nu|nowadays|tegenwoordig|these days)
except  (@hitnl|@hit_en|misbruikte|abused|mishandelde) ...3 (vroeger|back then|toen|years ago|jaren geleden) (maar|but) (hij|zij|ze|he|she|they) (woont|woon|wonen|lives|live|is|zit|zitten) ...4 (niet meer|no longer|not anymore|nooit meer|uit beeld|in de gevangenis|in prison|weg|gone)
except  @past_c ...8 (nu|now) (al|already)? @okspan @okspan? (niet meer|not anymore|no more|nooit meer|never again)
except  (used to|vroeger|once|ooit) (think|thought|feel|felt|believe|dacht|voelde|geloofde) ...6 (funny how|grappig hoe|but now|maar nu|now i|nu ben|nu heb|now im)
except  (her|his|zijn|haar|their|hun) (cousin|nicht|neef|sister|zus|brother|broer|friend|vriendin|vriend|aunt|tante|mother|moeder|mom|mum) ...2 (was|werd|got) (trafficked|verhandeld|abused|misbruikt|kidnapped|ontvoerd|groomed|forced to marry|married off|uitgehuwelijkt|gedwongen te trouwen) (years ago|jaren geleden|long ago|lang geleden|as a kid|als kind|when she was|toen ze|when he was|toen hij)
except  @frame (over|about) (kinderen|jongeren|kids|children|teens|tieners|meisjes|jongens|girls|boys|mensen|people|vrouwen|women) (die|that|who|which) ...8 (verkopen|dealen|sell|selling|werken|work|misbruikt|abused|geslagen|beaten|verhandeld|trafficked|gedwongen|forced|vervoeren|smokkelen|op straat|on the street|wonen|live)
except  (we learned|we leerden|we hebben geleerd|we kregen uitleg|learned about|leerden over|the teacher said|de docent zei|de leraar zei|de juf zei|de meester zei|teacher explained|docent legde uit) ...8 ...4 (overdose|overdosis|od|@topic|@violent)
except  (hoe|how|how do|how can|kan ik|mag ik|can i) ...3 (zet|post|upload|deel|share|plaats|zetten|posten|uploaden) (ik)? (een|a|my|mijn|mn) (filmpje|video|vlog|tiktok|reel|clip|foto|fotos|photo|photos|pic|pics|post|story)
except  (ik heb|i made|i have made|we made|wij hebben|we hebben|ive made|i've made) (een|a|an) (filmpje|video|vlog|tiktok|reel|clip|fotoserie|poster|documentaire|film|podcast) (gemaakt|made|opgenomen|recorded) (voor|for|over|about)
except  (verwijder|verwijderen|delete|remove|wissen|weghalen) (ik)? (een|de|die|that|a|an|the|mijn|my)? (oude|old)? (foto|fotos|photo|photos|pic|pics|post|posts|video|filmpje|account) (van|of) (mezelf|myself)
except  (kamp|schoolkamp|kamperen|camping|survival|scouting|festival|bivak|kampweek|werkweek|schoolreis) ...8 (@sleepx|nachten|nights) ...3 (buiten|outside|outdoors)
except  @sleepx ...3 (buiten|outside|outdoors) (in|onder) (tent|tenten|tents|een tent|a tent|hangmat|hammock|de sterren|the stars)
except  (slikt|slik|neemt|gebruikt|takes|uses|using|gebruik) @meds ...8 (verslavend|addictive|bijwerkingen|side effects|veilig|safe|schadelijk|harmful|normaal|normal)
# ---------------------------------------------------------------- round 33: blind42 (a mix of writers in the evening and at night)
danger  (burn|set fire|in brand|steken|fik|stab|shoot|schieten|beat me up|in elkaar slaan|hurt|pijn doen|come after|komen halen|pakken) ...6 (if|als|unless|tenzij) (i|ik) (dont|don't|do not|niet|geen|weiger|refuse) ...3 (deliver|bezorg|breng|package|pakketje|money|geld|betaal|pay|sell|verkoop|terugbetaal)
danger  (will|gonna|gaan|if|als|threaten|threatens|dreigen|dreigt|bedreigen|bedreigt) ...8 (know where i live|weten waar ik woon|weet waar ik woon|knows where i live)
suicide+other  (laatste dag|last day|final day|laatste keer|last time|goodbye|afscheid|vaarwel) ...8 ...4 (reageert niet|not answering|neemt niet op|doesnt answer|isnt answering|reageert nergens op|niet bereikbaar|offline)
suicide+other  (note|briefje|brief|letter|message|bericht|afscheidsbrief) ...8 (wont come back|won't come back|will not come back|komt niet meer terug|niet meer terugkomt|not coming back|never coming back|nooit meer terug|niet meer terug komt)
suicide  (bye|doei|vaarwel|goodbye|dag) ...3 (jullie waren|you were|you guys were|jij was) (altijd|always) (lief|nice|kind|aardig|goed|good|there)
suicide  (trein|train|spoor|pillen|pills|springen|jump|ophangen|hang|flat|dak|brug|bridge|overdosis|overdose) ...8 ...4 (of het snel gaat|if it is quick|if its quick|if it's quick|if it hurts|of het pijn doet|pijnloos|painless)
selfharm  (glas|scherf|mesje|blade|razor|shard|glass|mes|knife|scherven) ...8 (in mijn hand|in my hand|in mn hand|vast|holding) ...6 (trillen|tril|shaking|trembling|shake|trilt)
selfharm  (broke|brak|kapot gemaakt|smashed|gebroken|kapotgeslagen|kapot geslagen) (the|de|het|a|een|my|mijn)? (mirror|spiegel|glass|glas|raam|window|fles|bottle|lamp|cd|puntenslijper|sharpener) ...6 (so i can use|zodat ik|om te gebruiken|to use|a piece|een stuk|scherf|shard)
selfharm  (blade|razor|mesje|scheermesje|mesjes|blades) ...4 (next to me|naast me|naast mij|in my hand|in mn hand|in mijn hand|ligt klaar|ready)
selfharm  ^ (moet|must|need to|have to|ik moet|i need to|i have to|gotta) (het)? (snijden|cutten|krassen|cut)
worry  (alles|everything) (is) (te veel|teveel|too much) ...3 (help)
abuse+sexual+other  (spelletjes|games|spelletje|game) (met|with) (haar|hem|me|mij|her|him) (doet|speelt|plays|does) ...4 (niet fijn|niet leuk|doesnt like|dont like|don't like|geheim|secret|pijn)
abuse+sexual  (geheime|secret|geheim) (spelletjes|games|spelletje|game)
abuse+sexual  (online|insta|snap|snapchat|tiktok|discord|app|internet|game|gamen) ...4 (is) <18+> ...8 ...8 (im|i'm|i am|ik ben) (10|11|12|13|14|15)
abuse  (oudere|older|man|jongen|guy|vent|begeleider|leider|stiefvader|stepdad|oom|uncle|coach|trainer|neef|cousin) ...4 (dwingt|dwong|forces|forced|makes|made) (me|mij)? (dingen|things|stuff) (te doen|to do|doen|do)
homeless  (hem|haar|me|mij|ons|him|her) (niet|nie) (meer)? (binnenlaat|binnenlaten|binnen laat|binnen laten|erin laat|erin laten)
homeless  (wont|won't|will not|doesnt|doesn't|does not) (let) (me|him|her|us) (back in|inside|in the house|into the house|come home|home)
homeless  (waar) (kan|moet|kunnen|moeten) ...3 (vannacht) (heen|slapen|naartoe|blijven)
worry  (het|t|dit|alles) (heeft|had) (toch|echt|gewoon|ook)? (allemaal|echt|gewoon)? (geen) (zin)
worry  (nothing|it|things|life|niks|niets|het) (is|will|wordt|gaat)? (ever|nooit|never|nog)? (going to|gonna|gaat)? (get|getting|become|worden)? (better|beter) (for me|voor mij|voor me)
worry  (voel|voelt) (ik|k) (me|mij|mn) (zo|echt|heel|super|gewoon|helemaal)? (leeg|hopeloos|waardeloos|nutteloos|niks waard)
worry  (ik voel me|voel ik me|i feel|i feel so|ik voel mij|im so|i'm so) (zo|so|heel|echt|really|super)? (alleen|alone|lonely|eenzaam) ...4 (ook als|even when|zelfs als|even with|ook met|ook tussen|even around|even in)
worry  (komt|kom|komen) (bijna|nauwelijks|amper|haast)? (niet|nauwelijks|amper) (meer) (uit) (bed|haar bed|zijn bed|mijn bed|mn bed)
worry  (cant|can't|barely|hardly|doesnt|doesn't|cannot) (get|gets|getting) (out of) (bed) (anymore|for days|in days|any more)
# ... and what is no crisis: thinking one was dying in a panic attack; 112
# called for a friend and all went well; a life without medication; helping
# homeless people; a question about posting pictures.
except  (dacht|dachten|thought) ...8 ...4 (maar|but) ...8 (het gaat|gaat het|im|i'm|i am|ik ben|ik voel me|voel ik me) (nu)? (veel|way|much|een stuk|stukken|echt)? (beter|better|goed|good|fine)
except  (thought|dacht|felt like|voelde alsof|voelde of|voelde het alsof) (i|ik) (was|ging) (dying|dood|doodgaan|going to die|about to die|doodging|dood ging)
except  (112|de ambulance|ambulance|politie|police|an ambulance) (gebeld|called|belde|gebeld voor|had to call) ...8 ...8 (goed afgelopen|goedgekomen|goed gekomen|turned out fine|was fine|is fine|alles is goed|all good|went well|ended well)
except  (zonder|without|geen|stopped|gestopt met|af van) (medicatie|medicijnen|meds|medication|pillen|pills|antidepressiva|antidepressants)
except  (do something|iets doen|help|helpen|volunteer|doneren|donate|inzamelen|collect|geld ophalen|raise money|vrijwilligerswerk) ...3 (for|voor) (the)? (homeless|daklozen)
except  (is it ok|is it okay|mag ik|can i|may i|is het ok|is het goed|is het oke|mag je|can you|should i|moet ik) (to)? (post|posten|share|delen|upload|uploaden|plaatsen|zetten) ...3 @pics
except  (we learned|we leerden|we hebben geleerd|we kregen uitleg|learned about|leerden over|the teacher said|de docent zei|de leraar zei|de juf zei|de meester zei|teacher explained|docent legde uit) ...8 ...4 (overdose|overdosis|od) (on|van|met|of|aan) @meds
except  (zonder dat|without) ...4 (het|it)? (ziet|zien|sees|see|weet|knows|merkt|finds out)
except  (mogen|mag|kunnen|kun|can|could|may) (jullie|je|u|you) (het|it|dit|this|deze|die) (delen|share|posten|post|doorsturen|plaatsen|verspreiden)
# Rounds 31-33, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger  (zei|zegt|gezegd|said|says|dreigt|threatens|schreeuwt|yells|screams|riep|roept) ...3 (ons|us|iedereen|everyone) (allemaal|all)? (gaat|will|gonna|te|going to)? (vermoorden|kill|doodmaken|afmaken)
danger  (with|met) (a|an|een|de|the|his|zijn)? @knife ...6 (stab|steken|neersteken|shoot|schieten|kill|vermoorden|slaan|beat up)
danger  (outside|buiten|voor de deur|at the door|voor ons huis|voor mijn huis|outside my house|outside our house) (with|met) (a|an|een)? @knife
danger  (he'll|he will|hij gaat|ze gaan|they'll|they will|zegt dat hij|said he'll|says he'll|said he will|says he will|gonna) (follow|volgen|achtervolgen) (me|mij)
abuse+sexual  (keeps|blijft|keep|kept|bleef) (touching|grabbing|aanraken|betasten|aan me zitten|zitten aan|feeling) (me|mij)
abuse+sexual  (keeps|blijft|keep|kept|bleef) (touching|grabbing|aanraken|betasten|zitten aan|feeling up) (my|mijn|mn) (leg|legs|been|benen|bum|butt|ass|kont|billen|borsten|breasts|boobs|chest|thigh|thighs|dij|dijen|body|lichaam|crotch|kruis)
danger  (he'll|he will|hij gaat|they'll|she'll|gonna|will|zal) (break|breken) (my|mijn|mn) (arm|arms|leg|legs|ribs|bones|botten|been|benen|fingers|vingers|kaak|jaw|nose|neus)
danger  (locked myself|sloot mezelf op|heb me opgesloten|lock myself|ik zit opgesloten|opgesloten in) ...8 (guy|man|he|hij|someone|iemand|jongen|vent|they|ze) ...4 (open|openen|break|knocking|bonkt|bonken|banging|get in|binnenkomen|wait for me|wacht op me|waiting for me)
danger  (laat|laten|wil|lieten|liet) (me|mij|haar|hem|ons) (er)? (niet|nie) (uitstappen|eruit|uit laten)
danger  (laat|laten|wil|lieten|liet) (me|mij|haar|hem|ons) (er) (niet|nie) (uit)
danger  (hamer|hammer|knuppel|honkbalknuppel|baseball bat|bat|bijl|axe|@knife) (gepakt|gegrepen|grabbed|in zijn hand|in his hand|in haar hand) ...6 (loopt|lopen|walks|walking|gaat|komt|coming|rent|runs|staat) ...3 (naar|to|towards|richting|voor)
danger  (trapt|schopt|beukt|kicks|kicking|bashing|breekt|ramt|rammen|bonkt|slaat) (nu)? (de|the|my|mijn|mn)? (deur|door|voordeur|slaapkamerdeur) ...4 (in|down|open)
danger  (voor|outside|at|bij) (onze|ons|mijn|my|our|de|the) (deur|door|huis|house|voordeur|raam|window) (met|with) (bivakmuts|bivakmutsen|balaclava|balaclavas|maskers|masks|ski masks|messen|knives|een mes|a knife|wapens|weapons|guns)
danger  (foto|photo|pic|picture|video|filmpje) (van|of) (ons|mijn|my|our|mn) (huis|house|voordeur|front door|raam|window|deur|door|straat|street) ...4 (tot vanavond|see you tonight|tot straks|see you soon|ik weet waar|i know where|were coming|we komen|komen eraan|we know where)
danger  (pushed|duwde|threw|gooide|geduwd|gegooid|shoved) (her|him|haar|hem|mum|mom|my mum|my mom|mijn moeder|mn moeder|me|mij|mama|papa) (down|van) (the|de)? (stairs|trap)
danger  (she|he|ze|hij|mum|mom|mama|papa|my mum|my mom) (isnt|is not|isn't|wont|won't) (getting up|get up|moving|waking up|wake up)
suicide  (pier|zee|sea|strand|beach|water|havenhoofd|kade|meer|lake|river|rivier) ...8 (loop ik gewoon door|loop ik door|walk in|walk into|keep walking|blijf lopen|zwem ik door|keep swimming|zwem ik weg|ga ik erin|loop ik het water in|loop ik de zee in)
suicide  (standing|stand|sta|staan|sitting|zit|zitten) ...3 (edge|rand) (of|van) (the|het|de)? (platform|perron|roof|dak|bridge|brug|balcony|balkon|flat|cliff|klif|spoor)
suicide  (dont think|don't think|denk niet|do not think) (i'll|ill|i will|dat ik) (step back|terugstap|terug stap|stap terug|come back|get down|naar beneden kom|terugkom)
suicide  (deleted|verwijderd|delete|verwijder|gewist) (all)? (my|mijn|mn) (accounts|account|socials|insta|snap|tiktok) ...8 (gave|gegeven|weggegeven|given|blocked|geblokt|geblokkeerd|goodbye|doei|bye|klaar|done)
suicide  (account|accounts|socials|insta|snap|tiktok) (verwijderd|deleted|gewist) ...6 (iedereen|everyone|everybody|all) (geblokt|geblokkeerd|blocked)
suicide  (maakt|doet) (toch)? (niet|niks) (meer)? (uit|ertoe) (waar|wat) (ik) (straks|morgen|vanavond|later|dan) (ben|doe)
suicide  (is het zover|is the day|is de dag|is it) ...8 (kat|cat|hond|dog|konijn|rabbit|huisdier|pet|spullen|stuff) ...6 (gegeven|gave|given|weggegeven|geregeld|arranged)
suicide  (going to|gonna|ga|will|gaan|im going to|i'm going to) (end|beeindigen) (it|het|my life|mijn leven|things|everything|alles) (this|dit|tonight|vanavond|vannacht|tomorrow|morgen|when|als|zaterdag|friday|saturday|sunday|weekend|after)
suicide  (sorry voor alles|sorry for everything|sorry for all|excuses voor alles|het spijt me van alles) ...8 (goodbye|vaarwel|klaar mee|done|the end|het einde|dit is goodbye|this is goodbye)
suicide  (perron|spoor|station|platform|rails) ...8 (ga|spring|stap|jump|step) (ik)? (voor|in front of|onder|under) (de|the|a|een) (volgende|next)? (trein|train|metro|intercity|sprinter)
suicide  (wont|won't|will not|zal niet) (be)? (a|een)? (problem|probleem|burden|last) (for|voor) (anyone|iemand|anybody|niemand|you|jullie|jou) ...3 (after|na|vanaf|soon|straks|meer|anymore|longer)
suicide  (spring|springen|jump|val|fall|valt) ...4 (gaat het|is het|is it|will it|does it) (dan)? (snel|quick|fast|pijnloos|painless|meteen|instantly|direct)
suicide+ingested  (@meds|slaaptabletten|slaaptablet|tabletten|tablets) ...8 (ik heb|i have|i've|ive|heb ik) (ze|them|het|it|die|alles|all) (al|already)? (op|genomen|ingenomen|geslikt|taken|swallowed|gedaan)
suicide  (plan|plannetje) (for|voor) (tonight|vanavond|vannacht) ...8 (just wanted|wilde alleen|wilde nog|say goodbye|afscheid nemen|bedankt voor alles|thanks for everything|thank you for everything|wanted to say thanks)
selfharm  (bonk|bonken|sla|slaan|bang|banging|beuk|hit|hitting|bonkt) ...8 (hoofd|head|vuist|fist|fists|vuisten) ...2 (tegen|against|op|into) (de|the|a|een)? (muur|wall|deur|door|grond|floor|kast|tafel)
selfharm+other  (bloody|bloederige|bebloede|bloedende|bloedige) (tissues|tissue|towels|towel|handdoek|handdoeken|zakdoekjes|sheets|lakens|sleeves|mouwen|doekjes|toiletpapier|pleisters|bandages)
selfharm+other  (locked|opgesloten|sloot) (herself|himself|zichzelf) (in|op) (the|de|het)? (bathroom|badkamer|toilet|wc|room|kamer) ...8 ...4 (wont open|doet niet open|not answering|reageert niet|bloed|blood|pills|pillen|mesje|blade|razor)
abuse  (mag|mocht) (van) (mn|mijn|m'n) (vriend|vriendje|partner|man|vriendin|ex) (niet|nooit|niemand) ...2 (naar school|naar buiten|naar mijn vriendinnen|naar mn vriendinnen|zien|afspreken|werken|de deur uit|uit huis|spreken)
abuse  (vriend|vriendje|boyfriend|bf|partner|husband|ex|man) ...6 (houdt|pakt|pakte|neemt|nam|keeps|takes|took|afgepakt|controls|controleert) (mijn|mn|my) (pasje|bankpas|geld|money|bank card|bankcard|paspoort|passport|id|salaris|salary|uitkering)
abuse  (lose|verlies|kwijt|verliezen|raak) (my|mijn|mn)? (job|baan|werk|contract|plek|spot) (if|als) (i|ik) (complain|tell|vertel|klaag|zeg|say|report|meld|iets zeg|say anything|tell anyone|say no|nee zeg)
abuse+sexual  (pay|betalen|terugbetalen|pay it back|afbetalen|pay it off) (it|het)? (with|met) (my|mijn|mn) (body|lichaam)
abuse  (make me|makes me|made me|force me|forces me|laten me|dwingen me|laat me) (sell|verkopen|dealen|deal|deliver|bezorgen) (stuff|spul|drugs|pakketjes|packages|wiet|weed|things|dingen)
abuse+sexual  (woke up|werd wakker|wakker werd) ...6 (dont know what happened|don't know what happened|weet niet wat er gebeurd|weet niet wat er is gebeurd|no memory|geen herinnering|cant remember|can't remember|weet niks meer|niks meer weet)
abuse  (free|gratis) (weed|wiet|drugs|coke|stuff|spul|pills|pillen|drank|alcohol) ...8 (owe|schuldig|terugbetalen|pay back|pay it back|in debt)
abuse  (vader|moeder|vriend|vriendje|dad|mom|mum|boyfriend) (slaat|schopt|hits|beats|kicks) (me|mij)? (als|if|when|wanneer|zodra|whenever) (ik|i)
abuse  (niemand|nobody|no one|anyone) (mag|may|can|meer mag)? (zien|see|spreken|meet|afspreken|talk to) (behalve|except|but) (hem|him|haar|her)
homeless  (vanavond|vannacht|tonight|2nite) ...6 (geen plek|no place|nowhere|nergens|geen slaapplek|no place to sleep|no place to stay|geen dak)
homeless  (i have|ive got|ik heb|heb) (no|geen) (thuis|place to live|woonplek|plek om te wonen|place to stay|slaapplek)
homeless  (i have|ive got|i got) (no) (home) $
homeless  (i have|ive got|ik heb|heb|i got) (no|geen) (home|thuis|huis) (anymore|meer|to go to|left|om naar toe te gaan|om naartoe te gaan)
homeless  (sleeping|slaap|sleep|slapen|slept|sliep) (on|in|op) (the|de|a|een)? (night bus|nightbus|nachtbus|night buses)
homeless  (left home|ran away|weggelopen|van huis weg|kicked out|thrown out|eruit gegooid|uit huis gezet) ...8 ...4 (getting dark|wordt donker|is dark|donker|night|nacht|cold|koud)
homeless  (kan|can|waar kan) (ik|i) (ergens|somewhere|anywhere) (terecht|slapen|stay|sleep|heen|go) (vannacht|tonight|vanavond)
homeless  (moeder|vader|ouders|mama|papa|mum|mom|dad|parents|stiefvader|pleegouders) (doet|doen|opent|openen|opens|open) (de|the)? (deur|door) (niet meer|nie meer|no longer) (open)?
homeless  (weggelopen|ran away|run away|van huis weg) ...8 (zit|zitten|sitting|sit|sta|ben|am|im) (nu|now)? ...3 @rough
# ---------------------------------------------------------------- round 34: blind44 (long messages about several things, phonetic spelling, other languages mixed in)
danger  (ik volg je|i'll follow you|ill follow you|i will follow you|i'm following you|im following you|ik ga je volgen) (naar huis|home|tot thuis|all the way)
danger  (contactverbod|straatverbod|restraining order|gebiedsverbod|locatieverbod) ...8 ...4 (achter me|behind me|volgt|follows|following|bij mijn huis|outside my|voor de deur|fluistert|whispers|staat)
danger  (guys|mannen|jongens|men|boys|man|guy|gasten) (are|zijn|is|lopen|walk|walking)? (behind me|achter me|achter mij) ...6 (closer|dichterbij|shouting|roepen|schreeuwen|volgen|following|rennen|running)
abuse  (land|thuisland|buitenland|marokko|turkije|pakistan|somalie|afghanistan|irak|abroad|home country|back home) (om te trouwen|to get married|to marry|om uitgehuwelijkt te worden|to be married off)
suicide  (ik een vergissing ben|ik ben een vergissing|im a mistake|i'm a mistake|i am a mistake|ik een fout ben|ik ben een fout) ...8 ...8 (zelf wel op|zelf op|myself|zelf|vanavond|tonight|vannacht)
suicide  (hoeveel|how many|how much) (meter|meters|verdiepingen|floors|stories) ...6 (dood|die|dead|om dood te gaan)
selfharm  (ik ga|ga ik|im going to|i'm going to|gonna|going to|i will|ik wil) (nu|now|zo|straks|vanavond|tonight)? (snijden|cutten|krassen|cut myself) $
selfharm  (ik ga|ga ik|im going to|i'm going to|gonna|going to|i will|ik wil) (weer|again|mezelf|myself) (snijden|cutten|krassen|cut)
worry  (kunnen|kan|can|kun) (me|mij) (toch)? (niet|not|never) (tegenhouden|stoppen|stop)
abuse+sexual  (stepdad|stiefvader|stiefpa|dad|vader|uncle|oom|brother|broer|buurman|neighbour|pleegvader|foster dad) ...4 (texts|sends|appt|stuurt|snapt|dms|texted|sent|appte|stuurde) (me)? ...3 (sexy|hot|lekker|geil|mooi lichaam|nice body|seksi)
abuse+sexual  (walks|comes|komt|loopt|walked|came|kwam|liep) (in|into|binnen) (the|de)? (bathroom|badkamer|douche|shower) ...4 (when|als|terwijl|while|whenever|wanneer) (i|ik) ...2 (shower|douche|undress|naked|bloot|in bad|omkleed|change)
abuse  (stepdad|stiefvader|dad|vader|uncle|oom|he|hij) ...8 (took|haalde|removed) (the|het|de|my|mijn)? (lock|slot) (off|van|eraf|from) (the|my|de|mijn)? (door|deur|bathroom|badkamer|room|kamer)
homeless  (niet meer welkom|not welcome anymore|no longer welcome|not welcome here|niet welkom meer)
homeless  (sta|staan|standing|zit|sitting|slaap|sleeping) (buiten|outside) (in de regen|in the rain|in de kou|in the cold|in de sneeuw|in the snow)
worry  (leeg|empty|hol) (van binnen|van binne|vanbinnen|inside)
worry  (zwart|donker|dark|black) (in mijn hoofd|in mn hoofd|in my head|in m'n hoofd)
# ... and what is no crisis: rather die than a family bbq; a story that is
# over and how long it has gone well; a relative shot abroad, a mourning;
# an insult in a stream's chat; nerves before a talk; a survey's question;
# "zie het niet meer zitten met" a subject; melatonin; a cooking cut; keys.
except  (rather die|liever dood|rather be dead) (than|dan) ...4 (bbq|barbecue|feest|party|verjaardag|birthday|dinner|diner|bruiloft|wedding|familiefeest|presentatie|presentation|toets|test|exam|dance|dansen|zingen|sing|concert|shopping|winkelen)
except  (sneed|kraste|krasde|probeerde|poging|tried|attempted) ...8 ...8 (nu|now) (gaat het|is het|im|i'm|ben ik|voel ik me|it's|its) (al|already)? @okspan? @okspan? @okspan? (goed|beter|fine|good|better|well|great)
except  @past_c ...8 ...8 (thats|that's|that is|dat is|its|it's|het is) (all)? (over|voorbij|done|behind me|in the past) (now|nu)
except  @past_c ...8 ...8 (het gaat|gaat het|i've been|ive been|im|i'm) (nu|now)? (al|already)? @okspan? @okspan? @okspan? (goed|beter|fine|good|better|well|great)
except  (oom|tante|neef|nicht|opa|oma|vader|broer|uncle|aunt|cousin|grandpa|grandma|father|brother|familielid|relative) (in|uit|from) * (is|was|werd|got) (doodgeschoten|vermoord|omgekomen|killed|shot|murdered|overleden|died|doodgestoken)
except  (ga jezelf|go kill yourself|kill yourself|maak jezelf|ga dood|go die|kys) ...6 (tegen|to|at) (een|a|an|another|die|that|de|the|mijn|my) (andere|other)? (kijker|viewer|speler|player|user|gebruiker|persoon|person|meisje|jongen|girl|boy|streamer|kid)
except  (zenuwachtig|nerveus|nervous|zenuwen|stress|gestrest|stressed) ...6 (flauwval|faint|flauwvallen|pass out|flauw)
except  (survey|vragenlijst|enquete|question|vraag|questionnaire) ...6 (have you ever|heb je ooit|do you ever|denk je ooit) ...4 (thought about|nagedacht over|gedacht aan|think about) (dying|death|suicide|doodgaan|zelfmoord|de dood|killing yourself)
except  (zie|zag) (het)? (niet meer|nie meer) (zitten) (met|with) (dat|die|dit|deze|het|mijn|de) (vak|toets|school|studie|opleiding|wiskunde|duits|frans|engels|huiswerk|baan|werk|stage|rijles|rijbewijs)
except  (mag ik|kan ik|can i|may i|mag je|is het goed om) @meds (neme|nemen|innemen|take|slikken|gebruiken)
except  (cut|sneed) (myself|mezelf) ...6 (while cooking|bij het koken|tijdens het koken|cooking|koken|in the kitchen|gardening|op werk)
except  (locked out|buitengesloten) ...4 (forgot|vergeten|lost|kwijt) (my|mijn|mn) (keys|key|sleutel|sleutels)
except  @frame ...5 (over|about) ...3 @topic ...3 (en|and) @topic
except  (her|his|zijn|haar|their|hun) (cousin|nicht|neef|sister|zus|brother|broer|friend|vriendin|vriend|aunt|tante) ...2 (was|werd|got|is) (forced to marry|married off|uitgehuwelijkt|gedwongen te trouwen|gedwongen getrouwd) (at|op|toen|when|als|as|met)
except  @frame ...5 (over|about|on) (drugs|alcohol|roken|smoking|vapen|vaping|blowen) (en|and|of|or) (alcohol|drugs|roken|smoking|vapen|vaping|blowen)
except  (in de regen|in the rain|in de kou|in the cold) ...4 (bus|tram|trein|train|wachten|waiting|wait|metro)
# Round 34, the lines the model alone noticed (the tuning part must be the lexicon's too)
danger  (zegt|zei|said|says|dreigt|schreeuwt|roept|threatens|yells) (dat)? (we|wij|jullie|ons) (allemaal|all) (dood gaan|doodgaan|gaan sterven|are going to die|will die|gaan eraan|dood moeten)
danger  (i'm coming to get you|im coming to get you|i am coming to get you|ik kom je halen|ik kom je pakken|we're coming for you|were coming for you|we komen je halen|we komen je pakken)
danger  (knows|weet|kent|has|heeft) (my|mijn|mn) (address|adres|location|locatie) ...8 ...4 (coming|komt|komen|come|get you|halen|pakken|outside|buiten|voor de deur|car|auto)
danger  (geld|money|schuld|betalen|pay) ...8 (maakt|maken|gaat|gaan) (hij|ze|zij)? (me|mij) (af|kapot|dood|afmaken)
danger+other  (zee|water|meer|sea|lake|river|rivier|zwembad|pool|kanaal|gracht|canal) ...8 ...4 (zie hem niet meer|zie haar niet meer|zie hem al|zie haar al|cant see him|cant see her|can't see him|can't see her|niet meer boven|not come up|didnt come up|onder water gegaan|went under)
suicide  (neem|slik|nemen|slikken|take|swallow|eat) (ik)? (die|de|een|the|a|my|mijn|al|all)? (hele|whole|complete|volle|full) (strip|strips|blister|potje|pot pillen|bottle of pills|pack of pills|doos pillen|doosje pillen)
suicide  (my plan is|mijn plan is|het plan is|the plan is) ...3 (bridge|brug|roof|dak|train|trein|spoor|tracks|pills|pillen|rope|touw|flat|water|canal|kanaal)
suicide  (insuline|insulin) ...8 (allemaal|all|alles|in een keer|at once|in one go|snel|quick)
suicide  (in een keer|all at once|tegelijk|at once|in one go) ...4 (gaat het snel|is it quick|is het snel|gaat het dan snel|is it fast)
suicide  (wil|want to|ga|wanna) (ik)? (haar|hem|ze|her|him|them|mama|papa|opa|oma) (achterna|follow)
suicide  (googling|googled|gegoogled|gezocht|searched|searching|zoek|zoeken) (naar)? (painless|pijnloze|pijnloos) (ways|way|manier|manieren|methods|method|methodes)
suicide  (painless|pijnloze|pijnloos|quickest|snelste|easiest|makkelijkste) (ways|way|manier|manieren|method|methods|methode) ...8 (found|gevonden|have everything|heb alles|everything i need|alles wat ik nodig)
selfharm  (weer|again|expres|on purpose|bewust|opnieuw) (gebrand|verbrand|burned|burnt|burning|branden)
selfharm  (gebrand|burned|verbrand|burnt) ...6 (wil nog meer|want more|kan niet stoppen|cant stop|can't stop|kan nie stoppe|kan niet stoppe)
selfharm  (krassen|snijden|cutting|cutten|branden|burning) (helpt|helps|is the only|is het enige|werkt)
abuse  (tot|until|till) (ik)? (geen lucht|no air|i cant breathe|i can't breathe|ik niet kan ademen|ik niet meer kan ademen|ik bijna flauwval|i almost pass out)
abuse  (als|if|when) (ik)? ...6 (fout|wrong|verkeerd) ...3 (krijg ik geen eten|i get no food|i don't get food|i dont get food|geen eten)
abuse  (moet ik|i have to|i must|laat me|laten me|makes me|make me) (op de gang|in de gang|in the hallway|in de schuur|in the shed|op de grond|on the floor|in de kelder|in the basement) (slapen|sleep)
abuse+sexual  (trainer|coach|leraar|teacher|begeleider|oom|uncle|stiefvader|stepdad|buurman|neighbour|mentor|docent|baas|boss|manager) ...8 ...8 (raakt hij me aan|raakt me aan|touches me|touched me|betast me|zit aan me|zit hij aan me)
abuse+sexual+other  (meeneemt|neemt|brengt|takes|brings) (haar|hem|me|her|him) ...3 (naar|to) (hotels|hotel|feestjes|huizen|appartementen|apartments|parties) ...8 (andere mannen|other men|mannen komen|men come|older men|oudere mannen)
abuse  (anders|or else|otherwise) (vertelt|zegt|tells|stuurt|sends|laat) (hij|ze|he|she) ...3 (ouders|parents|school|iedereen|everyone) (dingen|things|alles|everything|fotos|pics)
abuse+sexual  (geld|money|cash) (moet)? (verdienen|verdien|earn|make) (met|with) (mannen|men|guys|oudere mannen|klanten|clients)
abuse+sextortion  (send|stuur|sturen) ...4 (videos|video|fotos|pics|pictures|filmpjes) ...6 (or|anders) (he'll|hell|he will|ze|hij|they'll|theyll) (come|komt|komen|post|share|sends|tell|zet|stuurt)
abuse+sexual  (special|speciale|bijzondere|geheime|secret) (friendship|vriendschap|relationship|relatie|band|bond) ...6 (between us|tussen ons|our secret|ons geheim|niemand mag|no one can know|nobody can know)
homeless  (haar|hem|me|mij|ons|her|him) (op straat|de deur uit|het huis uit) (heeft|hebben|heb)? (gezet|gegooid|geschopt)
abuse+sexual  (dan|then|en) (raakt hij me aan|raakt ze me aan|he touches me|she touches me)
abuse+sexual+other  (haar|hem|me|her|him) (meeneemt|mee neemt|brengt|takes) (naar|to) (hotels|hotel|feestjes|huizen|appartementen|apartments|parties) ...8 (andere mannen|other men|mannen komen|men come|older men|oudere mannen)

# ---------------------------------------------------------------- round 35: blind45 (younger children and young people with a mild intellectual disability: simple words, what happened instead of its name)
# Calm: a threat laughed off over something lost, a scraped leg while skating, running away as a small child, a cat asleep outside, a knife in a woodwork lesson, a brother's crisps, a game's zombies.
except  (vermoord|vermoordt|vermoorden|kill|kills) (me|mij|us|ons) ...8 (kwijt|verloren|vergeten|lost|forgot)
except  open (gehaald|haal|haalde|geschaafd) ...4 (met|bij|door|tijdens) (skaten|skateboarden|voetbal|voetballen|fietsen|steppen|hockey|gym|gymmen|vallen|struikelen|rennen|klimmen|turnen)
except  (toen|when) (ik|i) <n> (was|jaar|years|was|were) ...4 (weggelopen|ran away|liep weg|wegliep|weg gelopen)
except  (toen|when) (ik|i) (klein|little|small|jong|young) (was|were) ...4 (weggelopen|ran away|liep weg|wegliep|weg gelopen)
except  (kat|poes|poesje|hond|hondje|cat|kitten|dog|puppy) ...4 (ligt|lag|slaapt|sliep|sleeps|slept|lies|lays) ...2 (buiten|outside|op straat)
except  (mes|mesje|mesjes|messen|schaar|knife|knives) ...4 (hout|houtje|papier|karton|wood|paper|cardboard|zeep|soap) ...2 (snijden|sneden|gesneden|cut|cutting|carve|carving|bewerken)
except  (techniek|handvaardigheid|knutselen|woodwork|scouting) ...8 (mes|mesje|knife|schaar) ...4 (snijden|sneden|cut|carve)
except  (wil|ga|want|gonna|wanna) (hem|haar|him|her) (slaan|hit|punch|killen|kill|vermoorden|wurgen|slaan) ...4 @laugh
except  aan (mijn|mn|me) (broek|broekspijp|mouw|jas|shirt) te (trekken|bijten|knagen)
except  op straat ...4 (te voetballen|voetballen|te spelen|spelen|te chillen|chillen|te skaten|skaten)
except  (die|dye|dyed|dying) (my|mn|her|his|your) (hair|haar)
except  (durf|durfde) (het)? (bijna|nu)? (te)? (springen|spring|jump) ...3 (op|on|in|into) (de|het|the)? (trampoline|zwembad|pool|water|matras|mat|springkussen)
except  (opstaan|op staan|wakker worden|wake up|get up) (voor|for) (school|werk|work|de les|class|het werk)
except  (weggestuurd|eruit gestuurd|eruitgestuurd|gestuurd|kicked out|sent out) (uit|bij|of|from) (de|het|the)? (les|klas|lokaal|training|gym|class|lesson)
except  (kat|poes|hond|cat|dog|konijn|kip) (zit|staat|ligt|sits|is) (buiten|outside)
except  (sta|zit|ben|stand|im) (buiten|outside) ...4 (sleutel|sleutels|key|keys|pasje) ...2 (vergeten|kwijt|forgot|lost)
except  (zus|zusje|broer|broertje|sister|brother) (trok|trekt|pulled|pulls) (aan)? (mijn|my|mn) (haar|hair)
except  (touched|touches|touch|touching) (my|me on the|me on my) (shoulder|knee|arm|back|hand|head|elbow) ...2 (to|and said|for|when|because)
except  (i|ik) (took|take|nam|neem|gebruikte|used) (my|mijn|mn) (puffer|inhaler|medicine|medicijnen|insulin|insuline|pills|pillen)
except  (doesnt|wont|dont|niet|nie) (wake|waking|wakker) (up)? (before|until|till|voor) <n>
except  (touw|strop|rope|noose) ...6 (halloween|kostuum|costume|carnaval|toneelstuk|verkleed)
except  (halloween|kostuum|costume|carnaval|toneelstuk|verkleed) ...6 (touw|strop|rope|noose)
except  (in het spel|in de game|in the game|in het level|in game|in minecraft|in fortnite|in roblox) ...8 (@knife|steken|stab|schieten|shoot|doden|kill)
# Suicide in a child's words.
suicide  (dood|doodgaan|doodga|sterven|zelfmoord) ...8 (want|omdat|maar) @ik @wil (het|t)? (doen|proberen|ook)
worry  als (je|jij|ik|i|you) (dood gaat|doodgaat|sterft|die|dood ga) ...3 (pijn|zeer|hurt|hurts)
suicide  (hoofd|stem|stemmen|stemmetje|voice|voices|head) ...3 (zegt|zeggen|zei|zecht|says|say|tells|tell) ...3 (dat)? (ik|i|me)? (dood moet|moet dood|dood moeten|moet sterven|moet doodgaan|should die|must die|have to die|need to die|to die)
suicide  how (i|to|can i|do i|i can|could i) ...2 (die|kill myself|end it|end my life) ...2 (without pain|painless|painlessly|with no pain|no pain|quick|quickly)
suicide  hoe ...3 (dood gaan|doodgaan|dood|sterven|zelfmoord plegen) ...2 (zonder pijn|pijnloos|snel)
suicide  op (de|het|een)? (brug|dak|rand|balkon|viaduct|flat) ...6 (durf|durfde) (het)? (bijna|nu)
suicide  (@ik|i) (want|wanna|wil|will|go|ga|gonna) ...2 (lie|lay|liggen|leggen) ...3 (track|tracks|spoor|rails|traintrack|treinrails)
suicide  (riem|touw|kabel|snoer|belt|rope|strop|noose) ...5 (om|rond|around) (mijn|mn|me|my) (nek|keel|neck|throat)
suicide  (slapen|inslapen|sleep) ...3 (nooit meer|nooit|never) (op staan|opstaan|wakker worden|wakker|wake up|wakkerworden)
suicide  beter ...3 (als|if|when) (ik|i) ...2 (weg|gone|er niet) ...3 (voor altijd|voorgoed|forever|meer ben)
# Self-harm in a child's words.
selfharm  (lange mouwen|long sleeves|lange mouw|vest|trui|hoodie|sleeves) ...6 (zodat|so that|so|zo|omdat) ...4 (krassen|sneetjes|wonden|littekens|snijwonden|scars|cuts|marks|wondjes) ...3 (ziet|zien|see|sees|notice)
selfharm  (use|used|using|gebruik|gebruikte) ...4 (to|om) (hurt|cut|scratch|burn) (my|mijn|mn|myself)
# Abuse told as what happens.
abuse  (niet|nie|niemand) (mag|mogen|mocht) (vertellen|zeggen|zegge|vertelle|tellen) ...3 (anders|of|want) ...4 (dood|vermoord|vermoordt|pijn|slaan|slaat|sla|doodmaken|weg)
abuse  aan (haar|mijn|mn|me|zijn|zn|der) (haren|haar) ...6 (gesleept|gesleurd|sleept|sleurt|sleepte|sleurde|meegesleurd|meegesleept)
abuse  (dragged|drags|dragging|pulled|pulls) (her|me|my mom|my mum|mom|mum|him) ...2 by (her|my|his) hair
abuse+sexual  (@vader|oom|opa|neef|broer|stiefvader|buurman|trainer|meester|leraar|coach|juf|hij) ...3 (@mijn|aan) (borsten|borst|tieten|kruis|billen|piemel|plassertje|plasser|vagina|onderbroek|broek) ...2 (aanraakt|aanraken|aangeraakt|aanzit|aanzitten|betast|voelt|aait|raakt|wrijft)
abuse+sexual  (aanraakt|aanzit|betast|aangeraakt|touches|touched) ...6 (zegt dat het mag|zegt dat het normaal is|zegt dat het ons geheim is|says its ok|says its normal|says its our secret)
abuse+sexual  (hij|zij|oom|opa|trainer|meester|leraar|buurman|coach|stiefvader|@vader) (zit|zat|zitten|komt|kwam) aan (mijn|mn|me) (broek|onderbroek|kruis|billen|borsten|piemel|plassertje|lichaam|lijf)
abuse+sexual  (zit|zat|komt|kwam) (hij|ze|zij) aan (mijn|mn|me) (broek|onderbroek|kruis|billen|borsten|piemel|plassertje|lichaam|lijf)
abuse  (give|gives|geeft|geven|gave) (me|mij|us|ons) (no|geen|nothing|niks|niets)? (food|eten|te eten) ~8 (when|als|if) ...3 (dont listen|not listen|niet luister|nie luister|stout|bad|straf|punishment)
abuse+sextortion  (zetten|zet|posten|delen|verspreiden|sturen|online) ...4 (als|tenzij) (ik|jij|je) ...3 (geen geld|niet betaal|niet betaalt|nie betaal|geen euro|niks betaal|niet geef|nie geef)
abuse+sextortion  (stuurt|sturen|verspreidt|post|zet|sends|send) ...4 (als|tenzij|if|unless) (ik|je|i) (niet|nie|geen|dont)? ...2 (meer|nog meer|nog een|nieuwe|more) (stuur|sturen|stuurt|send|fotos|foto)
abuse+sexual  (moet|moest|moeten) ...4 (mee)? naar binnen ~8 (broek|onderbroek|kleren) (uit|uitdoen|uittrekken)
abuse+sexual  (snoep|cadeautjes|cadeaus|geld|snoepjes) ~8 (broek|onderbroek|kleren) (uit|uitdoen|uittrekken)
abuse+sexual  (gedwongen|dwong|dwingt|forced|forces) ...6 (kleren|broek|onderbroek|clothes|uit te doen|uitkleden)
abuse+sexual  (gedwongen|dwong|dwingt|forced|forces) ...4 (om)? (hem|haar|him|her) (te)? (zoenen|kussen|kiss|aan te raken|touch)
abuse  (heeft|hebben) (me|mij) met (een|de|het)? ...2 (gebrand|verbrand)
abuse+sexual  (stepdad|stepfather|uncle|grandpa|stepbrother|cousin|coach|teacher|neighbour|neighbor|he) (touch|touches|touched|touching) (me|my) ~8 (night|dont tell|secret|bed|down there|wont stop|doesnt stop)
abuse+sexual  (zegt|zei|wil) ...3 (seks|sex) (moet|moeten|doen|hebben) ...3 (anders|or else|otherwise|of)
abuse+sexual  (seks|sex) ...8 gedwongen
abuse+sexual  (doet|deed|doen) (pijn|zeer) aan (mijn|mn|me) (billen|bil|kruis|piemel|plassertje|vagina|borsten|plasser)
# Danger now.
danger  (gas|gaskraan|gasfornuis) ...3 (aangezet|opengezet|opengedraaid|open gezet|aan gezet|opendraait|openzet) ~8 (dood|doodmaken|doodgaan|vermoorden|vermoordt|explodeert|ontploft)
danger  (turned|turns|left) on the gas ~8 (kill|die|dead|all of us|smell)
danger  (took|take|taken|genomen|gebruikt|geslikt|ingenomen) (something|iets|wat|drugs|xtc|molly|pil|een pil|pills|pillen) ...8 (heart|hart) ...4 (fast|snel|racing|bonkt|bonst)
danger  (took|take|taken|genomen|gebruikt|geslikt|ingenomen) ...8 (cant breath|cant breathe|can not breathe|kan niet ademen|kan nie ademen|krijg geen lucht|geen adem)
danger  (pills|pillen|@meds) ...8 (dont|doesnt|wont|not|niet|nie) (wake|waking|wakker)
danger+ingested  (take|takes|took|eat|eats|ate) (many|much|all|a lot of|lots of|too many|the whole) (pills|pill|tablets|medicine|meds) ...3 (now|and now)
danger  (fire|brand|vuur) ...4 (house|huis|home|flat|kamer|room) ~8 (smoke|rook) ...3 (everywhere|overal)
danger  (water|sloot|gracht|kanaal|zee|plas|zwembad|rivier) ...3 (gevallen|gevalle|gesprongen|fell|fallen) ~8 (zie|see|vind|find|kan) ...2 (niet|nie|not|no|cant) (meer|anymore|more)?
danger+ingested  (alle|al|veel|heel|handvol|hele|teveel|zoveel) @meds ...8 (opgegeten|geslikt|ingeslikt|ingenomen|genomen|opgedronken|leeggegeten|opgemaakt)
danger  (auto|car|busje|wagen) ~8 (wil|laat) (me|mij) (niet|nie|ni|not) (laten gaan|gaan|uitstappen|eruit|los|weg|go|out)
# Nowhere to sleep in a child's words.
homeless  (sleep|slept|sleeping) (in|at|on) (the)? (bike parking|bikeparking|bicycle parking|bike shed|parking garage|bus stop|stairwell|doorway)
homeless  @ik (heb|hep|heeft) nergens (anders|meer)? (om te slapen|waar ik kan slapen|om heen te gaan|heen|naartoe|te gaan|om te gaan)
homeless  @ik (heb|hep) nergens anders $
homeless  (niet|nie) meer ...4 (slapen|logeren|blijven|wonen) ~8 nergens
homeless  (slaap|sliep) ...4 (tram|bus|trein|metro) ~8 (weet|wist) (ik)? (niet|nie|ni) waar (ik)? (heen|naartoe|moet|kan|slapen)
homeless  (weggestuurd|weg gestuurd|eruit gezet|eruitgezet|buiten gezet|buitengezet|weggejaagd) ~8 (loop|zwerf|dwaal|rondlopen|rondzwerven)
homeless  (mag|kan|kom) (er)? (niet|nie|ni) (meer)? (in|binnen|naar binnen|erin) ~8 (sta|zit|ben) (buiten|op straat)
homeless  (nu|now) (sta|zit|ben|staan) (ik|i)? (op straat|on the street) ...2 (met|with) (mijn|my|mn|al mijn|all my) (tas|tassen|spullen|koffer|bag|bags|stuff|things)
homeless  (nu|now) (sta|zit|ben|staan) (ik|i)? (op straat|on the street) $
homeless  (slaap|sliep|slapen) bij ...3 (mannen|man|jongens|gasten|men|guys) ~8 (geen huis|geen plek|nergens|no home|no place|homeless)

# ---------------------------------------------------------------- round 36: blind46 (14 to 19: love, relationships, sex and the body, and what goes wrong there)
# Calm: a date's threat laughed off, self-harm that stopped and its scars, a podcast's or film's story, a love bite, a sister's threat over a diary, a follow online.
except  (ga|gaan|will|gonna|wil|want) (hem|haar|him|her) (afmaken|vermoorden|killen|kill|murder|slaan) ...8 ...4 @laugh
except  (vroeger|used to|toen|ooit) ...3 (gekrast|gesneden|kraste|sneed|cut|gesneden|krassen|snijden) ...8 (gestopt|stopped|clean)
except  (podcast|serie|film|movie|boek|book|documentaire|documentary|series|show|aflevering|episode) ...8 (vermoordde|vermoord|killed|murdered|vermoorden|doodde|doodgeschoten|neergestoken)
except  (film|movie|serie|boek|book|series|show|aflevering|documentaire|documentary) ...6 (sliep|slaapt|slept|sleeps|woonde|leefde|lived|lives) ...4 (buiten|outside|straat|street|brug|bridge|park)
except  (hoe|how) (krijg|get) (ik|i) ...2 (snel|quick|quickly)? (weg|rid|away|off)
except  (zus|zusje|broer|broertje|sister|brother) (dreigt|threatens|threatened|dreigde) ...3 (dagboek|diary|geheim|secret|crush|te vertellen|te verklappen|voor te lezen|tell)
except  (duikplank|diving board|duiktoren|trampoline|bungee|parachute|springkussen) (springt|springen|spring|jump|jumps|jumping)
except  (vol rook|full of smoke) ...6 (rookmachine|smoke machine|shisha|waterpijp|hookah|bbq|barbecue|wierook|incense|vape|vapen|toast|pizza|kaarsen|candles|sigaretten|cigarettes|joint|blowen|wiet)
except  (sta|zit|ben|wacht|im) (buiten|outside) ...3 (te wachten|wachten|waiting) (op|for) (de|mijn|the|my)? (sleutel|sleutels|key|keys|mama|papa|moeder|vader|mom|dad|bus|tram|lift|ride)
except  (mee moet komen|meekomen|mee komen|come with them|come down) (voetballen|gamen|spelen|chillen|zwemmen|play|playing|football|basketbal|basketball)
except  (touches|touched|touching|touch) me ...6 (throwing|splashing|gooien|spetteren|water|ijs|prank)
except  (volgt|follows|following|volgde|followed) (me|mij) (op|on) (insta|instagram|tiktok|snap|snapchat|twitter|x|youtube|twitch|spotify)
except  (when|als|wanneer|if) (the|de|het|his|her|zijn|haar)? (father|dad|vader|mother|mom|moeder|dog|hond|hero|held|character|personage) (die|dies|died|sterft|stierf|doodgaat|dood gaat) ...4 (cry|crying|huil|huilen|cried)
except  (keeps saying|zegt steeds|says|zegt) ...2 (im|ik ben|i am|shes|she's|hes|he's|ze is|hij is) (dead|dood) (inside|van binnen|vanbinnen) ...6 (but|maar) ...4 (eating|laughing|lachen|lacht|eet|fine|prima|ok|dramatic|dramatisch)
# Suicide in a relationship's words.
suicide  (zwanger|pregnant|dood|leven|zelfmoord|kill|kills) ...8 ...4 (doe|do) (ik|i) (het|t|it) (liever|rather) (zelf|myself)
suicide  @meds ...8 (denk|think|thinking|overweeg|wil|want) ...6 (allemaal|alle|all) ...2 (nemen|slikken|innemen|take|swallow|te nemen|in te nemen)
suicide  (denk|think|thinking|overweeg|wil|want) ...6 (al mijn|all my|alle|al die|all the|all those) @meds ...2 (nemen|slikken|innemen|take|swallow|te nemen|in te nemen)
suicide  (standing|stand|sta|staan|climbed|geklommen|klim) (at|on|by|bij|op|aan|in) (the|het|de|een|a)? (window|raam|edge|rand|vensterbank|ledge) ...4 <4+>
worry  (al een week|al dagen|al weken|elke dag|every day|for days|for a week|for weeks) ...4 (bedenken|nadenken|denken|thinking|plannen|planning) ...2 (hoe|how) (ik|i) (het|t|it) (ga|zal|will|gonna)? (doen|do) (sinds|since|want|omdat|because|nu|now|vanavond|tonight|vannacht)
worry  (al een week|al dagen|al weken|elke dag|every day|for days|for a week|for weeks) ...4 (bedenken|nadenken|denken|thinking|plannen|planning) ...2 (hoe|how) (ik|i) (het|t|it) (ga|zal|will|gonna)? (doen|do) $
suicide  (denk|think) (ik|i)? (elke dag|every day|de hele tijd|all the time|steeds|constant|constantly) (aan|about) (doodgaan|dood|sterven|dying|zelfmoord|suicide|death|dood gaan)
suicide  (springt|springen|spring|jump|jumps|jumping|val|valt) ...8 (weten|know) (voor|for) (vanavond|vannacht|straks|tonight|later|morgen|tomorrow)
suicide  afscheid (genomen|nemen|neem|genomen) ~8 (meen het|meen ik|i mean it|geen grap|not a joke|niet als grap)
suicide  afscheid ...8 ...8 (maar|but) (ik|i) (meen|mean) (het|it)
# Self-harm and eating.
selfharm  (eet|at|eat|ate|gegeten) (al|already|now)? * (dagen|days|dag|week|weken|weeks) (niks|niets|nothing|niet) ...6 (dik|fat|mooi|dun|skinny|afvallen|lelijk|ugly|verdien|deserve|straf|punish|zwaar|weight)
selfharm  (kots|kotste|kotsen|overgeven|throw up|puke|braak) ...6 (expres|on purpose|opzettelijk|om af te vallen|to lose weight)
selfharm  (kots|kotste|kotsen|overgeven|throw up|puke|braak) ...6 (zodat|so that|so) ...6 (dun|mooi|skinny|thin|pretty|dik|fat|afval|afvallen|gewicht|weight|lelijk|ugly)
selfharm  (cut|cutting|snijden|krassen|kras|snij) ...8 (now|nu|still|nog steeds) (i|ik) (do|doe) (it|het|t)
selfharm  (trek|krab|peuter|pulk|pick|scratch|trekken) ...3 (korstjes|korst|korsten|wondjes|wond|scabs|scab) ...2 (open|eraf|off) ~6 (zodat|so that|expres|on purpose|litteken|scar|pijn|pain)
# Sexual abuse and coercion in a relationship.
abuse+sexual  (werd|woke) (wakker|up) ...4 (kamer|huis|bed|room|house|place) (die|dat|that|i) ...2 (niet|nie|didnt|dont) (kende|ken|know|knew|recognise)
abuse+sexual  (smaakte|tasted) (raar|vreemd|weird|strange|funny|off) ...8 (werd|woke|wakker|weet niks meer|remember nothing|blackout|black out)
abuse+sexual  (fotos|foto|filmpje|video|pics|videos|gefilmd|filmed) ...6 (terwijl|toen|while|when) (ik|i) (was)? (dronken|drunk|out|wasted|high|bewusteloos|passed out)
abuse+sexual  (fotos|foto|filmpje|video|pics|videos|gefilmd|filmed) ...6 (sliep|slept|sleeping|asleep) ...3 (na de seks|after sex|na seks|naakt|naked)
abuse+sexual  (gedaan|did it|slept with|seks|sex) ...8 (anders|or else|otherwise) ...2 (vertelt|tells|stuurt|sends|zegt) ...3 (iedereen|everyone|ouders|parents)
abuse  (he|hij|boyfriend|vriend|vriendje|bf) (pulled|pulls|pulling|trok|trekt|grabbed|greep) ...3 (hair|haar|haren|throat|keel|neck|nek) ~8 (smashed|smashes|kapot|hit|slaat|sloeg|geslagen|again|weer|third|derde|elke|every|pijn|hurt)
abuse+sexual  (deden|doen|did|do) (dingen|things|stuff) (met|with|to|bij) (me|mij)
abuse  (me|mij) (in|op|tegen) (mijn|mn) (gezicht|hoofd|buik|rug|kop|oog|mond) (geslagen|gestompt|geschopt|getrapt|gemept)
abuse  (me|mij|ons) (vastgebonden|vast gebonden|vastgemaakt|vastgeketend)
abuse  (tied|ties|tying) (me|us) (up|to)
abuse+sexual  (naar zijn huis|naar zijn kamer|to his house|to his place|to his room) ...4 (terug te betalen|terugbetalen|pay it back|pay him back|om te betalen)
abuse+sexual  (wil|wants) (hij|he)? (het|it) (elke|every|iedere) (week|dag|day|weekend) ...3 (anders|or else|otherwise)
abuse+sexual  (huis|kamer|appartement|flat|house|room) met (mannen|men|jongens|guys) (die|that|who) (ik|i) (niet|nie|dont|don't) (ken|know)
abuse+sexual  (laat|laten|makes|made|liet) (me|mij) (met|with) ...3 (vrienden|mannen|friends|men|jongens|guys) (slapen|sleep|seks|naar bed)
abuse+sextortion  (video|filmpje|fotos|foto|nudes|pics) ...6 (dreigt|dreigde|threatens|threatened) ...4 (online|posten|verspreiden|sturen|post|share|leak)
abuse+sextortion  (als|if) (ik|i) (het)? (uitmaak|uit maak|break up|leave him|stop) ...6 (nudes|fotos|foto|pics|video|filmpje) ...4 (stuurt|sturen|post|share|sends|verspreidt)
abuse+sexual  (touches|touched|touching|touch) me ~8 (shower|showering|bathroom|badkamer|douche|a game|een spelletje|our secret|ons geheim)
abuse+sexual  (slaap|sleep|woon|stay|logeer) ...8 (wil|wants) ...3 (iets|something|seks|sex) (voor|in)? (terug|return)
# Danger from a partner or an ex.
danger  (kamer|huis|gang|flat|room|house) (staat|is|zit) (vol|full of) (rook|smoke)
danger  (in brand|in de fik) (gestoken|gezet) ~8 (kamer|huis|rook|smoke|ruzie|fight)
danger  (ex|hij|man|jongen|he|guy|mannen|jongens) (volgt|achtervolgt|follows|is following|chases|is chasing) (me|mij) ...6 (running|rennen|ren|run|help|bang|scared)
danger  (benzine|gasoline|petrol|spiritus|aanmaakvloeistof) ...8 (gegooid|gegoten|poured|threw|over)
danger  (in brand steekt|in brand steken|in de fik steekt|burn the house|set the house on fire|set fire) ...6 (als|if|unless|tenzij)
danger  (jongens|mannen|guys|men|gasten|ze) ...3 (staan|wachten|stand|wait|are) ...2 (beneden|buiten|outside|downstairs|voor de deur|bij mijn flat|bij mijn huis|bij de deur) ~8 (mee moet|meekomen|mee komen|come with|come down|naar beneden komen)
danger  if (he|she) (cant|can't|cannot) have me (nobody|no one|niemand) (can|kan)
danger  als (hij|zij|ze) (mij|me) (niet|nie) (kan|mag) (hebben|krijgen) ...2 (niemand|dan niemand)
# Nowhere to sleep after a relationship.
homeless  (anders|or else|otherwise) (moet|must|have to) (ik|i) (de straat op|op straat|on the street|eruit) $
homeless  (wil|wants) ...8 (anders|or else|otherwise) (moet|must|have to) (ik|i) (de straat op|op straat|on the street|eruit)
homeless  (kicked out|thrown out|kicked me out|threw me out|eruit gegooid|eruit gezet|eruitgegooid|eruitgezet|buitengezet|buiten gezet) ~8 (park|street|straat|outside|buiten|bench|bankje|station|cold|koud)
homeless  (sloten|slot) (vervangen|veranderd|changed|replaced) ...8 ...4 (sta|zit|ben|im|stand) (buiten|outside|op straat)
homeless  (kicked out|thrown out|kicked me out|threw me out|eruit gegooid|eruit gezet|eruitgegooid|eruitgezet|buitengezet|buiten gezet) ...8 ...2 (sitting|zit|sleeping|slaap|sit|staying|sta|standing) ...3 (park|street|straat|outside|buiten|bench|bankje|station)

# ---------------------------------------------------------------- round 37: blind47 (12 to 20 at a sports, dance or music club: coaches, hazing, making weight, the team)
# Calm: a match to win, a trainer's sprints, an injury that healed, a knockout on video, a shin guard, oranges at half time, a night game at camp.
except  (ga|gaan|gonna) (ze|hen|them|dat team|die gasten) (afmaken|kapotmaken|vernietigen|destroy|kill|slopen) ...6 (zaterdag|zondag|morgen|wedstrijd|match|game|team|finale|toernooi|schijn)
except  (vermoordt|vermoorden|kills|killing|sloopt|slopen) (ons|us|me|mij) ...3 (met|with) (die|de|the|those|these)? (sprintjes|sprints|training|trainingen|oefeningen|drills|conditie|rondjes|laps|squats|burpees)
except  (brak|gebroken|broke|broken) (ik|i)? (mijn|my|mn) (pols|arm|been|enkel|wrist|ankle|leg|neus|nose|vinger|finger|sleutelbeen) (bij|during|tijdens|in) (een|a|de|the)? (sliding|wedstrijd|training|match|game|val|fall|duel|tackle)
except  (fighter|boxer|bokser|vechter|player|speler|ufc|mma|kickbokser) ...3 (knocked out|knockout|ko|getting hit|gets hit|neergeslagen|knocked)
except  (scheenbeschermer|scheenbeschermers|shin guard|shin guards|schoenen|nieuwe schoenen|blaar|blaren|blister|blisters) ...8 (ligt open|open|kapot|schuurt)
except  (sinaasappel|sinaasappels|partjes|oranges|orange|appels|banaan|meloen|watermeloen|citroen|limoen) ...4 (gesneden|snijden|sneed|cut|cutting)
except  (mes|knife) ...8 (sinaasappel|sinaasappels|oranges|partjes|fruit)
except  (boos|kwaad|angry|mad|pissed) (omdat|because|want|dat) ...6 (@knife)
except  (camp|summer camp|zomerkamp|kamp|capture the flag|levend stratego|vlaggenroof|dropping) ...6 (outside|night|woods|buiten|nacht|bos)
except  <2+> (days|dagen) ...8 (ramadan|fast|fasting|vasten|vastenmaand)
except  (in brand|on fire) ...3 (in de film|in the movie|in de serie|in het spel|in the game|in de game)
except  (touw|rope) ...8 (boomhut|treehouse|schommel|swing|hut|knopen|klimmen|climb|climbing)
except  (deur|door) (op slot|locked) ...8 (bevrijden|bevrijd|gelukkig|luckily|let me out|liet me eruit|opengedaan|per ongeluk|by accident|accidentally)
except  @wil @niet @meer (naar|met|op|bij) (de|het|mijn|mn)? (turnen|voetbal|school|training|trainingen|les|lessen|dansen|dansles|club|hockey|zwemmen|zwemles|judo|muziekles|gym|balletles|ballet|repetitie|oma|opa)
# Making weight, eating and the body.
selfharm  (knie|enkel|arm|been|pols|hand|vinger|voet|hoofd|knee|ankle|wrist|leg) ...3 (expres|on purpose|opzettelijk) ...3 (kapot|gebroken|broke|hurt|pijn|geblesseerd|injured)
selfharm  (expres|on purpose|opzettelijk) ...4 (knie|enkel|arm|been|pols|hand|vinger|voet|knee|ankle|wrist|leg) ...3 (kapot|gebroken|broke|hurt|pijn|geblesseerd|injured)
selfharm  (expres|on purpose|opzettelijk|bewust) ...8 (zodat|so that) (het|it) (niet|nie|never|not) (geneest|heals|heal|beter wordt|gets better)
selfharm  <2+> (dagen|days) (zonder|without|no) (eten|food) ~8 (duizelig|dizzy|flauw|faint|stoppen|stop|sterretjes|stars|hartkloppingen|palpitations|trillen|shaking)
selfharm  <2+> (days|dagen) (no|zonder|geen|without) (food|eten) (no|zonder|geen|and|en)? (no|zonder|geen)? (water|drinken)
selfharm  (kots|kotste|kotsen|overgeven|throw up|puke|braak) ...6 (zodat|so that|so|to|om) ...6 (gewichtsklasse|klasse|weight class|weigh|weighin|gewicht|weight)
selfharm  (kots|kotste|kotsen|overgeven|throw up|puke|braak) ~8 (bloed|blood)
selfharm  (laxeermiddel|laxeermiddelen|laxeerpillen|laxatives|laxative|plaspillen|diuretics|afslankpillen|fatburners|fatburner|burners) ~8 (veel|lots|elke|every|afvallen|lose|cut|droppen)
selfharm  (making|make|made|laat|dwing) (myself|mezelf) (throw up|puke|vomit|overgeven|kotsen)
selfharm  (eet|at|eat|eating) ...4 (bijna niks|bijna niets|niks|niets|nothing|hardly anything) ...4 (om|to|zodat|so) ...6 (passen|fit|gewicht|weight|afvallen|lose|dun|thin|skinny)
selfharm  (mezelf|myself) (bont en blauw|blauw|black and blue) (sla|slaan|geslagen|hit|beat|beaten)
selfharm  (sla|slaan|hit|beat|punch|stomp) (mezelf|myself) (bont en blauw|blauw|black and blue)
selfharm  (nagels|nails) (in|into) (mijn|my|mn) (armen|arm|huid|skin|benen|handen) ...6 (bloed|bloedde|bleed|bled|bloedt|bleeding)
# Suicide around a match, a tournament, a concert.
suicide  wil (ik)? (alleen|gewoon)? (nog)? (maar)? dood
suicide  (verdwijnen|verdwijn|disappear|vanish) ...3 (voorgoed|voor altijd|forever|for good)
suicide  @ik @wil @niet @meer ...8 ...8 (sta|zit|ben) (nu)? (bij|aan|op) (het|de)? (water|waterkant|kade|brug|spoor|rand|dak)
suicide  (brug|spoor|dak|water|rand|bridge|tracks|roof) ~8 (twijfel niet meer|twijfel ik niet meer|twijfel nie meer|no longer doubt)
suicide+other  (sorry voor alles|sorry for everything) ...6 (zorg goed voor|take care of|pas goed op) (mijn|my) (hond|kat|dog|cat|broertje|zusje|mama|moeder|mom|mum|konijn|hamster)
suicide  (going to|gonna|will|ga|gaan) (take|nemen|slikken|innemen) (them|ze) (all|allemaal)
suicide+other  (met een|with a) (touw|strop|rope|riem) ...6 (bosjes|bos|woods|forest|weg|away|gelopen|walked)
# Abuse at the club.
abuse+sexual  (coach|trainer|leider|begeleider|teamleider|oom|stiefvader|stepdad|uncle|man) ...8 ...4 (kwam|komt|kruipt|kroop|came|comes|lag|lay) ...2 (in|into|bij) (mijn|my|mn) bed
abuse+sexual+other  (stuurt|stuurde|sends|sent) ...3 (fotos|foto|pics|pictures) (van zichzelf|of himself|of herself) ...3 (onderbroek|ondergoed|underwear|naakt|naked|bloot)
abuse+sexual  (trainer|coach|hij|he|man|leraar|teacher) ...6 (in|in ons|in mijn|in our|in my) (ondergoed|onderbroek|underwear|bikini) ...8 (filmt|filmen|gefilmd|films|filmed|fotos|pics)
abuse+sexual  (met hem|with him) (moet|must|have to) (zoenen|kussen|kiss|sleep|slapen) ...2 (anders|or else|otherwise|or)
abuse+sexual+other  (meisje|jongen|kind|girl|boy|kid) ...6 (op schoot|op zijn schoot|on his lap|onto his lap) ...2 (trok|trekt|zette|pulled|sat|put)
abuse+sexual  (alone|alleen) ...8 (locks|locked) (the|de)? ...2 (door|deur)
abuse+sexual  (alleen|alone) ...8 deur ...2 (op slot)
abuse  (forcen|forceren|dwingen|dwingt|dwongen|forced|force|forces) (me|mij) (om)? ...3 (drinken|drink|drank|alcohol|shots) ~8 (filmen|film|filmed|gefilmd|filmt)
abuse+sexual  (coach|trainer|leraar|docent|oom|man|buurman|teacher|uncle) ...8 ...8 (tegen niemand|aan niemand|to no one|to nobody) (mag|mogen|can|may|should) (zeggen|vertellen|tell|say)
abuse+sexual  (gedwongen|dwong|forced|forces) ...4 (douchen|shower|showering|in bad|bath)
abuse+sexual  (samen met hem|with him) (te)? (douchen|showeren|shower)
abuse+sexual  (slapen|sleeping|blijven|staying) ...6 (wil|wants) ...3 (iets|something|seks|sex) (voor|in)? (terug|return)
# Danger at the club.
danger+ingested  (fatburners|fatburner|burners|steroiden|steroids|pillen|pills) ...8 ...8 (chest|borstpijn|bonkt|racing|shaking|trillen|tekeer)
danger  (staat|stond|is|are) (in brand|in de fik|on fire) ~8 (nog|still) (binnen|inside|in)
danger+ingested  (steroiden|steroids|injected|injecting) ...8 ...8 (koorts|fever|heet|dik|swollen|opgezwollen|ontstoken|infected)
danger  (fell|fallen|gezakt|gevallen|zakte|zakt) (through|door) (the|het)? (ice|ijs)
danger  (dagen|days) (niks|niets|nothing|geen|no|zonder|without) (gedronken|water|drinken|drink) ...8 ...4 (staan|stand|hart|heart|flauw|faint|duizelig|dizzy)
# No place to sleep.
homeless  @ik (heb|have) (verder)? (geen|no) (plek|place|slaapplek|home|huis) $
homeless  (kicked out|thrown out|kicked me out|threw me out|eruit gegooid|eruit gezet|eruitgegooid|eruitgezet) ~8 (raining|regent|rain|bleachers|tribune|underneath|onder)

# ---------------------------------------------------------------- round 38: blind48 (13 to 19, plainly about their body and about home: self-harm, eating, abuse at home)
# Calm: a threat over nail polish, a tree and a broken arm long ago, fainting from the heat, a book's suicide, a school play's stabbing, paracetamol at fourteen, hide and seek in a cupboard.
except  (gonna|going to|will) (kill|murder) (me|us) ...6 (spilled|spilt|forgot|carpet|polish|grounded)
except  (viel|fell|gevallen) ...4 (boom|tree|fiets|bike|trap|stairs|trampoline|schommel|swing|paard|horse) ...4 (brak|broke|gebroken|broken)
except  (flauwgevallen|fainted|passed out) (door|from|because of|of) (de|the)? (hitte|heat|warmte|zon|sun|stress)
except  (boek|book|verhaal|story|film|serie|toneelstuk|play) ...6 (pleegt|plegen|pleegde|commits|committed) ...3 (zelfmoord|suicide)
except  (speel|speelt|play|plays|playing|rol|role) ...4 (iemand|someone|een man|een vrouw|een meisje|een jongen|a guy|a girl) (die|who) ...3 (wordt|word|gets|is) (neergestoken|vermoord|doodgeschoten|stabbed|killed|shot|ontvoerd)
except  (mag|mogen|can|may) (je|ik|you|i) ...6 @meds ...2 (nemen|innemen|slikken|take|gebruiken)
except  (verstoppertje|hide and seek|spelletje) ...8 (opgesloten|locked|vast|stuck)
except  (rook|smoke) (onder|under) ...6 (douche|shower|stoom|steam|badkamer|bathroom)
except  (jumping|jump) (out of my skin|for joy|up and down|in the pool|into the pool)
except  (weer|again) (gedaan|done) ...6 (bedoel ik|i mean|huiswerk|homework)
except  (laxeermiddelen|laxatives|laxeermiddel|laxative|laxeerpillen) ...6 (darmonderzoek|onderzoek|colonoscopy|dokter|doctor|arts|ziekenhuis|hospital|verstopt|constipated|verstopping)
except  (als straf|as punishment) ...6 (buiten de klas|buiten het lokaal|outside the classroom|op de gang|in the hallway)
# Suicide, plainly.
suicide  (geprobeerd|probeerde|tried) ...3 (dood te gaan|doodgaan|dood|to die|kill myself|zelfmoord) ...8 (weer|again|terug|back)
suicide  (happier|better off|beter af|blijer|gelukkiger) (if|als) (i|ik) (killed myself|was dead|died|dood was|dood ging|er niet meer was|weg was)
suicide  (if|als) ...6 (again|weer) ...4 (im jumping|i'm jumping|spring ik|ik spring|im gonna jump)
suicide  (doe het dan|do it then|doe het maar|go do it) ~8 (ik denk dat ik het doe|ik ga het doen|ik doe het|ill do it|i will do it)
suicide  (welke|which|what) (muziek|music|liedjes|songs|nummers) ...4 (mijn|my) (begrafenis|funeral|uitvaart)
suicide  (mijn|my) (begrafenis|funeral|uitvaart) ~8 (snel|soon|binnenkort|gauw)
suicide  (brief|briefje|letter|note|afscheidsbrief) (geschreven|written|wrote|gemaakt) ...8 ...4 (vannacht|vanavond|tonight) (ga doen|do it|doe)
suicide  (gegoogled|gegoogeld|googled|opgezocht|searched|looked up) ...3 hoe (je|ik|you|i) (het|it) (moet|kan|should|can)? (doen|do) ...6 (snelst|fastest|quickest|pijnloos|painless|manier|way)
# Self-harm and eating, plainly.
selfharm  (sport|train|run|ren|workout|exercise|exercising|fitness) ...6 (tot|until|till) (ik|i) (flauwval|flauw val|faint|pass out|collapse|neerval)
selfharm  (strip|doos|box|whole|hele|handvol) ...3 (laxatives|laxeermiddelen|laxeerpillen|laxeermiddel|laxative)
selfharm  (so|zodat) (nothing|niks|niets) (stays|blijft) (in|binnen|inside)
selfharm  (maar|but) (vannacht|gisteren|vandaag|net|last night|yesterday|today|just now) (heb|have|did) (ik|i)? (het|it)? (weer|again) (gedaan|done|gesneden|cut|gekrast)
selfharm  (snijden|gesneden|cut|cutting|krassen|gekrast|selfharm|clean) ...8 (weer|again) (gedaan|gesneden|cut|done|gekrast)
selfharm  (vinger|vingers|finger|fingers) (in|down) (mijn|my|mn) (keel|throat) ~8 (maaltijd|meal|eten|food|eat|overgeven|throw|kotsen|afvallen|bloed|blood|elke|every)
selfharm  (bons|bonk|sla|bang|banging|bonzen|slaan) ...2 (mijn|my|mn) (hoofd|head) (tegen|against|on) (de|het|the)? (muur|wall|deur|door|vloer|floor)
selfharm  (sigaret|sigaretten|peuk|peuken|cigarette|cigarettes) (uit)? ...3 (op|on) (mijn|my|mn) (arm|onderarm|armen|hand|been|huid|skin|pols|wrist|forearm)
selfharm  (trek|pluk|rip|pull|pulling|trekken) (mijn|my|mn) (haar|haren|hair|wimpers|eyelashes|wenkbrauwen) (uit|out) ~8 (bloedt|bloed|bleeds|kaal|bald|kale)
selfharm  (blade|mesje|scheermesje|razor) (on|op) (my|mijn|mn) (stomach|buik|arm|arms|armen|wrist|wrists|pols|polsen)
selfharm  (blade|mesje|scheermesje|razor) (on|op) (my|mijn|mn) (thigh|thighs|bovenbeen|bovenbenen|hips|heupen|legs|benen) ~6 (nobody|niemand|hide|verstop|secret|geheim|no one)
# Abuse at home, plainly.
abuse  (krijg|kreeg|get|got) (geen|no|niks) (eten|food) (van|from) ...2 (@moeder|@vader|ouders|parents|mom|dad|mum) (als|if|when|wanneer) ...4 (fout|wrong|stout|bad|luister|listen|straf|punish)
abuse  (vader|moeder|papa|mama|stiefvader|dad|mom) ...2 (mijn|my) (moeder|vader|mama|papa|mom|dad|mum) ...3 (slaan|slaat|sloeg|hit|hits|beat|beats|schoppen|duwen)
abuse  (tegen de muur|against the wall) (slaan|sloeg|duwde|geduwd|gegooid|pushed|slammed|threw|gesmeten|smeet)
abuse  (je|jou|me|mij) (in|op) (je|jouw|mijn|mn) (gezicht|hoofd|kop|buik) (slaat|sloeg|slaan|stompt|schopt|mept)
abuse  (locks|locked|op slot) ...2 (the|de)? (fridge|koelkast|cupboard|pantry|keuken|kitchen)
abuse  (als straf|as punishment|for punishment) ...6 (buiten|outside|balkon|balcony|schuur|shed|kelder|basement|garage) ...8 (kou|cold|nacht|night|uren|hours|hele|whole|regen|rain)
abuse  (knieen|knees|knie) (op|on) (rijst|rice|erwten|peas)
abuse  (als straf|as punishment) ~6 (knieen|knees|rijst|rice)
# Danger at home.
danger+ingested  (batterij|batterijtje|knoopcel|magneet|magneetjes|battery|magnet|magnets|scheermesje|naald|spijker|glas|glass) (ingeslikt|doorgeslikt|geslikt|swallowed)
danger+ingested  (ingeslikt|doorgeslikt|swallowed) ...3 (batterij|battery|magneet|magnet|magnets|naald|needle|glas|glass|scheermesje|knoopcel)
danger  (auto|car|busje|van) ...4 (man|vent|gast|guy|stranger|vreemde|jongen) ...3 (die|who|that)? (niet|nie|wont|doesnt) (wil)? (stoppen|stop|let me out|uitlaten)
danger  (rook|smoke) (onder|under) (mijn|de|my|the) (deur|door)
# Nowhere to sleep.
homeless  (nachtbus|nightbus) ~8 (vanavond|tonight|vannacht) ...2 (weet|know) ...2 (niet|nie|dont|not)
homeless  (sleeping|slept|slaap|sliep|slapen) in (a|my|een|mijn|de|the)? ...2 (car|auto|van|busje|tent) ~8 (tonight|vanavond|back|terug|nowhere|nergens)

# ---------------------------------------------------------------- round 39: blind49 (12 to 21, about someone else in danger now: a friend, a sibling, a classmate, a stranger online)
# Calm: self-harm that stopped and volunteering, nights outside on a hike, a social life "over", a short film's monster, a class camp in tents, an onion, chickenpox, games of chase and murder, a roblox house on fire, "homeless" without wifi, a cliff over the dishes.
except  (gestopt|stopped|quit) ...6 (vrijwilliger|volunteer|vrijwilligerswerk|volunteering)
except  (zelfbeschadiging|selfharm|self harm) (gedaan|done)? ...8 (gestopt|stopped|quit)
except  (cut|sneed|gesneden) (her|his|my|haar|zijn|mijn) (finger|vinger|duim|thumb)
except  (small|little|tiny|kleine|klein|just a) (cut|sneetje|wondje|snee) ...6 (plaster|pleister|stitches|hechten|hechtingen)
except  (moordspel|murder mystery|weerwolven|werewolves|cluedo) ...8 ...8 (met|with) (een|a|de|the)? (lepel|spoon|kussen|pillow|vork|fork|banaan|banana)
except  (trektocht|hike|hiking|wandeltocht|kamp|camping|kamperen|tenten|tent|tents) ...8 (buiten|outside|slapen|sleep|sliep|slept)
except  (buiten|outside|slapen|sleep|sliep|slept) ...8 (trektocht|hike|hiking|wandeltocht|camping|kamperen|tenten|tents)
except  (sociale leven|social life) ...3 (voorbij|over|kapot|dood|dead)
except  (film|short film|movie|game|horror game|spel|tikkertje|tag) ...8 (chased|achterna|achtervolgd|gezeten|gezet|monster|clown)
except  (chopping|cutting|snijden|sneed) (onions|onion|uien|ui|groente|vegetables)
except  (waterpokken|chickenpox|muggenbult|muggenbulten|eczeem|eczema|jeuk|itch) ...4 (open|krabt|krabben|scratch|scratches)
except  (krabt|krabben|scratch|scratches|scratching) ...3 (open|alles open) ...4 (jeuk|itch|waterpokken|chickenpox|eczeem)
except  (roblox|minecraft|fortnite|sims|spel|game) ...8 (in de fik|in brand|on fire|afgebrand|burned down|burnt down)
except  (moordspel|murder mystery|weerwolven|werewolves|wie is de mol|cluedo) ...8 ...4 (vermoord|murdered|killed|dood|dead)
except  (dakloos|homeless) ...6 (wifi|internet|oplader|charger|lol|haha)
except  (throw myself off a cliff|spring van een brug|jump off a cliff) ...8 (dishes|afwas|huiswerk|homework|laughing|lachend|lol|haha)
except  (dishes|afwas|huiswerk|homework|chores) ...8 (throw myself off a cliff|jump off a cliff|spring van een brug)
# Suicide of someone else, told by a witness.
suicide+other  (sorry voor alles|sorry for everything) ...8 ...4 (neemt niet|not answering|niet meer op|doesnt answer|offline|reageert niet)
suicide+other  (niet meer wakker|not wake up|never wake up) ...8 (weet hoe|knows how|al weet hoe|plan)
suicide+other  (zorgen|zorg|take care|look after|hebben|have) ...6 (als hij er niet meer is|als zij er niet meer is|als ze er niet meer is|when hes gone|when shes gone|when he's gone|when she's gone|als ik er niet meer ben) ...4 (en nu|and now|nu is|now he|now she|weggereden|vertrokken|left|drove off)
suicide+other  (laatste video|last video|laatste filmpje|last stream|laatste livestream) ~8 (huilend|crying|live|stream|niemand|nobody|afscheid|goodbye)
suicide+other  (letter|brief|briefje|note) (for|voor) (each|ieder|iedereen|everyone|all) ...8 ...8 (not home|niet thuis|not answering|neemt niet op)
suicide+other  (als|if) (hij|hem|he|ze|zij|she) ...4 (spring ik|ik spring|i jump|im jumping|i'll jump) ...8 (heeft het|net|just|uitgemaakt|broke up)
suicide+other  (doodschiet|dood schiet|schiet zich|shoot himself|shoot herself|shoot myself) ...6 (geweer|pistool|gun|vanavond|tonight)
suicide+other  (zijn|haar|his|her) (leven|life) (gaat|going to|will|wil) (beeindigen|beëindigen|beindigen|end|ending)
suicide+other  (gaat|going to|will|wil) (zijn|haar|his|her) (leven|life) (beeindigen|beëindigen|beindigen|end|ending)
suicide+other  (auto|car) ...4 (motor aan|engine running|motor loopt) ...4 (garage|dichte garage|closed garage)
suicide+other  (van de pier|van de brug|off the pier|off the bridge|van het dak|off the roof) ...4 (springen|jump|spring) ...8 (nu|now|daar|there|is er|is there)
suicide+other  (tell mom|tell my mom|tell mum|zeg tegen mama|zeg mama) ...4 (i love her|ik van haar hou|dat ik van haar hou|sorry)
suicide+other  (einde aan|end to) (zn|zijn|haar|his|her) (leven|life) (maakt|maken|makes|make|put)
suicide+other  (snelweg|highway|motorway|spoor|tracks) (op|on|onto) ...2 (lopen|walk|walking|gaan|gaat) ~8 (locatie|location|bijna|almost|nu|now)
suicide+other  (niet meer verder|cant go on|can't go on|not go on) ~8 (op slot|locked|afscheid|goodbye)
suicide+other  (beeindigen|beindigen|end it|vanavond|tonight|laatste|afscheid|goodbye) ...8 (touw|rope|strop|noose|pills|pillen)
suicide+other  (niemand|nobody|no one) ...3 (gaat|will|zal) (hem|haar|him|her|mij|me)? (missen|miss) ...4 (als|if|when) ...3 (dood|dead|weg|gone)
# Self-harm of someone else.
selfharm+other  (dieper|deeper) (gaat|gaan|go|going|snijdt|cut) ...3 (dan ooit|than ever)
selfharm+other  (zichzelf|himself|herself) ...3 (branden|burn|verbranden) ...4 (strijkijzer|iron|aansteker|lighter|sigaret|cigarette)
selfharm+other  (hoe diep|how deep) (hij|ze|zij|he|she|ik|i)? (moet|should|must|kan|can)? (gaan|snijden|cut|go)
selfharm+other  (zichzelf|himself|herself) (slaan|slaat|hitting|hits|hit)
selfharm+other  (heeft|has|had) (zichzelf|himself|herself) ...6 (gesneden|cut|gekrast|gebrand|burned)
# Abuse of someone else.
abuse+sexual+other  (oom|stiefvader|stiefbroer|opa|neef|trainer|coach|uncle|stepdad|stepbrother) ...3 (aan haar|aan hem|at her|touches her|touches him) (zit|zat|komt|touches)?
abuse+sexual+other  (oom|stiefvader|stiefbroer|opa|neef|trainer|coach) (zit|zat) aan (haar|hem)
abuse+other  (vriend|ex|vriendje|boyfriend) van (mijn|my) (zus|zusje|sister|vriendin|friend|nicht|cousin|moeder|mom|mama) ...8 ...4 (geslagen|slaat|sloeg|hit|hits|beat|punched)
abuse+other  (wordt|is being|gets) (nu|now)? (geslagen|hit|beaten) (door|by) (haar|zijn|her|his) (vriend|ex|vriendje|boyfriend|vader|moeder|dad|mom|stiefvader)
abuse+other  (als|if) (ze|hij|zij|she|he) ...4 (niet|nie|doesnt|dont) ...2 (slaat|hits) (hij|ze|zij|he|she) (haar|hem|her|him)
abuse+sexual+other  (pressured|pushed|gepusht|onder druk) ...4 (older|oudere|grown|volwassen) (guy|man|men|jongen|vent) ...3 (send|sturen|stuur) (nudes|pics|fotos|naaktfotos)
abuse+sexual+other  (makes|laat|forces|dwingt) (her|him|haar|hem) (sit|zitten) (on|op) (his|zijn) (lap|schoot)
abuse+other  (moeder|vader|mama|papa|stiefvader|mom|dad|mother|father) (hem|haar|him|her) ...3 (gebrand|burned|burnt) (met|with)?
abuse+sexual+other  (volwassen man|grown man|older man|oudere man|adult man|volwassene) ...8 (videobellen|videocall|video call|zonder kleren|naked|naakt|without clothes|nudes)
abuse+sexual+other  (filmpje|video|fotos|pics) ...6 (douche|shower|kleedkamer|wc|toilet) ...8 (eist|eisen|demands|wants more|meer beelden|more pics|more videos)
abuse+other  (slaat|slaan|hits|hitting|beats) (haar|hem|her|him) ~8 (locatie|location|delen|share|telefoon|phone)
abuse+sexual+other  (stiefbroer|stepbrother|oom|uncle|stiefvader|stepdad|opa|neef) ...4 (in haar bed|in zijn bed|in her bed|in his bed|into her bed)
abuse+other  (vriend|boyfriend|moeder|vader|mom|dad|stiefvader|stepdad) ...6 (punches|punched|slaat|sloeg|hits|beats) (him|her|hem|haar) ~8 (black eye|blauw oog|blauwe plekken|bruises|not to tell|niks zeggen)
abuse+sexual+other  (vriendje|boyfriend|man|vent) (van)? <18+> ...8 (cadeaus|gifts|andere mannen|other men|mannen|men)
abuse+other  (locks|locked|sluit|sloot|opgesloten) (her|him|haar|hem) (in)? ...2 (basement|kelder|kast|closet|kamer|room|schuur|shed)
abuse+other  (vastgehouden|held|kept|opgesloten|locked) ...4 (door|by) (haar|zijn|her|his) (ex|vriend|vriendje|boyfriend)
abuse+other  (steeds|always|vaak|often|weer|again) (blauwe plekken|bruises|een blauw oog|a black eye) ...8 ...8 (schreeuwen|slaan|screaming|hitting)
abuse+other  (gedwongen|forced|gedwongen om) ...4 (te trouwen|trouwen|to marry|marry)
# Danger of someone else.
danger+other  (in een auto|into a car|in de auto|in a car) ...2 (geduwd|getrokken|pushed|dragged|gesleurd)
danger+other  (vastgebonden|tied up|vast gebonden|opgesloten) ...6 (bos|woods|forest|filmpje|video|kelder|basement)
danger+other+ingested  (snorted|gesnoven|took|nam|slikte) ...8 ...4 (seizure|toeval|epileptische aanval|aanval|stuiptrekkingen|shaking|trillen|not breathing|ademt niet)
danger+other+ingested  (broertje|zusje|neefje|nichtje|kindje|baby|brother|sister) ...6 (pillen|pills|tabletten|@meds|@chem) ...6 (opgegeten|gegeten|ingeslikt|geslikt|ate|swallowed|gedronken|drank)
danger+other  (brand|fire|rook|smoke) ...6 (zit|is|are|zitten) (nog)? (boven|binnen|upstairs|inside)
danger+other  (buiten|outside) ...6 (pyjama|pajamas|pyjamas|kou|cold) ...8 (op slot|locked|niemand doet open|nobody answers|middernacht|midnight)
# Nowhere to sleep, someone else.
homeless+other  (bankje|bench|straat|park|station) ...8 ...2 (wont let her in|won't let her in|laat haar niet|mag niet meer|niet meer binnen|niet meer naar huis|cant go home|can't go home)
homeless+other  (woont|slaapt|lives|sleeps|sleeping|living) ...6 (tent|tentje|viaduct|brug|bridge|underpass|park) ...6 (koud|cold|week|weken|weeks)
homeless+other  (woont|slaapt|lives|sleeps|sleeping|living) ...6 (tent|tentje|viaduct|brug|bridge|underpass|park) ...6 <12+>
homeless+other  (sleeps|slaapt|sleeping) (on|in) (the)? (night bus|nachtbus|nightbus|tram|train|trein|metro)
# ---------------------------------------------------------------- round 40: blind50 (15 to 23, at night, during or after going out: parties, festivals, the night bus, the morning after)
# Calm: waiting for the first train, a queue, "outside" as going out; films and games with a knife; poison in a game; questions asked for later.
except  (nacht|night) ...8 (eerste|first) (trein|train|bus|metro|tram)
except  (nacht|night) ...3 (buiten|outside) ...3 (in de rij|in line|in the queue|in de wachtrij|queueing|queuing)
except  (waren|were|was|gingen|went|zijn|bleven|stayed) (outside|buiten) (tot|till|until|til|untill|tot en met) <n>
except  (game|games|spel|potje|fortnite|gta|cod|warzone|roblox|minecraft|valorant|pubg|apex) ...8 (mes|knife|pistool|gun|sniper|zwaard|sword|bijl|axe) (neergestoken|neergeschoten|doodgestoken|doodgeschoten|gestoken|stabbed|shot|killed|gekilld|vermoord)
except  (horrorfilm|film|movie|serie|series|thriller|aflevering|episode|docu|boek|book) ...8 (iemand|someone|een man|a man|een vrouw|a woman|de killer|the killer|een meisje|a girl|een jongen|a boy) (werd|was|got|wordt|is) (met een mes|with a knife|met een pistool|with a gun|met een bijl|with an axe)? (neergestoken|neergeschoten|doodgestoken|doodgeschoten|vermoord|stabbed|shot|murdered|killed)
except  (nepbloed|eten|drinken|snacks|chips|taart|cake|speaker|boxje|spullen|cadeau|cadeautje|kaarten|spelletje|spelletjes|bier|drank|fles|tent|jas|paraplu|oplader|hond) meegenomen
except  (rage quit|ragequit|ragequitte|rage quitte|ragequitted) ...8 (doodgeschoten|neergeschoten|gekilld|killed|shot)
except  (character|characters|karakter|poppetje|avatar|npc|sim) ...6 (poison|poisoned|gif|vergif|vergiftigd|potion)
except  (kaartspel|bordspel|spel|game|level|levels|pacman|mario) ...6 @pills ...3 (verzamelen|sparen|verzameld|collect|collecting)
except  (wat zijn|what are|hoe herken je|how do you recognize|how do you recognise|how to recognize|how to recognise|hoe herken|hoe zie je) (de|the)? (signalen|signs|symptomen|symptoms|tekenen|kenmerken) (van|of) (een|an|a)? (overdosis|overdose)
except  (iets|something|drugs) in (my|mijn|mn|your|je|jouw|a|een) (drink|drankje|glas) ...8 (next time|for next time|volgende keer|voor de volgende keer|just in case|voor de zekerheid|in de toekomst|in the future)
except  (nachtopvang|noodopvang|crisisopvang|daklozenopvang) ...8 ...4 (spreekbeurt|werkstuk|presentatie|profielwerkstuk|pws|schoolopdracht|verslag|essay|onderzoek)
except  (na vannacht|na vanavond|after tonight) ...8 ...8 (vakantie|holiday|vacation|verhuis|verhuist|verhuizen|moving|move|trip|reis|op reis|kamp|camp)
except  (per ongeluk|perongeluk|accidentally|by accident|by mistake) ...6 (gebrand|verbrand|burned|burnt)
except  (gebrand|verbrand|burned|burnt) ...6 (per ongeluk|perongeluk|accidentally|by accident|by mistake)
# Suicide: into the water, not coming back, after tonight, a car, a tree.
suicide  (het water in|de zee in|de gracht in|het kanaal in|de sloot in|de rivier in|de haven in|into the water|into the sea|into the canal|into the river) ~8 (klaar ermee|klaar mee|done with|niet meer terug|not coming back|nooit meer|voorgoed|for good|afscheid|goodbye)
suicide  (walking|lopen|loop|ga|going|gaan|op weg|fiets|rijd|cycling) (to|naar) (the|de|het)? (canal|gracht|water|bridge|brug|pier|spoor|tracks|river|rivier|kanaal|zee|sea|dijk|haven|harbour|harbor) ~8 (not coming back|never coming back|niet meer terug|nooit meer terug|kom niet terug|this time|deze keer|for good|voorgoed|klaar ermee|done with)
suicide  (na vannacht|na vanavond|after tonight) ...4 (er niet meer|niet meer hier|not here anymore|wont be here anymore|won't be here anymore|not be around|not be here)
suicide  (er|here) (na vannacht|na vanavond|after tonight) ...2 (niet meer|not anymore|no more|no longer)
suicide  (motor aan|engine running|motor loopt|motor laten lopen|engine on) ~8 (garage|dichte garage|closed garage|slang|hose|uitlaat|exhaust)
suicide  (denk erover|denk eraan|thinking about|overweeg|van plan|plan om|plan to) ...6 (tegen een boom|into a tree|tegen een muur|into a wall|tegen een vrachtwagen|into a truck|tegen een paal) ...3 (rijden|rijd|drive|driving|crash|knallen|crashen)
suicide  (denk|think|dacht|thinking|denken) ...4 (aan dood gaan|aan doodgaan|about dying|aan sterven|aan zelfmoord|about killing myself) ~8 (niet als grapje|geen grap|geen grapje|no joke|not joking|not a joke|meen het|mean it|wil het echt|durf het nu|im serious|serieus)
suicide  (twijfel|doubt) (nog maar|nog|only|just) ...3 (klein beetje|beetje|bit|little) ~8 (pier|brug|bridge|dak|roof|rand|edge|spoor|tracks|hek)
# Self-harm with fire.
selfharm  (me|mezelf|myself|mijzelf) (gebrand|verbrand|burned|burnt|brand|burn) (met|with) (een|a|de|the|mn|mijn|my)? (aansteker|lighter|sigaret|cigarette|peuk|lucifer|lucifers|match|matches)
# Abuse at a party: filmed while out, passed around, a condom taken off, dragged away, a film of sex.
abuse+sexual  (gefilmd|filmden|filmde|gefotografeerd|filmed|recorded|photographed|fotos gemaakt|filmpje gemaakt|opgenomen) ...6 (terwijl|toen|while|when) (ik|i) ...2 (knock out|knockout|bewusteloos|buiten westen|passed out|unconscious|out of it|van de wereld)
abuse+sexual  (passed|passing|pass) (me|her|us) (around|round) (at|on|in|like|to|between)
abuse+sexual  (passed|passing|pass) (me|her|us) (around|round) $
abuse+sexual  (namen|nemen) (me|mij) om de beurt
abuse+sexual  (took turns|taking turns) (on|with) (me|her)
abuse+sexual  (condoom|condom) ...2 (af|off|weg|removed|afgedaan|afgehaald) ...4 (zonder|without) ...2 (vragen|te vragen|asking|te zeggen|telling|dat ik het wist|me knowing|consent|toestemming)
abuse+sexual  (dragged|sleurde|gesleurd|sleurden) (me|mij) ...3 (behind|achter|into|in|naar) (the|de|het|a|een)? (toilets|toilet|wc|wcs|bosjes|bushes|tent|auto|car|steegje|alley|kamer|room|hoek|corner)
abuse  (couldnt|cant|kon niet|kon ik niet|kan niet) (get away|escape|weg|wegkomen|loskomen|ontsnappen) ~8 (dragged|grabbed|vastgehouden|vastgepakt|gesleurd|sleurde|greep)
abuse+sexual  (filmpje|video|fotos|opname|filmed|recorded|gefilmd|opgenomen) ...4 (tijdens|during) (de|het|the)? (seks|sex) ...8 (zonder|without|stiekem|secretly|niet wist|didnt know|laat zien|showing|shows|shared|gedeeld|rond)
abuse  (ben ik aan de beurt|is het mijn beurt|im next|i'm next|i am next|ik ben de volgende|ben ik de volgende) ~8 (geslagen|slaat|slaan|sloeg|dronken|drunk|hits|beats|beaten|klappen|pak slaag)
abuse  (thuis|bij ons) (wordt|worden) er (elk|elke|iedere|vaak|altijd|steeds|weer|veel|soms) ...2 (geslagen|klappen|geschopt|gevochten)
# Danger at a party: too much of a drug, the tracks, choking on vomit.
danger+ingested  (te veel|teveel|too much|too many|veel te veel) (g|ghb|k|ket|keta|ketamine|xtc|mdma|molly|md|pillen|pills|coke|speed|lsd|2cb|lachgas|drugs|shrooms|paddo|paddos|@meds) (genomen|gehad|gebruikt|geslikt|gesnoven|took|taken|had|done|used|snorted|op)
danger  (op het spoor|on the tracks|op de rails|on the rails|over het spoor|het spoor op) ~8 (trein komt|komt zo een trein|komt een trein|train coming|train is coming|trein aankomt|high|dronken|drunk|wasted)
danger  (op zn rug|op zijn rug|op haar rug|on his back|on her back) ...3 (kotsen|te kotsen|overgeven|braken|vomiting|throwing up|puking|kotst|braakt)
danger  (stikt|stikken|verstikt|choking|chokes) ~6 (kots|kotsen|braaksel|overgeven|vomit|puke|kotst|eigen)
# Nowhere to go tonight.
homeless  (geen sleutel|no key|no keys|kan er niet in|cant get in|can't get in) ~8 (ziekenhuis|hospital|al uren|for hours|hele nacht|all night|nergens heen|nowhere to go)
# ---------------------------------------------------------------- round 41: blind51 (12 to 22, very short messages of 2 to 10 words, often the first message)
# Calm: a sibling in one's room, a train to catch.
except  (brother|sister|broer|zus|zusje|broertje|cat|kat|dog|hond|puppy) ...6 (wont|will not|doesnt|does not|refuses to|weigert) (leave|go|weggaan) ...3 (room|kamer|couch|bank)
except  (verrassing|verrassingsfeest|surprise|cadeau|cadeautje|present|gift|feestje) ~8 (niks vertellen|niets vertellen|niet vertellen|dont tell|not to tell|geheim|secret)
except  @frame ...4 (eindigt|ends|eindigde|ended|begint|begins|starts|opent|opens) (met|with) ...2 (@topic|@violent)
except  (moederdag|vaderdag|verjaardag|birthday|kerst|christmas|mothers day|fathers day|valentijn|valentine) ~8 (brief|letter|briefje|kaart|card)
except  (bye|doei|dag) (for now|voor nu|tot straks|tot morgen|see you|slaap lekker)
except  (hit|beaten|geraakt) ...4 (by a ball|by the ball|door een bal|door de bal|with a ball|met een bal|with a pillow|met een kussen|by a pillow)
except  (er was|there was|was er) (een|a)? (brand|fire)
except  (brand|fire) (in|bij) ...2 (huis|house|flat) ...4 (vorig jaar|last year|vroeger|toen ik|when i was|jaar geleden|years ago|geleden|ago)
# Suicide in few words: a letter and goodbye, in front of the train, to a grandparent in heaven.
suicide  (brief|briefje|afscheidsbrief|letter|note) (voor|aan|for|to) ...3 (ligt|liggen|klaar|geschreven|is on|on my) ~8 (doei|dag|bye|doeii|sorry|vaarwel|afscheid|goodbye)
suicide  (ga|gaan|spring|springen|stap|loop|lopen|going|jump|step) ...2 (voor de trein|voor een trein|voor de metro|voor de tram|onder de trein|in front of the train|in front of a train|voor een vrachtwagen|in front of a truck)
suicide  (wil|ga|wanna|want to|going to|gonna) ...4 (naar|to|bij|with) (@famall|oma|opa|nana|grandma|grandpa|granny|hem|haar|him|her|my|mijn|mn) ...2 (in de hemel|in heaven)
# Self-harm: blood through the bandage.
selfharm  (bloed|bloedt|bloedde|bleeding|blood|bleeds) ...2 (door|through) (mn|mijn|het|de|my|the)? (verband|bandage|pleister|plaster|bandages)
# Abuse in few words.
abuse+sexual  (uitkleden|uit kleden|uittrekken|naakt|bloot|undress|strip|naked) ~6 (webcam|camera|cam|videocall|videobellen|facetime|livestream)
abuse  (trainer|coach|oom|uncle|meester|leraar|docent|teacher|buurman|neighbour|stiefvader|stepdad|stiefbroer|opa|neef|man) ...8 (alleen|alone) ...8 (niks vertellen|niets vertellen|niet vertellen|nie vertellen|dont tell|not to tell|geheimpje|ons geheim|our secret)
abuse  (getting|get|got|being|been) (hit|beaten|slapped|punched|kicked) (at home|thuis|again|every day|every night|by my)
abuse+other  (mom|mum|mother|mama|sister|brother|moeder|zus|broertje|zusje|little brother|little sister) (getting|get|gets|being) (hit|beaten|slapped|punched|choked|kicked)
abuse  (blauwe plekken|bruises|blauw oog|black eye|blauwe plek) (van|from) (thuis|home|papa|mama|pa|ma|mijn vader|mijn moeder|mn vader|mn moeder|my dad|my mom|stiefvader|my stepdad)
# Danger: too much used and the heart, fire in the house, hiding from someone inside.
danger+ingested  (te veel|teveel|too much) (gebruikt|genomen|geslikt|op|gesnoven|used|taken|took) ~8 (hart|heart|adem|breath|duizelig|dizzy|flauw|trillen|shaking|zweet|sweating)
danger  (brand|fire|rook|smoke) (in|bij) (ons|mijn|mn|het|our|my|the) (huis|flat|kamer|house|room|apartment|appartement|gebouw|building|flatje)
danger  (zit|zitten|ben|verstopt|verstop|hiding|hide) ...2 (in de kast|in a closet|in the closet|onder het bed|under the bed|in de badkamer|in the bathroom|op de wc|in de wc) ~8 (binnen|inside|ingebroken|inbrekers|inbreker|broke in|zijn hier|are here|is hier|is here|komt eraan|coming)
# Nowhere to sleep in few words.
homeless  (mag|may|can|kan) (nooit meer|never) (thuiskomen|thuis komen|naar huis|come home|go home|thuis wonen|come back home)
homeless  (bel|belde|gebeld|vraag|vroeg|gevraagd|asked|called|texted|app|appte|geappt|tried|ask|call) ~3 (overal|iedereen|everyone|everywhere) ~8 (niemand|no one|nobody) (laat|lets) (me|mij) (slapen|binnen|sleep|stay|in)
# ---------------------------------------------------------------- round 42: blind52 (13 to 23, long voice-to-text stories with the crisis buried at the end)
suicide  (kan niet zwemmen|cant swim|can not swim|cannot swim) ~8 (ga|going to|gonna|zo|now|nu) ...2 (springen|spring|jump|jumping|erin springen|in het water)
suicide  (zit|sta|ben|sit|standing|im) ...3 (bij het water|aan het water|by the water|bij de gracht|bij de haven|at the water) ~8 (springen|spring|erin|jump|in springen)
suicide  (fast trains|sneltrein|sneltreinen|intercity|trains dont stop|treinen stoppen hier niet|doorrijdende) ~8 (counting|tellen|next one is|volgende is|de volgende neem ik)
suicide  (de zee in|het water in|into the sea|into the water) ...3 (lopen|loop|walk|walking|zwemmen|swim) ...3 (tot ik niet meer kan|until i cant|until i can not|tot ik zink|until i sink)
suicide  (als ik nu ga|if i go now|als ik nu doodga) ~8 (laatste herinnering|last memory|laatste keer|last time)
abuse+sexual  (ik zei nee|i said no|zei nee|said no|zei stop|said stop) ~8 (deed het toch|did it anyway|ging toch door|kept going|hield niet op|didnt stop|did not stop)
abuse+sexual  (hand|handen|hands|vingers|fingers) ~4 (onder mijn|in mijn|under my|in my|onder haar|in haar|under her|in her) (slaapzak|sleeping bag|broek|pants|onderbroek|underwear|rok|skirt|dekbed|deken|blanket|bh|bra)
abuse+sexual  (leider|leiding|trainer|coach|oom|stiefvader|man|begeleider|leader|uncle|stepdad) ...4 (kwam|komt|came|comes) ...3 (snachts|nachts|at night) ...3 (in|into) (onze|mijn|my|our|haar|her) (tent|kamer|bed|room)
danger  (in brand|on fire|rook|smoke|vlammen|flames) ~8 (voordeur|front door|uitgang|exit|trappenhuis|stairs|naar buiten|get out|opgesloten|trapped|natte handdoek|wet towel)
danger  (voel geen hartslag|geen hartslag|no pulse|no heartbeat|cant feel a pulse|cant feel his pulse|cant feel her pulse|voel zijn hartslag niet|voel haar hartslag niet)
abuse+other  (begon|begint|started|starts|is) (mijn|my|haar|her) (moeder|mama|mom|mum|mother|zus|sister|broertje|zusje) (te wurgen|to choke|to strangle|te slaan|te schoppen|aan het wurgen)
abuse+other  (wurgde|wurgt|gewurgd|choking|strangling|choked|strangled) ~6 (mijn moeder|my mom|my mother|mama|my mum)
danger+other  (not moving|beweegt niet|beweegt niet meer|ligt stil|lies still|isnt moving) ~8 (blood|bloed|fell|gevallen|viel|not answering|reageert niet|geen antwoord)
# ---------------------------------------------------------------- round 43: blind53 (adults writing about a young person: parents, carers, teachers, coaches, neighbours)
suicide+other  (hij|zij|ze|he|she) ...3 (zei|zegt|said|says|appt|appte|texted|schreef|wrote|vertelde|told) ...6 (springt|te springen|wil springen|gaat springen|will jump|is going to jump|wants to jump)
suicide+other  (van het dak|van de brug|van de flat|voor de trein|off the roof|off the bridge|in front of the train|in front of a train|voor een trein) ...4 (wil|gaat|will|wants to|going to)? (springen|springt|jump|jumps)
suicide+other  (hij|zij|ze|he|she) ...4 (tegen een boom|into a tree|tegen een muur|into a wall) ...3 (rijden|rijdt|drive|drives|crash|crashen)
suicide+other  (take care of|zorg goed voor|zorgen voor|look after|goed voor) ...4 (dog|cat|hond|kat|hem|him|her|poes|konijn) ...8 (phone is off|telefoon staat uit|neemt niet op|not answering|doesnt answer|weggegaan|weggereden|left|ergens heen|stil is)
suicide+other  (laatste video|last video|laatste filmpje|laatste bericht|last message) ~8 (hoog|high|wind|dak|roof|brug|bridge|afscheid|goodbye|staat ergens)
suicide+other  (blij|happy|beter af|better off) ~8 (er dan niet meer is|er niet meer ben|er niet meer is|wont be here|am gone|is gone|niet meer ben|zonder mij|without me|without him|without her)
suicide+other  (sorry|excuses) (te zeggen|to say)? (voor alles|for everything) ~8 (hing op|hing toen op|hung up|neemt niet op|doesnt answer|not answering|geen antwoord)
suicide+other  (sorry|excuses) (te zeggen|to say)? (voor alles|for everything) ...1 (hing|hung)
suicide+other  (ergens heen|somewhere) ...3 (waar het stil is|where its quiet|where it is quiet|waar het rustig is|waar niemand)
suicide+other  (vuurwapen|pistool|gun|wapen|touw|rope) ...8 ...4 (voor zichzelf|for himself|for herself|voor mezelf|for myself)
suicide  (zoekopdrachten|gezocht|googled|searched|searches|zoekgeschiedenis|search history) ~8 (manieren|ways|hoe je|how to) ...3 (het te doen|dood|die|zelfmoord|suicide|kill)
selfharm+other  (verband|bandage) ...4 (pols|wrist|arm|polsen|wrists) ~8 (rood|red|bloed|blood|doorkleurt|doorbloedt|soaked)
selfharm+other  (pols|wrist|arm|armen|been|benen|polsen|wrists) ~8 (zelf heeft gedaan|zelf gedaan|did it himself|did it herself|did it to himself|did it to herself)
selfharm+other  (carved|kerfde|gekerfd|kerft|carves) ~6 (skin|huid|arm|leg|been)
selfharm+other  (vol|full of|covered in) (sneden|snijwonden|cuts|krassen|wonden|sneeen) ~8 (vandaag|today|vers|fresh|nieuw|new|nieuwe|verse)
selfharm+other  (stabbing|steekt|stak|stabs|stabbed|prikt|prikte|poking) (his|her|zijn|haar|zich|himself|herself|in zijn|in haar)? (own)? (leg|arm|been|hand|thigh|dij|bovenbeen) ...8 (scissors|schaar|pen|passer|compass|mes|knife|blood|bloed)
abuse+other  (slaat|slaan|hits|beats|hitting|beating) ...6 (nu gebeurt het weer|het gebeurt nu|happening again|happening now|gebeurt het nu|gebeurt het weer|erger dan ooit|worse than ever)
abuse+other  (slammed|smeet|sloeg|slaat|slams) ...4 (in the door|in de deur|tussen de deur) ~8 (punishment|straf)
abuse+other  (anders|or else|otherwise) ...4 (krijgt ze het|krijgt hij het|krijg ik het|gets it|will get it|wordt het) ...2 (nog erger|erger|worse)
abuse+other  (blauw oog|black eye|blauwe plekken|bruises) ~8 (niet mag zeggen|mag niks zeggen|not allowed to tell|mag het niet vertellen|mag niet vertellen)
abuse+other  (hij|zij|vader|moeder|dad|mom|father|mother|stiefvader|stepdad) (heeft|has) (haar|hem|her|him) (geslagen|hit|beaten|in elkaar geslagen|mishandeld)
abuse+other  (gezicht vol bloed|face covered in blood|bloody face|face full of blood)
abuse+other  (brandt|burns|burned|brandde|burnt) (hem|haar|him|her|me|mij) (met|with) (een|a)? (sigaret|aansteker|strijkijzer|cigarette|lighter|iron|sigaretten)
abuse+other  (gewurgd|gewurgt|strangled|choked|wurgde) ~8 (langskomen|langs komen|come over|coming over|vanavond|tonight)
abuse+other  (smijten|smijt|smeet|gesmeten|throws|threw|slams|slammed|gooit|gooide) (haar|hem|her|him) ...3 (tegen|against|door|through|into) (de|het|the|a|een)? (kast|muur|wall|deur|door|grond|floor|tafel|table)
abuse+sexual+other  (vastgehouden|held down|vastgepakt|held) ~6 (betast|aangeraakt|touched|groped|uitgekleed|undressed)
abuse+sexual+other  (aangeraakt|aanraken|aanraakt|touched|touches|touching) ...4 (op plekken|plekken waar|where he shouldnt|private parts|intieme plekken|tussen haar benen|between her legs)
danger+other  (door het ijs|through the ice) ...3 (gezakt|gevallen|zakte|fell|gone|gegaan)
danger+other  (vermist|missing) ~8 (man schreeuwt|schreeuwen|screaming|hoor een man|hear a man)
danger+other  (locked|opgesloten|sloten|sluiten) (him|her|me|hem|haar|mij)? (in|up)? ...3 (storage|opslag|opslagbox|box|container|schuur|kofferbak|trunk|bestelbus|van)
homeless+other  (nachtbus|night bus|tram|trein|metro) ~8 (warm te blijven|to stay warm|to keep warm)
homeless+other  (is|zit|staat|leeft|lives|living|sleeps) (on the street|op straat|op de straat)
homeless+other  (slaapt|sleeps|sleeping|slapen|slaap) ...3 (in een leeg|in an empty|in een kraakpand|in a squat|leegstaand|leegstaande) ...2 (gebouw|building|pand)
abuse+other  (hem|haar|him|her) (brandt|brandde|burns|burned|burnt) (met|with) (een|a)? (sigaret|aansteker|strijkijzer|cigarette|lighter|iron|sigaretten)
abuse+other  (tegen|against) (de|het|the|a|een)? (kast|muur|wall|deur|door|grond|floor) (smijten|smijt|smeet|gesmeten|gooien|gooit|gegooid|duwen|duwt|geduwd)
homeless+other  (in een leeg|in an empty|in een kraakpand|leegstaand|leegstaande) (gebouw|building|pand|kraakpand)? ...2 (slaapt|sleeps|slaap|sleeping)
except  (spel|game|survivalgame|gamet|speelt) ...8 (niet buiten te slapen|sluipen|uitschakelen)
except  (into|in) (onze|our|my|mijn) (room|kamer|tent) (to check|om te checken|om te kijken|to see|to count|om te tellen|voor controle)
except  (geslagen|beaten|hit|verslagen) (met|with|in|at|bij) (tennis|tafeltennis|pingpong|badminton|schaken|chess|squash|padel|fifa|uno|monopoly|een spelletje|the game|het spel|darts|pool|biljart)
except  (signalen|signs|tekenen|symptomen|kenmerken) (van|of) (huiselijk geweld|kindermishandeling|domestic violence|child abuse|mishandeling|misbruik|abuse|@topic)
except  (spotje|tv spotje|reclame|campagne|commercial|advertentie|spot|reclamespot) (over|about) ...2 (huiselijk geweld|domestic violence|@topic)
except  (niet|nie) wakker (te krijgen|krijgen|krijg) (voor|for|om|in) (school|de les|werk|het ontbijt|ontbijt|zijn werk|haar werk)
except  (ben|was|is|erg|helemaal|echt|totaal|compleet|flink|behoorlijk|nogal|raakte|raakt) van slag
except  (ga je klappen|ik klap je|ga jou klappen|gaat je klappen) ...6 (als grap|als grapje|grapje|for fun|just kidding)
except  (slaag|klappen) ...8 ...4 (spelletje op|game on|in het spel|in the game|waarin hij steeds verliest|waarin ze steeds verliest)
except  (filmpje|video|beelden|clip) ...3 (van een|of a) (vechtpartij|fight|gevecht|knokpartij)
except  (niet|not) (zijn|haar|je|his|her|your) (echte|real) (vader|moeder|dad|mom|ouder|parent)
except  (wat je moet doen|wat moet je doen|wat doe je|what do you do|what should you do|what to do) (als|if|when) ...6 (niet meer wil leven|niet meer wilt leven|doesnt want to live|wants to die|dood wil|wil dood|zelfmoord|suicide)
except  (zomer|summer|zwemmen|swimming|reel|filmpje|video|tiktok) ...8 (van de brug|off the bridge|van de steiger) ...4 (springen|springt|jump|jumps|sprong)
# Rounds 42 and 43: the lines of blind52 and blind53 that only the model had caught.
except  (brandde|brandt|burned|burnt|verbrandde) ...6 (bij het aansteken|aansteken van|lighting|aan het koken|while cooking|bij het koken|bbq|barbecue|kaars|kaarsen|candle|candles)
except  (rook|smoke) (uit|from) (het|the) (raam|window) (van|of) (de|het|the) (bakker|bakkerij|bakery|restaurant|snackbar|keuken|kitchen|bbq|barbecue|pizzeria)
except  (de zee in|het water in|into the sea|into the water) (loopt|lopen|loop|walks|walking|gaat|zwemt|wandelt) (om te zwemmen|to swim|om af te koelen|to cool off|met|with|samen)
except  (pays|betaalt|paid|betaalde) ...4 (photos|pictures|fotos|foto) ...4 (at weddings|bij bruiloften|at a wedding|op een bruiloft|photographer|fotograaf|for the school|voor school|for his work|voor zijn werk)
selfharm  (hand|arm|pols|vingers|wrist) ...3 (op|on|tegen|against) (de|the|het|a|een)? (hete|hot)? (kookplaat|stove|strijkijzer|iron|fornuis|oven|radiator|verwarming|kachel|heater) ...2 (gedrukt|gehouden|pressed|held|gelegd|put)
abuse+sexual  (naar bed|seks|sex|slapen) (met|with) (zijn|zn|his|een|a) (vriend|vrienden|friend|friends|maat|neef|maten) ~8 (moest|must|moet|have to|has to|schuldig|owe|terugdoen|pay back)
abuse+sexual  (zit|zat|zitten|zitte) (hij|ze|zij)? aan (me|mij|haar|hem) ...2 (op plekken|plekken waar|where i|where she|where he)
abuse+sextortion  (naar iedereen|to everyone|aan iedereen|rond) ~8 (als ik niet|unless|tenzij|if i dont|als ik hem niet|als ik geen) ...4 (euro|geld|money|betaal|pay|geef|give)
abuse+sexual  (met een man|with a man|met mannen|with men|met een oudere man) ...3 (mee|naar|to|go) ...3 (hotel|hotelkamer|hotel room|appartement|apartment)
abuse  (mijn familie|my family|mijn ouders|my parents|mijn moeder|my mom) (iets overkomt|gets hurt|will get hurt|iets aandoen|iets aandoet|something happens)
abuse+sexual+other  (misbruikt|abuses|abused|misbruikte) ~8 (vanavond|tonight|alleen met hem|alone with him|vannacht)
abuse+sexual  (shirt|broek|rok|jurk|top|bh|onderbroek|shirtje) (omhoog|naar beneden|uit|down|up|off) (getrokken|gedaan|trok|pulled|ripped|gerukt)
abuse+sexual  (hij|he|stiefvader|stepdad|vriend|oom|uncle|man) ...3 (bij mij in bed|bij me in bed|in mijn bed|into my bed|in my bed|bij haar in bed|in her bed) (liggen|lie|lying|komt|kruipt)?
danger  (probeert|tries|trying|try|probeerde|tried) ...2 (naar binnen|binnen te komen|to get in|in te breken|to break in)
danger  (raam|raampje|ruit|window|achterdeur|voordeur|deur|door) ...2 (kapot geslagen|ingeslagen|smashed|broken|ingetrapt|kicked in|kapot getrapt)
abuse+sexual  (met|with) (zijn|zn|his) (vriend|vrienden|friend|friends|maten|neef) (naar bed|seks hebben|sex) ~8 (moest|must|moet|schuldig|owe)
except  (laatste dag|last day) (bij|at|op|of|van|on) ...3 (bijbaan|werk|baan|job|work|school|stage|internship|vakantie|holiday|kamp|camp|training)
except  (laatste schooldag|last day of school|laatste werkdag|last day at work)
suicide+other  (laatste dag|last day) ~8 (bedankt|thanks|thank|dank|bedank|voor alles|for everything|afscheid|goodbye)
suicide+other  (er morgen niet meer|wont be here tomorrow|not be here tomorrow|er morgen niet meer zijn|is er morgen niet meer|ben er morgen niet meer)
suicide+other  (de zee in|het water in|into the sea|into the water) (loopt|lopen|loop|walks|walking|gaat|zwemt|wandelt)
selfharm+other  (burned|burnt|brandde|brandt|burns|verbrandde) (her|his|my|haar|zijn|mijn|zn) (wrist|arm|hand|pols|leg|been|skin|huid|wrists|arms|polsen) (with|met) (a|een)? (lighter|aansteker|cigarette|sigaret|iron|strijkijzer|match|lucifer)
selfharm+other  (in haar|in zijn|in mijn|into her|into his|into my) (benen|armen|polsen|buik|dijen|legs|arms|wrists|thighs|been|arm|pols) (snijdt|snijden|sneed|kerft|cuts|cutting|cut)
selfharm+other  (snijdt|snijden|sneed|kerft|cuts|cutting) (in|into) (haar|zijn|mijn|her|his|my) (benen|armen|polsen|buik|dijen|legs|arms|wrists|thighs|been|arm|pols)
selfharm+other  (bebloede|bloederige|bloody|bloedende|bleeding) (pols|polsen|arm|armen|wrist|wrists|arms|been|benen)
abuse+other  (iemand|someone|een man|a man|een vrouw|hij|zij) (die|who|that)? (hem|haar|him|her) (slaat|hits|beats|schopt|kicks|slaan|aan het slaan)
abuse+other  (hits|beats|slaat|schopt) (her|him|haar|hem) (and|en) (pushes|duwt|kicks|schopt|chokes|wurgt|throws|gooit)
abuse+other  (met|with) (een|a|de|the) (pan|riem|belt|stok|stick|schoen|shoe|lepel|spoon|stoel|chair|fles|bottle|hanger|kleerhanger|kabel|cable|snoer) (heeft|has|had)? (geslagen|hit|beaten|slaat|sloeg)
abuse+other  (geen eten|no food|nothing to eat) ~8 (als ze huilt|als ik huil|als hij huilt|if she cries|if i cry|if he cries|als straf|as punishment)
abuse+sexual+other  (forced|gedwongen|dwingt|forces|forcing|dwong) ...4 (to sell herself|to sell himself|to sell myself|zichzelf te verkopen|mezelf te verkopen|prostitution|prostitutie|te tippelen|sekswerk|sex work)
abuse+sexual+other  (sell herself|sell himself|sell myself|zichzelf verkopen|mezelf verkopen|haar lichaam verkopen|her body)
abuse+sexual+other  (onder de douche|in de douche|in the shower|in de kleedkamer|in the changing room|in de wc|in the toilet) ...4 (gefilmd|filmed|gefotografeerd|fotos gemaakt|photographed|filmt|films)
abuse+sexual+other  (dwingt|dwong|forces|forced|laat|makes) ...3 (uit te kleden|uitkleden|to undress|to strip|naakt|naked|undress) ~8 (fotos|foto|photos|pictures|filmt|films|gefilmd|maakt)
abuse+sexual+other  (pays|betaalt|paid|betaalde|geeft) (her|him|me|haar|hem|mij) (geld)? (for|voor) (photos|pictures|fotos|foto|pics|nudes|filmpjes|videos|naaktfotos)
danger+other  (hij|zij|ze|he|she) (haar|hem|her|him|me|mij) ...2 (vermoordt|vermoorden|kills|will kill|gaat vermoorden|doodmaakt|dood maakt)
danger+other  (rook|smoke|vlammen|flames) (uit|from|out of) (het|the|een|a) (raam|window|ramen|windows|dak|roof)
homeless+other  (in zijn auto|in haar auto|in my car|in his car|in her car|in mijn auto|in de auto|in the car) ...2 (slaapt|sleeps|slaap|sleeping|slapen|woont|lives) ~8 (eruit|kicked out|thrown out|gegooid|gezet|sinds|since|nights|nachten|dagen|days)
homeless+other  (slaapt|sleeps|slaap|sleeping|slapen) ...2 (in zijn auto|in haar auto|in my car|in his car|in her car|in mijn auto) ~8 (eruit|kicked out|thrown out|gegooid|gezet|sinds|since|nights|nachten|dagen|days)
homeless+other  (zonder plek|no place|geen plek|geen plekje|nowhere) (voor|for|to sleep) (vannacht|tonight|de nacht|the night)?
homeless+other  (uit huis gezet|uit hun huis gezet|uit het huis gezet|kicked out|thrown out|eruit gezet|uit zijn kamer gezet|uit haar kamer gezet) ...8 ...8 (bushalte|bus stop|station|straat|street|park|nergens|nowhere|zonder geld|no money)
homeless+other  (slaapt|sleeps|sleeping) ...3 (in een tentje|in een tent|in a tent|onder een brug|under a bridge) ~8 (niet meer thuis|mag niet meer|kicked out|eruit|sinds gisteren|since yesterday|al dagen|for days)
# ---------------------------------------------------------------- round 44: blind54 (12 to 23, living in youth care: a group, a foster family, a closed institution, a JJI, just out of care)
suicide  (found|gevonden|heb|have|got|gepakt|took|verstopt|hidden|hid|bought|gekocht) ...3 (belt|riem|touw|rope|koord|cord|sjaal|scarf|snoer) ~8 (know what im gonna do|know what im going to do|weet wat ik ga doen|weet wat ik ermee ga doen|weet wat ik ermee doe|gonna use it|ga ik gebruiken)
abuse+sexual  (komt|kwam|comes|came) ...3 (mijn kamer in|in mijn kamer|into my room|in my room|op mijn kamer) ~8 (zit aan me|zat aan me|zit dan aan me|touches me|touched me|aan me zitten|betast|aan me komt)
abuse+sexual  (zit|zat|zitten) (dan|steeds|weer|altijd|elke nacht|snachts) aan (me|mij)
danger  (geen lucht|no air|couldnt breathe|kon niet ademen|kreeg geen lucht|cant breathe|could not breathe) ~8 (vast|held|hield|fixatie|restraint|pinned|knie|knee|duwde|pushed|pressed)
abuse  (beat|beats|beating|slaan|slaat|sloegen|schoppen|kicking|kick) (me|mij) (up|in elkaar)? ...4 (every night|elke nacht|every day|elke dag|iedere nacht|iedere dag|steeds|every time)
abuse+sexual  (met mannen|with men|met een man|with a man|met oude mannen|with old men) (moet|must|have to|moest|had to)
abuse+other  (geslagen|hit|beat|beaten|geschopt) ...3 (dat ze bloedde|dat hij bloedde|that she bled|till she bled|tot ze bloedde|until she bled|tot hij bloedde|dat ze bloedt)
abuse  (anders|or else|otherwise) (doet|does|will do|gaat) (hij|zij|ze|he|she|they) (mijn|my) (moeder|vader|zus|broer|mom|dad|familie|family|zusje|broertje|mama|papa) (wat|iets|something|pijn)
abuse  (smokkelen|smuggle|smokkel|smuggling) ~8 (anders|or else|otherwise|moet van|have to|forced)
abuse+sexual  (dingen|things|stuff) (met me|met mij|to me|with me) (gedaan|did|done|gedaan terwijl) ~8 (niet meer wist|didnt know|wasnt conscious|was out|dronken|drunk|out of it|sliep|asleep|knock out)
danger+ingested  (batterij|batterijen|battery|batteries|magneet|magneten|magnet|magnets|knoopcel|knoopcellen|scheermesje|scheermesjes|spijker|spijkers|nails|screws|schroeven) ...2 (ingeslikt|geslikt|doorgeslikt|swallowed|opgegeten|gegeten|ingeslikt zodat)
danger+ingested  (rattengif|muizengif|vergif|poison|bleekmiddel|bleach|ontstopper|antivries|antifreeze|rat poison) ...8 ...4 (opgegeten|gegeten|gedronken|geslikt|ingeslikt|eaten|ate|drank|swallowed|genomen)
homeless  (weggestuurd|eruit gestuurd|eruit gezet|kicked out|sent away|weg gestuurd) ~8 (vannacht|tonight|niet meer mag slapen|nergens|nowhere)
homeless  (niet meer mag slapen|mag niet meer slapen|not allowed to sleep there|mag er niet meer slapen|mag daar niet meer slapen)
danger  (me|mij|ons|us) ...2 (komt|komen|gaat|gaan|coming|going) (afmaken|vermoorden|neersteken|doodmaken|pakken|steken|to kill|kill)
danger  (gas|gaslucht|gaslek|gas leak) ~8 (lying on the floor|ligt op de grond|wont answer|reageert niet|not answering|bewusteloos|unconscious|duizelig|dizzy|flauw|not moving|beweegt niet)
selfharm  (pulled|trok|getrokken|ripped|rip|pull|trek|eruit getrokken) ...3 (stitches|hechtingen|hechting|hechtdraad) ...4 (out|eruit|on purpose|expres|open)
abuse+sextortion  (naaktfotos|naaktfoto|nudes|nude pics|naakt fotos|naaktfilmpje) ...8 ...4 (als ik niet|unless|tenzij|if i dont|anders) ...3 (betaal|pay|geef|stuur|send|betaalt)
abuse+sexual  (sexy|geil|hot|lekker ding) ~8 (alleen bij hem|alone with him|alleen langskom|come alone|alleen komen|bij hem thuis|alleen langs)
abuse+sexual  (man|guy|vent) ...6 (pick me up|haalt me op|ophalen|komt me halen|picks me up) ~8 (sexual|seksueel|seksuele|nudes|naked|naakt|dick pics|sexy)
danger+other  (auto|car|busje|van) ...8 ...8 (nooit meer terugkomt|nooit meer terug komt|never coming back|will never come back|never comes back|komt nooit meer terug)
danger+other  (hij|zij|ze|jongen|meisje|broer|zus|vriend|vriendin|he|she|boy|girl|brother|sister|friend|someone|iemand) ...3 (hangt|hanging|hangs|hung|is hanging) (in de douche|in de badkamer|in the shower|in the bathroom|aan het plafond|from the ceiling|aan een touw|from a rope|in de kast|in the closet|in zijn kamer|in his room|in haar kamer|in her room)
danger+ingested  (wodka|vodka|alcohol|whisky|fles drank|bottle) ...6 (met pillen|with pills|pillen erbij|en pillen|and pills|plus pills|pills with it)
homeless  (kicked me out|threw me out|zette me eruit|gooide me eruit|kicked out|zetten me eruit) ~8 (walking around|loop rond|lopen rond|2am|3am|4am|tassen|bags|spullen|nergens|nowhere)
# ---------------------------------------------------------------- round 45: blind55 (13 to 21, street Dutch: straattaal and code-switching)
suicide  @ik (kan|kn|kun|ken) er (beter|maar beter|gwn beter|gewoon beter) @niet (zijn|meer zijn|bestaan|meer bestaan)
suicide  (leven|life|lven|bestaan) ...8 @ik (wil|wl|will) (er|eruit|der) ...2 (uit stappen|uitstappen|uitstappe|uit stappe)
abuse+other  (heeft|had|hebben|heb) (haar|hem|mama|ma|mn moeder|mijn moeder|me moeder|m moeder) ...2 (gewurgd|geworgd|gewurgt|bijna gewurgd|mishandeld)
homeless  (centraal|station|straat|park|portiek|bushokje|tramhalte|metrostation|bankje|trappenhuis) ...6 (blijf|slaap|zit|ben) (hier|daar|er) (vannacht|tonight|de hele nacht|all night)
except  next (door|doors)
except  (als|if|wanneer|when) @ik? (jullie|julie|you guys|you) ...3 (stuur|stuurt|sturen|app|text|send)
except  (messen|mes|wapens|wapen|guns|gun|knives|knife|pistool|pistolen|blade|blades) ...6 (allemaal|all|gewoon|just|maar) (nep|fake|props|prop)
except  (mom|mum|dad|moeder|vader|mama|papa|ma|pa|ouders|parents|mother|father) ...2 (kill|vermoorden|afmaken|killen) (me|mij) ...8 (ipv|instead of|te laat|too late|late home|cijfer|cijfers|rapport|grades|report card|onvoldoende|detention|nablijven|curfew)
abuse  (me|mij|haar|hem|ons) ...3 (klap|klappen|klappie|tik|stomp|stompen|vuistslag) (in|op|tegen) (mijn|mn|m|me|haar|zn|zijn) (gezicht|hoofd|kop|smoel|oog|ogen|face|head|wang)
abuse  (me|mij) (een|n|nog een|weer een)? (klap|klappen|klappie|stomp|stompen|trap|schop) ...3 (gegeven|gegeve|verkocht|gegeven omdat)
# ---------------------------------------------------------------- round 46: blind56 (18 to 23: students, young workers, a first room, debts, rent, break-ups)
suicide  (overleden|dood|gestorven|died|passed away|begraven|buried) ...8 ...8 @ik (wil|wl|want to|wanna) (bij|with) (hem|haar|him|her) (zijn|be)
suicide  (nut|zin|point) (van|in|of) (doorleven|verder leven|verderleven|leven|living|going on) ...2 (niet meer|niet|geen|no|anymore)
suicide  (opgeschreven|bedacht|uitgezocht|gepland|uitgerekend|planned|worked out|written down|wrote down|figured out) (hoe|how|wanneer|when|waar|where) @ik (het)? (ga|gaan|zal|am going to|will|ga het) (doen|do it)
suicide  (hoogte|verdiepingen|verdieping|floors|height|meter hoog|hoog genoeg) ...3 (genoeg|enough|dodelijk|fatal|nodig|is needed)
suicide  (zelfdoding|zelfmoord|suicide|zichzelf van het leven) ...8 ...8 (dezelfde gedachten|zelfde gedachten|same thoughts|die gedachten ook|those thoughts too)
suicide  (opgezocht|looked up|gegoogeld|googled|uitgezocht) (hoe|how) (hij|zij|ze|he|she) (het)? (gedaan heeft|gedaan|did it|had gedaan)
suicide  (afscheidsbrief|afscheidsbrieven|afscheidsbriefje|suicide note|goodbye letter|farewell letter|afscheidsbericht|goodbye note) ...3 (geschreven|geschreve|schrijf|written|wrote|writing|klaar|ready|liggen|ligt|neergelegd)
abuse  (slaat|slaan|schopt|mishandelt|hits|beats) (wie|iedereen die|anyone who|whoever|everyone who) ...2 (klaagt|klagen|praat|complains|talks|weigert|refuses|nee zegt)
abuse+sexual  (te dronken|too drunk|te high|too high|te kapot|te zat|too wasted) (was|were|is|ben|waren|was om|om)? (om|to)? ...1 (nee|no) (te zeggen|to say|zeggen|say)
abuse+sexual  (als ik niet|tenzij ik|unless i|if i dont|if i do not|als ik nie) ...3 (met hem|with him|met haar|with her) (naar bed|to bed|slaap|sleep|seks|sex)
abuse+other  (wordt|werd|is|word|gets|got) (door|by) (haar|zijn|her|his|hun|their|mijn|my) (vriend|vriendje|man|vrouw|vader|moeder|ex|partner|boyfriend|husband|stiefvader|vriendin) (geslagen|mishandeld|gewurgd|beaten|hit|abused|strangled|geschopt)
danger  (dat|that) (hij|zij|ze|he|she) (mij|me|ons|us) ...4 (vermoordt|vermoorden|doodmaakt|afmaakt|doodschiet|neerschiet|will kill|is going to kill|gonna kill)
danger+ingested+other  (gedronken|drank|geslikt|opgedronken|gegeten) ...2 (uit|from) (de|het|the)? (schoonmaakkast|schoonmaakmiddel|cleaning cupboard|gootsteenkast|fles bleek|wasmiddel)
danger+other  (braakt|braak|spuugt|spuug|kotst|kots|vomiting|throwing up|throws up|coughing up|hoest) (bloed|blood)
danger+ingested+other  (pil|pillen|xtc|drugs|ghb|md|molly|iets|pill|pills) ...8 (ligt|lag|is|liggen) ...3 (te schokken|schokken|schokt|stuiptrek*|een aanval|seizure|shaking|convuls*|trillen)
homeless  (moest|moet|must|had to|have to) (meteen|direct|vandaag|nu|vanavond|immediately|today|tonight) ...2 (de woning|het huis|mijn kamer|de kamer|my room|the house|the flat|het pand) (uit|out|verlaten|leave)
except  (was|were|used to be) (homeless|dakloos) (for|voor)? ...4 (when i was|toen ik|years ago|jaar geleden|last year|vorig jaar)
except  (mag|mogen|may|can|kan|moet) ...4 (niet|not|geen) (zomaar|zo maar|just)? (pillen|medicijnen|pills|medicine|medicatie) (nemen|slikken|take|gebruiken)
except  (overdosis|overdose|zelfmoord|suicide|zelfdoding) (scene|scenes|scene s)
except  (iemand|someone|een dader|a man) (met|with) (een|a) (mes|knife|wapen|weapon) (ontwapent|ontwapenen|ontwapend|disarm|disarms|disarming)
except  (snijden|gesneden|sneetje|snee|cut|gesneden in) ...6 (uien|ui|groente|brood|koken|cooking|onions|onion|vegetables|vinger|finger|duim|thumb)
except  (eviction|uitzetting|ontruiming|ontruimen|uitzetten) (if|als|unless|tenzij|wanneer) (i|ik|we) (dont|niet|do not|not|nie)? ...1 (pay|betaal|betalen|paid)
except  buiten (te zoeken|zoeken|aan het zoeken|looking|searching)
except  (bleek|turned out|bleek het|it was) ...3 (een fout|een vergissing|a mistake|an error|vals alarm|false alarm)
except  (kat|hond|poes|cat|dog|konijn|puppy|kitten|huisdier|pet|hamster|cavia) (is|was|has|had)? (weggelopen|ran away|run away|weg|zoek|kwijt|missing|ontsnapt|escaped)
# the lines of blind55 and blind56 the model noticed and the lexicon did not
suicide  (afscheid genomen|afscheid gezegd|said goodbye|said my goodbyes|afscheid genomen van) ...8 ...8 (geen grap|het is echt|ik meen het|not a joke|i mean it|serieus)
suicide  (na vanavond|na vannacht|after tonight|na morgen|after tomorrow|na vandaag|after today) ...4 (niet meer nodig|nie meer nodig|no longer need|wont need|dont need)
suicide  (spullen|kleren|playstation|stuff|things|alles|everything|games|telefoon|phone|sieraden|jewelry) ...4 (weggegeven|gegeven|given away|gave away|weg gegeven) ...8 (niet meer nodig|nie meer nodig|wont need it|won t need it|dont need it anymore)
suicide  (dat|that) (mijn|mn|m|my) (hart|heart) (stopt|ophoudt|stops|stilstaat|stil staat|stopt met kloppen)
suicide  (denk|think|overweeg|denken|thinking) (er)? (serieus|echt|seriously)? (aan|about|over) (om)? (het)? (zelf|myself) (te doen|doing it|to do it)
suicide  (besloten|decided|beslist) ...6 (niet meer ga halen|niet ga halen|not going to make it|niet meer haal|niet meer meemaak|niet ga meemaken)
suicide  (geregeld|geregelt|arranged|sorted|uitgezocht) (hoe|how|wanneer|when) @ik (het)? (doe|ga doen|do it|zal doen|het doe)
selfharm  (arm|armen|been|benen|pols|polsen|hand|huid|dij|dijen|buik|wrist|wrists|skin|legs|thigh|thighs|mezelf|myself) (gebrand|verbrand|burned|burnt|geschroeid) (met|with) (een|a|de|the)? (aansteker|sigaret|lighter|cigarette|strijkijzer|kaars|peuk)
selfharm  (mezelf|myself|mzelf|me) (met|with) (een|a|de|the)? (sigaret|aansteker|lighter|cigarette|peuk|strijkijzer) (gebrand|verbrand|burned|burnt)
selfharm  (wond|wonden|snee|sneeen|sneetjes|littekens|cuts|wounds) (van|from) (het)? (snijden|krassen|cutting|scratching)
selfharm  (gebruik|use|gebruikt|used) (ik)? (ze|het|it|them|die|dat) (op|on) (mezelf|myself|mzelf)
selfharm  (dan|then|en dan|and then) (snij|kras|snijd|sny) ik $
selfharm  (mezelf|myself|mzelf) ...4 (gesneden|gesneeden|gesnede|gekrast|sliced)
selfharm  (beschadig|beschadigde|beschadigen|beschadigt|verwond|verwondt) (ik)? (mezelf|myself|mzelf)
abuse  (heeft|had|hebben) (me|mij) (al|already) ...3 (geslagen|geschopt|geslage|hit|beaten|in elkaar geslagen)
danger  (hij|zij|ze|he|she) (maakt|maken|gaat) (me|mij) (af|kapot|afmaken) (als|if|wanneer|when|zodra)
abuse+sexual  (moet|must|have to) (bij hem|bij haar|to his place|naar hem|naar zijn huis) ...2 (langskomen|komen|come|langs|slapen) (anders|or else|otherwise)
abuse+sextortion  (stuurt|sends|deelt|shares|verspreidt|stuurde) (al)? (fotos|foto|pics|filmpjes|videos|naaktfotos|nudes) (van me|van mij|of me) (door|rond|around)?
abuse+sextortion  (seksfilmpjes|seksfilmpje|sekstape|sex tape|sextape|seksvideo|seksvideos|sexvideo) ...4 (rond|door|online|around|gedeeld|shared|verspreid)
abuse+sexual  (gelokt|lured|lokte|meegelokt) ...8 (gedwongen|forced|meer jongens|more guys|mannen|other men)
danger+other  (wont|wnt|doesnt|will not|cant|isnt|is not|won t|doesn t) (wake up|waking up|wake|wakker)
danger  (wachten|wacht|staan|staat|waiting|wait) (op me|op mij|for me)? (met|with) (een|a)? (mes|messen|knife|knives|wapen|wapens|pistool|gun|guns)
danger+other  (water|gracht|haven|zee|meer|kanaal|sloot|river|canal|sea) ...8 (komt|kwam|comes|came) (niet|nie|not) (meer)? (boven|up)
homeless  (sloten|slot|locks|lock) (veranderd|vervangen|changed|omgezet) ...8 (sta|zit|ik sta|standing|sitting|slaap) ...2 (voor de deur|buiten|outside|op straat|met niks|with nothing)
abuse+sexual  (aangeraakt|betast|touched|gezoend|kissed|aan me gezeten|uitgekleed|aan me gezeten) ...3 (terwijl ik nee|while i said no|terwijl ik niet wilde|though i said no|even though i said no|toen ik nee zei)
danger  (op slot|locked|opgesloten|deur dicht|door shut) ...8 ...4 (me|mij) (niet|nie|not) (laten|laat|let) (gaan|weg|eruit|go|leave)
except  (jumping|jump|jumped|springen|spring|sprong) (off|of|van|from) (the|de|het|a|een)? (tower|toren|cliff|building|roof|dak|klif) (in|on|bij) (zelda|minecraft|fortnite|gta|roblox|the game|het spel|de game|skyrim|mario|elden ring|assassins creed|breath of the wild|tears of the kingdom)
except  (fastest|quickest|easiest|snelste|makkelijkste) (way|manier) (down|naar beneden|omlaag|to get there|naar huis|home|to school|naar school|to level up|to farm|om te farmen|te levelen|to get xp)
except  (music video|clip|videoclip|film|movie|scene|video|serie|series|aflevering|episode) (with|met|where|waarin) (the|de|een|a)? (guy|man|girl|woman|jongen|meisje|vrouw|character|hoofdpersoon) (jumping|springt|springend|who jumps|die springt|jumps)
except  (de|the) (dader|moordenaar|killer|murderer|dief|thief) (het|the|zijn|his|haar|her) (mes|knife|wapen|weapon|pistool|gun) (had|heeft|has)? (verstopt|hid|hidden|weggegooid|threw away|gebruikte|used)
except  at all
except  (taakstraf|werkstraf|community service|leerstraf) (doen|do|draaien|uitvoeren|te doen)
except  (slaap|sleep|slapen) (wel|like|about|zon|ongeveer|soms|sometimes)? (10|11|12|13|14|15|16|tien|elf|twaalf) (uur|hours) (per nacht|a night|per dag|a day|elke nacht|every night|achter elkaar)?
# ---------------------------------------------------------------- round 47: blind57 (one ordinary week of first messages to the help line, every kind of writer)
suicide  (wil|wl) @ik (gewoon|eigenlijk|echt|gwn|alleen|gewoonweg)? (dood|sterven|er niet meer zijn|niet meer leven)
suicide  (doei|dag|bye|vaarwel|goodbye|doeii) (allemaal|iedereen|everyone|all|jullie) ...4 (was leuk|was mooi|was fijn|thanks for everything|bedankt voor alles|it was nice)
suicide  (bedenken|denken|nadenken|bedacht|think|thinking) (hoe|how) (ik|i) (het)? (zou|ga|would|will) (doen|do it)
selfharm  (i want it|ik wil dat het|want it) (to)? (hurt|pijn doet|pijn doen|to hurt|bloed)
selfharm  (bezig|bezig geweest|weer bezig) (met)? (het|mijn|mn|een)? (mesje|scheermesje|scheermesjes|krassen|snijden|mesjes)
abuse+other  (husband|boyfriend|stepdad|stiefvader|vriend|man|partner|dad|father|vader) ...2 (hits|beats|slaat|sloeg|mishandelt|hit) (her|haar|my mom|my mum|mijn moeder|mn moeder|mama|mum|mom)
abuse+other  (he|hij|she|zij) (broke|brak|heeft) (her|haar|my|mijn|me|mn|his|zijn) (arm|nose|neus|ribs|ribben|jaw|kaak|pols|wrist) (gebroken)?
abuse+sexual  (leraar|docent|teacher|coach|trainer|mentor|oom|uncle|man) ...8 ...4 (wil|wants to) (afspreken|meet|ontmoeten|meet up) (buiten school|alleen|outside school|alone|in het geheim|secretly)
abuse+sexual  (man|vent|guy|meneer) ...6 (geld|money|snoep|cadeautjes|gifts|candy|sweets) ...4 (mee te gaan|meegaan|to come|naar zijn huis|to his house|to his place|mee naar huis)
homeless  (bag|tas|spullen|backpack|rugzak|koffer|suitcase) ...6 (walking around|loop rond|lopen rond|zwerf|wandering|dwaal)
suicide+other  (he|she|hij|zij|ze) ...3 (going to|gonna|gaat|wil) (end it|ending it|er een eind aan maken|er een einde aan maken|er mee stoppen|ermee stoppen)
suicide+other  (gave away|gaf weg|weggegeven|given away|weg gegeven) (his|her|zijn|haar|my|mijn|mn) ...2 (playstation|shoes|schoenen|stuff|things|spullen|kleren|games|phone|telefoon|clothes)
suicide  (already decided|al besloten|al beslist|made up my mind|mijn besluit staat vast) ...8 (why i did it|waarom ik het deed|waarom ik het gedaan heb|know why|weet waarom|weten waarom)
abuse  (mogen|mag|may|allowed|laat ons|laat me) (niet|not|nie) (naar buiten|outside|out of the house|de deur uit|out) ...8 (slaat|hits|slaan|beats|sloeg|hit)
abuse+sexual  (dat ik|me to|wants me) ...2 (bij hem|bij haar|with him|in his|in zijn) (in bed|in zijn bed|in het bed|in bed kom|bed|in bed come)
danger+ingested+other  (reageert niet|reageert nie|not responding|doesnt respond|wont respond|reageert nergens op|niet wakker) ~8 (pillen|pills|pillenpotjes|potjes|strips|doosjes|medicijnen|lege)
except  (nearly|almost|bijna) (had|have|kreeg|krijg|got) (a|een) (heart attack|hartaanval|hartverzakking|hartstilstand)
except  (vorig jaar|last year|toen|vroeger|ooit|jaren geleden|years ago|maanden geleden|months ago|een tijd geleden) ...6 (op straat|buiten|on the street|outside|in a tent|in een tent) (geslapen|gewoond|slept|lived|gewoont)
except  (toen ik klein was|when i was little|when i was small|vroeger|als kind|as a kid|toen ik jong was) ...4 (sloeg|hit|beat|slaan|sloegen) ...8 (uit beeld|al lang|allang|long gone|voorbij|not anymore|niet meer|uitgepraat|geen contact|no contact)
except  (jaar|jaren|years|maanden|months) (geleden|ago) ...6 (weggelopen|ran away|run away|weg gelopen) ...8 (uitgepraat|opgelost|voorbij|sorted|fine now|goed nu|is goed)
except  (geslagen|gepest|hit|beaten|bullied|geschopt) ...8 ...4 (al lang over|allang over|long over|al lang voorbij|allang voorbij|lang geleden|long ago)
except  (hond|dog|kat|cat|koe|gans|zwaan|swan|goose|meeuw|paard|horse|wesp|bij|bee) ...3 (achter me aan|achter mij aan|chased me|after me|ran after me)
except  (pocket knife|zakmes|zakmesje|swiss army knife|zakmessen|zakmessie) ...8 (scouting|scouts|kamp|camp|camping|vissen|fishing|knutselen|whittling)
except  (takes|neemt|slikt|take|slik|neem) (like|about|zon|ongeveer|wel)? (2|3|4|5|6|7|8|9|10|11|12) (pills|pillen|tabletten|tablets) (a day|per dag|daily|elke dag|every day)
except  (pill box|pillbox|pillendoos|medicijndoos|weekdoos|baxter|pill organiser|pill organizer)
except  (locked out|buitengesloten|buiten gesloten) ...8 (slept at|sleep at|slapen bij|sliep bij|geslapen bij|stayed at|stay at) (a|my|een|mijn|mn)? (friend|friends|vriend|vriendin|vriendje)
except  (game|horrorgame|spel|escape room|escaperoom|film|movie|serie|series|boek|book) (waarin|where|in which) (je|you|ze|we|they|hij|zij) ...1 (opgesloten|locked|gevangen|trapped)
except  (lasergamen|lasergame|paintball|paintballen|airsoft|nerf|laser tag|lasertag|laserquest) ...8 (neergeschoten|shot|geschoten|killed|afgeknald|gekilld)
except  (kussengevecht|pillow fight|kussen|pillow|kussens|pillows) ...8 (sloeg|hit|slaat|slaan|hard)
except  (strand|beach|camping|tent|kamp|camp|festival|dunes|duinen) ...4 (buiten|outside) (pitten|slapen|sleep|sleeping|overnachten)
except  (kan|could|can) (echt|really|wel)? (iemand|someone|hem|him|haar|her) (slaan|hit|punch|wurgen|strangle|slaan van boosheid)
# ---------------------------------------------------------------- round 48: blind58 (12 to 23 in Den Haag writing in English: internationals, expats, students, newcomers)
suicide  (think|thinking|denk|dacht) (about|aan|over) (suicide|zelfmoord|killing myself|dying|dood gaan|ending it) (every|elke|iedere|all) ...2 (day|dag|night|nacht|time|tijd)
suicide  (keep|keeps|kept) (wanting|thinking about) (to die|dying|suicide|to end it|ending it)
suicide  (why|waarom) (ik|i|k) (should|moet|zou) ...2 (stay alive|blijven leven|keep living|doorleven|verder leven)
suicide  (cant think of|can t think of|not one|niet een|geen enkele|geen een) (one|a single|een|1|any)? (reason|reden|goede reden|good reason)
suicide  (no|geen) (reason|reden|goede reden|good reason) (to live|om te leven|to stay alive|om te blijven leven|om door te gaan|to keep living|to keep going)
selfharm  (on purpose|expres|opzettelijk|met opzet) ...4 (so i feel|om iets te voelen|to feel something|zodat ik iets voel|so i can feel)
selfharm  (slamming|slam|sla|klem|bang|banging) (my|mijn|mn) (fingers|hand|hands|head|hoofd|vingers) ...4 (on purpose|expres|opzettelijk)
abuse  (makes me|laat me|moet van|forces me to) ...3 (clean|cook|work|schoonmaken|koken|werken) ...8 (takes my money|pakt mijn geld|neemt mijn geld|takes all my money|all day|de hele dag|every day|elke dag)
danger  (blocked the door|blokkeerde de deur|stond voor de deur|deur op slot deed|locked the door|blocked the exit) ...4 (couldnt leave|could not leave|kon niet weg|niet weg kon|cant leave|couldnt get out|niet weg kan)
abuse+sexual  (made me|forced me to|dwongen me|lieten me|make me) (strip|undress|uitkleden|naked|naakt|take off my clothes|mijn kleren uittrekken)
danger+other  (gas|gaslucht|gas smell|gaslek|gas leak|koolmonoxide|carbon monoxide) ...8 ...4 (fainted|flauwgevallen|passed out|onwel|collapsed|bewusteloos|fell over|viel om)
homeless  (no|geen) (room|kamer|place|plek|home|huis|bed) (from|vanaf|starting|after|anymore from) (tonight|vanavond|today|vandaag|morgen|tomorrow)
homeless  (until it closes|tot het sluit|tot sluitingstijd|till closing|until closing) ...6 (outside|buiten|on the street|op straat)
suicide  (gave away|weggegeven|given away|gaf weg) ...8 (i know why|ik weet waarom|they dont know why|niemand weet waarom|ze weten niet waarom)
suicide  (roof|dak|balcony|balkon|bridge|brug|flat|building) ...8 (dont want to go back|wil niet meer terug|dont want to come down|niet meer naar beneden|not coming down|dont want to go back down)
selfharm  (extra|more|meer|te veel|too many) (painkillers|pijnstillers|pills|pillen|oxy|tramadol) ...6 (numb|niks te voelen|nothing|verdoofd|not feel|to not feel)
except  (mom|mum|dad|moeder|vader|mama|papa|ma|pa|ouders|parents|mother|father|sister|brother|zus|broer) ...2 (kill|murder|vermoorden|afmaken|killen) (me|mij) (if|when|als|wanneer|zodra) (she|he|ze|hij|they|zij) ...1 (finds out|find out|ziet|hoort|merkt|erachter komt|sees|hears)
except  (mom|mum|dad|moeder|vader|mama|papa|ma|pa|ouders|parents|mother|father|sister|brother|zus|broer) ...3 (kill|murder|vermoorden|afmaken|killen) (me|mij) ...6 (bike|fiets|phone|telefoon|jacket|jas|kapot|broke|lost|kwijt|forgot|vergeten|borrowed|geleend|unlocked|huiswerk|homework|grades|cijfers)
except  (broke|brak|gebroken) (my|mijn|mn) (arm|leg|been|pols|wrist|ankle|enkel|teen|toe|finger|vinger) ...4 (falling|fell|gevallen|viel|skating|voetbal|football|sport|bike|fiets|trampoline|ski|skiing)
except  (documentary|documentaire|docu|film|movie|serie|series|podcast|article|artikel|boek|book|les|lesson) (about|over) ...2 (overdoses|overdose|overdosis|suicide|zelfmoord|drugs|self harm|selfharm|zelfbeschadiging|homelessness|dakloosheid)
except  (character|personage|hoofdpersoon|main character|hoofdpersonage) (who|die|that) (self harmed|selfharmed|killed himself|killed herself|zelfmoord pleegde|zichzelf|cuts|sneed|died|overdosed)
selfharm  (feel numb|niks te voelen|niets te voelen|verdoofd te voelen|to not feel anything|to feel nothing|voel ik niks) ...8 (cant stop|can t stop|kan niet stoppen|kan niet meer stoppen|kan er niet mee stoppen)
except  (took|take|taking|takes|bracht|breng) (out)? (the)? (trash|bins|bin|rubbish|garbage|dog|afval|vuilnis|vuilniszak|de hond)
# the lines of blind57 and blind58 the model noticed and the lexicon did not
suicide  (niet meer|nooit meer|never|not) (wakker) (wil|wl|want to|wanna) (worden|wake up)?
suicide  (om het zelf te regelen|het zelf te regelen|het zelf te doen|take matters into my own hands|om het zelf te doen)
suicide  (ik|k) (wil|wl) ...2 (stoppen|stop) ...8 (met leven|met het leven|met mijn leven|with life|with living|met alles)
suicide  (think|thinking|denk|thought) (about|aan) (being dead|dood zijn|dying|dood gaan|doodgaan) ...8 (do it|doen|het doen)
suicide  (i want to|ik wil|i wanna|ik wl) (actually|echt|eigenlijk|really)? (do it|het doen|het echt doen) (now|nu|tonight|vanavond|vandaag|today)
abuse+sexual  (laat|laten|makes|made|liet) (me|mij) (dingen|things|stuff|sexual things) (doen|do) ...4 (in ruil|in return|in exchange|anders|or else|otherwise)
danger  (hands|handen) (around|om|rond|op) (my|mijn|mn|her|haar|his|zijn) (neck|nek|keel|throat)
homeless  (niet naar huis|not go home|cant go home|niet meer naar huis|can t go home) (kan|kan gaan|mag|can)? ...6 (vannacht|tonight)
homeless  (moet gaan|must leave|have to leave|moet weg|had to go|moest gaan|moest weg) ...2 (niet meer terug|never come back|not come back|nooit meer terug|not to come back)
homeless  (sent me away|stuurden me weg|kicked me out|zetten me eruit|sent me out|stuurde me weg) ...8 (stay somewhere|ergens slapen|ergens blijven|no money|geen geld|getting dark|wordt donker|nowhere|nergens)
suicide  (train tracks|rails|spoor|treinrails|tracks|spoorlijn|railway) ...8 (would be|zou|it d be|het zou|would) ...2 (quick|snel|fast|pijnloos|painless|over)
suicide  (someone|iemand) (to stop me|die me tegenhoudt|om me tegen te houden|die me stopt|who stops me)
selfharm  (my|mijn|mn) (cuts|sneeen|wonden|krassen|littekens|scars) ...8 ...8 (did it again|deed het weer|weer gedaan|deed het nog een keer|even harder|nog harder)
selfharm  (bite|bijt|bit|scratch|krab|kras|scratched) (my|mijn|mn|myself|mezelf) ...2 (until|tot|till) (they|it|ze|het|i|er)? (bleed|bleeds|bloeden|bloedt|bloed|bloedde)
selfharm  (pull out|trek|pulling out|rip out) (my|mijn|mn) (hair|haar|haren) (until|tot|out|uit) ...3 (bald|kaal|bleed|bloed)
abuse+sexual  (op zijn schoot|on his lap|op schoot|on her lap|op haar schoot) ...6 (kisses me|zoent me|kust me|touches me|aanraakt|betast|zit aan me|kissed me)
danger+other  (water|gracht|canal|kanaal|sea|zee|river|rivier|lake|meer|haven|sloot|pool|zwembad|dived|jumped|sprong|dook|gesprongen|gevallen|fell) ...8 (hasnt come|hasn t come|has not come|didnt come|did not come|is niet meer|never came) (back up|boven|up|bovengekomen|terug boven)
homeless  (sleeping|slaap|slapen|slept|sleep) (on|op) (benches|bankjes|a bench|een bankje|the street|straat|de straat|een bank in het park)
except  (hands|arms|armen|handen) (around|om|rond) (my|mijn|mn) (neck|nek) ...4 (hug|knuffel|hugged|knuffelde|hugging|knuffelen|a hug)
except  (niet|not|nie|niks) (met|with) (leven|het leven|mijn leven|life|living)
except  (to stop me|me tegenhoudt|tegen te houden|stop me) (from|van|met) (eating|buying|spending|eten|snoepen|kopen|watching|gaming|shopping|scrolling|texting|bingen)
# ---------------------------------------------------------------- round 49: blind59 (14 to 23, in or after mental health care: therapy, diagnosis and medication words)
selfharm  (vanavond|vandaag|gisteren|vannacht|tonight|today|yesterday|net|just) (heb ik|ik heb|i)? (het)? (weer|opnieuw|again) (gedaan|gekrast|gesneden|did it|cut)
danger  (sta|loop|zit|lig|standing|walking|stand) ...2 (midden op|in the middle of|op) (de|het|the)? (snelweg|highway|motorway|spoor|rails|tracks|treinrails|ring)
danger+other  (ruikt|ruik|smells|smell|stinkt) ...4 (naar gas|like gas|gaslucht|of gas)
selfharm  (stemmen|voices|stem|voice) (zeggen|zeiden|zegt|zei|told me|tell me|say|said|want) ...6 (pijn doen|hurt|kill|dood|snijden|cut|burn|branden|verbranden|gas|springen|jump|slaan|hit)
danger  (water|zee|meer|gracht|kanaal|sea|lake|river|rivier) ...8 (kom er niet meer uit|kom er niet uit|cant get out|cannot get out|kan er niet uit|kom niet meer uit)
homeless  (sloten|slot|locks|lock) (veranderd|vervangen|changed) ...8 ...8 (mag niet naar binnen|mag er niet in|not allowed in|cant get in|kom niet binnen|kan niet naar binnen|mag niet meer naar binnen|doet niet open|doen niet open|wont open|opent niet)
suicide  (@meds|pillen|pills|tabletten|strip|strips|sertraline|quetiapine) ...8 ...8 (ik wil ze|wil ze|want to take them|want to swallow them|i want to take them) (allemaal|all)? (slikken|innemen|nemen|take|swallow)?
suicide  (@meds|pillen|pills|tabletten|sertraline|quetiapine|strips) ...8 ...8 (ze|them) ...4 (te tellen|aan het tellen|counting|geteld|counted)
selfharm  (mezelf|myself|mzelf) ...6 (geslagen|slaan|sla|hit|punched|gestompt|gebeukt) ...4 (blauw|bruised|bloed|bleeding|bont en blauw|paars|purple)
selfharm  (cut|gesneden|gekrast|sneed|kraste) ...2 (three|twee|drie|vier|two|four|3|2|4|5|meerdere|several) (times|keer|x) ...6 (keep going|doorgaan|meer|more|verder)
except  (mom|mum|dad|moeder|vader|mama|papa|ma|pa|ouders|parents|mother|father|sister|brother|zus|zusje|broer|broertje|oma|opa|tante|oom) ...3 (vermoordt|vermoord|vermoorden|kills|murders|killt|maakt me af) (me|mij)? (als|if|when|wanneer|zodra) (ze|hij|she|he|zij|they) ...1 (ziet|hoort|merkt|erachter komt|finds out|sees|hears|weet)
except  (toen ik|when i was) ...2 (was|werd)? ...4 (geslagen|hit|beaten|mishandeld|misbruikt|abused) ...8 (verwerkt|processed|veilig|safe|voorbij|therapie|emdr|behandeling|therapy)
except  (vorig jaar|last year|jaar geleden|years ago|ooit|jaren geleden|a year ago) ...3 (een poging|an attempt|poging gedaan|a suicide attempt|zelfmoordpoging) ...8 (vier|celebrate|celebrating|vieren|blij|happy|trots|proud|taart|cake)
except  (ooit|once|vroeger|jaren geleden|years ago|een keer) ...4 (uit huis gezet|kicked out|eruit gezet|thrown out|uit huis gegooid) ...8 (goedgemaakt|uitgepraat|made up|sorted|goed nu|weer goed|weer bij hem|weer bij haar)
except  (vroeger|used to|ooit|once) ...4 (mesjes|blades|scheermesjes|razors) ...8 ...8 (weggegooid|threw away|thrown away|ingeleverd|gave them|handed in|weggedaan)
except  (liedje|nummer|song|lied|songtekst|lyrics|track) ...6 (zingen|zingt|sing|sings|singing|rapt|raps) ...2 (i wanna die|i want to die|ik wil dood|ik ga dood|kill myself)
except  (van|from|by|door) (de|mijn|my|the|mn)? @meds (word|wordt|krijg|get|become|makes me|maakt me) (ik)? (misselijk|nauseous|moe|tired|duizelig|dizzy|hoofdpijn|headache|slaperig|sleepy)
except  (suicidaliteit|zelfmoordgedachten|suicidal thoughts|suicide thoughts|suicidale gedachten) (besproken|discussed|bespreken|talked about|gesproken)
# ---------------------------------------------------------------- round 50: blind60 (boys and young men of 14 to 22 who write little and play things down)
suicide  (touw|rope|strop|noose) (in de|in the|op de|on the) (schuur|garage|zolder|attic|shed|kelder|basement) (gelegd|gehangen|hung|put|neergelegd|klaargelegd|verstopt|hidden)
suicide  (expres|on purpose|opzettelijk|met opzet) (tegen|into|in) (een|a|de|the) (boom|muur|tree|wall|vrachtwagen|truck|auto|car|paal|pole|trein|train)
suicide  (geweer|jachtgeweer|pistool|gun|rifle|vuurwapen|revolver) ...6 (ik weet waar|i know where) ...4 (sleutel|key|kogels|bullets|munitie|ammo|combinatie|code)
suicide  (bedankt|thanked|gedag gezegd|said goodbye|afscheid genomen|said bye) ...8 ...8 (snappen het morgen|begrijpen het morgen|understand tomorrow|get it tomorrow|snappen het later|weten het morgen|will understand tomorrow)
suicide  (trein|treinen|train|trains|spoor|rails|metro) ...8 (erover|eraan|about) (om)? (gwn|gewoon|just)? (te stappen|te springen|ervoor te stappen|to step|to jump|stepping|jumping)
suicide  (niks|niets|nothing) (achterlaten|achter laten|leave behind|to leave behind) (als|when|wanneer) (ik|i) (ga|gaan|go|weg ben|dood ben|gone|m gone|am gone)
suicide  (looked up|opgezocht|searched|googled|gegoogeld) (the|de|het)? (highest|hoogste|tallest) (building|gebouw|flat|bridge|brug|toren|tower|parking|parkeergarage)
suicide  (denk|think|thinking|dacht) ...4 (stuur omgooien|stuur om te gooien|tegen de vangrail|into the barrier|into oncoming traffic|tegenligger|steer into)
suicide  (my|mijn|mn) (funeral|begrafenis|uitvaart) ...8 (making it happen|make it happen|het laten gebeuren|ervoor zorgen|do it|doen)
selfharm  (op|on|tegen|against) (m|mn|mijn|my) (benen|been|armen|arm|hoofd|legs|head|dijen|thighs|buik) (tot|until|till) (ze|het|it|they|i) ...1 (paars|blauw|purple|blue|bloeden|bloed|bleed|bruised)
abuse+sexual  (heeft|had|hebben|did) (dingen|things|stuff) (met me|met mij|to me|with me) (gedaan|did|done)?
abuse  (moet|must|have to|moest|had to) (ik)? (voor ze|for them|voor hem|for him|voor hun) (dealen|deal|werken|work|smokkelen|runnen|drugs verkopen|sell|lopen)
danger  (anders|or else|otherwise) (pakken|pakt|doen|slaan|grab|get|hurt|gaan) (ze|hij|they|he) (mn|mijn|my|m) (zusje|broertje|moeder|familie|sister|brother|mom|family|mama|zus|broer)
abuse  (filmden|gefilmd|filmed|filmde|filmen) ...4 (in elkaar sloegen|sloegen|beat me up|beating me|slaan|mishandelden|in elkaar|schopten|kicked me)
homeless  (tot ie sluit|tot het sluit|until it closes|tot sluitingstijd|till it closes|tot ze sluiten) ...3 (weet ik het niet|dont know|geen idee|no idea|waar heen|where to|en dan)
suicide  (voor als|for when|in case) (ik|i) (het)? (echt)? (ga|do|doe|going to|am going to) (doen|do it|do)?
except  (blut|broke|arm) (tot|till|until) (het|the|mn|mijn)? (graf|grave|einde|eind)
except  (uit) (het|de|mijn|mn)? (team|klas|les|groepsapp|band|club|selectie|elftal|squad|chat|game|lobby) (gegooid|gezet|gestuurd|getrapt|gekickt)
except  (in de brugklas|in groep|vroeger|toen ik|last year|vorig jaar|in year|jaar geleden) ...6 (klap|klappen|geslagen|geschopt|hit) ...8 (uitgepraat|maten|vrienden|friends|opgelost|sorted|goedgemaakt)
except  (breekt|brak|ontsnapt|escapes|graaft|digs|eet|eten|at|roer|roert|eat|eating|stir) ...6 (met|with) (een|a|de|the)? (lepel|spoon)
except  (hoeveel|how many) (jongeren|mensen|kinderen|young people|people|kids|daklozen) ...6 (op straat|dakloos|homeless|on the street|buiten)
except  (knife crime|gun crime|messengeweld|wapengeweld|gun violence)
except  @meds (een goed idee|a good idea|veilig|safe|gezond|healthy)
except  (buiten|outside) (op het dak|on the roof|in de tuin|in the garden|in de tent|in a tent|onder de sterren|under the stars) ...6 (geslapen|slapen|slept|sleeping|pitten)
except  (geslapen|slept|slapen|sleeping) ...6 (sterren kijken|stargazing|under the stars|onder de sterren)
except  (controller|telefoon|phone|mobiel|laptop|afstandsbediening|remote) ...3 (tegen de muur|against the wall|at the wall|door de kamer) (gegooid|gooien|thrown|threw)
except  (opgesloten|locked|trapped|stuck) (in de storm|in the storm|in de cirkel|in the circle|in de zone|in the zone)
except  (spaarpot|rekening|bankrekening|portemonnee|spaargeld|pot|kas|kast|koelkast|account|pinpas) ...1 (leeg|leg) (getrokken|gehaald|geplunderd|gegeten)
# the lines of blind59 and blind60 the model noticed and the lexicon did not
suicide  (dont deserve|do not deserve|don t deserve|verdien het niet|verdien niet) (to live|te leven|om te leven|to be alive|to exist)
selfharm  (wondjes|wonden|wondje|korstjes|scabs|wounds|cuts) (weer)? (opengekrabd|opengekrast|open gekrabd|opengemaakt|opengetrokken|picked open|reopened|open gekrast)
selfharm  (ik|i|k) (wil|wl|want to|wanna) (mezelf|myself|mzelf) ...2 (pijn doen|pijn te doen|hurt)
selfharm  (hitting|hit|sla|slaan|beat|beuk) (my|mijn|mn) (legs|leg|arms|arm|hand|hands|head|benen|been|armen|hoofd) (with|met) (a|een|de|the) (hammer|hamer|riem|belt|stok|stick)
abuse  (sluiten|sluit|sloten|locked|lock|locks) (me|mij) ...3 (op|in|up) ...6 (zonder eten|without food|geen eten|no food|dagen|days)
abuse+sexual  (dingen doen|seks hebben|things|stuff|sex) ...4 (voor geld|for money|voor cash)
danger  (pistool|gun|mes|knife|wapen|geweer|vuurwapen) (tegen|against|op|to) (het|zijn|haar|mijn|his|her|my|the|mn) (hoofd|head|keel|throat|nek|neck|borst|chest)
suicide  (van|from) ...1 (hoog|hoogte|floors|verdiepingen|stories|stockwerk) (springt|springen|spring|jump|jumps|jumping)
selfharm  (snij|snijd|kras|krab|sny|cut) (in|op|into) (mn|mijn|m|my) (bovenbeen|been|benen|arm|armen|pols|buik|heup|dij|dijen|thigh|thighs|leg|legs|wrist)
selfharm  (wond|wonden|snee|sneeen|wondjes) (op|in|aan|on) (mn|mijn|m|my) (arm|armen|pols|been|benen|bovenbeen|wrist|leg) ...6 (niemand|nobody|no one|durf|dare)
abuse+other  (pa|vader|dad|stiefvader|vriend|man|stepdad) (heeft|had|has) (mn|mijn|my|m) (moeder|ma|mama|mom|mum|zus|zusje|broertje|broer) ...3 (geslagen|geschopt|mishandeld|hit|beaten|gewurgd)
danger  (net|just|zojuist|zonet) (beroofd|overvallen|robbed|mugged|gestoken|stabbed|neergestoken)
danger+other  (zwemmen|swimming|gezwommen|gedoken|dived|water|gracht|zee|kanaal) ...8 (komt|kwam) (niet|nie) (meer)? (boven)
homeless  (sleeping|slaap|slapen|sleep) (at|op|bij|in) (the|de|het)? (tram stop|tramhalte|bus stop|bushalte|stairwell|portiek|trappenhuis|bushokje) (tonight|vannacht|vanavond)?
homeless  (uit de|out of the|uit het) (opvang|shelter|woongroep|instelling|hostel|crisisopvang|tehuis) (gezet|gegooid|gestuurd|kicked|thrown|getrapt)
homeless  (got|have|heb|had) (nowhere|nergens) (else|anders) $
homeless  (nowhere|nergens) (else|anders) (to go|to sleep|to stay|heen|om te slapen|te slapen|om naartoe te gaan|naartoe)
homeless  (slaap|sleep|sleeping|woon|slapen) ...3 (in een|in a) (garagebox|schuur|shed|busje|van|kelder|fietsenhok|bike shed|bouwkeet|portiek)
homeless  (heb|have|ik heb|i have|got) (geen|no) (ander|other) (adres|address|huis|home|plek)
except  (springt|springen|spring|jump|jumps|jumping|sprong) ...2 (in minecraft|in fortnite|in roblox|in de game|in the game|in gta|in het spel|in zelda|in een game|in a game)
# ---------------------------------------------------------------- round 51: blind61 (girls of 12 to 17 online: friendship drama, body image, eating, online hate, older "boyfriends")
suicide+other  (passwords|wachtwoorden|wachtwoord|password) ...8 (take care of|zorg voor|zorg goed voor|pas op|look after) ...2 (my|mijn|mn|her|haar|his|zijn)
suicide  (wachtwoorden|passwords|wachtwoord|accounts) ...8 (als ik weg ben|when im gone|when i m gone|als ik er niet meer ben|after im gone|after i m gone|als ik dood ben)
suicide  (denk|think|thinking) ...4 (aan doodgaan|aan dood gaan|about dying|aan de dood|aan sterven|about being dead|aan zelfmoord)
suicide  (dood|doodgaan|die|zelfmoord|suicide|dying) ...8 ...4 (bijna gedaan|almost did it|nearly did it|bijna had gedaan)
selfharm  (alleen|only|just) (water|thee|tea|koffie|coffee) ...6 (val|fall|flauw|faint|duizelig|dizzy|fainting|om)
selfharm  (laxeermiddelen|laxeerpillen|laxatives|laxeer|laxeermiddel|laxative) ...6 (afvallen|af te vallen|lose weight|strip|per dag|a day|elke dag|every day)
selfharm  (chewing and spitting|kauwen en uitspugen|kauw en spuug|kauwen en spugen|chew and spit)
selfharm  (pro ana|proana|pro mia|promia|pro ana groep|thinspo|thinspiration)
selfharm  (niet meer dan|max|maximaal|only|no more than|hooguit) (100|200|300|400|500|honderd|tweehonderd|driehonderd|vierhonderd) (calorieen|calories|kcal|cal)
selfharm  (eten|eat|at|gegeten|calorieen|calories|eet) ...8 (val|viel|fall|fell) (steeds|constant|always|all the time)? (flauw|om|faint|over)
abuse+sextortion  (selling|sells|verkoopt|verkopen|sold|verkocht) (my|mijn|mn) (nudes|naaktfotos|pics|fotos|photos|videos|filmpjes)
danger  (in zijn auto|in his car|in haar auto|in her car|in de auto|in the car) (moet|must|have to|should|zal)? (stappen|get in|instappen|komen|come)
abuse+sexual  (bij hem|bij haar|at his place|at her place|with him) (mag|kan|can|could) (slapen|sleep|blijven|stay) (als|if) (ik|i) ...2 (iets terug|something back|in return|iets voor hem|something for him)
homeless  (nergens|nowhere) (plek|place|a place|om te slapen|te slapen|to sleep|to stay)
homeless  (verhuisd|moved|vertrokken|weggegaan|left|moved away) (zonder mij|without me)
homeless  (niet meer binnen|niet meer naar binnen|not allowed in anymore|not allowed back in|mag niet meer in) ...8 (stoep|buiten|uren|hours|outside|nacht|night|straat|street|trap)
selfharm  (scheermesjes|mesjes|razors|blades|razor blades) ...8 (gebruik ze|use them|gebruik het|used them|gebruikt|gebruik ik ze)
abuse+sextortion  (nepaccount|fake account|fake profiel|nep account|fakeaccount|nepprofiel|fake profile) ...6 (naaktfotos|nudes|naakt|naked|nude|naaktfoto)
danger  (crash|crashen|rijden|drive|dood rijden) (us|ons) (both|allebei|samen|all)? ...4 (if|als|unless|tenzij)?
homeless  (slaap|sleep|woon|slapen|sleeping) (sinds|since|al|for) ...3 (in een tent|in een tentje|in a tent|in het bos|in the woods|in het park|in the park)
except  (toets|test|examen|exam|huiswerk|homework|wiskunde|school|proefwerk|tentamen|deze week|this week|maandag|die les|die docent) ...3 (gaat|will|is going to|gonna) (me|mij) (vermoorden|afmaken|kill|killen|slopen)
except  (mom|mum|dad|moeder|vader|mama|papa|ma|pa|ouders|parents|sister|brother|zus|zusje|broer|broertje) (gaat|is going to|will|gonna) (me|mij) (echt|really|so|helemaal)? (afmaken|vermoorden|kill|murder|killen) (als|if|when|wanneer) (ze|hij|she|he|they|zij) ...1 (ziet|hoort|merkt|finds out|sees|hears|weet|knows)
except  (ophalen|pick me up|picking me up|te laat|late|is late) ...8 (sta buiten|staan buiten|standing outside|buiten in de regen|outside in the rain)
except  (vragen|questions|vraag|question) (stellen|ask|over|about)? ...2 (over|about) (seks|sex|sexualiteit|sexuality|voorbehoedsmiddelen|condooms|de pil)
except  @ik (kan|kn) @niet @meer ...4 (meme|memes|filmpje|video|tiktok|grap|joke)
# ---------------------------------------------------------------- round 52: blind62 (13 to 23 from religious or traditional families: honour, forced marriage, sent abroad)
suicide  (touw|rope|strop|noose) ...6 (verstopt|hidden|hid|liggen|ligt) ...8 (alleen|alone|vanavond|tonight|alleen thuis|home alone)
suicide  (er|der|mijn leven|my life) ...4 (een einde|een eind|n einde|an end) (aan|to it) (maken|te maken|maak|make)?
selfharm  (snijwond|snijwonden|sneeen|krassen|wonden|wond|cuts) ...4 (ontstoken|etteren|infected|ontsteken|pus|ettert) ...8 (niet naar de dokter|cant go to the doctor|durf niet|niemand|nobody|weet het|weten het|know)
abuse  (djinn|duivel|devil|kwade geest|evil spirit|demon|demonen|boze geest|geest|spirit|jinn) ...4 (uit me|out of me|eruit|uit mij) ...2 (slaan|te slaan|beat|beating|krijgen|drijven|verdrijven|te krijgen)
abuse  (ingewreven|rubbed|gesmeerd|verbrand|burned|geslagen|hit|beat|vastgehouden|held down|beaten) ...8 (geest|djinn|duivel|devil|demon|spirit|jinn) ...2 (te verdrijven|uit te drijven|verdrijven|out|eruit|te krijgen)
abuse+sextortion  (filmed|gefilmd|filmde) (us|me|ons|mij) (without|zonder) ...3 (knowing|weten|toestemming|consent|dat ik het wist)
abuse+sextortion  (filmpje|video|fotos|foto|filmpjes|videos) (gaat|gaan|went|goes|going) (rond|around)
abuse  (bindt|bond|binden|ties|tied|bonden) (me|mij) (vast|up|down)
abuse+sexual  (maagdelijkheidstest|maagdelijkheidscontrole|virginity test|virginity testing|maagdenvliesherstel)
danger  (eer|honour|honor|namus) ...6 (herstellen|restore|redden|save|wassen|clean|zuiveren)
danger  (doden|vermoorden|kill|killen|afmaken|doodmaken) ...3 (voor de eer|for the honour|for honour|for the honor|for honor|om de eer|voor onze eer)
danger  (graf|grave) (voor me|for me|voor mij) ...2 (klaar|ready|gegraven|dug)
danger  (decided|besloten|beslist) ...4 (i have to die|ik moet dood|i must die|ik moet sterven|ik dood moet|i need to die)
danger  (they know where i am|ze weten waar ik ben|ze weten waar ik zit|they know where i live|ze weten waar ik woon)
homeless  (de deur gewezen|door shown|showed me the door|the door shown)
homeless  (hal|lobby|station|ziekenhuis|hospital|portiek|trappenhuis|bibliotheek|library|mcdonalds|mac|bushokje|tramhalte) ...6 (om warm te blijven|to stay warm|to keep warm|om niet te bevriezen)
homeless  (verstoten|disowned|cast out|verstoot|verstootten)
suicide  (mijn zelfmoord|my suicide|mn zelfmoord) ...2 (plannen|planning|aan het plannen|voorbereiden|preparing|gepland|planned)
suicide  (dode|dead|dood) ...8 (dan geef ik|i ll give|ill give|then i give) ...1 (dat|that|wat|what|het|it)
selfharm  (tegen|against|on) (de|het|the|een|a)? (hete|hot|gloeiende)? (pan|strijkijzer|fornuis|stove|iron|kachel|heater|radiator) (gedrukt|gehouden|pressed|held|put|geduwd)
danger  (brand|fire|rook|smoke) ...8 ...4 (op slot|locked|deur dicht|door locked|sleutel|key)
except  (paspoort|passport) (kwijtgeraakt|kwijt|lost|verloren|verlopen|expired|vernieuwen|renew)
except  (vroeger|back then|toen|in die tijd|in de oorlog|in the war) ...6 (buiten sliep|sliep buiten|slept outside|outside)
except  (liniaal|ruler|lineaal|rietje|cane) ...4 (geslagen|hit|slaan|sloeg|slapped)
except  (married off|uitgehuwelijkt) (at|op|toen) ...2 (back in|in|toen|vroeger|years ago)
except  (ran away|weggelopen|liep weg) ...8 (was home for dinner|was thuis voor het eten|two hours|twee uur|een uurtje|an hour|so dumb|looking back)
except  (peuter|toddler|baby|kindje|kleuter) ...4 (pillen|pills|iets|something) ...2 (ingeslikt|geslikt|swallowed|ingenomen) ...8 (gelukkig|luckily|alles goed|is fine|was fine|went well)
except  (krant|newspaper|nieuws|news|artikel|article) (over|about) ...6 (gedwongen huwelijk|forced marriage|eerwraak|honour killing|honor killing|huwelijksdwang)
except  (episode|aflevering|serie|series|film|movie|show) (where|waarin|waar) (she|he|ze|hij|they|zij) ...6 (kicked out|sleeps in|slaapt in|eruit gezet|homeless|dakloos|gets kicked)
except  (flauwgevallen|fainted|passed out) ...6 (zo warm|so hot|te warm|too hot|hitte|heat|bloedprik|blood test|niet gegeten|gaat nu weer|prima|fine now|ok now)
except  (in gta|gta|in the game|in de game|in fortnite|in het spel|minecraft|roblox) ...8 (chasing|achtervolgd|achtervolgen|drove|reed|crashed|into the sea|de zee in)
except  (mijn sim|my sim|sims|de sims|the sims|mijn sims) ...8 (uit huis gezet|kicked out|evicted|tent|dakloos|homeless|dood|died)
# the lines of blind61 and blind62 the model noticed and the lexicon did not
suicide  (brief|briefje|letter|note) (geschreven|written|wrote|geschreve) ...8 (vannacht|tonight|vanavond|morgen|tomorrow) ...2 (stop ik|i stop|i ll stop|ga ik) (ermee|ermee stoppen|with it|it)?
selfharm  (when i see blood|als ik bloed zie|bij het zien van bloed) ...8 (did it|deed het|done it|gedaan|twice|keer|times)
abuse+sexual  (18|19|20|21|22|23|24|25|26|27|28|29|30|35|40) ...6 (het met hem|it with him|seks|sex|het doen|doen) ...8 (ik ben|im|i m|i am) (12|13|14|15)
abuse  (hard|zo hard|hardhandig) (vastgepakt|beetgepakt|grabbed|geduwd|pushed) ...8 (mond moet houden|mond houden|keep my mouth shut|niks zeggen|niets zeggen|say nothing|not tell)
abuse  (geslagen|geschopt|hit|beaten|gestompt) ...8 (moet van hem zeggen|must say|have to say|moet zeggen|zeggen dat ik) ...2 (gevallen|fell|viel|gevallen ben|an accident|een ongeluk)
abuse+sexual  (sexy|lekker|geil|hot) ...8 (alleen achterblijf|alleen blijf|stay behind alone|alone after|na de training alleen|alleen na)
homeless  (nachten|nights|dagen|days) ...6 (bij verschillende mensen|bij vrienden|at different|at friends|op de bank bij) ...8 (kan niemand|no one can|niemand kan|nobody can|nergens)
homeless  (weggestuurd|sent away|eruit gezet|kicked out|weg gestuurd) ...8 ...4 (vannacht heb ik niks|vannacht niks|nothing tonight|nowhere tonight|geen plek vannacht)
suicide  (doet alsof|doen alsof|act like|acts like|pretend) (ik|i) (al)? (dood|dead) (ben|am|was)? ...6 (maak ik het|make it|waar maken|come true|echt waar)
suicide  (thinking about|denk aan|denk erover|thinking of) (stepping|stappen|jumping|springen|lopen|walking) (in front of|voor|onder|under) (the|de|een|a)? (next|volgende)? (train|trein|metro|tram)
selfharm  (scratched|gekrast|sneed|cut|kraste) (my|mijn|mn) (arms|arm|legs|wrists|armen|benen|polsen) (with|met) (a|een)? (piece of glass|stuk glas|glass|glas|razor|mesje|scheermesje|schaar|scissors)
abuse+sexual  (mijn man|my husband|mn man) (dwingt|forces|forced|dwong) (me|mij)
abuse  (kicked|schopten|schopte|beat|sloegen|hit) (me)? (all over|overal|helemaal|in elkaar) ...8 (found out|erachter kwamen|ontdekten|boyfriend|vriendje|vriend)
abuse+sexual  (als ik geen|if i dont|if i don t|unless i) (seks|sex|het) (met hem|with him)? (heb|have|doe|do) ...8 (vertelt|tell|tells|zegt|laat|sends)
danger  (following me|volgen me|achtervolgen me|rijden me achterna|are following me) ...8 (hiding|verstop|verstopt|verschuil|hide)
abuse  (zweep|whip|riem|belt|stok|stick) ...8 (reinigen|cleanse|cleansing|uitdrijven|verdrijven|exorcise|exorcism)
abuse  (reinigen|cleanse|cleansing|uitdrijven|verdrijven|exorcise|exorcism) ...8 (zweep|whip|riem|belt|stok|stick|slaan|hit|beat)
# ---- round 53: blind63 (newcomers writing Dutch as a second language: word order, "mij" for "mezelf")
selfharm  (dat|omdat|want|als|wanneer|that|en) @ik (mij|me|mijzelf|mezelf) (snij|snijd|snijdt|kras|krast|krab|brand|cut)
selfharm  @ik (snij|snijd|kras|krast) (mij|me) (omdat|want|als|elke|iedere|om|weer|nog|stiekem|soms|vaak|al|sinds|met|but|maar|en)
selfharm  @ik (snij|snijd|kras|krast) (mij|me) $
selfharm  (snijden|krassen|cutten|cutting|snij) (is|helpt|helps|is the) ...4 (enige|only|wat helpt|that helps)
suicide  (liever|beter) @ik (ga|ben|wil) (dood|sterven|doodgaan)
suicide  (liever|beter) @ik (dood|sterf) (ben|ga|gaan)?
suicide  @ik (maak|maakt) (mij|mijzelf|mezelf) (eerst|wel|gewoon|liever|echt|toch)? (dood|kapot van kant)
suicide  (springen|spring) (bij|van|vanaf) (de|het)? (haven|kanaal|rivier|kade)
suicide  (way|ways|manier|manieren|hoe|how) (to|om|can|kan)? ...2 (die|sterven|dood) ...4 (not|niet|geen|no|without|zonder) (hurt|hurts|pijn|pain|painful|voelen|feel)
suicide  (bijna|almost|nearly) (gesprongen|jumped|sprong|gedaan) ...8 (vandaag|vanavond|vannacht|today|tonight|weer|again|dit keer|deze keer|this time|morgen|tomorrow)
abuse  (heeft|hebben|heb) (me|mij|ons) ...4 (geslagen|geschopt|getrapt|gestompt|gewurgd|mishandeld|in elkaar geslagen|bont en blauw)
abuse+sexual  (gedwongen|forced|dwong|dwongen) ...6 (dingen gedaan|dingen doen|seks|sex|aangeraakt|aanraken|betast|uitkleden|uit te kleden|uitgekleed)
danger  (of|anders|or|else) (ze|hij|zij|they|he|zullen) (steken|steekt|vermoorden|vermoordt|doden|doodt|stab|kill|neersteken) (mij|me|ons|us)
homeless  (i|im|i am|now i) (sleep|sleeping) (under|in|on|at|op|onder) (the|a|de|het)? (bridge|street|streets|station|park|bench|brug|straat)
resolved  (nu|now|inmiddels) (gelukkig|luckily|thankfully|gelukkig al) (niet|not|no) (meer|anymore|longer)
except  (slaat|sloeg|slaan|verslaat|versloeg|slaat ons) (mij|me|ons)? (altijd|steeds|weer|vaak|elke keer)? (in|met|bij|op) (fifa|fortnite|cod|valorant|minecraft|roblox|gta|2k|smash|tekken|schaak|schaken|mario|uno|pingpong|tafeltennis|potje|spel|game)
except  (medkit|medkits|health|healthpack|potion|potions|hp|level|game|spel) ...6 (pillen|pills|pilletjes)
except  (in het spel|in de game|in the game|in dit level|in het level|in this level|in the level|in het game) ...6 (opgesloten|locked|gevangenis|prison|jail)
except  (ben|bent|is|een|echte|mijn|the|a|zijn|echt|nu) (held|heldin|hero)
except  (man|vrouw|jongen|dader|verdachte|iemand|guy) met (een)? (mes|pistool|wapen|knife|gun) (is|werd|zijn|was)? (opgepakt|gearresteerd|aangehouden|arrested|caught)
# ---- round 54: blind64 (young carers: a parent who drinks, uses, is ill or in psychosis)
abuse+sexual  (seks|sex) (met hem|with him|met haar|with her|met hun)? (moest|moet|moeten|have to|had to|must) (hebben|doen|have)
abuse  (kokend|kokende|heet|hete|boiling|hot) (water|thee|olie|koffie|soep|tea|oil|coffee|soup) ...3 (over|naar|op|at|on|in) (me|mij|my|mijn|mn|m)
abuse  (gooit|gooide|smijt|smeet|gooien|gegooid|gesmeten|throws|threw) ...2 (alles|spullen|dingen|borden|glazen|een asbak|asbakken|stoelen|flessen|een fles|everything|stuff|plates) ...6 (naar|tegen|at) (me|mij|mijn|mn|my)
abuse  (slaat|sloeg|schopt|schopte|trapt|trapte|stompt|mept) ...3 (en|and) (mij|me|ons|us)
danger  (gas|gaskraan|het gas) ...2 (opengedraaid|open gedraaid|opengezet|open gezet|turned on|left on|aangezet|open) ...8 (allemaal|slapen|dood|sterven|ruik|stinkt|smell|samen|together|die|ontploffen)
danger  (houdt|hield|holds|held|zet|zette|drukt|drukte) (een|het|a|haar|zijn|zn|zijn)? @knife (tegen|op|bij|against|to|on) (haar|zijn|zn|mn|mijn|her|his|my|me) (pols|polsen|keel|nek|hals|buik|wrist|wrists|throat|neck)
danger  (aanval|toeval|insult|seizure|epileptische aanval|epilepsie aanval|stuip) ...4 (stopt niet|niet stopt|houdt niet op|niet ophoudt|wont stop|doesnt stop|not stopping|won t stop|doesn t stop|blijft maar)
danger  (zwaait|zwaaide|dreigt|dreigde|swinging|waving|swings) (met|with) (een|het|de|zijn|zn|haar|a|his|her)? (hamer|hammer|@knife|fles|bottle|bat|knuppel|stoel|chair)
suicide  (er|hier) (gewoon|maar|liever|beter|echt)? (niet meer|nie meer|nooit meer) (zijn|wezen|bestaan)
suicide  (al|already|alles al) (bedacht|uitgedacht|uitgezocht|figured out|planned|gepland) (hoe|how|waar|where|wanneer|when) $
abuse+sextortion  (anders|or else|otherwise|of anders|if not) ...3 (leakt|leak|leaks|lekt|deelt|stuurt|post|post|verspreidt|zet|share|shares|send|sends) ...3 (pics|fotos|foto|naaktfotos|nudes|filmpje|filmpjes|video|videos|pictures|photos)
homeless  (doet|doen|deed|deden) (niet|nie) (meer)? open ...8 (buiten|koud|kou|regen|regent|vriest|nacht|cold|rain|freezing|outside|stoep|straat|jas)
homeless  (buiten|op de stoep|voor de deur|outside) ...8 (doet|doen|deed|deden) (niet|nie) (meer)? open
homeless  (deur|door) ...3 (op de ketting|op slot|on the chain|locked|dicht) ...8 (geen jas|vriest|koud|kou|regent|cold|freezing|no coat)
homeless  (vannacht|tonight) (kan|can) (niemand|nobody|no one) (meer|anymore)? $
homeless  (vannacht|tonight) (kan|can) (niemand|nobody|no one) (meer|anymore)? (mij|me) (opvangen|hebben|have|host|take|in huis)
homeless  (of|or) (de|the) (straat|street) ...8 (buiten|outside|stoep|nu zit|now im|sidewalk)
resolved  (now|nu) (we have|i have|hebben we|heb ik|we hebben|ik heb) (a|an|een|our|ons|mijn|my)? ...2 (house|home|huis|kamer|room|plek|place|woning|appartement|apartment|flat)
except  (vermoorden|vermoord|kill|killen|afmaken|doodmaken) (als|if) ...8 ...4 (knipoog|grapje|geintje|joke|joking|kidding|wink)
except  (om|at|rond|tegen|around) <n> (uur|u|pm|am|oclock|o clock)
except  (mag|mogen|kan|can|is het erg|is het slecht|is it ok|is it bad|is het goed) ...6 (drinken|eten|nemen|drink|eat|take|have) (bij|met|with|na|after|naast) (haar|zijn|mijn|mn|je|her|his|my|de|the|your)? @meds
except  (hockey|voetbal|football|soccer|rugby|handbal|training|gym|gymles|basketbal|basketball|judo|karate|boksen|kickboksen|waterpolo|lacrosse) ...6 (sloeg|slaat|schopte|trapte|hit|kicked|geslagen|geschopt|stick|bal|ball)
except  (cat|dog|kat|hond|poes|konijn|rabbit|kitten|puppy|katten|cats|dogs) ...4 (sleeping|slept|slaapt|sliep|sleeps|slapen) (outside|buiten)
except  (vuilniszak|vuilniszakken|vuilnis|afval|kliko|container|prullenbak|vuilnisbak|papierbak|groenbak|fiets|scooter|kerstboom|trash|garbage|bins|bin|recycling) ...3 (buiten gezet|buitengezet|buiten zetten|naar buiten|out|outside|buiten)
except  (minecraft|roblox|sims|de sims|fortnite|in de game|in het spel|in the game) ...8 ...4 (in de fik|in brand|fire|lava|afgebrand|burned|burnt|opgeblazen|blew up)
except  (hits|hit|slaat|sloeg|raakt|raakte) (me|us|mij|ons)? (with|met) (a|an|een)? (4|2|draw|card|kaart|kaarten|pillow|kussen|snowball|sneeuwbal|sneeuwballen|waterballon|waterballonnen|nerf|bal|ball|pun|joke|grap)
except  (gesprongen|sprong|springen|jumped|jump) (van|out of|from|for) (schrik|blijdschap|vreugde|fright|joy|excitement|geluk)
except  (geslagen|verslagen|beaten|beat) (met|by) <n>
# the lines of blind63 and blind64 the model noticed and the lexicon did not
suicide  (niet|nie) (meer|langer) (wil|wl|wens) (leef|leven|leve|bestaan)
suicide  (wens|wil|wish) (niet langer|niet meer|no longer) (te)? (leven|live|bestaan|leef)
suicide  (vannacht|vanavond|vandaag|tonight) ...2 (maak|maken) (een)? (einde|eind)
suicide  (maak|maken) (een)? (einde|eind) $
suicide  (plan|plannetje) (gemaakt|made) (voor|for) (deze|this) (nacht|night)
suicide+ingested  (@pills|@meds) (gekocht|gehaald|verzameld|gespaard|bought|collected|saved|gestolen|stole) ...8 (vannacht|tonight|niemand weet|nobody knows|no one knows)
suicide  (uit het leven|met leven|met het leven|met mijn leven|from life|with life|out of life) (bedoel|mean|meen) (ik|i)?
suicide  (springt|springen|spring|jump|jumps|valt|val|fall|hoog|high) ...8 ...4 (sta|zit|stand|standing|sitting|im) (nu|now)? (boven)? (op|on) ...2 (parkeergarage|dak|flat|brug|roof|bridge|rand|ledge|balkon|toren|building|gebouw)
selfharm  (doe|deed|doen) pijn (aan)? (mijzelf|mezelf|mij zelf|me zelf|mij)
selfharm  (druk|drukte|drukken|houd|hield|leg|legde) ...2 (hete|heet|gloeiende|hot) (lepel|mes|pan|strijkijzer|spoon|aansteker|lighter|iron) (op|tegen|on|against) (mijn|mn|my) (arm|armen|been|benen|huid|hand|pols|skin|wrist|arms|leg|legs)
selfharm  (burned|burnt|brandde|gebrand|verbrand) (my|mijn|mn) (arm|arms|leg|legs|skin|wrist|hand|armen|been|benen|huid|pols) (with|met) (a|an|een)? (hot|hete|heet)? (spoon|lepel|lighter|aansteker|iron|strijkijzer|cigarette|sigaret|knife|mes)
selfharm  (mezelf|mijzelf|myself) ...8 (geslagen|gestompt|hit|punched|beaten|gebonkt) ...6 (blauw|bont|bruised|bloed|blood|bleed|bloedde)
selfharm  (het|t|it) (weer|opnieuw|again) (gedaan|done|did) ...8 (pols|polsen|arm|armen|wrist|wrists|bloed|blood|wond|wound|snee|sneeen|been|benen)
abuse+sexual  (pakt|pakte|grijpt|greep|knijpt|kneep|zit|zat|betast|grabs|grabbed|touches|touched) (mij|me) ...3 (aan|in|bij|on|at) (mijn|mn|m|my) (billen|kont|borsten|tieten|kruis|broek|ass|butt|breasts|boobs|crotch)
abuse  (keel|nek|throat|neck) (dichtgeknepen|dichtgedrukt|dichtknijpen|dichtgeknepe|dichtgeknepn|squeezed|geknepen|gewurgd)
abuse  (bij|by) (haar|zijn|mijn|mn|de|her|his|my|the) (keel|throat) (gepakt|gegrepen|pakt|grijpt|grabbed|vastgepakt|vastgehouden)
abuse  (als|for|as) (straf|punishment|a punishment) ...8 (balkon|ondergoed|kou|koud|nachts|cold|underwear|naakt|naked|kleren uit|uitkleden|balcony)
abuse  (balkon|ondergoed|kou|nachts|cold|underwear|naakt|naked|balcony) ...8 (als|for|as) (straf|punishment|a punishment)
abuse+sexual  (kleren|kleding|clothes|broek|onderbroek) (uit|off) ...4 (hij|he|zij|she) (kijkt|kijken|watches|watching|filmt|films|maakt fotos|takes photos)
danger  (hij|ze|zij|die man|he|they|the man) (rent|rende|rennen|runs|running|ran) (achter|after) (mij|me)
danger  (ligt|lies|lying|ligt al) ...4 (reageert niet|niet reageert|not responding|doesnt respond|wordt niet wakker|niet wakker|reageert nergens op|doesn t respond|won t wake|wont wake)
danger  (zoekt|zoeken|searching|looking) (mij|me|for me) ...6 (ik zit in|ik verstop|im hiding|hiding|ik zit onder|kast|closet|wardrobe)
danger  (you are|youre|you re|je bent|jij bent|ur) (dead|dood) ...8 (staat|staan|voor de deur|bij de deur|beneden|outside|buiten|komt|komen|downstairs|at the door)
homeless  (sleeping|slept|sleep|slaap|sliep|geslapen) ...3 (in|on|at|under|op|onder) (the|a|de|het|our|ons)? (bike storage|bike shed|fietsenhok|stairwell|storage|kelder|basement|berging|bin room|garage|laundry room|hallway|gang|galerij) ...8 (week|weken|nachten|nights|days|dagen|freezing|koud|cold|vriest)
suicide+ingested  (bij|at|in) (twee|drie|vier|vijf|meerdere|verschillende|several|different|two|three|four) (winkels|drogisterijen|apotheken|stores|shops|pharmacies|drugstores|supermarkten) ...6 (@pills|@meds)
suicide+ingested  (bij|at|in) <2+> (winkels|drogisterijen|apotheken|stores|shops|pharmacies|drugstores|supermarkten) ...6 (@pills|@meds)
except  (rent|rende|rennen|zoekt|zoeken|runs|running|looking|searching) ...6 (tikkertje|verstoppertje|tag|hide and seek|pakkertje|tikken)
except  (reageert|reageren|responding|respond|replies|antwoordt|reageerde) (niet|not)? (op|to) ...2 (telefoon|appjes|app|apps|texts|sms|mail|mails|calls|phone) ...6 (slaapt|sleeps|sleeping|asleep|druk|busy|gamet|gaming)
except  (youre|you are|you re|ur|je bent|jij bent) (dead|dood) (meat|vlees)
# ---- round 55: blind65 (LGBTQ+ young people: outing, rejection, binding, hormones, apps)
selfharm  (gesneden|gesnede|gekrast|sneed|kraste|cut|gecut|snij|sneden) ...8 (te diep|too deep|blijft bloeden|stopt niet met bloeden|wont stop bleeding|won t stop bleeding)
selfharm  (scherf|glasscherf|mesje|scheermesje|glas) ...3 (mn|mijn|my|m) (been|arm|pols|huid|dij|leg|wrist)
except  (uien|ui|uitjes|groente|groenten|brood|vlees|tomaat|tomaten|komkommer|paprika|fruit|appel|kip|aardappels|aardappelen|wortel|wortels) (snij|snijd|snijden|snijdt|sneed|aan het snijden)
suicide  (my own|mijn eigen) (obituary|overlijdensbericht|rouwkaart|eulogy|funeral|begrafenis) ...8 ...4 (almost time|bijna tijd|bijna zover|soon|binnenkort|ready|klaar|tonight|vannacht)
suicide  (writing|write|wrote|written|geschreven|schrijf|schreef) (my|mijn|mn) (own|eigen)? (obituary|overlijdensbericht|rouwkaart|eulogy|afscheidsbrief)
selfharm  (binders|binden|bind|ace bandage) ...8 ...4 (ademen doet pijn|breathing hurts|it hurts to breathe|ribben doen|ribs hurt|blauw|bruised)
selfharm  (twee|2|two|drie|3|three) binders
selfharm  (bijna niks|bijna niets|niks|niets|nothing|barely anything|hardly anything) ...8 (val|vallen|viel|bijna|almost|keep) ...2 (flauw|faint|fainting|pass out|passing out)
selfharm  (weer|expres|express|again|on purpose|elke keer|every time|altijd|opzettelijk) ...2 (overgegeven|overgeven|kotsen|gekotst|threw up|throw up|purge|purged|purging) (na|after) (het)? (eten|eating|meals|maaltijden|dinner|avondeten)
selfharm  (mezelf|myself|mijzelf|buik|stomach|dijen|thighs) ...3 (geknepen|knijp|kneep|knijpen|pinched|pinch|pinching) ...4 (tot|until|till) ...2 (blauw|bloed|bleed|bleeding|bruised|bruise)
selfharm  (veel|way|much|veel te|way too) (meer|more) ...3 (dan voorgeschreven|than prescribed|dan mag|than i should|than allowed|dan de dokter)
abuse  (met geweld|forcibly|by force|tegen mijn wil|against my will) ...4 (haar|hair) ...2 (afgeknipt|geknipt|cut off|shaved|afgeschoren|cut)
abuse  (kneep|knijpt|grabbed|greep|pakte|grijpt|squeezed) (zo)? (hard)? (in)? (mijn|mn|my) (arm|pols|nek|wrist|neck|keel|throat) ...4 (blauw|bruised|bruise|bloed|blood)
danger  (deur|door) ...2 (op slot|locked) ...8 (telefoon|phone|mobiel) ...2 (afgepakt|afgenomen|took|taken|weggepakt|afgepakt)
danger  (telefoon|phone|mobiel) ...2 (afgepakt|afgenomen|took|taken|weggepakt) ...8 (deur|door) ...2 (op slot|locked)
danger  (testosteron|testosterone|oestrogeen|estrogen|hormonen|hormones|steroiden|steroids|t) ...8 ...4 (pijn op mijn borst|pijn op de borst|chest pain|chest hurts|kan niet ademen|cant breathe|can t breathe|niet goed ademen)
danger  (pijn op mijn borst|pijn op de borst|chest pain|chest hurts|my chest hurts) ...4 (niet goed ademen|kan niet ademen|cant breathe|can t breathe)
danger+ingested  (veel te veel|way too much|much too much|te veel|too much) ...6 (gespoten|ingespoten|injected)
except  (documentary|documentaire|docu|film|movie|serie|series|boek|book|artikel|article|podcast) (about|over) ...3 (conversion therapy|conversietherapie|conversion camp|genezingstherapie|homogenezing|pray the gay)
except  (hoofdpersoon|hoofdpersonage|personage|main character|protagonist) ...8 ...4 (gezet|gegooid|geslagen|vermoord|dood|zelfmoord|suicide|kicked out|killed|dies|sterft|weggestuurd|thrown out)
except  (tiktok trend|trend|challenge|trending) ...8 (post|posten|pics|fotos|foto|pictures)
except  (gestolen|kapot|lek|vertraagd|stolen|broken|te laat|flat tire|lekke band) ...8 ...4 (ben|bn) (het|t)
except  (minecraft|roblox|sims|game|spel|level|creeper|creepers|zombies) ...8 ...4 (geen bed|geen dak|geen huis|geen onderdak|no bed|no house)
except  (geen bed|geen dak|geen huis|geen onderdak|no bed) ...8 (minecraft|roblox|zombies|zombie|game|spel|level|creeper|creepers|nether)
except  (horrorgame|horrorfilm|horror|game|spel|film|movie|serie) ...6 (man|vent|killer|clown|zombie|guy) met (een|n)? (mes|bijl|pistool|kettingzaag|knife|axe|gun|chainsaw)
except  (valorant|fortnite|cod|fifa|roblox|minecraft|game|mic|trash talk|trashtalk|voicechat|voice chat) ...8 ...4 (ik kom je halen|ik kom je pakken|im coming to get you|i m coming to get you)
except  (ik kom je halen|ik kom je pakken|im coming to get you) ...8 (mic|game|trash talk|trashtalk|haha|lol|valorant|fortnite)
except  (dead|deceased|ded) ...8 (ik kan niet meer|kan niet meer|i cant even|i can t even)
# the lines of blind65 the model noticed and the lexicon did not
suicide  (hoe ik het ga doen|how im going to do it|how i m going to do it|how ill do it|how i ll do it|hoe ik het doe) ...8 (nu weet ik|now i know|weet ik het|en nu weet|i know now|i ve decided|ive decided)
suicide  (niemand|nobody|no one) (gaat|zal|will|gonna|would) (me|mij|mn) (missen|miss)
suicide  (sta|stand|standing|im|ben) ...2 (op|on) (het|de|the)? (dak|roof) (van|of) (onze|de|het|mijn|our|my|the) (flat|flatgebouw|building)
suicide  (wacht|wachten|waiting|wait) (op|for) (de|the) (trein|train) (die|that) (hier)? (niet|doesnt|does not|won t|wont|dont|don t) (stopt|stop|stops)
suicide  (whats|what s|what is|wat is) (the point|het nut|de zin) (of|in|van) (staying alive|being alive|living|life|leven|doorgaan|going on)
suicide  (standing|staan|sta|zit|sitting|im) (at|on|op|aan) (the|de|het)? (edge|rand) (of|van) (the|de|het)? (pier|roof|bridge|dak|brug|cliff|klif|platform|perron)
selfharm  (bijna geen lucht|geen lucht meer|can barely breathe|kan bijna niet ademen|kan niet meer ademen) ...8 (maar|but) (ik|i) (wil|want|won t|wont) ...2 (niet|not)? (af|off|stop|uit)
selfharm  (punched|sloeg|geslagen|hit|punch|stompte|gestompt) (the|de|a|een|my|mijn)? (mirror|spiegel|wall|muur|raam|window) ...8 ...8 ...4 (do it again|weer doen|opnieuw doen|want to again)
abuse+sexual  (mijn|mn|my|me) (broek|onderbroek|kleren|pants|trousers|clothes|underwear) (uitgetrokken|afgetrokken|pulled down|pulled off|ripped off|naar beneden getrokken|afgerukt)
abuse  (vastgehouden|held down|pinned down|hielden me vast) ...8 (gefilmd|filmden|filmed|uitgetrokken|geslagen|geschopt)
abuse+sexual  (dwingt|dwong|forces|forced|wil dat ik|wants me to) ...4 (met)? (zijn|his) (vrienden|friends|maten) ...2 (naar bed|slapen|seks|sex|sleep)
abuse  (punched|hit|slapped|kicked|beat|sloeg|schopte|slaat) (me|mij) ...6 (shaming|shame|schande|eer|honour|honor|family name|de familie te schande)
homeless  (nu|now) (zit|sit|sta|lig|ben|im) (ik|i)? ...2 (op het station|at the station|op straat|in het park|on the street|in the park) ...8 (nachts|at night|midnight|middernacht|in the night)
homeless  (moet|must|have to) (ik|i)? (vanavond|vannacht|tonight) (weg|leave|eruit|out) ...8 (niemand|nobody|no one|nergens|nowhere)
homeless  (duwde|duwden|pushed|gooide|threw|zette) (me|mij) (naar buiten|outside|de deur uit|out the door|op straat)
homeless  (naar buiten|outside|de deur uit|out the door) ...3 (zonder|without) (schoenen|jas|shoes|coat|sokken)
# ---- round 56: blind66 (pupils under school pressure and bullying)
suicide  (groepsapp|groepschat|group chat|groupchat|klassenapp|chat|story|insta) ...6 (poll|peiling) ...6 (moet hij dood|moet ik dood|should i die|should he die|kill himself|kill myself|zelfmoord)
suicide  (maak|maken|maakte) (ik)? (mezelf|mijzelf|myself) af
suicide  (ramen|raam|window|windows|trap|stairs) ...8 (verdieping|floor|hoog|high) ...4 (al)? (bekeken|uitgezocht|gecheckt|checked|looked)
abuse  (schopten|schopte|trapten|trapte|sloegen|sloeg|kicked|stomped|stompten) (tegen|op|in|against|on) (mijn|mn|my) (hoofd|head|gezicht|face|buik|ribben|stomach|ribs)
danger  (trokken|sleurden|trok|sleurde|dragged|pulled|duwden|pushed) (me|mij) ...3 (bosjes|bos|struiken|bushes|woods|steeg|alley|busje|van|schuur|shed)
danger  (hart|heart) (slaat over|skips|racet|racing|bonkt|klopt heel snel|gaat tekeer|pounding|is racing) ...8 (sterretjes|duizelig|dizzy|flauw|faint|zwart voor mijn ogen|stars|trillen|shaking)
danger+ingested  (cafeinepillen|caffeine pills|cafeine pillen|cafeine tabletten|caffeine tablets|wekamines|speed) ...8 ...4 (hart|heart|trillen|shaking|duizelig|dizzy|sterretjes|misselijk|overgeven)
danger  (keuken|huis|kamer|woonkamer|flat|gang|trappenhuis|zolder|schuur|garage|kitchen|house|room|apartment|flat) (staat|staan|stond|is) (in brand|in de fik|in vlammen|on fire)
homeless  (threw|kicked|chucked|thrown) (me|us)? out ...8 ...4 (freezing|cold|koud|vriest|nowhere|nergens|beach|strand|park|station)
danger  (vastgebonden|vastgemaakt|tied up|tied me up|opgesloten|locked me) ...4 (in|op) (een|de|het|a|the)? (schuur|schuurtje|kast|kelder|shed|basement|closet|hok|container|kluisje|locker)
danger+ingested  (insuline|insulin) (van|from) (mijn|mn|my) ...1 (opa|oma|moeder|vader|broer|zus|mom|dad|grandpa|grandma|mother|father|mum) ...3 (gespoten|ingespoten|injected|genomen|took|geslikt|gebruikt|used)
suicide+ingested  (insuline|insulin) ...8 (niet meer wil|dont want to live|want to die|wil dood|dood wil|omdat ik niet meer)
resolved  (al|sinds|since|for) ...2 (jaar|jaren|maanden|years|months) (gestopt|clean|stopped)
past  (toen ik|when i was) (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|klein|little|jong|young)
except  (benen|legs|armen|arms|voeten|feet) (zijn|are|voelen|feel) (helemaal|echt|so|totally)? (kapot|dood|dead|op|gesloopt) (na|van|after|from)
except  (vermoordt|vermoorden|vermoord|killt|kills|kill|gaat) (me|mij) (als|if|wanneer) ...6 (sleutels|keys|kwijtraak|kwijt|rapport|cijfer|te laat|late|hoodie|ketchup|kamer|room|huiswerk|homework|telefoon|phone|vergeet|forget)
except  (weet|know|idk) (niet|not|dont know)? (waar|where) (ik|i)? (moet|to|should)? (beginnen|start|starten|begin|zoeken|look)
except  (liedje|song|lied|musical|genaamd|called|titel|title) ...4 (ik kan niet meer|kan niet meer)
except  (school trip|schoolreis|schoolreisje|schoolkamp|kamp|camp|camping|excursie|trip|survival|scouting|hike) ...8 ...4 (sleep outside|buiten slapen|slapen buiten|sleeping outside|slept outside|hammock|hammocks|hangmat|hangmatten|tent|tents)
except  (late|te laat|alarm|wekker|morning|ochtend|first period|eerste uur) ...6 (cant wake up|can t wake up|niet wakker worden|kan niet wakker worden)
except  (it happens|happens) (a lot|all the time|vaak|to many|to everyone|to lots)
except  (spel|game|level|minecraft|fortnite|zelda) ...6 (vond|found|gevonden|find) ...3 (mes|zwaard|sword|gun|knife|pistool)
except  (spel|game|level|survival|minecraft) ...8 (moet|must|have to) (buiten|outside) (slapen|sleep)
except  (gaat|gaan|will|going to|gonna) (me|mij) (afmaken|vermoorden|killen|kill) ...8 (gemorst|spilled|kapot|broke|broken|geleend|borrowed|gepakt|took|hoodie|sweater|trui|makeup|lipgloss|charger|oplader)
except  (maak|maken) (ik)? (mezelf|mijzelf) af (met|bij|op|in|tijdens) (deze|de|het|die)? (training|sport|gym|workout|fitness|werk|toets|examens|wedstrijd)
except  (trokken|sleurden|trok|duwden|pulled|dragged) (me|mij) ...6 (verstoppertje|hide and seek|tikkertje|spelletje|grap|prank|lol|haha)
except  (hart|heart) (slaat over|skips|skips a beat|racet|bonkt|races) (als|when|bij|every time|elke keer) (ik)? (hem|haar|him|her|jou|you|zie|see|denk|think)
# the lines of blind66 the model noticed and the lexicon did not
suicide  (weet niet|doesnt know|does not know|dont know|don t know|weten niet) (dat|that) (het)? (echt|really|a real|de laatste|the last) (afscheid|goodbye) (was|is|wordt)
selfharm  (snijd|snij|kras|krab|brand) (ik)? (in|op) (mijn|mn|m) (arm|armen|been|benen|pols|polsen|dij|dijen|buik|huid|bovenbeen|bovenbenen)
selfharm  (gesneden|snijd|snij|sneed|cut|kras|gekrast) ...8 (dieper|deeper) (dan|than)
selfharm  (razor|razors|mesje|mesjes|blade|blades|scheermesje|scheermesjes) ...8 ...4 (did it again tonight|did it again last night|again tonight|vanavond weer gedaan|vannacht weer gedaan)
abuse  (hoofd|head) (in|into) (de|het|the|a)? (wc|toilet|toiletpot|wc pot|wasbak|sink) (geduwd|gedrukt|pushed|shoved|duwden|stopten|gestopt|gehouden|held)
suicide+other  (vanavond|vannacht|tonight|vandaag|today) (gaat doen|going to do it|will do it|gonna do it|does it) ...8 (niet meer op|neemt niet op|reageert niet|not answering|doesnt answer|no answer|geen reactie|not picking up)
# ---- round 57: blind68 (pregnant teenagers and young parents)
selfharm  (slaap niet|kan niet slapen|huil|cry|cant sleep) ...3 @ik (snij|snijd|kras|krab)
abuse  (zie|zag|see|saw|hoor|hoorde|hear|heard) ...3 (hoe|how) ...3 (geslagen|mishandeld|getrapt|geschopt|beaten|hit|gewurgd|choked) (wordt|werd|gets|got|is)
abuse  (schudt|schudde|shakes|shook) (mij|me) (door elkaar|heen en weer|hard)
danger+ingested  (vaatwastablet|vaatwastabletten|wasmiddel|wasmiddelcapsule|wascapsule|wascapsules|bleek|chloor|schoonmaakmiddel|dishwasher|detergent|batterij|knoopcelbatterij|knoopbatterij) ...4 (gekauwd|gegeten|ingeslikt|geslikt|gedronken|chewed|swallowed|ate|drank|opgegeten)
danger  (zwanger|pregnant) ...8 (enorme|heel erg|heavy|severe|hevige) (buikpijn|pijn|pain|bloed|bloedverlies|bleeding|cramps|krampen)
danger  (laat|let|lets|wont let) (me|mij) (niet|not) (naar|to|go to) (het|de|the)? (ziekenhuis|hospital|eerste hulp|spoedeisende hulp|verloskundige|midwife|er)
danger  (baby|kindje|zoontje|dochtertje|kind|babys|kleintje) ...6 (door elkaar geschud|geschud|shook|shaken|door elkaar geschut)
danger  (baby|kindje|zoontje|dochtertje|kleintje) ...8 ...4 (heel slap|erg slap|zo slap|helemaal slap|floppy|limp|blauw aan|turns blue|turning blue|blauwe lippen|blue lips|niet meer wakker|ademt niet|not breathing|doesnt breathe|stopt met ademen|stopped breathing)
danger+ingested  (abortuspil|abortuspillen|abortion pill|abortion pills|misoprostol|cytotec) ...8 ...4 (bloed|bleeding|bleed|duizelig|dizzy|flauw|faint|maandverband|maandverbanden|pads)
danger  (maandverbanden|maandverband|pads|pad) (per|an|every|each|in een|in an) (uur|hour)
danger  (wont drink|drinkt niet|won t drink|will not drink|wil niet drinken|drinkt niks|drinkt bijna niks) ...6 (floppy|heel slap|erg slap|limp|lethargic)
danger  (voel|voelde|felt|feel|feeling) (de|the|mijn|my|het)? (baby|kindje) ...4 (niet meer|niet|not|no longer|stopped) (bewegen|moving|move|schoppen|kicking)
danger  (@knife|pistool|wapen|gun) ...4 (zwaait|zwaaide|waving|swinging) (ermee|with it|rond|around)
danger  (bang|afraid|scared|schrik) (dat|that) (ik|i) (de|the|mijn|my)? (baby|kindje|kind|zoontje|dochtertje|kid) (iets)? (aandoe|aan doe|hurt|pijn doe|zal slaan|will hurt|ga slaan|ga verstikken)
suicide  (auto|car) (tegen|into) (een|de|a|the)? (boom|muur|tree|wall|vrachtwagen|truck|brugpijler) (te)? (rijden|rijd|drive|crash|aan rijden|crashen)
selfharm  (bijt|beet|bite|bit|biting) (in)? (mijn|mn|my) (eigen|own)? (arm|armen|hand|pols|lip|wrist|arms) ...4 (tot|until) ...3 (bloed|bleed|bleeding|bloedt)
abuse  (slaat|sloeg|schopt|hits|hit|schudt|shakes|kicks|knijpt) (de|the|onze|our|mijn|my)? (baby|kindje|zoontje|dochtertje|peuter|toddler)
abuse+sexual  (geld|money|cadeaus|gifts|spullen|luiers) ...8 (wil|wants) (er)? ...3 (dingen|things|iets|something|seks|sex) (voor)? (terug|back|in return)
except  (slaat|sloeg|hits|hit|raakt) (de|the|mijn|my|mn|onze|our)? (baby|kindje) (met|with) (een|haar|zijn|a|her|his)? (knuffel|knuffeltje|cuddly|speelgoed|toy|kussen|pillow|rammelaar|rattle)
except  (kinderwagen|pram|wieg|box|buggy|stroller) ...4 (sliep|sliepen|slapen|slaapt|sleep|sleeps|slept|buiten|outside)
except  (buiten|outside) ...3 (in de kinderwagen|in the pram|in de wieg|in de buggy|in the stroller)
# the lines of blind68 the model noticed and the lexicon did not
suicide  (balkon|balcony|raam|window|dak|roof) ...6 (verdieping|floor) ...8 ...4 (wil springen|want to jump|ga springen|spring ik|springen)
suicide  (goodbye texts|goodbye messages|afscheidsberichten|afscheidsbericht|afscheidsbrieven|goodbye letters|goodbye notes) ...4 (to everyone|aan iedereen|naar iedereen|geschreven|wrote|written|tonight|vanavond)
selfharm  (bijna niks|bijna niets|niks|niets|nothing) (expres|express|on purpose|opzettelijk) ...6 (straffen|punish|pijn|hurt)
selfharm  (mezelf|myself) (wil|want to|moet|must) (straffen|punish) ...6 (eten|eat|honger|hunger|niks|nothing)
abuse+sextortion  (naaktfotos|naaktfoto|nudes|naakt fotos|naked pics|fotos van toen ik) ...8 ...4 (online zet|online zetten|post|leak|verspreidt|deelt|stuurt) ...8 (als ik|if i|tenzij|unless)
abuse+sexual  (gedwongen|forced|dwong|dwingt) (me|mij)? ...3 (zonder condoom|without a condom|without condom|onbeschermd)
homeless  (spullen|stuff|things|kleren|clothes) (in vuilniszakken|in bags|in trash bags|in plastic bags) ...6 (voor de deur|buiten|outside|op straat|on the street|gezet|put)
homeless  (geen geld|no money) (voor|for) (een|a)? (hotel|hostel|slaapplek|place to sleep)
except  (geschud|shook|shaken|schud) (met|with) (de|het|een|the|a)? (rammelaar|rattle|fles|bottle|speeltje|toy|sambabal)
except  slap (van|from) (het|de)? (lachen|laughing|giechelen|giggling)
# ---- round 58: blind67 (autistic young people and young people with ADHD: literal, ordered, blunt or impulsive)
suicide  @ik (wil|ga|gaat|wl) (zelfmoord|zelfmord|suicide|zelfdoding) (plegen|doen|te plegen|commit|commiten|plege)
suicide  (niet|not|no) (ouder|older) (wil|want to|ga|will|worden|word) ...2 (worden|become|be|get|dan|than)
suicide  (besloten|decided|beslist) (dat|that) (ik|i) ...4 (niet ouder|not older|niet meer wil leven|no longer want to live|niet meer wil)
suicide  (bedenk|bedacht|denk na over|think about|thinking about|plan) (hoe|how) (ik)? (dood kan gaan|dood ga|can die|to die|could die|zelfmoord|mezelf van kant|kill myself)
suicide  (het plan|my plan|mijn plan|the plan) (wordt|gets|is getting|word) ...3 (preciezer|concreter|more precise|more detailed|specifieker|duidelijker)
suicide  (weet|know) (hoe|how) (ik)? (het)? (ga doen|going to do it|ill do it|i ll do it|to do it|doe) (en|and) (wanneer|when|waar|where)
suicide  (overleden|died|passed away|is dood) ...8 (wil|want) (naar|to be with|to join|bij) (hem|haar|him|her|opa|oma|mama|papa) (toe|zijn|be)?
suicide  (zo diep|so deep|deep enough|diep genoeg) ...3 (snijden|cut|snij) ...3 (klaar|over|done|voorbij|dood|dead|het einde)
selfharm  (vuist|fist|hand) (in|door|through|into) (de|het|the|a)? (spiegel|mirror|raam|window|ruit|glas|glass)
selfharm  (punched|sloeg|stompte|hit|slammed) (the|de|a|my|mijn)? (wall|muur|mirror|spiegel) <3+> (times|keer|x)
selfharm  (punched|sloeg|stompte|hit|slammed) (the|de|a|my|mijn)? (wall|muur|mirror|spiegel) (several|many|meerdere|vaak|tien|ten|twintig|twenty) (times|keer|x)
abuse+sexual  (seks|sex|gehad|neukte|had sex|slept with) ...6 (terwijl ik nee zei|while i said no|though i said no|ik zei nee|i said no|ook al zei ik nee|even though i said no)
homeless  (slot|sloten|lock|locks) (vervangen|veranderd|changed|replaced) ...8 (kom er niet|kan er niet|cant get in|can t get in|niet meer in|niet naar binnen|cannot get in)
homeless  (vannacht|tonight|vanavond) (mag|may|can|kan) (ik|i)? (niet|not) (binnen|naar binnen|in|inside|thuis|home|come in)
abuse  (op de grond|to the ground|on the floor|tegen de grond) (gedrukt|geduwd|pinned|held|gehouden|gegooid|vastgehouden)
abuse  (knie|knee) (op|on) (mijn|my|mn) (rug|nek|back|neck|borst|chest|keel|throat)
danger  (komen|komt|coming) (me|mij) ...2 (halen|pakken|get) ...8 (overleven|survive|vermoorden|kill|dood|steken|stab)
resolved  (i laugh about it now|nu lach ik erom|nu lach ik er om|we laugh about it now|now i laugh)
except  (nothing|niks|niets|nothing got) (broke|broken|kapot)
except  (can i|mag ik|kan ik) (take|nemen|innemen|slikken) (more|meer|another|nog een|nog meer)
except  (drinken|drink|biertje|beer|alcohol) ...4 (slecht|bad|ok|oke|okay|goed) (met|with|bij) (mijn|my|mn)? (medicijn|medicijnen|medicatie|meds|medication|pillen|pills)
except  (wil|want to|wanna) ...3 (slaan|hit|punch|kill|vermoorden|afmaken) (maar|but) (dat doe ik|i wont|i won t|i would never|ik doe het|i will not|i dont) (natuurlijk|obviously|of course)? (niet|not)?
except  (mes in de rug|knife in the back|een mes in de rug|backstab|backstabbing|in de rug steken)
except  (deleted|gewist|verwijderd|wiped) (my|mijn|mn) ...2 (minecraft|world|wereld|save|savefile|progress|account|game)
# the lines of blind67 the model noticed and the lexicon did not
suicide  (perron|platform|spoor|station|trein|intercity|sprinter) ...8 ...4 (naar de rand|to the edge|op de rand|on the edge|over de rand)
suicide  (decided|besloten|beslist) ...6 (my last|mijn laatste|will be my last|wordt mijn laatste)
suicide  (so|zodat) (someone|somebody|iemand) (finds|vindt|find) (me|mij)
selfharm  (bijt|beet|bite|bit) (in)? (mijn|mn|my) (eigen|own)? (arm|armen|hand|pols|arms|wrist) ...8 ...4 (bloeden|bloedt|bleed|bleeding|gat|hole|wond|wound)
selfharm  (mijn|my|mn) (hoofd|head) ...3 (tegen|against|into) (de|het|the|a)? (muur|deur|deurpost|wall|door|doorframe|kast|vloer|floor|tafel|radiator) (geslagen|gebonkt|gebeukt|banged|slammed|hit|gestoten)
selfharm  (arm|armen|been|benen|pols|huid|dij|polsen) (met|with) (een|a|de|the)? (schaar|mes|mesje|scheermesje|scherf|glas|passer|blade|razor|knife|scissors) (opengehaald|opengesneden|opengekrast|gesneden|gekrast|cut)
abuse+sexual  (raken|raakt|raakte|raakten|touch|touches|touched) (ze|hij|zij|they|he)? (me|mij) (aan)? (op|on|in) (plekken|places|plaatsen|spots) (waar|where)
abuse  (slaat|sloeg|slaan|hits|hit) (hij|zij|ze|he|she|mij|me)? (met|with) (de|een|het|a|the|zijn|his|haar|her) ...1 (liniaal|ruler|riem|belt|stok|stick|pollepel|spoon|kabel|cable) ...6 (bloed|bloeden|bleed|blauw|bruise|pijn)
abuse  (vriendin|girlfriend|partner|vrouw|wife) ...3 (slaat|sloeg|hits|hit|schopt|kicks|mept|slaps) (me|mij)
abuse  (slaat|sloeg|hits|hit|geslagen|klap) ...8 (gescheurde|kapotte|bloedende|dikke|split) (lip)
abuse+sexual  (made|forced|dwong|liet|makes) (me|mij) (do)? ...1 (sexual|seksuele) (things|dingen|stuff)
danger  (brand|fire) (in|op) (de|het|the|our|onze|ons)? (keuken|kitchen|huis|house|woonkamer|gang|trappenhuis|kelder|schuur|zolder|slaapkamer)
danger  (rook|smoke) (komt|coming|comes|trekt) (naar boven|upstairs|onder de deur|under the door|binnen|into my room)
danger  (in brand|in de fik|fire to|on fire) (gaat|wil|will|going to|gaan) (steken|zetten|set) ...4 (met ons|with us|met mij|with me|erin|inside)
danger  (me|mij) (een|de|het|a|the|hun|their|zijn|his) (busje|auto|car|van) (in)? (getrokken|gesleurd|geduwd|gedwongen|dragged|pulled|pushed)
danger  (ze|they|hij|he) (me|mij)? (nog|still) (zoeken|zoekt|are looking|is looking|searching)
danger  (me|mij) (vanavond|vannacht|morgen|straks|tonight|nu)? (komen|komt) (halen|pakken) ...8 (overleven|survive|vermoorden|kill|dood|steken|stab|afmaken)
danger  (me|mij) (naar huis|home) (gaat|will|going to)? (volgen|follow|achtervolgen)
danger  (gaat|going to|will|wil) (me|mij) (naar huis|home) (volgen|follow|achtervolgen)
suicide  (ga|going|loop|walk) (zo|nu|now)? (naar|to) (de|the) (rand|edge) $
except  (small|klein|kleine|little|tiny|mini) (fire|brand|brandje|fikkie)
# ---- round 59: blind70 (young people with a chronic illness or a physical disability)
suicide  (sondevoeding|voeding|insuline|insulin|medicijnen|medicatie|meds|medication|medicine|pillen|pills|dialyse|dialysis|behandeling|treatment|chemo) ...6 (niet meer|no longer|stop|stoppen|quit|nooit meer|never again) ...6 (tot het voorbij is|tot het over is|until it s over|until its over|until it is over|tot ik dood ben|until i die|until i m dead|until im dead|tot ik er niet meer ben|tot het klaar is)
suicide  (niet meer|no longer|stop|stoppen|quit|nooit meer|never again) ...4 (sondevoeding|voeding|insuline|insulin|medicijnen|medicatie|meds|medication|medicine|pillen|pills|dialyse|dialysis|behandeling|treatment|chemo) ...6 (tot het voorbij is|tot het over is|until it s over|until its over|until it is over|tot ik dood ben|until i die|until i m dead|until im dead|tot ik er niet meer ben|tot het klaar is)
suicide  (teleurgesteld|disappointed|balen|baal|jammer|sad|verdrietig) (dat|that) (ik|i) (nog|still) (leef|wakker word|alive|live|wake up|hier ben|here|besta|exist)
selfharm  (prik|prikte|prikken|steek|stak|snij|sneed|kras|kraste|sla|sloeg|brand|brandde|knijp|kneep|poke|poked|stab|stabbed|cut|scratch|scratched|hit|burn|burned|pinch) ...8 (om|to|just to|gewoon om|alleen om) (pijn|pain) (te voelen|voelen|feel|to feel)
selfharm  (sla|sloeg|slaan|beuk|beukte|stomp|stompte|hit|punch|punched) (met mijn vuist|with my fist|met mijn vuisten|with my fists|met een hamer|with a hammer) (op|tegen|on|against) (mijn|my|mn) ...2 (been|benen|arm|armen|dij|dijen|leg|legs|hoofd|head|buik|belly|stomp|stomp|knie|knee) ...4 (tot|until|till) ...3 (blauw|bloed|bloedt|blue|bruised|bleeds|bleeding|open)
selfharm  (scratches|krassen|cuts|sneden|sneetjes|wondjes|snijwonden|brandwonden|burns) (under|onder) (my|mijn|mn) (cast|gips|sleeve|sleeves|mouw|mouwen|verband|bandage|trui|hoodie|sokken|socks|broek|jeans)
selfharm  (vol|full of|vol met|covered in) (scratches|krassen|cuts|sneden|sneetjes|snijwonden) ...6 (nobody knows|niemand weet|no one knows|niemand ziet|nobody sees|no one sees|niemand het weet)
abuse  (carer|caregiver|care worker|verzorger|verzorgster|verzorgende|thuiszorg|begeleider|begeleidster|nurse|zuster|pgb|assistent|assistant) ...4 (slaat|sloeg|slaps|slapped|hits|hit|schopt|kicks|kicked|duwt|pushes|pushed|mept|mepte) (me|mij)
abuse  (knijpt|kneep|knijpen|pinches|pinched|pinch) (me|mij)? (en|and) (scheldt|schold|slaat|sloeg|schopt|duwt|calls|hits|slaps|kicks|pushes|mept)
abuse  (geeft|gaf|gives|gave|geven) (me|mij) (mijn|my|mn)? (medicijnen|medicatie|pijnmedicatie|pijnstillers|insuline|insulin|medication|meds|medicine|pills|pillen|eten|food|painkillers) (niet|not|niet meer|no longer|never|nooit) ...8 (pijn|pain|honger|hungry|huil|huilen|cry|crying|straf|straffen|punish|punishment|lui|lazy|expres|on purpose|verdien|deserve|hypo)
abuse  (mum|mom|mother|dad|father|parents|carer|stepdad|stepmum|stepmom) ...2 (won t|wont|doesn t|doesnt|refuses to|stopped|stops) (give|giving) (me|mij) (my)? (medicine|meds|medication|pills|painkillers|insulin|food)
abuse  (laat|liet|laten|leaves|left|lets) (me|mij) (uren|urenlang|hours|de hele dag|all day|de hele nacht|all night|hele dagen|for hours) (in|op|on|lying in) ...3 (luier|luiers|natte|poep|plas|diaper|nappy|pee|poo|vies|vieze|wet|floor|grond|vloer|bed)
abuse  (sluit|sloot|sluiten|locks|locked|lock) (het|al het|the|all the|alle|ons|our|my|mijn)? (eten|food) (op|weg|away|up|in) ...8 ...2 (honger|hungry|starving|duizelig|dizzy|hypo|flauw|faint)
selfharm  (prik|prikte|prikken|steek|stak|snij|sneed|kras|kraste|poke|poked|stab|stabbed|cut|scratch|scratched) ...8 ...4 (maar|but|gewoon|just|alleen|only) (om|to) (pijn|pain) (te voelen|voelen|feel|to feel)
homeless  (moest|moet|must|had to|have to|mocht) (oprotten|ophoepelen|opdonderen|opsodemieteren|wegwezen|vertrekken|weggaan|get out|leave|fuck off|piss off) ...8 (op straat|on the street|on the streets|buiten|outside|nergens|nowhere)
danger  (brandt|brand|fire|burning|rook|smoke) ...8 (kan|can|kom|lukt) (ik)? (niet|not|nt) ...3 (uit bed|uit mijn bed|out of bed|naar buiten|outside|weg|away|eruit|out|uit huis)
danger+ingested  (al|alle|all) ...2 (pillen|pills|hartpillen|slaappillen|bloeddrukpillen|pijnpillen|epilepsiepillen|medicijnen|medicine|tabletten|tablets|meds) (tegelijk|at once|in een keer|in one go|all at once) (genomen|geslikt|ingenomen|taken|swallowed|opgegeten|took)
# the lines of blind70 the model noticed and the lexicon did not
suicide  (al|alle|all) (mijn|my|mn) (insuline*|insulin*|morfine*|morphine*) ...3 (leeg te spuiten|leegspuiten|leeg spuiten|leeggespoten|inject|injecteren|spuiten)
suicide  (elke nacht|every night|elke dag|every day|steeds|constant|constantly|de hele tijd|all the time) (denk|think|bedenk) ...4 (hoe ik het ga doen|how i ll do it|how i will do it|how to do it|hoe ik het doe|how im going to do it|how i m going to do it)
suicide  (liever|rather) ...2 (dood|dead) ...8 ...2 (weet|know) (al|already)? (hoe|how) (ik|i)? (het|it)? (doe|ga doen|do|ll do|will do)
suicide  (sta|zit|ben|stand|standing|am|im|i m) (nu|now)? (bij|op|on|at) (de|het|the|een|a)? (brug|bridge|dak|roof|flat|balkon|balcony|spoor|tracks|rand|edge|kade|pier) ...4 (wil|ga|want to|going to|gonna) (eraf|springen|jump|off|naar beneden|down)
selfharm  (ga|gaat) (ik)? (thuis|weer|dan)? (snijden|krassen|cutten) ...4 (vandaag weer|weer|elke keer)
selfharm  (going to|gonna) (cut|cutting) (myself)? (again|at home) ...4 (again|every time|today again)
selfharm  (mezelf|myself|mijzelf) ...2 (weer|again) (pijn gedaan|pijn doen|hurt|pijngedaan|gesneden|cut|gekrast)
selfharm  (mezelf|myself|mijzelf) ...3 (pijn gedaan|pijn doen|hurt|pijngedaan) ...6 (kan|can) ...3 (niet|not|nt) (mee)? (stoppen|stop)
abuse  (@vader|@moeder|ouders|stiefouder|pleegouders|pleegvader|pleegmoeder|verzorger|parents) ...3 (schoppen|schopt|schopte|kicken|kick|kicks|kicked|trappen|trapt|trapte) (me|mij)
danger+ingested  (fles|flesje|bottle) (morfine*|methadon*|codeine*|hoestdrank*|slaapmiddel*|morphine*|oxy*|lean|cough syrup) ...3 @ingested
homeless  (naar huis) (kan|mag) (ik)? (niet) ...8 (loop|zwerf|walking|wander|wandering|rondlopen) ...2 (al uren|uren|for hours|de hele nacht|all night|op straat|on the street|buiten|outside)
homeless  (mag|kan) (ik)? (niet meer|no longer) (slapen|sleep|logeren|stay) ...6 (naar huis|home) (kan|mag) (ik)? (niet|not)
homeless  (vannacht|tonight) (heeft|has) (niemand|nobody) (plek|plaats|room|space) (voor|for) (mij|me)
homeless  (vannacht|tonight) (heeft|has) (niemand|nobody) (plek|plaats|room|space) ...4 (buiten|outside|op straat|on the street|nergens|nowhere)
homeless  (slaap|sleeping|sleep|slaap al) ...3 (steeds|elke nacht|every night|each night) (op|on) (een|a)? (andere|different) (bank|couch|sofa|bed)
except  (hoe ik het ga doen|how i ll do it|how i will do it|hoe ik het doe) (met|with) (mijn|de|het|my|the) (planning|huiswerk|toets|toetsweek|werkstuk|homework|project|presentatie|examen|exam|geld|money|verjaardag|feest|party|stage|afspraak)
except  (how many|hoeveel) (units|eenheden|eenheid|ml|mg|koolhydraten|carbs) (of|van)? (insulin|insuline)? ...6 (for|voor|bij) (a|een|de|the|my|mijn)? (pizza|maaltijd|meal|snack|ontbijt|breakfast|lunch|dinner|avondeten|eten|food|sport|sporten|training)
except  <5+> (pillen|pills|tabletten|tablets|medicijnen|pilletjes) (per dag|a day|per day|daily|elke dag|every day|per week|a week|each day)
except  (insulin|insuline) (pump|pomp|pompje|sensor|meter)
except  (apotheek|pharmacy|apotheker|pharmacist|dokter|doctor|huisarts|arts|gp|ziekenhuis|hospital|specialist|verzekering|insurance|verzekeraar) (geeft|gaf|gives|gave)
except  (tot|until) (het|it|de|the) (voorbij|over|klaar|beter) (is|zijn)? (met|with) (de|het|the|mijn|my)? (griep|flu|kuur|ziekte|verkoudheid|koorts|infectie|behandeling|treatment|operatie|surgery)
except  (knijpt|kneep|pinches|pinched|knijpen) (me|mij) ...2 (in|on) (mijn|my|mn) (wang|wangen|cheek|cheeks|neus|nose)
except  (@meds|medicijnen|medicatie|medication|meds) (van|from) (het|de|the|my|mijn)? (ziekenhuis|dokter|huisarts|arts|apotheek|specialist|doctor|hospital|gp|pharmacy) (maken|make|makes|maakt|geven|give) (me|mij) (suf|slaperig|duf|misselijk|moe|drowsy|sleepy|tired|dizzy|duizelig|wazig)
except  (overdosis|overdose) (aan|of|van)? (ziekenhuiseten|eten|food|pizza|chocolade|chocolate|snoep|candy|netflix|series|anime|drama|liefde|love|knuffels|hugs|cuteness|memes)
except  (in een keer|tegelijk|at once|all at once|in one go) (met|with) (yoghurt|water|vla|appelmoes|eten|food|ontbijt|breakfast|thee|tea|melk|milk|sap|juice)
except  (allemaal|iedereen|everyone|we|wij|publiek|zaal|klas) (te|aan het|stonden te|stond te|zaten te|begonnen te)? (klappen|applaudisseren|juichen)
except  (stonden|stond|staan|zaten|zat|zitten|begonnen|begon|gingen) ...2 (te) (klappen|applaudisseren)
except  (in de|in het|in a|in the|in that|in die|in dat|in deze|in this) (film|serie|series|drama|movie|boek|book|show|game|aflevering|episode|docu|documentaire|soap) ...6 @violent (en|and|of|or) @violent
except  (pillen|pills|tabletten|tablets|medicijnen|pilletjes) (lagen|liggen|ligt|lag|vielen|vallen|rolden|were|fell|rolled|lay) (op|over|on|all over) (de|het|the)? (grond|vloer|floor|tafel|table|bank|bed)
# ---- round 60: blind69 (young people caught up in crime or the street: exploitation, drug debts, youth detention)
suicide  (geen reden|no reason|geen enkele reden|no reason left) ...2 (om te blijven|to stay|om te leven|to live|om hier te zijn|to be here|om door te gaan|to go on|to keep going|om nog te blijven)
suicide  (wat moet ik hier nog|wat doe ik hier nog|what am i still doing here|why am i still here|waarom ben ik hier nog) $
suicide  (niet|not|dont|don t|do not) (pakken|vermoorden|afmaken|kill|get|killen) ...4 (doe ik het zelf|do it myself|i ll do it myself|ill do it myself|i do it myself|doe ik het zelf wel)
suicide  (i d rather|id rather|i would rather|liever|rather) (do it|doe ik het|het|do it to)? (myself|zelf) ...4 (first|eerst|dan is het klaar|then it s over|then its over|dan ben ik ervan af)
suicide  (cel|cell|jeugdgevangenis|inrichting|jji|detention|juvie) (dacht|thought) ...2 (er|about it|aan) ...8 (wil|ga|want to|going to|gonna) (het)? (echt|really)? (gaan doen|doen|do it)
suicide  (knife|knifes|mes|mesje|rope|touw|strop|pills|pillen|pils|gun|pistool) ...2 (ready|klaar|ligt klaar|is klaar) ...8 (for me|voor mij|voor mezelf|for myself|myself|mezelf)
suicide  (het water in|into the water|in the water|de zee in|into the sea|het kanaal in|into the canal) ...4 (niet bellen|don t call|dont call|niet zoeken|don t look for me|dont look for me|vaarwel|goodbye)
suicide  (nu snap ik hem|nu snap ik haar|now i understand him|now i understand her|now i get him|now i get her|now i get why|nu snap ik waarom) ...6 (ga|going to|gonna|wil|want to) (hetzelfde|the same) (doen|do)
suicide  (wrote|written|geschreven|schreef|typed|getypt) (my|mijn|mn)? (goodbye|goodbyes|afscheid|afscheidsbericht|farewell) ...6 (scheduled|gepland|ingepland|klaar|ready|tonight|vanavond|vannacht)
selfharm  (begon|started|begonnen|start) (ik|i)? (met)? (krassen|snijden|cutten|cutting|scratching|branden|burning) ...8 (nooit|never|niet) ...2 (gestopt|stopped|opgehouden)
selfharm  (gebrand|verbrand|gesneden|gekrast|burned|burnt|cut|sneed|kraste|brandde|geslagen|gestoken) ...8 (wilde|wil|wanted|want|om|to) (voelen|feel) (dat|that)? (ik|i)? (nog)? (leef|alive|besta|exist|iets voel|still feel|echt ben|am real)
abuse+sexual  (moet|must|have to|moest|had to) (ik|i)? (dingen|stuff|things) (met|with|voor|for) (hem|haar|him|her|hun|them) (doen|do) ...4 (niet wil|don t want|dont want|niet wilde|didn t want|didnt want)
abuse+sexual  (moest|had to|must|moet) (ik|i)? (met|with) (meerdere|drie|vier|several|some|twee|all the|al die|verschillende) (jongens|mannen|boys|men|guys|gasten) ...6 (wilde niet|didn t want|niet wilde|ik wilde niet|wou niet|wilde het niet)
abuse+sexual  (bij hem|with him|bij haar|at his place|at his house) (moest|had to|must) ...3 (slapen|sleep|blijven|stay) ...8 (deed hij dingen|did things|deed dingen|raakte|touched|aanraakte|aanzat)
abuse  (kapot maken|kapotmaken|doodmaken|vermoorden|kill me|hurt me|afmaken|neersteken|stab me) ...2 (als|if) (ik|i)? (het|it)? (meld|melden|aangifte doe|naar de politie ga|snitch|report|tell the police|go to the police|praat|vertel)
abuse  (bankpas|bank card|pinpas|debit card|rekening|account|bankrekening) ...4 (moest|had to|must|gedwongen|forced|moet) ...4 (geven|give|afgeven|hand over|afstaan|lenen|lend)
abuse  (made|forced|dwongen|lieten|make|force|dwingen) (me|mij) (jump|beat up|in elkaar slaan|slaan|stab|steken|overvallen|rob|beroven) ...8 (anders|otherwise|or else|or i|if not|of anders) ...3 (next|de volgende|was ik|ben ik|i was|i m|im|i d be|ik ben)
abuse  (moet|must|have to|moest|had to) ...6 (spul|drugs|wiet|coke|pakketjes|packages|stuff|bolletjes|pakketten|zakjes) ...2 (rondbrengen|brengen|verkopen|deliver|sell|dealen|vervoeren|wegbrengen|bezorgen) ...8 (mag niet stoppen|can t stop|cant stop|niet stoppen|mag niet weg|can t leave|cant leave|anders|or else|niet mag stoppen)
abuse  (bolletjes|pellets|drug pellets|balletjes|capsules) ...4 (laten slikken|slikken|swallow|geslikt|swallowed|made me swallow|inslikken)
abuse  (slaan|schoppen|slaat|hits|hit|beat|kick|pakken) (ze|zij|they|hij|he)? (me|mij) ...6 (leiding|groepsleiding|staff|begeleiding|niemand|nobody|no one) (doet|does|do) (niks|niets|nothing)
abuse  (pakken|slaan|schoppen|beat|jump|hit) (ze|they) (me|mij)? (elke|every) (avond|nacht|dag|night|day)
abuse  (make|made|laten|force|forcing|forced|dwingen) (my)? (little brother|broertje|little sister|zusje|kleine broer|kleine zus|my brother|mijn broertje) (hold|sell|carry|vasthouden|verkopen|brengen|dealen|deliver|run)
danger+ingested  (spuit|injection|shot|prik|pil|pill|pilletje|drankje|drink) ...6 (gekregen|got|given|gehad|gegeven|had) ...8 (voel|feel) ...3 (niet meer|niks|nothing|numb|geen|not|niet)
danger  (zit|ben|hide|hiding|am|zitten|verstop) (verstopt|hiding|ondergedoken|me) ...6 (achter|in|behind|onder|under|tussen) ...8 (rijden|komen|zoeken|coming|looking|driving|hunting)
danger  (rijden|komen|lopen|coming|driving) (nu)? (naar me toe|naar mij toe|my way|for me|to me|towards me) ...8 (verstopt|verstop|hiding|hide|ondergedoken)
# the lines of blind69 the model noticed and the lexicon did not
suicide  (weg|gone) ...6 (sorry for everything|sorry voor alles|sorry for all of it|sorry for all)
selfharm  (mezelf|myself) (met|with) ...2 (strijkijzer|iron|aansteker|lighter|sigaret|cigarette|lepel|spoon|hete lepel|hot spoon) (gebrand|brand|brandde|burned|burnt)
selfharm  (expres|on purpose|opzettelijk|bewust) ...4 (heet water|hot water|kokend water|boiling water|strijkijzer|kookplaat|stove|fornuis|vuur|fire|aansteker|lighter)
selfharm  (ben|was) (ik|i)? (thuis|weer|toen|daarna|meteen)? (gaan) (snijden|krassen|cutten)
selfharm  (nagels|nails|huid|skin|korstjes|scabs) (eraf|eruit|off|out|los) ...2 (expres|on purpose|opzettelijk|bewust)
selfharm  (trek|pull|pluk|trok|pulled) (mn|mijn|my) (nagels|nails|huid|skin|korstjes|scabs) (eraf|eruit|off|out|los) ...8 (bloedt|bloed|bleeds|bleeding|pijn|hurts)
abuse+sexual  (laat|liet|makes|made|let|lets) (me|mij) (met|with) (zijn|zn|his|hun|their) (vrienden|friends|mannen|men|gasten|klanten|clients) ...3 (voor geld|for money|tegen betaling|for cash)
abuse  (gooide|gooit|threw|throws|duwde|pushed|smeet|smijt) (mijn|my|mn) (vader|moeder|stiefvader|stiefmoeder|mama|papa|dad|mum|mom) (mijn|my|mn|haar|her|hem|him) (moeder|vader|mama|papa|mum|mom|dad|broer|zus|zusje|broertje|brother|sister)? (tegen|against|door|through|op|on|van|down) (de|het|the|een|a)? (kast|muur|wall|deur|door|grond|floor|tafel|table|radiator|trap|stairs)
abuse  (elke dag|every day|altijd|always|iedere dag|elke avond) (schreeuwen|yelling|screaming|gillen) (en|and) (slaan|hitting|klappen|schoppen|kicking)
abuse+sexual  (gratis|for free|free) (wiet|drugs|coke|alcohol|drank|weed|spul|stuff|pills|pillen) ...6 (dingen|things|stuff|seks|sex) (van me|van mij|from me|terug|back|in return|ervoor)
abuse  (als|if) (ik|i) (stop|stoppen|quit|leave|weg ga|nee zeg|say no) (dan|then)? (slaan|schoppen|vermoorden|pakken|steken|hit|beat|kill|hurt|stab) (ze|they|hij|he)? (me|mij)
abuse  (force|forced|dwingen|dwongen|make|made) (me|mij) (to)? (recruit|ronselen|werven|halen) (girls|meisjes|kids|kinderen|meiden)
abuse  (laat|liet|makes|made|lets) (me|mij) (voor hem|voor hun|voor ze|for him|for them)? (dealen|deal|drugs verkopen|sell drugs|runnen|lopen voor)
abuse+sexual  (gast|man|guy|vent|kerel) (van|of) <20+> ...8 (slaapt met me|sleeps with me|seks met me|sex with me|heeft seks met|has sex with)
abuse  (geslagen|beaten|jumped|in elkaar geslagen|getrapt|slaan) (als|as) (test|initiatie|initiation|ontgroening|welkom|welcome)
abuse  (geslagen|beaten|slaan|sloeg|sloegen|slaat) ...8 (knuppel|honkbalknuppel|staaf|pipe|ketting|chain|boksbeugel)
abuse  (beat|hit|hits|beats|beating) (me|us|my) ...6 (bat|baseball bat|pipe|chain|brass knuckles|ketting|knuppel)
danger  (meegenomen|ontvoerd|taken|kidnapped|opgehaald|meegesleurd) (door|by) (die|de|those|the|een paar|some) (gasten|jongens|mannen|guys|men|boys|dealers) ...8 (neemt niet op|not answering|doesn t answer|isnt answering|niet bereikbaar|onbereikbaar|weg|gone|missing|vermist)
danger  (shot|schoot|geschoten|schieten|shooting|fired|schoten) (at|op) (our|my|ons|onze|mijn|the|het|de) (house|home|huis|door|deur|car|auto|window|raam|flat)
danger  (me|mij) (niet|not) (laten|let) (gaan|weg|go|leave) ...8 (op slot|locked|paspoort|passport|sleutel|keys|opgesloten)
danger  (laten|let|won t let|wont let) (me|mij) (niet|not)? (gaan|weg|go|leave) ...8 (op slot|locked|paspoort|passport|sleutel|keys|opgesloten)
homeless  (moest|had to|must|moet) (weg|leave|get out|vertrekken) ...8 ...4 (kan|can|mag) (ik|i) (ergens|somewhere|anywhere) (slapen|sleep|pitten|overnachten|stay)
except  (documentaire|docu|documentary|film|serie|series|nieuws|news|reportage|artikel|article|les|lesson) ...8 ...4 (bolletjes|pellets|drug pellets) ...4 (slikken|swallow|geslikt|swallowed)
except  (bal|ball|balletje) (geslagen|hit|slaan|sloeg) (met|with)
except  (blijven|stay|staying) (op|at|bij|in) ...2 (feest|feestje|party|school|werk|job|club|training|team|groep|verjaardag)
except  (mama|mam|moeder|mom|mum|mother|papa|pap|vader|dad|oma|opa) (gaat|will|is going to|gonna) (me|mij) (afmaken|vermoorden|killen|kill) ...6 (lievelingsmok|mok|mug|vaas|vase|bord|plate|bank|couch|tapijt|carpet|auto|car|telefoon|phone|sleutels|keys|rapport|cijfer|cijfers|grades|report)
except  @past_at ...8 (maar|but|nu|now) ...8 ...2 (nu is het|now it s|now its|het is nu|now it is) (rustig|veilig|safe|calm|quiet|goed|fine|ok|oke|beter|better)
except  @past_at ...8 (nu snap ik|now i see|now i understand|nu weet ik|now i know|nu begrijp ik) ...3 (hoe dom|how stupid|how dumb|dat het dom|that it was stupid|hoe stom)
except  @past_at ...8 ...4 (de dader|the perpetrator|the guy|die jongen|hij|he|ze|they|de daders) (is|zijn|was|were|got) (veroordeeld|opgepakt|convicted|arrested|caught|locked up|gearresteerd)
except  @past_b ...8 (scar|litteken|littekens|scars) ...6 (but|maar) ...4 (again|weer)
except  (zit|zitten|zat) (vast) ...6 (bezoeken|bezoek|visit|visiting|brief|letter|gevangenis|prison|jail|pi|bajes)
except  (locked out|buitengesloten|uitgelogd|logged out) (of|van|uit) (my|mijn|mn)? (instagram|insta|account|snap|snapchat|tiktok|email|mail|phone|telefoon|icloud|apple id|discord|game|fortnite|roblox|laptop)
except  (buiten|outside) ...6 (met de|met mijn|with my|with the|met) (matties|vrienden|friends|boys|squad|mattie|meiden|girls|mensen) ...3 (chillen|chill|gezellig|chilling|hangen|hanging)
except  (gooide|gooi|threw|throw|smeet) (hem|het|my|mijn|de|the|it)? (controller|telefoon|phone|mouse|muis|headset|ps5|remote|afstandsbediening|mobiel) (tegen|against|door|through) (de|the)? (muur|wall|grond|floor)
except  (controller|mouse|muis|headset|telefoon|phone|mobiel) ...4 (gooide|threw|smeet|gooi) ...2 (hem|it|het)? (tegen|against) (de|the)? (muur|wall|grond|floor)
# ---- round 61: blind71 (young people with roots in Suriname, the Antilles and Aruba, Sranantongo and Papiamento mixed in)
suicide  (wil|want|wl) (dood|die) (serieus|echt|really|for real|fr)
suicide  @wil @niet @meer verder ...6 (mes|mesje|pillen|touw|strop|brug|spoor|dak|knife|pills|rope|bridge|afscheid|goodbye|dood|die|sterven|einde)
suicide  (laatste|last) (voicebericht|voice message|voicememo|spraakbericht|spraakmemo|afscheidsbericht|video) ...3 (ingesproken|opgenomen|recorded|gestuurd|sent|gemaakt|made) ...3 (voor|for|aan|to)
suicide  (afscheid genomen|said goodbye|afscheid nemen|afscheid gedaan) ...8 (weet het niet|weten het niet|doesn t know|doesnt know|don t know|dont know) ...6 (laatste keer|last time)
selfharm  (hasi|hacer|hasie) (mi|me) (mes|mesun|mismo)? (doño|dono|daño|dano)
selfharm  (snij|sneed|kras|kraste|cut) (mezelf|myself)? ...3 (schaam|ashamed|shame|schaamte)
abuse+sexual  (alleen|only) ...4 (als|if) (ik|i) ...4 (alleen|alone) (met|with) (hem|him|haar|her) (blijf|stay|ben|be|ga|go)
abuse+sexual  (zit|zat|zitten|komt|kwam) ...6 (met|with) (zijn|zn|his|haar|her) (handen|hand|vingers|hands|fingers) (aan|on|op|in) (mij|me)
danger+ingested  (bebe|bebé|drank|dronk|gedronken|drink|drunk) (clorox|bleek|bleach|chloor|ammoniak|ontstopper|javel)
danger+ingested  (clorox|bleek|bleach|chloor|ontstopper|drain cleaner|javel|wc eend) ...6 (keel|throat|mond|mouth|maag|stomach|buik) (brandt|burns|burning|doet pijn|hurts|brand)
danger  (gaskraan|gaskranen|gasfornuis|gas) ...2 (opengezet|opengedraaid|open gezet|open gedraaid|aangezet|aan gezet|turned on|open) ...8 (op slot|locked|dicht|ramen dicht|windows shut)
homeless  (mi ta|mi t|mi) (riba|rib) (kaya|caya)
homeless  (sta|stand|zit|sit) (op straat|outside|buiten|on the street) ...6 (deur|door) (dichtgedaan|dichtgegooid|op slot gedaan|dicht gedaan|dicht|slammed|locked)
homeless  (laat|laten|lets|let|wil|wilt) (ons|me|mij|us) (niet meer|no longer|nooit meer) (binnen|in|naar binnen|inside|thuis)
# the lines of blind71 the model noticed and the lexicon did not
suicide  (mi no ke|mi no kier|mi no kie|mi no ta ke) (biba|leef|leven|sigi|biba mas)
suicide  (denk|denken|dacht|thinking|think) (erover|eraan|about) (om|to)? ...2 (de zee in te lopen|het water in te lopen|in de zee te lopen|walking into the sea|walk into the sea|te verdrinken|drowning myself)
suicide  (telling|tells|told|zegt|zeggen|keeps telling) (me|mij) (to|dat ik)? (end it|end it all|end my life|kill myself|er een eind aan moet maken|er een einde aan moet maken|mezelf moet doden)
suicide  (spoor|brug|dak|rand|tracks|bridge|roof|edge|perron|platform) ...8 (durf|dare) (het)? (nog net niet|nog niet|net niet|not yet)
suicide  (wil|want) (niet meer|no more|nt anymore) ...8 (iets stoms|something stupid|iets doms|iets ergs|something bad) ...3 (vannacht|vanavond|tonight|straks|nu|now)
selfharm  (arm|armen|been|benen|bovenbeen|bovenbenen|pols|polsen|huid|dij|dijen|buik|heup|heupen) (opengehaald|opengesneden|opengekrast|gesneden|gekrast|kapotgesneden) (met|with)
homeless  (niemand|nobody|no one) (kan|can|wil|will) (me|mij) (vannacht|tonight)? (opvangen|take in|take me in|laten slapen|onderdak geven)
except  (sliep|slapen|slept|sleep|slaap|sliepen) ...3 (buiten|outside) (in|on) (een|de|a|the)? (hangmat|hammock|tent|tentje|veranda|porch)
except  (per ongeluk|by accident|accidentally) ...3 (bleek|bleach|chloor) ...3 (gemorst|spilled|gespoten|gespat|gemorst)
except  (bleek|bleach|chloor) (op|on|over) (mijn|my|de|the|het|m|mn)? ...2 (broek|shirt|kleren|clothes|trui|jeans|vloer|floor|handen|hands|bank|couch|handdoek|towel)
except  (tattoo|tatoeage|tattoeage|tatoo|tattoos) (of|van) (a|an|een|the)? (knife|mes|dagger|dolk|gun|pistool|skull|schedel|zwaard|sword)
except  (in mijn|in my|in ons|in our) (leesboek|boek|book|verhaal|sprookje|serie|film|game|spel|strip|comic) ...8 (@violent|opgesloten|locked up|locked in)
except  (aflevering|episode|soap|serie|series|film|movie|seizoen|season) ...8 (uit huis|kicked out|out of the house|eruit gezet|op straat gezet|uit huis gezet)
except  (met|with) (een|de|a|the)? (knuppel|bat|stick|stok|hockeystick) ...4 (honkbal|baseball|softbal|softball|slagbal|cricket|hockey|gym|bal|ball)
except  (vraag|vraagt|vroeg|vragen|twijfel|twijfelt|benieuwd|afvragen|vraagje) ...2 (of)
except  (weet|weten) (je|jij|iemand|jullie|u) ...1 (of)
except  (binnen|in|inside) (met|with) (modderschoenen|vieze schoenen|schoenen|shoes|muddy|dirty|de hond|the dog|natte|wet)
except  (zee|water|sea) (in|into) (te lopen|lopen|walk|walking)? (met|with) (mijn|my|de|the)? (surfplank|surfboard|board|sup|bodyboard|kano|kayak|vrienden|friends)
except  (end it|end|ending) (on a high note|on a good note|with a bang|early|there|for today|vandaag)
except  (opvangen|ophalen|pick me up|pick up) (van|from|bij|at) (het|de|the)? (vliegveld|airport|station|schiphol|trein|train|school|training)
# ---- round 62: blind72 (young people who use alcohol, drugs, gaming or gambling: parties, comedowns, debts)
suicide  (schelen|boeit|care|cares) ...4 (als|if|whether) (er)? (een|a) (trein|train|vrachtwagen|truck) (komt|aankomt|comes|hits|rijdt|aanrijdt)
danger  (loop|lopen|liep|sta|staan|lig|liggen|walk|walking|stand|standing|lie|lying) (nu|now|hier|here|gewoon|just)? (op|on|tussen|between) (het|de|the)? (spoor|sporen|rails|spoorrails|tracks|railway|railroad|spoorbaan|spoorlijn|train tracks)
selfharm  (punched|hit|smashed|slammed|kicked|sloeg|stompte|schopte|beukte|ramde) (the|a|my|de|het|tegen|mn|mijn|against)? (the|de|het|a)? (mirror|spiegel|wall|muur|window|raam|door|deur|kast) ...6 (bleeding|bled|bloed|bloedt|bloedde|bloedden|broke|broken|gebroken|kapot) (my|mn|mijn)? (hand|hands|handen|knokkels|knuckles|vingers|fingers)?
danger  (hes|he s|he is|shes|she s|she is|theyre|they re|they are|lips are|face is) (turning|gone|all) (blue|purple|grey|gray)
danger  (lippen|lipjes|lips|gezicht|face|gezichtje) (wordt|worden|werd|werden|zijn|kleurt|kleuren|zien|are|is|turning|turn) (helemaal|al|echt|heel|so|zo|all)? (blauw|paars|grijs|blue|purple|grey|gray)
danger  (iets|something|wat|een pil|a pill|een drankje|a drink|drugs) (gekregen|gehad|gedronken|given|got|taken|genomen) (van|from|by) (een|a|die|that|the)? (vreemde|onbekende|stranger|random|rare|vage) ...8 ...2 (duizelig|dizzy|draait|spinning|benen|legs|wazig|blurry|flauw|misselijk|verlamd|paralyzed|kan niet bewegen|cant move|can t move|blackout|black out|knock out)
danger+ingested  (insuline|insulin) (gespoten|gezet|genomen|injected|took|taken|spoot|zette|ingespoten) ...8 ...2 (te veel|teveel|too much|way too much|dubbel|double|twice|twee keer|2x)
danger+ingested  (te veel|teveel|too much|dubbel|double|extra|twee keer|2x) (insuline|insulin) (gespoten|gezet|genomen|injected|taken|took|ingespoten)
except  (te veel|teveel|too much|too many) (gegeten|gesnoept|suiker|sugar|koolhydraten|carbs|eaten|snoep|candy|koffie|coffee)
except  (blauw|blue|paars|purple) (van|from|because of|door) (de|the)? (kou|cold|koud|kou af|verf|paint|inkt|ink|slagroom|bessen|berries|slushie|snoep|candy)
suicide  (want|wil|going|gonna|ga|gaan) (to)? (let|laten) (myself|mezelf|me) (fall|vallen|drop|sink|zakken) (in|into|off|erin|eraf|down|naar beneden|van de brug|in het water)
suicide  (wil|ga|denk|overweeg) ...2 (me|mezelf|mij) ...3 (eraf|in de gracht|van de brug|van het dak|in het kanaal|in de rivier|van het balkon|van de flat) (laten vallen|gooien|storten)
selfharm  (snij|kras|cut|cutting|krassen|snijden|brand|burn|burning) (ik|i|k)? (mezelf|myself)? (weer|opnieuw|again) ...6 (maanden|weken|dagen|jaar|months|weeks|days|year|clean|niet gedaan|nie gedaan|not done|gestopt|stopped)
abuse+other  (hoor|hoorde|hear|heard|zie|zag|see|saw) (mn|mijn|my|m|onze|our|de|the)? (vader|pa|papa|moeder|ma|mama|stiefvader|stiefmoeder|dad|mom|mum|father|mother|stepdad|stepfather|broer|brother|oom|uncle|vriend|boyfriend) (mn|mijn|my|m|onze|our|de|the|z|zn|zijn|his|haar|her)? (kleine|little|jongste|youngest|oudste|baby)? (zusje|zus|broertje|broer|moeder|ma|mama|sister|brother|mom|mum|mother|vriendin|girlfriend|kinderen|kids|children) (slaan|slaat|sloeg|schoppen|schopt|hitting|beating|kicking|hit|beat|slapping|slaps|wurgen|choking|chokes)
abuse+sexual  (fotos|foto|photos|photo|pics|pictures|video|videos|filmpje|filmpjes|gefilmd|filmed) (gemaakt|genomen|made|taken|took)? (van|of) (mij|me|mn|mijn|my) ...2 (zonder kleren|zonder kleding|naakt|bloot|without clothes|without my clothes|naked|nude|in mn ondergoed|in mijn ondergoed|in my underwear|uitgekleed|undressed)
abuse  (duwt|duwde|shoves|shoved|slaat|sloeg|hits|hit|grabs|grabbed|knijpt|chokes|choked|wurgt|schopt|kicks) (me|mij) (when|if|als|wanneer|zodra|elke keer|every time|whenever|zodra) (i|ik|k) (say|said|zeg|zei|refuse|weiger|weigerde|nee|no)
abuse  (takes|took|pakt|pakte|neemt|nam|steals|stole|steelt) (my|mn|mijn|m) (phone|telefoon|money|geld|bankpas|card|pas|pinpas) ...6 (and|en) (pushes|shoves|hits|slaat|duwt|grabs|kicks|schopt|slaps|pushed|shoved|hit|sloeg|duwde) (me|mij)
danger  (wakker geworden|woke up|wake up|werd wakker|word wakker|wakker) ...8 (weet|wet) (niet|nie|nt|not) (waar|where) (ik|k) (ben|zit|lig|ben ik)
danger  (woke up|wake up|waking up|just woke|wakker geworden|werd wakker) ...8 (dont|don t|do not|no|have no) (know|idea) (where) (i am|im|i m|this is|i was)
danger  (deur|door|deuren|doors) (zit|is|staat|s|are|zitten)? (op slot|locked|dicht) ...8 (iemand|someone|somebody|ze|they|hij|he) (heeft|hebben|has|have|had) (me|mij) (iets|something|wat|drugs) (gegeven|given|ingegeven|toegediend|gedrogeerd|drugged)
resolved  (nu|inmiddels|achteraf|now) (lachen|lach|lacht|laugh) (we|ik|ze|wij|zij|k) (erom|er samen om|er om|er nu om|er nog om|about it)
resolved  (lacht|lachen|lach) (er|ze er|we er|hij er|zij er|wij er) (nog steeds|nog altijd|nu nog|achteraf|samen|nu)? om
except  (vond|vonden) (het|t|dat|dit) (eerst|best|echt|heel|wel|erg|nogal)? (eng|leuk|spannend|moeilijk|lastig|raar|stom|goed|fijn|prima|gezellig|saai|zwaar|vies|gek)
except  (kamer|room|klas|klaslokaal|class|lokaal|les|zaal|kantine) (uitgezet|uitgestuurd|uitgegooid|uit gezet|uit gestuurd)
except  (drill|drillclip|drillclips|clip|clips|videoclip|videoclips|muziekvideo|music video|trailer|film|movie) ...8 (zwaaien|zwaait|zwaaiden|waving|swinging|met messen|with knives|wapens|guns)
# ---- round 63: blind73 (young people from Polish, Bulgarian and Romanian families: work housing, long shifts, Polish, Bulgarian and Romanian words)
suicide  (touw|strop|rope|noose) ...6 (gelegd|klaargelegd|opgehangen|vastgemaakt|vastgeknoopt|ready|tied|hung) ...8 (vanavond|vannacht|tonight|straks|vandaag|today|morgen|tomorrow)
suicide  (touw|strop|rope|noose|koord) ...8 (doe ik het|ga ik het doen|doe ik t|i ll do it|ill do it|i will do it|im doing it|i m doing it)
suicide  (wil|ga|gaan|want|going|gonna) ...4 (tegen|into) (een|de|a|the) (boom|muur|tree|wall|pilaar|brugpijler|vrachtwagen|truck|lantaarnpaal|betonblok) (rijden|aanrijden|crashen|knallen|te rijden|aan te rijden|drive|crash|driving|crashing)
suicide  (want|going|gonna|will|wanna) (to)? (drive|crash|ride|steer|speed) (my|the|mn|mijn)? (car|auto|scooter|bike)? (into|in) (a|the) (tree|wall|truck|pillar|bridge|lamppost)
suicide  (wil|ga|gaat|moet|wl|want) (het|t|mijn leven|alles|dit allemaal) (deze week|vandaag|vanavond|vannacht|morgen|nu|gewoon|echt|snel) (beeindigen|beëindigen|eindigen)
selfharm  (snijwonden|snijwond|sneetjes|krassen|wondjes|cuts) (op|in|on) (mijn|mn|my) ...2 (arm|armen|benen|bovenbeen|bovenbenen|pols|polsen|dij|dijen|buik|heup|heupen|thighs|thigh|wrist|wrists|arms|legs) ...6 (ontstoken|infected|open|bloeden|bloedt|bleeding|diep|deep|pus|gaan niet dicht|won t close)
selfharm  (glas|scherf|scherven|mesje|scheermesje|blade|glass|shard|passer|schaar|stuk glas) ...6 (gebruikt|used|gezet|gehaald|gedaan) (op|on|over) (mijn|mn|my) (arm|armen|benen|bovenbeen|pols|polsen|dij|dijen|buik|huid|wrist|wrists|arms|legs|thigh|thighs|skin)
selfharm+other  (zich|zichzelf) (weer|expres|opzettelijk|express|again)? (gesneden|gekrast|opengehaald) ...8 ...4 (wil niet|wil nie|durft niet|wont|won t|doesnt want|does not want) ...3 (dokter|huisarts|ziekenhuis|doctor|hospital|eerste hulp|vertellen|zeggen|tell)
abuse  (fotos|foto|photos|pics|pictures|video|videos|filmpjes|filmt|films) (van|of) (mij|me) ...8 ...2 (zegt|zei|says|said|told me) (ik|me|i)? (het)? (niet vertellen|niet te vertellen|niks zeggen|niks te zeggen|dont tell|not to tell|geheim|geheim houden|keep it secret|to keep it a secret|niemand vertellen|niet zeggen)
abuse+sexual  (stiefvader|stiefpa|stepdad|stepfather|oom|uncle|opa|grandpa|buurman|neighbour|neighbor|baas|boss) ...6 (bij|with|naast) (hem|him) in (bed|zijn|his)
abuse+sexual  (stiefvader|stiefpa|stepdad|stepfather|oom|uncle|opa|grandpa|buurman|neighbour|neighbor|baas|boss) ...6 (bij|with|naast) (hem|him) (slapen|sleep|liggen|lie)
abuse+sexual  (meegenomen|meegetrokken|meegesleurd) ...6 (wilde|wou|wilden) (niet|nie|het niet) ...8 (bloed|bloeden|pijn|huil|kapot)
abuse+sexual  (took|dragged|pulled) me ...6 (didnt|did not|said) (want|no) ...8 (bleeding|bleed|pain|hurts|crying)
abuse+sexual  (man|meneer|vent|guy|buurman|oom|stiefvader|stiefpa|collega|baas|stepdad|uncle|neighbour|neighbor|boss) ...8 ...4 (komt|kwam|loopt|liep|walks|walked|comes|came) (binnen|in|naar binnen) (als|wanneer|terwijl|when|while|whenever) (ik|i) (douche|onder de douche sta|in bad zit|me omkleed|me aankleed|shower|showering|am showering|change|changing|am changing)
abuse  (krijg|krijgen|get|got|kreeg) (geen|no|niks|nothing|nooit) (geld|loon|money|salaris|betaald|paid) ...8 (mag|may|allowed|can|kan) (niet|nie|not|nt) (naar school|to school|naar buiten|outside|weg|leave|stoppen|stop|naar huis|home)
abuse+sexual  (stiefvader|stiefpa|oom|opa|buurman|leraar|docent|trainer|coach|baas|man|meneer|stepdad|stepfather|uncle|grandpa|teacher|neighbour|neighbor|boss|vriend van mama|moms boyfriend) ...4 (stuurt|stuurde|sends|sent|appt|texts|texted) (mij|me) ...4 (berichten|messages|texts|dingen|things|appjes) ...4 (wat|what) (hij|he) (met|with|to) (mij|me) (wil|wants|zou|would|gaat) (doen|do)
abuse+sexual+other  (forces|forced|dwingt|dwong|makes|made|pushes|zet) (her|me|him|haar|mij|hem) ...4 (other men|andere mannen|mannen|men|klanten|clients|customers) ...3 (for money|voor geld|money|geld|betalen|pay)
danger+other  (zusje|broertje|zusjes|broertjes|baby|sister|brother|kleintjes|kids|kinderen|kleine) ...6 (al|already|sinds|since|for) ...2 (dagen|days|nachten|nights) (alleen|alone)
danger+other  (locked|opgesloten|locks|sluit|sloot) (in|up in|op)? (the|a|de|het|een|her|his|haar|zijn)? (basement|kelder|room|kamer|kast|closet|zolder|attic|schuur|shed|badkamer|bathroom) ...8 (no food|geen eten|without food|zonder eten|zonder water|no water|niks te eten|nothing to eat)
homeless  (moet|moeten) (vandaag|vanavond|morgen|nu|direct|meteen)? (uit|weg) (de|het|mijn|ons) (kamer|huis|woning|flat|caravan|chalet|huisje) van (het|de)? (bedrijf|baas|werk|uitzendbureau)
homeless  (loop|zwerf|dwaal|walking|wandering) (al|already|now|nu)? (uren|urenlang|hours) (rond|buiten|around|outside|door|through) ...8 (nacht|night|nachts|midnight|middernacht|koud|cold|nergens|nowhere)
homeless  (moest|moet|had to|have to) (weg|vertrekken|eruit|leave|out) ...6 (geen|no|niet|not) (huur|rent) (kon|could|kan|can|meer)? (betalen|pay|betaald|paid|afford)
homeless  (huisbaas|verhuurder|eigenaar|baas) (zegt|zei) (dat)? (ik|we|wij) (moet|moeten) (vandaag|vanavond|morgen|nu|direct|meteen) (eruit|weg|vertrekken)
homeless  (landlord|owner|boss) (says|said|told) (me|us)? (that)? (i|we)? (have|has|must|need|got) (to)? (leave|move|get) (out)? (today|tonight|tomorrow|now)
homeless  (nie wiem|niewiem) (gdzie) (spac|spać|mam spac|mam spać|przenocowac|przenocować|isc|iść)
homeless  (nu stiu|nu știu|nustiu) (unde) (sa|să) (dorm|stau|merg)
homeless  (ne znam|neznam) (kade|kude|kăde) (da) (spya|spia|spq|spa|otida)
except  (zabije|zabija|zabiją) (mnie|nas) ...8 ...4 @laugh
except  (ben|is|bent|am|are) (dood|dead) (voor|to) (hem|haar|mij|me|him|her|ons|us|them|hen|jou|you)
resolved  (met|door|na|dankzij|with|after|thanks to) (therapie|hulp|de psycholoog|therapy|help|behandeling|treatment) ...4 (al lang|allang|helemaal|nu|now|long) (weg|over|voorbij|beter|gone|better)
resolved  (nu|now|inmiddels) (praat|praten|talk|talks) (ik|we|i)? (veel|much|een stuk|way|weer)? (beter|better|normaal|normal)
except  (zaak|rechtszaak|case|trial|proces|nieuws|news|journaal|documentaire|artikel|article|serie|podcast) (over|about|van|of) (een|de|the|a)? (steekpartij|schietpartij|moord|murder|stabbing|shooting)
except  (zegt|zei|says|said) (delen|share|sharing|samen delen|eerlijk delen)
except  (gta|game|fortnite|minecraft|roblox|spel|potje|cod|need for speed|rdr) ...8 (achtervolgt|achtervolgen|achtervolgd|chased|chasing|chase)
# ---- round 64: blind74 (dark humour, irony and meme language: "kms", "lol", "jk... unless?", a real plan behind a joke)
suicide  @when ...6 (stap|stapt|stappen|step|stepping) (ik|i)? ...2 (van|uit|off|af) (het|de|een|the|my|mijn)? (balkon|dak|brug|flat|raam|gebouw|flatgebouw|roof|bridge|balcony|window|building)
suicide  (pijnloze|pijnloos|painless|snelle|quick) (manier|manieren|way|ways|methode|methods|method) ...4 (dood|doodgaan|sterven|die|dying|zelfmoord|suicide|mezelf|myself)
suicide  (briefje|brief|brieven|tekening|cadeau|cadeautje|letter|letters|note|notes|drawing|gift) ...8 (voor als|for when) (ik|je|i|you) (er)? (niet meer|no longer|not|nie meer) (ben|bent|here|around|leef|alive)
suicide  (kamer|spullen|room|stuff|things) (leeggeruimd|weggegeven|cleared|given away|cleaned out) ...6 (voor na|for after) (vanavond|vannacht|morgen|tonight|tomorrow|dit weekend|this weekend|vandaag|today)
suicide  (writing|wrote|written|write|schrijf|schrijven|geschreven|schreef) (my|mijn|mn|a|een) (will|testament|last will) ...8 (for tomorrow|tomorrow|tonight|voor morgen|morgen|vanavond|vannacht|this weekend|dit weekend|im 16|im 15|im 14|im 17|ben 16|ben 15|ben 14|ben 17)
suicide  (gesprongen|zelfmoord|suicide|jumped|opgehangen|killed himself|killed herself|took his life|took her life|took his own life|took her own life) ...8 (ik|i) ...3 (hem|haar|him|her) ...1 (volgen|achterna|follow)
suicide  (not|no|geen|niet) (a|een)? (joke|grap|grapje|meme) (anymore|meer) ...8 ...4 (im gone|i m gone|i ll be gone|ill be gone|ben ik weg|ben ik er niet meer|i wont be here|i won t be here)
selfharm  (naar|about|over) (mijn|mn|my) (polsen|pols|wrists|wrist|armen|arms|bovenbenen|thighs|littekens|scars) (vragen|vraagt|vroeg|vroegen|ask|asks|asked) ...8 ...4 (gedaan|gesneden|doe ik het|doe het|still do|nog steeds|did it|again|weer|vannacht|gisteren|yesterday|last night)
selfharm  (wondjes|sneetjes|snijwonden|snijwondjes|cuts|fresh cuts) ...3 (verbergen|verstoppen|hide|hiding|cover|bedekken|wegwerken) ...4 (voor|for|from|van|bij|tijdens|during) (gym|gymles|pe|zwemles|swimming|zwemmen|mijn ouders|my parents|mama|mom|mum|school|iedereen|everyone|sport|training)
selfharm  (cat scratches|kattenkrabben|kattenkrassen|krassen van de kat|de kat van de buren|the neighbours cat|the neighbors cat) ...8 ...8 (echt|real|doe het|do it|did it|gedaan|nog steeds|still)
abuse  (@vader|@moeder|ouders|broer|stiefvader|oom|dad|mom|mum|father|mother|stepdad|brother|uncle|parents) ...8 ...8 (ik heb|heb ik|i have|i got|ive got|gave me|gaf me|gaf mij|geeft me) (een|a)? (blauw oog|blauwe oog|black eye|bloedneus|dikke lip|blauwe plekken|bruises|split lip|bloody nose)
abuse+sexual  (aangeraakt|betast|uitgekleed|touched|groped|undressed|aangerand) ...3 (terwijl|while|toen|when) (ik|i) (dronken|drunk|sliep|asleep|sleeping|high|wasted|out|bewusteloos|passed out|knock out|knocked out|buiten westen)
abuse+sexual  (trainer|coach|leraar|docent|teacher|baas|boss|manager|mentor|leider|begeleider) ...8 (alleen|only) ...6 (als|if) (ik|i) ...3 (aardig|lief|nice|sweet|special|speciaal|vriendelijk) (voor|to|with|tegen) (hem|him)
abuse  (@vader|@moeder|broer|oom|dad|mom|father|mother|stepdad|brother|uncle|hij|he) ...8 (kapotgegooid|smeet|gesmeten|threw|smashed|thrown) ...6 (mij|me) (ook)? (bijna|almost|nearly)
abuse+sexual  (liet|let|lieten|liet me|wouldnt let|would not let|didnt let) (me|mij) (niet)? (weggaan|gaan|go|leave|weg) (tot|until|voordat|before|till)
abuse  (brother|broer|dad|father|vader|mom|moeder|stepdad|stiefvader|uncle|oom|he|hij) ...6 (lighter|aansteker|sigaret|cigarette|strijkijzer|iron|lucifer|match) ...3 (to|tegen|aan|op|on|against) (your|my|mijn|mn|je|me) (arm|hand|skin|huid|leg|been|nek|neck|face|gezicht)
abuse+sexual  (oom|uncle|stiefvader|stiefpa|stepdad|opa|grandpa|buurman|neighbour|neighbor|trainer|coach|leraar|teacher|neef|cousin) (zegt|zei|says|said|told) ...8 (vertellen|zeggen|tell|say) ...4 (wat|what) ...6 (gebeurde|gebeurd|gebeurt|happened|happens|deed|did)
homeless  (wil|wilt|willen|want|wants) (me|mij) (er)? (niet meer|no longer|not anymore|nie meer) (hebben|have|there) ...8 (thuis|home|naar huis) (kan|can|kn) (niet|not|nt|nie)
abuse+sexual  (heeft|hebben|had|has|have) (me|mij) ...3 (gedwongen|forced|dwong) (tot|to|me to)? ...2 (zoenen|kussen|seks|sex|kiss|kissing|aanraken|touching|dingen|things|meer|more)
abuse  (@vader|@moeder|ouders|stiefvader|dad|mom|mum|father|mother|stepdad|parents) (slaat|slaan|slaat me|hits|beats|schopt|kicks) (met|with) (zijn|haar|een|his|her|a|hun|their) (vuist|riem|fist|belt|slipper|stok|stick|hand|broeksriem) (als|wanneer|when|if|omdat|because|zodra|whenever) (ik|i|we)
homeless  (nachten|nights) (bij|at|with) ...3 (mensen|people|vreemden|strangers|gasten|guys) (geslapen|gepit|slept|overnacht|gelegen) ...8 (vannacht|tonight|vanavond) ...4 (niks|niets|nothing|nowhere|geen plek|no place|nergens)
suicide  (niet|not) (van plan|planning) ...4 (de dag erna|the day after|na mijn verjaardag|after my birthday|volgend jaar|next year|mijn verjaardag|my birthday|morgen|tomorrow) ...3 (mee te maken|meemaken|te halen|te beleven|to see|to live|to make it)
selfharm  (scheermesje|mesje|blade|razor|scheermes|mes|knife) ...8 (snij|snijd|cut|kras) (nu|now|mezelf|myself|me)? (elke|every|iedere|each) (avond|nacht|dag|night|day|evening)
selfharm  (eigen|own) (therapie|therapy|medicijn|medicine|coping|uitlaatklep) ...3 (snijden|krassen|cutting|self harm|selfharm|zelfbeschadiging|branden|burning)
selfharm  (blood|bloed|bloedvlekken) (on|op|in) (my|mijn|mn) (sheets|lakens|laken|bed|dekbed|pillow|kussen|sleeves|mouwen|mouw|towel|handdoek) ...8 ...4 (did it again|again last night|deed het weer|weer gedaan|cut again|cutting|snijden|gesneden|cut|i did it)
danger+sextortion  (fake|ai|deepfake|nep|neppe|gefotoshopte|photoshopped) (nude|nudes|naaktfoto|naaktfotos|naakt|porn|porno|pics|foto|fotos|video|videos) (of|van) (me|mij) ...8 ...8 (money|geld|betalen|pay|euro|euros|bitcoin|giftcard|gift card|paypal)
except  (spring|springen|jump|jumping|ga dood|i die|kill myself|kms) ...8 (als|if|wanneer) (ajax|feyenoord|psv|ado|az|twente|utrecht|vitesse|barca|barcelona|real|madrid|liverpool|arsenal|chelsea|city|united|oranje|nederland|holland|mijn team|ons team|my team|our team|max|verstappen) ...5 (wint|winnen|verliest|verliezen|wins|win|loses|lose|scoort|scoren|scores|kampioen|degradeert|wordt)
except  (chips|snoep|eten|pizza|koekjes|koekje|taart|cola|patat|friet|fries|snacks|candy|food|cookies|cake|stuk|slice|oplader|charger|hoodie|trui|makeup|kleren|clothes|spullen|stuff|nutella|ijs|icecream) ...8 ...3 (ga|gaan|gonna|going to|will|i ll|ill) (hem|haar|him|her|ze|them) (vermoorden|kill|afmaken|slopen|murder)
except  (kms|kys) ...4 (per ongeluk|perongeluk|accidentally|by accident)
except  (grapjes|grappen|jokes|joking|meme|memes|grapje) (over|about) ...3 (dood|doodgaan|zelfmoord|suicide|dying|die) ...2 (willen|wil|want|wanting)?
except  (zegt|zei|says|said|roept|riep|zeggen) ...3 (dood|doodgaan|die|dying|dead) ...3 (bij|before|voor|na|after|tijdens|during) (elke|iedere|every|each|een) (toets|test|proefwerk|exam|examen|wedstrijd|training|les|maandag|monday|presentatie|spreekbeurt)
except  (nep|fake|neppe) ...2 (ik|i) (word|ben|get|got|am) ...2 (ontvoerd|kidnapped|gekidnapt|ontvoert)
except  (ontvoerd|kidnapped|gekidnapt) ...3 (prank|pranks|grap|video|filmpje|vlog|tiktok|challenge)
except  (zaak|rechtszaak|case|trial|nieuws|news|journaal|documentaire|docu|artikel|article|serie|podcast|film|movie|boek|book|aflevering|episode|crime) (over|about|van|of) (een|de|the|a)? (inbraak|inbreker|inbrekers|overval|ontvoering|kidnapping|burglary|break in|robbery|inbraken)
except  (doen alsof|doe alsof|deed alsof|pretend|pretending|pretended|spelen dat|speel dat|act like|acting like) (ik|i|je|we|you) ...2 (dood|dead)
except  (film|films|serie|series|movie|movies|show|aflevering|superheldenfilm|superheldenfilms|marvel|sequel|sequels|remake|remakes|franchise) ...8 ...8 (ben|bn) (het|t) (zo|echt)? (zat|beu)
except  (struikelt|struikelde|valt|viel|trips|tripped|falls|fell|uitglijdt|gleed|slipped|slips) ...4 (ik|i) (kan|can|kn) (niet|not|nt) (meer|anymore)
except  (spreekbeurt|presentatie|presentation|toets|test|proefwerk|wiskunde|math|huiswerk|homework|examen|exam|mondeling|boekverslag) ...6 (spring|springen|jump|ga ik dood|i die|kill myself|kms) ...8 (haha*|hihi*|hehe*|lol|lool|lmao|lmfao|xd|xdd)
except  (varkenshart|hart|kikker|frog|koeienoog|varkensoog|oog|vis|fish|muis|rat|long|longen|nier|heart|eye|lungs|kidney|dier|animal|varkensnier|hersenen|brain) ...2 (opengesneden|opensnijden|ontleed|ontleden|dissected|cut open)
except  (mag ik|kan ik|may i|can i|is het goed|is het erg|is it ok|is it safe) (een|a|1|one|nog een|another) (paracetamol|ibuprofen|pijnstiller|painkiller|aspirine|aspirin) ...8 (een|a|1|one) (paracetamol|ibuprofen|pijnstiller|painkiller|aspirine|aspirin) (heb|have|had)? (genomen|taken|gehad|had|ingenomen)
except  (kys|kill yourself|kill urself) (zei|zegt|said|says|typte|typed|riep) ...8 (game|rocket league|fortnite|valorant|cod|minecraft|roblox|lobby|match|potje|ranked|league|teamgenoot|teammate|voice|toxic)
except  (game|horrorgame|level|spel|boss|monster|zombie|zombies|escape room|escaperoom) ...8 ...4 (opgesloten|ontvoerd|achtervolgd|locked|kidnapped|chased|gevangen)
except  (pillen|pills|medicijnen|medkits|medkit|potions|drankjes) (vinden|zoeken|find|collect|verzamelen|pakken|halen) (om|to) (niet|not) (dood|die)
except  (je|jij|you|u) (hebt|heb|has|have|hept) (me|mij) (vermoord|gekilld|killed|gesloopt|destroyed)
except  (onvoldoende|cijfer|cijfers|rapport|toets|proefwerk|grade|grades|report|frans|wiskunde|engels|duits|math|french|german) ...8 (ouders|moeder|vader|mama|papa|parents|mom|mum|dad) (gaan|gaat|will|are|is|gonna) (me|mij)? ...1 (vermoorden|kill|killen|afmaken|murder)
except  (die|dood|doodgaan|dying|sterven) (in) (minecraft|roblox|fortnite|hardcore|the game|het spel|de game|gta|sims|terraria|valorant|zelda|skyrim|elden ring|dark souls|among us)
except  (pijnloze|pijnloos|painless|snelste|makkelijkste|fastest|quickest|easiest) (manier|way) (om|to)? ...3 (pleister|plaster|bandaid|wax|waxen|epileren|harsen|ontharen|tattoo|tatoeage|piercing|oorbellen|splinter|beugel|braces|prik|injection|spuit|vaccin|vaccine|bloedprikken|wenkbrauwen|eyebrows|nagels|nails)
except  (cuts|cut|sneetjes|wondjes|sneetje) (from|van|door|of) (shaving|scheren|het scheren|paper|papier|cooking|koken|the kitchen|de keuken|mijn beugel|my braces|the cat|de kat|mijn kat|my cat)
except  (let|laat|liet|lets|wouldnt let) (me|mij) ...3 (until|tot|voordat|before|till) (i|ik) ...3 (tried|proefde|geproefd|ate|had eaten|opgegeten|finished|gegeten|tasted|proef|eet|had)
except  (als|if|when|wanneer) (ik|i) (er)? (niet|not) (ben|am|there) (op|bij|tijdens|at|on|for|voor|om|in|during)
except  (we|wij|jullie|they|zij) (lopen|gaan|walk|walking|go|fietsen|rijden) (naar|to) (de|het|the)? (brug|bridge|kade|pier)
except  (way|manier) (to|om)? (die|dood|doodgaan) (te gaan)? (in) (minecraft|roblox|fortnite|hardcore|the game|het spel|de game|gta|sims|terraria|valorant|zelda|skyrim)
# ---- round 65: blind75 (formal and polite writers: "Geachte heer/mevrouw", careful indirect words, apologies)
suicide  (dak|balkon|brug|rand|roof|balcony|bridge|ledge|vensterbank|windowsill) ...8 ...4 (niet|not|nt) ...6 (terug naar binnen|terug naar beneden|back inside|back in|back down|naar binnen|terug te gaan)
suicide  (dit|this) (is|wordt|will be)? @mijn (laatste|last|final) (bericht|berichtje|message|text|appje)
suicide  (besloten|decided|beslist) ...8 ...8 (ik heb een plan|i have a plan|heb een plan|have a plan|het plan staat|the plan is)
suicide  (iets|something) (ga doen|gaan doen|doe|do|will do|am going to do) ...4 (waardoor|zodat|so that|and then|after which) (ik|i) (er)? (niet meer|no longer|not) (ben|be|here|besta|exist|alive|leef)
selfharm  (arm|armen|bovenbeen|bovenbenen|been|benen|pols|polsen|buik|huid|dij|dijen|arms|thigh|thighs|wrist|wrists|skin|stomach) (bewerkt|behandeld|gekrast|opengehaald|gesneden|bewerk) (met|with) (een|a)? (stuk glas|glas|scherf|mesje|scheermesje|schaar|passer|naald|blade|razor|glass|shard)
selfharm  (bite|bit|bijt|beet|biting) (my|mijn|mn|me in) (own|eigen)? (arm|arms|hand|hands|armen|handen|pols|wrist) ...8 ...4 (bleeding|bloeden|bloedt|blood|bloed|deep|diep|diepe)
abuse+sexual  (laat|liet|lets|makes|made|let) (mij|me) ...6 (alleen|alone) (blijven|stay|achterblijven|staying) ...8 ...4 (voelt niet goed|feels wrong|doesnt feel right|niet fijn|raar|weird|vies|eng|niet prettig|not right)
abuse+sexual  (dingen|things|stuff) (met|with|to|bij) (mij|me) (gedaan|done|did|doet|does) ...3 (terwijl|while|toen|when) ...3 (gedronken|drunk|dronken|sliep|asleep|high|out)
abuse+sexual  (kon|could|kan|can) (geen|niet|not|nt) (nee|no) (zeggen|say)
abuse+sexual  (seksuele|sexual|seks|sex|sexuele) (dingen|things|stuff|handelingen) (met|with|to|bij) (mij|me)
danger+sextortion  (video|filmpje|foto|fotos|videos|pics|opname|opnames) (van|of) (mij|me) ...8 (dreigt|threatens|threatened|dreigde|dreigen) ...6 (online|op internet|verspreiden|rond te sturen|rondsturen|post|share|delen|plaatsen)
danger  (pistool|wapen|mes|gun|geweer|knife|vuurwapen) ...8 (op|at) (mijn|my|mn|me|mij|ons|us) ...2 (gericht|pointed|aimed|richt|points)
danger  (pointed|aimed|pointing|aiming|richtte|richt) (a|the|his|her|een|zijn|haar)? (gun|knife|pistol|pistool|mes|wapen)? (at|op) (me|my|us|mij|mijn|ons)
danger+other  (snuiven|gesnoven|coke|drugs|pillen|xtc|gebruikt|ghb|lachgas|snorted|used|high) ...8 (schokken|schokt|stuiptrekt|stuiptrekken|toeval|convulsing|seizure|seizing|ogen draaien|eyes rolling|eyes rolled|ogen weg)
homeless  (van huis|from home|weg van huis) (weggegaan|weggelopen|gevlucht|ran away|left|run away) ...8 ...8 (speeltuin|park|straat|buiten|station|playground|outside|street|bushokje|portiek) ...4 (donker|dark|nacht|night|koud|cold|avond)
abuse+other  (@vader|@moeder|father|dad|stepdad|stepfather|mother|mom|mum) (heeft|has|had|just)? (vandaag|net|zojuist|gisteren|vanavond|vannacht|today|just|tonight|weer|again|nu|now) ...3 (mijn|my|mn) (moeder|mama|vader|papa|mum|mom|dad|zus|zusje|broer|broertje|sister|brother) ...6 (geslagen|geschopt|gestompt|gewurgd|hit|punched|kicked|choked|slapped|beaten|beat)
abuse+sexual  (neemt|nam|takes|took|roept|calls) (mij|me) (apart|aside|alleen) ...6 (aanraakt|aanraken|touches|touched|betast|zoent|kust|aanraakte)
abuse+sexual  (mij|me) (aanraakt|aanraken|betast|touches|touched|aanraakte) ...8 (zwijgen|geheim|niks zeggen|niemand vertellen|keep quiet|secret|not tell|niet vertellen|stil houden)
selfharm  @ik (mezelf|mijzelf|mzelf) (weer|vaak|soms|steeds|nog|expres|opnieuw)? (snijd|snij|snijt|kras|krast|brand|verbrand|beschadig|bijt)
suicide  (na|after) (vanavond|vannacht|morgen|tonight|tomorrow|vandaag|today|dit weekend|this weekend) ...3 (hoeft|hoeven|need|needs|will have to|has to) (niemand|nobody|no one|jullie|you|ze|iemand|anyone) ...3 (zorgen|worry|worrying|worried) ...2 (om|over|about|for) (mij|me)
suicide  (parkeergarage|dak|flat|brug|balkon|verdieping|top floor|roof|bridge|balcony|rooftop) ...8 ...8 @ik (wil|wl) @niet @meer
selfharm  (arm|armen|hand|handen|huid|pols|polsen|been|benen|buik|arms|skin|wrist|wrists|leg|legs) ...3 (met|with) (een|a|de|the|mijn|my)? (aansteker|lighter|sigaret|cigarette|strijkijzer|iron|kaars|candle|lucifer|match) (verbrand|gebrand|burned|burnt|brand)
selfharm  (gewoonte|habit|probleem|problem|verslaving|addiction) (met|with|of|van) (krassen|snijden|cutting|scratching|zelfbeschadiging|self harm|selfharm|branden|burning|mezelf pijn doen)
selfharm  (expres|opzettelijk|on purpose|deliberately) ...6 (geklemd|verbrand|gebrand|gekrast|gesneden|opengehaald|slammed|burned|burnt|cut)
abuse+sexual  (kissed|touched|groped|gezoend|aangeraakt|betast|kuste|zoende|grabbed) (me|mij) ...6 (against my will|tegen mijn wil|zonder toestemming|without consent|without my consent|terwijl ik nee zei|while i said no)
abuse+sexual  (manager|baas|boss|trainer|coach|teacher|leraar|docent|oom|uncle|stiefvader|stepdad|buurman|neighbour|neighbor|leidinggevende) ...6 (asking|asks|asked|vraagt|vroeg|vraag|blijft vragen) (me|mij)? (for|om)? (private|naakt|naakte|nude|nudes|sexy|pikante|intieme|naughty) (photos|fotos|pics|pictures|foto|fotootjes)
except  (died|dying|die|dead|dood|gestorven) (laughing|of laughter|van het lachen|van de lach)
except  (jaar|jaren|years|maanden|months) (geleden|ago) ...6 (overdosis|overdose|od) ...2 (genomen|taken|gehad|had)?
except  @past_c ...8 ...4 (niet|not) (veilig|safe) (was|waren|voelde|felt|geweest)
except  (vitaminepillen|vitaminepil|vitamines|vitamine|vitamins|vitamin|multivitamine|gummies|gummy|snoepvitamines|beertjes)
except  (patients|patienten|patiënten|mensen|people|iemand|someone|clients|cliënten) (who|die) ...4 (overdose|overdosis|od)
except  (novel|roman|essay|book report|boekverslag|leesboek) ...8 ...4 (father|vader|mother|moeder|abuse|mishandeling|hits|slaat)
except  (novel|roman|essay) ...8 ...8 (abuse|mishandeling|sexual|domestic|child)
except  (vingers|vinger|fingers|finger) (eraf|off) (snijd|snij|snijdt|cut|cuts)
except  (bang|afraid|scared|worried) (dat|that) (ik|i) (mijn|my)? ...2 (snijd|snij|cut)
except  (controller|kussen|pillow|bal|ball|knuffel|sok|sock|slipper|afstandsbediening|remote|papiertje|propje) (naar|at) (mij|me)
except  (dakloos|homeless) ...6 (uitgezet|uitgedaan|afgesloten|turned off|switched off) ...2 (wifi|internet|stroom|tv|router)?
except  (set|decor|stage|tent|kast|boom|tree|toren|tower|stapel|pile|scenery|decorstuk) (fell|viel|falls|valt) (over|om|down)
# Verb-final subordinate clauses ("dat ik mezelf iets ga aandoen", "dat ik vandaag flauwviel"), probed by hand.
selfharm  (mezelf|mijzelf|mzelf) (iets|wat|pijn) (ga|gaat|wil|zal|zou|kan|ging) (aandoen|aan doen|doen)
selfharm  (dagen|days|week|weken) ...3 (niks|niets|niet|nothing|geen|amper|nauwelijks) (eet|at|gegeten|eten|ate|eaten) ...6 (flauwviel|flauwgevallen|flauw gevallen|fainted|flauwval|flauwvalt|onderuit ging)
suicide  (er|here) (beter|better) (niet meer|niet|no longer|not) ...2 (zijn|be|bestaan|exist|leven|live)
suicide  (niet|not|nt) ...4 (deze nacht|vannacht|de nacht|tonight|this night|the night|morgen|tomorrow) (overleef|overleven|survive|haal|doorkom|make it|red)
except  (overleef|overleven|survive|haal|doorkom) ...6 (zonder|without) (koffie|coffee|wifi|internet|netflix|telefoon|phone|snacks|chocola|chocolate|energy|redbull|monster|cafeine|caffeine)
# ---- round 66: blind76 (algospeak and censored spellings: unalive, sewerslide, ctb, sh, beans, SA, gr4pe, emoji for words)
suicide  (ctben|ctbn|gectbd|gectbt|ctbd|ctbing|ctbed|ctbe)
suicide  (samen|together|afgesproken|geprobeerd|tried|try|probeer|proberen) ...4 (ctb|ctben|ctbn|ctbe)
suicide  (de|the) (bus) (te)? (catch|catchen|catchn|gecatcht|gecatched)
selfharm  (cat scratches|catscratches|kattenkrassen|kattenkrabben) ...6 (nieuwe|nieuw|fresh|new|vers|verse|van net|vandaag|today|vannacht|meer|more|again|weer)
selfharm  (mia|ana|eetstoornis|boulimia|bulimia|bulimie) ...8 ...4 (overgegeven|overgeven|kotsen|gekotst|purge|purged|purging|threw up|puked|braken|gebraakt)
danger  (overgegeven|gekotst|purged|threw up|puked|gebraakt|niks gegeten|niets gegeten) ...6 (hart|heart|hartslag|heartbeat) ...2 (klopt raar|bonkt|racing|raar|weird|sneller|skipping|overslaat|onregelmatig|pijn)
selfharm  (op|on) (mijn|my|mn) (bovenbenen|bovenbeen|armen|polsen|thighs|arms|wrists|heupen|hips|buik) ...3 (niemand|nobody|no one) (weet|weten|knows|ziet|sees) ...6 (erger|worse|vaker|dieper|deeper)
selfharm+other  (fresh|verse|vers) (beans|barcode|barcodes|cuts)
selfharm+other  (new|nieuwe) (beans)
selfharm  (wants|wil|gonna|going|ga|gaat) (to)? (go|gaan|snijden|cut) (deeper|dieper)
selfharm  (ana|proana|pro ana|mia) (coach|buddy|maatje|coaches)
selfharm  (eet|eat|eten|ate) (nu)? (bijna|almost|amper|nauwelijks|barely) (niks|niets|nothing)? ...6 (duizelig|dizzy|flauw|faint|zwart voor mijn ogen|black spots)
selfharm  (s h|selfharm|self harm|sh) ...3 (multiple times|meerdere keren|times a day|keer per dag|every day|elke dag|elke nacht|every night)
selfharm  (ana|fasting|vasten|ana dag|niet eten) (dag|day) <n>
selfharm  (val|viel|fall|almost fall|falling) (bijna)? (om|flauw|over) (als|when|wanneer) (ik|i) (opsta|sta|stand up|get up|opstaan)
selfharm  (verband|pleisters|bandages|gaasjes|gaas) (nodig|need|needed) ...8 (verbergen|verstoppen|hide|hiding)
abuse+sexual  (ben|was|got|been|word|werd|get) (sa|sad|saed|sa d|sa ed) (door|by) (mijn|my|een|a|de|the|haar|her|zijn|his) (oom|stiefvader|vader|broer|neef|opa|buurman|trainer|coach|leraar|uncle|stepdad|dad|brother|cousin|grandpa|neighbour|neighbor|teacher|vriend|friend|ex|baas|boss)
abuse+sexual  (someone|he|hij|iemand|they|guy|jongen|man|she|zij) (sad|saed|sa d) (me|mij)
danger+sextortion  (heeft|has|got|have) (nu|now)? (mijn|my|mn) (pics|nudes|fotos|naaktfotos|pictures|photos|foto|videos|video) ...6 (wil|wants|eist|demands|vraagt|asks|wilt) ...2 (geld|money|euro|euros|bitcoin|betalen|pay|voor vanavond|before tonight|by tonight)
abuse+sexual  (grape|graped|gegraped|gegrapet|grapet|gegrapd) (door|by|me|mij)
abuse+sexual  (have to|has to|must|moet|moeten|got to) (sleep|slapen|seks hebben|have sex|hook up|naar bed) (with|met) (him|hem) ...4 (or|anders|otherwise|of)
danger  (maak je dood|maak je af|vermoord je|kill you|maak jou dood|ik maak je|steek je|stab you) ...8 (pakt|pakte|haalt|haalde|grabs|grabbed|heeft|has) ...2 (mes|knife|messen|pistool|gun|wapen)
homeless  (moest|moet|had to|must) (ik)? (weg|leave|eruit|vertrekken) ...8 ...6 (tot|until|till) ...2 (sluit|sluiten|dichtgaat|dicht gaat|close|closes|closing)
suicide+other  (bye|doei|vaarwel|goodbye|dag) (iedereen|everyone|allemaal|all|jullie) ...8 ...4 (telefoon|phone|niet op|reageert niet|not answering|doesnt answer|geen antwoord|neemt niet op|offline)
suicide  (daar|dan|vannacht|vanavond|there|then) (maak|make) (ik|i) (het|er|it) (af|een einde aan|an end)
suicide  (dood|overleden|died|passed|gestorven) ...6 (wil|want) (ik|i)? (bij|with) (haar|hem|her|him|hen|ze) (zijn|be)
selfharm+other  (barcode|beans|cuts|sneetjes|snijwonden) (op|on) (haar|zijn|her|his) (pols|polsen|arm|armen|wrist|wrists|arms|been|benen|legs|bovenbenen|thighs)
selfharm  (beans|sneetjes) (gemaakt|made|gezet)
selfharm  (beans|barcode|cuts|cut|snee|wond|wondje|sneetje) ...6 (bloedt|bleeding|bleeds) (niet|not|nt)? (dicht|stop|stopt|op|ophouden)
selfharm  (gerelapsed|relapsed|relapse|relapsing|terugval|teruggevallen|gerelapst) (met|with|in|on|into)? (sh|selfharm|self harm|snijden|krassen|cutting|zelfbeschadiging)
selfharm  (cut|snee|wond|wondje|sneetje|cuts) ...6 (gaat|goes|keeps|blijft|gaan) (steeds|weer|telkens|going)? (open)
danger+sextortion  (video|filmpje|foto|fotos|opname) (van|of) (ons|us|mij|me) ...8 ...4 (online zet|online zetten|online gooit|post it|posts it|share it|verspreid|verspreiden|doorsturen|online)
abuse+sexual  (texting|texts|texted|sends|sent|stuurt|stuurde|appt) (me|mij) (sexual|seksuele|sexy|vieze|dirty|sexuele) (things|dingen|stuff|berichten|messages|pics|fotos)
abuse+sexual  (voldoende|cijfer|grade|punt|pass|promotie|basisplaats|plek) (krijg|get|krijgt|geeft|give) (als|if) (ik|i|je|you) (iets|something|foto|fotos|pics|nudes|naaktfotos|pic) (terugstuur|stuur|send|sturen|opstuur|back)
danger  (dreigt|dreigen|dreigde|threaten|threatens|threatened) ...8 (mijn|my) (huis|house|adres|address|home|woning) ...8 (komen|come|coming|langskomen|langs komen|staan)
homeless  (weg|eruit|leave|get out|wegwezen) ...6 (sta|zit|ben|stand|am) (ik|i)? (op|on|in) (straat|the street|de straat|street)
resolved  (sh|selfharm|self harm|snijden|krassen|cutting) (is|was)? (al)? (lang|long|jaren|years) (voorbij|over|gestopt|geleden|ago|behind me)
except  (echt|really|gewoon|just) (van|from|by) (mijn|de|my|the|onze|our) (kat|cat|hond|dog|kitten|poes)
except  (buiten|outside) (op|on|at) (een|de|a|the)? (camping|festivalcamping|festival|campsite|kampeerplaats|kampeerplek|strand|beach)
except  (woorden|woord|word|words|term|termen|betekent|means|meaning|algospeak|zeggen|say|schrijven|write|gebruiken|use|gebruikt|used|censureren|censor|bedacht|invented|spellen|spell) ...4 (unalive|unalived|sewerslide|suicide|sicide|seggs|ctb|kms|kys|zelfmoord)
except  (unalive|unalived|sewerslide|sicide|seggs|ctb) ...4 (betekent|means|woord|word|bedacht|invented|filters|filter|censuur|censorship|demonetized|gedemonetiseerd|grapjes|jokes)
except  (show|series|serie|film|movie|episode|aflevering|season|seizoen|boek|book|game) ...8 (everybody|iedereen|everyone|all|allemaal) (got|werd|werden|gets|wordt|is) (stabbed|gestoken|killed|vermoord|neergestoken|shot|doodgeschoten)
except  (geen|no) (messen|mes|knives|knife|wapens|weapons|zakmesjes|zakmes|zakmessen) (op|in|at|mee naar|naar) (school|de school|les)
except  (bloedde|bloedt|bleeding|bled) (uit|from) (mijn|my) (neus|nose) (tijdens|during|in|bij|at) (de|het|the)? (les|gym|class|training|wedstrijd|sport|school)
except  (krassen|schrammen|scratches|wondjes|sneetjes) (van|from) (de|het|een|the|a)? (braamstruiken|braamstruik|struiken|bramen|bushes|thorns|doornen|kat|cat|hond|dog|mountainbiken|fietsen|vallen|voetbal|tuinieren|gardening)
except  (buiten|outside) (te)? (wachten|waiting|wacht|wait) (tot|until|op|for)
except  (imposter|among us|amongus|impostor) ...8 (unalived|geunalived|gekilld|killed|vermoord|kill|kills)
except  (pokemon|pokémon) ...3 (flauwgevallen|fainted|flauw|faint)
except  (slapen|sleep) (voor altijd|forever) ...8 ...4 (uitslapen|sleep in|sleeping in|vakantie|holiday|de hele vakantie|weekend)
except  (write|writes|writing|wrote|schrijven|schrijft|schreef|spell|spelt|typ|type|typen) (s|su) (icide|uicide|cide)
except  (benen|legs|armen|arms) (zitten|zit|are|were|zaten)? (vol|full of|covered in) (krassen|schrammen|scratches|wondjes) (van|from) (de|het|een|the|a)? (braamstruiken|braamstruik|struiken|bramen|bushes|thorns|doornen|kat|cat|hond|dog|mountainbiken|fietsen|vallen|voetbal|tuinieren|gardening|muggen|mosquitoes|netels|brandnetels)
except  (straat|street) (te)? (wachten|waiting|wacht|wait) (op|for|tot|until)
# ---- round 67: blind77 (Haags and regional spoken Dutch spelled out: "d'r", "me" for "mijn", "ie", "nie", "ken", "mot", dropped final n)
suicide  (ik|i) (loop|walk|ga) (vannacht|vanavond|tonight|zo|nu|straks|vandaag) (de|the)? (zee|sea|water|ocean) (in|into)
except  (zee|sea) (in|into) (om te|to|voor een|for a) (zwemmen|zwemme|swim|surfen|surfe|pootje baden|afkoelen|nachtzwem*|cool off)
suicide  (was|is) @mijn (afscheid|afscheidsbericht|goodbye|farewell|vaarwel)
except  (afscheid|goodbye|afscheidsfeest) (van|from|of) (school|de klas|mijn klas|werk|stage|mijn team|the team|groep 8|de basisschool|de club|mijn stage|juf|meester)
suicide  (wereld|world|aarde|earth) ...6 (stap|step|stappen) (ik|i)? (eruit|er uit|dr uit|out)
suicide  (maak|maken|maakt|make) (dr|der|er|d r) (een|n|an|a)? (eind|einde|end) (an|aan|to)?
suicide  @when ...6 (weggaan|weg gaan|weg ga|ga weg|verdwijn|verdwijnen) (voor altijd|forever|for good)
suicide  (havenhoofd|pier|brug|dak|spoor|rand|kade|boulevard|bridge|roof|ledge) ...8 ...4 (sorry voor alles|sorry for everything|vaarwel|dag allemaal|het spijt me|i m sorry for everything|im sorry for everything) $
abuse+other  (slaat|sloeg|schopt|schopte|hits|beats|kicks) (ie|hij|he|ze|zij)? (me|mijn|mn|m|my) (kleine|little|jongere|younger)? (broertje|zusje|broer|zus|brother|sister|moeder|ma|mama|mom|mum)
danger+other+ingested  (broertje|zusje|kind|kindje|baby|brother|sister|neefje|nichtje) ...4 (iets|something|wat) (uit|from) (de|the) (schoonmaakkast|gootsteenkast|schoonmaakspullen) ...3 (gedronke*|drank|drunk|opgedronke*|ingeslikt|geslikt|swallowed)
danger+ingested  (rattegif|rattengif|rat poison|gif|poison|bleek|bleach|bleekmiddel|wc eend|ontstopper) (in) @mijn (thee|drinken|drink|tea|cola|water|koffie|limonade|sap|juice)
danger  (gewurgd|strangled|choked|geslagen|gestoken|stabbed|beat|geschopt) ...8 (terugkomt|terug komt|comes back|coming back|terug komen|terugkomen)
danger  (me|mij) (vannacht|vanavond|straks|morgen|tonight|nu|now)? (dood maakt|doodmaakt|dood maken|dood make|vermoordt|afmaakt|kills|will kill)
homeless  (@vader|@moeder|ouders|stiefvader|stiefmoeder|pa|ma|parents|dad|mom|stepdad|stepmom) ...4 (sloten|slot|locks|lock) ...3 (vervange*|veranderd|changed|verwisseld|vervangd)
except  @ik (kan|ken|kn) @niet @meer (lopen|lope|staan|sta|zitten|bewegen|walk|fietsen|fietse|rennen|renne|sporten|trainen|traine)
except  (heat|hitte|warmte|weather|cold|kou|homework|huiswerk|test|toets|exam|sun|zon) (is|will|gonna|gaat|going to) ...2 (kill|killing|dood) (me|mij)
except  (when|toen) (i|ik) (was)? <n> ...4 (ran away|weggelopen|wegliep|liep weg|run away)
except  (tentje|tent) ...6 (slape*|sleep|pitten|overnachten)
except  (stap|step|stappen) (ik)? (eruit|uit|er uit|out|off) (bij|at|op) (de|the)? (volgende|next)? (halte|stop|station)
except  (duty|squad|lobby|call of duty|warzone) ...8 (mes|knife|gedaan|gekilld|killed)
except  (mes|knife) ...8 (squad|lobby|game|ronde|round)
except  (roblox|prison life|minecraft|game|fortnite|gta) ...8 (opgesloten|opgeslote*|locked|opgesloote*)
suicide  (spring|springen|jump) (van|off|from) (de|het|the)? (pier|havenhoofd|kade|klif|cliff) ...3 @when
suicide  (morge*|vanavond|vannacht|straks|tomorrow|tonight) (ben|bent|is|am) (ik|i) (dr|er|der|d r|here) @niet @meer
suicide  @ik (rij|rijd|ga|drive) ...6 (tege*|into) (een|de|a|the) (boom|muur|tree|wall|paal|lantaarnpaal|vrachtwagen|truck)
suicide  (viaduct|brug|flat|dak|spoor|bridge|roof|tracks) ...8 ...4 (dit is ut|dit is het|this is it|ik heb er genoeg van|ik heb dr genoeg van|heb dr genoeg van)
selfharm  (arm|hand|huid|pols|been|arms|skin|wrist|leg) (tege*|against|op|on) (de|het|the)? (verwarming|kachel|radiator|strijkijzer|fornuis|stove|heater|iron) (gedrukt|gehouden|pressed|held|gelegd|geduwd)
abuse  (moet|mot|must|have to|has to) (van|for) ...2 (drugs|pakketjes|spullen|wiet|coke) (vervoeren|vervoere|brengen|bezorgen|deliver|rondbrengen|rondbrenge|verkopen|verkope|sell) ...4 (anders|or else|otherwise|of anders)
abuse  (boyfriend|vriendje|partner|vriend) ...8 ...8 (hit|punched|slapped|slaat|sloeg|kicked|schopt) (me|my|mijn|mij|m)
danger+other  (schreeuwt|gilt|roept|screams|yells|schreeuwde|gilde) (om|for) (hulp|help)
abuse+sexual  (leraar|docent|trainer|coach|teacher|oom|stiefvader|buurman|uncle|stepdad|neighbour|neighbor) ...8 ...6 (geheim|secret) ...2 (houde*|keep|blijven|moet|mot)
danger  (telefoon|phone|mobiel|gsm) (afgepakt|afgenomen|taken|took|weggepakt|kapotgemaakt) ...6 (niemand|nobody|no one|not|geen) ...2 (bellen|belle|call|appen|bereiken|reach)
danger+other  (swimming|zwemmen|zwemme|the water|het water|zee|sea) ...8 ...4 (hasnt come back|hasn t come back|niet terug|not back|never came back|nog niet terug|komt niet terug|not come back)
# ---- round 68: blind78 (replies in the middle of a conversation: "ja", "nee", "weet niet", "dus", details added to what was said)
suicide  (niet thuis|not home|niemand thuis|nobody home|alleen thuis|home alone) ...6 (doe ik het nu|ik doe het nu|doe ik het vanavond|doe ik het|im doing it now|i m doing it now|i ll do it now)
selfharm  (het|it|cut|snee|wond|sneetje|wondje|cuts) (is|was|s)? (dieper|deeper) (dan|than) (anders|normaal|usual|normal|ooit|ever|before|vorige keer|last time) ...8 (weet niet|don t know|dont know|help|hulp|bloedt|bleeding|stopt niet|wont stop)
abuse+sexual  (trainer|coach|leraar|docent|baas|boss|oom|uncle|stiefvader|stepdad|buurman|neighbour|neighbor|teacher|leider) ...8 ...4 (met|with) (hem|him) (alleen|alone) (blijf|blijven|stay|ben|zijn|be)
abuse+sexual  (mocht|mag|could|kon|wasnt allowed|was not allowed|couldnt) (niet|not|nt)? (weg|leave|go) (tot|until|voordat|till) (ze|hij|they|he) (klaar|done|finished)
danger+ingested  (pil|pillen|pill|pills|drankje|drink|xtc|iets|something) ...6 (gekregen|gehad|genomen|got|given|taken) ...8 (hart|heart) ...3 (bonkt|racet|races|klopt|pounding|racing|bonst)
homeless  (logeren|slapen|pitten|stay|sleep) ...8 (vannacht|tonight) ...2 (niks|niets|nothing|nowhere|geen plek|no place)
except  (niks|nothing|niets) (te doen|to do|leuks|fun)
suicide  (wil|ga|want|gonna) (ergens|iets|something)? (keihard|hard|vol gas|full speed)? (tegenaan|tegen aan|into something) (rijden|rijde|drive|crashen|knallen)
abuse  (boss|baas|manager|chef|leidinggevende) ...4 (hits|slaat|beats|kicks|schopt|slapped|punches|sloeg) (me|mij)
abuse  (blauwe plekken|bruises|bruised) ...8 ...4 (hij komt|he comes|he s coming|hes coming|he is coming)
except  (blauwe plekken|bruises|blauwe plek|bruise) (van|from) (hockey|voetbal|sport|training|vallen|fall|football|rugby|judo|boksen|paardrijden|korfbal|basketbal|the game|de wedstrijd)
except  (nacht|nachten|night|nights) (in|on) (het|de|the) (park|straat|street|streets) (is|was|waren|were)? (lang|long|jaren|years|al lang) (geleden|ago)
except  (geen|no) (gedachten|thoughts|gedachtes) (meer)? (om|to|of|aan|about) ...2 (dood|doodgaan|die|dying|zelfmoord|suicide|sterven)
except  (ran out of|run out of|runs out of) (my|mijn|the|his|her)? (meds|medicijnen|pills|medicatie|medication|insulin|insuline)
except  (geschorst|suspended|expelled|van school gestuurd) ...6 (mes|knife|wapen|weapon|messen)
except  (is|zijn|am|was) (niet|not|nt) (in gevaar|in danger)
except  (thriller|film|serie|boek|book|movie|show|horrorfilm|horror|series|detective) ...8 (opgesloten|locked|ontvoerd|kidnapped)
except  (locked out|buitengesloten|buiten gesloten) ...8 (until|tot|came home|kwam thuis)
except  (banned|verbannen|gebanned|geband) (from|van|uit) (a|een|de|the)? (server|game|chat|groep|group|discord)
except  (zoek|zoeken|nodig|zoekt) ...3 (slaapplek*|slaapplaats*|kamer|woonruimte) (voor|for) (mijn|my)? (stage|studie|studies|internship|vakantie|festival|kamp|september|het nieuwe schooljaar)
except  (banned|gebanned|geband|kicked|gekickt|suspended|geschorst|strafwerk|detention|nablijven) ...8 (deserved|verdiende|verdiend) (it|het)
suicide  (plan) ...6 (als|when|zodra|once) (iedereen|everyone|everybody|mijn ouders|my parents) (slaapt|slapen|asleep|sleeps|is asleep|slaap)
suicide  (niemand|nobody|no one) (weet|knows) ...6 (brug|dak|spoor|rand|bridge|roof|tracks|ledge|pier|havenhoofd|flat) ...2 (sta|staan|stand|standing|zit|ben|am|i m|im)
suicide  (al|already) (besloten|decided) ...8 (aan iemand|to someone|iemand|someone) (zeggen|vertellen|tell|laten weten|say)
suicide  (ordered|besteld|bestelde|bought|gekocht) (sleeping pills|slaappillen|pills|pillen|tabletten|slaapmiddel|slaapmiddelen) ...8 ...4 (then i m done|then im done|dan ben ik klaar|dan is het klaar|it s over|its over|dan is het over|and then i m gone|en dan ben ik weg)
selfharm  (ben|is|am|zit) (nu|now)? (aan het|bezig met|bezig) (snijden|krassen|kerven|cutting|branden)
danger  (bloedt|bleeding) (nog steeds|still) ...4 (stopt niet|wont stop|doesnt stop|houdt niet op|niet stoppen|won t stop|doesn t stop)
danger+other  (yelling|screaming|schreeuwen|schreeuwt|gillen) (at|tegen) (my|mijn|me) (mom|mum|moeder|mama|ma|sister|zus|zusje|broertje|brother) ...8 (broke|brak|kapot|hit|slaat|gooit|threw|smashed|sloeg)
abuse+sexual  (volwassen|oudere|older|adult|grown) (man|vent|kerel|guy|men) ...8 ...4 (afspreken|meet|ontmoeten|afspreke|langskomen|meet up)
abuse+sexual  (coming into|comes into|walks into|came into|walked into|walking into|keeps coming into) (the|my)? (bathroom|room|shower|bedroom) (when|while|as) (i|im|i m) (shower|showering|change|changing|sleep|sleeping|in the shower)
abuse+sexual  (he|hij) (locked|lock|doet|deed) (the door|de deur) (behind him|achter zich|achter hem|op slot)
homeless  (stiefvader|stiefmoeder|vader|moeder|ouders|pa|ma|@vader|@moeder|parents|dad|mom|mum|stepdad|stepmom) ...6 (zei|zegt|zeiden|said|says|told) ...4 (niet terug|not come back|never come back|niet meer terug|not to come back)
homeless  (ik heb|heb ik|i have|i ve got|i got|ive got) (geen geld|no money) (en|and) (geen plek|no place|nowhere|geen slaapplek|geen onderdak)
homeless  (buiten|outside) ...3 (portiek|trappenhuis|bushokje|doorway|stairwell|portieken)
homeless  (told me to leave|kicked me out|threw me out|zeiden dat ik weg moest|moest ik weg|zetten me eruit|gooiden me eruit) ...8 (outside|buiten|on the street|op straat|in the street)
except  (neus|nose|neusbloeding|nosebleed) ...4 (bloedt|bleeding|bloeden)
except  (tegenaan|into) (rijden|rijde|drive|crashen) ...4 (skateboard|step|fiets|bike|kart|botsauto*|bumper cars|scooter in de game)
# ---- round 69: blind79 (English only: British, American, Irish, South African, Indian and Nigerian English, text speak and essay English)
suicide  (roof|ledge|bridge|balcony|dak|top floor|rooftop|brug|balkon) ...8 ...4 (dont|don t|not|never|won t|wont|niet) ...3 (coming back down|come back down|coming down|coming back inside|going back down|go back down|terug naar beneden|naar beneden kom)
suicide  (belt|rope|cord|riem|touw|scarf|sjaal|cable|kabel|koord) (on|around|om|aan|to) (the|de|a|my|mijn)? (door handle|deurklink|doorknob|handle|klink|bedframe|rail|railing|leuning)
suicide  (testing|test|tested) (if|whether) (it|the rope|the belt|het) (holds|will hold|houdt)
suicide  (tried|geprobeerd|attempted) (to do it|het te doen|to end it|het te beeindigen|to kill myself) ...8 ...6 (try again|opnieuw proberen|probeer het opnieuw|weer proberen|try it again|probeer ik het opnieuw)
suicide  (sitting|lying|standing|zit|lig|sta|sitting down|laying) (on|op) (the|de|het)? (tram tracks|train tracks|tracks|rails|spoor|tramrails|railway|railway line|spoorlijn)
suicide  (swim|swimming|zwemmen|zwem) (out|away|weg|ver|far) ...4 (till|until|tot) (i|ik) (cant|can t|kan niet|can no longer|cannot|kan)
suicide  (stairwell|roof|top floor|balcony|bridge|ledge|car park|multi storey|parking garage|trappenhuis|parkeergarage|dak|brug) ...8 (want to jump|wanna jump|going to jump|gonna jump|about to jump|wil springen|ga springen)
selfharm  (glass|glas|blade|razor|scherf|mesje|knife|scheermesje) ...8 (before i use it|voor ik het gebruik|voordat ik het gebruik|before i do it|before i do something)
selfharm  (calms me down|kalmeert me|helps me calm|makes me calm) (is|are)? (pain|pijn|cutting|snijden|hurting myself)
abuse+other  (hands|handen|hand) (round|around|om|aan) ...2 (throat|neck|keel|nek)
danger+sextortion  (edited|fake|nep|ai|deepfake|photoshopped|gefotoshopte) (nudes|naaktfotos|pics|photos|fotos) (of|van) (me|mij) ...8 (demanding|eisen|eist|wants|want|vragen|vraagt|demand) ...4 (real ones|send|sturen|echte|more|meer)
danger+other  (pills|pillen|xtc|molly|mdma|drugs|something|iets|ket|ketamine|ghb) ...8 (fitting|seizure|seizing|convulsing|stuiptrekken|stuiptrekt|schokt|toeval|having a fit|fits)
danger+other  (lips|lippen|lip|face|gezicht) (look|looks|are|zijn|is|zien|ziet|turning|gaan|went|worden) (er)? (blue|blauw|paars|purple|grey|grijs)
danger  (gas) (on|aan|aangezet|open|opengedraaid) ...8 (on purpose|expres|windows shut|ramen dicht|dizzy|duizelig|doors shut|deuren dicht)
danger  (our|my|the|ons|onze|mijn|de|het) (hallway|gang|house|huis|kitchen|keuken|room|kamer|flat|trappenhuis|stairs|living room|woonkamer) (is|are|staat) (burning|on fire|in brand|in de fik)
suicide  (drink|drinken|drinking) (myself|mezelf|me) (to death|dood|kapot)
selfharm  (heated|verhit|warm gemaakt|heet gemaakt|heated up) ...6 (pressed|gedrukt|put|held|gehouden|pushed) (it|het) (on|op|against|tegen|into) (my|mijn) (skin|huid|arm|leg|been|hand|wrist|pols|arms|legs)
danger+other  (freezing|ijskoud|ijskoude|cold|koude|icy) (sea|water|zee|river|lake|canal|gracht|rivier|meer) ...8 (shaking|trilt|rillen|rilt|not talking|praat niet|unresponsive|niet aanspreekbaar|confused|verward|blue|blauw)
except  (rather|liever) (die|dood|doodgaan|sterven|be dead) (than|dan) ...3 (sit through|another|group project|groepsopdracht|school|class|les|presentation|presentatie|work|werken|listen|watch|kijken|luisteren|go to|gaan naar|do|doen|eat|eten)
except  (scars|littekens|scar|litteken) (are|zijn|is) (faded|vervaagd|weg|gone|almost gone|bijna weg|fading) ...8 (laser|removal|weghalen|verwijderen|cover|tattoo|tatoeage)
except  (used to|vroeger) (self harm|selfharm|sh|cut|snijden|krassen) ...8 (scars|littekens) (are|zijn) (faded|vervaagd|gone|weg|almost gone|bijna weg)
except  (kicking|schoppen|trappen) (balls|ballen|a ball|een bal|the ball|de bal)
except  (play|toneel|toneelstuk|musical|stage|podium|character|rol|personage|scene|scène) ...6 (faint|flauwvallen|fall|vallen|die|sterven|dood)
suicide  (jumping|jump|springen|spring) (in front of|voor) (the|a|de|een) (sprinter|train|trein|intercity|tram|metro|bus|subway|lorry|truck|vrachtwagen)
selfharm  (slam|slammed|slamming|sla|klem|klemde|geklemd) (my|mijn) (wrist|hand|fingers|arm|pols|vingers|hands) (in|tussen|against|tegen) (the|de|a|een) (door|deur|drawer|la)
abuse+sexual  (made|forced|dwongen|lieten|maakten) (me|mij) (do|doen) (things|dingen|stuff) ...8 (filmed|gefilmd|recorded|opgenomen|filmden|filming)
abuse  (burns|burned|burnt|brandt|brandde|burning) (me|mij) (with|met) (her|his|a|een|haar|zijn)? (cigarette|sigaret|lighter|aansteker|iron|strijkijzer|peuk|cigarettes|sigaretten)
danger  (following|volgt|achtervolgt|follows|followed|achtervolgen) (me|mij) ...8 (still behind me|nog achter me|achter me aan|behind me|still following|volgt me nog)
danger  (says|said|zegt|zei|threatens|dreigt|threatened|dreigde) ...3 (shoot|schieten|neerschieten|stab|steken|kill|vermoorden|doodschieten) (all of us|us|me|ons|mij|iedereen|everyone|my mom|mijn moeder|my mum|jullie)
danger  (trying to|probeert|proberen|tries to) (force|break|forceren|inbreken|openbreken|kick|kick in|bash) ...4 (door|deur|window|raam|front door|voordeur)
danger  (at my door|voor de deur|aan de deur|at the door|outside my door|outside the door|voor mijn deur) ...6 (bat|knuppel|knife|mes|gun|wapen|weapon|honkbalknuppel|machete|baseball bat)
homeless  (no money|geen geld) (for|voor) (a|een) (bed|hostel|hotel|slaapplek|night|nacht|place to stay|bed tonight)
homeless  (have to leave|moet weg|must leave|moet vertrekken|got to leave|need to leave) (today|vandaag|tonight|vanavond|now|nu) ...8 (cant go home|can t go home|kan niet naar huis|kan niet thuis|cannot go home|can not go home)
except  (without|zonder) (hurting|harming|cutting|hurt|harm|injuring) (myself|yourself|herself|himself|mezelf|jezelf|themselves)
except  (zonder) (mezelf|jezelf) (pijn|zeer) (te doen)
except  (dog|hond|cat|kat|puppy|kitten|puppie|broertje|zusje|little brother|little sister) (is|keeps)? (following|volgt|follows) (me|mij)
except  (force|forceren|open|openbreken|break) ...4 (door|deur) ...8 (key|keys|sleutel|sleutels|locked himself out|locked herself out|buitengesloten)
# ---- round 70: blind80 (loss and grief: a parent, sibling or friend who died, anniversaries, funerals, graves)
suicide  (dood|overleden|gestorven|begraven|graf|kerkhof|begrafenis|crematie|jaar geleden|sterfdag) ...8 ...8 (ga|wil|kom|gaan) (@tonight|zometeen) (naar) (hem|haar) (toe)
worry   (dood|overleden|gestorven|begraven|graf|kerkhof|begrafenis|crematie|jaar geleden|sterfdag) ...8 ...8 (ga|wil|kom|gaan) (@tonight|vandaag|nu|straks|zometeen)? (naar) (hem|haar|@vader|@moeder|opa|oma|broer|zus|broertje|zusje) (toe)
suicide  (wil|wil ik|wilde|want|wanna|want to) ...2 (bij|naast|with|next to) (hem|haar|@vader|@moeder|opa|oma|broer|zus|him|her|dad|mum|mom) (in het graf|in zijn graf|in haar graf|in de kist|onder de grond|in the grave|in his grave|in her grave|in the ground) (liggen|zijn|lie|be)?
suicide  (wil|want|wanna|want to) (ook)? (in het graf|in zijn graf|in haar graf|in the grave|in his grave|in her grave|onder de grond) (liggen|lie|be)
suicide  (dead|died|passed|funeral|grave|death|3am|done|gone) ...8 (think|thinking|thought|want|wanna|going|gonna) ...2 (joining|join) (him|her|@fam_en|mum|mummy|nan|nana|gran|grandma|sister)
suicide  (dead|died|passed|funeral|grave|death|3am|gone) ...8 (want|wanna|need) (to)? (be with) (him|her|@fam_en|mum|mummy|nan|nana|gran|grandma|sister) (again|now|tonight|up there|in heaven)
worry   (im|i m|i am) (done|tired of|sick of|so done) (fighting) (this|it|anymore|any more)
suicide  (want|wanna|want to|just want to|need to) (be where) (he|she|they) (is|are)
suicide  (waarom|why) ...4 (het gedaan heeft|het heeft gedaan|het deed|het gedaan had|did it|did that|killed himself|killed herself) ...8 (het ook doen|doe ik het ook|het ook gaan doen|do it too|do it as well|do the same|hetzelfde doen)
suicide  (dood|zelfmoord|suicide|overleden|gestorven|died|killed himself|killed herself|sprong|jumped|plan|jaar geleden) ...8 ...4 (doe ik het ook|ik het ook doen|i ll do it too|i will do it too|do it too|ga ik ook dood|ga ik hem achterna|ga ik haar achterna|follow him|follow her)
worry   (decided|made up my mind) ...8 (not going to|won t|wont|will not|not gonna) (be here|be around) (for|to see)? ...4 (birthday|christmas|exams|next week|new year|summer)
worry   (besloten|besluit) ...8 (niet meer|er niet meer|niet) (er zijn|hier zijn|bij zijn|meemaken) ...4 (verjaardag|kerst|examens|volgende week|oud en nieuw|zomer)
worry   (besloten|besluit) ...8 (verjaardag|kerst|examens|volgende week|oud en nieuw|zomer) ...4 (niet meer|er niet meer|niet) (meemaken|halen|zijn|bij zijn)
suicide  (rope|touw|pills|pillen|@pills|strop|noose|riem|belt) ...8 (same way|dezelfde manier|like he did|like she did|zoals hij het deed|zoals zij het deed|zoals hij deed|zoals zij deed|net als hij|net als zij|net als papa|net als mama)
suicide+other  (stuurde|stuurt|sent|appte|schreef|texted) ...3 (dag|doei|bye|goodbye|vaarwel|afscheid|love you|ik hou van je|ik ga naar) ...8 ...4 (neemt niet op|neemt ze niet op|neemt hij niet op|niet meer op|not picking up|isnt answering|isn t answering|not answering|reageert niet|doesnt answer|doesn t answer)
abuse  (sleurt|sleurde|sleept|sleepte|drags|dragged|dragging) (ze|hij|zij|she|he)? (me|mij|ons|mijn zus|mijn broer|my sister|my brother) ...2 (aan|by) (mijn|my|@mijn|haar|zijn|her|his|our|onze) (haren|haar|hair|arm|armen|arms)
abuse  (trekt|trok|pulls|pulled|pulling) (me|mij) (aan|by) (mijn|my|@mijn) (haren|hair) (door|through|across|over|naar|down|de trap|the stairs)
abuse  (striemen|blauwe plekken|welts|bruises|marks|pijn|zeer) (van|from) (de|the|zijn|his|haar|her) (riem|belt|stok|broekriem|slipper|snoer|kabel|cable|stick)
danger+other  (tonight|vanavond|vannacht|just now|net|right now|nu) (he|she|hij|zij|dad|father|stepdad|papa|mama|mum|mom) (hit|hits|beat|punched|slapped|kicked|choked|sloeg|slaat|schopte|stompte) (my|mijn|me|mn) (mum|mom|mother|mam|moeder|sister|brother|zus|broer|mama|zusje|broertje)
danger+other  (dreigt|dreigde|threatens|threatened) ...3 (het huis|ons huis|de flat|het appartement|onze flat|the house|our house|the flat|us|ons|me|mij) ...4 (in brand te steken|in de fik te steken|in brand steken|in de fik steken|on fire)
danger+other  (dreigt|dreigde|threatens|threatened) (to)? (burn) ...2 (house|flat|us|me|place) (down)
abuse+sexual  (stiefvader|stiefpa|oom|nieuwe vriend|vriend van mama|vriend van mijn moeder|stepdad|uncle|boyfriend|opa|grandpa|neef) ...8 (ik|me|mij|i) ...2 (op zijn schoot|on his lap)
abuse+sexual  (stiefvader|stiefpa|oom|nieuwe vriend|vriend van mama|vriend van mijn moeder|stepdad|uncle|boyfriend|opa|grandpa|neef) ...8 ...4 (over mijn lichaam|about my body|over mijn borsten|about my boobs)
homeless  (tonight|vannacht|vanavond) (nobody|no one|niemand) (can|kan|will|wil|could) (take me|have me|me hebben|mij hebben|let me stay|put me up|me opvangen|take me in|me in huis nemen)
danger+other+ingested  (heeft|has|had) ...2 (@meds) (genomen|ingenomen|geslikt|taken) ...6 (drinkt|drinking|drank|wijn|wodka|vodka|alcohol|naar mijn broer|naar papa|naar mama|wil dood|wants to die)
suicide  (killed himself|killed herself|suicide|zelfmoord|took his life|took her life|zelfdoding) ...8 ...4 (go the same way|die the same way|do it the same way|same way|dezelfde manier|de zelfde manier|op dezelfde manier)
suicide  (verdien het niet|verdien niet) (om te leven|te leven|om hier te zijn|meer)? ...6 (ga het afmaken|maak er een eind aan|maak er een einde aan)
except  (het) (afmaken|uitmaken) (met) (hem|haar|mijn|my|die|deze)
suicide  (looked up|searched|opgezocht|gegoogled|googled|gezocht) (the same way|dezelfde manier|how he did it|how she did it|hoe hij het deed|hoe zij het deed|hoe hij het gedaan heeft|hoe zij het gedaan heeft)
worry   (does it|if it|of het|doet het) (hurt|hurts|pijn doet|pijn) (to die|om dood te gaan|dood te gaan|als je doodgaat|when you die)
suicide  (hurt|hurts|pijn doet|pijn) (to die|om dood te gaan|dood te gaan|als je doodgaat) ...8 (want to go to|wanna go to|wil naar|want to be with|wil bij|wil ook naar)
selfharm  (snij|snijd|kras) (ik)? ...3 (in) (mijn|mn|@mijn) (arm|armen|been|benen|pols|polsen|huid|bovenbeen|bovenbenen|buik|heup|heupen|dijen|dij)
selfharm  (scheermesje|scheermesjes|mesje|mesjes|razor|razors|blade|blades) ...8 ...4 (wil het weer doen|ga het weer doen|want to do it again|doe het weer|het weer doen|do it again)
selfharm  (ga ik|ik ga|ging ik) (thuis|weer|dan|meteen|vaak|gewoon)? (snijden|krassen|cutten)
selfharm  (expres|on purpose|opzettelijk|bewust) ...3 (mijn|my) (handen|hand|arm|armen|huid|hands|arms|skin|benen|legs) (verbrand|gebrand|burned|burnt)
selfharm  (mijn|my) (handen|hand|arm|armen|huid|hands|arms|skin|benen|legs) (verbrand|gebrand|burned|burnt) (met|with) (heet water|kokend water|hot water|boiling water|een aansteker|aansteker|a lighter|lighter|strijkijzer|iron|sigaret|cigarette)
except  (per ongeluk|by accident|accidentally|ongelukje|ongeluk) ...6 (verbrand|gebrand|burned|burnt)
selfharm  (verberg|verbergen|verstoppen|verstop|hide|hiding|cover up|bedek|bedekken) ...3 (snijwonden|wondjes|cuts|brandwonden|wounds|sneetjes)
abuse+sexual  (moet|must|have to|dwingt|forces|moest|had to|wil dat ik|wants me to|made me|makes me) ...4 (dingen|things|stuff) (met|with) (ze|hem|hun|them|him|mannen|men|zijn vrienden|his friends) ...3 (voor geld|for money|for cash)
abuse+sexual  (man|hij|he|vent|meneer|guy) ...8 ...8 (afspreken|meet|ontmoeten|meet up) ...8 (geheim moet houden|geheim houden|geheim te houden|keep it secret|keep it a secret|niemand vertellen|niemand mag weten|tell no one|don t tell|dont tell|mag het niet vertellen)
homeless  (kicked me out|threw me out|thrown out|kicked out|zette me eruit|gooide me eruit|gooit me eruit) (tonight|today|just now|an hour ago|vanavond|vannacht|vandaag)
homeless  (slaap|sleep|slapen|sliep|sleeping) (ik)? (nu|now|al|already)? (in|on|op) (de|het|een|the|a)? (trappenhal|trappenhuis|portiek|stairwell|fietsenstalling|parkeergarage|bushokje|stairs|car park|doorway)
except  (is|was|wordt|werd|zijn|waren) (echt|gewoon|zo|soms|ook)? (om dood te) (gaan|gaa|gan)
except  (dog|cat|hond|kat|puppy|pet|konijn|rabbit|poes|kitten|hondje) ...6 (hit|run over|ran over|knocked down) (by)
except  (verbod op|ban on|betoog over|essay over|essay on|debat over|debate on|spreekbeurt over|werkstuk over) ...3 (messen|wapens|knives|weapons|mes|knife|vuurwapens|guns)
except  (psychiater|dokter|huisarts|arts|doctor|psychiatrist|psycholoog|gp) (wil|wants|zegt|says|raadt|adviseert|advises|vindt) ...6 (antidepressiva|medicijnen|pillen|medicatie|antidepressants|meds|medication|pills) ...4 (gebruiken|nemen|slikken|take|taking|beginnen|starten|start|te gebruiken|te nemen)
except  (tik|tikje|tap|tikken) (op) (mijn|m|me|zijn|haar|de|je)? (hand|handen|vingers|vinger)
except  (im|i m|i am|ik ben) (not|niet) (suicidal|suicidaal)
except  (suicide|zelfmoord|crisis) (prevention|preventie|hotline|line|lijn|helpline)
except  (opdracht|toets|examen|huiswerk|assignment|test|proefwerk|rooster|schema|training|week|dag|exam) (is|was) (echt|gewoon|pure|puur|letterlijk|zo)? (zelfmoord|suicide)
except  (riem|belt|strap) (van|of) (mijn|my|de|the|m)? (tas|rugzak|bag|backpack|gitaar|guitar|camera|schooltas)
except  (riem|belt) (van) (de|het|mijn|m)? (paard*|hond*|les|rijles|paardrijles|zadel|pony)
# ---- round 71: blind81 (Moroccan, Turkish, Kurdish and Tunisian families in Den Haag: Darija, Tarifit, Arabizi and Turkish words mixed in)
suicide  (het|alles|mn leven|mijn leven|it|everything) (afmaken|beeindigen|beëindigen|af maken|end|ending) ...2 (voor altijd|for good|forever|voorgoed)
suicide  (scheermesjes|scheermesje|mesjes|mesje|razor|razors|blades|blade) ...6 (afmaken|af maken|end it|ermee stoppen|het beeindigen)
suicide  (strangle|strangled|strangling|choke|choked|choking|wurgen|wurgde|gewurgd) (myself|mezelf|my self|mijzelf|mzelf)
suicide  (strangle|strangled|hang|hanged|ophangen|opgehangen|pillen|pills|overdose|poging|attempt|mezelf|myself|sjaal|scarf|touw|rope|riem|belt) ...8 (didnt work|didn t work|lukte niet|mislukt|werkte niet|is mislukt|failed) ...6 (opnieuw proberen|try again|probeer het opnieuw|weer proberen|try it again|opnieuw doen|nog een keer proberen)
abuse  (brak|broke) (hij|zij|ze|he|she) (mijn|my|mn|@mijn) (arm|been|pols|neus|rib|ribben|kaak|vinger|wrist|nose|leg|ribs|jaw|hand|sleutelbeen)
abuse  (hij|zij|he|she|@vader|@moeder|dad|father|mother|mom|mum|stepdad|broer|brother) (brak|broke|heeft gebroken) (mijn|my|mn|@mijn) (arm|been|pols|neus|rib|ribben|kaak|vinger|wrist|nose|leg|ribs|jaw|hand|sleutelbeen)
danger+other  (gaat|will|gonna|wil|going to|dreigt) ...3 (doden|vermoorden|kill|afmaken|doodmaken|dood maken|ombrengen) ...6 (eer|namus|honour|honor|onderweg|on his way|is coming|komt eraan|is on the way)
danger  (vanwege|om|because of|for|voor) (de|the|onze|our|de familie|the family s)? (eer|namus|honour|honor|seref) ...6 (doden|vermoorden|kill|afmaken|doodmaken|ombrengen|dood)
danger  (ben|am|i) (net|just)? (van|from|off) (het|de|the|my|mijn|ons)? (balkon|dak|flat|raam|balcony|roof|window|viaduct|galerij) (gesprongen|afgesprongen|jumped)
danger  (jumped|sprong|ben gesprongen) (off|from|van|uit) (the|my|het|de|ons)? (balcony|roof|window|balkon|dak|raam|viaduct|galerij|flat)
danger  (zegt|says|said|zei|dreigt|threatens) ...4 (vandaag|today|dit|this|vanavond|tonight|vannacht) (mijn|my|jouw|your|je) (laatste dag|last day|laatste nacht|last night|laatste avond)
danger  (deur|door|deuren|doors) (op slot|locked|dicht) ...8 (sleutels|keys|telefoon|phone|sleutel|key|mobiel) (afgepakt|taken|weggepakt|took|took away|afgenomen|meegenomen)
homeless  (niet meer|nie meer|ni meer|nt meer|no longer|not) (hun|their|zijn|haar|his|her|jullie|mijn|my) (dochter|zoon|kind|daughter|son|child|kid) ...8 (weg|leave|eruit|out|gone|vertrekken|het huis uit)
homeless  (spullen|kleren|stuff|things|clothes|tassen|bags|koffer|suitcase|belongings) (op|on|in|buiten|outside|naar|voor|over) (de|the|het)? (straat|galerij|gang|stoep|trap|portiek|street|hallway|doorstep|deur|door|balkon|gallery|lawn|grass) ...2 (gegooid|gezet|thrown|geflikkerd|dumped|gekieperd|geplaatst|put|gesmeten)
suicide  (afscheid genomen|afscheid nemen|afscheid genomen van|said goodbye|gedag gezegd|goodbye) ...6 (zonder dat|without) ...3 (doorhebben|doorhadden|weten|wisten|merken|merkten|knowing|know|knew|realising|realizing|noticing)
selfharm  (met) (een|de|mijn|mn|zijn)? (aansteker|lighter|strijkijzer|sigaret|peuk|kaars|vlam|krultang|stijltang) (mijn|mn|m|my|@mijn) (arm|armen|hand|handen|been|benen|huid|pols|polsen|buik|dij|dijen)? (verbrand|gebrand|geschroeid|burned|burnt)
abuse+sexual  (stiefvader|stiefpa|oom|vader|papa|opa|neef|broer|buurman|trainer|coach|leraar|meester|stepdad|uncle|dad|grandpa|cousin|brother|neighbour|neighbor|teacher|man) ...6 (kijkt|kijken|watches|watching|staart|gluurt|loert|filmt|films) ...4 (als ik|wanneer ik|when i|while i|terwijl ik|as i|when im|while im) ...2 (omkleed|omkleden|douche|douch|changing|change|shower|showering|uitkleed|uitkleden|undress|undressing)
abuse+sexual  (raakte|raakt) (hij|ze|zij)? (me|mij) (aan)
abuse+sexual  (gezoend|gekust|kissed|zoende|kuste|zoent|kust) ...2 (tegen mijn wil|against my will|terwijl ik nee zei|while i said no|without asking)
abuse+sexual  (trainer|coach|leraar|meester|buurman|oom|man|teacher|neighbour|uncle|priester|imam|docent) ...8 (bij hem thuis|naar zijn huis|to his house|his place|bij hem langs) ...8 (niks mag zeggen|niets mag zeggen|niemand mag vertellen|geheim houden|geheim moet|geheim te houden|tell no one|mag niks zeggen|mag niets zeggen|niks zeggen|niets zeggen|keep it secret|keep it a secret)
abuse+sexual  (sends|sent|stuurt|stuurde|sending) (me|mij)? ...2 (snaps|pics|photos|fotos|foto s|pictures|videos|filmpjes) (of|van) (his|zijn) (body|lichaam|dick|piemel|naked|naakt|private parts|geslacht)
abuse+sexual  (made|makes|liet|dwong|dwingt|forced|forces) (me|mij) (touch|aanraken|aan te raken|aanzitten|aan te zitten) (him|hem|his|zijn)
danger  (gooit|gooien|threw|throwing|throws|gooide|gooiden) (stenen|stones|bricks|a brick|een steen|molotov|vuurwerk|rocks) (door|through) (het|de|ons|our|the|mijn|my|onze)? (raam|ramen|window|windows|deur|door)
danger  (gooit|gooien|threw|throwing|throws|gooide|gooiden) (stenen|stones|bricks|a brick|een steen|molotov|vuurwerk|rocks) (naar|at|tegen|in) (ons|our|mijn|my|onze) (raam|ramen|window|windows|deur|door|huis|house)
danger  (kidnapped|ontvoerd|gekidnapt) (me|mij)
danger  (hebben|heeft|have|has) (me|mij) (ontvoerd|gekidnapt|kidnapped)
homeless  (sta|zit|ben|am|i m|im|staan) (ik)? (nu|now)? (buiten|outside|op straat|on the street|in the street) (met|with) (mijn|mn|my|@mijn) (tas|tassen|koffer|spullen|bag|bags|suitcase|stuff|rugzak|backpack)
homeless  (hoef|hoeft|need|don t need|dont need) (ik|je|i)? (niet|nie|ni|not) (meer)? (thuis te komen|terug te komen|come home|come back|naar huis te komen)
abuse+sexual  (heeft|hebben|had|hadden|has|have) (me|mij) (misbruikt|verkracht|aangerand|betast|gemolesteerd|bepoteld|aangeraakt|abused|raped|molested|touched|assaulted|groped)
danger+sextortion  (heeft|hebben|has|have|got|had) (naaktfotos|naaktfoto s|naaktfoto|nudes|naakt fotos|naaktbeelden|nude pics|nude photos|naaktfilmpjes|naaktfilmpje|nude videos) (van|of) (me|mij)
abuse  (hij|ze|zij|iemand|he|she|someone|jongen|man|gast|vent|ex|vriend|baas|leraar|trainer|coach|buurman|buurjongen|neef|concierge|conciërge|boss|neighbour|neighbor) (slaat|schopt|wurgt|stompt|trapt|mishandelt) (me|mij)
abuse  (hij|ze|zij|iemand|he|she|someone|jongen|man|gast|vent|ex|vriend|baas|leraar|trainer|coach|buurman|buurjongen|neef|concierge|conciërge|boss|neighbour|neighbor) (sloeg|schopte|wurgde|stompte|trapte|sloegen) (me|mij) ...3 (gisteren|vandaag|vanavond|net|vannacht|weer|altijd|elke dag|vanochtend|vanmiddag|nog)
abuse+sexual  (hij|ze|zij|iemand|he|she|someone|jongen|man|gast|vent|ex|vriend|baas|leraar|trainer|coach|buurman|buurjongen|neef|concierge|conciërge|boss|neighbour|neighbor) (misbruikt|verkracht|betast|bepotelt|randt|misbruikte|verkrachtte|betastte) (me|mij)
except  (gesprongen|jumped|sprong|springen|jump) ...3 (in het zwembad|into the pool|in the pool|op de trampoline|on the trampoline|van de duikplank|off the diving board|van de hoge duikplank)
except  (laatste dag|last day) ...4 (school|werk|work|pensioen|retire|retirement|stage|internship|vakantie|holiday|job|baan|contract|schooljaar)
except  (spullen|stuff|things|dozen|boxes) ...8 (verhuizing|verhuizen|moving|move|opruimen|tidy|clean|schoonmaken|ophalen|pick up|kringloop|sale|verkoop|verbouwing)
except  (aangeraakt|touched) ...3 (bij|with|tijdens|during|in|met)? (tikkertje|tikken|tag|voetbal|football|per ongeluk|by accident|accidentally)
except  (naaktfotos|naaktfoto|nudes|naakt fotos|naaktfoto s) (van|of) (me|mij) (als|as a|as) (baby|peuter|kind|toddler|kleuter|kid)
except  (dood) (verveelt|verveel|vervelen|verveelde|verveeld|lacht|lachen|lach|schrikt|schrok|schaamt|schaam|ergert|erger|werkt|werk|zoekt|zoek|gelachen|geschrokken|geschaamd|geergerd|gewerkt|gezocht)
except  (bloedde|bloedt|bloed|bloeden|bleeding|bled|bloedneus) (uit|from) (mijn|mn|m|my|me) (neus|nose)
except  (wifi|wi fi|internet|tv|televisie|licht|lampen|verwarming|router|stroom|modem|muziek|alarm|wekker|playstation|ps5|xbox|computer|laptop) ...4 (uitgezet|uit gezet)
except  (killt|killen|kilt|vermoordt|vermoord|kills|killed) (me|mij|ons) ...6 (fifa|fortnite|minecraft|cod|warzone|valorant|game|gamen|potje|spel|roblox|apex|among us|gta|rocket league|brawl stars|clash|mario kart|fc)
except  (vroeger|toen|used to|back then) ...6 (dood wilde|dood wou|dood wou gaan|wanted to die|zelfmoord|suicidal) ...6 (nu|now) ...3 (niet meer|nie meer|ni meer|not anymore|anymore|no longer)
except  (toen|vroeger|when i was|back then) ...8 (sloeg|hit|slapped|sloegen) ...8 (veranderd|changed|goede band|good relationship|goed contact|good bond)
except  (per ongeluk|by accident|accidentally|tijdens het|tijdens|during) ...4 (brak|broke) ...3 (arm|been|pols|neus|rib|ribben|kaak|vinger|wrist|nose|leg|ribs|jaw|hand|sleutelbeen)
# ---- probes: short disclosures by any subject (written by hand: a subject and a verb phrase, each kind of subject)
suicide+ingested  (@ik) (heb|hb) (net|zonet|zojuist|vanavond|vannacht|just|daarnet)? (pillen|tabletten|pilletjes|slaappillen|paracetamol|paracetamols|medicijnen) (genomen|geslikt|ingenomen)
danger+other+ingested  (zusje|zus|broertje|broer|nichtje|neefje|nicht|neef|klasgenoot|klasgenote|klas|class|meisje|jongen|vriendinnetje|vriendin|vriend|moeder|vader|@moeder|@vader|sister|brother|cousin|mom|mum|dad|girl|boy|classmate|ze|zij|hij|she|he) (heeft|has) (net|zonet|zojuist|just)? (pillen|tabletten|pilletjes|slaappillen|paracetamol|pills|tablets|sleeping pills) (genomen|geslikt|ingenomen|taken|swallowed)
homeless+other  (is|zijn|are|has|have) (weggelopen|weggegaan|van huis weggelopen|ran away|run away|runaway) ...4 (slaapt|slapen|sleeps|sleeping|slept) (buiten|op straat|outside|on the street|in het park|in the park|in een portiek)
danger+other  (stalkt|stalks|stalking|achtervolgt) (haar|hem|me|mij|her|him) ...4 (staat|is|stond|stands|standing|waits|wacht) (voor de deur|at the door|outside|buiten|voor ons huis|voor haar huis|voor mijn huis)
danger  (mijn|my|mn) (ex) (stalkt|stalks|is stalking|achtervolgt) (me|mij)
suicide+other  (says|said|told me|texted|tells me|zegt|zei|appte) (she|he|they|dat ze|dat hij) (wants|want|wanted|wil|wilde) (to die|to kill herself|to kill himself|to end it|to end her life|to end his life|dood|zelfmoord plegen)
except  (poem|gedicht|song|liedje|lied|book|boek|film|movie|character|personage|essay|quote|quoten|citeren|tekst|lyrics|songtekst|serie|series|story|verhaal) ...8 (says|said|zegt|zei|sings|zingt) (she|he|they|dat ze|dat hij) (wants|want|wil|wilde|wanted)
# ---- round 72: blind82 (what young people see online right now: a friend's story, a livestream, a group chat, a post)
suicide+other  (wrote|written|geschreven|schreef|heeft) (his|her|my|zijn|haar|mijn)? (letters|brieven|afscheidsbrieven|goodbye letters|notes|note|brief|afscheidsbrief) ...6 (it s time|its time|het is tijd|het tijd is|tijd is)
suicide  (if|als) (i m|im|ik) (not|niet|er niet|morgen niet|er morgen niet) ...4 (you know why|weet je waarom|jullie weten waarom|weten jullie waarom|you ll know why|je weet waarom)
suicide+other  (alle|all|al) (her|his|haar|zijn)? (fotos|posts|foto s|pictures|photos|berichten|videos) (verwijderd|deleted|removed|gewist|weggehaald) ...8 (klaar mee|rust zacht|rip|goodbye|vaarwel|laatste|last|done)
suicide  (laatste|last) (snap|post|story|video|bericht|tweet|tiktok|message|foto|upload) (ooit|ever|van mij|from me|of me)
suicide+other  (countdown|aftellen|telt af|counting down|counts down) ...8 ...8 (not answering|neemt niet op|reageert niet|offline|isn t answering|isnt answering|not responding|niet bereikbaar|phone is off|telefoon staat uit)
suicide+other  (zegt|says|said|zei|dreigt|threatens|roept|schreeuwt) (dat)? (hij|ze|zij|he|she) (springt|jumps|gaat springen|will jump|is going to jump|gonna jump|gaat springe|is gonna jump)
selfharm  (pleisters|pleister|verband|verbandjes|bandages|band aids|bandaids|plasters) (op|on|om|around) (haar|zijn|mijn|her|his|my|mn) (pols|polsen|wrist|wrists|arm|armen|arms|bovenbeen|dijen|thighs)
selfharm  (kokend water|heet water|boiling water|hot water|kokende|hete thee) (over|op|on|onto) (zijn|haar|mijn|his|her|my|mn) (hand|handen|arm|armen|been|benen|hands|arms|legs|leg|huid|skin|voet|voeten) ...2 (gegoten|poured|gegooid|gedaan|gegoten heeft)
selfharm  (brandwonden|burns|brandplekken|brandwondjes) (van|from) (sigaretten|sigaret|cigarettes|cigarette|een aansteker|a lighter|peuken|aansteker)
abuse+other  (vader|moeder|@vader|@moeder|stiefvader|stiefmoeder|dad|father|mom|mum|stepdad|vriend|broer|oom|boyfriend|brother|uncle) (haar|hem|her|him) (weer|again|net|just|vandaag|gisteren|vanavond|vannacht)? (heeft|has)? (geslagen|hit|beaten|geschopt|kicked|gewurgd|choked|in elkaar geslagen)
danger+other  (schreeuwde|schreeuwen|geschreeuw|screaming|yelling|schreeuwt|schreeuwend) ...6 (een klap|klappen|a slap|a smack|a bang|klap|a thud|een dreun) ...8 (niks meer|niets meer|stil|silent|quiet|not talking|zegt niks|zegt niets|reageert niet|not answering)
danger+other  (man|vader|buurman|he|hij|husband|dad|stiefvader) (slaat|sloeg|hits|beats|is hitting|is beating|mishandelt) (de|zijn|his|the|z n|zn) (vrouw|wife|moeder|kinderen|kids|children|vriendin|girlfriend|mother|zoon|dochter|son|daughter)
danger+sextortion  (screenrecorded|screen recorded|opgenomen|gefilmd|recorded|filmed|gescreenshot|screenshotted) ...6 (without|zonder) (her|his|haar|zijn|my|mijn) (top|shirt|kleren|clothes|bh|bra|broek|pants) ...8 (sharing|shared|deelt|gedeeld|verspreidt|spreading|posted|gepost|sending|stuurt|doorgestuurd)
abuse+other  (pakte|pakt|greep|grijpt|grabbed|grabs|choked|kneep|knijpt) (haar|hem|me|mij|her|him) (bij|by|aan|around|in) (de|haar|zijn|mijn|her|his|my|the|mn) (keel|nek|throat|neck)
danger  (met|with) (een|a) (machete|mes|knife|bijl|axe|pistool|gun|wapen|hamer|honkbalknuppel|bat|vuurwapen|weapon) (bedreigd|threatened|bedreigen)
danger  (fire|brand|smoke|rook|vuur) ...8 (door is too hot|deur is te heet|deur is heet|cant get out|can t get out|kan er niet uit|kan niet naar buiten|kunnen er niet uit|trapped|is trapped|opgesloten|niet naar buiten)
danger+other  (iets|something|een pil|a pill|drugs|ghb|spul) (in|into) (haar|zijn|mijn|her|his|my|mn) (drankje|drink|glas|glass|cola|bier|beer|wijn|wine|cocktail)
danger+other  (is|ben|was|werd|got|has been|just got) (gestoken|neergestoken|stabbed|neergeschoten|shot)
danger+sextortion  (naaktfoto|naaktfotos|nude|nudes|naaktfilmpje|naaktfoto s) ...6 (gezet|gepost|gedeeld|posted|shared|verspreid|doorgestuurd|sent) ...8 (als ze niet|als hij niet|if she doesn t|if she doesnt|if he doesn t|unless|als ik niet|if i don t|if i dont)
danger+other  (aan het wurgen|aan t wurgen|was strangling|was choking|is strangling|is choking)
abuse+other  (bij|by) (de|haar|zijn|mijn|mn) (keel|nek) (pakte|pakt|greep|grijpt|kneep|knijpt|vastpakte|vastgreep|heeft gepakt|vastgepakt)
danger+other  (iets|something|een pil|a pill|drugs|ghb|spul) (in) (het|de|haar|zijn|mijn|mn) (drankje|drink|glas|cola|bier|wijn|cocktail) ...4 (gedaan|gestopt|gegooid|put|slipped|gedropt)
danger+other  (spiked|drugged|gedrogeerd) (her|his|my|me|haar|hem|mij|mijn) (drink|drankje)?
except  (concert|show|gig|party|feest|workout|training|les|class|exam|test|movie|film|episode|game|match|wedstrijd|festival|rit|ride|rollercoaster|achtbaan) (killed|kills|is killing|was killing|killing) (me|us)
except  (ran away|weggelopen|liep weg) ...8 ...4 (years ago|jaar geleden|jaren geleden|now she has|nu heeft ze|now he has|nu heeft hij)
except  (youtuber|streamer|influencer|tiktokker|artiest|singer|zanger|zangeres|band|rapper|vlogger|creator) ...6 (goodbye|afscheid|afscheidsvideo*|goodbye video*) ...8 (break|pauze|taking a break|stopping|stopt met|moving|verhuist|tour|vakantie|holiday|new channel|nieuw kanaal)
except  (in het park|in the park|in t park) (in de zon|in the sun|te chillen|met vrienden|with friends|te picknicken|picnic|te lezen|reading)
except  (sneed|snijdt|gesneden|cut) (zich|zichzelf|me|mezelf|himself|herself|myself) (aan|on|op) (een|a|het|the|de)? (blikje|papiertje|papier|can|paper|tin|scherf|glas|glass|mes|knife|schaar|scissors|blik)
except  (nobody|no one|niemand) (is)? (threatening|bedreigt|threatens) (me|mij|us|ons)
except  (per ongeluk|by accident|accidentally|ongelukje) ...6 (gegoten|poured|gemorst|spilled|spilt)
except  (pleister|pleisters|verband|plaster|plasters|band aid) ...6 (prik|vaccin|vaccinatie|bloedprik|injection|shot|vaccination|bloed geprikt|bloedafname)
except  (i d|id|i would|would|zou|ik zou) (do it|do that|het|het zo|it) (again|weer|opnieuw|all over again|zo weer|meteen weer) (doen)?
except  (bloedde|bloedt|bloed|bleeding|bled) ...8 (is het al goed|al goed|already fine|weer goed|gestopt|stopped|is weer over)
suicide+other  (foto|pic|picture|photo|snap|story) (van|of) (een|a)? (touw|rope|strop|noose|pillen|pills|mes|knife|brug|bridge|spoor|tracks|rails) ...6 (vanavond|tonight|vannacht|soon|bye|doei|het is tijd|its time|it s time|dag allemaal)
suicide  (ik|i|ze|hij|she|he) (hoef|hoeft|need|needs) (alleen maar|alleen|only|just) (te leunen|te springen|to lean|to jump|te stappen|los te laten|to let go|één stap|een stap|one step)
suicide+other  (telling|told|tell|tells) (her|him) (to jump|to do it|to kill herself|to kill himself|to end it)
suicide  (van het leven) (berooft|beroven|beroofd|te beroven|beroof)
suicide  (mes|pillen|touw|strop|knife|pills|rope|noose|scheermesje|mesje) (al)? (klaarligt|klaar ligt|klaarliggen|klaar liggen|is ready|are ready|ligt klaar|liggen klaar|klaargelegd)
suicide+other  (het is niet jullie schuld|it s not your fault|its not your fault|niet jullie schuld|not your fault|niet jouw schuld|not anyone s fault) ...8 ...4 (weg is|gone|missing|vermist|niet thuis|not home|niet bereikbaar|not answering|neemt niet op|offline)
suicide  (see you never|zie jullie nooit meer|zie je nooit meer|tot nooit|see ya never|never see you again)
selfharm+other  (bloed|blood) ...8 ...8 (moest het weer doen|had to do it again|deed het weer|did it again|moest weer snijden|heb het weer gedaan)
selfharm  (in) (zijn|haar|mijn|m|mn) (arm|armen|been|benen|pols|polsen|huid|dij|dijen|buik) (te snijden|te krassen|te branden|snijdt|snijden|kerft|kerven|krast)
abuse+sexual  (aan haar zit|aan hem zit|aan me zit|aan mij zit|aan mn lichaam zit|aan mijn lichaam zit|aan haar lichaam zit|aan haar zat|aan me zat|aan mij zat|aan hem zat)
abuse+sexual  (heeft|hebben) (hij|ze|zij) (me|mij|haar|hem) (al)? (aangeraakt|misbruikt|betast|verkracht|aangerand)
abuse+sexual  (seks|sex) (afdwingt|afdwingen|afgedwongen|forces|forced|eist|demands)
abuse+sexual  (dwingt|forces|forced|dwong|dwingen|pushes|pushed|pressures|pressured) (haar|hem|me|mij|her|him) (tot|to have|into)? (seks|sex)
abuse  (burns|burned|burnt|brandt|brandde) (her|him|haar|hem|me|mij) (with|met) (a|een|her|his|zijn|haar)? (hot|hete|heet|gloeiende)? (spoon|lepel|iron|strijkijzer|knife|mes|pan|fork|vork)
homeless  (ben|is|werd|zijn|was) (eruit|het huis uit) (gegooid|gezet|geschopt|gezet door)
homeless+other  (slaapt|slapen|sleeps|sleeping|slaap) (buiten|op straat|outside|on the street|in het park|in the park) (sinds|since)
homeless+other  (buiten|op straat|outside|on the street) (slaapt|slapen|sleeps|sleeping|slaap) (sinds|since)
homeless  (mag|can t|cant|may not|mag ik) (@tonight|vandaag|today)? (niet|nie|not) (thuis|at home|home) (slapen|sleep|komen|blijven|stay)
homeless+other  (threw|kicked|gooide|schopte|zette|throws|kicks) (her|him|haar|hem|me) (out|eruit) (last night|tonight|today|yesterday|gisteren|vannacht|vanavond|this morning|vanochtend)
except  (gestoken|stung|stabbed|shot|geschoten|neergeschoten) ...3 (door|by) (een|a|de|the)? (wesp|bij|mug|kwal|wasp|bee|mosquito|jellyfish|hommel|bumblebee)
except  (shot|geschoten|neergeschoten|gestoken) ...8 (laser tag|lasertag|lasergamen|lasergame|paintball|warzone|fortnite|cod|call of duty|in the game|in de game|music video|videoclip|clip|movie|film|serie|series|gta|valorant|apex|pubg|airsoft|nerf)
except  (shot|geschoten) ...8 (bruise|bruises|blauwe plek|blauwe plekken|welt|welts)
except  (tot nooit|see you never|zie je nooit meer) ...4 (grapje|grap|joke|jk|haha|lol|als grap)
except  (laser tag|lasertag|lasergamen|lasergame|paintball|warzone|fortnite|cod|call of duty|in the game|in de game|music video|videoclip|gta|valorant|apex|pubg|airsoft|nerf) ...8 (shot|geschoten|neergeschoten|gestoken)
except  (nieuw|new|nieuwe|ander|another|second|tweede) (account|acc|profiel|profile|insta|snap|tiktok)
except  (laatste|last) (snap|post|story|video|foto|upload|tiktok) ...4 (vakantie|holiday|trip|reis|dag|day|week|jaar|year|zomer|summer|haha|lol|van vandaag|of today|of the day)
except  (aftellen|countdown|counting down|telt af) (naar|to|tot|until|voor|for) ...3 (vakantie|holiday|verjaardag|birthday|kerst|christmas|zomer|summer|weekend|concert|festival|examens|exams|release|launch|nieuwjaar|new year)
except  (bedreigd|threatened) ...4 (in een film|in a film|in a movie|in de film|in de serie|in a show|in het boek|in the book|in een game|in a game|in het toneelstuk|in the play)
except  (bloed geprikt|bloedprik|bloed prikken|bloedafname|blood test|blood drawn|bloedonderzoek)
except  (uit gezet|uitgezet|eruit gezet|uit gezet) ...4 (geschilderd|verbouwd|verbouwing|painted|renovated|renovation|schoonmaak|gepoetst|ongedierte|verhuizing)
except  (niet) (thuis|at home) (slapen|sleep) ...4 (logeerpartij|logeren|sleepover|slumber party|feestje|party|kamp|camp|schoolreis|schoolkamp|werkweek)
# ---- probes: first-person statements with fillers (written by hand)
suicide  (@ik) (ga|gaan|wil|will) (echt|gewoon|toch)? (@tonight|vandaag|morgen|straks|nu|zometeen|dit weekend) (springen|jumpen|spring)
suicide  (i m|im|i am|i will|i ll|gonna|going to) (going to|gonna)? (jump) (tonight|today|tomorrow|now|later|this weekend)
except  (springen|jump|jumpen|spring) ...4 (zwemles|zwembad|trampoline|party|feest|dance|dansen|springkussen|bungee|bungeejumpen|parachute|skydive|skydiven|paard|horse|touwtje|hoogspringen|verspringen|high jump|long jump|pool|duikplank|diving|wedstrijd|competition|training|gym|gymles)
danger  (in de auto|in the car|in a car|in een auto|in zijn auto|in his car|in een busje|in a van) ...4 (die ik niet ken|i don t know|i dont know|stranger|vreemde|onbekende|that i don t know) ...6 (stopt niet|won t stop|wont stop|doesn t stop|laat me niet|won t let me|rijdt door|keeps driving)
danger+other  (zusje|zus|broertje|broer|sister|brother|dochter|daughter|kind|child|vriendin|vriend|friend) (is|zijn) (weg|missing|vermist|kwijt|zoek) ...3 (neemt niet op|not answering|isn t answering|isnt answering|reageert niet|not responding|niet bereikbaar|phone is off)
danger  (shooting|schietpartij|schieten|wordt geschoten|er wordt geschoten|gunshots|schoten) (in|op|bij) (my|our|mijn|onze|ons|de) (street|straat|school|building|flat|wijk|neighbourhood|neighborhood|buurt)
except  (weg) (naar|met|to|with) ...2 (school|werk|oma|opa|les|training|vrienden|friends|vakantie|holiday|feest|party|stad|town|kerk|moskee|sport|winkel|supermarkt)
except  (missing|mist) (her|his|my|haar|zijn|mijn) (phone|telefoon|keys|sleutels|bus|train|trein|les|class|school|homework|huiswerk|mom|mum|dad|family|familie|friends|vrienden)
# ---- round 73: blind83 (16 to 23 with low literacy or a mild intellectual disability: phonetic spelling, simple concrete words, used by "friends")
suicide  (brief|afscheidsbrief|letter|briefje) (geschreven|geschreefe|geschreve|geschreeve|geschrefe|written|gescreven) ...8 (dan ga ik|then i go|then i m gone|en dan ben ik weg|dan ben ik weg|dan ga ik weg|en dan ga ik)
suicide  (zonder|without) (hem|haar|him|her|jou|you|mama|papa|@vader|@moeder) (wil|want|wl) (ik|i)? (@niet|not|nie|geen) (meer)? (leven|live|leve|leefe|verder|bestaan)
suicide  (niemand vind|niemand vindt|nobody will find|no one will find|niemand zal|niemand gaat) (me|mij) ...6 (kom|come|ga|go) (@niet|not|never|nooit|nie) (meer)? (terug|back|naar huis|home)
suicide  (ga|gaan|go|going|gaat) (@tonight) ...4 (kom|come) ...2 (@niet|not|never|nooit|nie) (meer)? (terug|back)
selfharm  (sla|bonk|bonkte|sloeg|beuk|beukte|bang|banged|bash|bashed|hit) (mijn|my|met mijn|with my)? (hoofd|head) (tegen|op|against|into|on) (de|the|een|a)? (muur|wall|deur|door|kast|vloer|floor|tafel|table)
worry   (stomp|stompte|sla|sloeg|punch|punched|beuk|beukte) (met mijn|with my)? (vuist|fist|vuisten|fists) (op|tegen|against|into|on) (de|the|een|a)? (muur|wall|deur|door|kast)
selfharm  (@ik|i) (wil|want|wl) (nog|more|even)? (meer)? (pijn|pain) (voelen|feel|doen|hebben)?
selfharm  (snee|sneeen|sneetje|sneetjes|wond|wondje|cut|cuts|krassen|kras) (in|op|on|into) (mijn|my|mn) (arm|armen|pols|polsen|been|benen|dij|dijen|buik|huid|wrist|wrists|leg|legs|thigh|thighs|arms) (gemaakt|made|gezet|gedaan|gesneden)
abuse  (krijg|krijgen|get|krijg ik|kreeg) (geen|gen|no|niks te) (eten|food|te eten) (als|if|tenzij|unless|wanneer)
abuse+sexual  (begeleider|begeleiding|trainer|oom|man|leraar|stiefvader|carer|baas|buurman|groepsleider|nachtdienst|mentor|uncle|stepdad|teacher|coach) ...8 (wil|wants) (dat ik|me to|mij)? (bij hem|with him|naast hem|next to him|in zijn bed|in his bed|op zijn bed|on his bed) ...2 (kom liggen|liggen|lig|slaap|slapen|lie|sleep|kom slapen)
suicide+ingested  (heleboel|hele boel|veel|lot|bunch|handvol|handful|zak|stapel) (van|of) (mijn|my|de|the|zijn|haar)? (@pills|slaappillen|pillen|tabletten|pills|tablets|sleeping pills|medicijnen|meds) (geslikt|genomen|ingenomen|swallowed|taken|took)
homeless  (huisbaas|verhuurder|landlord|hospita|eigenaar|owner|@vader|@moeder|ouders|parents) ...4 (slot|sloten|lock|locks) (vervangen|veranderd|changed|replaced|verandert|vervangt)
suicide  (doei|dag|bye|goodbye|afscheid|gedag) (zeggen|say|nemen|te zeggen) ...6 (ik ga dood|i m going to die|im gonna die|i m gonna die|ik ben dood|dan ben ik dood)
abuse  (hij|ze|zij|he|she|vriend|boyfriend|vriendje|ex) (slaad|slaadt|slat|slaat|schopt|sla) (me|mij) ...4 (elke dag|every day|vandaag|today|altijd|always|weer|again)
danger+sextortion  (filmde|gefilmd|filmed|filmt|opgenomen) (me|mij) ...8 (zonder kleren|naked|naakt|without clothes|zonder kleding|uitgekleed) ...8 (sturen|sture|rond|delen|sharing|shared|gedeeld|verspreid|rondgestuurd|doorgestuurd|posted|gepost)
danger  (man|hij|he|vent|gast|guy|jongen|ze|zij|they) (wil|will|laat|won t|wont|laten) (me|mij) (@niet|not|nie)? (laten gaan|gaan|let me go|let me leave|weg laten|weggaan|gaan weg)
except  (laten gaan|let me go|gaan|weggaan) (naar|to|met|with) ...3 (feest|party|festival|concert|stad|town|bioscoop|cinema|vriendin|friend|vrienden|friends|kamp|camp|reis|trip|school|disco|club)
except  (@moeder|@vader|mama|papa|ouders|mam|pap|mom|mum|dad|parents) (gaat|gaan|maakt|is gonna|will) (me|mij) (dood maken|doodmaken|vermoorden|afmaken|kill) (als|when|if|wanneer) ...4 (ziet|hoort|weet|merkt|sees|finds out|hears|knows)
except  (vroeger|toen|used to|back then) ...6 (mezelf pijn|pijn deed|deed mezelf|sneed mezelf|kraste|cut myself|hurt myself|mezelf iets aan|mezelf sneed) ...6 (nu|now) ...3 (niet meer|nie meer|ni meer|not anymore|anymore|no longer)
except  (jaar terug|jaar geleden|years ago|year ago|jaren terug|jaren geleden) ...6 (weggelopen|ran away|liep weg|van huis weg)
except  (soap|serie|series|film|movie|show|programma|tv programma|boek|book|aflevering|episode|documentaire|documentary) ...8 (eruit gegooid|eruit gezet|kicked out|thrown out|buiten slapen|sleep outside|dakloos|homeless|op straat)
except  (hitting|hits|slaat|slaan|sloeg|hit|gooit|throws) (me|mij) (with|met) (a|his|her|een|zijn|haar)? (pillow|kussen|pillows|kussens|knuffel|ballon|balloon|sok|sock|sokken|socks|water|waterpistool)
except  (niemand vindt|niemand vind|nobody will find|no one will find|niemand zal) (me|mij) ...3 (verstoppertje|hide and seek|bij het spel|in the game|in de game|escape room)
except  (pijn|pain) ...4 (sportschool|gym|training|workout|spierpijn|no pain no gain|fitness|sporten|trainen)
except  (snee|sneetje|sneetjes|cut) ...6 (papiertje|papier|paper|blikje|can|per ongeluk|by accident|accidentally)
except  (geen eten|gen eten|no food|geen toetje|no dessert) ...6 (huiswerk|homework|kamer|room|opruimen|tidy|groente|vegetables|bord leeg|afwas|dishes)
except  (slot|sloten|lock|locks) ...6 (nieuwe sleutel|new key|nieuwe sleutels|new keys|sleutel gekregen|got a key|got new keys)
except  (ik ga dood|ga dood|gonna die|going to die|i m gonna die) (van|of|from) (het|de|the)? (verdriet|lachen|schaamte|honger|hitte|kou|verveling|stress|laughter|embarrassment|hunger|heat|boredom|cringe)
except  (laten gaan|let me go|let me leave) (zonder|without) ...3 (bonnetje|receipt|betalen|paying|ticket|kaartje|pas|id|mijn bon)
selfharm  (@ik) (snij|snijd|kras) (me|mij)
except  (snij|snijd|sneed|kras) (me|mij|mezelf) (aan|bij) (papier|een blikje|het mes|een mes|glas|de schaar|een schaar|het koken)
abuse+sexual  (gaf|gave|geeft|gives|gaven) (me|mij) (geld|money|cash|drugs|wiet|weed) ...6 (moest|had to|must|moet|made me) ...2 (naar zijn|to his|in zijn auto|into his car|mee naar zijn)
danger+other  (pistool|gun|wapen|vuurwapen|geweer|rifle) ...6 (zegt|says|dreigt|threatens|said|zei|roept) ...2 (hij schiet|he will shoot|he ll shoot|schiet|shoot|he s gonna shoot|hij gaat schieten)
danger+other  (steekt|steek|stabs|stab) (hem|haar|papa|mama|@vader|@moeder|me|mij|iemand|jou|je|him|her|us|ons) (dood|neer)
danger  (roept|zegt|zei|schreeuwt|dreigt|says|said|yells|shouts|texted|appte|riep|schreeuwde) ...2 (ik ga|i m gonna|im gonna|i will|ik zal|i ll) (je|jou|you) (steken|neersteken|doodsteken|stab|vermoorden|kill|doodmaken|afmaken|neerschieten|shoot)
danger+other+ingested  (gespoten|spoot|injected|geinjecteerd|ingespoten|gesnoven|snorted) ...8 (valt om|falls|praat niet|praat nie|not talking|niet aanspreekbaar|reageert niet|unresponsive|falls over|valt steeds om|bewusteloos|unconscious)
homeless  (geen|gen|no) (sleutel|key|sleutels|keys) ...8 ...8 (sta|ben|zit|am|stand|standing|i m|im) (buiten|buite|outside|op straat)
except  (snij|snijd|sneed) (me|mij|mezelf) ...6 (vinger|duim|finger|thumb|uien|ui|groente|koken|brood|onions)
except  (ik ga je|i m gonna|im gonna|i will|ik zal je) (vermoorden|kill|doodmaken|afmaken|steken) ...8 (haha|hahaha|lol|lmao|grapje|joke|jk)
except  (valt om|falls over|viel om) (van|of) (de|the)? (slaap|moeheid|tiredness|sleep|het lachen|laughter)
# ---- round 74: blind84 (the crisis as an aside in a message about something else: "btw", "ps", "oh en")
suicide  (@mezelf) (doodmaak|dood maak|doodmaken|dood maken|ombreng|ombrengen|van kant maak|van kant maken|ophang|ophangen)
abuse+sexual  (stepdad|stiefvader|uncle|oom|dad|vader|brother|broer|man|he|hij|stepfather|grandpa|opa) ...4 (come into|comes into|komt|binnenkomt|walks into|walk into|coming into) (the|de)? (bathroom|badkamer|shower|douche) ...4 (when|while|als|terwijl|wanneer) (you|je|i|ik) (shower|douche|douchen|showering|in de douche)
except  (weggelopen|ran away|weglopen|liep weg) ...8 (alweer terug|was terug|weer terug|back home|came back|kwam terug|weer thuis|alweer thuis)
except  (a|een) (boy|girl|jongen|meisje|kid|man|woman|vrouw) (who|die) ...6 (runs away|loopt weg|sleeps in|slaapt in|slaapt buiten|sleeps outside|is thrown out|wordt gezet|dies|sterft|takes pills|pillen neemt)
except  (in het boek|in the book|in de film|in the movie|in de serie|in the series|in het verhaal|in the story|in de roman|in the novel|in het toneelstuk|in the play) ...8 (pillen|pills|dood|dies|sterft|zelfmoord|suicide|weggelopen|runs away)
except  (personage|character|rol|role|zingen|sing|singing|lied|song|zing) ...6 (ik wil niet meer leven|i want to die|ik wil dood|don t want to live|i don t want to live)
except  (ik wil niet meer leven|ik wil dood|i want to die|i don t want to live) ...4 (zingen|sing|lied|song|tekst|lyrics|regel|line|songtekst)
except  (liedje|lied|song|nummer|lievelingsliedje|boek|book|film|serie|series|podcast) (gaat|goes|is)? (over|about) (iemand|someone|een|a) ...6 (uit huis|thrown out|kicked out|dakloos|homeless|wordt gezet|runs away|loopt weg)
except  (welke|which|what|wat voor) (pillen|pills|medicijnen|tabletten|meds|medicine) (helpen|help|werken|work|zijn goed|are good)
except  (threw|gooide|throws|gooit|chucked) (out|weg|away) (my|mijn|his|her|zijn|haar|mn) ...2 (jeans|clothes|kleren|stuff|spullen|toys|speelgoed|shoes|schoenen|books|boeken|old|oude|broek|trui|sweater|hoodie)
except  (buiten) ...6 (tot|until|till) (mijn|my|m|mn)? (moeder|vader|mama|papa|mom|mum|dad|ouders|parents|zus|broer|sister|brother) ...4 (thuiskomt|thuis komt|komt|comes home|gets home|home|is)
except  (character|personage|avatar|poppetje|sim|my guy) ...4 (passed out|fainted|died|dood|flauwgevallen|dies|faints|passes out)
except  (spin|nepspin|spider|fake spider|slang|snake|kat|cat|hond|dog|kussen|pillow|knuffel|teddy|poes|puppy|ijsblokje|ice cube|water|kruimels|crumbs) ...3 (in mijn bed|in my bed|bij me in bed|into my bed)
except  (@mezelf) (doodmaak|dood maak|doodmaken|dood maken|ombreng|ombrengen) ...4 (minecraft|game|fortnite|spel|roblox|sims|het spel|de game|the game)
except  (badkamer|bathroom|douche|shower) ...8 (tandenborstel|toothbrush|handdoek|towel|plassen|to pee|föhn|fohn|hairdryer|shampoo|tandpasta|toothpaste|scheerapparaat|razor charger)
selfharm  (fresh|verse) (ones|cuts|scars|wonden|sneeen|sneeën|krassen|wounds) ...4 (on|op) (my|mijn|mn) (wrist|wrists|pols|polsen|arm|arms|armen|thigh|thighs|been|benen|dij|dijen)
abuse  (in|op) (mijn|mn|my|m) (gezicht|face|hoofd|head|buik|stomach) (geslagen|gestompt|geschopt|slapped|hit|punched|gemept|getrapt)
abuse  (trekt|trok|pulls|pulled|pulling|sleurt|sleurde) (hij|ze|zij|he|she) (me|mij) (aan|by) (mijn|my|@mijn) (haren|hair|arm|armen)
abuse  (pushed|shoved|duwde|duwt|threw|gooide|smeet|pushes|shoves) (me|mij) (to|on|onto|op|naar|tegen|against|into) (the|de|een|a)? (floor|ground|grond|vloer|wall|muur|kast|trap|stairs|deur|door)
danger+other  (water|plas|meer|zee|gracht|kanaal|rivier|zwembad|sea|lake|river|canal|pool|erin gesprongen|erin gevallen|sprong erin|jumped in) ...8 (komt|kwam|comes|came) (niet|nie|not) (meer)? (boven|up|back up)
danger+ingested  (xtc|mdma|molly|pillen|pills|pil|ecstasy|coke|cocaine|speed|ketamine|ket|drugs|pilletjes) ...8 (heel heet|so hot|te heet|oververhit|overheated|verward|confused|kramp|krampen|cramps|cramp|hartkloppingen|heart racing|heart is racing|racing heart)
homeless  (slaap|sleep|slapen|sliep|sleeping) ...3 (in|op) (de|het|een|the|a)? (trappenhal|trappenhuis|portiek|stairwell|fietsenstalling|parkeergarage|bushokje|stairs|car park|doorway)
homeless  (thuis|home|het huis) (niet meer|nie meer|not|no longer|ni meer) (binnen|in) (mag|mocht|allowed|mogen)
except  (xtc|mdma|molly|drugs|pillen|pills|ecstasy|pil) ...8 ...4 (vorig jaar|last year|jaar geleden|years ago|vroeger|op vakantie)
# ---- round 75: blind85 (when it happened: a moment ago, last night, years ago; still going on or over)
suicide  (het al eens geprobeerd|het eerder geprobeerd|het al geprobeerd|tried it before|tried before|zelfmoordpoging|poging|attempted|suicide attempt|tried to kill myself) ...8 ...6 (deze keer goed|this time properly|this time for real|deze keer echt|dit keer goed|this time right|deze keer wel)
suicide  (afscheid|goodbye) ...4 (zonder dat|without) ...3 (doorhebben|doorhadden|weten|wisten|merken|merkten|knowing|know|knew|noticing)
suicide  (@tonight|tonight) (ben ik er niet meer|i won t be here|i wont be here|ben ik dood)
suicide+other  (saying|zegt|zei|said|says|texted|appte) (shes|hes|she is|he is|ze|hij|dat ze|dat hij) (ending it|ending her life|ending his life|er een eind aan maakt|er een einde aan maakt|het beeindigt|het gaat beeindigen|going to end it|gonna end it)
abuse+sexual  (onder de tafel|under the table) ...2 (aan me|aan mij|aan haar|touches|touching|aan mijn been|aan mijn benen|my leg|my thigh)
abuse+sexual  (coach|trainer|teacher|leraar|uncle|oom|stepdad|stiefvader|man|he|hij|bijlesleraar|docent) ...8 (touches|touched|touching|raakt|aanraakt|betast) (us|me|her|him|ons|mij|haar)
danger+other  (mij|me|ons|us|mama|mijn moeder|my mom|my mum) (en|and) (zichzelf|himself|herself) (iets)? (aandoet|aan doet|aandoen|vermoorden|vermoordt|doodmaken|doodmaakt|kill|hurt|will hurt|will kill)
homeless  (uit) (zijn|haar|het|zn|hun) (huis|appartement|kamer|flat|house|apartment) (gezet|gegooid|geschopt|gezet heeft)
homeless  (sta|staan|stand|standing|zit) (voor) (een|de)? (dichte|gesloten|locked|closed) (deur|door) ...2 (zonder|without|geen|no) (sleutel|key)
homeless  (stay with|slapen bij|logeren bij|stay at|sleep at) ...4 (isn t answering|isnt answering|not answering|neemt niet op|reageert niet|doesn t answer|doesnt answer) ...8 (midnight|middernacht|nacht|night|laat|late|tonight|vannacht)
suicide  (volgende trein|next train|de trein|the train) (is van mij|is mine|is voor mij|is for me)
selfharm  (steeds dieper|deeper and deeper|dieper en dieper|elke keer dieper|every time deeper|deeper every time|dieper dan ooit|deeper than ever)
abuse  (slaan|slaat|schoppen|schopt|stompen|stompt|trappen|trapt|beat|hit|kick) (ze|hij|zij|they) (me|mij)
danger  (ik|je|jij|i) (morgen|vandaag|straks|tomorrow|tonight)? (dood ben|dood bent|ben dood|am dead|m dead|be dead) (als|if|wanneer|when) (ik|je|i|you)
danger  (pistool|gun|mes|knife|wapen|weapon|machete|vuurwapen) (laten zien|showed|liet zien|getoond|showed me|laat zien|shows me|pulled)
homeless  (weet|know) (ik)? (echt|really|gewoon|just)? (niet|nie|not|don t|dont) (waar|where) (ik|i) (heen moet|heen kan|naartoe moet|naartoe kan|to go|can go|should go|kan slapen|moet slapen|can sleep|should sleep)
except  (when i was|toen ik) ...8 ...8 (it stopped|het stopte|het is gestopt|stopped|is opgelost|was solved|got solved|it ended|het hield op)
except  (ran away|weggelopen|liep weg|weglopen) ...8 (when i was|toen ik|as a kid|als kind)
except  (toneel|schooltoneel|play|musical|rol|role|speelde|played|voorstelling) ...6 (opgesloten|locked up|gevangen|prison|gevangenis|jail|cel|ontvoerd|kidnapped|vermoord|murdered)
except  (died|dood|gestorven|killed|dead) ...6 (that boss|the boss|this boss|final boss|de boss|die boss|deze boss|bossfight|boss fight|level|game|raid|dungeon|respawn|checkpoint|eindbaas)
except  (hide and seek|verstoppertje) ...8 (hiding|hide|verstop|verstopt|wardrobe|kast|kledingkast|forgot me|vergeten)
except  (hiding|verstop|verstopt|hide) ...8 (hide and seek|verstoppertje|cousins|neefjes|nichtjes)
except  (kapper|hairdresser|barber|kapster) ...4 (vermoord|killed|murdered|afgemaakt)
suicide  (een eind|een einde) (aan) (zn|zijn|mijn|haar|@mijn|mn) (leven) (maakt|maken|maak|wil maken|gaat maken)
suicide  (om) (erin|eraf|er vanaf|ervan af|eraf te|van af) (te springen|springen)
selfharm+other  (zit|zat|is|zitten) (nu)? (op de wc|in de badkamer|op haar kamer|op zijn kamer|op mijn kamer|in bad|op de badkamer|op de wc nu) (te snijden|te krassen|te branden)
selfharm  (straf|straffen|punish|bestraf) (ik)? (mezelf|myself) ...6 (snee|snijden|krassen|branden|cut|cutting|burn|slaan|pijn|blade|mesje)
selfharm  (snee|snijden|krassen|cut|cutting|sneetje) ...8 (straf ik mezelf|punish myself|mezelf straffen|mezelf bestraffen)
abuse  (sloot|sluit|locked|locks|sluiten|sloten) (me|mij) ...4 (op)? (in de kelder|in the basement|in de kast|in the closet|in de schuur|in the shed|in de badkamer|in the bathroom|in de kolenhok|in het hok)
abuse+sexual  (zat|zit) (vorige keer|de vorige keer|last time|steeds|altijd|vaak) (aan me|aan mij|aan haar)
danger+sextortion  (tell everyone|vertelt iedereen|zegt tegen iedereen|post it|share it|deelt het|post|share) ...6 (if i dont|if i don t|als ik niet|unless i) (come over|kom|langskom|send|stuur|meet|afspreek)
homeless  (sitting|sleeping|zit|slaap|sit|sleep|liggen|lig) (under|onder) (a|een|the|de|het) (bridge|brug|viaduct|tunnel)
except  (duikplank|diving board|zwembad|pool|springkussen|trampoline|bungee) ...8 (om erin te springen|te springen|springen)
except  (te snijden|te knippen) (aan|in) (een|het|mijn|de)? (knutselwerk|werkstuk|project|stof|papier|hout|karton|brood|groente|taart)
except  (trein|train) (is van mij|is mine|is voor mij) ...4 (haha|zitplaats|seat|plek|eindelijk|finally|lol)
# ---- round 76: blind86 (where they are: stations, crossings, bridges, the beach and the pier, parks, garages, flats)
suicide  (zee|water|sea|plas|meer|lake) ...8 (door lopen|doorlopen|blijven lopen|keep walking|lopen|loop|walk|walking) ...4 (tot|until|till) ...3 (niet meer kan staan|nie meer kan staan|cant stand|can t stand)
suicide  (spoor|spoorwegovergang|overgang|overweg|rails|spoorbaan|tracks|railway|spoorbrug) ...8 (wachten tot ik durf|wachten tot ik het durf|wacht tot ik durf|wacht tot ik het durf|waiting till i dare|waiting until i dare|waiting to get the courage|tot ik genoeg moed heb|tot ik de moed heb)
suicide  (de zee in|het water in|de plas in|het meer in|into the sea|into the water|into the lake|de gracht in) ...8 (alleen|gewoon|just|gwn) ...2 (iemand het wist|iemand het weet|someone to know|iemand moest het weten)
suicide  (diep|deep|diepe|water|brug|bridge|plas|zee|gracht|schie|kanaal|river|rivier|sea|lake|meer) ...8 (kan|can) (niet|nie|ni|not|t) (zwemmen|swim) ...3 (en dat is goed|and that s good|and thats good|en dat is maar goed ook|en dat is prima|that s the point|thats the point|dat is juist goed|en dat is juist goed|dat is het idee|and that s fine|and thats fine)
suicide  (note|notitie|briefje|brief|letter|afscheidsbrief) ...8 (going into the water|go into the water|walk into the water|walking into the water|into the sea|into the lake|het water in|de zee in|de plas in|het meer in) (soon|now|nu|straks|zo|tonight|vannacht|rn)
suicide+other  (stuurde|appte|schreef|sent|texted|wrote) ...3 (voor alles|for everything) ...8 (rails|spoor|tracks|neemt niet op|neemt nie op|not answering|not picking up|reageert niet|reageert nie)
suicide  (brug|bridge|flat|gebouw|building|dak|roof|toren|parkeergarage|viaduct|galerij|tower) ...8 (hoogst|hoogste|highest|tallest|hoog genoeg|high enough) ...8 (niet voor|not for) (een|a|mn|my)? (werkstuk|project|school|spreekbeurt|profielwerkstuk|schoolproject|assignment|opdracht)
suicide  (zeggen|zeg|vertellen|vertel|tell) ...4 (dat het niet hun schuld is|dat het niet jullie schuld is|it s not their fault|its not their fault|it wasn t their fault|dat het niet aan hun ligt|dat het niet aan hen ligt|dat het niet hun schuld was)
suicide  (tram|trein|bus|metro|train|vrachtwagen|truck|sprinter|intercity|randstadrail) ...8 ...8 (stap|spring|step|jump|gooi) (ik)? (me|mezelf|myself)? (er|r) (gewoon|echt|zo|dan|gwn)? (voor|onder)
selfharm  (kapot geslagen|kapotgeslagen|stuk geslagen|bloedend geslagen|bloedig geslagen|kapot gebeukt|smashed|bloody|open geslagen) ...6 (tegen|against|into|op) ...3 (muur|beton|deur|wall|concrete|door|spiegel|mirror|paal|tegels) ...8 (wil nog een keer|ik wil het nog een keer|want to do it again|wanna do it again|nog harder|wil meer|doe het nog een keer|ga het nog een keer doen)
danger  (wakker|woke up) ...6 (vreemde|onbekende|strange|unknown|random) (flat|huis|kamer|bed|house|room|apartment|plek|place|auto|car) ...8 (weet niet wat er gebeurd|weet nie wat er gebeurd|dont know what happened|don t know what happened|weet niks meer)
abuse+sexual  (wakker|woke) ...8 ...6 (weet niet wat er gebeurd|weet nie wat er gebeurd|dont know what happened|don t know what happened|cant remember|can t remember|weet niks meer|geen idee wat er gebeurd) ...8 (kleren|broek|clothes|pants|ondergoed|underwear|slipje|jurk|dress)
danger+other  (ijs|ice) ...8 (erdoor gezakt|er doorheen gezakt|doorgezakt|door gezakt|zakte erdoor|zakte er doorheen|fell through|went through|broke through|erdoor gegaan|er doorheen gegaan)
danger+other  (door het ijs|through the ice|door t ijs) (gezakt|gevallen|gegaan|fell|went|gezakt is|gezakt en)
danger+other  (ze|hij|zij|she|he) (is)? (bang|scared|afraid) ...2 (en|and) ...3 (niet weg mag|nie weg mag|niet weg kan|nie weg kan|mag niet weg|kan niet weg|cant leave|can t leave|not allowed to leave|isnt allowed to leave)
danger  (hoofd|head|gezicht|face) (is)? (bloedt|bloedde|bleeding|bloed|bloeden) ...8 (zie niet goed|zie nie goed|zie niks|cant see|can t see|wazig|blurry|duizelig|dizzy|flauw)
danger+other  (ineens|opeens|plots|plotseling|suddenly|all of a sudden) ...3 (raar|vreemd|weird|strange|onduidelijk|slurred|wartaal|onverstaanbaar) ...8 (valt|viel|falls|fell|falling|zakt) (steeds|telkens|weer|keeps)? (om|flauw|over|down|weg)
except  (school|huis|house|flat|kamer|room|woning|appartement|wonen|woon|live|lives|klas|classroom|tuin|garden) ...4 (naast het spoor|bij het spoor|langs het spoor|next to the tracks|near the tracks|by the tracks|aan het spoor)
except  (overheen|eroverheen|erover heen) ...2 (springen|spring|springe|jump|jumpen)
except  (obby|parkour|level|roblox|minecraft|fortnite|game|spel|mario|map) ...8 (brug|bridge|dak|roof|gebouw|building) ...6 (springen|spring|jump|jumpen)
except  (hoe hoog|how high|how tall) ...6 (reuzenrad|ferris wheel|achtbaan|rollercoaster|attractie|zipline|bungee|kabelbaan|uitkijktoren|lookout tower) ...8 (erin|in|mee|op|ride|in it|on it)
except  (niet hun schuld is|niet jullie schuld is|niet hun schuld was|not their fault) (dat|that)
except  (stap|stappen|stapt|step) ...4 (voor in|achter in|voorin|achterin)
except  (niet voor|not for) (een|a|mn|my|school|de)? ...2 (hoor|maar|but|gewoon|just|lol|haha|hihi)
except  (not their fault|niet hun schuld is|niet jullie schuld is|not your fault) (we|they|the|de|het|jullie|omdat|because|cause|cuz)
except  (niemand|nobody|no one|niet|nie|not|never|nooit) ...2 (erdoor gezakt|er doorheen gezakt|doorgezakt|door gezakt|fell through|went through|broke through)
except  (mag niet weg|niet weg mag|nie weg mag|mag nie weg|cant leave|can t leave) ...2 (uit de klas|van tafel|van de tafel|from the table|from class|out of class|uit de les|van school|uit school)
except  (kat|hond|cat|dog|konijn|rabbit|hamster|poes|paard|horse|personage|character|poppetje|avatar|sim|vogel|bird|cavia) ...6 (raar|vreemd|weird|strange|gek)
suicide  (spring|jump) (ik|i)? (er|r)? (zo|nu|straks|gewoon)? (in|af|eraf|off) ...4 (niemand mist me|niemand zal me missen|nobody will miss me|no one will miss me|niemand merkt het|niemand mist mij)
suicide  (als|if) (ik|i) (nu|now)? (spring|jump) (is|ben|it s|its|is het) (alles|het|it|everything) (voorbij|over|klaar|done)
suicide  (hoogste|highest|bovenste|top) (verdieping|floor|etage) ...8 (vraag voor vanavond|voor vanavond|for tonight)
suicide  (spoor|rails|tracks) ...6 (lig er al naast|lig ik al naast|lig ernaast|ik lig er al|lying next to it|lying on it|lig erop|lig er al op)
suicide  (kga dood|ik ga dood|im going to die|i m going to die|ga dood) (vannacht|vanavond|tonight|straks) ...3 (geen grapje|echt waar|serieus|no joke|not joking|not a joke|echt)
suicide  (laatste tiktok|laatste post|laatste story|last tiktok|last post|last story|laatste video|last video) ...8 (richting het spoor|naar het spoor|to the tracks|towards the tracks|naar de brug|to the bridge|naar het dak|naar de flat)
selfharm  (hoofd|vuist|hand|head|fist) ...6 (tegen|against|into) ...6 (geslagen|gebonkt|gebeukt|smashed|banged|hit) (tot het bloedde|tot het bloedt|until it bled|till it bled|tot bloedens toe)
selfharm  (al|already) (2|3|4|5|6|7|8|9|10|twee|drie|vier|vijf) (sneden|sneeen|sneetjes|cuts|krassen) ...6 (wil meer|want more|wil nog meer|ga door|ik wil meer)
selfharm  (mezelf|myself) (met|with) (een|a) (steen|stone|hamer|hammer|riem|belt|stok|stick) ...4 (geslagen|hit|sla|slaan|bewerkt|beaten)
abuse+sexual  (geld|money|cash) (geeft|geven|gaf|gives|gave|betaalt|pays) (om|to|voor|for) (dingen|things|stuff|seks|sex) (te doen|doen|do|to do) (met hem|with him|met hen|with them)
abuse  (willen|wil|want|wants|dwingen|forcing) (dat ik|me to) ...4 (trouw|trouwen|marry|get married) ...8 (met iemand die ik niet ken|iemand die ik niet ken|someone i don t know|someone i dont know|paspoort|passport)
danger+other  (weg|vermist|missing|thuisgekomen|answering) ...8 ...8 (man|jongen|guy) (van|from) (insta|instagram|snap|snapchat|tiktok|internet|online|discord) (ging|gaat|going|wilde) (ontmoeten|afspreken|meet|zien)
danger  (man|guy|vent) (in|inside) (een|a|de|the) (auto|car|busje|van) ...8 (fotos|foto s|photos|pictures|filmpjes|films|videos) (van ons|van mij|of us|of me)
danger  (ingestapt|got in|got into|stapte in) ...8 ...6 (zegt niet|wil niet zeggen|won t say|wont say|doesnt say|doesn t say|zegt niks) ...3 (waar we heen|waar we naartoe|where we re going|where were going|where we are going)
danger+other  (ligt|lag|is|liggen) ...2 (te schokken|schokkend|aan het schokken|shaking on the ground|having a seizure|stuiptrekken|een aanval)
danger  (gordijnen|gordijn|curtains|curtain|bank|bed|kamer|room|keuken|kitchen) ...3 (staan in brand|staat in brand|are on fire|is on fire|in de fik|vlam gevat|caught fire)
danger  (foto|picture|photo|pic) (van|of) (ons|mijn|our|my) (huis|house|home|deur|door) ...6 (mes|knife|pistool|gun|dood|dead|kill|vermoord)
homeless+other  (slaapt al|slaapt nu al|sleeping for|has been sleeping|sleeps for) ...4 (in het fietsenhok|in de fietsenstalling|in een fietsenhok|in the bike shed|in de bosjes|in een portiek|in de trappenhal|in the stairwell|in the bushes)
homeless  (wordt|word) (het|t)? (bankje|bench|straat|street) ...6 (vannacht|tonight)
homeless  (als je terugkomt|als je thuiskomt|if you come back|if you come home|als je terug komt) ...4 (bel ik de politie|call the police|i ll call the police|belt ze de politie|bel ik de poltie)
danger+sextortion  (filmpje|foto|fotos|video|naaktfoto|nudes|pics|pic|filmpjes|beelden|screenshots|naaktfotos) ...8 (verspreidt|verspreid|deelt|online zet|post|posts|shares|share|stuurt door|doorstuurt) (het|it)? (als ik|if i|tenzij ik|unless i) ...4 (niet|nie|dont|don t|not)
except  (als ik nu spring|als ik spring|if i jump) ...8 (bungee|duikplank|diving board|trampoline|parachute|skydive|parasprong|glijbaan|klifduik)
except  (bungee|duikplank|diving board|trampoline|parachute|skydive|parasprong|glijbaan|klifduik) ...8 (als ik nu spring|als ik spring|if i jump)
except  (dood|dod) ...3 (van de hitte|van de warmte|van de kou|van het lachen|van verveling|van de honger|van de dorst|of boredom|from the heat|van de slaap)
except  (spoor|tracks|treinen|trains|rails) ...4 (filmen|fotograferen|spotten|film|photograph|spotting|fotos maken|foto s maken|vloggen)
except  (mezelf|myself) ...8 (per ongeluk|by accident|accidentally|perongeluk)
except  (per ongeluk|by accident|accidentally|perongeluk) ...6 (mezelf|myself)
except  (man|guy|vent) ...8 ...4 (fotograaf|schoolfotograaf|photographer|fotoshoot|photoshoot)
except  (zegt niet|won t say|wont say|wil niet zeggen) ...8 (verrassing|surprise|verassing)
except  (hond|kat|dog|cat|poes|konijn|hamster|paard|horse|cavia) ...3 (ligt|lag|is|liggen) ...2 (te schokken|schokkend|shaking)
except  (te schokken|schokkend|shaking) ...3 (in zijn slaap|in haar slaap|in his sleep|in her sleep|droomt|dreaming|van de kou|from the cold|van het lachen)
except  (bel ik de politie|i ll call the police|ik bel de politie) ...6 (voor de grap|as a joke|grapje|haha|lol|hihi)
# ---- round 77: blind87 (no safe place to sleep tonight: thrown out, running away, sofa-surfing, shelters full)
homeless  (waar|where) (kan|can) (je|ik|i|you|een) ...3 (gratis|free) (slapen|sleep|overnachten|pitten) ...3 (vannacht|tonight|nu|now|den haag|the hague|delft|zoetermeer|rijswijk|in de stad|hier|buiten|outside)
homeless  (opvang|opvangen|shelters|shelter|nachtopvang) ...3 (zegt vol|zeggen vol|is vol|zijn vol|vol|full|are full|is full)
homeless  (bed|slaapplek|plek|place) (voor|for) (een|a)? (meisje|jongen|girl|boy) (van|of)? (12|13|14|15|16|17|18|19|20|21|22|23) ...2 (vannacht|tonight)
homeless  (tot|until|till) (ze|they|de beveiliging|security) (me|mij|us|ons) (wegsturen|weg sturen|wegjagen|kick out|send away|eruit gooien|eruit zetten)
homeless  (tram|bus|trein|metro|nachtbus|nachttrein|train) ...4 (heen en weer|back and forth|rondjes) ...6 (want|omdat|because|cause) ...3 (warm)
homeless  (daar|there) (is|it s|its) (het)? (warm) ...8 (geen huis hebben|geen huis heb|geen huis hebt|no home|nergens heen kan|nowhere to go|geen dak boven)
homeless  (geslapen|slept|sliep|slapen) (bij|with|at) (een)? (vreemde|stranger|onbekende|random) ...8 (heb weer niks|heb niks|had niks|have nothing|had nothing|weer niks|nergens)
homeless  (opvang|shelter|nachtopvang) ...2 (nu nodig|needed now|need it now|nodig nu|dringend)
homeless  (slaap|slapen|sleep|sleeping|zit|lig|liggen|sit|sitting) ...3 (in|op) (de|het|een|the|a)? (parkeergarage|portiek|trappenhuis|fietsenhok|car park|stairwell) ...8 (droog|dry|koud|cold|bang|scared)
homeless  (plek|place|ergens|somewhere) ...6 (slapen|sleep) (zonder dat|without) ...2 (ouders|parents|moeder|vader|mom|dad|iemand) ...2 (weten|knowing|know|merken)
homeless  (ouders|moeder|vader|mama|papa|parents|mom|dad|mum) ...2 (nemen niet op|nemen nie op|doen niet open|doen nie open|doet niet open|doet nie open|not answering|won t open|wont open) ...8 (buiten|outside|koud|cold|vannacht|tonight|nacht|night|sta|staan)
homeless  (thuis|huis|home|ouders|parents|deur|door|mama|papa|moeder|vader) ...8 (ik mag er|mag ik er|k mag er) (niet|nie|not) (in|meer in|naar binnen|binnen)
homeless+other  (slaapt|sleeps|sleeping|slapen) (al)? (dagen|nachten|weken|days|nights|weeks) (buiten|outside|op straat|on the street|in het park|bij het strand|on the beach)
homeless  (opgezegd|kicked out|uitgezet|huur niet|huur nie) ...8 (sta ik op straat|op straat sta|op straat staan|on the street)
homeless  (van huis|from home|van thuis) (weg|weggelopen|away|ran away) ...3 (komen halen|pick me up|haal me|kom me halen)
homeless  (komen halen|pick me up|haal me op|kom me halen) ...8 (weggelopen|ran away)
homeless  (ik woon|i live|i m living|im living|woon ik) (er|there|nu|now)? ...2 (in een tent|in a tent|in mn auto|in my car|in mijn auto)
homeless  (probeer|try|trying|probeerde) (te)? (slapen|sleep|to sleep) (op|in|on) (de|het|een|the|a)? (wc|toilet|wcs|toilets|bushokje)
abuse+sexual  (mag|can|kan) (bij|with|at) (hem|haar|him|her|hun) (slapen|sleep|pitten|blijven|stay) (als|if) ...4 (met hem|met haar|with him|with her|seks|sex|pijp|blow)
abuse+sexual  (wil|wants|wilt) (dat ik|me to) (dingen|stuff|things|seks|sex) (met hem|with him|met haar|with her|doe) ...6 (voor|for|in ruil|in exchange) ...3 (bed|slaapplek|plek|place|bedje|dak)
abuse  (begeleider|begeleiders|groepsleider|leiding|staff|pleegvader|pleegmoeder|mentor) ...3 (slaat|slaan|sloeg|hits|hit|beats|schopt|kicks) (ons|me|mij|us|kids|kinderen)
danger  (wodka|vodka|drank|alcohol|bier|beer|whisky|jenever) ...6 (warm te blijven|to stay warm|to keep warm|om warm|warm blijven) ...8 (kan niet staan|kan nie staan|kan niet meer staan|nie meer goed staan|niet meer goed staan|cant stand|can t stand|val om|fall over|kan niet lopen|kan nie lopen|cant walk)
danger  (vuur|fire|brand) ...8 (kraakpand|squat) ...6 (brandt|brand|burning|on fire|staat in de fik|in de fik)
danger  (kraakpand|squat) ...8 (brandt|burning|on fire|in de fik|vuur|fire|rook|smoke)
danger  (iets|something) (gekregen|gehad|given|got) (van|from) (een|a)? (gast|man|jongen|guy|stranger|vreemde) ...8 ...4 (raar|weird|strange|draait|spinning|duizelig|dizzy|misselijk|wazig)
danger+other  (broertje|zusje|broer|zus|brother|sister|vriend|vriendin|kind|zoon|dochter) ...6 (weggelopen|ran away|is weg|vermist|missing) ...8 (telefoon staat uit|telefoon uit|phone is off|phone off|neemt niet op|neemt nie op|-1|-2|-3|-4|-5|vriest|freezing)
danger  (gevallen|fell|gestruikeld|valt) ...8 (kan|can) (mn|mijn|my) (been|benen|leg|legs|arm|rug|back) (niet|nie|not|t) (bewegen|move|voelen|feel)
danger  (niemand weet waar ik ben|nobody knows where i am|no one knows where i am|niemand weet waar ik zit) ...6 (kan niet|kan nie|cant|can t|help|gewond|hurt|bloed|koud|cold)
danger  (kan niet|kan nie|cant|can t) ...6 (bewegen|move|lopen|walk|opstaan|get up) ...8 (niemand weet waar ik ben|nobody knows where i am|no one knows where i am|niemand weet waar ik zit)
except  (als ik dat liedje|if i hear that song|als ik dat nummer|als ik die song|als ik dat lied) ...8 (spring|jump)
except  (dakloos|homeless) ...6 (kantine|canteen|pauze|lunch|wifi|😂|haha|lol)
except  (per ongeluk|by accident|accidentally|perongeluk) ...6 (buitengesloten|locked out|uitgesloten|buiten gesloten)
except  (buitengesloten|locked out|uitgesloten|buiten gesloten) ...6 (per ongeluk|by accident|accidentally|perongeluk|kwam meteen|came right|came straight)
except  (weggelopen|ran away) ...8 (dezelfde avond|same night|same evening|diezelfde avond)
except  (eruit gegooid|kicked out|eruit geschopt|thrown out) ...4 (bij|from|uit|of) (zijn|haar|mijn|mn|zn|his|her|my|the|de|het)? (voetbalteam|team|club|klas|class|band|groepsapp|group chat|groepschat|les|training|spel|game)
except  (sims|sim|minecraft|animal crossing|gta|roblox|fortnite|the sims|stardew|zelda) ...8 (eruit gegooid|kicked out|tent|dakloos|homeless|politie|police|achterna|sterren|stars|wanted)
except  (hoofdpijn|headache|koorts|fever|kiespijn|toothache|menstruatiepijn|buikpijn) ...6 (paracetamol|ibuprofen|pijnstiller|painkiller|nemen|take)
except  (ligt te pitten|ligt te slapen|is sleeping|sleeps|slaapt) (in de auto|in the car|in de bus|in de trein) ...6 (nachtdienst|night shift|dienst|shift|werk|work|moe|tired|oudje)
homeless+other  (slaapt|sleeps|sliep) ...2 (onder|under) (een|de|a|the) (brug|bridge|viaduct|tunnel)
homeless  (sleutel|key|keys|sleutels) (afgepakt|ingenomen|taken|took|weg) ...8 (doet niet open|doet nie open|doen niet open|won t open|wont open|op slot|locked)
homeless  (bij|with|at) (een)? (vreemde|stranger|onbekende) (geslapen|slept|gepit) ...8 (heb weer niks|heb niks|had niks|weer niks|nergens|heb ik niks)
homeless  (tent) ...8 (ik woon er|woon er eigenlijk|i live there|i live in it|woon ik nu|slaap er nu|slaap ik nu)
abuse  (slaat|slaan|hits|beats|sloeg) (een|de|die|the|a)? (begeleider|begeleiders|groepsleider|leiding|staff|pleegvader|pleegmoeder) (ons|me|mij|us|kinderen|kids)
except  (uit huis gegaan|uit huis gaat|moved out|op kamers|gaat op kamers) ...8 (kamer|room|yes|yay|blij|happy|eindelijk|finally)
except  (trein|train|tram|metro|bus|sprinter|intercity) (staat stil|stands still|is stuck|vertraagd|delayed|rijdt niet|rijdt nie)
except  (in the book|in het boek|film|movie|boek|book|serie|series|story|verhaal|roman|novel|hoofdpersoon|main character|personage|character|klimrek|speeltuin|playground) ...8 ...8 (sleeps|slaapt|sliep)
homeless  (waar) (k|ik|i) (heen moet|heen kan|naartoe moet|naartoe kan) ...3 (vannacht|tonight|vanavond)
homeless  (weggelopen|ran away|wegloop|weg gelopen) ...8 (waar slaap ik|where do i sleep|waar moet ik slapen|waar kan ik slapen|where can i sleep)
homeless  (opvang|shelter|nachtopvang) ...8 (sta buiten|sta ik buiten|im outside|i m outside|standing outside)
homeless  (zegt iedereen nee|everyone says no|iedereen zegt nee) ...8 (vannacht|tonight|slapen|sleep|niks|nergens)
homeless  (loop|lopen|walk|walking) ...3 (rond|around) (tot het licht wordt|tot het licht is|until it s light|until morning|tot de ochtend|till morning)
homeless  (te oud|too old) ...4 (opvang|jeugdopvang|shelter) ...8 ...4 (outside|buiten|op straat|on the street)
homeless  (niemand|nobody) (meer)? ...2 (om bij te slapen|to sleep at|to stay with|waar ik kan slapen)
homeless  (weggelopen|ran away|weg gelopen) ...8 ...6 (zonder geld|no money|geen geld|zonder telefoon)
homeless  (moet je weg|moet ik weg|must leave|have to leave) ...8 (geen plan b|no plan b|nergens heen|nowhere to go)
homeless  (teruggestuurd|sent back|send me back|stuurden me terug) ...8 (neemt nie op|neemt niet op|not answering|sta buiten)
homeless  (wil me nie|wil me niet|willen me nie|willen me niet|don t want me|dont want me) (meer)? (thuis|in huis|in the house|at home|in hun huis)
selfharm  (expres|on purpose|met opzet) ...4 (tegen|on|against|op) ...3 (verwarming|heater|kachel|strijkijzer|iron|pan|fornuis|stove) ...4 (gedrukt|gehouden|pressed|held|gelegd|geduwd)
selfharm  (wil|want) (me|mezelf|myself) (snijden|krassen|cut|branden|burn)
selfharm  (mesjes|mesje|blades|razor|scheermesje|scheermesjes) ...8 (te veel wordt|too much|als het te veel|wanneer het te veel)
abuse  (slaapplek|bed|place to sleep) ...8 (laat hij me nie gaan|laat hij me niet gaan|won t let me go|wont let me go|laat me niet gaan|laat me nie gaan)
danger  (kachel|kacheltje|heater|gaskachel|houtkachel|generator) ...8 (rook|smoke|stinkt|gas) ...8 (duizelig|dizzy|hoofdpijn|hoofd doet|headache|misselijk|slaperig)
danger  (schuld|schulden|debt|owe) ...8 (zoeken me|looking for me|zitten achter me aan|after me|achter me aan)
danger+other  (ging mee|went with|meegegaan) (met)? (een)? (man|gast|guy|vreemde|stranger) ...8 (neemt nie meer op|neemt niet meer op|neemt niet op|not answering|vermist|missing)
homeless  (wil|wilt|willen) (mn|mijn|my) (pa|ma|vader|moeder|dad|mom|mum|ouders|parents) (me|mij) (nie|niet) ...8 (binnen|nergens|slapen|vannacht|ook nie|ook niet)
except  (gratis|free) ...3 (hotel|hostel|camping|punten|points|korting|discount|airbnb)
except  (opvang|shelter|asiel|shelters) ...3 (katten|honden|dieren|cats|dogs|animals|vogels|kittens|puppies|kitten|puppy|poezen)
except  (slaat|slaan|sloeg|hits) ...4 (met de bal|met de tennisbal|met een kussen|met kussens|with a pillow|with the ball|tennisbal|kussen|pillow|sneeuwbal|snowball)
except  (gekregen|given|got) (van|from) (een)? (man|gast|guy) (op|at|in|bij) (de|het|the)? (markt|market|winkel|shop|supermarkt|kraam|werk|school)
except  (weggelopen|ran away|is weg) ...6 (zo terug|komt zo|be right back|is zo thuis|komt zo thuis)
except  (bij|met|tijdens|at|during|playing) (het)? (basketbal|basketballen|basketball|volleybal|turnen|dansen|judo|hockey|voetbal|voetballen|gym|training|practice|schaatsen|skaten|sport|football) ...8 (been|leg|arm|knie|enkel|ankle|knee)
except  (kan niet|kan nie|cant) (bewegen|move) (van de spierpijn|from sore muscles|van spierpijn)
except  (tot het licht wordt) ...8 (zonsopkomst|zonsopgang|sunrise|camping|festival)
except  (moet je weg|moet ik weg) (brengen|halen|doen|gooien|zetten)
except  (snijden|cut) (aan|in|on) (de|het|een|the|a)? (papier|papiertjes|paper|papiertje|blad)
except  (binnen laten|binnenlaten) ...6 (schoenen|shoes|modder|mud|vies|nat|wet|hond|dog)
except  (schuld|schulden|debt) (bij)? (de|het)? (bieb|bibliotheek|library|kantine)
except  (man|gast|guy) (van de|from the) (verhuisfirma|verhuizers|movers|bezorging|post|gemeente|school|werk|kerk|moskee)
except  (nemen niet op|nemen nie op|doet niet open|doet nie open|doen niet open|doen nie open|not answering) ...8 (slapen al|slaapt al|asleep|gamen|gaming|koptelefoon|headphones|want ze slapen|want hij slaapt|want ze slaapt)
except  (slaat|slaan|sloeg|hits|beat|verslaat|versloeg) (ons|us|me|mij) ...2 (met|with|bij|at) ...2 (badminton|tennis|voetbal|pingpong|tafeltennis|schaken|chess|uno|monopoly|fifa|mario|huiswerk|homework|punten|points)
except  (film|movie|serie|series|game|boek|book|tv) ...8 (kraakpand|squat)
except  (weggelopen|ran away|is weg) ...6 (verstoppertje|hide and seek|tikkertje|spelletje)
except  (verstoppertje|hide and seek|tikkertje|spelletje) ...8 (weggelopen|ran away|is weg)
except  (verstoppertje|hide and seek|gamen|gaming|spel|game) ...8 (niemand weet waar ik|nobody knows where i)
except  (niemand weet waar ik|nobody knows where i) ...8 (verstoppertje|hide and seek|gamen|gaming|spel|game)
except  (heen moet|heen kan) ...4 (feest|party|film|bioscoop|concert|of|or)
except  (waar slaap ik|where do i sleep) ...6 (schoolkamp|kamp|camp|logeerpartij|sleepover|tent)
except  (opvang) (van|bij) (de|het)? (sportclub|club|voetbalclub|hockeyclub|tennisclub|clubhuis|school|bso|voetbal|peuters|kinderen)
except  (zegt iedereen nee|iedereen zegt nee|everyone says no) ...6 (sleepover|logeerpartij|feest|party|uitje|plan|idee|idea)
except  (om bij te slapen|naast te slapen) ...6 (kamp|schoolkamp|camp|logeerpartij|sleepover)
except  (zonder geld|no money|geen geld) ...4 (kantine|canteen|snoep|lunch|ijsje)
except  (geen plan b|no plan b) (voor|for) (de|het)? (bus|trein|vervoer|examen|toets|exam|test|school|huiswerk)
except  (schuld|schulden|owe|debt) ...6 (monopoly|spel|game|mijn zus|mn zus|mijn broer|mn broer|my sister|my brother)
except  (kat|hond|cat|dog|poes|konijn) ...3 (slaapt|sleeps|sliep|slapen)
except  (weggelopen|ran away) ...4 (kassa|winkel|les|klas|class|shop|store|tafel)
except  (game|fallout|sims|spel|minecraft|fortnite|roblox) ...8 (shelters|shelter|opvang)
homeless  (thuiskomen|thuis komen|strand|buiten|outside|station|park) ...8 (waar kan je gratis slapen|waar kan ik gratis slapen|where can i sleep for free)
homeless  (vriest|freezing|koud|cold|graden|degrees|hoodie|geen jas|no coat) ...8 (warme plek|warm place|ergens warm|somewhere warm) ...4 (nu open|open now|vannacht|tonight)
homeless  (bank|slapen|logeren|slaap|couch|sofa) ...8 (wil me er|wil mij er|willen me er) ...2 (uit hebben|uit|weg hebben|uithebben)
homeless  (lig|liggen|slaap|slapen|lying|sleeping) (nu)? (onder) (de|een|the|a)? (luifel|afdak|overkapping|awning)
abuse+sexual  (bed|slaapplek|place to sleep) ...2 (als|if) ...3 (seks|sex|pijp|pijpen|blow|neuken)
danger  (drink|drinken|drinking|gedronken) ...6 (warm te blijven|to stay warm|to keep warm|not feel the cold|de kou niet te voelen) ...8 (draait|spinning|duizelig|dizzy|slaperig|sleepy|numb|gevoelloos|kan niet staan|cant stand)
homeless  (waar) (moet|kan) (ik) ...3 (vannacht|tonight) (liggen|slapen|pitten|sleep)
homeless  (dunne jas|alleen een hoodie|geen jas|no coat|thin jacket|only a hoodie) ...8 (zit buiten|sta buiten|slaap buiten|lig buiten|sitting outside|sleeping outside|im outside|i m outside)
abuse  (de deur uit gerend|weggerend|ran out|uit huis gerend|het huis uit gerend) ...8 (dronken|drunk|agressief|aggressive|slaat|sloeg|hit|schreeuwde|gooide)
homeless  (gooiden|gooide|gooien|smeten|smeet|zetten|zette) (me|mij) (eruit|op straat)
except  (gooiden|gooide|gooien|smeten|smeet|zetten|zette) (me|mij) (eruit) ...4 (bij|uit|van) (de|het|mijn|mn)? (team|club|klas|les|groepsapp|spel|game|winkel|bioscoop|feest|party|training|wedstrijd)
except  (onder) (de|een)? (luifel|afdak|overkapping) ...6 (zonnen|te zonnen|schaduw|shade|chillen|relaxen|lunch|lunchen|terras)
except  (zit buiten|sta buiten) ...4 (op het terras|terras|in de tuin|tuin|op het balkon|balkon|bij de wedstrijd|stadion|festival)
