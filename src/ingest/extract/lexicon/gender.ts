/**
 * Gender cues used to agree a pronoun ("he", "she") with its antecedent. A person's gender is read from,
 * in order: an honorific ("Ms. May"), a gendered title or kin noun ("spokeswoman Li Xiaomei"), the first
 * name, and the pronouns written right after the person is named. Names that are common for both genders
 * ("Chris", "Alex", "Jordan", "Robin") are deliberately left out: unknown is always compatible.
 */

export type Gender = "f" | "m";

/** Honorifics, in the written form kept in ExtractedPerson.honorifics, that state a gender. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ["Mr.", "m"], ["Mrs.", "f"], ["Ms.", "f"], ["Miss", "f"], ["Sir", "m"], ["Dame", "f"], ["Lord", "m"],
  ["Lady", "f"], ["Father", "m"], ["Sheikh", "m"], ["Sheik", "m"], ["Shaykh", "m"], ["Ayatollah", "m"],
  ["Grand Ayatollah", "m"], ["Imam", "m"], ["Rabbi", "m"], ["Pope", "m"], ["Cardinal", "m"],
].map(([k, v]) => [k, v as Gender]));

/** Titles and nouns (lower-case) that state a gender: "spokeswoman", "his wife, …", "actress". */
export const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ["spokeswoman", "f"], ["chairwoman", "f"], ["congresswoman", "f"], ["businesswoman", "f"], ["actress", "f"],
  ["waitress", "f"], ["queen", "f"], ["princess", "f"], ["duchess", "f"], ["empress", "f"], ["mother", "f"],
  ["wife", "f"], ["daughter", "f"], ["sister", "f"], ["grandmother", "f"], ["aunt", "f"], ["niece", "f"],
  ["girlfriend", "f"], ["widow", "f"], ["woman", "f"], ["girl", "f"], ["mom", "f"], ["mum", "f"],
  ["spokesman", "m"], ["chairman", "m"], ["congressman", "m"], ["businessman", "m"], ["actor", "m"],
  ["king", "m"], ["prince", "m"], ["duke", "m"], ["emperor", "m"], ["father", "m"], ["husband", "m"],
  ["son", "m"], ["brother", "m"], ["grandfather", "m"], ["uncle", "m"], ["nephew", "m"], ["boyfriend", "m"],
  ["widower", "m"], ["man", "m"], ["boy", "m"], ["dad", "m"],
].map(([k, v]) => [k, v as Gender]));

/** Common female first names (English, French, and others frequent in Canadian news). */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(`
Abigail Ada Adele Adriana Agnes Aileen Aisha Alana Alexandra Alexis Alice Alicia Alina Alison Allison Alyssa
Amanda Amber Amelia Amy Ana Anastasia Andrea Angela Angelica Angelique Anita Ann Anna Annabelle Anne Annette
Annie Antoinette April Ariana Arlene Ashley Audrey Ava Barbara Beatrice Belinda Bernadette Beth Bethany
Betty Beverly Bianca Bonnie Brenda Bridget Brigitte Brittany Brooke Camila Candace Carla Carmen Carol
Caroline Carolyn Catherine Cathy Cecilia Celine Charlotte Chantal Chelsea Cheryl Chloe Christina Christine
Chrystia Cindy Claire Clara Claudia Colleen Connie Courtney Crystal Cynthia Daisy Danielle Daphne Dawn Debbie
Deborah Debra Denise Diana Diane Dolores Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena Elisabeth
Elise Eliza Elizabeth Ella Ellen Eloise Emilie Emily Emma Erica Erika Erin Esther Eva Eve Evelyn Fatima
Felicia Fiona Florence Frances Francine Gabrielle Gail Genevieve Georgia Geraldine Gillian Gina Ginette
Giselle Gloria Grace Gwen Hailey Hannah Harriet Hayley Heather Heidi Helen Helena Hillary Holly Ida Ingrid
Irene Iris Isabel Isabella Isabelle Jacqueline Jade Jane Janet Janice Jasmine Jeanine Jeanne Jennifer
Jenny Jessica Jill Joan Joanna Joanne Jocelyn Jodie Josee Josephine Joy Joyce Judith Judy Julia Julie
Juliet June Justine Karen Karina Karla Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kayla
Kimberly Kirsten Krista Kristen Kristin Kristina Laura Lauren Laurie Leah Lena Lily Linda Lindsay
Lisa Liz Lori Lorraine Louise Lucia Lucy Lydia Lynn Lynne Madeleine Madison Maggie Mandy Manon Margaret
Margot Maria Mariah Marian Marie Marilyn Marina Marion Marjorie Martha Martine Mary Maureen Maxine Megan
Meghan Melanie Melinda Melissa Meredith Mia Michaela Michelle Mildred Miranda Miriam Molly Monica Monique
Nadia Nancy Naomi Natalie Natasha Nathalie Nicole Nina Nora Norma Olivia Pamela Patricia Paula Pauline Peggy
Penelope Penny Phyllis Priscilla Rachel Rebecca Regina Renee Rita Roberta Rosa Rose Rosemary Ruth Sabrina
Sally Samantha Sandra Sara Sarah Serena Sharon Sheila Shelley Sheryl Shirley Simone Sonia Sophia Sophie
Stacy Stella Stephanie Susan Suzanne Sylvia Sylvie Tamara Tania Tanya Tara Teresa Theresa Tiffany Tina
Valerie Vanessa Vera Veronica Victoria Violet Virginia Vivian Wanda Wendy Whitney Yolanda Yvonne Zoe
`.split(/\s+/).filter(Boolean));

/** Common male first names (English, French, and others frequent in Canadian news). */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(`
Aaron Abdul Adam Adrian Ahmed Alain Alan Albert Alberto Alexander Alfred Ali Allan Alonzo Andre Andrew Andy
Angelo Anthony Antoine Antonio Archie Arnold Arthur Barry Ben Benjamin Bernard Bill Billy Blaine Bob Bobby
Brad Bradley Brandon Brendan Brent Brett Brian Bruce Bryan Byron Calvin Carl Carlos Chad Charles Charlie
Chester Christian Christopher Clarence Claude Clayton Clifford Clint Colin Conrad Craig Curtis Dale Damian
Dan Daniel Danny Darren Dave David Dean Dennis Denis Derek Diego Dimitri Dominic Don Donald Doug Douglas
Duane Dustin Dwight Earl Eddie Edgar Edward Emmanuel Eric Erik Ernest Ernie Eugene Evan Fabian Felix
Fernando Francis Francisco Francois Frank Franklin Fred Frederick Gabriel Garry Gary Gavin Geoff Geoffrey
George Gerald Gerard Gilbert Glen Glenn Gordon Graham Grant Greg Gregory Guenther Guillaume Gustavo Guy Hank
Harold Harry Harvey Hector Henri Henry Herbert Howard Hugh Hugo Ian Isaac Ivan Jack Jacob Jacques Jake James
Jared Jason Jay Jean-Pierre Jeff Jeffrey Jeremy Jerome Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon
Jonathan Jorge Jose Joseph Josh Joshua Juan Julian Justin Karl Keith Kenneth Kevin Kirk Kurt Kyle Lance
Larry Laurent Lawrence Leo Leon Leonard Liam Lloyd Louis Lucas Luis Luke Malcolm Marc Marcel Marco Marcus
Mario Mark Martin Marvin Mathieu Matt Matthew Maurice Max Michael Miguel Mike Mitch Mohamed Mohammed
Muhammad Nathan Neil Nicholas Nick Nigel Noah Norman Oliver Omar Oscar Owen Patrick Paul Pedro Peter
Philip Phillip Pierre Ralph Randall Randy Raymond Reginald Ricardo Richard Rick Ricky Rob Robert Roberto
Rodney Roger Roland Ron Ronald Ross Roy Russell Ryan Sam Samuel Scott Sean Sebastien Sergio Seth Shane Shawn
Simon Stanley Stefan Stephen Steve Steven Stuart Sylvain Ted Terrence Theodore Thomas Tim Timothy Todd Tom
Tommy Tony Travis Trevor Troy Tyler Victor Vincent Walter Warren Wayne Wesley William Willie Yves Zachary
`.split(/\s+/).filter(Boolean));
