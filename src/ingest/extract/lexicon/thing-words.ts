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
  "Point", "Peninsula", "Cove", "Lakes", "Ridge", "Canyon", "Desert", "Forest", "Gardens", "Garden", "Plaza",
  "Parkway", "Crescent", "Terrace", "Trail", "Island", "Isle", "Strait", "Gulf",
  "Ocean", "Sea", "Reservoir", "Dam", "Pass", "Junction", "Crossing", "Landing", "Springs", "Valley",
  "Facility", "Prison", "Penitentiary", "Jail", "Base", "Port", "Terminal", "Campus",
  // businesses and organisations
  "Brewery", "Brewing", "Bakery", "Winery", "Distillery", "Farms", "Foods", "Motors", "Airlines", "Airways",
  "Technologies", "Technology", "Systems", "Solutions", "Holdings", "Partners", "Capital", "Ventures",
  "Industries", "Enterprises", "Networks", "Communications", "Pharmaceuticals", "Labs", "Laboratories",
  "Channel", "Studios", "Studio", "Records", "Pictures", "Films", "Productions", "Entertainment", "Books",
  "Publishing", "Publishers", "Magazine", "Manufacturers", "Makers", "Tenants", "Owners", "Councils",
  "Workers", "Engineers", "Nurses", "Teachers", "Employees", "Producers", "Growers", "Dealers", "Realty",
  "Insurance", "Securities", "Investments", "Chemical", "Chemicals", "Steel", "Mining", "Oil", "Gas",
  "Pipeline", "Pipelines", "Rail", "Railway", "Transit", "Logistics", "Telecom", "Wireless", "Mobile",
  // products, events, works and laws
  "Razor", "Cream", "Lotion", "Shampoo", "Soap", "Serum", "Balm", "Spray", "Gel", "Fuel", "Wax", "Meter",
  "Phone", "Tablet", "Console", "App", "Tax", "Tariff", "Levy", "Fee", "Act", "Tournament", "Invitational",
  "Classic", "Open", "Opens", "Marathon", "Derby", "Rally", "Parade", "Dance", "Ball", "Show", "Tour",
  "Challenge", "Trophy", "Medal", "Index", "Exchange", "Market", "Markets", "Program", "Scheme",
]);
/**
 * Common English adjectives and nouns that open titles, products, places and organisations ("Silver Line",
 * "Crimson Tide", "Broken Arrow") and are not first names. A capitalised run opening with one of these is a
 * person only with further evidence (an honorific, a title, a speech verb, its last word alone elsewhere).
 * Compared case-sensitively; listed first names ("Rich", "Will", "Grant") are never treated as such.
 */
export const COMMON_OPENING_WORDS: ReadonlySet<string> = new Set([
  // colours and looks
  "Black", "White", "Red", "Blue", "Green", "Yellow", "Orange", "Purple", "Pink", "Brown", "Grey", "Gray",
  "Golden", "Silver", "Crimson", "Scarlet", "Dark", "Bright", "Pale", "Clear",
  // qualities
  "Crazy", "Rich", "Poor", "Sharp", "Dirty", "Clean", "Fresh", "Slow", "Fast", "Quick", "Hot", "Cold", "Warm",
  "Cool", "Wild", "Brave", "Strange", "Happy", "Sad", "Angry", "Beautiful", "Ugly", "Pretty", "Sweet", "Bitter",
  "Little", "Small", "Tiny", "Large", "Huge", "Tall", "Short", "Long", "High", "Low", "Deep", "Hard", "Soft",
  "Heavy", "Light", "Loud", "Quiet", "Silent", "Secret", "Hidden", "Lost", "Broken", "Burning", "Frozen",
  "Foreign", "Original", "Final", "Early", "Late", "Young", "Modern", "Ancient", "Classic", "Real", "True",
  "False", "Perfect", "Total", "Pure", "Simple", "Smart", "Holy", "Sacred", "Daily", "Mighty", "Super", "Ultra", "Mega", "Grand", "Royal", "Civic", "Urban", "Rural", "Coastal", "Global",
  "Digital", "Critical", "Special", "Social", "Natural", "Human", "Animal", "Private", "Double", "Single",
  "Dead", "Living", "Killing", "Sleeping", "Dancing", "Flying", "Running", "Rolling",
  // nouns
  "Motion", "Picture", "Code", "Power", "Play", "Body", "Hair", "Face", "Heart", "Mind", "Soul",
  "Camp", "Rock", "Paper", "Stone", "Glass", "Steel", "Iron", "Gold", "Diamond", "Crystal", "Metro", "Motor",
  "Youth", "Golf", "Hockey", "Soccer", "Tennis", "Salmon", "Bear", "Wolf", "Eagle", "Lion", "Tiger",
  "Fox", "Dog", "Cat", "Horse", "Bird", "Coffee", "Tea", "Wine", "Beer", "Sugar", "Salt", "Honey",
  "Bread", "Apple", "Cherry", "Berry", "Maple", "Pine", "Oak", "Cedar", "Rose", "Lily", "Sun", "Moon", "Star",
  "Sky", "Rain", "Snow", "Storm", "Thunder", "Fire", "Water", "Earth", "Wind", "Ice", "Ocean", "Sea", "River",
  "Mountain", "Desert", "Forest", "Island", "Harbour", "Harbor", "Waterfront", "Downtown",
  "Uptown", "Midtown", "Home", "House", "Town", "Country", "Nation", "Kingdom", "Empire", "Planet", "World",
  "Space", "Time", "Life", "Love", "Peace", "Hope", "Faith", "Freedom", "Liberty", "Justice", "Truth",
  "Family", "Friends", "Kids", "Baby", "Child", "Mother", "Father", "Brother", "Sister", "Doctor", "Captain",
  "Major", "Master", "Mister", "Lady", "Girl", "Boy", "Man", "Woman", "Bride", "Angel", "Devil",
  "Ghost", "Monster", "Dragon", "Knight", "Hunter", "Killer", "Rider", "Runner", "Walker", "Dancer", "Singer",
  "Game", "Games", "Song", "Music", "Dance", "Film", "Movie", "Book", "Story", "Tale", "Show", "News",
  "Amazing", "Incredible", "Fantastic", "Magic", "Lucky", "Wicked", "Savage", "Gentle", "Proud", "Bold",
  "Fierce", "Lonely", "Honest", "Noble", "Humble", "Famous", "Epic", "Massive", "Mini", "Micro", "Giant",
  "Endless", "Eternal", "Infinite", "Vintage", "Rustic", "Elite", "Prime", "Ultimate", "Extreme", "Wonder",
  "Electric", "Atomic", "Cosmic", "Solar", "Lunar", "Arctic", "Tropical", "Polar", "Alpine", "Crispy", "Spicy",
  "Kitchen", "Table", "Chair", "Door", "Window", "Wall", "Castle", "Palace", "Farm", "Ranch", "Barn", "Factory",
  "Shop", "Cloud", "Data", "Car", "Truck", "Train", "Boat", "Plane", "Rocket", "Jet", "Bike", "Wheel", "Engine",
  "Machine", "Robot", "Computer", "Screen", "Blood", "Bone", "Skin", "Eye", "Hand", "Foot", "Head", "Fish",
  "Meat", "Milk", "Cheese", "Pizza", "Burger", "Chicken", "Pork", "Beef", "Garlic", "Pepper", "Lemon", "Lime",
  // recipe steps
  "Stir", "Add", "Mix", "Boil", "Bake", "Serve", "Cook", "Season", "Pour", "Heat", "Whisk", "Chop", "Simmer",
]);
