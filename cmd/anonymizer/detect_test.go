package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestDetectCommand(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"ring 41234567","lang":"nb"}`,
		`not json at all`,
		`{"id":"b"}`,
		``,
		`{"id":7,"text":"skriv til ola@firma.no"}`,
		`{"text":"uten id"}`,
		`{"id":"c","text":""}`,
		`{"id":"d","text":42}`,
		`[1,2]`,
		`null`,
	}, "\n")
	var out, errb bytes.Buffer
	if err := runDetect(context.Background(), []string{"--workers", "3"}, strings.NewReader(in), &out, &errb); err != nil {
		t.Fatal(err, errb.String())
	}
	want := strings.Join([]string{
		`{"id":"a","findings":[{"start":5,"end":13,"category":"NUMBER","rule":"number.phone"}]}`,
		`{"id":null,"error":"invalid JSON line: syntax error at byte 2"}`,
		`{"id":"b","error":"missing text"}`,
		`{"id":7,"findings":[{"start":10,"end":22,"category":"EMAIL","rule":"email.address"}]}`,
		`{"id":null,"error":"missing id"}`,
		`{"id":"c","findings":[]}`,
		`{"id":"d","error":"invalid JSON line: field \"text\" must be string, not number"}`,
		`{"id":null,"error":"invalid JSON line: line must be a JSON object, not array"}`,
		`{"id":null,"error":"missing id"}`,
	}, "\n") + "\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestDetectCommandOrder(t *testing.T) {
	var in strings.Builder
	for i := range 500 {
		in.WriteString(`{"id":"` + strings.Repeat("x", i%7) + `","text":"tlf 4123456` + string(rune('0'+i%10)) + `"}` + "\n")
	}
	var out bytes.Buffer
	if err := runDetect(context.Background(), []string{"--workers", "4"}, strings.NewReader(in.String()), &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 500 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, `{"id":"`+strings.Repeat("x", i%7)+`",`) {
			t.Fatalf("line %d out of order: %s", i, l)
		}
	}
}

func TestMaskCommand(t *testing.T) {
	var out bytes.Buffer
	in := "ring 41234567 eller skriv til ola@firma.no\nIP 10.0.0.1\n"
	if err := runMask(context.Background(), nil, strings.NewReader(in), &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if want := "ring [NUMBER] eller skriv til [EMAIL]\nIP [IP]\n"; out.String() != want {
		t.Errorf("got %q want %q", out.String(), want)
	}
	if err := runMask(context.Background(), []string{"--lang", "xx"}, strings.NewReader(in), &out, &bytes.Buffer{}); err == nil {
		t.Error("bad --lang accepted")
	}
}
