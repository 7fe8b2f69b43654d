package detectors

// personIsOrBecame are a person and a copula or a verb of becoming: they
// make a state said after them someone's ("hun ble kjempedårlig", "han er
// full").
var personIsOrBecame = []string{"han er", "hun er", "ho er", "hon er", "eg er", "jeg er", "jag är", "han är", "hon är",
	"han var", "hun var", "ho var", "hon var", "jeg var", "eg var", "jag var",
	"jeg ble", "eg ble", "han ble", "hun ble", "ho ble", "han blei", "ho blei", "eg blei", "han vart", "ho vart", "eg vart",
	"jeg blev", "han blev", "hun blev", "jag blev", "hon blev", "han bliver", "hun bliver",
	"jeg blir", "eg blir", "han blir", "hun blir", "ho blir", "jag blir", "hon blir"}

// dyingAtHome say where and how a dying person wants to be cared for: no
// wish to die ("vil døy heime", "wants to die at home").
var dyingAtHome = []string{"heime", "hjemme", "hjemma", "heima", "hemma", "hjem", "home", "palliativ*", "palliative",
	"lindrande", "lindrende", "hospice"}

// ContextRules decides the HEALTH detector's weak words (entries flagged
// w=KEY in the word lists): words with a health sense and a common other
// sense ("termin" of a pregnancy or of a payment, "operasjon" in surgery or
// in the army, "innlagt" in hospital or "innlagt strøm").
func (h *HealthDetector) ContextRules() []ContextRule {
	return []ContextRule{
		{
			// Not sleeping is a symptom, unless a noise or a neighbour in the
			// message keeps the writer awake: a complaint, no health.
			Key:    "health.sleep",
			Window: 40,
			Veto: []string{"støy*", "støj*", "byggestøy", "trafikkstøy", "anleggsstøy", "veistøy", "vegstøy", "flystøy",
				"trafikstøj", "byggestøj", "trafikbuller", "byggbuller", "bråk*", "bråket", "larm*", "buller*", "oväsen*", "noise*", "noisy", "loud",
				"bjeff*", "gjø", "skäll*", "gø", "barking", "barks", "musikk*", "musik*", "music",
				"fest", "festen", "festing", "party", "parties", "byggeplass*", "byggepladsen", "byggarbets*", "anleggs*",
				"construction", "trafikk*", "trafik*", "traffic", "nabo", "naboen", "naboene", "naboer", "naboar*",
				"grann*", "neighbour*", "neighbor*", "vejarbejde*", "veiarbeid*", "vegarbeid*", "roadworks"},
			KeepLangs: []string{"*"},
		},
		{
			// abort: an abortion in Nordic text; in English the verb to
			// cancel ("I had to abort it"), an abortion only beside a pregnancy.
			Key:    "health.abort",
			Window: 6,
			Confirm: []string{"gravid*", "pregnan*", "graviditet*", "svangerskap*", "uke", "veke", "uge", "vecka", "weeks",
				"abortion", "fetus", "foster*"},
			Deny:      []string{"it", "mission", "process", "upload", "download", "installation", "update", "transaction", "application", "form"},
			KeepLangs: []string{"nb", "nn", "da", "sv"},
		},
		{
			// dopet: doped in Norwegian and Danish; in Swedish "dopet" is
			// the christening ("boka dopet i kyrkan").
			Key:     "health.dopet",
			Window:  4,
			Confirm: []string{"er dopet", "var dopet", "ble dopet", "blev dopet", "helt dopet", "dopet ned", "dopa ned", "dopet ut"},
			Deny: []string{"kyrk*", "kirk*", "präst*", "prest*", "dopfest*", "dopklänning*", "gudfar", "gudmor", "faddrar", "faddrer",
				"barnet", "bebis*", "babyn", "dopdag*"},
			KeepLangs: []string{"nb", "nn", "da", "en"},
		},
		{
			// nedstemt: low in mood, or voted down ("forslaget ble nedstemt",
			// "ble det nedstemt i kommunestyret?").
			Key:    "health.nedstemt",
			Window: 4,
			Deny: []string{"forslag*", "framlegg*", "saken", "saka", "ble det", "blei det", "vart det", "blev det", "kommunestyre*",
				"bystyre*", "byråd*", "formannskap*", "fylkesting*", "storting*", "folketing*", "kommunalbestyrelse*", "flertall*",
				"fleirtal*", "flertal*", "votering*", "avstemning*", "afstemning*", "røysting*", "vedtak*", "budsjett*", "budget*",
				"mindretall*", "opposisjon*", "opposition*", "partiet", "partia", "partiene"},
			KeepLangs: []string{"*"},
		},
		{
			// "slag"/"drypp": a stroke only with an illness verb near.
			Key:    "health.slag",
			Window: 3,
			Confirm: []string{"fikk", "fått", "fekk", "rammet", "ramma", "hadde", "hatt", "haft", "fick", "fik", "fået", "lam*",
				"sykehus*", "sjukehus*", "etter", "efter"},
		},
		{
			// Pregnancy term, not a payment instalment or a school term.
			Key:    "health.termin",
			Window: 5,
			Confirm: []string{"gravid*", "baby*", "barn", "barnet", "fødsel*", "føde*", "føda", "jordmor*", "jordemor*",
				"svangerskap*", "graviditet*", "venter", "ventar", "väntar", "tvilling*", "keisersnitt*", "kejsersnit*",
				"uke", "veke", "uge", "vecka", "født", "fødd", "termindato", "ultralyd*", "scanning*",
				// The due date passed or not yet come: "før termin", "gått over termin".
				"før termin", "etter termin", "over termin", "inden termin", "efter termin"},
			Deny: []string{"innbetal*", "betal*", "faktura*", "fakturer*", "skatt*", "eigedomsskatt*", "forfell*", "avgift*", "gebyr*", "regning*", "avdrag*",
				"lån", "lånet", "eiendomsskatt*", "semester*", "skole*", "skule*", "skolen", "høst*", "haust*", "voksenopplæring*", "opplæring*",
				"vår", "våren", "hösttermin*", "vårtermin*", "renovasjon*", "kommunale", "forfall*", "beløp*", "kr",
				"kroner", "faktura", "regning", "betaling", "termin*beløp", "studie*", "kurs*", "undervisning*",
				"indbetal*", "afdrag*", "skolan", "terminen", "kvartal*",
				// An instalment counted: "når kommer første termin?".
				"første termin", "første terminen", "fyrste termin", "andre termin", "andre terminen", "tredje termin",
				"fjerde termin", "neste termin", "neste terminen", "næste termin", "sidste termin", "siste termin",
				"1. termin", "2. termin", "3. termin", "4. termin"},
			KeepLangs: []string{"nb", "nn", "da"},
		},
		{
			// Medicine as a drug, not as a field of study; lithium, not of batteries.
			Key:    "health.medisin",
			Window: 3,
			Deny: []string{"studere*", "studerer", "studie*", "student*", "fakultet*", "les*", "utdann*", "study", "studying", "studied", "school", "degree", "uddann*", "läser", "läsa", "plugga*", "alternativ*", "naturmedi*", "batter*",
				// Old medicines handed in: no one's health.
				"levere", "leverer", "leveres", "levert", "lever", "kaste", "kastes", "returnere", "returneres",
				"aflevere", "afleveres", "smide", "smides", "lämna", "lämnar", "lämnas", "slänga", "kassere*",
				"gamle", "gammel", "gamla", "old", "overskudd*", "overskydende", "overblivne", "överblivna",
				"leftover", "expired", "utgått*", "udløbet", "hand in", "drop off", "dispose", "disposal"},
			KeepLangs: []string{"*"},
		},
		{
			// Surgery, not a military, police or business operation.
			Key:    "health.operasjon",
			Window: 4,
			// The army's, the police's or a rescue: whatever else is near.
			Veto: []string{"militær*", "militar*", "military", "politi*", "police", "polis*", "forsvar*", "försvar*",
				"army", "krig*", "war", "redning*", "rescue", "aksjon*"},
			// A doctor or a treatment near makes it surgery: "legen anbefaler
			// fysioterapi i stedet for operasjon".
			Confirm: []string{"lege", "legen", "legene", "läkare", "läkaren", "læge", "lægen", "doctor", "surgeon",
				"kirurg*", "sykehus*", "sjukehus*", "sygehus*", "sjukhus*", "hospital*", "behandling*", "narkose*", "bedøvelse*",
				"narkos*", "fysioterapi*", "kne*", "hofte*", "rygg*", "ryg", "ryggen", "skulder*",
				// Time around it: "efter operationen", "før operasjonen".
				"etter", "efter", "after", "før", "inden", "innan", "inför", "before", "since"},
			Deny: []string{"militær*", "militar*", "military", "politi*", "police", "polis*", "redning*", "rescue",
				"forsvar*", "försvar*", "selskap*", "firma*", "bedrift*", "company", "business", "drift*", "aksjon*",
				"hæren", "hären", "army", "krig*", "war", "spesial*", "special", "special*", "virksomhet*", "virksomhed*",
				"verksamhet*", "handel*", "butikk*", "fabrikk*", "maskin*", "teknisk*", "kommun*", "vei*", "bro", "of",
				"brua", "brukar*", "anleggs*", "bygg*"},
			KeepLangs: []string{"*"},
		},
		{
			// A nursing home where someone lives or will live, not one named
			// as a building or workplace.
			Key:    "health.sykehjem",
			Window: 5,
			// Whose place it is: "plass på sykehjem til mor", "kön till
			// äldreboende för min far", or a message about someone's
			// condition.
			Confirm: sykehjemFor(),
			Veto:    workplaceOf(),
			Case:    careCase,
			Deny: append([]string{"nedlegg*", "legge", "legges", "nedlæggelse*", "lukning*", "lukke*", "stängning*", "läggs",
				"nytt", "nye", "bygg*", "ansatt*", "ansat", "anställd*", "jobb*", "job", "jobs", "stilling*", "vikar*",
				"besøkstid*", "besøgstid*", "besökstid*", "åpningstid*", "adresse*", "adress*", "address", "work", "works",
				"café", "caféen", "cafe", "cafeen", "kafé", "kafe", "kafeen", "kaféen", "kafeteria*", "cafeteria*",
				"working", "sykepleier*", "sygeplejerske*", "undersköterska*", "nurse", "kommunestyre*", "budsjett*", "budget*",
				"drift*", "kantine*", "parkering*", "åbent", "åpent", "ope", "open", "opens", "closing", "closed", "close",
				"besøg", "besøk", "pusses", "arbeider", "arbeidar", "arbejder", "arbetar", "arbeidsplass*", "arbejdsplads*",
				"arbetsplats*", "oppussing*", "renover*", "street", "road", "built", "building",
				"åpen", "basar*", "sommerfest*", "julemarked*", "konsert*", "frivillig*", "volunteer*", "volontär*",
				// Places counted: "hvor mange plasser er det på sykehjemmet?".
				"hvor mange", "kor mange", "hur många", "how many",
				// Where the building is.
				"hvor ligger", "kor ligg", "var ligger", "hvor er", "where is", "where's"}, careAsked...),
			KeepLangs: []string{"*"},
		},
		{
			// A care service someone gets or needs, not one described in
			// general or applied to as a workplace.
			Key:    "health.care",
			Window: 6,
			// Whose care: a relative or a possessive near confirms even in a
			// reply ("Din far kan søke om avlastning").
			Confirm: []string{"din", "di", "ditt", "dine", "hans", "hennes", "hendes", "hennar", "his", "her", "your",
				"sin", "si", "sitt", "sine", "far", "faren", "mor", "moren", "mora", "sønnen", "sonen", "datteren",
				"dattera", "søn", "sønnen", "datter", "son", "sonen", "dottern", "dotter", "mamma", "pappa", "mother",
				"father", "daughter", "farmor", "mormor", "farfar", "morfar", "bestemor", "bestefar", "besteforeldre",
				"svigermor", "svigerfar", "svärmor", "svärfar", "wife", "husband", "kona", "mannen", "konen", "manden",
				"frun", "mannen", "grandmother", "grandfather", "mum", "dad", "sønn", "bror", "søster", "syster", "brother", "sister",
				"min", "mi", "mitt", "mine", "meg", "mig", "mej", "me", "my",
				// A third person near the service is someone who uses it.
				"han", "hun", "ho", "hon", "he", "she", "him", "ham", "henne", "hende", "honom"},
			// Working there beats everything: "mit job i hjemmeplejen", "hvordan
			// blir man støttekontakt?".
			Veto: append(workAt(), becomeCarer()...),
			// A message that tells of someone's condition is their case:
			// the care it asks about is theirs, however generally the
			// question is put ("Min mor har demens. Hvordan søger man om
			// plejebolig?").
			Case: careCase,
			Deny: append([]string{"kontaktast", "kontaktes", "kontaktas", "søkes", "søges", "söks", "søker du", "söker du",
				"søger du", "du søker", "du søger", "du söker", "du søkjer", "you apply", "du kan", "you can", "jobb", "jobben",
				"jobbe", "jobbet", "jobbar", "jobba", "jobber som", "jobbet som", "jobber i", "jobber på", "jobbsøk*", "jobbintervju*", "jobbmulighet*", "jobbtilbud*", "job", "jobs", "stilling*", "nyutdann*", "nyuddann*",
				"nyexaminera*", "newly", "qualified", "recruit*", "rekrutter*", "vikariat*", "sommerjobb*", "sommarjobb*",
				"heltid*", "deltid*", "åpningstid*", "opningstid*", "åbningstid*", "öppettid*", "ansatte", "ansatt",
				"telefon*", "tlf", "phone", "nås", "reached", "ring", "ringe", "ringja", "ringje", "sykepleier*", "sykepleiar*",
				"sygeplejerske*", "undersköterska*", "nurses", "team", "teamet",
				// A service described: when it is open, what it offers.
				"åpent", "åpen", "ope", "åbent", "åben", "öppet", "öppen", "open", "opens", "døgnet", "dygnet",
				"erbjuder", "offers",
				// A service to get in touch with.
				"kontakte", "kontakta", "kontakter", "kontaktar", "contact",
				// Aids lent out.
				"lånes", "lånas", "udlånes", "lånes ut", "lånas ut", "lent", "lends", "lending",
				// A service the municipality builds, plans or closes.
				"bygger", "bygge", "bygges", "bygd", "bygget", "planlegger", "builds", "building", "built", "planned",
				"close", "closes", "closing", "closed", "stenge", "stenges", "stengt", "stänga", "stängs", "stängd", "lukke",
				"lukkes", "lukket", "legges ned", "läggs ner", "nedlegg*", "nedlægg*", "privatiser*", "privatis*",
				// Services counted, offered or listed in general.
				"hvor mange", "kor mange", "hur många", "how many", "alla som", "alle som", "everyone who", "anyone who",
				"tilby", "tilbyr", "tilbyde", "tilbyder", "tilbys", "tilbydes",
				// A service's budget, cut or funded by politics.
				"skære", "skærer", "skåret", "kutte", "kutter", "kutt", "kutta", "kuttet", "kuttes", "kuttar", "spare", "sparer", "spara", "sparar",
				"nedskæring*", "nedskjæring*", "nedskärning*", "besparelse*", "besparing*", "cuts", "cut", "budget*",
				"budsjett*", "funding",
				// Two services compared.
				"forskjell*", "forskjel*", "skilnad*", "skillnad*", "forskel*", "difference", "differences",
				// Who may be given it, where to read about it, how long the
				// list is, a new one built.
				"tildeles", "tildelast", "tilldelas", "personer som", "people who", "lese om", "läsa om", "læse om",
				"read about", "venteliste", "ventelisten", "ventelista", "väntelistan", "väntelista", "byggas", "byggs",
				// How an application is processed, who qualifies.
				"behandles", "behandlast", "behandla", "handsamast", "behandlas", "handläggs", "saksbehandling*", "sakshandsaming*",
				"sagsbehandling*", "handläggning*", "behandlingstid*", "handläggningstid*", "processed", "processing",
				"vilkår*", "villkor*", "kriteri*", "kreves", "krevst", "kræves", "krävs", "qualify", "qualifies",
				"eligible", "eligibility", "requirements", "skal til", "ska till", "betingelse*",
				"regel", "regler", "reglene", "reglerne", "reglerna", "rules", "rätt till", "ret til", "rett til",
				"right to", "entitled", "berettiget", "berättigad", "ansöker du", "ansøger du",
				"ansöker man", "ansøger man", "søkjer du",
				// A service defined.
				"hva er", "hvad er", "vad är", "vad e", "kva er", "what is", "what's",
				"er en ordning", "er ei ordning", "er ein ordning", "er en tjeneste", "er ei teneste", "er eit tilbod",
				"er et tilbud", "er en ydelse", "är en insats", "är en tjänst", "är ett stöd", "is a service",
				"is a scheme", "betyr", "betyder", "innebærer", "indebærer", "innebär", "means",
				// Whom a service is for: "TT-ordninga er for personar som ...".
				"er for personer", "er for personar", "er for folk", "er til personer", "är för personer",
				"är för dem", "is for people", "is for those",
				// A service for a group in general.
				"for eldre", "for ældre", "för äldre", "for the elderly", "for elderly", "for seniors",
				"for older", "pupils", "students", "for barn", "for children", "for voksne", "for vaksne", "for vuxna",
				"for adults", "for børn", "för barn", "kan man", "søker man", "søger man",
				"söker man", "får man", "kan ein", "søkjer ein", "får ein", "can one", "can you get",
				// A section of the web site.
				"nettside*", "nettsida", "nettstad*", "hjemmeside*", "heimeside*", "hemsida*", "hemsidan", "webbplats*",
				"website", "menyen", "menu", "fanen", "fliken", "lenke*",
				// A workplace.
				"work", "works", "working", "worked", "vacanc*", "nurse", "arbeider", "arbeidar", "arbejder", "arbetar",
				"arbeidsplass*", "arbejdsplads*", "arbetsplats*"}, careAsked...),
			KeepLangs: []string{"*"},
		},
		{
			// Swedish "röka på" (to smoke weed), not smoking somewhere
			// ("hon röker på altanen").
			Key:    "health.rokerpa",
			Window: 2,
			Deny: []string{"balkongen", "balkong", "altanen", "altan", "trappan", "trapphuset", "gården", "uteplatsen",
				"terrassen", "taket", "jobbet", "rasten", "gatan", "bussen", "stationen"},
			KeepLangs: []string{"*"},
		},
		{
			// Lice and nightmares someone has, not the insect or a figure of
			// speech ("this form is a nightmare").
			Key:    "health.have",
			Window: 2,
			Confirm: []string{"har", "has", "have", "having", "had", "hadde", "havde", "hade", "got", "fått", "fikk", "fekk", "fået", "fik", "fick",
				"får", "gets", "getting",
				"hatt", "haft", "hatt", "haft",
				// Someone examined or treated for them: "get my kid checked for lice".
				"checked for", "check for", "treated for", "sjekket for", "sjekke for", "sjekka for", "tjekket for",
				"tjekke for", "kolla för", "kollad för", "behandlet for", "behandla for", "behandlad för",
				// What someone needs help for: "hjelp pga mareritt og angst".
				"pga", "grunn av", "grund af", "grund av", "because of", "due to",
				// Struggling with or suffering from them: "sliter med mareritt".
				"sliter med", "slit med", "plages av", "plaget av", "plaga av", "lider av", "lider af", "kæmper med",
				"kämpar med", "plågas av", "struggles with", "struggling with", "suffers from", "suffering from"},
		},
		{
			// Head lice, told of in a child or going round a kindergarten
			// ("lus i barnehagen igjen"), not lice on plants, fish or pets.
			Key:    "health.lus",
			Window: 4,
			Deny: []string{"rose*", "plant*", "potteplant*", "stueplant*", "blomst*", "blomm*", "hage", "hagen",
				"haven", "trädgård*", "garden*", "busk*", "bush*", "tre", "treet", "trær", "trærne", "träd*", "tree*",
				"tomat*", "tomato*", "grønnsak*", "grøntsag*", "grönsak*", "vegetable*", "blad", "bladene", "leaves",
				"laks*", "lax*", "salmon", "fisk*", "fish*", "oppdrett*", "merd*", "hund*", "dog*", "katt*", "kat",
				"katten", "cat", "cats", "høn*", "hön*", "chicken*", "hest*", "häst*", "horse*"},
			KeepLangs: []string{"*"},
		},
		{
			// A rash on someone ("feber og utslett", "utslag på huden"), not
			// a test or a change that shows ("testen gav utslag").
			Key:    "health.utslag",
			Window: 4,
			Veto:   []string{"gi", "gir", "ga", "gav", "gitt", "give", "giver", "ger", "gett", "slå", "slår", "slog", "slått", "slagit"},
			Confirm: []string{"har", "hadde", "fått", "fikk", "fekk", "hade", "fick", "fået", "fik", "feber*", "kløe", "klør",
				"kliar", "kløende", "kliande", "kløer", "røde", "rødt", "röda", "rött", "prikker", "prickar", "hud*",
				"eksem", "allergi*", "ansiktet", "magen", "ryggen", "kroppen", "armene", "beina", "benen", "ansigtet"},
		},
		{
			// "Føling" is a diabetic's low blood sugar ("han har føling nå"),
			// but "ha føling med" is to keep in touch with.
			Key:       "health.foling",
			Window:    1,
			Deny:      []string{"med"},
			KeepLangs: []string{"*"},
		},
		{
			// Care of the elderly as a sector ("eldreomsorgen i kommunen",
			// a political topic), someone's only when given to them:
			// "äldreomsorg för min pappa".
			Key:     "health.omsorg",
			Window:  3,
			Confirm: sykehjemFor(),
		},
		{
			// Danish "dagtilbud" is childcare; Norwegian "dagtilbud" is a day
			// programme for disabled or elderly people.
			Key:       "health.dagtilbud",
			Window:    4,
			Deny:      []string{"barnehage*", "børnehave*", "vuggestue*", "dagpleje*", "begynde", "børn*"},
			KeepLangs: []string{"nb", "nn"},
		},
		{
			// MS written in lower case: multiple sclerosis only with an
			// illness word near.
			Key:    "health.ms",
			Window: 3,
			Confirm: []string{"har", "hadde", "fått", "fatt", "fikk", "fekk", "diagnos*", "sykdom*", "sjukdom*", "sygdom*", "pasient*", "patient*", "rammet", "ramt", "has", "had", "with", "diagnosed", "med", "hun", "han", "hon", "ho",
				"pga", "grunnet", "på grunn", "ufør", "uføre", "uføretrygd*"},
		},
		{
			Key:     "health.downs",
			Window:  3,
			Confirm: []string{"syndrom*", "syndrome", "har", "med", "with", "has", "barn*", "sønn*", "søn*", "son*", "datter*", "dotter*", "dattera", "gutt*", "jente*", "pojke*", "flicka*"},
		},
		{
			// A vaccination of a person, not vaccines offered in general.
			Key:    "health.vaksine",
			Window: 6,
			Confirm: []string{"har", "hadde", "fått", "fatt", "fikk", "fekk", "fået", "fik", "fick", "blitt", "blevet", "blivit", "ikke",
				"ikkje", "inte", "not", "datter*", "dotter*", "dattera", "sønn*", "søn*", "son", "sonen", "barn*", "børn*",
				"mi", "min", "mitt", "mine", "vår", "vårt", "vores", "our", "my", "her", "his", "hans", "hennes", "hendes",
				"hennar", "han", "hun", "hon", "ho", "he", "she", "pga", "på grunn", "grunnet", "allergi*"},
		},
		{
			// A disease acronym in lower case ("har als", "med cp", "i have
			// hiv"): the acronym only with a verb of having or a diagnosis
			// right before it; "als" is also an island, "hiv" a heave.
			Key:    "health.acro",
			Window: 2,
			Confirm: []string{"har", "hadde", "hatt", "haft", "have", "has", "had", "having", "med", "with", "pga", "grunn",
				"diagnose*", "diagnos*", "diagnosed", "fått", "fatt", "fikk", "fekk", "fick", "fået", "fik", "got",
				"lever med", "living with", "lives with", "smittet", "smitta", "smittad", "infected",
				// Taking a medicine named by its acronym: "start prep".
				"start", "starting", "taking", "prescribe", "prescribes", "står på", "bruker", "begynne på", "börja med", "tager",
				// Asked about: "rådgivning om hiv", "test for hiv".
				"om hiv", "for hiv", "för hiv", "mot hiv", "mod hiv", "about hiv", "test*"},
		},
		{
			// kol in lower case: COPD, or (Swedish) coal for the grill.
			Key:       "health.kol",
			Window:    3,
			Confirm:   []string{"jag har kol", "han har kol", "hon har kol", "och har kol", "som har kol", "pga kol", "har haft kol", "fått kol", "fick kol", "fået kol", "lunge*", "lung*", "andnöd", "åndenød", "syrgas*", "ilt*", "iltapparat*", "astma", "inhalator*", "diagnos*", "sjukdom*", "sygdom*", "rygerlunger"},
			Deny:      []string{"grill*", "grilla*", "grille*", "träkol", "kolet", "eld*", "ild*", "brasa*", "köpa", "köpt", "säck*"},
			KeepLangs: []string{"da"},
		},
		{
			Key:    "health.straling",
			Window: 6,
			Confirm: []string{"kreft*", "kræft*", "cancer", "svulst*", "tumör*", "tumor*", "behandling*", "cellegift*", "cellgift*", "kemo*", "onkolog*", "under", "får", "får", "fått", "efter", "etter",
				// Starting it: "skal begynne med stråling".
				"begynne med", "begynner med", "starte med", "starter med", "begynde med", "starte på", "börja med", "börjar med"},
		},
		{
			// Treatment of a person's illness, not the processing of a case.
			Key:    "health.behandling",
			Window: 10,
			Confirm: []string{"kemo*", "chemo", "cellegift*", "cellgift*", "strål*", "kreft*", "kræft*", "cancer", "lymfom*",
				"svulst*", "tumör*", "misbrug*", "misbruk*", "rus*", "kokain", "heroin", "alkohol*", "dialys*", "sykdom*",
				"sjukdom*", "sygdom*", "diagnos*", "lege*", "læge*", "läkare*", "sykehus*", "sjukhus*", "sygehus*",
				"hospital*", "psykiatri*", "her", "hennes", "hendes", "hennar", "his", "hans", "sine", "sina", "sin",
				"kjemo*", "depresjon*", "angst*", "ångest*", "afhængig*", "avhengig*", "beroende*", "skade*", "operasjon*",
				"operation*", "gulsot*", "gulsott*", "gulsott"},
			Deny: []string{"søknad*", "søknaden", "ansøgning*", "ansökan*", "ärende*", "sak", "saken", "saker",
				"klage*", "klagen", "personopplysning*", "personoplysning*", "personuppgift*", "data"},
		},
		{
			// A therapist or psychiatric service someone sees, not one
			// named in general.
			Key:     "health.behandler",
			Window:  3,
			Confirm: behandlerConfirm(),
		},
		{
			// BUP, the children's and youth psychiatry: also theirs when the
			// message tells of a condition ("Min datter har spiseforstyrrelse.
			// Hvor lang ventetid er det på BUP?").
			Key:     "health.bup",
			Window:  3,
			Confirm: behandlerConfirm(),
			Case:    careCase,
		},
		{
			// Finding it hard to walk, not to go to school or take something
			// out ("har svært ved at gå i skole", "kan inte längre gå ut med
			// soporna").
			Key:    "health.walk",
			Window: 3,
			Veto: []string{"i skole", "i skolen", "i skola", "i skolan", "til skole", "til skolen", "till skolan", "till skola", "i børnehave", "i børnehaven", "på arbejde", "på jobbet", "till jobbet", "i gymnasiet",
				// Taking something out: "kan inte längre gå ut med soporna".
				"ut med", "ud med"},
			KeepLangs: []string{"*"},
		},
		{
			// Stutters, not "stammer fra" (comes from) or tribes, nor Swedish
			// "stämmer" written without its ä ("stammer det?", "stammer inte").
			Key:       "health.stammer",
			Window:    2,
			Deny:      []string{"fra", "frå", "från", "from", "stammene", "stammer", "stammar", "det", "inte", "ju", "väl", "nog", "bra"},
			KeepLangs: []string{"*"},
		},
		{
			// Smokes (tobacco or cannabis), not Danish "ryger ud" (is thrown out).
			Key:       "health.ryger",
			Window:    2,
			Deny:      []string{"ud", "ind", "op", "ned", "af", "ut", "in", "ur", "out", "off", "chimney", "skorsten*", "pipe*"},
			KeepLangs: []string{"*"},
		},
		{
			Key:     "health.sproyte",
			Window:  12,
			Confirm: []string{"insulin*", "diabet*", "medicin*", "läkemedel*", "ta", "tar", "sätta", "sätter", "byta"},
		},
		{
			// Glasses or a pill of a person ("her glasses", "his afternoon pill").
			Key:    "health.personal",
			Window: 3,
			Confirm: []string{"min", "mi", "mitt", "mine", "sin", "si", "sitt", "sine", "hans", "hennes", "hendes", "hennar",
				"my", "his", "her", "their", "our", "your", "vår", "vårt", "våre", "vores", "mina", "dina", "sina", "din",
				"dine", "wear", "wears", "wearing", "bruker", "brukar", "bär", "går med",
				// Support for a pair someone needs.
				"tilskudd", "tilskud", "tilskot", "bidrag", "stønad", "støtte", "trenger", "treng", "behøver", "behöver"},
		},
		{
			// Admitted to hospital, not "innlagt strøm" or admitted to a school.
			Key:    "health.innlagt",
			Window: 4,
			Deny: []string{"strøm", "straum", "vann", "vatn", "varme*", "kabel*", "fiber", "internett", "bredbånd*", "vand",
				"el", "vatten", "värme*", "fjernvarme*", "fjärrvärme*", "gulvvarme*", "golvvärme*", "avløp*", "kloakk*",
				"school", "university", "college", "course", "programme", "program", "club", "membership", "guilty",
				"admitted that", "he admitted", "she admitted", "i admitted", "admitted it"},
			Confirm: []string{"hospital*", "sykehus*", "sjukehus*", "sygehus*", "sjukhus*", "ward", "icu", "intensiv*",
				"akutten", "legevakt*", "etter", "efter", "after", "med", "with", "for"},
			KeepLangs: []string{"nb", "nn", "da", "sv"},
		},
		{
			// Born: "har nettopp født" is a birth; "født i 1990" is not.
			Key:     "health.fodt",
			Window:  2,
			Confirm: []string{"nettopp", "nylig", "akkurat", "har", "hadde", "just", "lige", "nyss", "nettop"},
		},
		{
			// Hurt in a fall ("har slått seg", "slog sig"), not a door, a
			// floor or a board that has warped ("døra har slått seg").
			Key:    "health.slatt",
			Window: 4,
			Deny: []string{"dør*", "dörr*", "ytterdør*", "inngangsdør*", "hoveddør*", "balkongdør*", "terrassedør*",
				"kjellerdør*", "entrédør*", "hoveddör*", "ytterdörr*", "altandörr*", "port", "porten", "karm*",
				"dørkarm*", "list*", "vindu*", "vindauge*", "vindue*", "fönster*", "gulv*", "golv*", "parkett*",
				"plank*", "bord*", "treverk*", "panel*", "skap*", "skuff*", "door*", "window*", "floor*", "board*",
				"wood*", "kjøkken*", "køkken*", "kök*"},
			KeepLangs: []string{"*"},
		},
		{
			// Special needs that someone has ("my son has special needs"), not
			// children with special needs in general nor the coordinator's title.
			Key:    "health.needs",
			Window: 3,
			Confirm: []string{"has special", "have special", "had special", "got special", "son with special",
				"daughter with special", "grandson with special", "granddaughter with special", "stepson with special",
				"stepdaughter with special", "brother with special", "sister with special"},
		},
		{
			// An aid or a helper that is someone's own: "her walker", "sin
			// personliga assistent"; not the job or the thing in general.
			Key:    "health.own",
			Window: 1,
			Confirm: []string{"my", "his", "her", "their", "our", "your", "mum's", "mom's", "dad's", "min", "mitt", "mina", "din",
				"sin", "hans", "hennes", "vår", "er", "deras", "dennes"},
		},
		{
			// "8 mnd på vei" is a pregnancy; "tre uker på vei med båten",
			// "på vei til Bergen" a journey.
			Key:     "health.paavei",
			Window:  3,
			Confirm: []string{"tvilling*", "gravid*", "termin*", "baby*", "fødsel*", "føde*", "jordmor*", "svanger*"},
			Deny: []string{"til", "mot", "hjem", "heim", "fra", "frå", "med", "båt*", "bil*", "tur*", "reise*", "ferie*", "fly*",
				"tog*", "buss*", "sykkel*", "sykkeltur*", "seil*", "ut", "inn", "over", "gjennom"},
			KeepLangs: []string{"*"},
		},
		{
			// "er i uke 30" of a pregnancy, not a week of the calendar.
			Key:    "health.week",
			Window: 8,
			Confirm: []string{"gravid*", "svanger*", "graviditet*", "termin", "terminen", "termindato*", "jordmor*",
				"jordemor*", "barnmorska*", "føde", "føder", "fødsel*", "føda", "föda", "föder", "förlossning*",
				"keisersnitt*", "kejsersnit*", "kejsarsnitt*", "tvilling*", "ultralyd*", "ultraljud*", "fosteret",
				"fostret", "pregnan*", "midwife", "due", "baby", "babyen", "bebis*", "veer", "veerne", "värkar",
				"contractions", "mammapermisjon*", "barselpermisjon*", "barsel*", "föräldrapenning*", "svangerskap*"},
		},
		{
			// Danish hævet: swollen, or raised and withdrawn ("har hævet
			// huslejen", "hævet pengene"): kept only as a state.
			Key:     "health.haevet",
			Window:  2,
			Confirm: []string{"er", "blevet", "meget", "helt", "lidt", "øm", "ømt", "ømme", "rød", "rødt", "og", "hævet og"},
			Veto: []string{"penge*", "husleje*", "lejen", "leje", "pris*", "priser", "kr", "beløb*", "kontant*", "fra",
				"kontoen", "konto", "rente*", "skat*", "afgift*", "straf*", "dom*", "loft*", "grænse*",
				// The sea, "havet" written for "hævet": "a er på havet".
				"på havet", "ved havet", "til havet", "over havet", "i havet", "ud på havet"},
		},
		{
			// Drunk said of someone ("he is always drunk"), not a drink drunk
			// ("have you drunk enough water") or driving.
			Key:    "health.drunk",
			Window: 2,
			Confirm: []string{"is", "was", "always", "often", "very", "so", "gets", "got", "getting", "constantly", "completely", "really", "too",
				"he's", "she's", "he’s", "she’s", "hes", "shes", "they're", "i'm", "im"},
			Veto: []string{"driving", "driver", "drivers", "drunk driving", "have", "has", "had", "water", "coffee"},
		},
		{
			// Admitted to hospital said with the verb ("tante ble lagt inn i
			// går"), not an application or a cable put in ("søknaden ble
			// lagt inn", "strømmen ble lagt inn"): a relative, a pronoun
			// or a ward near it.
			Key:    "health.lagtinn",
			Window: 3,
			Veto: []string{"har lagt inn", "hadde lagt inn", "har lagd inn", "hadde lagd inn", "ha lagt inn", "søknad*",
				"soknad*", "klage*", "strøm*", "straum*", "bestilling*", "annonse*", "kabel*", "fiber*", "vann*", "vatn*",
				"opplysning*", "bilde*", "kommentar*", "melding*", "avvik*", "skjema*", "data", "info*", "ønske*",
				"forespørsel*", "sak", "saken", "tilbud*", "timen", "time", "bestilt", "varme*", "gulvvarme*", "rør*"},
			Confirm: []string{"han", "hun", "ho", "jeg", "eg", "mor", "mora", "moren", "far", "faren", "pappa", "mamma",
				"tante", "onkel", "bestemor", "bestefar", "besta", "farmor", "farfar", "mormor", "morfar", "sønnen", "sonen",
				"dattera", "datteren", "dotter", "dottera", "broren", "bror", "brodern", "søstera", "søsteren", "syster",
				"kona", "kone", "mannen", "samboer*", "sambuar*", "svigermor", "svigerfar", "barnet", "gutten", "guten",
				"jenta", "ungen", "kjæresten", "kjærasten", "sykehus*", "sjukehus*", "psykiatri*", "bup", "dps",
				"akutt*", "intensiv*", "barneavdeling*"},
		},
		{
			// Drunk said of someone in the Nordic languages ("hun var
			// full", "kom hjem fuld", "var så packad att"), not a container
			// ("postkassa er full", "spanden er fuld igen") or a measure
			// ("full av hull", "fuld tid", "väskan är packad").
			Key:    "health.full",
			Window: 3,
			Veto: []string{"av", "af", "of", "med", "opp", "op", "upp", "fart", "gass", "tid", "tiden", "pris", "prisen",
				"stilling", "stillingen", "klasse", "klassen", "plass", "plads", "plats", "skala", "pott", "potten",
				"kapasitet", "kapacitet", "storlek", "størrelse", "hus", "huset", "tank", "tanken",
				"klar", "klara", "klart", "ferdig", "færdig", "väska*", "kuffert*", "koffert*", "bil", "bilen",
				// A container or a vehicle full: "postkassa er full. hun er ...".
				"postkass*", "postkasse*", "postlåd*", "brevkass*", "brevlåd*", "buss*", "bus", "bussen", "ferja", "ferga",
				"ferge*", "færge*", "färja*", "tog", "toget", "tåget", "container*", "konteiner*", "spand*", "dunk*",
				"tunne*", "tunna*", "soptunn*", "søppel*", "skrald*", "parkering*", "kø", "køen", "kön", "venteliste*",
				"kalender*", "boks*", "låda*", "kasse*", "sekk*", "sæk*", "säck*", "pose*", "rom", "rommet", "salen"},
			Confirm: with(personIsOrBecame, "når han", "når hun", "når ho", "når hon", "når de",
				"vart så", "blev så", "ble så", "blei så", "så full at", "så fuld at", "så full att", "så packad att",
				"kom hjem", "kom heim", "kommer hjem", "kommer heim", "kom hem", "kommer hem", "kom hjem så",
				"drikker seg", "drikk seg", "drikker sig", "dricker sig", "supe seg", "drak seg", "drak sig",
				"hentede", "hentet", "henta", "kjørte", "kørte", "körde",
				// Very drunk: "min mor er meget fuld".
				"er meget", "er veldig", "er rigtig", "är väldigt"),
		},
		{
			// Anxious as a feeling someone gets ("gets very anxious",
			// "depressed or anxious"), not eager ("anxious to hear").
			Key:    "health.anxious",
			Window: 3,
			Veto:   []string{"anxious to"},
			Confirm: []string{"make me", "makes me", "made me", "making me", "get", "gets", "got", "getting", "become", "becomes", "became", "very", "really", "so",
				"too", "feel*", "felt", "depressed", "depression", "stressed", "worried", "panic*", "scared", "afraid",
				"is", "was", "been", "am", "i'm", "im", "are"},
		},
		{
			// Confused as a symptom of the elderly ("begynt å bli forvirret",
			// "more confused and forgetful"), not confused by a form.
			Key:    "health.forvirret",
			Window: 4,
			Confirm: append([]string{"begynt å bli", "begynner å bli", "begynte å bli", "byrja å bli", "byrjar å bli",
				"blitt så", "blitt veldig", "blitt mer", "blitt helt", "vorte så", "vorte heilt", "blivit så", "blivit mer",
				"blivit helt", "blevet så", "blevet mere", "blevet helt", "blir lett", "blir fort", "bliver let", "blir forvirret når", "bliver forvirret når",
				"virker", "verkar", "virkar", "seems", "seemed", "virka", "virket", "virkede", "verkade",
				"begyndt at blive", "begynder at blive", "begyndte at blive", "börjat bli", "börjar bli", "började bli",
				"mer og mer", "mere og mere", "mer och mer", "more and more", "starting to get", "started to get",
				"getting more", "increasingly", "stadig mer", "stadig mere", "allt mer", "allt mera", "mer", "mere",
				"mera", "more", "demen*", "alzheimer*", "glemsk*", "gløymsk*", "glömsk*", "forgetful*", "desorient*",
				"disorient*", "hukommelse*", "minne*", "minnet", "memory", "urolig*", "uro", "om natta", "om natten",
				"på natten", "at night", "fall*", "slag*", "infeksjon*", "urinveis*", "delir*",
				// With a fever or an infection: "har feber och är förvirrad".
				"feber", "febern", "feberen", "fever", "infektion*", "infection*",
				// When in the day: "forvirret om kvelden", "på kvällarna".
				"om kvelden", "om kveldene", "om kvelden", "om kvelden", "om kvelda", "om morgenen", "om aftenen",
				"om natta", "på kvällen", "på kvällarna", "på natterna", "pa natterna", "på eftermiddagarna",
				"in the evening", "in the evenings", "at night",
				// Said of someone else: "han er veldig forvirret", "hon e så
				// förvirrad" (a writer confused by a form says "jeg").
				"han er", "hun er", "ho er", "han e", "ho e", "hun e", "han blir", "hun blir", "ho blir", "han bliver",
				"hun bliver", "han är", "hon är", "han e", "hon e", "han blir", "hon blir", "he is", "she is", "he's",
				"she's", "he gets", "she gets", "he seems", "she seems",
				"er han", "er hun", "er ho", "blir han", "blir hun", "blir ho", "är han", "är hon", "blir hon"},
				// Said of a relative: "mor blir veldig forvirret", "mormor er
				// meget forvirret".
				kinSubjectPhrases...),
			// What confuses a writer: a form, the rules, a page.
			Veto: []string{"over", "about", "angående", "ang", "skjema*", "søknad*", "ansøgning*", "ansökan*", "blankett*",
				"form", "forms", "website", "nettside*", "hjemmeside*", "hemsida*", "regler*", "reglene", "rules"},
			Deny: []string{"om", "av", "af", "by", "with", "kring", "omkring", "side*", "sida*"},
		},
		{
			// Stress as an illness: sick leave, a doctor, suffering from it,
			// having it or being off because of it.
			Key:    "health.stress",
			Window: 4,
			Confirm: []string{"sygemeld*", "sykmeld*", "sykemeld*", "sjukmeld*", "sjukskriv*", "syg", "læge*", "lege",
				"legen", "läkare*", "psykolog*", "angst*", "ångest*", "ramt", "rammet", "drabbad", "udbrændt*", "utbrent*",
				"utbränd*", "utmatt*", "udmattet", "lider", "lid", "pga", "grund", "grunn", "grunnet", "har stress",
				"har haft stress", "har hatt stress", "fått stress", "fik stress", "fikk stress", "fick stress", "fået stress",
				"med stress", "diagnos*", "behandling*"},
		},
		{
			// Substance abuse, not abuse of power or trust.
			Key:    "health.misbrug",
			Window: 3,
			Deny: []string{"seksuel*", "sexuel*", "magt*", "makt*", "tillid*", "förtroende*", "data*", "system*",
				"barn*", "børn*", "ordet", "misbrug af", "missbruk av"},
			KeepLangs: []string{"*"},
		},
		{
			Key:     "health.pavirket",
			Window:  3,
			Confirm: []string{"alkohol*", "stof*", "narko*", "spiritus*", "fuld", "beruset", "hash*"},
		},
		{
			Key:     "health.scanning",
			Window:  5,
			Confirm: []string{"gravid*", "graviditet*", "uge", "baby*", "jordemoder*", "termin*", "nakkefold*", "foster*", "misdannelse*"},
		},
		{
			// "sykt"/"sjukt"/"sygt" is also "very" and "crazy"; of a child it is ill.
			Key:     "health.sykt",
			Window:  2,
			Confirm: []string{"barn", "barnet", "barnets", "blir", "ble", "vart", "blev", "blivit", "blevet", "hemma", "hjemme", "heime", "dyr", "dyret", "djur"},
			Deny:    []string{"bra", "godt", "gøy", "kult", "fint", "mye", "lenge", "dyrt", "vakkert", "pent", "flott", "kjekt", "morsomt", "godt", "sjovt", "fedt", "gott", "kul", "roligt"},
		},
		{
			Key:     "health.yr",
			Window:  3,
			Confirm: []string{"illamående", "huvudvärk*", "ont", "svimm*", "känner", "känns", "mår", "yrsel", "feber", "blir yr", "blev yr", "är yr", "var yr", "migrän*"},
		},
		{
			// Wanting to die, or to die at home when the end is near
			// ("han vil helst døy heime", "vill dö hemma", "wants to die at
			// home").
			Key:       "health.doy",
			Window:    3,
			Deny:      dyingAtHome,
			KeepLangs: []string{"*"},
		},
		{
			// "vil dø" of a person who wants to ("hun sier hun vil dø"), not
			// of a plant, nor dying at home.
			Key:    "health.vildo",
			Window: 3,
			Veto:   with(dyingAtHome, "plante*", "planten", "blomst*", "fisk*", "tre", "treet", "træet", "gress*", "græs*"),
			Confirm: []string{"jeg", "eg", "æ", "jag", "han", "hun", "ho", "hon", "sier", "seier", "siger", "skriver", "sagt",
				"snakker om", "snakkar om", "taler om"},
		},
		{
			// Due with a baby ("my wife is pregnant and due in june"), not a
			// bill or a deadline.
			Key:    "health.due",
			Window: 5,
			Veto: []string{"tax", "taxes", "payment*", "bill", "bills", "invoice*", "fee", "fees", "rent", "instalment*",
				"installment*", "deadline*", "application*", "paid", "pay", "renewal", "return*", "library", "book", "books"},
			Confirm: []string{"pregnant", "pregnancy", "expecting", "baby", "twins", "midwife", "wife", "wifes", "wife's", "partner",
				"girlfriend", "she's", "shes"},
		},
		{
			// Panic of a person, not of a pet ("hunden får panikk av rakettene").
			Key:    "health.panikk",
			Window: 3,
			Veto: []string{"hund*", "bikkja*", "katt*", "katte*", "kat", "katten", "hest*", "dyr*", "djur*", "valp*",
				"hvalp*", "kanin*", "fugl*", "fågel*", "fågeln"},
			KeepLangs: []string{"*"},
		},
		{
			// Swedish "beroende" is dependent on, unless of a substance.
			Key:     "health.beroende",
			Window:  2,
			Confirm: []string{"alkohol*", "drog*", "narkotika*", "spel*", "nikotin*", "tablett*", "opioid*", "sömnmedel*", "läkemedel*"},
		},
		{
			Key:     "health.foda",
			Window:  3,
			Confirm: []string{"ska", "skulle", "barn*", "gravid*", "vecka", "veckor", "förlossning*", "snart", "tvilling*"},
		},
		{
			Key:    "health.kontakt",
			Window: 4,
			Confirm: []string{"lss", "beviljad*", "insats*", "funktion*", "ansök*", "söka", "fått", "stöd*", "biståndsbeslut*",
				"behöver", "bevilja*", "söker om", "sökt om",
				// "Kan han få ledsagare till föräldramötet?"
				"få ledsagare", "få en ledsagare"},
		},
		{
			// Swedish "mens" is a period; in Norwegian and Danish it is "while".
			Key:       "health.mens",
			Window:    3,
			Confirm:   []string{"ont", "smärt*", "kramp*", "mensvärk*", "blöd*", "sen", "utebliven", "missat"},
			KeepLangs: []string{"sv"},
		},
		{
			Key:    "health.stroke",
			Window: 3,
			// "a stroke of luck" whatever else; "had a stroke back home" is
			// the illness though "back" may make it a swimming stroke.
			Veto:      []string{"luck", "genius", "midnight"},
			Confirm:   []string{"had", "suffered", "after", "mild", "massive", "severe", "minor", "major"},
			Deny:      []string{"swim*", "golf", "pen", "brush", "breast", "back", "paddle", "heat"},
			KeepLangs: []string{"*"},
		},
		{
			Key:     "health.burns",
			Window:  3,
			Confirm: []string{"severe", "got", "suffered", "degree", "treatment", "hospital", "skin", "scald*"},
		},
		{
			// Labour as childbirth, not the party or work.
			Key:     "health.labour",
			Window:  3,
			Confirm: []string{"went", "in labour", "in labor", "into labour", "into labor", "contractions", "baby", "birth", "pregnant", "induced", "during", "early"},
			Deny:    []string{"party", "government", "union", "mp", "leader", "vote", "voted", "voting", "market", "costs", "force", "manual", "cheap", "council", "member", "supporter"},
		},
		{
			// "ill" is also "I'll" typed without the apostrophe ("ill call").
			Key:    "health.ill",
			Window: 2,
			Confirm: []string{"am", "is", "was", "were", "been", "be", "very", "seriously", "terminally", "mentally",
				"chronically", "critically", "fell", "feel", "feels", "feeling", "i'm", "im", "he's", "she's", "got", "too"},
		},
		{
			// "what a pain", "a pain in the neck": annoying, not a symptom.
			Key:       "health.pain",
			Window:    2,
			Deny:      []string{"a pain", "what a", "such a", "bit of a", "real pain", "pain in the"},
			KeepLangs: []string{"*"},
		},
		{
			// Drinking too much coffee or water is no addiction.
			Key:       "health.drikk",
			Window:    2,
			Deny:      []string{"kaffe*", "kaffi*", "te", "tea", "coffee", "brus", "cola", "coke", "soda", "vann", "vatn", "water", "melk", "mjølk", "milk", "energidrikk*", "juice", "saft"},
			KeepLangs: []string{"*"},
		},
		{
			// Expecting a baby ("my wife is expecting in May", "we're expecting
			// twins"), not a reply or a parcel.
			Key:     "health.expect",
			Window:  2,
			Veto:    []string{"reply", "answer", "call", "letter", "email", "e-mail", "delivery", "package", "parcel", "visit", "visitors", "guests", "you", "it", "that", "this", "a lot", "more", "too", "rain", "snow"},
			Confirm: []string{"wife", "partner", "girlfriend", "daughter", "sister", "fiancée", "she", "she's", "we're", "baby", "twins", "our first", "our second", "my first"},
		},
		{
			// Someone vaping ("he has started vaping", "caught vaping"), not a
			// rule about it ("vaping is banned in the park").
			Key:     "health.vape",
			Window:  3,
			Veto:    []string{"ban", "banned", "bans", "allowed", "forbidden", "prohibited", "area", "areas", "zone", "zones", "rules", "law", "laws", "policy"},
			Confirm: []string{"started", "starting", "caught", "been", "keeps", "stop", "quit", "quitting", "stopped", "addicted", "daily", "every"},
		},
		{
			// A fall of a person, not of prices or revenue.
			Key:       "health.fall",
			Window:    4,
			Deny:      []string{"revenue*", "price*", "sales", "income*", "number*", "temperature*", "value*", "rate*", "tax*", "profit*", "budget*", "pupil*", "population"},
			KeepLangs: []string{"*"},
		},
		{
			// A GP or dental surgery is a practice in British English.
			Key:       "health.surgery",
			Window:    2,
			Deny:      []string{"gp", "gp's", "gps", "doctor's", "doctors", "dental", "dentist*", "vet", "vets", "vet's", "opening", "phone", "number", "address", "reception*", "old", "local", "nearest"},
			KeepLangs: []string{"*"},
		},
		{
			// A depressed economy, market or area is no mood.
			Key:       "health.depressed",
			Window:    3,
			Deny:      []string{"economy", "economic*", "market*", "area*", "region*", "price*", "wage*", "demand", "key", "button", "pedal"},
			KeepLangs: []string{"*"},
		},
		{
			// A blind spot, corner or alley, "blind vei": no one's sight.
			Key:       "health.blind",
			Window:    1,
			Deny:      []string{"spot*", "corner*", "bend*", "alley", "date*", "faith", "vei", "veg", "veien", "vegen", "gate", "gata", "flekk*", "sone*", "vinkel*"},
			KeepLangs: []string{"*"},
		},
		{
			// "syk og lei", "sjuk og lei", "syg og træt af", "sjuk och trött
			// på", "syg af at vente": fed up, not ill.
			Key:    "health.syk",
			Window: 3,
			Deny: []string{"og lei", "og lut lei", "og træt af", "og trætte af", "och trött på", "och trötta på", "och less", "og trøytt av",
				// Slang for very before an adjective: "appen er så syk treg".
				"syk treg", "sykt treg", "sykt tregt", "syk treig", "sykt treigt", "sykt dyrt", "syk dyr", "sykt godt", "sykt fint",
				"sykt flink", "sykt stort", "sykt vakker", "sykt vakkert", "sykt kjedelig", "sykt irriterende",
				"af at vente", "av å vente", "av att vänta", "af at høre på", "av å høre på", "av att höra på",
				// Slang for very or a lot: "sykt bra", "en syk mengde", "lol".
				"bra", "kult", "fett", "digg", "gøy", "morsomt", "dyrt", "lenge", "mengde", "mengder", "lol", "haha",
				// Outrageous: "helt syke tilstander", "sjuke forhold".
				"tilstander", "tilstandar", "tilstande", "tillstånd", "forhold", "förhållanden"},
			KeepLangs: []string{"*"},
		},
		{
			// Very ill, said of someone who became or is so ("hon blev
			// jättedålig"), not bad service or bad at something.
			Key:    "health.darlig",
			Window: 3,
			Veto:   []string{"på", "pa", "til", "till", "at", "med", "behandlet", "behandla", "behandlad", "behandlede", "betalt", "betald"},
			Confirm: with(personIsOrBecame, "mår", "har vært", "har vore", "har været", "har varit", "føler meg", "føler mig",
				"känner mig", "kjenner meg"),
		},
		{
			// "sick of waiting" and "sick and tired" are not an illness, nor is
			// slang praise ("it's sick how fast", "that's sick, bro") or a pet.
			Key:    "health.sick",
			Window: 2,
			Deny: []string{"of", "tired", "sick of", "ill-", "speak", "spoke", "feel ill about", "how", "that's", "thats", "bro", "dude", "cat", "dog", "pet", "puppy", "kitten", "horse", "rabbit",
				// Slang praise of a thing: "the new youth centre is sick".
				"centre", "center", "app", "party", "song", "track", "game", "view", "place", "car", "music", "concert", "park",
				"chatbot", "bot", "website", "lol"},
			KeepLangs: []string{"*"},
		},
	}
}

// Describe implements Describer.
func (h *HealthDetector) Describe() DetectorDoc {
	return DetectorDoc{
		Categories: []Category{Health},
		Summary: "Health information in nb, nn, da, sv and en: lay words, medicine brand names and words mined " +
			"from ICD-10, ICPC-2 and ATC (data/health/). Inflection endings are stripped and compounds found " +
			"by morphology (a health word as the head, or as the first part before a health tail), so " +
			"'brystkreften' and 'diabetesmedisin' need no entry; multi-word phrases with body-part slots " +
			"('vondt i venstre kne') are one span. Ambiguous words are weak and decided by the health.* context rules.",
		Rules: []RuleDoc{
			{"health.condition", "diagnoses, diseases and injuries ('diabetes', 'brukket armen')"},
			{"health.symptom", "symptoms and pain ('hodepine', 'vondt i ryggen')"},
			{"health.medication", "medicines by brand or substance ('Paracet', 'insulin')"},
			{"health.procedure", "treatments, procedures and admissions ('cellegift', 'operasjon')"},
			{"health.pregnancy", "pregnancy, birth, abortion, fertility ('gravid', 'termin')"},
			{"health.mental", "mental-health conditions and crises ('depresjon', 'selvmordstanker')"},
			{"health.addiction", "addiction and substance use ('rusmisbruk', 'avhengig av hasj')"},
			{"health.disability", "disabilities and impairments ('døv', 'ADHD', 'utviklingshemmet')"},
			{"health.aid", "health aids ('rullestol', 'høreapparat')"},
			{"health.care", "care services a person gets or needs ('hjemmesykepleie', 'BPA', 'TT-kort')"},
			{"health.sickness", "sickness and disability benefits and leave ('sykmeldt', 'uføretrygd')"},
			{"health.icd10", "a condition named in the ICD-10 titles"},
			{"health.icpc2", "a condition or symptom named in the ICPC-2 titles"},
			{"health.atc", "a substance named in the ATC classification"},
			{"health.compound", "a compound with a health word as head or first part ('prostatakreften', 'kreftmedisiner')"},
			{"health.typo", "a long health word misspelt by one letter ('diabetis', 'penicilin'), unless the token is a dictionary word (typo_stop.txt)"},
		},
	}
}

// sykehjemFor are the phrases that give a nursing-home place to someone:
// a preposition of benefit and a possessive or a parent.
// workplaceOf are the phrases of someone working at a nursing home ("jeg
// jobber natt på sykehjemmet"): no one's care, whatever else the message
// tells.
func workplaceOf() []string {
	var out []string
	homes := []string{"sykehjemmet", "sykehjem", "sjukeheimen", "sjukeheim", "sykeheimen", "sjukehjemmet", "plejehjemmet",
		"plejehjem", "plejecentret", "plejecenteret", "äldreboendet", "äldreboende", "omsorgssenteret"}
	for _, v := range []string{"jobber", "jobbar", "jobbet", "jobba", "arbeider", "arbeidar", "arbeidet", "arbejder", "arbejdede",
		"arbetar", "arbetade"} {
		for _, mid := range []string{"", " turnus", " natt", " deltid", " som vikar"} {
			for _, prep := range []string{"på", "i", "vid"} {
				for _, h := range homes {
					out = append(out, v+mid+" "+prep+" "+h)
				}
			}
		}
	}
	for _, v := range []string{"work", "works", "worked", "working"} {
		for _, h := range []string{"nursing home", "care home"} {
			out = append(out, v+" at a "+h, v+" at the "+h, v+" in a "+h, v+" in the "+h)
		}
	}
	return out
}

func sykehjemFor() []string {
	var out []string
	for _, p := range []string{"for", "för", "til", "till"} {
		for _, w := range []string{"min", "mi", "mitt", "vår", "vores", "mor", "far", "mamma", "pappa", "mormor", "farmor", "morfar", "farfar"} {
			out = append(out, p+" "+w)
		}
	}
	return append(out, "for my", "for our")
}

// behandlerConfirm are the words of seeing, needing or waiting for a
// therapist or a clinic (health.behandler, health.bup).
func behandlerConfirm() []string {
	return []string{"min", "mi", "mitt", "my", "mín", "sin", "si", "hans", "hennes", "hendes", "hennar", "his", "her",
		"går", "gikk", "gått", "gaar", "gå", "time hos", "time til", "time med", "timen hos", "timen min", "timer hos",
		"har time", "fått time", "fatt time", "fikk time", "fekk time", "bestilt time", "bestille time", "henvist*", "henvis*", "remiss*", "remitter*",
		"venter", "ventar", "väntar", "waiting", "venta", "ventet", "ventede", "väntat", "waited", "samtale*", "samtal*", "behandling*", "utredning*", "utred*",
		"see", "seeing", "saw", "our", "vår", "vores", "får", "fått", "fatt", "fikk", "fekk", "fik", "fick",
		"gets", "got", "get", "sees", "goes", "going", "referred", "appointment",
		// Needing or meeting one: "har brug for en psykolog", "träffa logoped".
		"trenger", "treng", "behøver", "behöver", "brug for", "need", "needs", "träffa", "träffar", "träffade",
		// Waiting for one: "hvor lang ventetid er det på BUP?".
		"ventetid*", "väntetid*", "ventetiden", "kø", "køen", "kön"}
}

// workAt are the phrases of working at a service, right before its name:
// "mit job i hjemmeplejen", "jobbar på äldreboendet", "works at the day
// centre".
func workAt() []string {
	var out []string
	for _, w := range []string{"job", "jobb", "jobber", "jobbar", "jobbet", "jobbat", "jobbe", "arbeider", "arbeidar",
		"arbejder", "arbetar", "ansatt", "ansat", "anställd", "vikar", "vikarierer", "vikarierar", "stilling", "tjänst",
		"tilkallingsvikar", "sommervikar", "helgevikar", "ekstravakt", "timevikar", "sommarvikarie", "timvikarie"} {
		for _, p := range []string{"i", "på", "hos", "ved", "vid"} {
			out = append(out, w+" "+p)
		}
	}
	// A carer's trade before the service: "er helsefagarbeider i
	// hjemmetjenesten", "sosu-hjælper i hjemmeplejen".
	for _, w := range []string{"pleieassistent", "pleiemedhjelper", "pleiemedhjelpar", "hjelpepleier", "hjelpepleiar",
		"helsefagarbeider", "helsefagarbeidar", "sykepleier", "sykepleiar", "sjukepleiar", "sjukepleier", "vernepleier",
		"vernepleiar", "miljøarbeider", "miljøarbeidar", "sygeplejerske", "sundhedshjælper",
		"sundhedsassistent", "sosu-hjælper", "sosu-assistent", "plejer", "undersköterska",
		"sjuksköterska", "vårdbiträde", "vårdare", "omsorgsassistent"} {
		for _, p := range []string{"i", "på", "hos", "ved", "vid", "inom", "inden for", "innen"} {
			out = append(out, w+" "+p)
		}
	}
	for _, w := range []string{"works", "working", "job", "employed", "work nights", "work shifts",
		"work night shifts", "working night shifts", "work day shifts", "working day shifts",
		"work part-time", "work full-time", "working nights", "working shifts", "carer", "nurse", "assistant", "volunteer"} {
		out = append(out, w+" in", w+" at", w+" for")
	}
	// "I work at the care home", not "how does that work in Arendal?": the
	// plain verb with its subject (a relative before "works" is masked
	// when the engine detects again, so that one stands alone).
	for _, s := range []string{"i", "we", "you", "they", "he", "she", "to", "who", "and", "also", "still", "i'll", "i'd"} {
		for _, w := range []string{"work", "worked"} {
			out = append(out, s+" "+w+" in", s+" "+w+" at", s+" "+w+" for")
		}
	}
	return out
}

// becomeCarer are the phrases of becoming or working as one who gives care
// that is also the name of a service ("bli støttekontakt", "jobba som
// ledsagare", "become a support worker"): a job, no one's care.
func becomeCarer() []string {
	var out []string
	leads := []string{"bli", "blir", "blive", "bliver", "bliva", "blir man", "bli en", "bli ein", "blive en",
		"være", "vere", "vara", "være en", "vere ein", "vara en", "være et", "vere eit",
		"bli ny", "jobbe som", "jobber som", "jobba som", "jobbar som", "arbeide som", "arbeider som", "arbejde som",
		"arbejder som", "arbeta som", "arbetar som", "arbeidar som", "jobb som", "job som", "stilling som", "tjänst som"}
	for _, w := range []string{"støttekontakt", "støttekontaktperson", "avlaster", "avlastar", "aflaster", "stödperson",
		"kontaktperson", "ledsagare", "ledsager", "fritidsassistent", "fritidskontakt", "besøksvenn", "besøgsven",
		// A family or home that takes a child for respite: "vil være
		// avlastningshjem", "vill bli kontaktfamilj".
		"avlastningsfamilie", "aflastningsfamilie", "avlastningshjem", "avlastningsheim", "aflastningshjem",
		"kontaktfamilj", "kontaktfamilie", "stödfamilj", "støttefamilie", "besøkshjem", "besøksheim"} {
		for _, l := range leads {
			out = append(out, l+" "+w)
		}
	}
	// A home nurse, who is no service's name, says so in the first person
	// too: "jeg er hjemmesykepleier og lurer på ...".
	for _, w := range []string{"hjemmesykepleier", "heimesjukepleiar", "hjemmesygeplejerske", "distriktssköterska",
		"hemsjuksköterska"} {
		for _, l := range append([]string{"jeg er", "eg er", "jag är"}, leads...) {
			out = append(out, l+" "+w)
		}
	}
	for _, l := range []string{"become a", "becoming a", "work as a", "working as a", "job as a"} {
		out = append(out, l+" support worker", l+" support person", l+" carer", l+" care worker")
	}
	return out
}

// careCase finds a message about someone's condition: a strong finding of a
// condition, and a relative or the writer (first person) it is about.
var careCase = CaseRule{
	Rules: []string{"health.condition", "health.symptom", "health.mental", "health.addiction", "health.procedure",
		"health.disability", "health.pregnancy", "health.icd10", "health.icpc2", "health.aid", "health.compound", "health.typo"},
	Whose: []string{"gender.kinship"},
	Words: []string{"jeg", "eg", "jag", "je", "æ", "mig", "meg", "mej", "min", "mi", "mitt", "mine", "mina", "vi",
		"vår", "vårt", "våre", "våra", "vores", "oss", "vaar", "my", "me", "i'm", "im", "myself", "we", "our", "us"},
}

// careAsked are words of a general question about a care service: what it
// costs, how long one waits, who decides, volunteering there ("Hva koster
// det å bo på sykehjem?"). They deny health.care and health.sykehjem.
var careAsked = []string{
	"koster", "kostar", "kostnad*", "kost", "pris", "prisen", "priser", "avgift*", "egenandel*", "eigendel*",
	"egenbetaling*", "egenbetalning*", "husleje*", "husleie*", "hyra", "hyran", "cost", "costs", "fee", "fees",
	"price", "betale", "betala", "betaler", "betalar", "inntektsavhengig*", "inntektsavhengig", "indkomstafhængig*",
	"inkomstberoende", "eigenbetal*", "kø", "køen", "kö", "kön", "queue", "taksten", "takst", "taxa", "taxan", "tariff",
	"hvor lang ventetid", "kor lang ventetid", "hur lång väntetid", "lang er ventetiden", "ventetid på",
	"ventetida på", "ventetid til", "ventetid er det", "ventetid er der", "väntetid på", "väntetid till", "väntetiden till", "väntetid är det",
	"long is the wait", "waiting list", "bestemmer", "bestämmer", "decides", "tildeling", "tildelingen",
	// Applied for in general: "hvordan søger man om plads på et plejehjem",
	// "man kan väl ansöka om hemtjänst", "hjælpemidler kan du låne".
	"søger man", "søker man", "söker man", "søkjer ein", "ansøger man", "ansöker man", "man kan", "can one",
	// Benefits defined: "grunnstønad og hjelpestønad er ytelser fra NAV".
	"ytelse*", "ydelse*", "förmån*",
	// The building, not a stay: its gate, the snow cleared there,
	// visitors' parking, pets, beds free, how many live there.
	"bommen", "porten", "snørydding*", "snømåking*", "brøyting*", "snöröjning*", "snerydning*", "parking",
	"parkeringen", "visitors", "besøkende", "besøgende", "besökare", "husdjur", "kjæledyr", "kæledyr", "pets",
	"ledige", "ledig plass", "ledige plasser", "lediga", "available", "beboere", "beboerne", "bebuarar", "bebuarane",
	"residents", "tilsett", "tilsette",
	// Promised by politics: "Rødt vil gjøre sykehjem gratis? Da stemmer jeg på dem".
	"valgløfte*", "vallöfte*", "stemmer på dem", "stemme på dem",
	// Two kinds compared: "hva er forskjellen på omsorgsbolig og sykehjem?".
	"forskjell*", "forskjel*", "forskel*", "skilnad*", "skillnad*", "difference",
	// How many there are: "hur många äldreboenden har kommunen".
	"hvor mange", "kor mange", "hur många", "how many", "antall", "antal",
	"tildelning", "tilldelning", "tilldelningen", "allocation", "betale selv", "betala själv", "pay",
	// Volunteering or working there.
	"frivillig*", "volunteer*", "afløser*", "vikar*",
	// Promised by a party: "lovte nye sykehjemsplasser".
	"lovte", "lovet", "lova", "lovede", "lovade", "lovat", "promised",
}

// kinSubjectPhrases are a relative and a verb of being as the subject of a
// state: "mor er", "bestefar blir", "svigerfar er blevet", "mamma är".
var kinSubjectPhrases = func() []string {
	var out []string
	for _, kin := range []string{"mor", "far", "mamma", "pappa", "mora", "moren", "faren", "mormor", "morfar", "farmor",
		"farfar", "bestemor", "bestefar", "besteforeldre", "svigermor", "svigerfar", "oldemor", "oldefar", "moder",
		"fader", "mamman", "pappan", "mormora", "farmora", "svärmor", "svärfar", "gubben", "kjerringa", "kona",
		"mannen", "konen", "manden", "frun", "maken", "grandma", "grandpa", "mum", "mom", "dad", "mother", "father",
		"husband", "wife"} {
		for _, verb := range []string{"er", "e", "blir", "bliver", "är", "ä", "vert", "is", "gets"} {
			out = append(out, kin+" "+verb)
		}
	}
	return out
}()
