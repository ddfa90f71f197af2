import en, { type Texts } from './en';
import { fetchLanguage } from './fetch';

export { LANGUAGE_EVENT } from './fetch';

/**
 * Loads a language file (see ./fetch.ts), or takes the one already on its way (`fetched`), and
 * resolves with its texts by key (English for any missing), or undefined when it could not be
 * loaded.
 */
export async function loadLanguage(
  language: string,
  base: string,
  nonce?: string,
  hold?: number | false,
  fetched?: Promise<string[] | undefined>,
): Promise<Texts | undefined> {
  const texts = await (fetched ?? fetchLanguage(language, base, nonce, hold));
  return texts && (Object.fromEntries(Object.entries(en).map(([key, english], i) => [key, texts[i] ?? english])) as Texts);
}
