package tui

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// A reflection takes 2,000 characters: a longer paste keeps those, says
// the rest was left out, and the note goes with the next key.
func TestAReflectionPasteIsCutWithANote(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	m.showQuestion(len(m.questions) - 1)
	m.Update(tea.PasteMsg{Content: strings.Repeat("é", 3000)})
	wantScreen(t, m, "Only the first 2000 characters of what you pasted fit here")
	press(m, "enter")
	a, ok := m.answers.Get("note")
	if !ok || utf8.RuneCountInString(a.Value) != maxTextInput {
		t.Errorf("the reflection holds %d characters, want %d", utf8.RuneCountInString(a.Value), maxTextInput)
	}
	if strings.Contains(screen(m), "what you pasted") {
		t.Errorf("the note outlived the next key:\n%s", screen(m))
	}
}

// Typed reflections lose bidirectional override characters, which would
// make them read otherwise in a report or an editor.
func TestAReflectionLosesBidiOverrides(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	m.showQuestion(len(m.questions) - 1)
	m.Update(tea.PasteMsg{Content: "pay \u202e0001\u202c now \u2066x\u2069"})
	press(m, "enter")
	if a, _ := m.answers.Get("note"); a.Value != "pay 0001 now x" {
		t.Errorf("the reflection is %q, want %q", a.Value, "pay 0001 now x")
	}
}

func TestPasteLimitCutsOnlyThePaste(t *testing.T) {
	in := "before" + "\x1b[200~" + strings.Repeat("x", 1<<20) + "\x1b[201~" + "after\x1b[20" + "\x1b[200~short\x1b[2\x1b[201~"
	got, err := io.ReadAll(newPasteLimit(strings.NewReader(in)))
	if err != nil {
		t.Fatal(err)
	}
	want := "before" + "\x1b[200~" + strings.Repeat("x", maxPaste) + "\x1b[201~" + "after\x1b[20" + "\x1b[200~short\x1b[2\x1b[201~"
	if string(got) != want {
		t.Errorf("got %d bytes, want %d: the paste cut to %d bytes and everything else as it was", len(got), len(want), maxPaste)
	}
}

// bigPaste is 60 KB of words, as QA pasted.
var bigPaste = strings.Repeat(strings.Repeat("A", 99)+" ", 600)

// typeBurst sends text one key press per character with no pause, as a
// terminal without bracketed paste sends a paste, each followed by a frame
// as Bubble Tea draws one, then lets the pause after it pass.
func typeBurst(m *model, text string) {
	for _, r := range text {
		m.Update(keyMsg(string(r)))
		m.View()
	}
	m.Update(typeAheadMsg{})
	m.Update(typeAheadMsg{})
}

// A paste that comes as one key per character (no bracketed paste) is cut
// at the field's limit like a bracketed one, and says so.
func TestAnUnbracketedPasteIsCutWithANote(t *testing.T) {
	t.Run("name", func(t *testing.T) {
		m := newTestModel(t, parseBank(t, tinyBank), Options{})
		typeBurst(m, bigPaste)
		wantScreen(t, m, "This field takes 64 characters: what came after them was left out.")
		press(m, "enter")
		if want := strings.Repeat("A", 64); m.name != want {
			t.Errorf("the name is %q, want %q", m.name, want)
		}
	})
	t.Run("save prompt", func(t *testing.T) {
		t.Chdir(t.TempDir())
		m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
		answerTiny(t, m)
		press(m, "enter", "s")
		typeBurst(m, strings.Repeat("a", 5000))
		wantScreen(t, m, "This field takes 4096 characters: what came after them was left out.")
		if n := len(m.summary.path); n != maxPathInput {
			t.Errorf("the file name holds %d characters, want %d", n, maxPathInput)
		}
	})
	t.Run("reflection", func(t *testing.T) {
		m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
		m.showQuestion(len(m.questions) - 1)
		typeBurst(m, bigPaste)
		wantScreen(t, m, "This field takes 2000 characters: what came after them was left out.")
		press(m, "enter")
		a, _ := m.answers.Get("note")
		if want := bigPaste[:maxTextInput]; a.Value != want {
			t.Errorf("the reflection holds %d characters (%q…), want the first %d of the paste", len(a.Value), a.Value[:min(20, len(a.Value))], maxTextInput)
		}
	})
}

// Keys typed at once reach the field in order, before any key that is not
// text (here backspace and enter).
func TestTypedAheadKeysKeepTheirOrder(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{})
	for _, k := range []tea.KeyPressMsg{keyMsg("A"), keyMsg("n"), keyMsg("x"), {Code: tea.KeyBackspace}, keyMsg("n"), keyMsg("e")} {
		m.Update(k)
	}
	m.Update(keyMsg("enter"))
	if m.name != "Anne" {
		t.Errorf("the name is %q, want %q", m.name, "Anne")
	}
}

// BenchmarkUnbracketedPaste is 60 KB pasted one key per character into the
// name field and into a reflection, a frame drawn after each key: well
// under a second each, so that ctrl+c after it is not kept waiting.
func BenchmarkUnbracketedPaste(b *testing.B) {
	bank := parseBank(b, tinyBank)
	for _, field := range []string{"name", "reflection"} {
		b.Run(field, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				m := benchModel(bank, 100, 30)
				if field == "name" {
					m.opts.Name = ""
					m.showIntro()
				} else {
					m.showQuestion(len(m.questions) - 1)
				}
				b.StartTimer()
				typeBurst(m, bigPaste)
			}
		})
	}
}
