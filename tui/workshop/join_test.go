package workshop

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The addresses people are told to type: the listening address when it is
// one; for every address, this machine's own on its networks — never a
// loopback or an unspecified address — and only IPv4 ones for 0.0.0.0.
func TestRoomAddresses(t *testing.T) {
	if got := RoomAddresses("192.0.2.7:2222"); len(got) != 1 || got[0] != "192.0.2.7" {
		t.Errorf("RoomAddresses(192.0.2.7:2222) = %v, want just that address", got)
	}
	for _, addr := range []string{"0.0.0.0:2222", "[::]:2222", ":0"} {
		got := RoomAddresses(addr)
		if len(got) == 0 {
			t.Errorf("RoomAddresses(%s) is empty: want at least the host name", addr)
		}
		for _, a := range got {
			ip := net.ParseIP(a)
			if ip != nil && (ip.IsLoopback() || ip.IsUnspecified() || ip.IsLinkLocalUnicast()) {
				t.Errorf("RoomAddresses(%s) = %v: %s cannot be reached from the room", addr, got, a)
			}
			if addr == "0.0.0.0:2222" && ip != nil && ip.To4() == nil {
				t.Errorf("RoomAddresses(0.0.0.0:2222) = %v: %s is IPv6, where the server does not listen", got, a)
			}
		}
	}
}

func TestJoinCommand(t *testing.T) {
	for _, c := range []struct {
		j    JoinInfo
		want string
	}{
		{JoinInfo{Port: "2222", Addresses: []string{"192.168.1.23", "10.0.0.5"}}, "ssh -p 2222 ann@192.168.1.23"},
		{JoinInfo{Port: "22", Addresses: []string{"room-laptop"}}, "ssh ann@room-laptop"},
		{JoinInfo{Port: "40123"}, "ssh -p 40123 ann@THIS-COMPUTER"},
	} {
		if got := c.j.Command("ann"); got != c.want {
			t.Errorf("Command = %q, want %q", got, c.want)
		}
	}
	if err := listenError("127.0.0.1:2222", &net.OpError{Op: "listen", Err: syscall.EADDRINUSE}); !strings.Contains(err.Error(), "127.0.0.1:2222: the port is in use") {
		t.Errorf("a port in use is said as %q", err)
	}
}

// A second server started on a folder a running one uses would overwrite
// its join details (the dashboard would show the wrong port and
// passphrase) and hand out the same people's progress twice: it stops
// with a line that says so, and the running one keeps its folder.
func TestASecondServerOnTheSameFolderStops(t *testing.T) {
	first := startWorkshop(t, defaultBank(t), ServeOptions{})
	before, err := os.ReadFile(Folder(first.results).JoinFile())
	if err != nil {
		t.Fatal(err)
	}
	// Bounded: a server that does not stop serves until this ends.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	err = Serve(ctx, defaultBank(t), ServeOptions{
		Listen: "127.0.0.1:0", Results: first.results, Passphrase: passphrase,
		HostKey: filepath.Join(t.TempDir(), "host_ed25519"), Log: io.Discard,
	})
	_, port, _ := net.SplitHostPort(first.addr)
	if err == nil || !strings.Contains(err.Error(), first.results+": another workshop server is running on this folder (port "+port) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("the second server said %v", err)
	}
	if after, _ := os.ReadFile(Folder(first.results).JoinFile()); string(after) != string(before) {
		t.Error("the second server changed the running one's join details")
	}
	first.mustJoin("ann") // the first one still serves
}
