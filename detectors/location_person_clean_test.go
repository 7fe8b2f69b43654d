package detectors

import "testing"

// cleanChat are messages of our own without any place or person in them:
// the LOCATION and PERSON detectors must find nothing here.
var cleanChat = []struct{ lang, text string }{
	{"nb", "Hei! Når åpner biblioteket på lørdag, og kan jeg låne bøker uten lånekort?"},
	{"nb", "Hvordan søker jeg om parkeringstillatelse for beboere i sentrum?"},
	{"nb", "Takk for svaret. Jeg skal gå på ski i helgen og lurer på om løypene er kjørt."},
	{"nb", "Vi satt i sola hele dagen, men nå er det vondt i hodet. Hva gjør jeg?"},
	{"nb", "Kan jeg betale fakturaen med Vipps eller må jeg bruke nettbank?"},
	{"nb", "Per i dag er det ingen ledige plasser i barnehagen, men søk likevel."},
	{"nb", "Ta til høyre ved rundkjøringen og kjør rett fram til du ser skiltet."},
	{"nb", "Hvor mye koster det å leie gymsalen en kveld i uka?"},
	{"nb", "Jeg har glemt passordet til Min side, hvordan får jeg nytt?"},
	{"nb", "Det er et stort hull i veien utenfor huset, hvem skal jeg melde fra til?"},
	{"nn", "Kva tid blir bosset henta denne veka? Det har ikkje kome nokon bil enno."},
	{"nn", "Eg lurer på korleis eg søkjer om skuleskyss for borna mine."},
	{"da", "Hvornår har genbrugspladsen åbent i weekenden, og skal jeg sortere haveaffald?"},
	{"da", "Hvordan ansøger jeg om boligstøtte, og hvor lang tid tager det?"},
	{"da", "Der ligger en masse sand på cykelstien efter vinteren."},
	{"sv", "Hej! Hur ansöker jag om bygglov för ett förråd på tomten?"},
	{"sv", "Vilka öppettider har simhallen under sportlovet?"},
	{"sv", "Jag bor i en lägenhet och undrar vem som ansvarar för snöröjningen."},
	{"en", "Hi, when is the recycling centre open this weekend?"},
	{"en", "Moss grows on the north side of our roof, can the council help?"},
	{"en", "Will the swimming pool be open in May? My kids would love it."},
	{"en", "What the hell happened to the bin collection this week?"},
	{"en", "I will send the form by mail on Monday, is that okay?"},
	{"en", "Can I park on the street outside the school after six?"},
}

func TestLocationPersonClean(t *testing.T) {
	e := engineWith(t, newLocationT(t), newPersonT(t))
	for _, m := range cleanChat {
		if got := found(m.text, e.Detect(m.text, m.lang)); len(got) > 0 {
			t.Errorf("%q (%s): found %q", m.text, m.lang, got)
		}
	}
}
