/** Languages with a file in dist/i18n/ (English is built in). */
export const LANGUAGES =
  'ar bg cs da de el es et fi fr ga he hr hu is it ja ko lt lv mt nl no pl pt pt-br ro sk sl sv tr uk zh zh-tw'.split(' ');

const ALIASES: Record<string, string> = { nb: 'no', nn: 'no', iw: 'he' };

/**
 * Maps a BCP 47 tag to the language we can show: the exact tag (`pt-BR`), else its primary
 * language (`de-AT` -> `de`), else English. Chinese in Traditional script (`zh-Hant`, and
 * Taiwan, Hong Kong and Macau without a script) gets `zh-tw`, any other Chinese `zh`.
 */
export function pickLanguage(tag: string | null | undefined): string {
  const exact = (tag ?? '').toLowerCase().replace(/^zh-(hant|tw|hk|mo)\b.*/, 'zh-tw');
  const primary = exact.split('-')[0]!;
  const base = ALIASES[primary] ?? primary;
  return LANGUAGES.includes(exact) ? exact : LANGUAGES.includes(base) ? base : 'en';
}

/** Right-to-left scripts among the languages we ship. */
export const isRtl = (language: string): boolean => /^(ar|he)\b/.test(language);
