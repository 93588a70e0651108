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
