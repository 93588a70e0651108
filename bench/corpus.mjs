// Seeded synthetic news corpus in the project's seed format (`date YYYY-MM-DD <Source> - <body>`).
//
// Everything here is invented: the names are built from syllables, the organisations, outlets, events
// and sentences from small word pools below. Nothing is taken from ../shared/eval or any real article.
// The same seed and size always give the same files, byte for byte.
import fs from "node:fs";
import path from "node:path";

/** A small fast deterministic PRNG (mulberry32): returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_FEMALE = [
  "Amara", "Lena", "Sofia", "Ines", "Mira", "Talia", "Noor", "Elena", "Yara", "Hana", "Priya", "Ada",
  "Leila", "Zara", "Maren", "Ilse", "Rosa", "Anika", "Dalia", "Farah", "Greta", "Kalina", "Nadia", "Oona",
  "Petra", "Selma", "Vera", "Wanda", "Liora", "Esme",
];
const FIRST_MALE = [
  "Tobias", "Omar", "Felix", "Karim", "Idris", "Mateo", "Jonas", "Rafael", "Samir", "Anton", "Bruno",
  "Caspar", "Darius", "Emil", "Goran", "Henrik", "Ilan", "Jalal", "Kofi", "Lukas", "Malik", "Nikolai",
  "Oskar", "Pavel", "Rashid", "Stefan", "Tariq", "Viktor", "Yusuf", "Zoran",
];
const SURNAME_START = [
  "Var", "Od", "Kel", "Mor", "Ash", "Bren", "Cal", "Dun", "Fal", "Gar", "Hal", "Is", "Jor", "Kas", "Lind",
  "Mal", "Nor", "Ost", "Pel", "Quen", "Ros", "Sel", "Tam", "Ul", "Ven", "Wes", "Yor", "Zel",
];
const SURNAME_MID = ["", "a", "e", "i", "o", "en", "ar", "ov", "el", "im"];
const SURNAME_END = [
  "enko", "sen", "ström", "ado", "ani", "berg", "dottir", "ez", "ford", "gaard", "ham", "ini", "kov",
  "lund", "mann", "nez", "oglu", "quist", "rud", "son", "ton", "vic", "wood", "yama", "zadeh",
];
const HONORIFICS = ["Dr.", "Sheikh", "Ayatollah", "Imam", "Sir", "Dame"];
const ORG_HEADS = [
  "Party", "Commission", "Council", "Alliance", "Authority", "Institute", "Federation", "Union", "Agency",
  "Foundation", "Movement", "Front",
];
const ORG_WORDS = [
  "Northern", "Coastal", "National", "United", "Democratic", "Progressive", "Highland", "Eastern",
  "Civic", "Free", "Green", "Popular", "Southern", "Western", "Maritime", "Central",
];
const ORG_TOPICS = ["Water", "Energy", "Labour", "Trade", "Health", "Education", "Farmers", "Reform", "Justice", "Transport"];
const ROLES = [
  "Foreign Minister", "Deputy Secretary General", "Secretary General", "Spokesperson", "Chairman",
  "Chief Executive", "President", "Vice President", "Director", "Finance Minister", "Health Minister",
  "Party Leader", "Ambassador", "Executive Director", "Mayor", "Commissioner",
];
const SOURCES = [
  "Harbor Times", "The Valley Ledger", "Meridian Post", "Coastal Daily", "Northgate Herald", "Riverside Gazette",
  "The Evening Courier", "Summit Chronicle", "Lakeshore Tribune", "Pinecrest News", "Granite Observer", "Bayview Record",
];
const CITIES = ["Velmora", "Ostrava Nova", "Port Kessel", "Lindarra", "Caldra", "Marisburg", "Tarrow", "Quenfield", "Elbrook", "Sarnhold"];
const EVENT_KINDS = ["Summit", "Conference", "Forum", "Congress", "Assembly", "Symposium"];
const EVENT_TOPICS = [
  "Regional Water", "International Trade", "Islamic Unity", "Energy Security", "Urban Housing", "Public Health",
  "Coastal Fisheries", "Digital Rights", "Rural Development", "Climate Adaptation",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SPEECH_VERBS = ["said", "noted", "stressed", "added", "stated", "emphasized", "told reporters", "pointed out", "warned", "argued"];
const SUBJECTS = [
  "the government", "our countries", "the ministry", "the region", "the new budget", "the coalition", "local councils",
  "the agreement", "the reform", "the committee", "young people", "the national plan", "the government",
];
const MODALS = ["must", "should", "will", "cannot", "has to", "needs to", "is ready to", "has promised to"];
const VERBS = [
  "invest in", "protect", "reform", "expand", "review", "support", "strengthen", "defend", "fund", "rebuild",
  "cooperate on", "stand behind",
];
const OBJECTS = [
  "public transport", "water supplies", "the health service", "rural schools", "the harbour", "energy prices",
  "small businesses", "the pension system", "housing for families", "the fishing fleet", "unity among all members",
  "the rights of workers", "the border crossings", "clean energy", "the national archive",
];
const TAILS = [
  "before the end of the year", "without delay", "in every province", "as soon as possible", "for the next decade",
  "despite the opposition", "with the support of our partners", "at the very least", "in the coming months",
];
const FILLERS = [
  "The talks were held behind closed doors.", "Officials did not give further details.",
  "The proposal will be debated in parliament next week.", "Several hundred people attended the meeting.",
  "The government has faced criticism over the plan.", "Critics say the measures go too far.",
  "The figures were published on the ministry's website.", "Protesters gathered outside the building.",
];

const NARRATIVE = [
  (r) => `The plan to ${pick(r, VERBS)} ${pick(r, OBJECTS)} was first proposed ${pick(r, TAILS)}, and it has divided ${pick(r, SUBJECTS)} ever since.`,
  (r) => `Last year ${pick(r, SUBJECTS)} spent more than ${2 + Math.floor(r() * 900)} million on ${pick(r, OBJECTS)}, up from ${1 + Math.floor(r() * 90)} per cent a decade earlier.`,
  (r) => `Opposition groups have long demanded that ${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}, while business leaders in ${pick(r, CITIES)} remain cautious.`,
  (r) => `In ${pick(r, CITIES)}, residents queued for hours as the debate over ${pick(r, OBJECTS)} continued into the evening.`,
  (r) => `The government is expected to publish a detailed report on ${pick(r, OBJECTS)} ${pick(r, TAILS)}.`,
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** Zipf-like index in [0, n): a few people are quoted very often, most rarely. */
function zipf(rand, n) {
  return Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1))) - 1);
}

function surname(rand) {
  return pick(rand, SURNAME_START) + pick(rand, SURNAME_MID) + pick(rand, SURNAME_END);
}

/** The invented cast: people with gender, optional honorific and a role at an organisation. */
function buildCast(rand, count) {
  const orgs = [];
  for (let i = 0; i < Math.max(8, Math.floor(count / 12)); i++) {
    orgs.push(`${pick(rand, ORG_WORDS)} ${pick(rand, ORG_TOPICS)} ${pick(rand, ORG_HEADS)}`);
  }
  const people = [];
  const names = new Set();
  while (people.length < count) {
    const female = rand() < 0.45;
    const first = pick(rand, female ? FIRST_FEMALE : FIRST_MALE);
    const last = surname(rand);
    const name = `${first} ${last}`;
    if (names.has(name)) continue;
    names.add(name);
    people.push({
      first, last, name, female,
      honorific: rand() < 0.25 ? pick(rand, HONORIFICS) : null,
      role: rand() < 0.7 ? pick(rand, ROLES) : null,
      org: pick(rand, orgs),
      style: rand() < 0.5 ? 0 : 1,
    });
  }
  return people;
}

function buildEvents(rand, count) {
  const events = [];
  const names = new Set();
  while (events.length < count) {
    const topic = pick(rand, EVENT_TOPICS);
    const kind = pick(rand, EVENT_KINDS);
    const ordinalN = 1 + Math.floor(rand() * 40);
    const suffix = ordinalN % 10 === 1 && ordinalN !== 11 ? "st" : ordinalN % 10 === 2 && ordinalN !== 12 ? "nd" : ordinalN % 10 === 3 && ordinalN !== 13 ? "rd" : "th";
    const name = `${ordinalN}${suffix} ${topic} ${kind}`;
    if (names.has(name)) continue;
    names.add(name);
    const acronym = (topic + " " + kind).split(" ").map((w) => w[0]).join("").toUpperCase();
    events.push({ name, acronym, city: pick(rand, CITIES) });
  }
  return events;
}

function clause(rand) {
  return `${pick(rand, SUBJECTS)} ${pick(rand, MODALS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, TAILS)}`;
}

const capital = (s) => s[0].toUpperCase() + s.slice(1);

/** How the article first names a person: "Velmora Energy Party Foreign Minister Dr. Amara Kelsen". */
function introduce(p) {
  const name = p.honorific ? `${p.honorific} ${p.name}` : p.name;
  if (!p.role) return name;
  return p.style === 0 ? `${p.org} ${p.role} ${name}` : `${name}, the ${p.role} of the ${p.org},`;
}

/** One article body: paragraphs of direct and reported quotes, pronoun follow-ups and glued paragraphs. */
function article(rand, cast, events, date) {
  const speakers = [];
  const count = 3 + Math.floor(rand() * 3);
  while (speakers.length < count) {
    const p = cast[zipf(rand, cast.length)];
    if (!speakers.includes(p)) speakers.push(p);
  }
  const event = rand() < 0.5 ? events[zipf(rand, events.length)] : null;
  const weekday = WEEKDAYS[(new Date(date).getUTCDay() + 6) % 7];
  const paragraphs = [];
  const lead = speakers[0];
  paragraphs.push(`${introduce(lead)} ${pick(rand, SPEECH_VERBS)} that ${clause(rand)}.`);
  if (event) {
    paragraphs.push(
      `Speaking at the ${event.name} (${event.acronym}) held in ${event.city} on ${weekday}, ${lead.last} ` +
        `${pick(rand, SPEECH_VERBS)} that ${clause(rand)}.`,
    );
  }
  for (const [i, p] of speakers.entries()) {
    const pronoun = p.female ? "She" : "He";
    const named = i === 0 ? p.last : introduce(p);
    const kind = rand();
    if (kind < 0.4) {
      paragraphs.push(`"${capital(clause(rand))}," ${named} ${pick(rand, SPEECH_VERBS)}.`);
    } else if (kind < 0.7) {
      paragraphs.push(`${named} ${pick(rand, SPEECH_VERBS)}: "${capital(clause(rand))}, and ${clause(rand)}."`);
    } else {
      paragraphs.push(`According to ${named}, ${clause(rand)}.`);
    }
    const followUps = 1 + Math.floor(rand() * 2);
    for (let f = 0; f < followUps; f++) {
      paragraphs.push(
        rand() < 0.5
          ? `${pronoun} added that ${clause(rand)}, adding that "${clause(rand)}".`
          : `${pronoun} said "${capital(clause(rand))}," emphasizing that "${clause(rand)}".`,
      );
    }
    if (rand() < 0.4) paragraphs.push(pick(rand, FILLERS));
    if (rand() < 0.6) paragraphs.push(`${pick(rand, NARRATIVE)(rand)} ${pick(rand, NARRATIVE)(rand)}`);
  }
  if (rand() < 0.5) paragraphs.push(`Officials said ${clause(rand)}.`);
  paragraphs.push(`${pick(rand, NARRATIVE)(rand)} ${pick(rand, NARRATIVE)(rand)} ${pick(rand, FILLERS)}`);
  // Glue some paragraphs without a space, as scraped pages do: "…unity.He said".
  const out = [paragraphs[0]];
  for (const p of paragraphs.slice(1)) {
    if (rand() < 0.3) out[out.length - 1] += p;
    else out.push(p);
  }
  return out.join("\n\n");
}

/**
 * Writes `docs` seed-format documents (`bench-s<seed>-000001.txt`, …: corpora of other seeds can be
 * seeded into the same database without clashing) into `dir` (created if missing) and returns
 * what it wrote. Deterministic in (`docs`, `seed`): about one person per four documents, Zipf-distributed
 * speakers, dates over four years from 2020-01-01.
 */
export function generateCorpus(dir, { docs = 20000, seed = 1 } = {}) {
  if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs must be a positive whole number (got ${docs})`);
  const rand = prng(seed);
  const cast = buildCast(rand, Math.max(20, Math.round(docs / 4)));
  const events = buildEvents(rand, Math.max(5, Math.round(docs / 50)));
  fs.mkdirSync(dir, { recursive: true });
  const width = Math.max(6, String(docs).length);
  let bytes = 0;
  const start = Date.UTC(2020, 0, 1);
  for (let i = 1; i <= docs; i++) {
    const date = new Date(start + Math.floor(rand() * 1461) * 86400000).toISOString().slice(0, 10);
    const text = `date ${date} ${pick(rand, SOURCES)} - ${article(rand, cast, events, date)}\n`;
    fs.writeFileSync(path.join(dir, `bench-s${seed}-${String(i).padStart(width, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, docs, seed, bytes, people: cast.length, events: events.length };
}

// CLI: node bench/corpus.mjs DIR [--docs N] [--seed S]
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const dir = args.find((a, i) => !a.startsWith("--") && !["--docs", "--seed"].includes(args[i - 1]));
  if (!dir) {
    console.error("usage: node bench/corpus.mjs DIR [--docs N (default 20000)] [--seed S (default 1)]");
    process.exit(2);
  }
  const r = generateCorpus(dir, { docs: value("--docs", 20000), seed: value("--seed", 1) });
  console.log(`wrote ${r.docs} documents (${(r.bytes / 1e6).toFixed(1)} MB, ${r.people} invented people, ${r.events} events) to ${r.dir}`);
}
