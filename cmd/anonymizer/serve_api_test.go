package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/nordic-anonymizer/anonymizer/internal/config"
	"github.com/nordic-anonymizer/anonymizer/internal/rights"
)

// serve with --config end to end: a published conversation is exported over
// HTTP and NATS, counted for the analyst, forgotten over NATS, and gone over
// HTTP; the sweeper ran at start.
func TestServeAPI(t *testing.T) {
	const (
		convID  = "7cdf1dad-9ffd-5647-8286-142522e697b9"
		convKey = "5ad8d08ed653_bb14bdf1f97c53"
		analyst = "analyst-token-for-serve-test"
	)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.json")
	os.WriteFile(cfg, []byte(`{"tenants":["grimstad"],"sweep_interval":"1h","tokens":[{"name":"anna","role":"analyst","tenants":["grimstad"],"sha256":"`+config.HashToken(analyst)+`"}]}`), 0o600)
	natsURL, httpAddr, logs, stop := startServe(t, filepath.Join(dir, "data"), "--config", cfg)
	base := "http://" + httpAddr

	if err := runPublish(context.Background(), []string{"--nats-url", natsURL, "--tenant", "grimstad", "../../testdata/conversations/nb-helse.jsonl"}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	get := func(method, path, auth string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, nil)
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	var code int
	var body string
	for deadline := time.Now().Add(20 * time.Second); ; {
		code, body = get("GET", "/v1/conversations/"+convID+"?format=txt", convKey)
		if code == 200 && strings.Count(body, "\n[") == 6 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("export: %d %s\n%s", code, body, logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(body, "Conversation "+convID+" (grimstad)") || !strings.Contains(body, "[PERSON]") || strings.Contains(body, "Ingrid Solberg") {
		t.Fatalf("transcript:\n%s", body)
	}
	if code, _ := get("GET", "/readyz", ""); code != 200 {
		t.Fatalf("readyz %d", code)
	}
	if code, body := get("GET", "/v1/stats/intents?format=csv", analyst); code != 200 || !strings.HasPrefix(body, "bucket,intent,count\n") || strings.Count(body, "\n") < 2 {
		t.Fatalf("stats: %d %s", code, body)
	}

	nc, err := nats.Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	req, _ := json.Marshal(rights.Request{ConversationID: convID, ConversationKey: convKey})
	msg, err := nc.Request(rights.SubjectExport, req, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var reply rights.Reply
	if err := json.Unmarshal(msg.Data, &reply); err != nil || reply.Export == nil || len(reply.Export.Messages) != 6 {
		t.Fatalf("nats export: %s", msg.Data)
	}
	msg, err = nc.Request(rights.SubjectForget, req, 5*time.Second)
	if err != nil || string(msg.Data) != `{"status":"forgotten"}` {
		t.Fatalf("nats forget: %v %s", err, msg.Data)
	}
	if code, _ := get("GET", "/v1/conversations/"+convID, convKey); code != 404 {
		t.Fatalf("export after forget: %d", code)
	}
	for deadline := time.Now().Add(20 * time.Second); metricValue(t, httpAddr, `anonymizer_sweep_runs_total{result="ok"}`) < 1; {
		if time.Now().After(deadline) {
			t.Fatalf("no sweep at start:\n%s", logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	out := logs.String()
	if !strings.Contains(out, `"msg":"sweep done"`) {
		t.Errorf("sweep counts not logged:\n%s", out)
	}
	for _, secret := range []string{convKey, analyst, "Ingrid"} {
		if strings.Contains(out, secret) {
			t.Errorf("log holds %q", secret)
		}
	}
}

func TestServeBadConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.json")
	os.WriteFile(cfg, []byte(`{"tenants":["grimstad"],"retension":"21d"}`), 0o600)
	err := runServe(context.Background(), []string{"--data-dir", filepath.Join(dir, "data"), "--nats-listen", "127.0.0.1:0",
		"--http-listen", "127.0.0.1:0", "--config", cfg}, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "serve: --config: config: "+cfg+": retension: unknown field") {
		t.Fatalf("err = %v", err)
	}
}
