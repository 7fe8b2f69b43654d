package pipeline

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package when a test leaves a goroutine behind: the
// worker, the embedded server and the connections must all stop.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
