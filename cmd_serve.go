package main

import (
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/workshop"
	"github.com/spf13/cobra"
)

func newServeCommand() *cobra.Command {
	var (
		questions string
		opts      workshop.ServeOptions
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run a workshop: everyone answers over SSH",
		Long: "Start an SSH server for a workshop. Each participant runs `ssh -p 2222 theirname@THIS-COMPUTER` " +
			"(nothing to install), types the workshop passphrase, and takes the assessment on their own screen. " +
			"Progress is saved on this computer, so a dropped connection resumes when the same person reconnects " +
			"(with the same SSH key, or the resume code shown on their screen; `powercore resume-code` tells a " +
			"participant who lost theirs). " +
			"Each result is written to the results folder as NAME-TIME.json; run `powercore dashboard FOLDER` " +
			"on the projector to watch the group picture fill in. By default the server listens on this computer " +
			"only: use --listen 0.0.0.0:2222 to open it to the room.",
		Example: `# A workshop on this computer only (try it out):
powercore serve

# Open it to the room, with a passphrase of your choosing:
powercore serve --listen 0.0.0.0:2222 --passphrase blue-harbor

# In another terminal, on the projector:
powercore dashboard powercore-workshop-2026-11-23`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, _, err := net.SplitHostPort(opts.Listen); err != nil {
				return usagef(cmd, "--listen %q: expected HOST:PORT, such as 127.0.0.1:2222 or 0.0.0.0:2222", opts.Listen)
			}
			if opts.MaxSessions < 1 {
				return usagef(cmd, "--max-sessions must be at least 1")
			}
			if opts.MaxPerAddress < 1 {
				return usagef(cmd, "--max-per-address must be at least 1")
			}
			if opts.LoginTimeout < time.Second {
				return usagef(cmd, "--login-timeout must be at least 1s")
			}
			bank, err := loadBank(questions)
			if err != nil {
				return err
			}
			if opts.Results == "" {
				opts.Results = "powercore-workshop-" + time.Now().Format("2006-01-02")
			}
			if opts.HostKey == "" {
				opts.HostKey = filepath.Join(stateDir(), "workshop_host_ed25519")
			}
			if opts.Passphrase == "" && opts.AuthorizedKeys == "" {
				opts.Passphrase = newPassphrase()
			}
			out := cmd.OutOrStdout()
			opts.Log = cmd.ErrOrStderr()
			opts.Ready = func(addr string) {
				_, port, _ := net.SplitHostPort(addr)
				fmt.Fprintln(out, "powercore workshop server")
				fmt.Fprintf(out, "  listening on    %s%s\n", addr, reach(addr))
				hosts := workshop.RoomAddresses(addr)
				fmt.Fprintf(out, "  people join     ssh -p %s theirname@%s\n", port, hosts[0])
				if len(hosts) > 1 {
					fmt.Fprintf(out, "                  (this computer is also at %s)\n", strings.Join(hosts[1:], ", "))
				}
				if opts.Passphrase != "" {
					fmt.Fprintf(out, "  passphrase      %s\n", opts.Passphrase)
				}
				fmt.Fprintf(out, "  results go to   %s\n", opts.Results)
				fmt.Fprintf(out, "  on the projector: powercore dashboard %s\n", opts.Results)
				fmt.Fprintln(out, "ctrl+c stops the server; everyone's answers are kept.")
			}
			// ctrl+c, a closed terminal (SIGHUP) and a polite kill
			// (SIGTERM) all close the workshop properly: everyone is told,
			// their answers kept, the join details removed.
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGHUP, syscall.SIGTERM)
			defer stop()
			if err := workshop.Serve(ctx, bank, opts); err != nil {
				return err
			}
			fmt.Fprintln(cmd.ErrOrStderr(), "powercore: the workshop server stopped; results are in "+assessment.Printable(opts.Results))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Listen, "listen", "127.0.0.1:2222", "HOST:PORT to listen on")
	f.StringVar(&opts.Results, "results", "", "results FOLDER (default: powercore-workshop-DATE)")
	f.StringVar(&opts.HostKey, "host-key", "", "the server's key FILE (default: in the state folder)")
	f.StringVarP(&questions, "questions", "q", "", "the question bank FILE (default: built-in)")
	f.IntVar(&opts.MaxSessions, "max-sessions", 200, "most people connected at once")
	f.IntVar(&opts.MaxPerAddress, "max-per-address", workshop.DefaultMaxPerAddress, "most people connected at once from one address (raise it for a room behind one address)")
	f.DurationVar(&opts.LoginTimeout, "login-timeout", workshop.DefaultLoginTimeout, "close a connection that has not logged in and opened its terminal by then")
	f.DurationVar(&opts.IdleTimeout, "idle-timeout", 30*time.Minute, "close a connection idle this long (0: never)")
	f.StringVar(&opts.Passphrase, "passphrase", "", "what people type to join (default: four words)")
	f.StringVar(&opts.AuthorizedKeys, "authorized-keys", "", "also let in the SSH keys listed in FILE")
	f.StringVar(&opts.FacilitatorKey, "facilitator-key", "", "public key FILE that opens the dashboard over SSH")
	return cmd
}

// reach says who can connect to an address.
func reach(addr string) string {
	h, _, _ := net.SplitHostPort(addr)
	if ip := net.ParseIP(h); ip != nil && ip.IsLoopback() {
		return " (this computer only; --listen 0.0.0.0:2222 opens it to the room)"
	}
	return ""
}
