package detectors

// langs are the languages GuessLang can return, in tie-break order.
var langs = [...]string{"nb", "nn", "da", "sv", "en"}

// langWords scores function words: each hit adds its weights to the five
// languages in langs order. Words shared by several languages score for all
// of them; the distinguishing ones score alone. Gendered or otherwise
// sensitive words (han, hun, her, man, men) are left out on purpose: masking
// them must not change the guess of a re-masked text.
var langWords = map[string][5]int8{
	// shared Scandinavian
	"og": {1, 1, 1, 0, 0}, "det": {1, 1, 1, 1, 0}, "på": {1, 1, 1, 1, 0}, "til": {1, 1, 1, 1, 0},
	"med": {1, 1, 1, 1, 0}, "har": {1, 1, 1, 1, 0}, "kan": {1, 1, 1, 1, 0}, "er": {1, 1, 1, 0, 0},
	"ikke": {2, 0, 2, 0, 0}, "jeg": {2, 0, 2, 0, 0}, "vi": {1, 1, 1, 1, 0}, "skal": {1, 1, 1, 0, 0},
	"hvor": {1, 0, 1, 0, 0}, "hvordan": {1, 0, 1, 0, 0}, "som": {1, 1, 1, 1, 0}, "om": {1, 1, 1, 1, 0},
	"min": {1, 1, 1, 1, 0}, "mitt": {1, 1, 0, 1, 0}, "mine": {1, 1, 1, 0, 0}, "også": {1, 1, 1, 0, 0},
	"være": {1, 0, 1, 0, 0}, "hvis": {1, 0, 1, 0, 0}, "eller": {1, 1, 1, 1, 0}, "for": {1, 1, 1, 1, 1},
	// bokmål
	"meg": {2, 1, 0, 0, 0}, "deg": {2, 1, 0, 0, 0}, "seg": {2, 1, 0, 0, 0}, "av": {2, 2, 0, 1, 0},
	"hva": {3, 0, 0, 0, 0}, "noen": {2, 0, 0, 0, 0}, "noe": {2, 0, 0, 0, 0}, "blir": {2, 0, 0, 1, 0},
	"når": {2, 1, 0, 0, 0}, "etter": {2, 2, 0, 0, 0}, "mye": {2, 1, 0, 0, 0}, "litt": {2, 2, 0, 0, 0},
	"kanskje": {2, 1, 0, 0, 0}, "hvem": {2, 0, 1, 0, 0}, "hei": {1, 1, 0, 0, 0}, "takk": {1, 1, 0, 0, 0},
	"vår": {1, 1, 1, 0, 0}, "hvorfor": {2, 0, 1, 0, 0}, "trenger": {2, 0, 0, 0, 0}, "bare": {1, 0, 1, 0, 0},
	// nynorsk
	"eg": {0, 3, 0, 0, 0}, "ikkje": {0, 3, 0, 0, 0}, "kva": {0, 3, 0, 0, 0}, "korleis": {0, 3, 0, 0, 0},
	"kvar": {0, 3, 0, 0, 0}, "ein": {0, 2, 0, 0, 0}, "eit": {0, 2, 0, 0, 0}, "vert": {0, 2, 0, 0, 0},
	"frå": {0, 3, 0, 0, 0}, "berre": {0, 3, 0, 0, 0}, "noko": {0, 3, 0, 0, 0}, "nokon": {0, 3, 0, 0, 0},
	"kven": {0, 3, 0, 0, 0}, "kvifor": {0, 3, 0, 0, 0}, "dykk": {0, 3, 0, 0, 0}, "mykje": {0, 3, 0, 0, 0},
	"me": {0, 2, 0, 0, 1}, "treng": {0, 3, 0, 0, 0}, "gjer": {0, 2, 0, 0, 0},
	// danish
	"mig": {0, 0, 2, 1, 0}, "dig": {0, 0, 2, 1, 0}, "sig": {0, 0, 2, 1, 0}, "af": {0, 0, 3, 0, 0},
	"hvad": {0, 0, 3, 0, 0}, "nogen": {0, 0, 3, 0, 0}, "noget": {0, 0, 3, 0, 0}, "bliver": {0, 0, 3, 0, 0},
	"hvornår": {0, 0, 3, 0, 0}, "efter": {0, 0, 2, 1, 0}, "meget": {0, 0, 3, 0, 0}, "lidt": {0, 0, 3, 0, 0},
	"måske": {0, 0, 3, 0, 0}, "tak": {0, 0, 2, 0, 0}, "hej": {0, 0, 2, 2, 0}, "jer": {0, 0, 2, 0, 0},
	"vores": {0, 0, 3, 0, 0}, "mit": {0, 0, 2, 0, 0}, "kommunen": {1, 1, 1, 1, 0},
	"ikk": {0, 0, 1, 0, 0}, "gerne": {0, 0, 3, 0, 0}, "nu": {0, 0, 2, 1, 0}, "sådan": {0, 0, 3, 0, 0},
	// swedish
	"jag": {0, 0, 0, 3, 0}, "inte": {0, 0, 0, 3, 0}, "vad": {0, 0, 0, 3, 0}, "hur": {0, 0, 0, 3, 0},
	"och": {0, 0, 0, 3, 0}, "är": {0, 0, 0, 3, 0}, "att": {0, 0, 0, 2, 0}, "för": {0, 0, 0, 2, 0},
	"någon": {0, 0, 0, 3, 0}, "något": {0, 0, 0, 3, 0}, "ska": {0, 0, 0, 2, 0}, "när": {0, 0, 0, 3, 0},
	"också": {0, 0, 0, 3, 0}, "mycket": {0, 0, 0, 3, 0}, "lite": {0, 0, 0, 2, 0}, "kanske": {0, 0, 0, 3, 0},
	"vem": {0, 0, 0, 3, 0}, "varför": {0, 0, 0, 3, 0}, "behöver": {0, 0, 0, 3, 0}, "bara": {0, 0, 0, 2, 0},
	"tack": {0, 0, 0, 2, 0}, "kommer": {1, 0, 1, 1, 0},
	// more distinguishing words (added after measuring confusions between
	// da and nb, nn and nb; none of them is sensitive)
	"ud": {0, 0, 3, 0, 0}, "op": {0, 0, 2, 0, 0}, "mere": {0, 0, 3, 0, 0}, "fået": {0, 0, 3, 0, 0},
	"været": {0, 0, 3, 0, 0}, "blevet": {0, 0, 3, 0, 0}, "gør": {0, 0, 3, 0, 0}, "hjælp": {0, 0, 3, 0, 0},
	"hjælpe": {0, 0, 3, 0, 0}, "søge": {0, 0, 3, 0, 0}, "uden": {0, 0, 3, 0, 0}, "nogle": {0, 0, 3, 0, 0},
	"lige": {0, 0, 3, 0, 0}, "nej": {0, 0, 2, 2, 0}, "jeres": {0, 0, 3, 0, 0}, "hvilket": {0, 0, 2, 0, 0},
	"hedder": {0, 0, 3, 0, 0}, "spørge": {0, 0, 3, 0, 0}, "spørgsmål": {0, 0, 3, 0, 0}, "endnu": {0, 0, 3, 0, 0},
	"igen": {0, 0, 3, 1, 0}, "aldrig": {0, 0, 3, 2, 0}, "altid": {0, 0, 3, 0, 0}, "bruge": {0, 0, 3, 0, 0},
	"købe": {0, 0, 3, 0, 0}, "stadig": {0, 0, 2, 0, 0}, "derfor": {1, 0, 2, 1, 0},
	"ut": {2, 1, 0, 0, 0}, "opp": {2, 1, 0, 0, 0}, "mer": {2, 0, 0, 1, 0}, "fått": {2, 1, 0, 1, 0},
	"vært": {3, 0, 0, 0, 0}, "blitt": {2, 1, 0, 0, 0}, "gjør": {3, 0, 0, 0, 0}, "hjelp": {2, 2, 0, 0, 0},
	"hjelpe": {2, 2, 0, 0, 0}, "søke": {3, 0, 0, 0, 0}, "uten": {3, 0, 0, 0, 0}, "igjen": {2, 2, 0, 0, 0},
	"aldri": {2, 2, 0, 0, 0}, "alltid": {2, 2, 0, 1, 0}, "ennå": {3, 0, 0, 0, 0}, "bruke": {2, 1, 0, 0, 0},
	"kjøpe": {2, 2, 0, 0, 0}, "nei": {1, 1, 0, 0, 0}, "sånn": {2, 0, 0, 0, 0}, "hjem": {2, 0, 1, 0, 0},
	"sammen": {2, 0, 1, 0, 0}, "mulig": {2, 0, 0, 0, 0}, "vet": {2, 0, 0, 1, 0},
	"vere": {0, 3, 0, 0, 0}, "vore": {0, 3, 0, 0, 0}, "sjå": {0, 3, 0, 0, 0}, "fekk": {0, 3, 0, 0, 0},
	"dei": {0, 3, 0, 0, 0}, "deira": {0, 3, 0, 0, 0}, "hjå": {0, 3, 0, 0, 0}, "heim": {0, 3, 0, 0, 0},
	"heime": {0, 3, 0, 0, 0}, "saman": {0, 3, 0, 0, 0}, "mogleg": {0, 3, 0, 0, 0}, "søkje": {0, 3, 0, 0, 0},
	"skule": {0, 3, 0, 0, 0}, "kjem": {0, 3, 0, 0, 0}, "veit": {0, 3, 0, 0, 0}, "gjere": {0, 3, 0, 0, 0},
	"difor": {0, 3, 0, 0, 0}, "òg": {0, 3, 0, 0, 0}, "framleis": {0, 3, 0, 0, 0}, "enno": {0, 3, 0, 0, 0},
	"kor": {0, 2, 0, 0, 0}, "nokre": {0, 3, 0, 0, 0}, "sidan": {0, 3, 0, 0, 0}, "fleire": {0, 3, 0, 0, 0},
	"åbent": {0, 0, 3, 0, 0}, "åbner": {0, 0, 3, 0, 0}, "åben": {0, 0, 3, 0, 0}, "åpent": {3, 2, 0, 0, 0},
	"åpner": {3, 2, 0, 0, 0}, "dage": {0, 0, 2, 0, 0}, "dager": {2, 0, 0, 0, 0}, "findes": {0, 0, 2, 2, 0},
	"rigtigt": {0, 0, 3, 0, 0}, "rigtig": {1, 0, 2, 0, 0}, "lyder": {0, 0, 2, 0, 0}, "vildt": {0, 0, 3, 0, 0},
	"hen": {0, 0, 2, 0, 0}, "give": {0, 0, 2, 0, 2}, "gade": {0, 0, 3, 0, 0}, "gate": {2, 2, 0, 0, 0},
	"meir": {0, 3, 0, 0, 0}, "då": {0, 2, 0, 0, 0}, "vart": {0, 2, 0, 0, 0},
	// english
	"i": {0, 0, 0, 0, 1}, "the": {0, 0, 0, 0, 3}, "is": {0, 0, 0, 0, 2}, "are": {0, 0, 0, 0, 2},
	"and": {0, 0, 0, 0, 3}, "to": {0, 0, 0, 0, 2}, "of": {0, 0, 0, 0, 2}, "my": {0, 0, 0, 0, 3},
	"what": {0, 0, 0, 0, 3}, "how": {0, 0, 0, 0, 3}, "can": {0, 0, 0, 0, 2}, "you": {0, 0, 0, 0, 3},
	"do": {0, 0, 0, 0, 2}, "have": {0, 0, 2, 0, 3}, "with": {0, 0, 0, 0, 3}, "where": {0, 0, 0, 0, 3},
	"when": {0, 0, 0, 0, 3}, "it": {0, 0, 0, 0, 2}, "please": {0, 0, 0, 0, 3}, "need": {0, 0, 0, 0, 3},
	"a": {0, 0, 0, 0, 1}, "in": {0, 0, 0, 0, 2}, "on": {0, 0, 0, 0, 2}, "this": {0, 0, 0, 0, 3},
	"that": {0, 0, 0, 0, 3}, "hello": {0, 0, 0, 0, 2}, "hi": {0, 0, 0, 0, 2}, "thanks": {0, 0, 0, 0, 3},
	"does": {0, 0, 0, 0, 3}, "am": {0, 0, 0, 0, 2}, "get": {0, 0, 0, 0, 2}, "be": {0, 0, 0, 0, 2},
}

// maxLangTokens bounds the tokens GuessLang examines.
const maxLangTokens = 200

// GuessLang guesses the language of t from function words and letters:
// "nb", "nn", "da", "sv" or "en", or "" when there is no evidence. It looks
// at no more than maxLangTokens tokens.
func GuessLang(t *Text) string {
	var score [5]int
	n := min(len(t.Tokens), maxLangTokens)
	for i := 0; i < n; i++ {
		w := t.Word(i)
		if ws, ok := langWords[w]; ok {
			for k, v := range ws {
				score[k] += int(v)
			}
		}
	}
	// Letters: æ/ø point to Norwegian or Danish, ä/ö to Swedish.
	lim := min(len(t.Lower), 4096)
	for i := 0; i+1 < lim; i++ {
		if t.Lower[i] != 0xC3 {
			continue
		}
		switch t.Lower[i+1] {
		case 0xB8: // ø; Danish writes øj where Norwegian writes øy
			score[0]++
			score[1]++
			score[2]++
			if i+2 < lim {
				switch t.Lower[i+2] {
				case 'j':
					score[2] += 2
				case 'y':
					score[0] += 2
					score[1] += 2
				}
			}
		case 0xA6: // æ
			score[0]++
			score[1]++
			score[2]++
		case 0xA4, 0xB6: // ä ö
			score[3] += 2
		}
	}
	best, bi := 0, -1
	for k, v := range score {
		if v > best {
			best, bi = v, k
		}
	}
	if bi < 0 {
		return ""
	}
	return langs[bi]
}

// NormLang maps a language hint to one of "nb", "nn", "da", "sv", "en", or
// "" when it names none of them: case and region are ignored ("NB",
// "nb-NO", "sv_SE"), "no"/"nob"/"nor" mean bokmål, "nno" nynorsk, "dan"/"dk"
// Danish, "swe"/"se" Swedish and "eng" English.
func NormLang(hint string) string {
	if hint == "" {
		return ""
	}
	h := lowerSameLen(hint)
	for i := 0; i < len(h); i++ {
		if langCutter[h[i]] {
			h = h[:i]
			break
		}
	}
	switch h {
	case "nb", "no", "nob", "nor":
		return "nb"
	case "nn", "nno":
		return "nn"
	case "da", "dan", "dk":
		return "da"
	case "sv", "swe", "se":
		return "sv"
	case "en", "eng":
		return "en"
	}
	return ""
}
