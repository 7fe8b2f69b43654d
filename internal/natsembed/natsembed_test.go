package natsembed

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// storeHolds publishes a message into a file stream on a server with the
// given key, shuts the server down and reports whether the raw payload is
// readable anywhere in its store directory.
func storeHolds(t *testing.T, key string) bool {
	t.Helper()
	dir := t.TempDir()
	s, err := Start(Options{Listen: "127.0.0.1:-1", StoreDir: dir, Key: key})
	if err != nil {
		t.Fatal(err)
	}
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	js, _ := jetstream.New(nc)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "S", Subjects: []string{"s.>"}, Storage: jetstream.FileStorage}); err != nil {
		t.Fatal(err)
	}
	payload := []byte("secret-payload-Storgata-5-diabetes")
	if _, err := js.Publish(ctx, "s.x", payload); err != nil {
		t.Fatal(err)
	}
	nc.Close()
	s.Shutdown()
	found := false
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := os.ReadFile(p)
		found = found || bytes.Contains(b, payload)
		return nil
	})
	return found
}

// The key is what keeps raw text off the disk: without it the payload is
// readable in the store files, with it it is not.
func TestEncryptionAtRest(t *testing.T) {
	if !storeHolds(t, "") {
		t.Fatal("unencrypted store does not hold the payload: the check below proves nothing")
	}
	if storeHolds(t, "a-test-key-of-some-length-0123456789") {
		t.Fatal("encrypted store holds the raw payload")
	}
}

func TestStartPortInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	_, err = Start(Options{Listen: l.Addr().String(), StoreDir: t.TempDir()})
	if !errors.Is(err, ErrAddrInUse) {
		t.Fatalf("Start on a taken port = %v, want ErrAddrInUse", err)
	}
}

func TestStartBadAddress(t *testing.T) {
	if _, err := Start(Options{Listen: "no-port", StoreDir: t.TempDir()}); err == nil {
		t.Fatal("Start with no port succeeded")
	}
}
