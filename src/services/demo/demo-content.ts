/** Parley's own sample articles and a first conversation, written for the demo site. */
export interface DemoStory {
  slug: string;
  title: string;
  tags: string[];
  published: string;
  paragraphs: string[];
  comments: Array<{ name: string; body: string; replyTo?: number }>;
}

export const DEMO_STORIES: DemoStory[] = [
  {
    slug: 'harbour-bridge-reopens',
    title: 'Harbour bridge reopens after two years of repairs',
    tags: ['city', 'transport'],
    published: '2026-11-20',
    paragraphs: [
      'The old harbour bridge carried its first buses on Monday morning, twenty-six months after engineers closed it when cracks were found in two of its steel supports.',
      'Commuters who spent those months on a ferry or a forty-minute detour greeted the reopening with a mix of relief and impatience. "I will believe it when the number 12 stops outside my door again," said one rider at the south ramp.',
      'The city says the repairs came in eight percent over budget, mostly because of steel prices. A cycle lane, added on the east side, is the only visible change.',
      'Inspections will now take place every six months instead of every two years, the transport office said.',
    ],
    comments: [
      { name: 'Mara K.', body: 'Finally. The ferry was lovely for a week and miserable for two years.' },
      { name: 'Tom', body: '> The ferry was lovely for a week\n\nThe ferry was the best part of my day, honestly. I will miss it.', replyTo: 0 },
      { name: 'Anonymous', body: 'Eight percent over budget is **good** for a project like this. Look up what the tunnel cost.' },
      { name: 'Priya', body: 'Does anyone know if the cycle lane is separated from traffic or just painted?' },
      { name: 'Mara K.', body: 'Separated, with a kerb. I rode it this morning.', replyTo: 3 },
    ],
  },
  {
    slug: 'library-late-fees',
    title: 'City libraries drop late fees and see books come back',
    tags: ['city', 'culture'],
    published: '2026-11-18',
    paragraphs: [
      'Six months after the city stopped charging late fees, its libraries report that more overdue books have come back than in any year since records began.',
      'Librarians say readers who had stayed away over a few unpaid coins are returning with books that had sat on their shelves for years.',
      'The fees raised less money than it cost to collect them, the library board said in its review.',
    ],
    comments: [],
  },
  {
    slug: 'night-trains-return',
    title: 'Night trains return to the northern line',
    tags: ['transport', 'travel'],
    published: '2026-11-15',
    paragraphs: [
      'Sleeper carriages will run again between the capital and the northern coast from March, the rail operator announced.',
      'The service was cut a decade ago for lack of passengers. The operator says demand from travellers avoiding short flights has changed the sums.',
    ],
    comments: [],
  },
];
