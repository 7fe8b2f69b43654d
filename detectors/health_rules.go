package detectors

// ContextRules decides the HEALTH detector's weak words (entries flagged
// w=KEY in the word lists): words with a health sense and a common other
// sense ("termin" of a pregnancy or of a payment, "operasjon" in surgery or
// in the army, "innlagt" in hospital or "innlagt strøm").
func (h *HealthDetector) ContextRules() []ContextRule {
	return []ContextRule{
		{
			// "slag"/"drypp": a stroke only with an illness verb near.
			Key:     "health.slag",
			Window:  3,
			Confirm: []string{"fikk", "fått", "fekk", "rammet", "ramma", "hadde", "lam*", "sykehus*", "sjukehus*", "etter"},
		},
		{
			// Pregnancy term, not a payment instalment or a school term.
			Key:    "health.termin",
			Window: 5,
			Confirm: []string{"gravid*", "baby*", "barn", "barnet", "fødsel*", "føde*", "føda", "jordmor*", "jordemor*",
				"svangerskap*", "graviditet*", "venter", "ventar", "väntar", "tvilling*", "keisersnitt*", "kejsersnit*",
				"uke", "veke", "uge", "vecka", "født", "fødd", "termindato", "ultralyd*", "scanning*"},
			Deny: []string{"innbetal*", "betal*", "faktura*", "skatt*", "avgift*", "gebyr*", "regning*", "avdrag*",
				"lån", "lånet", "eiendomsskatt*", "semester*", "skole*", "skule*", "skolen", "høst*", "haust*",
				"vår", "våren", "hösttermin*", "vårtermin*", "renovasjon*", "kommunale", "forfall*", "beløp*", "kr",
				"kroner", "faktura", "regning", "betaling", "termin*beløp", "studie*", "kurs*", "undervisning*",
				"indbetal*", "afdrag*", "skolan", "terminen", "kvartal*"},
			KeepLangs: []string{"nb", "nn", "da"},
		},
		{
			// Medicine as a drug, not as a field of study.
			Key:       "health.medisin",
			Window:    3,
			Deny:      []string{"studere*", "studerer", "studie*", "student*", "fakultet*", "les*", "utdann*", "study", "studying", "studied", "school", "degree", "uddann*", "läser", "läsa", "plugga*", "alternativ*", "naturmedi*"},
			KeepLangs: []string{"*"},
		},
		{
			// Surgery, not a military, police or business operation.
			Key:    "health.operasjon",
			Window: 4,
			Deny: []string{"militær*", "militar*", "military", "politi*", "police", "polis*", "redning*", "rescue",
				"forsvar*", "försvar*", "selskap*", "firma*", "bedrift*", "company", "business", "drift*", "aksjon*",
				"hær*", "army", "krig*", "war", "spesial*", "special", "special*", "virksomhet*", "virksomhed*",
				"verksamhet*", "handel*", "butikk*", "fabrikk*", "maskin*", "teknisk*", "kommun*", "vei*", "bro",
				"brua", "brukar*", "anleggs*", "bygg*"},
			KeepLangs: []string{"*"},
		},
		{
			// Admitted to hospital, not "innlagt strøm".
			Key:    "health.innlagt",
			Window: 3,
			Deny: []string{"strøm", "straum", "strøm*", "vann", "vatn", "varme*", "kabel*", "fiber", "internett",
				"bredbånd*", "vand", "el", "elektricitet", "vatten", "värme*", "fjernvarme*", "fjärrvärme*",
				"gulvvarme*", "avløp*", "kloakk*", "vvs", "kommunalt", "innlagt i", "golvvärme*", "gulvvarme"},
			KeepLangs: []string{"*"},
		},
		{
			// A nursing home as the person's own place, not as a place named.
			Key:    "health.sykehjem",
			Window: 4,
			Confirm: []string{"bor", "bur", "flytte*", "flytta*", "plass", "plads", "plats", "søke*", "søkt", "søknad*",
				"trenger", "treng", "får", "fikk", "fekk", "innlagt*", "indlagt*", "inlagd*", "ligger", "ansøg*",
				"ansök*", "behöver", "behøver", "fått", "fått plass", "bo", "bodde", "budde", "boede"},
		},
		{
			Key:     "health.stress",
			Window:  4,
			Confirm: []string{"sygemeld*", "sykmeld*", "syg", "læge*", "psykolog*", "angst*", "ramt", "udbrændt*", "lider"},
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
			Confirm: []string{"illamående", "huvudvärk*", "ont", "svimm*", "känner", "känns", "mår", "yrsel", "feber"},
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
			Key:     "health.kontakt",
			Window:  4,
			Confirm: []string{"lss", "beviljad*", "insats*", "funktion*", "ansök*", "söka", "fått", "stöd*", "biståndsbeslut*"},
		},
		{
			// Swedish "mens" is a period; in Norwegian and Danish it is "while".
			Key:       "health.mens",
			Window:    3,
			Confirm:   []string{"ont", "smärt*", "kramp*", "mensvärk*", "blöd*", "sen", "utebliven", "missat"},
			KeepLangs: []string{"sv"},
		},
		{
			Key:       "health.stroke",
			Window:    3,
			Deny:      []string{"luck", "genius", "midnight", "swim*", "golf", "pen", "brush", "breast", "back", "paddle", "heat"},
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
			Confirm: []string{"went", "in", "contractions", "baby", "birth", "pregnant", "induced", "during", "early"},
			Deny:    []string{"party", "government", "union", "mp", "leader", "vote", "voted", "voting", "market", "costs", "force", "manual", "cheap", "council", "member", "supporter"},
		},
		{
			// "sick of waiting" and "sick and tired" are not an illness.
			Key:       "health.sick",
			Window:    2,
			Deny:      []string{"of", "tired", "sick of", "ill-", "speak", "spoke", "feel ill about"},
			KeepLangs: []string{"*"},
		},
	}
}
