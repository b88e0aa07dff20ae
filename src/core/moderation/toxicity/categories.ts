/** Categories the trained model scores. Order is the order of the weight rows in the model file. */
export const MODEL_CATEGORIES = ['toxicity', 'insult', 'obscene', 'identity_attack', 'threat'] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** Categories only the pattern layer produces (no labelled data covers them well). */
export const PATTERN_CATEGORIES = ['threat', 'dehumanizing', 'targeted_insult'] as const;
export type PatternCategory = (typeof PATTERN_CATEGORIES)[number];

export const CATEGORIES = ['toxicity', 'insult', 'obscene', 'identity_attack', 'threat', 'dehumanizing', 'targeted_insult'] as const;
export type Category = (typeof CATEGORIES)[number];
export type CategoryScores = Record<Category, number>;
