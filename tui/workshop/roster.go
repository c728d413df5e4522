package workshop

import (
	"github.com/charmbracelet/ssh"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui"
)

// member is a participant's place in the room: the server's side of their
// run (tui.Roster), with what the log says of them.
type member struct {
	s     *server
	sess  ssh.Session
	login string
	// named is set when the login was a name, so the log need not say
	// who the login turned out to be.
	named bool
	p     *tui.Participant
}

func (r *member) name() string { return who(r.p.Outcome().Name, r.sess) }

// Claim reserves the person for this run, and logs when someone else
// answers under the name already.
func (r *member) Claim(who string, owner *assessment.Owner) (bool, *assessment.Owner) {
	ok, live := r.s.claim(who, r.p, owner)
	if ok && !r.named {
		r.s.logf("%s is %s", assessment.Printable(r.login), r.name())
	}
	if !ok && !live.ProvenBy(r.sess.Permissions().Extensions[keyExtension]) {
		r.s.logf("%s: someone is answering as %q already; asked for their resume code", assessment.Printable(r.login), who)
	}
	return ok, live
}

// TakeOver moves the person here, ending their other connection.
func (r *member) TakeOver(who string, owner *assessment.Owner) {
	r.s.logf("%s carries on here from another connection", assessment.Printable(who))
	r.s.takeOver(who, r.p, owner)
}

// Owns reports whether this run still answers for the person.
func (r *member) Owns(who string) bool { return r.s.owns(who, r.p) }

// Busy reports another connected run answering for the person.
func (r *member) Busy(who string) bool { return r.s.busy(who, r.p) }

// TryCode reports whether another resume code may be tried for a name.
func (r *member) TryCode(who string) bool { return r.s.codes.allowed(who) }

// WrongCode counts a wrong resume code, and logs it.
func (r *member) WrongCode(who string, allowed bool) {
	if allowed {
		r.s.codes.wrong(who)
	}
	r.s.logf("%s from %s: wrong resume code for %q; asked to choose another name", assessment.Printable(r.login), host(r.sess.RemoteAddr()), who)
}

// MayHandIn keeps one address from handing in a crowd of results.
func (r *member) MayHandIn() bool { return r.s.mayHandIn(host(r.sess.RemoteAddr()), r.name()) }

// HandIn saves a finished result in the results folder, and logs it.
func (r *member) HandIn(result *assessment.Result, name string) (string, error) {
	path, err := r.s.folder.saveResult(result, r.s.bank, name)
	if err == nil {
		r.s.logf("%s finished: %s", r.name(), path)
	}
	return path, err
}

// Unsaved logs a result that could not be saved, and where its answers are.
func (r *member) Unsaved(err, kept error) { r.s.logUnsaved(r.name(), err, kept) }
