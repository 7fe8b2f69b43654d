package detectors

import (
	"path/filepath"
	"testing"
	"time"
)

func newLocationT(t testing.TB) *LocationDetector {
	t.Helper()
	l, err := NewLocation()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLocation(t *testing.T) {
	e := engineWith(t, newLocationT(t))
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		// "in the UK" where someone is or voted; not where a thing is sold.
		{"en voted in the UK", "en", "my wife voted Green in the UK before we came here", []string{"UK|LOCATION|location.country"}},
		{"en we are in the US", "en", "we're in the US until March, can we apply from there?", []string{"US|LOCATION|location.country"}},
		{"en sold in the UK", "en", "is this bin model sold in the UK too?", nil},
		// A word of the message's language opening a sentence before a
		// definite institution noun is the word ("Ska skolan ..."); a place
		// names its school in the indefinite.
		{"sv verb before the school", "sv", "Han blev slagen på rasten. Ska skolan polisanmäla?", nil},
		{"nb town school", "nb", "Ski skole har planleggingsdag fredag", []string{"Ski|LOCATION|location.place"}},
		// A postal place "X i Y" is named X in chat ("bur i Dale", "på Mo").
		{"nn postal short form", "nn", "eg bur i Dale og har ikkje fått posten", []string{"Dale|LOCATION|location.place"}},
		{"nb Mo", "nb", "vi flytter til Mo etter jul", []string{"Mo|LOCATION|location.place"}},
		// A home country where someone has worked or still works.
		{"nb worked in a home country", "nb", "jeg har jobbet i Danmark i ti år", []string{"Danmark|LOCATION|location.country"}},
		{"sv still works there", "sv", "vi har flyttat men jobbar kvar i Sverige", []string{"Sverige|LOCATION|location.country"}},
		// A farm's name ends with its farm word ("Sætre gård like ved");
		// "ovanfor" and "langs" put a place after them.
		{"nb farm name then adverb", "nb", "vi har hytte på Hovde gård like ved Bø sentrum", []string{"Hovde|LOCATION|location.proper", "Bø|LOCATION|location.place"}},
		{"nn above a place", "nn", "stølen ovanfor Fjærland er stengd", []string{"Fjærland|LOCATION|location.place"}},
		// A town that is also a first name after "i": no one is in a person.
		{"nb town also a name", "nb", "hvem sitter i formannskapet i asker nå?", []string{"asker|LOCATION|location.place"}},
		{"nb pain in a name", "nb", "jeg har vondt i kari sin rygg", nil},
		// Departments and universities by their acronyms are no places.
		{"da roads department", "da", "skriv til Vej og Park om hullet", nil},
		{"en university acronym", "en", "I got a place at NTNU this autumn", nil},
		// In lower case: the start of a route to a place, the town that ends
		// a signed message, a part of town after a comma, a Nordic street in
		// English; English verbs on -gate are none.
		{"nb route start", "nb", "glemte sekken på bussen fra moss til oslo", []string{"moss|LOCATION|location.place", "oslo|LOCATION|location.place"}},
		{"da signed town lower", "da", "ring gerne efter kl 16. hilsen mette lund, odense", []string{"odense|LOCATION|location.place"}},
		{"sv greetings from", "sv", "tack på förhand, hälsningar från lund", []string{"lund|LOCATION|location.place"}},
		{"en district after town", "en", "we rent a flat in trondheim, byasen", []string{"trondheim|LOCATION|location.place", "byasen|LOCATION|location.place"}},
		{"en nordic street", "en", "someone dumped a sofa on fjordgata last night", []string{"fjordgata|LOCATION|location.street"}},
		{"en investigate", "en", "the council will investigate and reply", nil},
		// A holiday is no place; a determiner ends a run of capitalised words.
		// A Swedish town ending in -a after a residence phrase.
		// A junction of two streets in lower case; "mellom" is no part of
		// the street; a department is no place.
		{"nb junction", "nb", "lyset er borte i krysset mellom parkgata og kirkegata", []string{"parkgata|LOCATION|location.street", "kirkegata|LOCATION|location.street"}},
		{"da waste department", "da", "din sag er sendt til Affald og Genbrug", nil},
		// A European route by its number; a food additive is none.
		{"nb E-road", "nb", "det har gått et ras over E39 ved Lavik", []string{"E39|LOCATION|location.road", "Lavik|LOCATION|location.place"}},
		{"nb additive", "nb", "inneholder denne E330?", nil},
		// The town after a signing name ends the message; a department is no
		// place.
		{"da signed town", "da", "Hvem kan hjælpe? Hilsen Inge Bach, Brande", []string{"Brande|LOCATION|location.place"}},
		{"da department", "da", "Send ansøgningen til Børn og Unge", nil},
		// How long someone has been in a country; a fund and a race are
		// no places.
		{"da been in Denmark", "da", "jeg har været i Danmark i tre år", []string{"Danmark|LOCATION|location.country"}},
		{"da a fund", "da", "der er tilskud fra Energipuljen", nil},
		{"sv a race", "sv", "hon ska åka Vasaloppet i år", nil},
		// A first name greeted is no place, whatever follows.
		{"nb greeted name", "nb", "Hei Nora. Svømmehallen er åpen til 21.", nil},
		// A place with a house number where an address is announced; not
		// a date, a year or a stay.
		{"nb place as an address", "nb", "vi bor på Bakken 7 og har fått ny søppeldunk", []string{"Bakken 7|LOCATION|location.address"}},
		{"nb place and number alone", "nb", "Brøytebilen tok postkassa igjen. Solbakken 7.", []string{"Solbakken 7|LOCATION|location.address"}},
		{"nb moving on a date", "nb", "vi flytter til Bergen 1. juli", []string{"Bergen|LOCATION|location.place"}},
		{"en years in a town", "en", "I have lived in Bergen 11 yrs", []string{"Bergen|LOCATION|location.place"}},
		{"en arrived in a year", "en", "we arrived in Bergen 2021", []string{"Bergen|LOCATION|location.place"}},
		// A stop on a route from a place.
		{"nb via", "nb", "vi kom fra Kabul via Zahedan", []string{"Kabul|LOCATION|location.place", "Zahedan|LOCATION|location.proper"}},
		{"nb via a service", "nb", "svaret kom via Digipost", nil},
		// "når" folds like "nær" but names no place after it.
		{"nn when the power goes", "nn", "alarmen piper når straumen går", nil},
		{"nn when, chat spelling", "nn", "ring oss nar straumen kjem attende", nil},
		{"da app", "da", "se tømmekalenderen i Affaldsappen", nil},
		{"nb the place is full", "nb", "sist var hele plassen full, så vi parkerte ute", nil},
		{"nn farm called", "nn", "garden heiter Nedre Haugen og ligg ved elva", []string{"Nedre Haugen|LOCATION|location.proper"}},
		{"sv square compound opening a sentence", "sv", "Parkeringsplats hittar du bakom huset", nil},
		{"en US state", "en", "my sister still lives in Oregon", []string{"Oregon|LOCATION|location.place"}},
		{"nn question word before alle", "nn", "Er alle velkomne på festen?", nil},
		{"da health centre", "da", "gruppen mødes i Sundhedscentret hver onsdag", nil},
		{"nb verbal noun in -ringen", "nb", "Innkjøringen til skolen er stengt", nil},
		{"nn country", "nn", "eg flytta til Noreg for tre år sidan", []string{"Noreg|LOCATION|location.country"}},
		{"sv town in -a", "sv", "min moster bor i sala sedan länge", []string{"sala|LOCATION|location.place"}},
		{"sv definite noun", "sv", "vi bor i skogen", nil},
		{"sv midsummer", "sv", "har ni öppet i Midsommar?", nil},
		{"en titled sentence", "en", "Where Do I Report A Problem", nil},
		// A town that is also a word, after an address or an institution and "i";
		// a holiday stay.
		{"da town after street", "da", "der mangler lys på møllevej i hammel", []string{"møllevej|LOCATION|location.street", "hammel|LOCATION|location.place"}},
		{"da holiday", "da", "vi holder ferie i hals i juli", []string{"hals|LOCATION|location.place"}},
		{"da throat", "da", "det gør ondt i hals og ryg", nil},
		// A residence phrase with an adverb in it.
		{"da lives now in", "da", "vi bor nu i ringe med børnene", []string{"ringe|LOCATION|location.place"}},
		{"nb lives alone on", "nb", "mor bor alene på sand", []string{"sand|LOCATION|location.place"}},
		{"nb lives on a place that is also a first name", "nb", "farmor bor alene på Ila og trenger hjelp", []string{"Ila|LOCATION|location.proper"}},
		{"en lives in a place that is also a first name", "en", "my aunt lives in Ely now", []string{"Ely|LOCATION|location.proper"}},
		{"nb a message from a first name", "nb", "beskjeden kom fra Ida i går", nil},
		{"nb a department is no place", "nb", "send søknaden til Helse og omsorg i kommunen", nil},
		{"nb compass point before a region", "nb", "legevakta for Nord-Hallingdal er i sentrum", []string{"Nord-Hallingdal|LOCATION|location.proper"}},
		{"nb compass point before a lowercase word", "nb", "vi har nord-vendt hage", nil},
		{"nb a side is no place", "nb", "ta til Høyre etter rundkjøringen", nil},
		{"nb a farm a little outside", "nb", "vi bor på en gård litt utenfor sentrum", nil},
		{"nn a college by its kind", "nn", "eg studerer på Høgskulen no", nil},
		{"da a department is no place", "da", "skriv til Parkering og Trafik om afgiften", nil},
		// A district named as the street of an address with a postcode.
		{"da district address", "da", "ny adresse: Nørrebro 12, 2. th, 2200 København N", []string{"Nørrebro 12, 2. th, 2200 København N|LOCATION|location.address"}},
		{"en place and a score", "en", "we beat Lund 3, 1 in the final", []string{"Lund|LOCATION|location.place"}},
		// A parliament is no place.
		{"nb parliament", "nb", "saken går videre til Stortinget", nil},
		// The genitive of a place of several words; an English floor; a
		// farm name after a street prefix with a house number.
		{"sv genitive of two words", "sv", "Vem städar Gamla stans gränder?", []string{"Gamla stans|LOCATION|location.place"}},
		{"en floor after address", "en", "I rent at Kirkegata 7, 3rd floor, since May", []string{"Kirkegata 7, 3rd floor|LOCATION|location.address"}},
		{"nn prefix and farm name", "nn", "adressa er Øvre Haugland 6", []string{"Øvre Haugland 6|LOCATION|location.address"}},
		// An unlisted name and a house number where an address is announced:
		// after an address noun and a verb of being, or beside a house.
		{"nb address is a name and number", "nb", "adressen min er nå Fjordly 3", []string{"Fjordly 3|LOCATION|location.address"}},
		{"en address it's a name and number", "en", "what do I put as my address? it's Lindely 14", []string{"Lindely 14|LOCATION|location.address"}},
		{"sv address is a name and number", "sv", "min nya adress är Ekely 9.", []string{"Ekely 9|LOCATION|location.address"}},
		{"nb beside the house, a name and number", "nb", "det er et hull i veien ved huset, Tunvoll 5, kan noen se på det", []string{"Tunvoll 5|LOCATION|location.address"}},
		// The area a plan is for.
		{"nb zoning plan for an unlisted place", "nb", "når blir reguleringsplanen for Steinsvika vedtatt?", []string{"Steinsvika|LOCATION|location.proper"}},
		{"sv behind an unlisted lake", "sv", "hunden sprang bort bakom Svartsjön i går", []string{"Svartsjön|LOCATION|location.proper"}},
		{"en lives alone on an island", "en", "my dad lives alone on hitra and has no car", []string{"hitra|LOCATION|location.place"}},
		{"nb a state agency is no place", "nb", "skjemaet ligger på nettsida til Bufetat", nil},
		{"sv around an unlisted place", "sv", "vi springer runt Kvarnberget varje kväll", []string{"Kvarnberget|LOCATION|location.proper"}},
		{"da local plan for an unlisted place", "da", "høringen om lokalplan for Engparken slutter fredag", []string{"Engparken|LOCATION|location.proper"}},
		{"nb zoning plan for a person", "nb", "reguleringsplanen for Kari sitt hus", nil},
		{"nb address is a week number", "nb", "adressen er feil i uke 3", nil},
		{"en address is a name and years", "en", "the address is Ekely 3 years old", nil},
		// An unlisted name with a house number beside which something is.
		{"sv outside a number", "sv", "lampan utanför Grönkulla 7 är trasig", []string{"Grönkulla 7|LOCATION|location.address"}},
		// An island the Danish word list holds as a word.
		{"da lowercase island", "da", "vi er flyttet til amager", []string{"amager|LOCATION|location.place"}},
		// Schools on unlisted stems in -borg and -ö; the first part of a
		// split compound and school platforms are no places.
		{"sv school on borg", "sv", "min dotter går på Ekeborgsskolan", []string{"Ekeborgsskolan|LOCATION|location.place"}},
		{"da suspended hyphen", "da", "ring til Børne- og Ungerådgivningen", nil},
		{"da school platform", "da", "beskeden ligger i Aula", nil},
		// A country ending an organisation's name; a register is no place.
		{"da agency with a country", "da", "pengene fra Udbetaling Danmark er ikke kommet", nil},
		{"nb register", "nb", "legg ved oversikt fra Gjeldsregisteret", nil},
		// A country that is also a word, after "fra"/"til"; not "op til man selv".
		{"nb from Poland", "nb", "vi kom hit fra polen i fjor", []string{"polen|LOCATION|location.country"}},
		{"da up to oneself", "da", "det er op til man selv", nil},
		{"da abbreviation ang", "da", "hvem skal jeg sige det til ang. bussen?", nil},
		// NAV and a function word; "her i" a country.
		{"sv NAV which", "sv", "jag fick ett brev från NAV som jag inte förstår", nil},
		{"da here in Norway", "da", "her i Norge ved jeg ikke hvordan det gøres", []string{"Norge|LOCATION|location.country"}},
		// An English determiner opens no street; "here in" a country.
		{"en the gate", "en", "The gate code is 4471", nil},
		{"en here in", "en", "can I vote here in Denmark?", []string{"Denmark|LOCATION|location.country"}},
		// A Danish ground floor without a side.
		{"da ground floor", "da", "jeg bor på Algade 9 st. i Roskilde", []string{"Algade 9 st.|LOCATION|location.address", "Roskilde|LOCATION|location.place"}},
		// A known street that is also a common noun, in lower case, needs a number.
		{"nn mountain road", "nn", "det er glatt på fjellvegen i dag", nil},
		{"nn mountain road number", "nn", "vi bur i fjellvegen 12", []string{"fjellvegen 12|LOCATION|location.address"}},
		// A prefixed unlisted place shaped like one, in lower case; a farm
		// whose name is also a first name.
		{"nb lowercase prefixed place", "nb", "vi bor på gården i nordre lidal", []string{"nordre lidal|LOCATION|location.proper"}},
		{"nn farm named like a person", "nn", "eg bur på garden Søre Kari", []string{"Søre Kari|LOCATION|location.proper"}},
		// A farm's name in lower case after a farm word.
		{"nn lowercase farm", "nn", "dei bur på garden bakkane i dalen", []string{"bakkane|LOCATION|location.proper"}},
		{"nb our farm", "nb", "gården vår er stor og gammel", nil},
		// Arrival in a country; a room in a student house; a pedestrian
		// street; a municipal department is no place.
		{"en came to", "en", "I have lived here since I came to Sweden", []string{"Sweden|LOCATION|location.country"}},
		{"en room in an address", "en", "send it to Skolevej 4, room 12, 8000 Aarhus", []string{"Skolevej 4, room 12, 8000 Aarhus|LOCATION|location.address"}},
		{"da pedestrian street", "da", "må man spille musik på gågaden?", nil},
		{"da department", "da", "skriv til Sundhed og Omsorg via Digital Post", nil},
		// A lowercase genitive and a street type after a preposition of place.
		{"nb lowercase genitive street", "nb", "når blir det brøytet i prinsens gate", []string{"prinsens gate|LOCATION|location.street"}},
		{"en lowercase genitive street", "en", "the lights are out on kongens gate", []string{"kongens gate|LOCATION|location.street"}},
		{"nb possessive is no street", "nb", "han bor i hans gate", nil},
		// A village the bokmål word list holds as a word, in lower case after "i".
		{"nb lowercase village", "nb", "vi flytta til mosjøen i fjor", []string{"mosjøen|LOCATION|location.place"}},
		// A country never takes the number after it; a number that counts is no house number.
		{"en country then years", "en", "My mother came from Somalia 3 years ago", []string{"Somalia|LOCATION|location.country"}},
		{"nb street then years", "nb", "vi har bodd i Solbakken 4 år nå", []string{"Solbakken|LOCATION|location.street"}},
		// A storey or a flat after the house number belongs to the address.
		{"nb storey", "nb", "hun bor i Kirkegata 12, 2. etasje, 7010 Trondheim", []string{"Kirkegata 12, 2. etasje, 7010 Trondheim|LOCATION|location.address"}},
		{"sv flat after a comma", "sv", "ny adress: Storgatan 9, lgh 1101, 753 20 Uppsala", []string{"Storgatan 9, lgh 1101, 753 20 Uppsala|LOCATION|location.address"}},
		{"nb storeys counted", "nb", "bygget i Storgata 5 er 3 etasjer høyt", []string{"Storgata 5|LOCATION|location.address"}},
		// A square with a prefix, in its definite form; a house number before
		// the street in English.
		{"sv big square", "sv", "kom till Stora torget 2 i morgon", []string{"Stora torget 2|LOCATION|location.address"}},
		{"en number before the street", "en", "my mum lives at 7 Kirkeveien now", []string{"7 Kirkeveien|LOCATION|location.street"}},
		// Towns the word lists hold as words, though no one writes them so;
		// a school named after a listed place, in lower case.
		{"nb lowercase town after i", "nb", "kontoret i kongsberg er stengt", []string{"kongsberg|LOCATION|location.place"}},
		{"da lowercase town after i", "da", "valgstedet i køge åbner kl 8", []string{"køge|LOCATION|location.place"}},
		{"nb lowercase school of a place", "nb", "sønnen går på fevikskolen", []string{"fevikskolen|LOCATION|location.place"}},
		{"sv lowercase school of a kind", "sv", "dottern går på kulturskolan", nil},
		{"nb lowercase town that is a word", "nb", "vi satt i sola hele dagen", nil},
		// A listed place that is a word too, before the word school.
		{"nb lowercase word-place school", "nb", "sønnen begynner på lunde skole i høst", []string{"lunde|LOCATION|location.place"}},
		{"nb new school", "nb", "kommunen bygger ny skole", nil},
		// The genitive of a listed town in lower case before a noun.
		{"sv lowercase genitive", "sv", "jobbar du på uppsalas bibliotek?", []string{"uppsalas|LOCATION|location.place"}},
		{"nb pronoun genitive", "nb", "hans bil står ute", nil},
		// A lowercase street on a weak suffix with a number where someone lives.
		{"sv lowercase path with number", "sv", "vi bor på björkstigen 7 sedan i våras", []string{"björkstigen 7|LOCATION|location.address"}},
		{"nb hill for two years", "nb", "vi bodde i bakken 2 år", nil},
		// A common noun on a square's suffix opening a sentence is no street.
		{"da recycling centre", "da", "Genbrugspladsen lukker kl. 17 i dag", nil},
		{"nb playground", "nb", "Lekeplassen ved skolen er stengt", nil},
		// Abbreviated and initialled street prefixes belong to the street.
		{"da Ndr. prefix", "da", "vi bor på Ndr. Strandvej 14 i stuen", []string{"Ndr. Strandvej 14|LOCATION|location.address"}},
		{"da Gl. prefix", "da", "adressen er Gl. Landevej 7", []string{"Gl. Landevej 7|LOCATION|location.address"}},
		{"da initials", "da", "jeg bor på J.P. Hansens Vej 22", []string{"J.P. Hansens Vej 22|LOCATION|location.address"}},
		// Dialect "te" for "til".
		{"nb te for til", "nb", "vi skal flytte te kristiansand neste år", []string{"kristiansand|LOCATION|location.place"}},
		{"nb tea is no preposition", "nb", "en kopp te med honning", nil},
		// Finland-Swedish towns.
		{"sv Finland-Swedish town", "sv", "min syster bor i Jakobstad och jobbar i Karleby", []string{"Jakobstad|LOCATION|location.place", "Karleby|LOCATION|location.place"}},
		{"sv lowercase Finland-Swedish town", "sv", "vi flyttade från borgå i fjol", []string{"borgå|LOCATION|location.place"}},
		// Country abbreviations only after residence, arrival or travel.
		{"en from the UK", "en", "my husband moved from the UK last year", []string{"UK|LOCATION|location.country"}},
		{"en to the U.S.", "en", "we are going to the U.S. in June", []string{"U.S.|LOCATION|location.country"}},
		{"en us is a pronoun", "en", "please let us know", nil},
		{"en UK in a general question", "en", "is this licence valid in the UK?", nil},
		{"en from the uk lowercase", "en", "my wife came here from the uk in 2019", []string{"uk|LOCATION|location.country"}},
		{"en place then from the US", "en", "we moved to Harstad from the US", []string{"Harstad|LOCATION|location.place", "US|LOCATION|location.country"}},
		{"en embassy from the US", "en", "i got a letter from the US embassy", nil},
		// A place opening an institution's name; the place of a NAV office.
		{"nb place before institution head", "nb", "vi var på Hadeland Folkemuseum i går", []string{"Hadeland|LOCATION|location.place"}},
		{"nb NAV office", "nb", "jeg har time hos NAV Sagene i morgen", []string{"Sagene|LOCATION|location.place"}},
		{"nb nav office lowercase", "nb", "nav grimstad svarer ikke på telefon", []string{"grimstad|LOCATION|location.place"}},
		// Lowercase districts and lakes from the registers.
		{"nb lowercase district after på", "nb", "får vi plass på barnehagen på slemdal", []string{"slemdal|LOCATION|location.place"}},
		{"nb lowercase lake", "nb", "er isen trygg på tyrifjorden nå?", []string{"tyrifjorden|LOCATION|location.place"}},
		// An unlisted street name after a residence phrase takes its house number.
		{"sv unlisted street with number", "sv", "vi bor på Norra Esplanaden 5 sedan i maj", []string{"Norra Esplanaden 5|LOCATION|location.address"}},
		// A country that is a word needs more than a sentence's first capital.
		{"sv Man starts a sentence", "sv", "När har de öppet? Man vill ju inte åka förgäves", nil},
		// A country that is a word, after a verb of arriving or fleeing.
		{"nb came from lowercase country", "nb", "vi kom fra polen for to år siden", []string{"polen|LOCATION|location.country"}},
		{"sv fled from", "sv", "vi flydde från syrien 2015", []string{"syrien|LOCATION|location.country"}},
		// Public bodies, portals and service desks after a preposition are no places.
		{"service desk on a street suffix", "nb", "Servicetorget har åpent til 15 i dag", nil},
		{"portal after på", "nb", "jeg får ikke logget inn på MinSide i dag", nil},
		{"agency after från", "sv", "inget beslut från Försäkringskassan ännu", nil},
		{"jobcentre after til", "da", "jeg skal ned til Jobcentret i morgen", nil},
		// Addresses, one span with postcode and place.
		{"street number", "nb", "Jeg bor i Storgata 5B og trenger hjelp", []string{"Storgata 5B|LOCATION|location.address"}},
		{"prefix street with postcode", "nb", "Adressen er Gamle Kirkevei 3, 4876 Grimstad.", []string{"Gamle Kirkevei 3, 4876 Grimstad|LOCATION|location.address"}},
		{"nordre", "nb", "hun bor i Nordre Skogvei 14, 3036 Drammen nå", []string{"Nordre Skogvei 14, 3036 Drammen|LOCATION|location.address"}},
		{"danish floor", "da", "Jeg bor på Nørrebrogade 12, 2. th. i København", []string{"Nørrebrogade 12, 2. th.|LOCATION|location.address", "København|LOCATION|location.place"}},
		{"swedish street", "sv", "Jag bor på Drottninggatan 7 sedan i fjol", []string{"Drottninggatan 7|LOCATION|location.address"}},
		{"house letter apart", "nb", "Kjøpmannsgata 14 A er adressen", []string{"Kjøpmannsgata 14 A|LOCATION|location.address"}},
		{"lowercase chat street", "nb", "kan dere hente søppel i storgata 5 i morgen", []string{"storgata 5|LOCATION|location.address"}},
		{"lowercase street after a preposition", "nb", "det er mye is på tjernsvegen i dag", []string{"tjernsvegen|LOCATION|location.street"}},
		{"lowercase swedish street after a preposition", "sv", "gatlyset på björkvägen är trasigt", []string{"björkvägen|LOCATION|location.street"}},
		{"kind of road after a preposition", "nb", "det er hull i sykkelveien ved skolen", nil},
		{"swedish kind of road after a preposition", "sv", "det är halt på cykelvägen i dag", nil},
		{"lowercase street without a preposition", "nb", "tjernsvegen er stengt", nil},
		{"number word before the house number", "nb", "jeg bor i storgata nr 12 og lurer på noe", []string{"storgata nr 12|LOCATION|location.address"}},
		{"abbreviated number word", "nb", "Adressen er Kirkegata nr. 4B.", []string{"Kirkegata nr. 4B|LOCATION|location.address"}},
		// Chat spellings of cities and districts the registers do not name.
		{"danish old aa spelling", "da", "er der gratis parkering i århus midtby", []string{"århus|LOCATION|location.place"}},
		{"danish short form and old spelling", "da", "vi flytter fra kbh til ålborg i maj", []string{"kbh|LOCATION|location.place", "ålborg|LOCATION|location.place"}},
		{"swedish short forms and district", "sv", "jobbar i sthlm men bor i gbg, i hjällbo", []string{"sthlm|LOCATION|location.place", "gbg|LOCATION|location.place", "hjällbo|LOCATION|location.place"}},
		{"swedish district capitalised", "sv", "Hur tar jag mig till simhallen från Järvafältet?", []string{"Järvafältet|LOCATION|location.place"}},
		{"danish district", "da", "Vi bor i Mjølnerparken og har problemer med varmen", []string{"Mjølnerparken|LOCATION|location.place"}},
		{"hyphenated municipality written with a space", "da", "jeg bor i høje taastrup, far i lyngby taarbæk", []string{"høje taastrup|LOCATION|location.place", "lyngby taarbæk|LOCATION|location.place"}},
		{"swedish hyphenated name written with a space", "sv", "stugan ligger i malung sälen", []string{"malung sälen|LOCATION|location.place"}},
		{"squares and quarters", "da", "vi mødes på rådhuspladsen og går til nyhavn", []string{"rådhuspladsen|LOCATION|location.place", "nyhavn|LOCATION|location.place"}},
		{"swedish quarter capitalised", "sv", "Jag bor på Söder och jobbar vid Medborgarplatsen", []string{"Söder|LOCATION|location.place", "Medborgarplatsen|LOCATION|location.street"}},
		{"swedish south is no quarter", "sv", "vi åker söder ut, det ligger söder om stan", nil},
		// Swedish infinitives and past forms of residence: flytta till, bodde i, uppvuxen i.
		{"swedish move to, infinitive", "sv", "vi ska flytta till kalmar i höst", []string{"kalmar|LOCATION|location.place"}},
		{"swedish lived in, grew up in", "sv", "jag bodde i växjö men är uppvuxen i lerum", []string{"växjö|LOCATION|location.place", "lerum|LOCATION|location.place"}},
		{"danish settled in, lived on", "da", "vi boede på amager og er nu bosat i greve", []string{"amager|LOCATION|location.place", "greve|LOCATION|location.place"}},
		// A country in lower case that is a word too (polen, the pole), right after a residence phrase.
		{"danish lowercase country that is a word", "da", "mine forældre bor i polen og min bror kommer fra armenien", []string{"polen|LOCATION|location.country", "armenien|LOCATION|location.country"}},
		{"swedish lowercase country that is a word", "sv", "jag är född i japan", []string{"japan|LOCATION|location.country"}},
		{"danish the pole", "da", "polen er frossen og flagstangen er lang", nil},
		// A holiday home, work or a commute there, lowercase.
		{"holiday home on a danish island", "da", "vi har sommerhus på amager og vil bygge carport", []string{"amager|LOCATION|location.place"}},
		{"swedish cottage in a county", "sv", "vi har sommarstuga i dalarna och undrar om eldning", []string{"dalarna|LOCATION|location.place"}},
		{"commute to a town that is a word", "nb", "jeg pendler til asker hver dag", []string{"asker|LOCATION|location.place"}},
		{"drives from a long town name", "nb", "kjører fra kongsberg hver dag", []string{"kongsberg|LOCATION|location.place"}},
		{"works in a kind of place", "nb", "jeg jobber i bank og lurer på skatten", nil},
		{"cabin on the mountain", "nb", "vi har hytte på fjellet og trenger feiing", nil},
		{"commute to work", "nb", "pendler til jobb med buss", nil},
		{"district that is a word after på", "nb", "skolen på tasta er stengt", []string{"tasta|LOCATION|location.place"}},
		{"district in capitals", "nb", "SKOLEN PÅ TASTA ER STENGT", []string{"TASTA|LOCATION|location.place"}},
		{"generic island, not the district", "nb", "det er mye is på øya", nil},
		{"sunny side, not the district", "nb", "huset ligger på solsiden", nil},
		{"outside a lowercase town", "en", "we have a farm outside tvedestrand and need a permit", []string{"tvedestrand|LOCATION|location.place"}},
		{"between two towns, danish", "da", "er vejen lukket mellem haderslev og kolding?", []string{"haderslev|LOCATION|location.place", "kolding|LOCATION|location.place"}},
		{"separate type", "nb", "Vi bor i Kong Oscars gate 12", []string{"Kong Oscars gate 12|LOCATION|location.address"}},
		{"english street", "en", "I live at 10 Downing Street in London", []string{"10 Downing Street|LOCATION|location.address", "London|LOCATION|location.place"}},
		{"street without number", "nb", "Det er mye støy i Lyngvegen om kvelden", []string{"Lyngvegen|LOCATION|location.street"}},
		{"generic road word", "nb", "motorveien var stengt i går", nil},
		{"parking place", "nb", "kan jeg stå på parkeringsplassen?", nil},
		// Postcodes.
		{"postcode place", "nb", "Send brevet til 4876 Grimstad", []string{"4876 Grimstad|LOCATION|location.postcode_place"}},
		{"danish district letter", "da", "Vi flyttede til 2200 København N sidste år", []string{"2200 København N|LOCATION|location.postcode_place"}},
		{"swedish spaced code", "sv", "Adressen är 411 19 Göteborg", []string{"411 19 Göteborg|LOCATION|location.postcode_place"}},
		{"bare postcode", "nb", "hva er søppeltømmingen for postnummer 4876?", []string{"4876|LOCATION|location.postcode"}},
		{"number is not postcode", "nb", "det koster 4876 kroner", nil},
		// Coordinates.
		{"decimal coordinates", "nb", "Bilen står på 58.3405, 8.5934 nå", []string{"58.3405, 8.5934|LOCATION|location.coordinates"}},
		{"dms coordinates", "nb", "posisjon 58°20′N 8°35′Ø ved hytta", []string{"58°20′N 8°35′Ø|LOCATION|location.coordinates"}},
		{"hemisphere first", "en", "we are at N 58.34 E 8.59 now", []string{"N 58.34 E 8.59|LOCATION|location.coordinates"}},
		{"clock time is not coordinate", "nb", "åpent 10.00-15.30", nil},
		// Places.
		{"place capitalised", "nb", "når blir det tømt på Fevik?", []string{"Fevik|LOCATION|location.place"}},
		{"place lowercase after prep", "nb", "bor pa fevik og lurer på noe", []string{"fevik|LOCATION|location.place"}},
		{"place inside institution", "nb", "Fevik skole har stengt, og Grimstad kommune svarer ikke", []string{"Fevik|LOCATION|location.place", "Grimstad|LOCATION|location.place"}},
		{"genitive", "nb", "Hva er Grimstads plan for vinteren?", []string{"Grimstads|LOCATION|location.place"}},
		{"hyphen compound", "nb", "Finnes det buss i Oslo-området?", []string{"Oslo-området|LOCATION|location.place"}},
		{"glued institution", "sv", "Mitt barn går på Skarpnäckskolan", []string{"Skarpnäckskolan|LOCATION|location.place"}},
		{"multiword county", "nb", "Gjelder dette Møre og Romsdal også?", []string{"Møre og Romsdal|LOCATION|location.place"}},
		{"swedish municipality", "sv", "Jag bor i Upplands Väsby", []string{"Upplands Väsby|LOCATION|location.place"}},
		{"district", "nb", "Skal flytte til Grünerløkka", []string{"Grünerløkka|LOCATION|location.place"}},
		{"island", "nb", "Vi har hytte på Tromøya", []string{"Tromøya|LOCATION|location.place"}},
		// Ambiguous place names.
		{"Ski with prep", "nb", "Jeg bor i Ski", []string{"Ski|LOCATION|location.place"}},
		{"ski the sport", "nb", "Vi skal gå på ski i helgen", nil},
		{"Ski kommune", "nb", "Ski kommune er slått sammen", []string{"Ski|LOCATION|location.place"}},
		{"moss plant", "en", "Moss grows on the north side of the roof", nil},
		{"Moss town", "nb", "Jeg kommer fra Moss", []string{"Moss|LOCATION|location.place"}},
		{"sola the sun", "nb", "Sola skinner i dag, og vi sitter i sola", nil},
		{"bor på sola", "nb", "jeg bor på sola", nil},
		{"bor på øya", "nb", "vi bor på øya om sommeren", nil},
		{"word-place after residence phrase", "nb", "mormor bor på sand og har ikke bil", []string{"sand|LOCATION|location.place"}},
		{"municipality that is a word after residence phrase", "nb", "vi har bodd på nes i ti år", []string{"nes|LOCATION|location.place"}},
		{"two-letter municipality after residence phrase", "nn", "eg bur på os og treng hjelp", []string{"os|LOCATION|location.place"}},
		{"two-letter word after residence phrase", "sv", "jag bor i ett hus", nil},
		{"definite noun after residence phrase", "nb", "de bor i dalen nedenfor oss", nil},
		{"generic noun after residence phrase", "nb", "vi bor på solsiden av fjorden", nil},
		{"adjective after residence phrase", "nb", "vi bor i nye leiligheter", nil},
		{"word-place without residence phrase", "nb", "det ligger sand på veien", nil},
		{"municipality that is a word, with kommune", "nb", "jeg jobber i vik kommune", []string{"vik|LOCATION|location.place"}},
		{"two-letter municipality with kommune", "nb", "hva gjør ås kommune med veien", []string{"ås|LOCATION|location.place"}},
		{"swedish municipality that is a word, with kommun", "sv", "kontakta lund kommun", []string{"lund|LOCATION|location.place"}},
		{"village that is a word, with kommune", "nb", "vi har snakket med en kommune", nil},
		{"place that is a word joined to one that is none", "nb", "veien mellom evje og byglandsfjord er stengt", []string{"evje|LOCATION|location.place", "byglandsfjord|LOCATION|location.place"}},
		{"word joined to a place", "nb", "vi har sand og grus i grimstad", []string{"grimstad|LOCATION|location.place"}},
		{"route end that is a word", "nb", "bussen fra grimstad til ski går sjelden", []string{"grimstad|LOCATION|location.place", "ski|LOCATION|location.place"}},
		{"route end, danish", "da", "toget fra roskilde til vejle var forsinket", []string{"roskilde|LOCATION|location.place", "vejle|LOCATION|location.place"}},
		{"route from a word", "nb", "fra sand til grus", nil},
		{"route end a generic noun", "nb", "kjør fra grimstad til sentrum", []string{"grimstad|LOCATION|location.place"}},
		{"hell english", "en", "what the hell is this", nil},
		{"directions", "nb", "ta til høyre ved rundkjøringen", nil},
		{"generic places", "nb", "Er det parkering i sentrum eller ved skolen?", nil},
		{"nationality", "nb", "Jeg er polsk og snakker norsk", nil},
		{"intro name not place", "nb", "Hei, jeg heter Molde", nil},
		// Unlisted places by their grammar.
		{"proper noun after locative", "nb", "Mormor bor på Kvitneset nå", []string{"Kvitneset|LOCATION|location.proper"}},
		{"proper noun before school", "nn", "Dottera går på Breiviktunet skule", []string{"Breiviktunet|LOCATION|location.proper"}},
		{"coordinated with known place", "nb", "Bussen mellom Grimstad og Kvitneset er innstilt", []string{"Grimstad|LOCATION|location.place", "Kvitneset|LOCATION|location.proper"}},
		{"organisation after ring til", "nb", "Du kan ringe til Kirkens SOS i natt", nil},
		{"agency after av", "nb", "Saken behandles av Statsforvalteren", nil},
		{"kindergarten attended", "da", "Min søn går i Regnbuen hver dag", nil},
		{"masked word before prep", "sv", "Han har blivit [HEALTH] på Kvarnviken igen", nil},
		{"prefixed unlisted place", "nb", "Vi bor på Nedre Kvitmyr og lurer på noe", []string{"Nedre Kvitmyr|LOCATION|location.proper"}},
		{"genitive organisation", "nb", "Søknaden sendes til Statens vegvesen", nil},
		{"country inside agency name", "da", "Kontakt Udbetaling Danmark om pension", nil},
		{"brand after prep", "nb", "Jeg fant det på Facebook", nil},
		{"acronym after prep", "nb", "Han går på SFO etter skolen", nil},
		{"month after prep", "en", "We will move in August", nil},
		{"lowercase separate street type", "nb", "bor i henrik ibsens gate 14 nå", []string{"henrik ibsens gate 14|LOCATION|location.address"}},
		{"prefix and type", "nb", "Adresse: Søndre gate 3, 7011 Trondheim", []string{"Søndre gate 3, 7011 Trondheim|LOCATION|location.address"}},
		{"named address with postcode", "nb", "Kontoret ligger på Bryggen 12, 5003 Bergen", []string{"Bryggen 12, 5003 Bergen|LOCATION|location.address"}},
		{"flat number", "sv", "jag bor på Storgatan 3 lgh 1201", []string{"Storgatan 3 lgh 1201|LOCATION|location.address"}},
		{"property designation", "sv", "Fastighetsbeteckning Björkhagen 7:15 stämmer inte", []string{"Björkhagen 7:15|LOCATION|location.address"}},
		{"clock is not property", "nb", "Vi åpner Kl 10:30 i dag", nil},
		{"swedish code named earlier", "sv", "vilket postnummer har vi? jag tror det är 411 19", []string{"411 19|LOCATION|location.postcode"}},
		{"lowercase street and place", "nb", "hei, jeg bor i storgata 12 på lillehammer", []string{"storgata 12|LOCATION|location.address", "lillehammer|LOCATION|location.place"}},
		{"genitive street with postcode", "nb", "Send til Olav Tryggvasons gate 24, 7011 Trondheim", []string{"Olav Tryggvasons gate 24, 7011 Trondheim|LOCATION|location.address"}},
		{"danish full address", "da", "Jeg bor på Vesterbrogade 45, 3. tv, 1620 København V", []string{"Vesterbrogade 45, 3. tv, 1620 København V|LOCATION|location.address"}},
		{"english address", "en", "I live at 14 Kings Road, London", []string{"14 Kings Road|LOCATION|location.address", "London|LOCATION|location.place"}},
		{"british city in lower case", "en", "we moved here from sheffield in march", []string{"sheffield|LOCATION|location.place"}},
		{"home town of a newcomer", "nb", "jeg kommer fra erbil og vil ta norskkurs", []string{"erbil|LOCATION|location.place"}},
		{"postcode asked", "nb", "Hva er postnummeret til Fevik? Er det 4870?", []string{"Fevik|LOCATION|location.place", "4870|LOCATION|location.postcode"}},
		{"lowercase after prep", "nb", "hvor er nærmeste legevakt i arendal?", []string{"arendal|LOCATION|location.place"}},
		{"long municipal name lowercase", "nb", "hun jobber i kongsberg og bor i hokksund", []string{"kongsberg|LOCATION|location.place", "hokksund|LOCATION|location.place"}},
		{"town that spells a word after i", "nb", "treff for ungdom i drammen og i rælingen", []string{"drammen|LOCATION|location.place", "rælingen|LOCATION|location.place"}},
		{"word sense after i is kept out", "nb", "det er brudd i strømmen, og i kampen i dag", nil},
		{"generic street noun with house number", "nb", "jeg bor i kirkeveien 12 og", []string{"kirkeveien 12|LOCATION|location.address"}},
		{"lowercase strong suffix with house number", "nb", "vi bor i bjørnebærstien 4 nå", []string{"bjørnebærstien 4|LOCATION|location.address"}},
		{"lowercase strong suffix, a count", "nb", "ta svingen 2 ganger til", nil},
		{"lowercase counted place", "nb", "vi trenger parkeringsplass 3 dager i uka", nil},
		{"agder neighbourhood lowercase", "nb", "bussen fra justvik til landvik er alltid sen", []string{"justvik|LOCATION|location.place", "landvik|LOCATION|location.place"}},
		{"oslo district without its umlaut", "nb", "jeg bor på grunerløkka", []string{"grunerløkka|LOCATION|location.place"}},
		{"en lives on a lowercase street", "en", "i live on elvegata near the school", []string{"elvegata|LOCATION|location.street"}},
		{"en lives on benefits", "en", "i live on benefits and need help", nil},
		{"a day after a lowercase path name is no house number", "nb", "flytter til lyngstien 1. juni", nil},
		{"lowercase strong suffix ending a sentence", "nb", "bor i lyngstien 4. kan dere hjelpe", []string{"lyngstien 4|LOCATION|location.address"}},
		{"generic street noun with a quantity", "nb", "kjør motorveien 3 mil nordover", nil},
		{"abbreviated street without dot", "nb", "bor i Kirkegt 14 nå", []string{"Kirkegt 14|LOCATION|location.address"}},
		{"weekday and number is no street", "nb", "Lørdag 14 er det stengt", nil},
		{"shop chain is no place", "sv", "när töms glasigloon vid Ica på torget?", nil},
		{"place before a recycling station", "nb", "Når stenger Holmen gjenvinningsstasjon?", []string{"Holmen|LOCATION|location.proper"}},
		{"property designation", "nb", "byggesøknad for gnr. 45 bnr. 12 og gnr 7/3", []string{"gnr. 45 bnr. 12|LOCATION|location.cadastral", "gnr 7/3|LOCATION|location.cadastral"}},
		{"danish property number", "da", "matr.nr. 12a er solgt", []string{"matr.nr. 12a|LOCATION|location.cadastral"}},
		{"numbers that are no property", "nb", "svar på nr 5 og fnr", nil},
		{"district or town after residence phrase", "nb", "vi bor på tøyen, mor bor i molde", []string{"tøyen|LOCATION|location.place", "molde|LOCATION|location.place"}},
		{"inflected noun lowercase", "nb", "vi møttes på plassen utenfor", nil},
		{"nationality lowercase", "nb", "kommer fra polen? nei, jeg snakker norsk", []string{"polen|LOCATION|location.country"}},
		{"unlisted code in address", "sv", "Skicka till Storgatan 12A, 123 45 Stockholm tack", []string{"Storgatan 12A, 123 45 Stockholm|LOCATION|location.address"}},
		{"post box", "nb", "Send til Postboks 123, 4876 Grimstad", []string{"Postboks 123, 4876 Grimstad|LOCATION|location.address"}},
		{"abbreviated street", "nb", "Adressen er Storgt. 5, 4876 Grimstad", []string{"Storgt. 5, 4876 Grimstad|LOCATION|location.address"}},
		{"abbreviated vei", "nb", "Bor i Kirkevn. 12B nå", []string{"Kirkevn. 12B|LOCATION|location.address"}},
		{"sentence end is no abbreviation", "nb", "Vi kom fra Vinmonopolet. 5 flasker", nil},
		// Countries.
		{"country from", "nb", "Jeg kommer fra Syria og trenger tolk", []string{"Syria|LOCATION|location.country"}},
		{"country lives", "nb", "Mor bor i Spania nå", []string{"Spania|LOCATION|location.country"}},
		{"country moved", "en", "We moved from Poland last year", []string{"Poland|LOCATION|location.country"}},
		{"country general", "nb", "Hvor mange kommuner er det i Norge?", nil},
		{"foreign country in", "da", "Min familie er stadig i Libanon", []string{"Libanon|LOCATION|location.country"}},
		{"country as adjective", "nb", "Jeg snakker polsk og litt tysk", nil},
		// Schools named after an unlisted neighbourhood; schools of a kind.
		{"sv school on a hill", "sv", "Min dotter går på Tallbackaskolan", []string{"Tallbackaskolan|LOCATION|location.place"}},
		{"da school in a field", "da", "Han går i 2. klasse på Søndervangskolen", []string{"Søndervangskolen|LOCATION|location.place"}},
		{"sv school with a linking s", "sv", "Rosenlundsskolan har studiedag", []string{"Rosenlundsskolan|LOCATION|location.place"}},
		{"sv arts school", "sv", "Kulturskolan har konsert i kväll", nil},
		{"nb Waldorf school", "nb", "Hun har fått plass på Waldorfskolen", nil},
		{"sv vocational college", "sv", "Yrkeshögskolan har antagning i maj", nil},
		{"sv English school", "sv", "Han går på Engelska skolan", nil},
		// Words and abbreviations that fold like places.
		{"sv question after a place", "sv", "Jag bor i Lund. Vad gör jag nu?", []string{"Lund|LOCATION|location.place"}},
		{"sv shall after a place", "sv", "Vi bor i Lund. Ska vi ringa?", []string{"Lund|LOCATION|location.place"}},
		{"sv question labelled english", "en", "Vad händer då?", nil},
		{"da regarding opening", "da", "Ang. min søns plads i SFO", nil},
		{"da regarding after greeting", "da", "Hej Ang. tilskud til briller", nil},
		{"nb after-school place", "nb", "Når får vi SFO-plass?", nil},
		{"da after-school place", "da", "Vi mangler en SFO-plads", nil},
		{"nb nursery name", "nb", "Han går i Solstrålen barnehage", nil},
		// A farm's name before "gard", not a genitive; nynorsk "straumen"
		// (the power) opening a sentence; a Danish supermarket.
		{"nn farm name before gard", "nn", "vi har overteke gamle Brekkhus gard i Voss", []string{"Brekkhus|LOCATION|location.proper", "Voss|LOCATION|location.place"}},
		{"nb genitive before gård", "nb", "dyrene på Olsens gård er solgt", nil},
		{"nn the power is out", "nn", "Straumen kom ikkje tilbake før i kveld", nil},
		{"da supermarket", "da", "kan nogen hente varer for mig i Brugsen?", nil},
		// A name on a weak suffix, a separate street type and a house
		// number; a district of Aalborg.
		{"da weak-suffix name before Allé", "da", "vi bor på Kildevang Allé 4 i Valby", []string{"Kildevang Allé 4|LOCATION|location.address", "Valby|LOCATION|location.place"}},
		{"da place before Torv", "da", "hans lejlighed på Brønshøj Torv 4 har trapper", []string{"Brønshøj Torv 4|LOCATION|location.address"}},
		{"da Aalborg district", "da", "skolen i Vejgaard gør ingenting", []string{"Vejgaard|LOCATION|location.place"}},
		// A light rail's name is no place.
		{"nn light rail", "nn", "Støyen frå Bybanen er verst om natta", nil},
		// A farm's name with a point of the compass before it.
		{"nb prefixed farm name", "nb", "vi bor på Nordre Lie gård og har sauer", []string{"Nordre Lie|LOCATION|location.proper"}},
		{"da nursery name", "da", "Hun går i Troldehøjen Børnehave", nil},
		{"nb nursery at a place", "nb", "Han går i Fevik barnehage", []string{"Fevik|LOCATION|location.place"}},
		{"sv hospital", "sv", "Han ligger på Sahlgrenska sjukhuset", nil},
		{"nb county governor", "nb", "Jeg har klaget til Statsforvalteren", nil},
		// Farms: the prefix belongs to the name; a farm word announces one.
		{"nb farm with a prefix", "nb", "Vi bor på gården Søre Moen", []string{"Søre Moen|LOCATION|location.place"}},
		{"nb prefixed farm bought", "nb", "De har kjøpt Øvre Sletten", []string{"Øvre Sletten|LOCATION|location.proper"}},
		{"nn farm named", "nn", "Garden Vestre Haugen skal seljast", []string{"Vestre Haugen|LOCATION|location.proper"}},
		{"nb lowercase prefixed place", "nb", "vi bor på nordre nes", []string{"nordre nes|LOCATION|location.place"}},
		{"nn small farm", "nn", "Vi bur på Vesle Kjeldsberg", []string{"Vesle Kjeldsberg|LOCATION|location.proper"}},
		{"nb unlisted farm", "nb", "Vi har kjøpt småbruket Brattbakken", []string{"Brattbakken|LOCATION|location.proper"}},
		{"nb large parts", "nb", "Store deler av kommunen er uten strøm", nil},
		{"nb upper floor", "nb", "Kontoret er på øvre etasje", nil},
		{"en garden", "en", "We have a garden Tom loves", nil},
		// Going home to a country.
		{"en home to a country", "en", "My aunt goes home to Romania next week", []string{"Romania|LOCATION|location.country"}},
		{"en back home", "en", "He went back home to Poland", []string{"Poland|LOCATION|location.country"}},
		{"sv home to a country", "sv", "Hon åker hem till Polen i sommar", []string{"Polen|LOCATION|location.country"}},
		// A town that is no word and no name, in lower case anywhere.
		{"en lowercase city", "en", "we love gothenburg and aalborg", []string{"gothenburg|LOCATION|location.place", "aalborg|LOCATION|location.place"}},
		{"nb lowercase town no word", "nb", "prisene i hele lillehammer har steget", []string{"lillehammer|LOCATION|location.place"}},
		// A street and number before a comma and a postcode, in lower case.
		{"da lowercase address", "da", "send brevet til møllevej 3, 5000 odense c tak", []string{"møllevej 3, 5000 odense c|LOCATION|location.address"}},
		{"sv house letter", "sv", "min adress är björkgatan 4 c, 931 33 skellefteå", []string{"björkgatan 4 c, 931 33 skellefteå|LOCATION|location.address"}},
		{"nb unlisted street before code", "nb", "adressa er ekornrud 9, 2040 kløfta", []string{"ekornrud 9, 2040 kløfta|LOCATION|location.postcode_place"}},
		{"nb po box", "nb", "svar til postboks 88, 8601 mo i rana", []string{"postboks 88, 8601 mo i rana|LOCATION|location.postcode_place"}},
		// A code of the right shape after a preposition, before a place no word.
		{"sv unlisted code after i", "sv", "vi bor i 981 99 kiruna nu", []string{"981 99 kiruna|LOCATION|location.postcode_place"}},
		{"nb year before a word place", "nb", "siden 2019 ski har jeg", nil},
		// A Danish floor between number and postcode; a two-letter street prefix.
		{"da floor then code", "da", "Adressen er Algade 3, 1. tv., 4000 Roskilde", []string{"Algade 3, 1. tv., 4000 Roskilde|LOCATION|location.address"}},
		{"nb detour is no street", "nb", "vi tok en omvei hjem", nil},
		// Clearing and lighting a road confirm a lowercase street name.
		{"nb lowercase street ploughed", "nb", "når blir bjørkelundgata brøytet", []string{"bjørkelundgata|LOCATION|location.street"}},
		{"sv lowercase street ploughed", "sv", "ni har inte plogat tallvägen", []string{"tallvägen|LOCATION|location.street"}},
		{"nn school road is no street", "nn", "gatelysa langs skulevegen er øydelagde", nil},
		// A municipality shaped like a definite noun, after living in it.
		{"nb live in Sola", "nb", "vi bor i sola og har to barn", []string{"sola|LOCATION|location.place"}},
		{"nn lived in Hol", "nn", "farfar budde i hol heile livet", []string{"hol|LOCATION|location.place"}},
		{"nb sitting in the sun", "nb", "vi satt i sola hele dagen", nil},
		{"en back in the UK", "en", "back in the UK we paid less", []string{"UK|LOCATION|location.country"}},
		// A county of before 2024, named with "og".
		{"nb old county", "nb", "vi flyttet fra Troms og Finnmark i fjor", []string{"Troms og Finnmark|LOCATION|location.place"}},
		// The Danish ground floor written "st." before the postcode.
		{"da ground floor and postcode", "da", "min adresse er Søndergade 4, st., 7100 Vejle", []string{"Søndergade 4, st., 7100 Vejle|LOCATION|location.address"}},
		// A care home is where it is, even in a town shaped like a definite noun.
		{"sv group home in a town", "sv", "min moster bor på ett gruppboende i kumla", []string{"kumla|LOCATION|location.place"}},
		{"sv new in the country", "sv", "vi är nya i sverige och behöver hjälp", []string{"sverige|LOCATION|location.country"}},
		// The town after the house number, written together without a postcode.
		{"da address and town", "da", "jeg bor på Algade 5, Ringsted og har et spørgsmål", []string{"Algade 5, Ringsted|LOCATION|location.address"}},
		// A Trondheim district the registers do not name; municipal units are no places.
		{"en Trondheim district", "en", "we moved from Oslo to Lade last year", []string{"Oslo|LOCATION|location.place", "Lade|LOCATION|location.place"}},
		{"da a municipal unit", "da", "klagen er sendt til Teknik og Miljø", nil},
		// Monday only folds to the island of Møn; a time is no house number.
		{"en Monday to Friday", "en", "the pool is open Mon–Fri 07:00–21:00", nil},
		{"da the island", "da", "vi har sommerhus på Møn", []string{"Møn|LOCATION|location.place"}},
		{"en back in the uk", "en", "back in the uk we had a GP nearby", []string{"uk|LOCATION|location.country"}},
		{"nb address and a name", "nb", "Storgata 3, Per Olsen", []string{"Storgata 3|LOCATION|location.address"}},
		{"en weekday abbreviations", "en", "the depot in Tromsø is open Tue 08:00-15:00", []string{"Tromsø|LOCATION|location.place"}},
		// A weekday in the plural is no street before a time.
		{"en weekdays before a time", "en", "the office in Bergen is open Tuesdays 10:00-14:00", []string{"Bergen|LOCATION|location.place"}},
		// The other end of a route from or to a known place, though it is
		// also a surname.
		{"nn ferry route to a surname place", "nn", "ferja frå Flesland til Oppedal er innstilt", []string{"Flesland|LOCATION|location.place", "Oppedal|LOCATION|location.proper"}},
		{"nb main street in lower case after a preposition", "nb", "det er stengt i storgata hele helga", []string{"storgata|LOCATION|location.street"}},
		{"nb road named after a town in lower case", "nb", "bor i trondheimsveien sammen med samboer", []string{"trondheimsveien|LOCATION|location.street"}},
		{"nb a town's main street as a common noun", "nb", "byens storgate trenger nye benker", nil},
		{"nb lowercase place after a preposition", "nb", "brøytebilen sto fast på granlimoen i natt", []string{"granlimoen|LOCATION|location.proper"}},
		{"nb a heap after a preposition is no place", "nb", "katten gravde seg inn i snøhaugen", nil},
		{"nb lowercase place naming a school", "nb", "er det ledig plass på furumoen skole til høsten?", []string{"furumoen|LOCATION|location.proper"}},
		{"nn lowercase island naming a school", "nn", "kva tid startar skulen på kvaløy skule?", []string{"kvaløy|LOCATION|location.proper"}},
		{"nb closing the kindergarten", "nb", "de vil stenge barnehagen neste år", nil},
		{"nb lowercase place naming a housing cooperative", "nb", "mange bor i lindåsen borettslag", []string{"lindåsen|LOCATION|location.proper"}},
		{"en house number before a lowercase Nordic street", "en", "send it to my flat, 21 solveien, please", []string{"21 solveien|LOCATION|location.street"}},
		{"nb lowercase end of a boat's route", "nb", "båten fra bodø til kvitsund går ikke i dag", []string{"bodø|LOCATION|location.place", "kvitsund|LOCATION|location.proper"}},
		{"nb a commute to work is no route's end", "nb", "bussen fra moss til jobb er full", []string{"moss|LOCATION|location.place"}},
		{"nb a hill that is no heap after a preposition", "nb", "bilen sto parkert ved furuhaugen i natt", []string{"furuhaugen|LOCATION|location.proper"}},
		{"nb lowercase place before a relative clause", "nb", "en passering på granholm som jeg ikke kjenner", []string{"granholm|LOCATION|location.proper"}},
		{"nb lowercase farm after a point of the compass", "nb", "postkassa på nedre skjerland er knust", []string{"nedre skjerland|LOCATION|location.proper"}},
		{"nb lower part of town is no place", "nb", "vi bor i nedre del av byen", nil},
		{"nb place before an adverb of place", "nb", "vi bor på kvitberget oppi lia", []string{"kvitberget|LOCATION|location.proper"}},
		{"nb farm on -heim after a preposition", "nb", "kan vi få ny dunk på gunnarsheim?", []string{"gunnarsheim|LOCATION|location.proper"}},
		{"nb nursing home is no farm", "nb", "hun bor på sjukeheim nå", nil},
		{"nb lowercase town after via", "nb", "bussen går via stjørdal i dag", []string{"stjørdal|LOCATION|location.place"}},
		{"en lowercase island after on", "en", "we have a summer house on tjøme", []string{"tjøme|LOCATION|location.place"}},
		{"da lowercase town after mod", "da", "vi kører mod silkeborg", []string{"silkeborg|LOCATION|location.place"}},
		{"en a capitalised holiday after on is no place", "en", "we are closed on Easter Monday", nil},
		{"nb a word-place placed in a town", "nb", "jeg jobber på brekke i lillesand", []string{"brekke|LOCATION|location.place", "lillesand|LOCATION|location.place"}},
		{"nb skiing in a town is no place", "nb", "vi var på ski i oslo", []string{"oslo|LOCATION|location.place"}},
		{"da cadastral number with its district", "da", "vi ejer matr.nr. 3c Hvidovre By og vil bygge", []string{"matr.nr. 3c Hvidovre By|LOCATION|location.cadastral"}},
		{"da cadastral number alone", "da", "ejendommen matr.nr. 4 er solgt", []string{"matr.nr. 4|LOCATION|location.cadastral"}},
		{"nb lowercase compass street with a number", "nb", "vi bor i nedre gate 12 nå", []string{"nedre gate 12|LOCATION|location.address"}},
		{"en lowercase compass street after on", "en", "the bin was not emptied on søndre gate", []string{"søndre gate|LOCATION|location.street"}},
		{"nb a new road is no street", "nb", "vi skal bygge ny vei", nil},
		{"da lowercase town after gennem", "da", "den nye vej gennem ebeltoft", []string{"ebeltoft|LOCATION|location.place"}},
		{"nb a ferry between two unlisted quays", "nb", "ferja fra halsvik til kvernhamn går ikke", []string{"halsvik|LOCATION|location.proper", "kvernhamn|LOCATION|location.proper"}},
		{"nb a ferry from morning to evening", "nb", "ferja går fra morgen til kveld", nil},
		{"nn a bus between common nouns", "nn", "bussen frå torget til skulen går kvar time", nil},
		{"nb lowercase street on a weak suffix with a short number", "nb", "naboen på furubakken 3 har ikke vært ute", []string{"furubakken 3|LOCATION|location.address"}},
		{"nb a hill three times is no address", "nb", "han falt i bakken 3 ganger", nil},
		{"da outside a town that is a surname too", "da", "de har et sommerhus uden for thisted", []string{"thisted|LOCATION|location.place"}},
		{"da south of a town", "da", "vi bor syd for aarhus", []string{"aarhus|LOCATION|location.place"}},
		{"nb a lowercase islet before a modal", "nb", "vindmøllene på kvitholmen må vekk", []string{"kvitholmen|LOCATION|location.proper"}},
		{"nb a lowercase bridge named after a town", "nb", "kø på fredrikstadbrua hver morgen", []string{"fredrikstadbrua|LOCATION|location.place"}},
		{"nb a compass point and a listed place after from", "nb", "bussen fra søndre lillestrøm er sen", []string{"søndre lillestrøm|LOCATION|location.place"}},
		{"nb a child called little after to", "nb", "bursdagskort til lille lund", nil},
		{"nb a church road the word lists hold", "nb", "naboen på kirkeveien er syk", []string{"kirkeveien|LOCATION|location.street"}},
		{"nb a move between two places that are words", "nb", "vi flyttet fra moss til sand i fjor", []string{"moss|LOCATION|location.place", "sand|LOCATION|location.place"}},
		{"nn a southern part after from", "nn", "skyss frå søre ål", []string{"søre ål|LOCATION|location.place"}},
		{"en a lowercase address", "en", "we used to live at 27 orchard lane", []string{"27 orchard lane|LOCATION|location.address"}},
		{"en hours on the road are no address", "en", "we waited 2 hours on the road", nil},
		{"en an island named", "en", "my aunt lives on an island called træna", []string{"træna|LOCATION|location.place"}},
		{"en contracts in person", "en", "please bring the contracts in person", nil},
		{"da a job centre's town", "da", "jeg har møde i jobcenter odense", []string{"odense|LOCATION|location.place"}},
		{"da a town given as an answer", "da", "odense", []string{"odense|LOCATION|location.place"}},
		{"nb a country given as an answer", "nb", "sverige", []string{"sverige|LOCATION|location.country"}},
		{"nb a thank-you is no place", "nb", "ja takk", nil},
		{"nb a town misspelt by one letter", "nb", "hun har flyttet til haugesnd", []string{"haugesnd|LOCATION|location.typo"}},
		{"nb a word one letter from a town", "nb", "i første omgang", nil},
		{"nb a possessive after a farm word", "nb", "hun vil ikke selge småbruket sitt", nil},
		{"en a department is no place", "en", "ask them in Building", nil},
		{"sv near a town", "sv", "stugan ligger nära visby", []string{"visby|LOCATION|location.place"}},
		{"nb a northern bay after a residence phrase", "nb", "vi bor på hamnbogen i tromsø", []string{"hamnbogen|LOCATION|location.proper", "tromsø|LOCATION|location.place"}},
		{"da the land register is no place", "da", "det skal registreres i tingbogen", nil},
		{"nn emergency foster home is no place", "nn", "guten bur i beredskapsheim og går på skule", nil},
		{"sv adult education is no place", "sv", "jag pluggar engelska på Komvux nu", nil},
		{"nn a house named after a place", "nn", "møtet er på Ørstahuset i kveld", []string{"Ørstahuset|LOCATION|location.place"}},
		{"nb the tax collector is no place", "nb", "jeg har fått et brev fra Kemneren", nil},
		{"sv which road is no street", "sv", "Vilken väg ska jag ta till skolan?", nil},
		{"nn home in a country", "nn", "eg røystar heime i Noreg", []string{"Noreg|LOCATION|location.country"}},
		{"nb a country one lives in now", "nb", "kan jeg stemme i Sverige når jeg bor her?", []string{"Sverige|LOCATION|location.country"}},
		{"da the placement office is no place", "da", "du finder din plads i Pladsanvisningen", nil},
		{"nb a former municipality", "nb", "vi flyttet fra Lenvik i fjor", []string{"Lenvik|LOCATION|location.place"}},
		{"nb a district of a town", "nb", "hun bor i Oslo Øst nå", []string{"Oslo Øst|LOCATION|location.place"}},
		{"nb the welfare office is no place", "nb", "jeg har møte på Nav i morgen", nil},
		{"nb an English lane abbreviation in capitals is no lane", "nb", "VI TØR IKKE LA HAN GÅ ALENE, han trenger hjelp", nil},
		{"nb all in capitals is no avenue", "nb", "GJELDER DET TIL ALLE SOM BOR HER? lurer bare", nil},
		{"nb route from a name ending in s", "nb", "ferja fra Storenes til Molde er innstilt", []string{"Storenes|LOCATION|location.proper", "Molde|LOCATION|location.place"}},
		{"en left a country", "en", "we left Eritrea when I was ten", []string{"Eritrea|LOCATION|location.country"}},
		{"da a lane written without æ", "da", "vi bor i kirkestraede 4", []string{"kirkestraede 4|LOCATION|location.address"}},
		{"nb a while ago is no place", "nb", "jeg var innom biblioteket i stad", nil},
		{"nb a square in Oslo", "nb", "vi møtes ved Youngstorget klokka tre", []string{"Youngstorget|LOCATION|location.street"}},
		{"sv a Stockholm district before a school", "sv", "min dotter går på Tallkrogens skola", []string{"Tallkrogens|LOCATION|location.place"}},
		{"sv a Gothenburg district", "sv", "vi flyttade till Kålltorp i våras", []string{"Kålltorp|LOCATION|location.place"}},
		{"da a school platform is no place", "da", "du kan ændre det i Lectio", nil},
		{"nb the Canary Islands", "nb", "vi skal til Kanariøyene i vinter", []string{"Kanariøyene|LOCATION|location.place"}},
		{"nb living in a neighbouring country", "nb", "kona mi er fortsatt registrert i Danmark", []string{"Danmark|LOCATION|location.country"}},
		{"nb a neighbouring country in general", "nb", "er det gratis skolemat i Sverige?", nil},
		{"nb a body of the municipality after a preposition", "nb", "vi har meldt fra til Miljørettet helsevern", nil},
		{"da a church of Our Lady", "da", "der er koncert i Vor Frue Kirke i aften", nil},
		{"da a common named after a town", "da", "vi mødes i Odense Fælled på lørdag", []string{"Odense Fælled|LOCATION|location.place"}},
		{"sv walking round a lake", "sv", "kan man gå runt Hökasjön på en timme?", []string{"Hökasjön|LOCATION|location.proper"}},
		{"nb the town centre stays the town", "nb", "jeg bor i Moss sentrum", []string{"Moss|LOCATION|location.place"}},
		{"nb a headland ending in s before a verb", "nb", "stien til Ravnsnes er stengt etter rasene", []string{"Ravnsnes|LOCATION|location.proper"}},
		{"nb an organisation named with nature", "nb", "jeg er med i Natur og Ungdom", nil},
		{"nb a web portal is no place", "nb", "du melder fra i Elevportalen innen fredag", nil},
		{"nb a debt collector is no place", "nb", "fikk brev fra Kredinor om en gammel regning", nil},
		{"nb ferry to an unlisted islet", "nb", "ferja til storholmen går ikke i dag", []string{"storholmen|LOCATION|location.proper"}},
		{"nb ferry between two unlisted places", "nb", "båten mellom ramsvik og hestholmen er innstilt", []string{"ramsvik|LOCATION|location.proper", "hestholmen|LOCATION|location.proper"}},
		{"nb ferry to a common noun", "nb", "ferja til stranden er full i helgene", nil},
		{"en an island the registers lack", "en", "we rent a cabin on Magerøya every summer", []string{"Magerøya|LOCATION|location.place"}},
		{"nb the whole of a listed place", "nb", "det er glatt på hele fevik i dag", []string{"fevik|LOCATION|location.place"}},
		{"da the whole of a listed town", "da", "der er ingen vand i hele skagen", []string{"skagen|LOCATION|location.place"}},
		{"nb the whole body is no place", "nb", "han har utslett på hele kroppen", nil},
		{"nb the town of an address that is a word", "nb", "vi bor i fjordveien 8, sand og har ikke fått post", []string{"fjordveien 8|LOCATION|location.address", "sand|LOCATION|location.place"}},
		{"nb a former municipality of two words", "nb", "Skolebarn fra Nedre Eiker møtes i Drammen", []string{"Nedre Eiker|LOCATION|location.place", "Drammen|LOCATION|location.place"}},
		{"nb a river", "nb", "vannstanden i Glomma stiger", []string{"Glomma|LOCATION|location.place"}},
		{"nb ferry between a name ending in s and another", "nb", "ferja mellom Skjellnes og Kvitvika går to ganger", []string{"Skjellnes|LOCATION|location.proper", "Kvitvika|LOCATION|location.proper"}},
		{"nb a service place is no square", "nb", "når får vi svar om SFO plass til høsten?", nil},
		{"nb country in lower case", "nb", "vi kom hit fra kosovo i 1999", []string{"kosovo|LOCATION|location.country"}},
		{"en had to leave a country", "en", "she had to leave Eritrea in 2019", []string{"Eritrea|LOCATION|location.country"}},
		{"nb giving birth in a country", "nb", "jeg skal føde i Danmark i mars", []string{"Danmark|LOCATION|location.country"}},
		{"nn a shared road is a common noun", "nn", "kven brøyter fellesvegen vår no?", nil},
		{"nb national road by number", "nb", "veien er stengt på Rv 9 ved Bykle", []string{"Rv 9|LOCATION|location.road", "Bykle|LOCATION|location.place"}},
		{"nb county road joined", "nb", "det er ras på fv. 17 igjen", []string{"fv. 17|LOCATION|location.road"}},
		{"nb a bus route is no road", "nb", "rute 12 er innstilt i dag", nil},
		{"en a camper is no road", "en", "we parked the RV 3 metres from the fence", nil},
		{"da cycle path opening a sentence", "da", "Gangstien er lukket i weekenden", nil},
		{"nb farm up in a valley", "nb", "vi har en gård oppe i Valdres", []string{"Valdres|LOCATION|location.place"}},
		{"nb a letting site is no place", "nb", "naboen leier ut på Airbnb hver helg", nil},
		{"nb address in a country", "nb", "adressen min i Norge blir Kirkeveien 4", []string{"Norge|LOCATION|location.country", "Kirkeveien 4|LOCATION|location.address"}},
		{"nb a university is no place", "nb", "hun studerer ved Chalmers i Göteborg", []string{"Göteborg|LOCATION|location.place"}},
		{"nb lowercase short street with number", "nb", "vi bor i nyveien 7 nå", []string{"nyveien 7|LOCATION|location.address"}},
		{"nb lowercase unlisted place where someone lives", "nb", "vi bor i kvitberget, like ved skolen", []string{"kvitberget|LOCATION|location.proper"}},
		{"nb lowercase common noun where someone lives", "nb", "vi bor i leiligheten over butikken", nil},
		{"nb all in lower case is no allé", "nb", "Svømmehallen har Familiebad alle søndager", nil},
		{"nb out of work in a country", "nb", "han ble arbeidsledig i Sverige i fjor", []string{"Sverige|LOCATION|location.country"}},
		{"nb Swedish town with Norwegian letters", "nb", "vi har bodd i jønkøping i tre år", []string{"jønkøping|LOCATION|location.place"}},
		{"nb nursery abbreviated", "nb", "datteren går i Blåklokka bhg", nil},
		{"sv shop chain", "sv", "vi ses vid Konsum klockan tre", nil},
		{"nb boat between two unlisted names", "nb", "hurtigbåten Nordøya–Kvitvågen går ikke i helga", []string{"Nordøya|LOCATION|location.proper", "Kvitvågen|LOCATION|location.proper"}},
		{"nb bus between two unlisted names", "nb", "bussen mellom Kvitberg og Rauvik er innstilt", []string{"Kvitberg|LOCATION|location.proper", "Rauvik|LOCATION|location.proper"}},
		{"nb meeting between two people", "nb", "møtet mellom Kari og Per ble utsatt", nil},
		{"en lives alone on an island", "en", "my grandfather lives alone on Storholmen now", []string{"Storholmen|LOCATION|location.proper"}},
		{"nb route with a dash", "nb", "sambandet Oppedal–Lavik går som vanlig", []string{"Oppedal|LOCATION|location.proper", "Lavik|LOCATION|location.place"}},
		// Municipal units by their function are no places.
		{"da assessment unit", "da", "Send ansøgningen til Visitationen, så ringer de tilbage", nil},
		{"sv aid unit", "sv", "Kontakta Biståndsenheten om du vill överklaga", nil},
		// A postcode of the right shape and a capitalised place the registers
		// lack, after a street, house number and comma.
		{"nn unlisted postal place after an address", "nn", "Send det til Kvernhusvegen 9, 5396 Vestre Vinnesvåg takk", []string{"Kvernhusvegen 9, 5396 Vestre Vinnesvåg|LOCATION|location.address"}},
		// A house letter in lower case before a preposition of place.
		{"nb lowercase house letter", "nb", "vi bor i kirkegata 21 c i moss", []string{"kirkegata 21 c|LOCATION|location.address", "moss|LOCATION|location.place"}},
		// A verb opening the sentence before the road in the definite form.
		{"nb imperative before the road", "nb", "Måk veien før sju i morgen!", nil},
		{"sv imperative before the road", "sv", "Laga vägen innan vintern", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sameList(t, found(tc.text, e.Detect(tc.text, tc.lang)), tc.want)
		})
	}
}

func TestLocationConstruction(t *testing.T) {
	start := time.Now()
	l := newLocationT(t)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("NewLocation took %v", d)
	}
	if l.Version() == "" || l.places.Len() < 5000 {
		t.Errorf("version %q, %d places", l.Version(), l.places.Len())
	}
}

// TestCadastralStartLetters: Detect looks cadastralStart up only for words
// starting with g, b or m; a new start word must keep to them.
func TestCadastralStartLetters(t *testing.T) {
	for w := range cadastralStart {
		if c := w[0]; c != 'g' && c != 'b' && c != 'm' {
			t.Errorf("cadastralStart word %q: Detect only looks up words starting with g, b or m", w)
		}
	}
}

// TestFarmWordSwitch: isFarmWord, a string switch for speed, knows every
// word of farmWords, folded.
func TestFarmWordSwitch(t *testing.T) {
	for w := range farmWords {
		if !isFarmWord(Fold(w)) {
			t.Errorf("isFarmWord(%q) = false; farmWords holds %q", Fold(w), w)
		}
	}
	if isFarmWord("skolen") {
		t.Error("isFarmWord(skolen) = true")
	}
}

// TestLocationTypoStop rewrites data/location/typo_stop.txt with -update:
// every dictionary word the typo lookup would take for a town. Without
// -update it checks that each listed word still is one (no stale entries).
func TestLocationTypoStop(t *testing.T) {
	l := newLocationT(t)
	if !*update {
		for w := range l.typoStop {
			if !l.typoOf(w) {
				t.Errorf("typo_stop.txt: %q is one letter from no town", w)
			}
		}
		return
	}
	writeStopList(t, filepath.Join("data", "location", "typo_stop.txt"), l.typoOf)
}
