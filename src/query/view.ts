import type { Lang, Nature } from '../briefing/schema.ts';
import type { Picture } from '../charts/types.ts';
import type { RichText } from './rich-text.ts';

/** One sourced statement, already in the reader's language. */
export interface Statement {
  text: RichText;
  /** The briefing statement it shows, when it shows one (so a digest can mark what is new). */
  id?: string;
  /** Absent for plain help text that is not a claim about the world. */
  nature?: Nature;
  /** Display name of whoever makes a claim. */
  speaker?: string;
  cite?: string;
}

export interface ViewBlock {
  heading: string;
  statements: Statement[];
}

export interface TopicLink {
  id: string;
  title: string;
}

/**
 * What every command shows, free of Discord: renderers turn it into embeds or terminal text.
 * `tone` picks a colour/prefix; `blocks` are rendered in order and may be split across pages.
 */
export interface View {
  lang: Lang;
  tone: 'info' | 'warning' | 'error' | 'success';
  title: RichText;
  /** One or two sentences shown first. */
  headline?: RichText;
  blocks: ViewBlock[];
  related?: TopicLink[];
  footer?: string;
  /** A chart of what the view lists (timeline, figures, positions), attached as an image where the front end can. */
  picture?: Picture;
}
