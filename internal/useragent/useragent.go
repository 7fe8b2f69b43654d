// Package useragent reduces a raw User-Agent header to the two facts the
// service keeps: the platform (desktop, tablet, mobile, unknown) and the
// browser family with its major version ("Safari 17"). The raw header is
// never stored; what is kept is too coarse to single out a citizen.
//
// The parser is hand-written rather than github.com/mssola/useragent: that
// library (v1.0.0) names Samsung Internet "Android 23.0" and reports Android
// tablets and iPads as mobile. Safari on iPadOS 13+ sends a Mac's user
// agent: Parse says desktop, and WithTouch makes it a tablet when the
// front-end sends the browser's touch points (client.touch_points).
package useragent

import "strings"

// Platforms returned by Parse.
const (
	Desktop = "desktop"
	Tablet  = "tablet"
	Mobile  = "mobile"
	Unknown = "unknown"
)

// Bot is the browser reported for an automated client whose family is not
// one of the named crawlers.
const Bot = "bot"

// crawlers are named automated clients, matched case-insensitively on the
// token before the slash; the first match wins.
var crawlers = []struct{ token, name string }{
	{"googlebot", "Googlebot"},
	{"bingbot", "Bingbot"},
	{"yandexbot", "YandexBot"},
	{"duckduckbot", "DuckDuckBot"},
	{"baiduspider", "Baiduspider"},
	{"applebot", "Applebot"},
	{"facebookexternalhit", "Facebook"},
	{"curl/", "curl"},
	{"wget/", "Wget"},
	{"python-requests/", "python-requests"},
	{"go-http-client/", "Go-http-client"},
	{"headlesschrome/", "HeadlessChrome"},
}

// botHints mark other automated clients, lower case. A bare "bot" is not a
// hint: it is part of phone names such as "CUBOT"; crawlers say "SomeBot/1.0"
// or link their documentation with "+http".
var botHints = []string{"bot/", "+http", "crawler", "spider", "slurp", "http-client", "httpclient", "scrapy", "java/", "okhttp/", "libwww"}

// browsers are matched in order on "Token/version"; more specific tokens
// (Edge, Opera, Samsung Internet, the iOS wrappers) come before the Chrome
// and Safari tokens they also carry.
var browsers = []struct{ token, name string }{
	{"SamsungBrowser/", "Samsung Internet"},
	{"Edg/", "Edge"},
	{"EdgA/", "Edge"},
	{"EdgiOS/", "Edge"},
	{"Edge/", "Edge"},
	{"OPR/", "Opera"},
	{"OPiOS/", "Opera"},
	{"OPT/", "Opera"},
	{"YaBrowser/", "Yandex Browser"},
	{"Vivaldi/", "Vivaldi"},
	{"FxiOS/", "Firefox"},
	{"Firefox/", "Firefox"},
	{"CriOS/", "Chrome"},
	{"Chrome/", "Chrome"},
}

// Parse returns the platform (Desktop, Tablet, Mobile or Unknown) and the
// browser family with its major version, or "" when the browser is not
// recognised. Automated clients give Unknown and the crawler's name or Bot.
// Parse never fails; an empty or garbage header gives (Unknown, "").
func Parse(ua string) (platform, browser string) {
	if ua == "" {
		return Unknown, ""
	}
	if name, ok := crawler(ua); ok {
		return Unknown, name
	}
	return platformOf(ua), browserOf(ua)
}

// WithTouch refines a platform from Parse with the browser's
// navigator.maxTouchPoints: a "Macintosh" user agent on a device with a
// touch screen is an iPad (iPadOS 13+ Safari asks for the desktop site and
// sends a Mac's user agent; no Mac has a touch screen).
func WithTouch(platform, ua string, touchPoints int) string {
	if platform == Desktop && touchPoints > 1 && strings.Contains(ua, "Macintosh") {
		return Tablet
	}
	return platform
}

func crawler(ua string) (string, bool) {
	lower := strings.ToLower(ua)
	for _, c := range crawlers {
		if strings.Contains(lower, c.token) {
			return c.name, true
		}
	}
	for _, h := range botHints {
		if strings.Contains(lower, h) {
			return Bot, true
		}
	}
	return "", false
}

// otherDevices are televisions and game consoles: neither desktop, tablet
// nor mobile. Their UAs also name Linux or Windows, so they are checked
// first.
var otherDevices = []string{"SMART-TV", "SmartTV", "Smart-TV", "HbbTV", "Tizen", "Web0S", "webOS.TV", "CrKey",
	"Xbox", "PlayStation", "Nintendo"}

func platformOf(ua string) string {
	for _, d := range otherDevices {
		if strings.Contains(ua, d) {
			return Unknown
		}
	}
	switch {
	case strings.Contains(ua, "iPad"):
		return Tablet
	case strings.Contains(ua, "iPhone"), strings.Contains(ua, "iPod"):
		return Mobile
	case strings.Contains(ua, "Windows Phone"):
		return Mobile
	case strings.Contains(ua, "Android"):
		// Android phones send "Mobile" (Chrome) or "Mobile;" (Firefox);
		// tablets leave it out or send "Tablet;".
		if strings.Contains(ua, "Tablet") || !strings.Contains(ua, "Mobile") {
			return Tablet
		}
		return Mobile
	case strings.Contains(ua, "Tablet"):
		return Tablet
	case strings.Contains(ua, "Mobile"), strings.Contains(ua, "Mobi"):
		return Mobile
	case strings.Contains(ua, "Windows"), strings.Contains(ua, "Macintosh"),
		strings.Contains(ua, "CrOS"), strings.Contains(ua, "X11"),
		strings.Contains(ua, "Linux"):
		return Desktop
	}
	return Unknown
}

func browserOf(ua string) string {
	for _, b := range browsers {
		if v, ok := versionAfter(ua, b.token); ok {
			return b.name + " " + v
		}
	}
	// Old Presto Opera: "Opera/9.80 (...) Version/12.16".
	if strings.HasPrefix(ua, "Opera/") {
		if v, ok := versionAfter(ua, "Version/"); ok {
			return "Opera " + v
		}
		if v, ok := versionAfter(ua, "Opera/"); ok {
			return "Opera " + v
		}
	}
	if strings.Contains(ua, "Safari/") {
		// Safari proper carries "Version/N"; in-app web views do not.
		if v, ok := versionAfter(ua, "Version/"); ok {
			return "Safari " + v
		}
		return ""
	}
	if v, ok := versionAfter(ua, "MSIE "); ok {
		return "Internet Explorer " + v
	}
	if strings.Contains(ua, "Trident/7.") {
		return "Internet Explorer 11"
	}
	return ""
}

// versionAfter finds token in ua and returns the major version (the digits)
// that follows it.
func versionAfter(ua, token string) (string, bool) {
	i := strings.Index(ua, token)
	if i < 0 {
		return "", false
	}
	rest := ua[i+len(token):]
	n := 0
	for n < len(rest) && n < 6 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 {
		return "", false
	}
	return rest[:n], true
}
