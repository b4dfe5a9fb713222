// Closed-class English words the noun-phrase reader stops at or strips.
// Domain words (service heads, generic names) live in rules/en/pieces.yaml.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const DETERMINERS = set(
  "the a an its their his her our your my this these that those some all both each every any many several most more other another such certain various numerous multiple few no either neither",
);
/** Leading quantifier phrases dropped from a name ("all of", "a string of"). */
export const QUANTIFIER_OF =
  /^(?:(?:all|some|most|many|much|parts?|one|two|three|several|dozens|hundreds|thousands|\d[\d,]*|(?:a\s)?(?:string|number|host|range|series|handful|couple|raft|slew|variety))\sof\s(?:the\s|its\s|their\s)?)/i;
export const PREPOSITIONS = set(
  "of to in on at for from with by through across over under between during after before since until till via into onto about around within without against among per near inside outside throughout amid despite toward towards beyond along upon like",
);
/** Prepositions whose phrase can belong to a service name ("logins through Kakao accounts"). */
export const NAME_PREPOSITIONS = set("of for through to via");
export const CONJUNCTIONS = set("and or nor");
export const SUBORDINATORS = set(
  "when while because although though if unless once whether whereas but so after before since until as where which who whom whose that",
);
export const AUXILIARIES = set(
  "is are was were be been being has have had will would can could may might shall should must do does did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't don't doesn't didn't",
);
export const REPORTING_VERBS = set(
  "said says say told added noted reported explained confirmed stated announced warned insisted claimed saying adding",
);
/** Adverbs a name may trail ("went down nationwide", "as well"). */
export const TRAILING_ADVERBS = set(
  "also still nationwide too again both all only even just already now then partially fully completely temporarily briefly largely mostly entirely either online overnight there here immediately later soon together simultaneously altogether respectively instead first offline",
);
export const PRONOUNS = set(
  "it they them this these those he she we you i everything everyone something nothing anything one ones both all others each itself themselves",
);
/** Subject pronouns: a name ends before one ("the computer systems they run on"). */
export const SUBJECT_PRONOUNS = set("they we he she i you it people");
/** Modifiers that add nothing to a generic name ("last features", "remaining systems"). */
export const EMPTY_MODIFIERS = set(
  "last first remaining affected other main major some additional certain various simulated real several many entire whole key core critical most all both new old same respective related relevant existing own nationwide global massive widespread brief partial temporary large-scale",
);
/** Possessive pronouns that may stand for the operator ("its services"). */
export const OWNER_PRONOUNS = set("its");
export const TIME_WORDS = set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today tonight yesterday morning afternoon evening night midnight noon a.m. p.m. am pm hours hour minutes minute days day weeks week months month year years weekend",
);
/** Words that open an introductory phrase ending in a comma ("Across the government, …"). */
export const INTRO_OPENERS = set(
  "in on at during after before since until by for across along as with without under meanwhile however also still then now earlier later separately additionally moreover following amid despite according",
);
