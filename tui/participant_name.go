package tui

import (
	"strings"
	"unicode"
)

// genericNames are logins that say nothing about who is there: the
// participant is asked for a name instead.
var genericNames = map[string]bool{
	"root": true, "admin": true, "user": true, "guest": true, "workshop": true,
	"participant": true, "powercore": true, "test": true, "ubuntu": true,
	"pi": true, "anonymous": true, "ec2-user": true, "me": true, "x": true,
}

// ParticipantName turns an SSH login into the name a result carries: ""
// for a generic login (ask instead), false for a name no one should be
// given (control characters, path separators, dots only, over 64
// characters).
func ParticipantName(login string) (string, bool) {
	// Spaces alone are no name: ask for one.
	login = strings.TrimSpace(login)
	if login == "" {
		return "", true
	}
	if len([]rune(login)) > 64 || strings.Trim(login, ".") == "" {
		return "", false
	}
	for _, r := range login {
		if r == '/' || r == '\\' || !unicode.IsPrint(r) {
			return "", false
		}
	}
	if genericNames[strings.ToLower(login)] {
		return "", true
	}
	return login, true
}
