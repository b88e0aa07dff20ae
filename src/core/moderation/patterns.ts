/**
 * Pattern layer for harms the labelled data barely covers: threats and incitement,
 * dehumanising comparisons, and insults aimed at another commenter. Patterns are tied to a
 * person as the target (you / him / them / "these people"), which is what separates
 * "someone should shoot him" from "the army will bomb the bridge": verbs of war alone never match.
 */
import { deLeet, foldCharacters } from './normalize.ts';
import type { PatternCategory } from './toxicity/categories.ts';

/** 'reject' patterns are unambiguous; 'hold' patterns need a human to read the context. */
export type PatternLevel = 'reject' | 'hold';

export interface PatternRule {
  readonly id: string;
  readonly category: PatternCategory;
  readonly level: PatternLevel;
  readonly re: RegExp;
}

export interface PatternHit {
  readonly id: string;
  readonly category: PatternCategory;
  readonly level: PatternLevel;
  readonly match: string;
}

/** Score reported for a category when a pattern of that level fires. */
// Both sit at or above every default threshold of their level, so a pattern alone decides.
export const PATTERN_LEVEL_SCORE: Readonly<Record<PatternLevel, number>> = { reject: 0.98, hold: 0.9 };

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\b(?:you're|youre|ur|u r|you r)\b(?= (?:a|an|such|so|the|just|really|total|complete|utter|absolute|fucking|pathetic|stupid|dumb|an?)\b)/g, 'you are'],
  [/\byou're\b|\byoure\b/g, 'you are'],
  [/\bu\b|\bya\b|\byu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bi'm\b|\bim\b/g, 'i am'],
  [/\bi'll\b|\bill\b(?= (?:kill|shoot|find|hunt|murder|stab|come|rape|hurt|beat|slit|gut|end))/g, 'i will'],
  [/\bwe'll\b/g, 'we will'],
  [/\bthey're\b|\btheyre\b/g, 'they are'],
  [/\bthey'll\b/g, 'they will'],
  [/\bgonna\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bgotta\b/g, 'got to'],
  [/'em\b|\bem\b(?= all)/g, 'them'],
  [/\bppl\b/g, 'people'],
  [/\blet's\b|\blets\b/g, 'let us'],
  [/\bsomeone's\b/g, 'someone is'],
  [/\bhe's\b/g, 'he is'],
  [/\bshe's\b/g, 'she is'],
];

/** Lowercased, folded text with sentence punctuation kept as separate tokens. */
export function normalizeForPatterns(text: string): string {
  let out = foldCharacters(text)
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/([.,!?;:]+)/g, ' $1 ')
    .replace(/[^\p{L}\p{N}'.,!?;:*@$ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    // "m0r0n" and "1d10t" become words again; pure numbers ("40 civilians") stay numbers.
    .map((token) => (/\p{L}/u.test(token) && /[0-9@$]/.test(token) ? (deLeet(token)[0] ?? token) : token.replace(/^[*@$]+|[*@$]+$/g, '')))
    .join(' ');
  for (const [re, replacement] of CONTRACTIONS) out = out.replace(re, replacement);
  return out;
}

const PERSON = "(?:him|her|them|you|you all|this guy|that guy|this man|that man|this woman|that woman|these people|those people|all of them|every one of them|the lot of them|that bitch|that bastard)";
const VIOLENCE = '(?:shoot|kill|murder|hang|lynch|stab|behead|decapitate|gas|string up|rape|strangle|choke|torture|slaughter|exterminate|assassinate|execute|burn|gut|slit|beat up|curb stomp|run over|knife|bludgeon|castrate|drown)';
const WISH = '(?:should|ought to|needs? to|must|has to|have to|will|is going to|are going to|am going to|want to|wants to|would love to|would like to|got to|better|oughta|shall|can)';
// "we will kill him" is a promise; "they will kill them" is usually a report ("if the rebels
// capture the hostages, they will kill them"), so third parties only count with a wish or demand.
const WHO_SPEAKER = '(?:we|i)';
const WHO_OTHER = "(?:someone|somebody|anyone|anybody|some1|you|they|people|y'all)";
const DEMAND = '(?:should|ought to|oughta|needs? to|must|has to|have to|got to|better|want to|wants to|would love to|would like to)';
const DEATH_PASSIVE = '(?:shot|hanged|hung|lynched|gassed|strung up|exterminated|shot dead|beheaded|raped|burned alive|burnt alive|lined up and shot|stoned to death|tortured|put to death|killed|murdered|executed|put down|wiped out)';
const DEATH_PASSIVE_STRICT = '(?:shot(?! down)|hanged|lynched|gassed|strung up|exterminated|shot dead|beheaded|raped|burned alive|burnt alive|lined up and shot|stoned to death|put up against a wall)';
// Groups of people a mass-violence call names; "shoot all the scenes" or "kill all the weeds" must not match.
const GROUP = '(?:jews|muslims|blacks|whites|immigrants|migrants|refugees|gays|christians|arabs|mexicans|liberals|conservatives|democrats|republicans|leftists|politicians|journalists|cops|police|traitors|foreigners|asians|women|men|kids|children|people|infidels|bankers|lawyers|protesters|protestors|settlers|soldiers|voters|supporters|\\w+(?:ists|ians|ites|ans))';
const VERMIN = '(?:vermin|animals|cockroaches|roaches|rats|parasites|subhumans?|apes|monkeys|pigs|savages|filth|insects|lice|maggots|leeches|a disease|a cancer|a plague|an infestation|a virus|scum|dogs|beasts|rodents|termites|locusts|cattle|untermenschen|not human|not even human|less than human|barely human|human garbage|human trash)';
const INSULT_NOUN = '(?:idiots?|morons?|imbeciles?|cretins?|retards?|losers?|clowns?|fools?|dumbass(?:es)?|dumb ass|scumbags?|scum|piece of (?:shit|garbage|trash|crap|work|filth)|waste of (?:space|oxygen|air|skin)|ignoramus(?:es)?|halfwits?|dimwits?|nitwits?|numpties|numpty|dolts?|buffoons?|simpletons?|jerks?|twats?|pricks?|assholes?|arseholes?|bitch(?:es)?|cunts?|dicks?|dickheads?|douche(?:bag)?s?|libtards?|trumptards?|retarded|stupid|dumb|brainless|brain dead|braindead|pathetic|worthless|disgusting|degenerates?|garbage|trash|sheeple|troll|trolls|ignorant|clueless|delusional|mentally ill|insane|sick in the head)';
const INSULT_VOCATIVE = '(?:idiots?|morons?|imbeciles?|cretins?|retards?|losers?|clowns?|dumbass(?:es)?|scumbags?|ignoramus|halfwits?|dimwits?|nitwits?|twats?|pricks?|assholes?|arseholes?|bitch(?:es)?|cunts?|dickheads?|douchebags?|libtards?|trumptards?|piece of (?:shit|garbage|trash|crap))';
// No entry may be a sequence of other entries ("an absolute" = "an" + "absolute"): with a
// repeated group that ambiguity backtracks exponentially on crafted input. The bound is a second guard.
const INTENSIFIERS = "(?:(?:such|a|an|the|so|just|really|truly|total|complete|utter|absolute|real|fucking|f\\*+c?king|fkn|freaking|effing|pathetic|stupid|dumb|ignorant|sad|little|big|massive|biggest|sorry|typical|obviously|clearly|nothing but|one|another) ){0,6}";

function rule(id: string, category: PatternCategory, level: PatternLevel, source: string): PatternRule {
  return { id, category, level, re: new RegExp(source) };
}

export const DEFAULT_PATTERNS: readonly PatternRule[] = [
  // Threats: violence wished on or promised to a person.
  rule('THREAT_INCITE_PERSON', 'threat', 'reject', `\\b(?:${WHO_SPEAKER} (?:just |really |seriously )?${WISH}|${WHO_OTHER} (?:just |really |seriously )?${DEMAND}) (?:just |go |come and |go and )?${VIOLENCE} ${PERSON}\\b`),
  rule('THREAT_DIRECT', 'threat', 'reject', `\\b(?:i|we) (?:will|am going to|are going to|want to|would|could|shall|am coming to|are coming to|promise to|swear i will|swear to god i will) (?:personally |fucking |come and |find and )?(?:kill|shoot|murder|stab|hurt|rape|strangle|beat|slap|punch|gut|skin|choke|burn|hunt down|hunt|find|come for|come after|get) (?:you|your family|your kids|your wife|your children)\\b`),
  rule('THREAT_KNOW_WHERE', 'threat', 'reject', `\\b(?:i|we) know where (?:you|he|she|they|your family|your kids) (?:live|lives|work|works|sleep|sleeps|go to school)\\b`),
  rule('THREAT_WATCH_BACK', 'threat', 'reject', `\\b(?:watch your back|your days are numbered|sleep with one eye open|you will be next|you are next|you will regret this|you will pay for (?:this|that|it)|you are going to die|you will die|coming for you)\\b`),
  rule('THREAT_DESERVE_DEATH', 'threat', 'reject', `\\b(?:you|he|she|they|them|you people|these people|those people|people like (?:you|him|her|them)|all of them|this guy|that guy)(?: all)? (?:deserves?|ought|should|needs?|must|have|has) (?:to )?(?:die|be shot|be killed|be hanged|be hung|be lynched|be raped|be gassed|be executed|burn|rot in hell|suffer and die|be put down|be exterminated|be beaten|be murdered|be tortured|get shot|get raped|get killed|get hanged)\\b`),
  rule('THREAT_DEATH_WISH', 'threat', 'reject', `\\b(?:i )?hope (?:you|he|she|they|your \\w+) (?:all )?(?:die|dies|get shot|gets shot|get raped|gets raped|burn|burns|gets? cancer|rot|rots|choke|chokes|drown|drowns|get killed|gets killed|get hanged)\\b`),
  rule('THREAT_SELF_HARM', 'threat', 'reject', `\\b(?:go |just |please )?(?:kill|hang|shoot) (?:yourself|urself|yourselves)\\b|\\bkys\\b|\\bdie in a (?:fire|hole|ditch)\\b|\\bdrop dead\\b|\\bgo die\\b`),
  rule('THREAT_MASS', 'threat', 'reject', `\\b(?:hang|shoot|kill|gas|lynch|exterminate|nuke|burn|slaughter|wipe out|round up and shoot|behead)(?: them| these people| those people) all\\b|\\b(?:hang|shoot|kill|gas|lynch|exterminate|slaughter|behead|round up and shoot|burn) (?:all|every one) of them\\b`),
  // A call to kill a whole group is an order when it opens a sentence ("Gas all the X.");
  // inside a sentence it is often history or reporting ("no order to kill all Jews"), so a human reads it.
  rule('THREAT_MASS_GROUP_IMPERATIVE', 'threat', 'reject', `(?:^|[.,!?;:] )(?:let us |just |go |now )?(?:hang|shoot|gas|lynch|exterminate|behead|round up and shoot|kill) (?:all|every|every last|each) (?:the |of the |one of the )?${GROUP}\\b`),
  rule('THREAT_MASS_GROUP', 'threat', 'hold', `\\b(?:hang|shoot|gas|lynch|exterminate|behead|round up and shoot|kill) (?:all|every|every last|each) (?:the |of the |one of the )?${GROUP}\\b`),
  rule('THREAT_PASSIVE_PERSON', 'threat', 'reject', `\\b(?:he|she|they|you|you people|these people|those people|this guy|that guy|this man|that man|this woman|that woman|all of them|people like (?:you|him|her|them))(?: all)? (?:should|must|ought to|needs? to|deserves? to|will|are going to|is going to|need to) be ${DEATH_PASSIVE}\\b`),
  rule('THREAT_PASSIVE_ANY', 'threat', 'hold', `\\b(?:should|must|ought to|deserves? to|needs? to) be ${DEATH_PASSIVE_STRICT}\\b`),
  rule('THREAT_INCITEMENT', 'threat', 'reject', `\\blet us (?:go )?(?:kill|shoot|hang|lynch|burn|gas|beat up|stab|string up|round up) (?:them|him|her|these|those|all|every|the)\\b|\\bput a bullet (?:in|through|between)\\b|\\bbullet (?:in|between|through) (?:his|her|their|your) (?:head|eyes|brain|skull)\\b|\\b(?:burn|torch|firebomb) (?:down )?(?:their|the|his|her|your) (?:house|houses|home|homes|mosque|mosques|synagogue|synagogues|church|churches)\\b`),
  // Veiled threats deny themselves on their face; a moderator reads them in context.
  rule('THREAT_VEILED', 'threat', 'hold', `\\b(?:(?:would|be) a (?:shame|pity) if something (?:bad |terrible )?(?:happened|were to happen|happens) to (?:you|your|him|her)|something (?:bad|terrible|nasty) (?:might|could|will|is going to) happen to (?:you|your)|(?:i|we) have your (?:address|home address)|people like you (?:tend to )?(?:disappear|go missing|end up dead|get hurt))\\b`),
  // Slogans ("Death to the X!") open a sentence; "fight to the death to defend" does not.
  rule('THREAT_DEATH_TO', 'threat', 'hold', `(?:^|[.,!?;:] )death to (?:all )?(?:the )?\\w+`),
  // Dehumanising comparisons of people or groups to vermin, disease or animals.
  rule('DEHUMANIZE_ARE', 'dehumanizing', 'hold', `\\b(?:they|them|these|those|these people|those people|all of them|you people|you lot|you|\\w+(?:s|ers|ans|ists|ites))(?<!\\b(?:animals|pigs|rats|dogs|cats|apes|monkeys|insects|rodents|cockroaches|roaches|beasts|humans|mammals|primates|cows|cattle))(?: all)? (?:are|were|r) (?:all |just |nothing but |like |no better than |simply |basically |literally |worse than |more like ){0,4}${VERMIN}\\b(?! (?:lovers?|rights|welfare|shelters?|control|trainers?|keepers?|experts?|farmers?|owners?|too|as well)\\b)`),
  rule('DEHUMANIZE_THOSE', 'dehumanizing', 'hold', `\\b(?:those|these|filthy|dirty) (?:fucking |filthy |dirty |disgusting |stinking )?(?:animals|savages|vermin|cockroaches|roaches|rats|apes|monkeys|parasites|subhumans|maggots|leeches|lice)\\b`),
  rule('DEHUMANIZE_SUBHUMAN', 'dehumanizing', 'reject', `\\b(?:subhumans?|sub humans?|untermensch(?:en)?)\\b`),
  rule('DEHUMANIZE_BREED', 'dehumanizing', 'hold', `\\b(?:breed|breeding|multiply|multiplying|spread|spreading|infesting|swarming) like (?:rats|rabbits|cockroaches|roaches|vermin|insects|flies|lice|a disease|a virus|cancer)\\b|\\binfest(?:ing|ed|ation)? (?:our|the|this) (?:country|city|town|streets|neighbou?rhood|nation)`),
  // Insults aimed at another commenter: the target is "you".
  // "you are ignorant of the facts" argues; "you are ignorant" insults.
  rule('INSULT_YOU_ARE', 'targeted_insult', 'hold', `\\b(?:you|you all|you people|you lot) (?:are|were|r|is|sound like|look like|must be) ${INTENSIFIERS}${INSULT_NOUN}\\b(?! (?:of|about|on|to|that|if|when)\\b)`),
  rule('INSULT_YOU_NOUN', 'targeted_insult', 'hold', `\\byou (?:stupid |dumb |ignorant |pathetic |brainless |worthless |little |fucking |f\\*+c?king |fkn |absolute |complete |total |utter |sad |filthy |disgusting |silly |old |ugly |fat ){0,4}${INSULT_VOCATIVE}\\b`),
  rule('INSULT_VOCATIVE', 'targeted_insult', 'hold', `(?:^|[.,!?;:] )(?:you )?${INSULT_VOCATIVE}(?: [.,!?;:]|$)`),
  rule('INSULT_SHUT_UP', 'targeted_insult', 'hold', `\\bshut (?:the fuck |the hell |your (?:mouth|trap|pie hole|face) )?up\\b(?! and take my money)|\\bshut your (?:mouth|trap|pie hole|face)\\b|\\bstfu\\b|\\bgtfo\\b`),
  rule('INSULT_FUCK_YOU', 'targeted_insult', 'hold', `\\b(?:go )?(?:fuck|screw|f\\*+k|fk) (?:yourself|urself|you|off)\\b|\\bpiss off\\b|\\beat shit\\b|\\bsuck my \\w+|\\bkiss my ass\\b|\\bget (?:a brain|a life)\\b`),
  rule('INSULT_ARE_YOU', 'targeted_insult', 'hold', `\\bare you (?:stupid|retarded|an idiot|a moron|dumb|brain dead|braindead|insane|mental|thick|high|drunk|illiterate|blind)\\b`),
  rule('INSULT_YOUR_ADJ', 'targeted_insult', 'hold', `\\byour (?:stupid|idiotic|moronic|dumb|retarded|pathetic|ignorant|brainless|tiny|pea sized|small) (?:comments?|posts?|opinions?|arguments?|brain|head|face|ass|mind|drivel|rant|mouth)\\b`),
];

export function matchPatterns(text: string, rules: readonly PatternRule[] = DEFAULT_PATTERNS): PatternHit[] {
  const normalized = normalizeForPatterns(text);
  const hits: PatternHit[] = [];
  for (const r of rules) {
    const m = r.re.exec(normalized);
    if (m) hits.push({ id: r.id, category: r.category, level: r.level, match: m[0].trim() });
  }
  return hits;
}

/** Highest pattern score per category (0 where nothing fired). */
export function patternScores(hits: readonly PatternHit[]): Record<PatternCategory, number> {
  const scores: Record<PatternCategory, number> = { threat: 0, dehumanizing: 0, targeted_insult: 0 };
  for (const hit of hits) scores[hit.category] = Math.max(scores[hit.category], PATTERN_LEVEL_SCORE[hit.level]);
  return scores;
}
