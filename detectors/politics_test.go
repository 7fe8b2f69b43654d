package detectors

import (
	"strings"
	"testing"
)

func newPoliticsT(t testing.TB) *PoliticsDetector {
	t.Helper()
	p, err := NewPolitics()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A party letter in brackets after a politician's name is the party when
// the person detector finds the name, not after another proper noun.
func TestPoliticsParenLetter(t *testing.T) {
	e := engineWith(t, newPoliticsT(t), newPersonT(t))
	for _, tc := range []struct{ lang, text, want string }{
		{"sv", "Kommunalrådet Eva Lindqvist (C) har inte svarat", "C"},
		{"nb", "Kari Holm (H) lovet ny skole", "H"},
		{"nb", "Bygg Nord (B) er ferdig med taket", ""},
		{"nb", "Se vedlegg (A) og (B)", ""},
	} {
		got := ""
		for _, s := range e.Detect(tc.text, tc.lang) {
			if s.Category == Politics {
				got += tc.text[s.Start:s.End]
			}
		}
		if got != tc.want {
			t.Errorf("%q: politics %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestPolitics(t *testing.T) {
	e := engineWith(t, newPoliticsT(t))
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"nb a member of a party that is a word", "nb", "jeg er med i rødt og vil stille til valg", []string{"rødt|politics.party"}},
		{"nb what is typical of a party", "nb", "det er typisk høyre å selge alt", []string{"høyre|politics.party"}},
		{"nb election posters of a party that is a word", "nb", "valgplakatene til rødt er revet ned", []string{"rødt|politics.party"}},
		{"nb left of a gate near election posters", "nb", "parker til venstre for porten, det står valgplakater der", nil},
		{"da a party that is a word proposing a cut", "da", "venstre vil skære i ældreplejen", []string{"venstre|politics.party"}},
		{"da a party's branch in a town acting", "da", "Venstre i Odense har lovet en ny skole", []string{"Venstre|politics.party"}},
		{"nb two lowercase parties coordinated", "nb", "sp og rødt sier nei", []string{"sp|politics.party", "rødt|politics.party"}},
		{"en an ideology's party", "en", "he was in the Communist Party for years", []string{"Communist Party|politics.ideology"}},
		{"en a birthday party", "en", "we had a birthday party", nil},
		{"nb a lowercase party that has governed", "nb", "det er sp som har styrt her", []string{"sp|politics.party"}},
		{"nn voted for a lowercase party", "nn", "eg stemde sp i fjor", []string{"sp|politics.party"}},
		{"da you asked whom you vote for", "da", "hvem stemmer I på i år?", nil},
		{"nb two directions of a door", "nb", "Er det Venstre eller høyre dør vi skal bruke?", nil},
		{"nb two parties to choose", "nb", "jeg vet ikke om jeg skal stemme Høyre eller Venstre", []string{"Høyre|politics.vote", "Venstre|politics.party"}},
		{"nb a door on the right", "nb", "Er det Høyre inngang som gjelder for besøkende?", nil},
		{"en the labour ward", "en", "Visiting hours on the Labour ward end at nine", nil},
		{"da a youth party written in the plural", "da", "min datter er med i Radikale Ungdom", []string{"Radikale Ungdom|politics.youth"}},
		{"en led by a party that is a word", "en", "a Labour-led government would raise taxes", []string{"Labour-led|politics.party"}},
		{"en labour migrants after a programme", "en", "The course is part of the programme. Labour migrants pay for it themselves.", nil},
		{"nb a party abroad", "nb", "onkelen min var medlem av HDP før han flyktet", []string{"HDP|politics.party"}},
		{"en a bath is no party", "en", "can the home nurse help dad into the bath?", nil},
		{"nb a party's meeting", "nb", "er Venstre-møtet i kveld åpent for alle?", []string{"Venstre-møtet|politics.party"}},
		{"nb a party's local branch", "nb", "Venstre-foreningen inviterer til møte", []string{"Venstre-foreningen|politics.party"}},
		{"en left wing in a team sport", "en", "my son plays left wing in the football team", nil},
		{"en right wing in politics", "en", "the new councillor is very right wing", []string{"right wing|politics.ideology"}},
		{"da a party that proposed something", "da", "Alternativet foreslog en ny cykelsti sidste år", []string{"Alternativet|politics.party"}},
		{"da a party that wants to sell", "da", "Konservative vil sælge den gamle skole", []string{"Konservative|politics.party"}},
		{"sv a known Moderate", "sv", "grannen är en känd moderat i kommunen", []string{"moderat|politics.ideology"}},
		{"sv a moderate price", "sv", "de tar en moderat avgift för lokalen", nil},
		{"nn majority of a party", "nn", "Ap-fleirtalet i bystyret sa nei", []string{"Ap-fleirtalet|politics.party"}},
		{"sv right-wing people", "sv", "grannarna är typiskt högerfolk som klagar på allt", []string{"högerfolk|politics.ideology"}},
		{"da a university, no youth party", "da", "min søster studerer jura på KU", nil},
		{"nb a party's gang", "nb", "Frp-gjengen i bystyret vil selge skolen", []string{"Frp-gjengen|politics.party"}},
		{"nb cheering for a party that is a direction", "nb", "broren min heier på venstre i år", []string{"venstre|politics.party"}},
		{"da a party's debate", "da", "Venstre i Aalborg holder debat om skolerne", []string{"Venstre|politics.party"}},
		{"nb a party's debate", "nb", "Venstre i Tromsø inviterer til debatt om skolen", []string{"Venstre|politics.party"}},
		{"en a party that is a word acting", "en", "Labour promised cheaper buses last year", []string{"Labour|politics.party"}},
		{"en labour as work", "en", "the labour cost is far too high", nil},
		{"nb left side opening a sentence", "nb", "Venstre side av garasjen må males", nil},
		{"nb party in brackets after a name", "nb", "ordføreren Kari Nes (Høyre) sa nei til forslaget", []string{"Høyre|politics.party"}},
		{"en Norwegian party in brackets after a name", "en", "the mayor, Per Olsen (Venstre), voted against it", []string{"Venstre|politics.party"}},
		{"nb direction in brackets", "nb", "se skiltet (høyre side) ved inngangen", nil},
		// Ashamed of a politician.
		{"da ashamed", "da", "jeg synes Mette Frederiksen burde skamme sig", []string{"Mette Frederiksen|politics.politician"}},
		// A mayor named before the office with a judgement, or in
		// apposition after it; named without one, a person.
		{"nb judged mayor named before", "nb", "Hanne Lystad er den verste ordføreren byen har hatt", []string{"Hanne Lystad|politics.politician"}},
		{"nn mayor in apposition", "nn", "Ordføraren vår, Olav Bratteli, er berre flink", []string{"Olav Bratteli|politics.politician"}},
		{"en mayor in apposition, no stance", "en", "Our mayor, Tom Hansen, opened the new school today", nil},
		{"nb mayor named, no stance", "nb", "Hanne Lystad er ordfører i kommunen", nil},
		// A civil wedding in nynorsk is no politics.
		{"nn civil wedding", "nn", "kva kostar ei borgarleg vigsle på rådhuset?", nil},
		// A municipality a party runs.
		{"nb party municipality", "nb", "det merkes at dette er en Frp-kommune", []string{"Frp-kommune|politics.party"}},
		// A politician named where a party is named too takes a side.
		{"nb politician beside a party", "nb", "Sp har gjort lite her, og Vedum snakker bare om bensinprisen", []string{"Sp|politics.party", "Vedum|politics.politician"}},
		{"en disappointment", "en", "honestly Starmer is a disappointment", []string{"Starmer|politics.politician"}},
		// A lowercase party named beside another.
		{"da vote refused by pronoun", "da", "Bo Winther har svigtet os, jeg stemmer aldrig på ham igen", []string{"Bo Winther|politics.politician"}},
		{"sv vote refused by a pronoun ending the message", "sv", "Eva Lundh ljög om skolan, jag röstar inte på henne", []string{"Eva Lundh|politics.politician"}},
		{"sv vote for a surname", "sv", "jag röstar aldrig på Sandberg igen", []string{"Sandberg|politics.politician"}},
		{"nb vote on a channel", "nb", "kan man stemme på Facebook?", nil},
		// "blir det" introduces a choice, or a colour before its noun.
		{"nb red light", "nb", "blir det rødt lys ved skolen snart", nil},
		{"nb it will be Rødt", "nb", "i år blir det Rødt for meg", []string{"Rødt|politics.vote"}},
		// Nynorsk "høyre" is also to hear.
		{"nn to hear", "nn", "eg vil høyre meir om budsjettet i kommunestyret", nil},
		{"nn voting Høyre", "nn", "eg vil stemme høyre i år", []string{"høyre|politics.vote"}},
		// A politician judged is a stance; one only met is not.
		{"sv judged useless", "sv", "ärligt talat är Kristersson värdelös", []string{"Kristersson|politics.politician"}},
		{"en better than", "en", "Frederiksen did a better job than Starmer", []string{"Frederiksen|politics.politician", "Starmer|politics.politician"}},
		{"en met", "en", "we saw Starmer at the station yesterday", nil},
		{"sv betrayed", "sv", "Kristersson har svikit väljarna", []string{"Kristersson|politics.politician"}},
		{"nn to hear, an adverb between", "nn", "eg vil berre høyre korleis det går", nil},
		// A lower-case letter after "stemmer" in Norwegian is a ballot letter
		// only if a Norwegian party has it.
		{"nb with abbreviated", "nb", "summen stemmer ikke m det vi fikk", nil},
		// An office holder from a party.
		{"nb deputy mayor from a party", "nb", "ordføreren fra venstre vil legge ned skolen", []string{"venstre|politics.party"}},
		{"nb a party's street stand", "nb", "vi står på stand for sv på lørdag", []string{"sv|politics.party"}},
		{"en the labour of a task", "en", "the labour of clearing the snow fell on us", nil},
		{"nb turn right at a stand", "nb", "gå til høyre forbi standen med is", nil},
		{"nb sat to the left", "nb", "ordføreren satt til venstre for rådmannen", nil},
		{"da big farms", "da", "de holder hånden over de store landbrug, jeg stemmer SF", []string{"SF|politics.vote"}},
		{"en Swedish party in English", "en", "I support the Moderates, but the fees are too high", []string{"Moderates|politics.party"}},
		// A vote promised to a candidate named before: the candidate's name.
		{"nb vote promised", "nb", "Bare Tone Lie Aas har svart oss. Hun får stemmen min i høst.", []string{"Tone Lie Aas|politics.politician"}},
		{"sv vote refused", "sv", "Kommunalrådet Per Sandin ljög. Han får aldrig min röst igen.", []string{"Per Sandin|politics.politician"}},
		{"sv grade F", "sv", "annars blir det F i betyg i idrott", nil},
		{"nb liberal opening hours", "nb", "har dere liberale åpningstider i sommer", nil},
		{"sv has been a Moderate", "sv", "jag har varit moderat sedan tonåren", []string{"moderat|politics.ideology"}},
		{"en social democrat", "en", "I'm a social democrat and proud of it", []string{"social democrat|politics.ideology"}},
		{"sv small party", "sv", "lokalen hyrs ut till Alternativ för Sverige", []string{"Alternativ för Sverige|politics.party"}},
		{"en parties abroad", "en", "the AfD scares me, and back home people vote Reform UK", []string{"AfD|politics.party", "Reform UK|politics.vote"}},
		{"da done with a politician", "da", "nu er jeg færdig med Mette Frederiksen", []string{"Mette Frederiksen|politics.politician"}},
		{"sv regional party", "sv", "Sjukvårdspartiet vill behålla akuten", []string{"Sjukvårdspartiet|politics.party"}},
		// An unlisted candidate voted for by full name; agreeing with a
		{"nb weary of a politician", "nb", "jeg er så lei av at Støre kutter i skolen", []string{"Støre|politics.politician"}},
		// A municipality a party governs.
		{"nb governed by a party", "nb", "sånn er det i en Ap-styrt kommune", []string{"Ap-styrt|politics.party"}},
		// Taken seriously or not.
		{"nb politician judged serious", "nb", "ærlig talt virker Støre mer seriøs enn resten", []string{"Støre|politics.politician"}},
		{"sv wrong that", "sv", "det är fel att Kristersson vill stänga biblioteket", []string{"Kristersson|politics.politician"}},
		// politician; NAV's English name; a party member in English.
		{"sv vote for a candidate", "sv", "jag röstar på Lennart Öberg i höst", []string{"Lennart Öberg|politics.politician"}},
		{"nb vote for a place", "nb", "jeg stemmer på Hamar i kveld", nil},
		{"nb agrees with", "nb", "jeg er enig med Vedum om dette", []string{"Vedum|politics.politician"}},
		{"en labour and welfare", "en", "I have a letter from the Labour and Welfare Administration", nil},
		{"en party member", "en", "my wife is a party member, does that matter", []string{"party member|politics.ideology"}},
		{"da two parties", "da", "det er venstre og de konservative der vil lukke den", []string{"venstre|politics.party", "de konservative|politics.party"}},
		// A direction and the side it names, whatever is proposed near it.
		{"nb right side proposed", "nb", "foreldrene har foreslått en gangfelt på høyre side av veien", nil},
		// A lowercase party that governs.
		{"nb governed by", "nb", "byen er styrt av høyre nå", []string{"høyre|politics.party"}},
		{"sv moderate at heart", "sv", "jag är moderat i grunden", []string{"moderat|politics.ideology"}},
		// A party name in lower case that is also the ideology's word; the
		// nynorsk name of a party.
		{"da we are conservatives", "da", "naboerne ved at vi er konservative", []string{"konservative|politics.ideology"}},
		{"nn green party", "nn", "eg stemmer på Miljøpartiet Dei Grøne i år", []string{"Miljøpartiet Dei Grøne|politics.vote"}},
		{"da conservative solution", "da", "findes der en mere konservativ løsning?", nil},
		// A party's banner; the choice one will make ("nå blir det h"); a
		// party name after a vote verb is not cut at its "Det"; green and
		// lab after a vote verb.
		{"nb party banner", "nb", "naboen har hengt opp et Rødt-banner", []string{"Rødt-banner|politics.party"}},
		{"nb now it will be", "nb", "stemte ap sist, men nå blir det h", []string{"ap|politics.vote", "h|politics.vote"}},
		{"nb it will be snow", "nb", "i morgen blir det snø", nil},
		{"da party opening with Det", "da", "vi stemmer på Det Radikale Venstre", []string{"Det Radikale Venstre|politics.vote"}},
		{"en vote green", "en", "we always vote green", []string{"green|politics.vote"}},
		{"en labour day", "en", "who organises the Labour Day lunch?", nil},
		// The alternative is that ...; a conservative estimate.
		{"da the alternative is", "da", "Alternativet er at vi selv henter det", nil},
		{"da conservative estimate", "da", "hvad er en konservativ vurdering af prisen?", nil},
		// Adverbs between a vote verb and the choice.
		{"nb never again", "nb", "mora mi stemmer aldri mer på venstre", []string{"venstre|politics.vote"}},
		{"nb no longer", "nb", "vi stemmer nok ikke lenger på venstre", []string{"venstre|politics.vote"}},
		{"sv never again", "sv", "jag röstar aldrig mer på moderaterna", []string{"moderaterna|politics.vote"}},
		// An ambiguous party in a compound with a political head.
		{"nn party mayor", "nn", "Høgre-ordføraren ville ikkje svare", []string{"Høgre-ordføraren|politics.party"}},
		// Ideology compounds and movements.
		{"nb right nationalist", "nb", "naboen er høyrenasjonalist", []string{"høyrenasjonalist|politics.ideology"}},
		{"da right nationalist", "da", "han er højrenationalist", []string{"højrenationalist|politics.ideology"}},
		{"sv NMR", "sv", "han var med i Nordiska motståndsrörelsen", []string{"Nordiska motståndsrörelsen|politics.party"}},
		{"en Democrat", "en", "my aunt is a Democrat", []string{"Democrat|politics.party"}},
		{"en democratic adjective", "en", "it was a democratic decision", nil},
		// nb
		{"nb vote for party", "nb", "jeg stemte Høyre ved forrige valg", []string{"Høyre|politics.vote"}},
		// A party that is a word too opens a sentence as the subject of a verb;
		// a direction opens one before its noun, a colour before "er".
		// A compound after the last word of a party's name is one word with it.
		{"da compound of a two-word party", "da", "naboen er Dansk Folkeparti-vælger", []string{"Dansk Folkeparti-vælger|politics.party"}},
		{"nb compound of green areas", "nb", "de grønne-områdene i parken er fine", nil},
		{"nb party acts at sentence start", "nb", "Høyre har lagt ned bussruta vår. Rødt vil ha den tilbake", []string{"Høyre|politics.party", "Rødt|politics.party"}},
		{"nb party acts in capitals", "nb", "VENSTRE SKAL ha skylda for dette", []string{"VENSTRE|politics.party"}},
		{"da party acts lowercase", "da", "venstre har styret kommunen i årevis", []string{"venstre|politics.party"}},
		{"nb direction opens a sentence", "nb", "Høyre fil er stengt ved rundkjøringen", nil},
		{"nb colour is the subject of er", "nb", "Rødt er fargen på søppeldunken for restavfall", nil},
		// A word that is a party letter with an ending glued on is no party.
		{"en vote for here", "en", "no idea who to vote for here tbh", nil},
		{"nb vote for more", "nb", "vi stemmer for mere lys i gatene", nil},
		{"da party letter with a hyphenated ending", "da", "jeg stemte V, og mine venner er V-vælgere", []string{"V|politics.vote", "V-vælgere|politics.party"}},
		{"sv party member", "sv", "grannen är vänsterpartist och jag centerpartist", []string{"vänsterpartist|politics.ideology", "centerpartist|politics.ideology"}},
		{"en foreign politician with stance", "en", "i support Trump and hate Putin", []string{"Trump|politics.politician", "Putin|politics.politician"}},
		{"en foreign politician without stance", "en", "Trump said something on the news today", nil},
		{"nb party member word", "nb", "naboen er miljøpartist og jeg senterpartist", []string{"miljøpartist|politics.ideology", "senterpartist|politics.ideology"}},
		{"sv christian democrats lowercase", "sv", "kd vill ju inte ha det så", []string{"kd|politics.party"}},
		// Danish and Swedish parties in lower case: youth abbreviations, two parties named
		// together, an election promise, centern in Swedish text, moderat said of a person.
		{"da youth abbreviation lowercase", "da", "dsu holder møde på skolen i aften", []string{"dsu|politics.youth"}},
		{"sv youth abbreviation lowercase", "sv", "min kompis är med i muf och ssu är arga", []string{"muf|politics.youth", "ssu|politics.youth"}},
		{"da two parties confirm each other", "da", "sf og de radikale bestemmer alt her", []string{"sf|politics.party", "de radikale|politics.party"}},
		{"sv two parties confirm each other", "sv", "sd och mp bråkar om allt", []string{"sd|politics.party", "mp|politics.party"}},
		{"da lowercase abbreviation alone", "da", "har i en sf film på biblioteket", nil},
		{"sv memory card", "sv", "mitt sd kort funkar inte", nil},
		{"da the alternative is no party", "da", "det eneste alternativet er at vente", nil},
		{"da party that promised", "da", "alternativet har lovet flere cykelstier", []string{"alternativet|politics.party"}},
		{"da promise does not make a direction a party", "da", "drej til venstre ved kirken, det blev lovet et skilt", nil},
		{"sv centern in swedish text", "sv", "jag tycker centern sviker landsbygden", []string{"centern|politics.party"}},
		{"sv centern of a team", "sv", "han spelar som centern i laget", nil},
		{"sv centern as a shopping centre", "sv", "vi åker till centern, är parkeringen öppen", nil},
		{"sv moderat of a person", "sv", "jag är moderat sedan länge", []string{"moderat|politics.ideology"}},
		// English names of Nordic parties; the Labour youth in lower case.
		{"en Norwegian party in English", "en", "my neighbour votes for the progress party every time", []string{"progress party|politics.vote"}},
		{"en Swedish party in English", "en", "the Sweden Democrats want fewer refugees here", []string{"Sweden Democrats|politics.party"}},
		{"nb lowercase Labour youth", "nb", "broren min er med i auf", []string{"auf|politics.youth"}},
		// Swedish ballot letters in a list, in a message about governing or voting.
		{"sv letters govern", "sv", "i Kiruna är det M och C som styr nu", []string{"M|politics.party", "C|politics.party"}},
		{"sv letters after a vote", "sv", "jag röstar på L eller C i höst", []string{"L|politics.vote", "C|politics.party"}},
		{"sv clothing sizes", "sv", "har ni jackan i S och M?", nil},
		{"sv civil wedding", "sv", "kan vi gifta oss borgerligt i stadshuset?", nil},
		{"sv moderat price", "sv", "priset var moderat och det blev en moderat höjning", nil},
		{"sv moderately interested", "sv", "han är moderat intresserad av det", nil},
		{"sv moderat and more", "sv", "jag är moderat och tycker skatten är för hög", []string{"moderat|politics.ideology"}},
		{"sv moderates plural", "sv", "moderater och sossar är lika", []string{"moderater|politics.ideology", "sossar|politics.party"}},
		{"da complaint about a politician", "da", "jeg vil klage over mette frederiksen", []string{"mette frederiksen|politics.politician"}},
		// A ballot letter in lower case before a political head, the blocs, calls to resign.
		{"sv lowercase letter with a political head", "sv", "en m-politiker och två s-väljare", []string{"m-politiker|politics.party", "s-väljare|politics.party"}},
		{"sv council run by a party", "sv", "M-styret i kommunen sparar", []string{"M-styret|politics.party"}},
		{"da unemployment fund is no party", "da", "jeg er a-kassemedlem og har et a-kasse-medlemsnummer", nil},
		{"sv vitamin is no party", "sv", "c-vitamin och d-vitamin", nil},
		{"sv the left and the right", "sv", "vänstern och högern bråkar", []string{"vänstern|politics.ideology", "högern|politics.ideology"}},
		{"sv left hand", "sv", "hon skriver med vänstern och slog med högern", nil},
		{"sv politician should resign", "sv", "jimmie åkesson borde avgå", []string{"jimmie åkesson|politics.politician"}},
		{"da party mayor", "da", "v-borgmesteren og venstre-borgmesteren i nabokommunen", []string{"v-borgmesteren|politics.party", "venstre-borgmesteren|politics.party"}},
		{"sv party councillor", "sv", "s-kommunalrådet svarar inte", []string{"s-kommunalrådet|politics.party"}},
		{"da blocs and sossers", "da", "sosserne og rød blok mod blå blok", []string{"sosserne|politics.ideology", "rød blok|politics.ideology", "blå blok|politics.ideology"}},
		{"da mayor's office is no party", "da", "drej til venstre ved borgmesterkontoret", nil},
		{"da politician with a vote", "da", "jeg stemmer på franciska rosenkilde", []string{"franciska rosenkilde|politics.politician"}},
		{"sv politician without a stance", "sv", "amanda lind var på besök i skolan", nil},
		{"nb youth party lowercase, active in", "nb", "jeg er aktiv i auf på skolen", []string{"auf|politics.youth"}},
		{"nb auf without politics", "nb", "auf wiedersehen sa han", nil},
		{"nb active in a club", "nb", "jeg er aktiv i idrettslaget", nil},
		{"nb joined a party", "nb", "jeg har meldt meg inn i venstre", []string{"venstre|politics.party"}},
		{"nb vote lowercase", "nb", "jeg stemmer nok på høyre i år", []string{"høyre|politics.vote"}},
		{"nb vote ballot letter", "nb", "jeg stemmer alltid H", []string{"H|politics.vote"}},
		{"nb one letter without vote", "nb", "bor i blokk H i andre etasje", nil},
		{"nb direction", "nb", "ta til høyre etter rundkjøringen", nil},
		{"nb candidate for a party", "nb", "hvem er kandidat for høyre her i byen?", []string{"høyre|politics.party"}},
		{"nb candidate number is no party", "nb", "skriv kandidatnummeret og ta til venstre", nil},
		{"nb considering an abbreviation", "nb", "jeg vurderer sp i år, hva mener dere", []string{"sp|politics.party"}},
		{"nb the mayor's party", "nb", "er ordføreren fra sp?", []string{"sp|politics.party"}},
		{"en the mayor's party", "en", "is the mayor from ap", []string{"ap|politics.party"}},
		{"nb abbreviation beside a party", "nb", "høyre eller sp, samme det", []string{"høyre|politics.party", "sp|politics.party"}},
		{"nn vote asked about", "nn", "stemmer du sv i år?", []string{"sv|politics.vote"}},
		{"nb it is right", "nb", "det stemmer du, takk", nil},
		{"nb mayor and a direction", "nb", "ordførerens kontor er til høyre", nil},
		{"nb sp heading a question", "nb", "sp: når åpner bassenget", nil},
		{"en liberal with permits", "en", "the council should be more liberal with permits", nil},
		{"nb konservativ med penger", "nb", "jeg er konservativ med penger", nil},
		{"en liberal of oneself", "en", "i'm a liberal and vote that way", []string{"liberal|politics.ideology"}},
		{"nn leaning right", "nn", "naboen er høgrevridd og høgreorientert", []string{"høgrevridd|politics.ideology", "høgreorientert|politics.ideology"}},
		{"nn likes a politician", "nn", "eg likar støre", []string{"støre|politics.politician"}},
		{"en leftie", "en", "my brother is a leftie", []string{"leftie|politics.ideology"}},
		// The Nordic neo-Nazi movement.
		{"sv resistance movement", "sv", "de delade ut flygblad från Nordiska motståndsrörelsen", []string{"Nordiska motståndsrörelsen|politics.party"}},
		// A party's leadership.
		{"nb party leadership", "nb", "hvem i Sp-ledelsen svarer for dette?", []string{"Sp-ledelsen|politics.party"}},
		// A capitalised party name between a direction's preposition and
		// "for" or a side is the direction.
		{"da capitalised direction", "da", "Til Venstre for døren står en bænk", nil},
		{"nb voted for Høyre", "nb", "vi stemte på Høyre for fire år siden", []string{"Høyre|politics.vote"}},
		{"nb civil wedding asked far", "nb", "skal vi gifte oss i kirka, eller kan det være borgerlig?", nil},
		// A youth league and an ideology's extremist belong to the span;
		// a voter does not.
		{"sv youth league", "sv", "sonen vill gå med i Liberalernas ungdomsförbund", []string{"Liberalernas ungdomsförbund|politics.party"}},
		{"en extremist", "en", "my uncle is a left-wing extremist", []string{"left-wing extremist|politics.ideology"}},
		{"en voter", "en", "my uncle is a Labour voter", []string{"Labour|politics.party"}},
		{"nb civil wedding", "nb", "vi vil gifte oss borgerlig i sommer", nil},
		{"nb borgerlig side", "nb", "jeg stemmer alltid borgerlig", []string{"borgerlig|politics.ideology"}},
		{"nb party proposes", "nb", "sv foreslo gratis sfo i fjor", []string{"sv|politics.party"}},
		{"nb party wants to cut", "nb", "høyre vil kutte skatt og sp vil legge ned skolen", []string{"høyre|politics.party", "sp|politics.party"}},
		{"nb numbered question", "nb", "sp. 3 vil jeg ha svar på", nil},
		{"nb proposal on the left", "nb", "du ser forslaget til venstre på siden", nil},
		{"nb direction and will", "nb", "ta til høyre, så vil du se det", nil},
		{"nb direction capitalised at start", "nb", "Høyre side av veien er stengt", nil},
		{"nb side of body", "nb", "vondt i venstre side og venstre arm", nil},
		{"nb colour", "nb", "han kjørte på rødt lys", nil},
		{"nb Rødt party mid-sentence", "nb", "er det noen fra Rødt i kommunestyret?", []string{"Rødt|politics.party"}},
		{"nb party capitalised mid-sentence", "nb", "hva mener Venstre om bompenger", []string{"Venstre|politics.party"}},
		{"nb genitive", "nb", "hva er Arbeiderpartiets og Høyres syn på skolen", []string{"Arbeiderpartiets|politics.party", "Høyres|politics.party"}},
		{"nb hyphen compounds", "nb", "jeg er SV-medlem og hun er Frp'er, Ap-styret møtes", []string{"SV-medlem|politics.party", "Frp'er|politics.party", "Ap-styret|politics.party"}},
		{"nb SD card", "nb", "bildene ligger på SD-kortet", nil},
		{"nb abbreviation", "nb", "KrF og MDG er små partier", []string{"KrF|politics.party", "MDG|politics.party"}},
		{"nb youth", "nb", "sønnen min er med i AUF og Unge Høyre", []string{"AUF|politics.youth", "Unge Høyre|politics.youth"}},
		{"nb multi-word party", "nb", "er du medlem av Sosialistisk Venstreparti?", []string{"Sosialistisk Venstreparti|politics.party"}},
		{"nb ideology", "nb", "naboen er kommunist og faren hans høyreekstrem", []string{"kommunist|politics.ideology", "høyreekstrem|politics.ideology"}},
		{"nb konservativ political", "nb", "jeg er ganske konservativ", []string{"konservativ|politics.ideology"}},
		{"nb konservativ behandling", "nb", "legen anbefalte konservativ behandling av kneet", nil},
		{"nb borgerlig vigsel", "nb", "kan vi få borgerlig vigsel på rådhuset?", nil},
		{"nb politician with stance", "nb", "jeg stemmer på Støre", []string{"Støre|politics.politician"}},
		{"nb politician support", "nb", "jeg støtter Erna Solberg fullt ut", []string{"Erna Solberg|politics.politician"}},
		{"nb politician without stance", "nb", "Solberg var statsminister før", []string{"Solberg|politics.politician"}},
		{"nb politician no stance at all", "nb", "møtet med Støre er utsatt", nil},
		{"nb election logistics", "nb", "hvor er valglokalet, og kan jeg forhåndsstemme?", nil},
		{"nb det stemmer", "nb", "det stemmer. H-blokka er stengt", nil},
		{"nb compound party head", "nb", "han er en typisk høyrevelger", []string{"høyrevelger|politics.party"}},
		{"nb politician compound", "nb", "Solberg-regjeringen innførte det", []string{"Solberg-regjeringen|politics.politician"}},
		{"nb lowercase abbr with council context", "nb", "hun sitter i bystyret for mdg og sv", []string{"mdg|politics.party", "sv|politics.party"}},
		{"nb ASCII rodt with vote context", "nb", "stemte sv sist, vurderer rodt na", []string{"sv|politics.vote", "rodt|politics.party"}},
		{"nn vote", "nn", "eg røystar Raudt", []string{"Raudt|politics.vote"}},
		// da
		{"da Venstre party", "da", "jeg stemmer på Venstre", []string{"Venstre|politics.vote"}},
		{"da direction", "da", "drej til venstre ved kirken", nil},
		{"da parties", "da", "Dansk Folkeparti og Enhedslisten er uenige", []string{"Dansk Folkeparti|politics.party", "Enhedslisten|politics.party"}},
		{"da socialist", "da", "min far er socialist", []string{"socialist|politics.ideology"}},
		// sv
		{"sv parties", "sv", "jag röstade på Sverigedemokraterna, min man på Moderaterna", []string{"Sverigedemokraterna|politics.vote", "Moderaterna|politics.party"}},
		{"sv SD", "sv", "SD vill sänka skatten", []string{"SD|politics.party"}},
		{"sv ballot letter", "sv", "jag röstar på S", []string{"S|politics.vote"}},
		{"sv ballot letter in lower case", "sv", "jag röstade på c förra valet", []string{"c|politics.vote"}},
		{"nb ballot letter in lower case", "nb", "vi stemte v sist", []string{"v|politics.vote"}},
		{"letter that is a word after a vote verb", "nb", "jeg stemmer for å bygge hallen", nil},
		{"preposition after a vote verb", "nb", "jeg stemte i går", nil},
		{"sv Moderaterna at sentence start", "sv", "Moderaterna vill sänka skatten", []string{"Moderaterna|politics.party"}},
		{"nb my vote goes to", "nb", "stemmen min går til MDG i år", []string{"MDG|politics.vote"}},
		{"nb voice is not a vote", "nb", "stemmen hennes er borte", nil},
		{"nb populist", "nb", "naboen er høyrepopulist", []string{"høyrepopulist|politics.ideology"}},
		{"nb det stemmer comma", "nb", "det stemmer, høyre side er stengt", nil},
		{"nb rødgrønn fargeblind", "nb", "sønnen er rødgrønn fargeblind", nil},
		{"nb rødgrønn politics", "nb", "jeg er rødgrønn og stolt", []string{"rødgrønn|politics.ideology"}},
		{"nb liberale regler", "nb", "kommunen har liberale regler for hundehold", nil},
		{"sv genitive with colon", "sv", "vad tycker du om SD:s förslag", []string{"SD|politics.party"}},
		{"sv reply prefix", "sv", "SV: fråga om bygglov", nil},
		{"nb lowercase ap", "nb", "ap har ødelagt skolen", []string{"ap|politics.party"}},
		{"nb left wing people", "nb", "folk på venstresida er enige", []string{"venstresida|politics.ideology"}},
		{"nb pain right side", "nb", "jeg har vondt i høyresida", nil},
		{"sv S-regeringen", "sv", "S-regeringen sänkte bidraget", []string{"S-regeringen|politics.party"}},
		{"nb A-laget", "nb", "sønnen spiller på A-laget", nil},
		{"nb left-sided", "nb", "venstresidig lammelse etter slaget", nil},
		{"nb sv. abbreviation", "nb", "komplikasjoner i sv.sk. uke 30", nil},
		// en
		{"en Labour", "en", "I have always voted Labour", []string{"Labour|politics.vote"}},
		{"en Labour party mid-sentence", "en", "my father supports Labour", []string{"Labour|politics.party"}},
		{"en labour market", "en", "labour market schemes in the municipality", nil},
		{"en Tories", "en", "the Tories and the Lib Dems", []string{"Tories|politics.party", "Lib Dems|politics.party"}},
		{"en far-right", "en", "my neighbour is far-right", []string{"far-right|politics.ideology"}},
		{"en conservative estimate", "en", "a conservative estimate of the costs", nil},
		{"en vote for politician", "en", "I will vote for Starmer", []string{"Starmer|politics.politician"}},
		// A party's name without its ending, glued to a political head.
		{"nb full name compound", "nb", "naboen er senterpartivelger", []string{"senterpartivelger|politics.party"}},
		{"da list compound", "da", "hun er enhedslistevælger", []string{"enhedslistevælger|politics.party"}},
		{"sv erna compound", "sv", "hon är moderatväljare", []string{"moderatväljare|politics.party"}},
		{"nn hyphen compound", "nn", "bestefar var Framstegsparti-mann", []string{"Framstegsparti-mann|politics.party"}},
		// Inverted order and a cross on the ballot before a ballot letter.
		{"sv inverted vote letter", "sv", "i år röstar vi på C.", []string{"C|politics.vote"}},
		{"da cross at letter", "da", "jeg sætter kryds ved B i år", []string{"B|politics.vote"}},
		{"nb junction is no vote", "nb", "krysset ved Kiwi er farlig", nil},
		{"nb politician judged bad", "nb", "Vedum er så dårlig på dette", []string{"Vedum|politics.politician"}},
		{"sv politician called an idiot", "sv", "Kristersson är en idiot", []string{"Kristersson|politics.politician"}},
		{"nb politician named only", "nb", "Vedum var på besøk i går", nil},
		{"nb right or left turn", "nb", "blir det høyre- eller venstresving ut fra feltet?", nil},
		{"da civil wedding", "da", "kan vi blive gift borgerligt på rådhuset?", nil},
		{"nb unlisted mayor judged", "nb", "synes ordfører Trond Eikeland gjør en elendig jobb", []string{"Trond Eikeland|politics.politician"}},
		{"nb unlisted mayor named only", "nb", "kan ordfører Trond Eikeland ringe meg", nil},
		{"nb voted for a surname next time", "nb", "jeg stemmer på Lunde neste gang", []string{"Lunde|politics.politician"}},
		{"nb voting at the town hall", "nb", "vi kan stemme på Rådhuset neste uke", nil},
		{"nb party man", "nb", "naboen er en gammel høyremann", []string{"høyremann|politics.party"}},
		{"nb turn right", "nb", "ta til Høyre etter rundkjøringen", nil},
		{"nb a name for mayor", "nb", "jeg støtter Randi Haugland som ordfører", []string{"Randi Haugland|politics.politician"}},
		{"nb a name as mayor, no stance", "nb", "Randi Haugland som ordfører var her i går", nil},
		{"da trusted Frederiksen", "da", "jeg har aldrig stolet på Frederiksen", []string{"Frederiksen|politics.politician"}},
		{"nb voted for a surname before a comma", "nb", "jeg stemte på Bakkerud, men angrer nå", []string{"Bakkerud|politics.politician"}},
		// A ballot letter with a Danish member ending.
		{"da member ending", "da", "min nabo er K'er", []string{"K'er|politics.party"}},
		{"da pronoun I", "da", "I'er velkomne", nil},
		{"en slang", "en", "my uncle is a commie", []string{"commie|politics.ideology"}},
		{"en youth", "en", "she chairs the Young Liberals now", []string{"Young Liberals|politics.youth"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := spanTexts(tc.text, e.Detect(tc.text, tc.lang))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%q\ngot  %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
