/**
 * Lower-case nouns that, written right before a capitalised name, say the name is an organisation, a place,
 * a product or a work, never a person: "the aid group Hope Rising", "a campaign called Code Amber",
 * "the brewery Tall Pines". Compared case-insensitively; a word may be followed by "called", "dubbed",
 * "titled" or "known as".
 */
export const ORGANIZATION_CLASS_NOUNS: ReadonlySet<string> = new Set([
  "company", "firm", "group", "brand", "retailer", "chain", "bank", "lender", "insurer", "automaker", "carmaker",
  "manufacturer", "maker", "startup", "start-up", "conglomerate", "subsidiary", "corporation", "business",
  "agency", "organization", "organisation", "charity", "nonprofit", "non-profit", "union", "party", "coalition",
  "network", "broadcaster", "newspaper", "magazine", "website", "site", "app", "application", "platform",
  "service", "program", "programme", "campaign", "initiative", "project", "index", "fund", "product", "device",
  "film", "movie", "documentary", "show", "series", "sitcom", "drama", "book", "novel", "memoir", "cookbook",
  "album", "song", "single", "play", "musical", "podcast", "game", "band", "team", "club", "franchise",
  "league", "hotel", "restaurant", "cafe", "bar", "brewery", "winery", "distillery", "store", "shop", "mall",
  "hospital", "clinic", "school", "university", "college", "village", "town", "city", "province", "state",
  "county", "district", "region", "neighbourhood", "neighborhood", "island", "river", "lake", "volcano",
  "course", "resort", "venue", "arena", "stadium", "park", "highway", "street", "ship", "vessel",
]);
/**
 * Plural class nouns that open a list of organisations, places or works: "companies including Arden Foods,
 * Belco and Tarn Mills", "brands such as …". Compared case-insensitively.
 */
export const PLURAL_CLASS_NOUNS: ReadonlySet<string> = new Set([
  "companies", "firms", "groups", "brands", "retailers", "chains", "banks", "lenders", "insurers", "automakers",
  "manufacturers", "makers", "startups", "corporations", "businesses", "multinationals", "agencies",
  "organizations", "organisations", "charities", "unions", "parties", "networks", "broadcasters", "newspapers",
  "magazines", "websites", "sites", "apps", "platforms", "services", "programs", "products", "films", "movies",
  "shows", "series", "books", "albums", "songs", "games", "bands", "teams", "clubs", "franchises", "leagues",
  "hotels", "restaurants", "stores", "hospitals", "schools", "universities", "colleges", "villages", "towns",
  "cities", "provinces", "states", "countries", "nations", "regions", "islands", "resorts", "venues", "clients",
  "sponsors", "partners", "tenants", "employers",
]);
/**
 * Nouns that a company or product owns: a lone capitalised word before "'s" and one of these ("Norvik's stock
 * price", "Norvik's new models") names a business, not a person. Lower-case; an adjective may stand between.
 */
export const BUSINESS_POSSESSIONS: readonly string[] = [
  "stock", "stocks", "shares", "share price", "shareholders", "investors", "board", "directors", "governance",
  "headquarters", "factory", "factories", "plant", "plants", "products", "product", "brand", "brands",
  "revenue", "revenues", "sales", "profit", "profits", "earnings", "market value", "valuation", "customers",
  "subscribers", "users", "app", "website", "platform", "subsidiary", "stores", "outlets", "models", "cars",
  "vehicles", "phones", "devices", "software", "services", "network", "fleet", "lineup", "quarterly", "unit",
  "division", "subsidiaries", "arm",
];
/**
 * Verbs of market reports: a capitalised name followed by one of these and a figure in per cent or points
 * ("the Nordex rose 0.4 per cent", "Harbour 50 lost 12 points") is an index or a stock, not a person.
 */
export const MARKET_VERBS: readonly string[] = [
  "rose", "fell", "gained", "lost", "added", "dropped", "slipped", "climbed", "jumped", "picked up", "shed",
  "edged up", "edged down", "edged higher", "edged lower", "advanced", "declined", "surged", "plunged",
  "tumbled", "sank", "rallied", "slid", "retreated", "soared", "was up", "was down", "closed up", "closed down",
  "closed", "finished", "ended", "opened", "gave up", "gave back", "was flat",
];
/**
 * Kin nouns: a lone capitalised word right after "his father", "Ruiz's sister", "her late husband" (with or
 * without a comma) is that relative's name. Lower-case.
 */
export const KIN_NOUNS: readonly string[] = [
  "father", "mother", "dad", "mom", "mum", "son", "daughter", "brother", "sister", "husband", "wife", "partner",
  "fiance", "fiancee", "fiancé", "fiancée", "grandfather", "grandmother", "grandson", "granddaughter", "uncle",
  "aunt", "nephew", "niece", "cousin", "stepfather", "stepmother", "stepson", "stepdaughter", "boyfriend",
  "girlfriend", "widow", "widower", "twin", "child", "children", "parents",
];
