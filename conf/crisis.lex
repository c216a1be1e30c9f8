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
#             <n>  (a number)     $  (end of the message)
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
@leven    = leven|leve|lven|levn|lefen|leeve|levem|bestaan
@mezelf   = mezelf|mijzelf|mzelf|mezelve|mijzelve|mezelluf|mezef|mezlf|mezel|mijzef|mzelluf
@mijn     = mijn|mn|me|mijne|mun|mjn|min|m
@doodw    = dood|doot|doodgaan|doodgaa|sterven|sterve|stervn
@myself   = myself|myslf|mself|meself|meslef|mysel|myselfs
@vader    = vader|pa|papa|pappa|paps|pap|vadr|stiefvader|stiefpa|stiefpapa|pleegvader|stiefvadr|vadertje
@moeder   = moeder|ma|mama|mamma|mam|mams|moedr|moeda|stiefmoeder|stiefma|stiefmama|pleegmoeder
@familie  = @vader|@moeder|ouders|ouder|stiefouder|pleegouders|broer|broertje|zus|zusje|stiefbroer|stiefzus|halfbroer|oom|tante|opa|oma|neef|vriend|vriendje|stiefvader|verzorger|grootvader
@hitnl    = slaat|sloeg|slaan|slaad|slaadt|schopt|schopte|trapt|trapte|stompt|stompte|wurgt|wurgde|duwt|duwde|mishandelt|mishandelde|mishandelen|martelt|bedreigt|bedreigde
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
@homework = homework|huiswerk|math|maths|wiskunde|toets|toetsen|exam|exams|examen|test|tests|school|maandag|monday|les|class|teacher|leraar|docent

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
except  @pills ...2 (tegen|voor) (de|het|mijn|mn)? (hoofdpijn|buikpijn|koorts|pijn|griep|menstruatiepijn|kiespijn|migraine|verkoudheid|allergie|hooikoorts)
except  (de|het|een) (plant|hamster|vis|kat|hond|batterij|telefoon|accu|wifi) ...2 (dood|doodgegaan)

# ---------------------------------------------------------------- suicide (nl)
suicide  (zelfmoord*|zelfmoort*|zelfmord*|zelmoord*|selfmoord*|zelvmoord*|zefmoord*|zelfmoor|zelfmort*)
suicide  zelf (moord|moort|mord|moorden|doding)
suicide  (zelfdoding*|zelfdodi*|suicid*|suicd*|suisid*|suiside*|suicied*|suizid*|zuicid*|suecid*|sucid*|suïcid*|zelfdood)
suicide  (s|su) (icide|uicide|cide|icidaal|uicidaal)
suicide  (doodsgedacht*|doodswens*|levensmoe*|suicidegedacht*)
suicide  (afscheidsbrief*|afscheidsbriefje*|afscheidsbericht*)
suicide  (touw|strop) ...3 (klaar|klaargelegd|gekocht|opgehangen|geknoopt|knopen|halen|gehaald|nek)
suicide  (strop|stroppen|noose)
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
suicide  geen (uitweg|uitweeg)
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
suicide  (alle|al|allemaal|hele|heel|doos|strip|potje|pot|handvol|stapel|veel|bakje) ...3 @pills ...3 @takenl
suicide  (te|teveel) (veel|vel)? @pills ...2 @takenl
suicide  (heb|had|hebben|hadden|hb) (al|nu|net|zojuist|bijna)? <n> @pills
suicide  @takenl <n> @pills
suicide  (took|taken|take|swallowed|swallow|taking|ate) <n> @pillsen
suicide  (hele|volle|heel|grote) (doos|strip|potje|pot|zak|zakje|fles) ...1 @pills
suicide  (alles|alle) (innemen|slikken|opnemen|inslikken|in nemen)
suicide  (innemen|slikken|leeg|leegmaken|leeghalen|opmaken) ...5 (medicijnkast*|pillendoos|pillenpot)
suicide  (medicijnkast*|pillendoos) ...5 (innemen|slikken|leeg|leegmaken|leeghalen|opmaken)
suicide  @pills ...3 (gespaard|verzameld|sparen|verzamelen|opgespaard|opgespaart) 
suicide  @pills ...3 (om|om te) (dood|doodgaan|te sterven|sterven)
suicide  (pillen|pilletjes|tabletten|paracetamol|medicijnen) ...4 dood
suicide  overdos*
suicide  (polsen|pols|polse|polzen|aders) ...2 (snijden|snij|doorsnijden|doorsnijde|doorsnij|open|opensnijden|opengesneden|doorgesneden|door|kapot)
suicide  (snij|snijd|snijden|snijde|doorsnijden) ...3 (polsen|pols|polse|polzen|aders)
suicide  niemand ...2 (me|mij) ...1 (missen|mist|misse|missen)
suicide  niemand (zal|zou|gaat|gaan|zal) (het)? (merken|merkt|missen) ...2 (als|dat) @ik
suicide  (beter|beeter) af ...1 (zonder|zondr|zonde) (mij|me)
suicide  zonder (mij|me) (beter|beeter) af
suicide  geen (reden|zin|nut|doel|reeden) ...3 @leven
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
suicide  (take|taking|took|taken) my (own)? life
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
suicide  wish ...3 (dead|never born|wasnt born|not born|never existed|didnt exist|had never been born)
suicide  wish ...3 (never|wasnt|not|hadnt) ...2 (born|existed)
suicide  (cant|cannot|can not) (go on|carry on) $
suicide  (cant|cannot|can not) (go on|carry on) (like this|anymore|any more|living)
suicide  (cant|cannot|can not) live like this
suicide  (too|to|2) many (pills|meds|tablets|sleeping pills|paracetamol)
suicide  (all|whole|bottle|bunch|handful|lots|box) ...3 @pillsen ...3 (take|taking|took|swallow|swallowed|taken|down|downing)
suicide  (take|taking|took|swallow|swallowing|swallowed) (all|a bottle|a box|a handful|every) ...2 @pillsen
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
selfharm  (snij|snijd|snijden|snijde|gesneden|kras|krassen|krasse|gekrast|sneed|cut|cutten|gecut|opengekrast|opengesneden|snijdt|krast) ...3 (arm|armen|pols|polsen|been|benen|bovenbenen|dijen|dij|huid|buik|heupen|enkels)
selfharm  (arm|armen|benen|bovenbenen|dijen|huid|been|polsen) ...3 (opengesneden|opengekrast|opensnijden|openkrassen|vol krassen|vol sneden|kapotgesneden|kapotgekrast|krassen|sneetjes|gesneden|gekrast)
selfharm  (arm|armen|benen|bovenbenen|dijen|huid) (zitten|zit|staan|staat|zijn|is)? (vol|onder) (krassen|sneden|sneetjes|littekens|wonden)
selfharm  (weer|opnieuw|stiekem|soms|vaak|elke|iedere|altijd) (dag|avond|nacht)? (aan)? (het|t)? (snijden|krassen|gekrast|gesneden|gesnede|cutten|gecut)
selfharm  @ik (snij|snijd|kras|krast|cut) (weer|nog|opnieuw|sinds|al|elke|iedere|soms|vaak|stiekem|mezelf|mijzelf)
selfharm  @mezelf ...2 (geslagen|gekrabd|gebeten|gestompt|blauwe plekken)
selfharm  @ik (heb|hb|ben)? (weer|opnieuw|gewoon|stiekem)? (kras|krast|krastte|gekrast|krassen|gecut|cutten|cut)
selfharm  (ben|was|ga|begin|begonnen) ...2 (aan het|aan t)? krassen
selfharm  (begonnen|begon|gestopt|stoppen|stop|begin|beginnen|weer) met (snijden|krassen|cutten|zelfbeschadiging)
selfharm  (mesjes|mesje|scheermesje|scheermesjes|scheermes|glasscherf|scherf) ...4 (arm|armen|been|benen|huid|pols|polsen|mezelf|krassen|snijden)

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
danger  (word|wordt|werd|ben|wrd) @ik ...2 (geslagen|geslage|geschopt|getrapt|gewurgd|mishandeld|bedreigd|achtervolgd|gestalkt|ontvoerd|opgesloten|vastgehouden|neergestoken|gechanteerd|afgeperst|aangevallen|opgewacht|misbruikt|verkracht|aangerand|betast)
danger  @ik (word|wordt|wor|werd|ben|wrd|wordn|wort|worden) ...2 (geslagen|geslage|geschopt|getrapt|gewurgd|mishandeld|bedreigd|bedreigt|achtervolgd|achtervolgt|gestalkt|gestalked|ontvoerd|opgesloten|vastgehouden|vastgebonden|neergestoken|gechanteerd|gechanteert|afgeperst|gedrogeerd|aangevallen|opgewacht|gegijzeld|in elkaar)
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
danger  (gechanteerd|gechanteert|chanteert|chanteren|chantage|afgeperst|afpersen|sextortion|sextortie)
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
danger  (being|getting|got|been|was|get|were) (beaten|beat up|abused|followed|stalked|threatened|attacked|kidnapped|stabbed|choked|strangled|trafficked|assaulted|blackmailed|sextorted|jumped)
danger  (he|she|someone|somebody|they|man|guy|stranger|people|guys|men) ...5 (has|have|had|got|pulled|holding|with) (a|an)? (knife|gun|weapon|blade|knives|guns)
danger  (locked|locks|lock|trapped|trap) (me|us) (in|inside|up)
danger  (call|calling|called) (911|112|the police|police|cops)
danger  (broke|breaking|broken|break|breaks) into (my|our|the) (house|home|room|flat|apartment)

# ---------------------------------------------------------------- abuse at home / sexual (nl)
abuse  @familie ...1 @hitnl ...1 @victim
abuse  @familie ...1 @hitnl $
abuse  @familie ...1 (@victim) ...1 @hitnl
abuse  @familie ...1 (@victim) ...2 (geslagen|geschopt|getrapt|gewurgd|mishandeld|misbruikt|betast|aangerand|verkracht|bedreigd|pijn)
abuse  @familie ...6 (slaat|sloeg|slaan|schopt|schopte|stompt|wurgt|wurgde|mishandelt|trapt) (me|mij|ons|@moeder|@vader|broertje|zusje|mn|mijn)
abuse  (gooit|gooide|smijt|smeet|gooien) (met)? ...3 naar (me|mij|ons|mijn|mn|@moeder|@vader)
abuse  aan (me|mij|mijn lichaam|mn lichaam) (zitten|zit|zat|te zitten|gezeten)
abuse  (moet|moest|moeten) van (hem|mijn|mn|me|m|zijn|hun|haar) ...3 (seks|sex|neuken|pijpen|naakt|nudes|naaktfotos|naaktfoto)
abuse  (seks|sex|neuken|pijpen) ...5 (geld|betaling|betaald|betalen)
abuse  @familie ...1 @sexnl
abuse  (hij|zij|ze|die|iemand|man|jongen|hem) ...1 @sexnl (me|mij|ons)?
abuse  door (mijn|mn|me|m|de|die)? @familie (aangeraakt|betast|aangerand|misbruikt|geslagen|geschopt|mishandeld|verkracht|bedreigd|opgesloten|gewurgd|gestraft met slaan)
abuse  (sluit|sluiten|sloot|sloten|sluite) (me|mij|ons) (op|in|buiten)
abuse  (threw|throws|throwing|throw|thrown) ...3 at (me|us)
abuse  (geslagen|geschopt|getrapt|gewurgd|mishandeld|misbruikt|betast|aangerand|verkracht|bedreigd|opgesloten|vastgebonden) door (mijn|mn|me|de|die|m|mijne)? @familie
abuse  (word|wordt|werd|ben|worden|wrd|is|was|wordn|zijn) ...2 (misbruikt|mishandeld|verkracht|aangerand|betast|bepoteld|gemolesteerd)
abuse  (verkracht*|aangerand|aanrand*|aanrandig|incest|loverboy*|kindermishandeling|mishandeling|mishandeld|gemolesteerd|molesteert|molesteren)
abuse  (seksueel|sexueel|sexueel|seksuele|sexuele|seksueele) (misbruik*|misbruikt|geweld|lastiggevallen|intimidatie|overschrijdend|aangerand)
abuse  (huiselijk|huiselyk|huislijk) geweld
abuse  geweld (thuis|in huis|bij ons thuis|in ons gezin|in het gezin)
abuse  thuis ...2 (geweld|mishandeld|geslagen|misbruikt|onveilig)
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
abuse  (ongewenst|ongewenste|ongewenste) (aangeraakt|aanraken|aanraking*|betast|seks|intimiteit)
abuse  (dwingt|dwong|gedwongen|dwingen) ...3 (seks|sex|neuken|pijpen|naakt|nudes|naaktfoto*|uitkleden|aanraken)
abuse  (nudes|naaktfoto*|naakt foto*|naaktfotos|naaktfilmpje*|sexting) ...4 (verspreiden|verspreid|delen|gedeeld|online|dreigt|dreigde|chanteert|iedereen|posten|gepost|doorgestuurd|rondgestuurd)

# ---------------------------------------------------------------- abuse at home / sexual (en)
abuse  @fam_en ...2 @hit_en (me|us|my|mom|mum|dad|sister|brother|mommy)
abuse  @fam_en ...2 (abuses|abused|abusing|rapes|raped|molests|molested|touches|touched|touching|grooms|groomed|beats|beat up) (me|us|my)
abuse  (abusive|abuser|abusers)
abuse  (sexual|sexually|domestic|child|physical|physically|emotionally) (abuse|abused|assault|assaulted|violence|abusive)
abuse  (abuse|abused|violence|unsafe|beaten) (at)? home
abuse  (not|never|dont feel|dont) safe (at|in)? (home|my house|house)
abuse  (scared|afraid|terrified|frightened|scare) ...2 (go|going|come|coming)? home
abuse  (scared|afraid|terrified|frightened) of (my)? @fam_en
abuse  (rape|raped|rapes|rapist|rapists)
abuse  raping (me|us|her|him|my)
abuse  (he|she|they|someone|somebody|man|guy|uncle|teacher|coach) ...1 (touches|touched|touching|keeps touching|molests|molested|grooms|groomed) (me|my)
abuse  (molest*|incest|grooming me|groomed me)
abuse  (forced|forces|force|forcing|pressured|pressures|pressuring) (me)? ...2 (sex|nudes|naked|undress|suck|blowjob)
abuse  (nudes|nude|naked pics|naked pictures|naked photos|naked video) ...4 (leak|leaked|share|shared|spread|post|posted|send to everyone|blackmail|blackmailing)

# ---------------------------------------------------------------- homeless (nl)
homeless  geen ...1 (slaapplek*|slaapplaats*|onderdak|dak boven|slaapadres|slaap plek|slaap plaats|woonplek|plek om te slapen|verblijfplaats|bed voor vannacht)
homeless  geen (plek|plaats|plekje|plaatsje|bed|adres|huis) (om|waar|meer)? ...2 (slapen|slaap|te slapen|overnachten|pitten|maffen|blijven|wonen|heen)
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
