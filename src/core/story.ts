export interface Site {
  id: number;
  name: string;
  title: string;
  origins: string[];
  createdAt: number;
}

export interface Story {
  id: number;
  siteId: number;
  url: string;
  title: string;
  image: string | null;
  tags: string[];
  closedAt: number | null;
  /** Every comment on this story waits for a moderator. */
  premod: boolean;
  commentCount: number;
  createdAt: number;
}

export interface Author {
  id: number;
  siteId: number;
  name: string | null;
  email: string | null;
}

/** How a client names a story: its numeric id, or the article URL. */
export type StoryRef = { id: number } | { url: string };

export function parseStoryRef(raw: string): StoryRef {
  return /^\d+$/.test(raw) ? { id: Number(raw) } : { url: raw };
}
