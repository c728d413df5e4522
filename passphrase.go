package main

import (
	"crypto/rand"
	"math/big"
	"strings"
)

// words are short, common, unambiguous words to read off a projector and
// type: no homophones, nothing that looks like another word.
var words = strings.Fields(`
amber apple arrow aspen bagel basil beach berry birch bison blaze bloom
brave brick brook cabin cactus camel candle canoe cargo cedar cello chalk
cherry cider cloud clover cobalt comet coral cotton crane crisp daisy delta
denim dingo dune eagle ember fable falcon fern fiddle finch flint forest
fossil frost garnet gecko ginger glacier globe grape gravel harbor hazel
heron honey island ivory jasper jelly kayak kettle kiwi koala lagoon lantern
lemon lilac linen lotus lunar magnet mango maple marble meadow melon mint
mocha moose nectar nickel nutmeg oasis olive onion orbit otter oyster paddle
panda pebble pepper piano pillow pine planet plum polar poppy prairie puffin
quartz quill radar raven reef ribbon river robin rocket saddle saffron salmon
sandal scarf shadow silver sketch sparrow spruce squash stone summit sunset
tango thistle thunder tiger timber tomato topaz tulip tundra turtle velvet
violet walnut willow window winter yarn zebra zephyr
`)

// newPassphrase is three random words joined by dashes: easy to read out,
// about 21 bits — enough against guessing with the per-address limit on
// wrong tries, for a room that is in the same place for an hour.
func newPassphrase() string {
	picked := make([]string, 3)
	for i := range picked {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(words))))
		if err != nil {
			panic("no randomness: " + err.Error())
		}
		picked[i] = words[n.Int64()]
	}
	return strings.Join(picked, "-")
}
