package tui

import "github.com/powercore/powercore/assessment"

// Roster is a workshop's side of a participant's run: who answers under
// which name, whether a resume code may be tried, and where a finished
// result goes. A run without a Roster is one person's own, on their own
// computer.
type Roster interface {
	// Claim reserves the person (a PersonKey) for this run, with what
	// proves it is them; when another run that is still connected holds
	// them it returns false and that run's owner.
	Claim(who string, owner *assessment.Owner) (bool, *assessment.Owner)
	// TakeOver moves the person to this run, ending the run that held
	// them.
	TakeOver(who string, owner *assessment.Owner)
	// Owns reports whether this run still holds the person, so that a run
	// taken over never saves over the newer one; Busy whether another run,
	// still connected, answers for them.
	Owns(who string) bool
	Busy(who string) bool
	// TryCode reports whether another resume code may be tried for the
	// person now; WrongCode hears of a wrong one (allowed: it was tried).
	TryCode(who string) bool
	WrongCode(who string, allowed bool)
	// MayHandIn reports whether a result may be handed in now.
	MayHandIn() bool
	// HandIn saves a finished result for the facilitator, durably, and
	// returns where; Unsaved hears why it could not be, and whether the
	// answers were kept as progress instead (nil: kept).
	HandIn(r *assessment.Result, name string) (string, error)
	Unsaved(err, kept error)
}
