/**
 * Words that mark bylines, photo credits and captions: the people named there took the picture or wrote
 * the story, they are not in it.
 */

/** News agencies and photo services named in credits ("Marta Kowalczyk, The Canadian Press", "Dev Raman/AFP"). */
export const CREDIT_AGENCIES: readonly string[] = [
  "The Canadian Press", "Canadian Press", "The Associated Press", "Associated Press", "Reuters", "AFP",
  "Getty Images", "Bloomberg", "Postmedia News", "Postmedia", "CP", "AP", "EPA", "Contributed", "Submitted",
  "Handout", "Staff",
];

/** Job titles of the people who make the news ("Dev Raman, Evening Desk producer", with any show name of up to three
 * capitalised words before the role; "X is a deputy editor"). */
export const NEWSROOM_ROLES: readonly string[] = [
  "producer", "reporter", "writer", "correspondent", "editor", "columnist", "contributor", "journalist",
  "photographer", "strategist", "critic", "anchor", "host", "bureau chief",
];

/** Phrases that open a photo caption ("Open this photo in gallery <caption>"). */
export const CAPTION_MARKERS: readonly string[] = ["Open this photo in gallery", "Photo illustration", "Photo by", "Photo:"];
/**
 * Upper-case labels that open a teaser for another story ("READ MORE: <headline>", "WATCH: <headline>"):
 * the people in the teaser's headline belong to that other story.
 */
export const TEASER_MARKERS: readonly string[] = [
  "READ MORE", "MORE", "WATCH BELOW", "WATCH", "LOOK", "RELATED", "LISTEN", "VIDEO", "PHOTOS", "Read more", "Watch",
  "Related", "Listen", "Earlier",
];
/**
 * Last words of news-outlet names: a name right after an outlet's possessive ("the Daily Ledger's Ana Ruiz",
 * "The XYZ News's …") is one of its journalists; so is a name after a broadcaster's or agency's initialism
 * (NEWS_INITIALISMS: "the BBC's …").
 */
export const NEWS_OUTLET_HEADS: readonly string[] = [
  "News", "Times", "Star", "Post", "Globe", "Mail", "Herald", "Journal", "Gazette", "Tribune", "Sun", "Press",
  "Chronicle", "Observer", "Guardian", "Telegraph", "Examiner", "Courier", "Record", "Ledger", "Standard",
  "Radio", "Television", "TV", "Magazine", "Review", "Wire", "Bulletin",
];
/** Initialisms of broadcasters and news agencies: "the BBC's Ana Ruiz" is a journalist, not a newsmaker. */
export const NEWS_INITIALISMS: readonly string[] = [
  "CBC", "CTV", "BBC", "CNN", "NPR", "PBS", "ABC", "NBC", "CBS", "MSNBC", "CNBC", "APTN", "TVO", "RDI", "AFP", "AP",
  "CP", "UPI", "EPA", "ITV", "RTE", "SBS", "DW",
];
/**
 * Phrases that open a credit line naming the journalists of the story ("With files from Ana Ruiz", "Reporting by
 * Ana Ruiz; Editing by Ben Ode"). Compared as written.
 */
export const CREDIT_LEADS: readonly string[] = [
  "With files from", "with files from", "Reporting by", "reporting by", "Additional reporting by", "additional reporting by",
  "Editing by", "Writing by", "Compiled by", "Written by", "Story by", "Photos by", "Video by",
];
