import type { CategoryConfig } from '../types';

/**
 * The built-in categories and their US flags (standards.md 3.1): advertising and social
 * embeds are "share" and "sale"; third-party analytics is usually a "sale" (Sephora);
 * session replay is treated as "share" so GPC blocks it too.
 * `default` is the state in the opt-out and notice regimes; session replay stays off
 * everywhere until the visitor says yes (CIPA §631, standards.md 3.8).
 */
export const BUILTIN_CATEGORIES: readonly Required<Omit<CategoryConfig, 'services'>>[] = [
  {
    id: 'necessary',
    label: 'Strictly necessary',
    description: 'Needed for the site to work, such as remembering this choice. Always on.',
    required: true,
    default: true,
    sale: false,
    share: false,
  },
  {
    id: 'functional',
    label: 'Functional',
    description: 'Remembers preferences such as language and layout.',
    required: false,
    default: true,
    sale: false,
    share: false,
  },
  {
    id: 'analytics',
    label: 'Analytics',
    description: 'Counts visits and measures how the site is used.',
    required: false,
    default: true,
    sale: true,
    share: false,
  },
  {
    id: 'advertising',
    label: 'Advertising',
    description: 'Measures and personalises ads, on this site and elsewhere.',
    required: false,
    default: true,
    sale: true,
    share: true,
  },
  {
    id: 'session_replay',
    label: 'Session replay',
    description: 'Records clicks, scrolling and typing to replay visits.',
    required: false,
    default: false,
    sale: false,
    share: true,
  },
  {
    id: 'social',
    label: 'Social media',
    description: 'Embedded posts, videos and share buttons from social networks.',
    required: false,
    default: true,
    sale: true,
    share: true,
  },
];

export const NECESSARY = 'necessary';
export const SESSION_REPLAY = 'session_replay';
