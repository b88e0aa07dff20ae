/**
 * Hand-written sentences for the moderation tests. None comes from the training or held-out data.
 * CIVIL: heated political argument about wars, armies and terrorism that a news site must publish.
 * ABUSIVE: insults, threats, dehumanising language, slurs and obfuscated slurs that must not publish unseen.
 */
export const CIVIL_POLITICAL: readonly string[] = [
  'The army will bomb the bridge to stop the attack.',
  'Terrorists killed 40 civilians; the government must respond.',
  'Sanctions kill more people than bombs.',
  'I think this war is a disaster and the generals should resign.',
  'Drone strikes kill civilians and radicalise their families, which helps the terrorists recruit.',
  'The government must respond to terrorist attacks with intelligence work, not carpet bombing.',
  'Hamas murdered families in their homes, and Israel must still defend itself within the laws of war.',
  'The invasion was a catastrophe that killed thousands and destroyed the economy.',
  'Politicians who voted for this war should be voted out at the next election.',
  'Our troops must be ready to fight and, if ordered, to kill; that is what an army is for.',
  'The minister lied to parliament about the cost of the war and should face an inquiry.',
  'If the militants are not stopped they will kill more hostages, so the ceasefire talks must continue.',
  'You are wrong about the sanctions, and the IMF figures show why.',
  'Kill the filibuster and pass the defence budget before the troops run out of ammunition.',
  'The shelling of the hospital was a war crime whoever fired the shells.',
  'Bombing the power grid in winter is collective punishment and should be condemned.',
  'The attack on the embassy shows that our security services failed again.',
  'Terrorism thrives where governments are corrupt and young men have no jobs.',
  'This article is one-sided: it ignores the rockets fired at towns near the border.',
  'The general said the offensive would crush the enemy within a week; it has been a year.',
];

export const ABUSIVE: readonly string[] = [
  'You are an idiot.',
  'Shut up, idiot.',
  'you moron, read the article before commenting',
  'Someone should shoot him.',
  'I know where you live.',
  'You deserve to die.',
  'Hang them all.',
  'They are vermin and should be treated like it.',
  'Immigrants are cockroaches.',
  'Go kill yourself.',
  'I will find you and kill you.',
  'Those people should be lined up and shot.',
  'u r a f*cking m0r0n',
  'Go back to Africa, you n1gg3r.',
  'typical f a g g o t behaviour',
  'what a k.i.k.e',
  'fuuuuck you and your stupid article',
  'Gas all the jews.',
  'you are a pathetic piece of shit',
  'Shut the f**k up, libtard.',
];
