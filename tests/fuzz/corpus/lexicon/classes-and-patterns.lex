
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
suicide  (zelfmoord*|zelfmoort*|zelfmord*|zelmoord*|selfmoord*|zelvmoord*|zefmoord*|zelfmoor|zelfmort*)
suicide  zelf (moord|moort|mord|moorden|doding)
suicide  (zelfdoding*|zelfdodi*|suicid*|suicd*|suisid*|suiside*|suicied*|suizid*|zuicid*|suecid*|sucid*|suïcid*|zelfdood)
suicide  (s|su) (icide|uicide|cide|icidaal|uicidaal)
suicide  (doodsgedacht*|doodswens*|levensmoe*|suicidegedacht*)
suicide  (afscheidsbriev*|afscheidsbrief*|afscheidsbriefje*|afscheidsbericht*)
suicide  (touw|strop) ...3 (klaar|klaargelegd|gekocht|opgehangen|geknoopt|knopen|halen|gehaald|nek)
suicide  (strop|stroppen)
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
