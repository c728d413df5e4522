package main

import (
	"crypto/rand"
	"math/big"
	"strings"
)

// words are common, concrete words to read off a projector and type:
// 4 to 9 letters, no homophones that matter, nothing that looks like another
// word. Four of them from about a thousand are about 40 bits.
var words = strings.Fields(`
acorn acrobat actor admiral adobe agent alarm album alder algae alley alloy almanac almond
alpaca alpine amber amulet anchor angle ankle antler anvil apple apricot apron aqua arbor arcade
arch arena armadillo armor arrow artist aspen asteroid atlas attic aurora autumn avenue avocado
axle bacon badge badger bagel baker bakery balcony ballad bamboo banana bandana banjo barge bark
barley barn baron barrel basil basin basket bayou bazaar beacon beaker bean bear beard beaver
beet beetle beetroot bell bellows bench bicycle birch biscuit bishop bison blade blanket blaze
blender blizzard bloom blossom blue blueprint bluff boat bobcat bobsled bolt bone bonfire bonnet
book boot bottle bouquet bowl boxer bracelet bramble brass bread breakfast breeze brick bridge
broccoli brook broom brownie brush bubble bucket buckle buffalo buggy bugle bulldog bumble
bundle bunny burger burrow butter button cabbage cabin cable caboose cactus cadet cake calendar
caliper camel camellia camera camp canal canary candle candy cannon canoe canvas canyon cape
captain caramel carbon cargo carnival carousel carpet carrot cart cashew castle catfish cattle
cave caviar cedar celery cello cement century chain chair chalk channel chapel chariot chart
cheese chef cherry cherub chess chestnut chicken chimney chimp chip chisel chorus cider cinema
cinnamon circle circus citadel citrus city clam clarinet clay cliff cloak clock cloud clover
coach coast cobalt cobra cockpit cocoa coconut coffee collar comet compass concert condor cone
cookie copper coral cork corn cornet costume cottage cotton cougar country cousin coyote crab
cradle crane crater crayon crescent cricket crocus croissant crow crown crumpet crystal cucumber
cupboard cupcake curry curtain cushion custard cycle cypress dahlia daisy dancer dandelion dart
dawn decade deck deer delta denim desert desk diamond diary diesel dingo dinner dinosaur
dirigible dock dolphin domino donkey doodle door dove dragon dragonfly drawer dream drill
drizzle drum duck duckling dumpling dune dust dynamo eagle earth easel echo eclipse eggplant
elbow elder elephant elevator ember emerald engine envelope eraser espresso estate evening
fabric falafel falcon farm fawn feather fence fern ferret ferry festival fiddle field fiesta
finch fire firefly fish fjord flag flame flamingo flannel flask flax fleet flint flipper flock
florist flute foam folder fondue footpath forest forge fork fossil fountain frame freckle fresco
fritter frog frost fruit fudge funnel gadget galaxy gallon garage garden garland garlic garnet
gate gazebo gazelle gecko gelato geyser giant ginger gingko giraffe glacier glade glass glider
globe glove goat goblin gold gondola goose gopher gorilla granite grape grass gravel gravy
grizzly grove guava guitar gulf gumdrop habit hamlet hammer hammock hamster harbor harmonica
harp harvest hawk haystack hazel heart hedge hedgehog helmet hemlock herb heron hickory hill
hippo hive hobby honey honeybee hood hook horizon horn hornet horse hotel hummus husky hyacinth
iceberg icicle igloo iguana inkwell inlet insect iris iron island ivory jackal jacket jaguar
jalopy jasmine jasper javelin jelly jellyfish jersey jewel jigsaw jockey journal jukebox jungle
juniper kale kangaroo kayak kelp kestrel ketchup kettle keyboard kidney kiln kimono king kingdom
kipper kitchen kite kitten kiwi knapsack knee koala lace lacrosse ladder ladle ladybug lagoon
lake lamb lamp lamppost lane lantern laptop lasso latte lava lavender lawn leaf ledge leek lemon
lemonade lens lentil leopard lettuce library lilac lily lime limerick linen lion lizard llama
lobby lobster locket lollipop loom lotus luggage lullaby lumber lunar lunch macaroni magnet
magnolia magpie mammoth mandolin mango mantis maple marble marigold market marmot marsh mascot
mask mast maze meadow meerkat melon mesa meteor midnight mill minnow mint mirror mistletoe
mitten moccasin mocha mongoose monkey monsoon moon moonbeam moose mosaic moss moth motor
mountain muffin mulberry mule mural museum mushroom music mustang mustard napkin narwhal
nautilus nebula nectar needle nest newt nickel nomad noodle north notebook nougat nugget nutmeg
oasis oatmeal oboe ocean ocelot octopus office okapi olive omelet omelette onion opal opera
orange orbit orca orchard orchid origami oriole ostrich otter outpost oyster paddle paddock
pagoda pail paint palace palm pancake panda panther papaya paper paprika parade parcel park
parrot parsley parsnip passport pasta pastry path peach peacock peanut peapod pearl pebble pecan
pelican pencil pendant penguin peony pepper periscope petunia pheasant piano piccolo pickle
picnic pier pigeon pillow pilot pine pineapple pinecone pinwheel pipe pirate pistachio pizza
planet plank plate platypus plaza plover plow plum pocket poem polar pole poncho pond pony pool
popcorn poppy porch porcupine possum postcard potato potter pottery prairie pretzel primrose
prism propeller pudding puffball puffin pumpkin puppet puzzle pyramid quail quartz queen quill
quilt quiver quokka rabbit raccoon radar radio radish raft raindrop raisin rampart ranch
raspberry rattle raven redwood reed reef reindeer rhubarb ribbon rice ridge ring river riverbank
robin robot rock rocket rodeo roof rope rosemary rowboat ruby rudder saddle saffron sage
sailboat salad salmon salsa salt sand sandal sandbox sapphire sardine satchel satin sauce
sausage saxophone scallop scarecrow scarf school scooter scroll seahorse seashell season seed
sequoia shadow shark shed sheep shelf shell sherbet shield ship shoe shore shortcake shrimp silk
silo silver sketch skunk skylark skyline slate sled slipper slope sloth snail snake snow
snowflake snowman soap sock sofa sombrero sorbet soup spade spaniel sparkler sparrow spear spice
spider spinach spire sponge spoon spring sprocket spruce squash squid squirrel stable stag stamp
star starfish statue steam stem stew stingray stone stool stork storm stove straw stream strudel
studio sugar summer summit sundial sunflower sunset swallow swan sweater swing sycamore syrup
table taco tadpole tamarind tangerine tango tapestry tapir teacup teal teapot telescope tent
terrace thimble thistle thorn thrush thunder ticket tiger tile timber toast toboggan toffee
tomato tool topaz torch tornado tortoise toucan towel tower tractor trail train tram tree
trellis tricycle trombone trophy trout truffle trumpet tugboat tulip tuna tundra tunnel turkey
turnip turquoise turtle tusk tuxedo twig twilight ukulele umbrella unicorn urchin vagabond
valley vanilla vase velvet veranda vine vineyard violet violin volcano voyage vulture wafer
waffle wagon wallaby walnut walrus wand warbler wasp weasel weevil wetland wharf wheat wheel
whirlwind whistle wigwam wildcat willow windmill window wing winter wisteria wizard wolf wombat
wool wren yacht yarn yodel yogurt zebra zephyr zeppelin zinc zipper zucchini
`)

// passphraseWords is how many words a passphrase has.
const passphraseWords = 4

// newPassphrase is four random words joined by dashes: easy to read out,
// about 40 bits. With the server's limits on wrong passphrases (at most
// about 2.5 million checked a day, from however many addresses), the
// chance of guessing it within a day is about 1 in 400,000.
func newPassphrase() string {
	picked := make([]string, passphraseWords)
	for i := range picked {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(words))))
		if err != nil {
			panic("no randomness: " + err.Error())
		}
		picked[i] = words[n.Int64()]
	}
	return strings.Join(picked, "-")
}
