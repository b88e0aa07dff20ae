/**
 * Default word lists (data, not code). Each site can replace them in its moderation
 * settings. Entry syntax, kept deliberately small:
 *   `word`    the token must equal the word;
 *   `word+`   the word or a common inflection of it (s, es, z, ed, ing, in, ies);
 *   `*word*`  the word anywhere inside a token (only for words no innocent English word contains).
 *
 * BANNED words get a comment rejected: slurs against a group, whatever the context.
 * SUSPECT words hold a comment for a moderator: strong profanity, sexual insults, and
 * slurs that also have an innocent sense ("chink in the armour", "coon hound").
 * Written for Parley; Davidson et al.'s refined n-gram lexicon (MIT) was consulted.
 */
export const DEFAULT_BANNED_WORDS: readonly string[] = [
  '*nigger*', 'nigga+', 'niggah+', 'niggaz', 'nigguh+', 'negroid+',
  'faggot+', 'faggit+', 'fagget+', 'fagot+',
  'kike+', 'kyke+', 'yid+', 'hymie+',
  'spic+', 'spick+', 'wetback+', 'beaner+',
  'gook+', 'zipperhead+', 'slant-eye+', 'slanteye+',
  'raghead+', 'towelhead+', 'sandnigger+', 'camel-jockey+', 'cameljockey+', 'muzzie+',
  'paki+', 'pakis',
  'tranny', 'trannies', 'shemale+',
  'jigaboo+', 'jiggaboo+', 'porchmonkey+', 'junglebunny', 'junglebunnies', 'darkie+', 'darky',
    'kaffir+', 'wog+',
  'cunt+',
];

export const DEFAULT_SUSPECT_WORDS: readonly string[] = [
  '*fuck*', 'fcker', 'fckers', 'fck+', 'fuk+', 'fuq+', 'phuck+', 'fux', 'fking', 'fkn', 'effing', 'stfu', 'gtfo', 'kys',
  '*shit*', 'shite', 'bullsh*t',
  'bitch+', 'bitches', 'biatch+', 'whore+', 'slut+', 'skank+',
  'motherfucker+', 'asshole+', 'arsehole+', 'dickhead+', 'dickwad+', 'douchebag+', 'cocksucker+',
  'twat+', 'wanker+', 'pussy', 'pussies', 'bastard+', 'prick', 'pricks', 'bitchy',
  'retard+', 'retarded', 'spastic+', 'spaz',
  'dyke+', 'fag', 'fags', 'chink+', 'coon+', 'wop+', 'honky', 'honkies', 'negro+', 'jap', 'japs',
  'kafir+', 'coolie+', 'gyppo+', 'pikey+', 'sambo+',
];
