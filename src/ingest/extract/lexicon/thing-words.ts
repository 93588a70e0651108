/**
 * Capitalised nouns that end the names of places, businesses, products, events and works rather than of
 * people: "Harbour Point Beach", "Arden Brewery", "Silverline Technologies", "Nordic Razor". A capitalised
 * run ending in one of these is not a person unless an honorific or a title says so. Words that are also
 * common surnames ("Brook", "Hill") are listed in WORD_SURNAMES too, so a listed first name still makes a
 * person ("Dana Hill"). Compared case-sensitively.
 */
export const THING_HEAD_NOUNS: ReadonlySet<string> = new Set([
  // places
  "Beach", "Beaches", "Brook", "Creek", "Falls", "Harbour", "Harbor", "Hills", "Heights", "Pines",
  "Point", "Peninsula", "Cove", "Lakes", "Ridge", "Canyon", "Desert", "Gardens", "Garden", "Plaza",
  "Parkway", "Crescent", "Terrace", "Trail", "Island", "Isle", "Strait", "Gulf",
  "Sea", "Reservoir", "Dam", "Pass", "Junction", "Crossing", "Landing", "Springs", "Valley",
  "Facility", "Prison", "Penitentiary", "Jail", "Base", "Port", "Terminal", "Campus",
  // businesses and organisations
  "Brewery", "Brewing", "Bakery", "Winery", "Distillery", "Farms", "Foods", "Motors", "Airlines", "Airways",
  "Technologies", "Technology", "Systems", "Solutions", "Holdings", "Partners", "Capital", "Ventures",
  "Industries", "Enterprises", "Networks", "Communications", "Pharmaceuticals", "Labs", "Laboratories",
  "Channel", "Studios", "Studio", "Records", "Pictures", "Films", "Productions", "Entertainment", "Books",
  "Publishing", "Publishers", "Magazine", "Manufacturers", "Makers", "Tenants", "Owners", "Councils",
  "Workers", "Engineers", "Nurses", "Teachers", "Employees", "Producers", "Growers", "Dealers", "Realty",
  "Insurance", "Securities", "Investments", "Chemical", "Chemicals", "Mining", "Oil", "Gas",
  "Pipeline", "Pipelines", "Rail", "Railway", "Transit", "Logistics", "Telecom", "Wireless", "Mobile",
  // products, events, works and laws
  "Razor", "Cream", "Lotion", "Shampoo", "Soap", "Serum", "Balm", "Spray", "Gel", "Fuel", "Wax", "Meter",
  "Phone", "Tablet", "Console", "App", "Tax", "Tariff", "Fee", "Act", "Tournament", "Invitational",
  "Classic", "Open", "Opens", "Marathon", "Derby", "Rally", "Parade", "Dance", "Ball", "Show", "Tour",
  "Challenge", "Trophy", "Medal", "Index", "Exchange", "Market", "Markets", "Program", "Scheme",
]);
/**
 * Common English adjectives and nouns that open titles, products, places and organisations ("Crimson Line",
 * "Crimson Tide", "Broken Arrow") and are not first names. A capitalised run opening with one of these is a
 * person only with further evidence (an honorific, a title, a speech verb, its last word alone elsewhere).
 * Compared case-sensitively; listed first names ("Rich", "Will", "Grant") are never treated as such.
 */
export const COMMON_OPENING_WORDS: ReadonlySet<string> = new Set([
  // colours and looks
  "Black", "White", "Red", "Blue", "Green", "Yellow", "Orange", "Purple", "Pink", "Brown", "Golden", "Crimson",
  "Dark", "Bright", "Pale", "Clear",
  // qualities
  "Crazy", "Poor", "Sharp", "Dirty", "Clean", "Fresh", "Slow", "Fast", "Quick", "Hot", "Cold", "Warm",
  "Cool", "Wild", "Brave", "Strange", "Happy", "Sad", "Angry", "Beautiful", "Ugly", "Pretty", "Bitter",
  "Small", "Tiny", "Large", "Huge", "Tall", "High", "Low", "Deep", "Hard", "Soft",
  "Heavy", "Light", "Loud", "Quiet", "Silent", "Secret", "Hidden", "Lost", "Broken", "Burning", "Frozen",
  "Foreign", "Original", "Final", "Early", "Late", "Modern", "Ancient", "Classic", "Real", "True",
  "False", "Perfect", "Total", "Pure", "Simple", "Smart", "Holy", "Sacred", "Daily", "Mighty", "Super",
  "Ultra", "Mega", "Civic", "Urban", "Rural", "Coastal", "Global",
  "Digital", "Critical", "Special", "Social", "Natural", "Human", "Animal", "Private", "Double", "Single",
  "Dead", "Living", "Killing", "Sleeping", "Dancing", "Flying", "Running", "Rolling",
  // nouns
  "Motion", "Picture", "Code", "Power", "Play", "Body", "Hair", "Face", "Heart", "Mind", "Soul",
  "Camp", "Rock", "Paper", "Glass", "Metro", "Motor",
  "Youth", "Golf", "Hockey", "Soccer", "Tennis", "Dog", "Cat", "Horse", "Bird", "Coffee", "Tea", "Wine",
  "Beer", "Salt", "Bread", "Apple", "Pine", "Oak", "Snow", "Thunder", "Fire", "Water", "Wind", "Ice", "Sea",
  "Mountain", "Desert", "Island", "Harbour", "Harbor", "Waterfront", "Downtown", "Lake", "Mount", "Fort", "Port",
  "Cape", "Lac", "Mont",
  "Uptown", "Midtown", "Home", "House", "Town", "Country", "Nation", "Planet", "World",
  "Space", "Time", "Life", "Freedom", "Family", "Friends", "Kids", "Child", "Mother", "Father", "Brother",
  "Sister", "Girl", "Boy", "Man", "Woman", "Bride", "Devil",
  "Ghost", "Monster", "Dragon", "Knight", "Killer", "Runner", "Dancer", "Singer",
  "Game", "Games", "Song", "Music", "Dance", "Film", "Movie", "Book", "Story", "Tale", "Show", "News",
  "Amazing", "Incredible", "Fantastic", "Magic", "Lucky", "Wicked", "Savage", "Gentle", "Proud", "Bold",
  "Fierce", "Lonely", "Honest", "Noble", "Humble", "Famous", "Epic", "Massive", "Mini", "Micro", "Giant",
  "Endless", "Eternal", "Infinite", "Vintage", "Rustic", "Elite", "Prime", "Ultimate", "Extreme", "Wonder",
  "Electric", "Atomic", "Cosmic", "Solar", "Lunar", "Arctic", "Tropical", "Polar", "Alpine", "Crispy", "Spicy",
  "Kitchen", "Table", "Chair", "Door", "Window", "Wall", "Castle", "Palace", "Farm", "Ranch", "Barn", "Factory",
  "Shop", "Cloud", "Data", "Car", "Truck", "Train", "Boat", "Plane", "Rocket", "Jet", "Bike", "Wheel", "Engine",
  "Machine", "Robot", "Computer", "Screen", "Blood", "Bone", "Skin", "Eye", "Hand", "Foot", "Head", "Fish",
  "Meat", "Milk", "Cheese", "Pizza", "Burger", "Chicken", "Pork", "Beef", "Garlic",   // recipe steps
  "Stir", "Add", "Mix", "Boil", "Bake", "Serve", "Season", "Pour", "Heat", "Whisk", "Chop", "Simmer",
]);

/**
 * Verbs and function words that may follow a lone capitalised word after an article when the text uses it as a
 * thing: "the Gulls won", "a hard Wexit *and* …" (see thingWords in people.ts). Lower-case.
 */
export const THING_FOLLOWING_WORDS: readonly string[] = [
  "is", "was", "has", "had", "will", "would", "and", "or", "in", "on", "at", "to", "for", "with", "from", "of",
  "as",
];

/**
 * Words between an article and a person's name: "the late Okafor", "the embattled Ruiz", "the rookie Lund". After
 * an article they do not make the capitalised word a thing (see thingWords in people.ts).
 */
export const PERSON_ADJECTIVES: ReadonlySet<string> = new Set([
  "late", "former", "young", "old", "elderly", "legendary", "famous", "great", "real", "then", "now", "same",
  "other",
]);
