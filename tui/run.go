package tui

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/powercore/powercore/assessment"
)

// ErrAborted is returned when the user stops the assessment (ctrl+c).
var ErrAborted = errors.New("aborted by the user")

// Options configure a run of the assessment.
type Options struct {
	// Name is the respondent's name; when empty the intro asks for it.
	Name string
	// Present lays the screens out for a projector.
	Present bool
	// Accessible asks plain line prompts instead of drawing screens.
	Accessible bool
	// Out, when set, is where the result is saved as soon as the summary
	// appears (format from the extension); Force allows overwriting it.
	Out   string
	Force bool
	// Seed shuffles the options of shuffling sections; zero picks one.
	// NoShuffle keeps the bank's order (piped answers must meet the same
	// order every time).
	Seed      uint64
	NoShuffle bool

	// StateDir is where progress is saved after every answer, so that no
	// interruption loses work; empty saves none. Who tells apart the
	// respondents sharing a StateDir (empty for one person's own runs).
	StateDir string
	Who      string
	// Fresh starts afresh without asking to resume saved progress (which
	// is set aside, not deleted).
	Fresh bool
	// WhoFromName keys progress by the name typed on the intro, when Who
	// is not known before (a workshop participant with a generic login).
	WhoFromName bool

	// Key is the SHA256 fingerprint of the SSH key a workshop participant
	// logged in with ("" for none): it proves who they are on their return.
	Key string
	// Roster, on a workshop server, is the room this run is part of: it
	// claims names, checks resume codes and takes the finished result. A
	// run with a Roster has no save key (the participant may not pick a
	// path on the server's computer).
	Roster Roster

	// Input and Output are the terminal (default: stdin and stderr, so that
	// stdout carries only what is printed after the program ends).
	Input  io.Reader
	Output io.Writer
	// Environ is the terminal's environment (default: this process's).
	Environ []string
	// Now is the clock (default: time.Now).
	Now func() time.Time
	// Size, when set, is the window size to start with (tests, SSH).
	Width, Height int
}

func (o *Options) defaults() {
	if o.Input == nil {
		o.Input = os.Stdin
	}
	if o.Output == nil {
		o.Output = os.Stderr
	}
	if o.Environ == nil {
		o.Environ = os.Environ()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Seed == 0 && !o.NoShuffle {
		var b [8]byte
		_, _ = rand.Read(b[:])
		o.Seed = binary.LittleEndian.Uint64(b[:]) | 1
	}
}

// Outcome is how a run ended: the result, and where it was saved.
type Outcome struct {
	Result *assessment.Result
	// SavedTo is the file the result was saved to, if any; SaveErr is why
	// the --out file could not be written.
	SavedTo string
	SaveErr error
	// KeptIn is the copy of the result kept in the state folder because it
	// was not saved where asked; KeepErr is why that copy failed.
	KeptIn  string
	KeepErr error
	// Progress is the file the answers so far are kept in when the run
	// stopped early; Answered and Questions say how far it got.
	Progress            string
	Answered, Questions int
	// ProgressErr is why the answers could not be kept, when they could
	// not.
	ProgressErr string
	// Notices are things the user was told on screen that should outlive
	// it (a progress file set aside, answers dropped).
	Notices []Notice
	// Name is the name answered under ("" before one is given); Code the
	// person's resume code on a workshop server ("" for none). TakenOver
	// is set when the person carried on from another connection, and
	// Undecided while they are asked whether a name in use is theirs.
	Name, Code           string
	TakenOver, Undecided bool
	// Dark is whether the terminal's background looked dark, so that what
	// is printed after the program matches without asking it again.
	Dark bool
}

// Run takes one respondent through the bank and returns the scored result.
// It returns ErrAborted when the user quits before the end, or when ctx
// ends (the command cancels it on a closed terminal or a kill): either way
// the answers so far are kept.
func Run(ctx context.Context, bank *assessment.Bank, opts Options) (Outcome, error) {
	opts.defaults()
	if opts.Accessible {
		return runAccessible(ctx, bank, opts)
	}
	m := newModel(bank, opts)
	programOpts := []tea.ProgramOption{
		tea.WithContext(ctx),
		tea.WithInput(opts.Input),
		tea.WithOutput(opts.Output),
		tea.WithEnvironment(opts.Environ),
		tea.WithFilter(SkipRepeatedSizes(nil)),
		tea.WithFPS(localFPS),
	}
	if opts.Width > 0 && opts.Height > 0 {
		programOpts = append(programOpts, tea.WithWindowSize(opts.Width, opts.Height))
	}
	final, err := tea.NewProgram(m, programOpts...).Run()
	fm, _ := final.(*model)
	if fm == nil {
		fm = m
	}
	outcome := fm.outcome()
	if fm.result == nil {
		// Stopped before the end, however it stopped: keep the answers.
		fm.keepTypedText()
		fm.saveProgress()
		outcome = fm.outcome()
		if err == nil || errors.Is(err, tea.ErrInterrupted) || errors.Is(err, tea.ErrProgramKilled) {
			return outcome, ErrAborted
		}
		return outcome, err
	}
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return outcome, err
	}
	return outcome, nil
}
