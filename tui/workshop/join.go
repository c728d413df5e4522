package workshop

import (
	"errors"
	"fmt"
	"net"
	"os"
	"slices"
	"syscall"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// JoinInfo is what the room needs to join a running workshop: the port,
// the addresses of this machine it can reach, the passphrase, and the
// host key's fingerprint for people to check the first time ssh asks.
type JoinInfo struct {
	Schema string `json:"schema"`
	Port   string `json:"port"`
	// Addresses are this machine's addresses on the networks it is on,
	// IPv4 first; the listening address itself when it is a single one.
	Addresses []string `json:"addresses"`
	// LocalOnly is set when the server listens on this computer only.
	LocalOnly   bool   `json:"local_only,omitempty"`
	Passphrase  string `json:"passphrase,omitempty"`
	Fingerprint string `json:"fingerprint"`
	// PID is the server's process, so a dashboard can tell a server that
	// died without tidying up.
	PID       int       `json:"pid"`
	StartedAt time.Time `json:"started_at"`
}

// JoinSchema is the schema of the join details a server writes into its
// results folder.
const JoinSchema = "powercore/workshop@1"

// Command is what a participant types: ssh -p PORT NAME@ADDRESS.
func (j *JoinInfo) Command(name string) string {
	host := "THIS-COMPUTER"
	if len(j.Addresses) > 0 {
		host = j.Addresses[0]
	}
	if j.Port == "22" {
		return fmt.Sprintf("ssh %s@%s", name, host)
	}
	return fmt.Sprintf("ssh -p %s %s@%s", j.Port, name, host)
}

// newJoinInfo describes the server listening at addr (the listener's own
// address, so the port is the real one even for --listen :0).
func newJoinInfo(addr, passphrase string, key gossh.PublicKey, now time.Time) *JoinInfo {
	host, port, _ := net.SplitHostPort(addr)
	j := &JoinInfo{Schema: JoinSchema, Port: port, Addresses: RoomAddresses(addr), Passphrase: passphrase, PID: os.Getpid(), StartedAt: now.UTC()}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		j.LocalOnly = true
	}
	if key != nil {
		j.Fingerprint = gossh.FingerprintSHA256(key)
	}
	return j
}

// RoomAddresses lists the addresses people can type to reach a server
// listening at addr: the address itself when it is one; for every address
// (0.0.0.0, [::], :PORT) this machine's non-loopback interface addresses,
// IPv4 first (only IPv4 for 0.0.0.0), else its host name.
func RoomAddresses(addr string) []string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil
	}
	ip := net.ParseIP(host)
	if host != "" && (ip == nil || !ip.IsUnspecified()) {
		return []string{host}
	}
	v4only := ip != nil && ip.To4() != nil
	var v4, v6 []string
	ifaces, _ := net.Interfaces()
	for _, iface := range ifaces {
		if iface.Flags&net.FlagUp == 0 || iface.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := iface.Addrs()
		for _, a := range addrs {
			n, ok := a.(*net.IPNet)
			if !ok || n.IP.IsLoopback() || n.IP.IsLinkLocalUnicast() || n.IP.IsMulticast() {
				continue
			}
			if n.IP.To4() != nil {
				v4 = append(v4, n.IP.String())
			} else if !v4only {
				v6 = append(v6, n.IP.String())
			}
		}
	}
	out := slices.Compact(append(v4, v6...))
	if len(out) == 0 {
		if name, err := os.Hostname(); err == nil && name != "" {
			return []string{name}
		}
		return []string{"THIS-COMPUTER"}
	}
	return out
}

// listenError says in one line why a server cannot listen at addr.
func listenError(addr string, err error) error {
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return fmt.Errorf("%s: the port is in use (another workshop server?): stop it, or choose another port with --listen", addr)
	case errors.Is(err, syscall.EACCES):
		return fmt.Errorf("%s: not allowed to listen there (ports below 1024 need privileges): choose a port such as 2222 with --listen", addr)
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return fmt.Errorf("%s: this computer has no such address: choose one of its own, or 0.0.0.0, with --listen", addr)
	}
	return fmt.Errorf("listening on %s: %w", addr, err)
}
