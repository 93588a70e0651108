/**
 * Capitalised words that are never part of a person's name. A capitalised sequence containing one of these
 * is not a person ("Islam Times", "Rural Affairs", "Nova Scotia", "Islamic Revolution").
 * Compared case-sensitively after stripping a possessive "'s".
 */
const FUNCTION_WORDS = [
  "The", "A", "An", "He", "She", "They", "It", "We", "I", "You", "His", "Her", "Hers", "Their", "Its", "Our",
  "My", "Your", "Him", "Them", "Us", "Me", "This", "That", "These", "Those", "There", "Here", "But", "And",
  "Or", "Nor", "So", "Yet", "In", "On", "At", "For", "From", "With", "Without", "After", "Before", "When",
  "While", "If", "As", "Since", "Although", "Though", "However", "Meanwhile", "Still", "Also", "Even", "Then",
  "Now", "Some", "Many", "Most", "Other", "Another", "Each", "Every", "All", "Both", "Any", "No", "Not", "Yes",
  "Last", "Next", "During", "Despite", "According", "Regarding", "Elsewhere", "Speaking", "What", "Who", "Whom",
  "Why", "How", "Where", "Which", "Whether", "To", "Of", "By", "About", "Over", "Under", "Into", "Through",
  "Between", "Among", "Against", "Until", "Unless", "Because", "Instead", "Once", "Just", "Only", "More",
  "Less", "Much", "Such", "Very", "Well", "Like", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be", "Been",
  "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Shall", "Let",
  "Please", "Thank", "Thanks", "Oh", "Okay", "OK", "Hi", "Hello", "Mr", "Mrs", "Ms", "Dr", "St", "Up", "Out",
  "Off", "Down", "Again", "Ever", "Never", "Always", "Often", "Sometimes", "Today", "Tomorrow", "Yesterday",
  "Tonight", "Earlier", "Later", "Currently", "Recently", "Originally", "Overall", "Finally", "Indeed",
  "Perhaps", "Maybe", "Asked", "Said", "Says", "Sources", "Source", "Watch", "Read", "Listen", "Photo",
  "Video", "Image", "Related", "Advertisement", "Story", "Continue", "Updated", "Posted", "Click", "Share",
  "Follow", "Subscribe", "Sign", "Get", "See", "First", "Second", "Third", "One", "Two", "Three", "Four", "Five",
  "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen",
  "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety",
  "Hundred", "Dozens", "Dozen", "Half", "Hundreds", "Thousands", "Millions", "Everyone", "Nobody", "Someone",
  "Something", "Nothing", "Everything", "Anyone", "People", "Many", "Few", "Several", "Former", 
  "New", "Old", "Big", "Great", "Good", "Bad", "Best", "Worst", "Top", "Free", "Full",
];

const CALENDAR = [
  "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
  "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
  "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter", "Ramadan",
  "Thanksgiving", "Halloween", "Eid", "Day", "Week", "Year", "Years", "Month", "Weekend", "Season",
];

/** Words that head organisations, places, events, works and groups rather than people. */
const INSTITUTION_WORDS = [
  "Times", "News", "Press", "Herald", "Journal", "Gazette", "Globe", "Mail", "Tribune",
  "Daily", "Weekly", "Magazine", "Radio", "TV", "Television", "Network", "Media", "Online", "Report",
  "Affairs", "Department", "Ministry", "Government", "Administration", "Agency", "Office", "Bureau",
  "Commission", "Committee", "Council", "Board", "Authority", "Service", "Services", "Force", "Forces",
  "Police", "Army", "Navy", "Military", "Guard", "Court", "Courts", "Tribunal", "Parliament", "Senate",
  "House", "Commons", "Assembly", "Congress", "Legislature", "Cabinet", "Party", "Liberal", "Liberals",
  "Conservative", "Conservatives", "Tory", "Tories", "NDP", "Democrat", "Democrats", "Republican",
  "Republicans", "Greens", "Bloc", "Union", "Unions", "Association", "Federation", "Society",
  "Institute", "Foundation", "Centre", "Center", "Centres", "Council", "Coalition", "Alliance", "League",
  "Club", "Team", "Group", "Company", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Co", "Bank", "Fund",
  "Trust", "Hospital", "Clinic", "Health", "University", "College", "School", "Academy", "Church", "Mosque",
  "Temple", "Synagogue", "Museum", "Library", "Theatre", "Theater", "Arena", "Stadium", "Airport",
  "Station", "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Drive", "Highway", "Bridge",
  "Square", "Place", "Building", "Tower", "Mall", "Cafe", "Restaurant", "Hotel", "Market", "Centre",
  "City", "Town", "Village", "County", "Province", "Provinces", "State", "States", "Region", "District",
  "Territory", "Territories", "Island", "Islands", "River", "Bay", "Mountain", "Mountains", "Valley",
  "Coast", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
  "Canada", "Canadian", "Canadians", "America", "American", "Americans", "United", "Kingdom", "Nations",
  "Nation", "National", "International", "Federal", "Provincial", "Municipal", "Royal", "Crown", "Supreme",
  "Ontario", "Quebec", "Alberta", "Manitoba", "Saskatchewan", "Nova", "Scotia", "Brunswick", "Newfoundland",
  "Labrador", "Prince", "Yukon", "Nunavut", "Northwest", "British", "Columbia", "Toronto", "Ottawa",
  "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Halifax", "Regina", "Saskatoon", 
  "Moncton", "Fredericton", "Charlottetown", "Whitehorse", "Yellowknife", "Iqaluit", "Kingston",
  "London", "Paris", "Washington", "York", "Beijing", "China", "Chinese", "Iran", "Iranian", "Iraq",
  "Israel", "Israeli", "Palestine", "Palestinian", "Palestinians", "Lebanon", "Lebanese", "Syria", "Syrian",
  "Saudi", "Arabia", "Russia", "Russian", "Ukraine", "India", "Indian", "Pakistan", "Afghanistan", "Mexico",
  "Mexican", "Europe", "European", "Africa", "African", "Asia", "Asian", "Germany", "German", "France",
  "French", "English", "Britain", "Japan", "Japanese", "Korea", "Korean", "Venezuela", "Cuba", "Brazil",
  "Australia", "Italy", "Spain", "Turkey", "Egypt", "Yemen", "Qatar", "Gaza", "Jerusalem", "Tehran",
  "Islam", "Islamic", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Catholic",
  "Protestant", "Zionist", "Zionists", "Hezbollah", "Hamas", "Taliban", "Revolution", "Resistance", "Axis",
  "Unity", "Conference", "Summit", "Forum", "Festival", "Games", "Olympics", "Olympic", "Cup", "Championship",
  "Championships", "Series", "Award", "Awards", "Prize", "Act", "Bill", "Law", "Charter", "Treaty", "Accord",
  "Agreement", "Plan", "Program", "Programme", "Project", "Strategy", "Policy", "Initiative", "Campaign",
  "Budget", "Review", "Inquiry", "Index", "Survey", "Study", "Census", "Statistics", "Internet", "Facebook",
  "Twitter", "Instagram", "YouTube", "Google", "Apple", "Amazon", "Microsoft", "Netflix", "Uber", "CBC",
  "CTV", "CP", "RCMP", "OPP", "UN", "NATO", "NHL", "NBA", "NFL", "MLB", "MLS", "CFL", "FIFA", "GDP", "COVID",
  "Raptors", "Leafs", "Canadiens", "Oilers", "Flames", "Canucks", "Senators", "Jets", "Bruins", "Rangers",
  "Rockets", "Pacers", "Grizzlies", "Lakers", "Celtics", "Warriors", "Bucks", "Knights", "Jays",
  "Stampeders", "Eskimos", "Argonauts", "Alouettes", "Lions", "Riders", "Roughriders", "Cats",
  "Veterans", "Indigenous", "First", "Aboriginal", "Inuit", "Metis", "Métis", "God", "Allah", 
  "Prophet", "Koran", "Quran", "Bible", "Gospel", "Internet", "Web", "Wi-Fi", "English", "Arabic",
  "Local", "Region", "Regional", "Community",
  "Communities", "Public", "Safety", "Security", "Defence", "Defense", "Justice", "Finance", "Environment",
  "Immigration", "Transport", "Transportation", "Education", "Energy", "Agriculture", "Fisheries", "Oceans",
  "Labour", "Labor", "Employment", "Housing", "Trade", "Commerce", "Industry", "Economic", "Development",
  "Human", "Rights", "Civil", "Liberties", "Emergency", "Emergencies", "Medical", "Care", "Research",
  "Science", "Sciences", "Technology", "Arts", "Culture", "Heritage", "Sports", "Sport", "Tourism",
  "Mental", "Opioid", "Opioids", "Crisis", "Drug", "Drugs", "Abuse", "Substance", "Use", "Addiction",
  "Addictions", "Images", "Getty", "Reuters", "AP", "Associated", "Canadian", "Photo",
  "Photos", "Hotel", "Inc", "Globes", "Oscars", "Oscar", "Emmy",
  "Grammy", "Award", "WATCH", "LOOK", "Article", "Continued", "Below", "Man", "Woman", "Witness", "Boy", "Girl", "Mom", "Dad",
  "Father", "Mother", "Storm", "Hurricane", "Reports", "Authorities", "Officials",
  "Experts", "Critics", "Researchers", "Scientists", "Residents", "Witnesses", "Analysts", "Investigators",
  "Prosecutors", "Hong", "Kong", "Las", "Vegas", "Los", "Angeles", "San", "Francisco", "Diego", "Open", "World",
  "War", "READ", "MORE", "Watch", "Look", "Click", "Canada's", "Northwest",
];

/** Month, weekday and holiday words: never taken for a first name ("May", "June"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(CALENDAR);
/** All capitalised words that are never a person name token. */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...CALENDAR, ...INSTITUTION_WORDS]);

/** Sentence-initial or function words stripped from the front of a capitalised sequence ("But Brennick"). */
export const LEADING_FUNCTION_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...CALENDAR]);

/** Lower-case particles allowed inside a name ("Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "ibn", "al", "el", "ben",
  "dos", "das",
]);

/** Capitalised surname prefixes glued to a capitalised rest ("MacArthur", "FitzGerald", "VanDusen", "DeAndre"). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  "Mac", "Mc", "Fitz", "Van", "Von", "Vander", "Del", "Della", "De", "Di", "Da", "Du", "La", "Le", "Lo", "St",
  "Ter", "Ten",
]);
/** Subject pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "i", "we"]);

/**
 * Surnames that are also common words kept in the stop lists above ("Helen May", "Dennis House",
 * "Ms. May"). They count as a surname only after an honorific or a listed first name (lexicon/gender.ts).
 */
export const WORD_SURNAMES: ReadonlySet<string> = new Set([
  "May", "House", "Woods", "King", "Young", "Black", "Brown", "White", "Green", "Bell", "Hall", "Price", "Rice",
  "Church", "Hill", "Bush", "Best", "Little", "Long", "Rich", "Strong", "Wise", "Park", "Street", "Field",
  "Fields", "Mills", "Banks", "Waters", "Rivers", "Lake", "Marsh", "Moon", "Day", "Law", "Power", "Chase",
  "Burns", "Hope", "Joy", "Love", "Sharp", "Steele", "Stone", "Snow", "Frost", "Winter", "Summers", "Cash",
  "Brook", "Ball", "Ridge", "Fox", "Bear", "Wolf",
]);
