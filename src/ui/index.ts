// The UI's one door: the script tag and developers composing their own bundle mount it from here.
// Components use Preact's classic `h` runtime (the pragma atop each .tsx): it makes a smaller
// script-tag bundle than the automatic JSX runtime the tsconfig names.
export { mountUi } from './mount';
export type { UiHandle, UiSource } from './mount';
export { resolveUiOptions } from './options';
export type { ResolvedUi } from './options';
export { pickLanguage, LANGUAGES } from './i18n/pick';
export { fetchLanguage } from './i18n/fetch';
export { default as en } from './i18n/en';
export type { Texts, TextKey } from './i18n/en';
// Every language, for bundles that do not load dist/i18n/ files: pass one as `ui.text`.
export { default as ar } from './i18n/ar';
export { default as bg } from './i18n/bg';
export { default as cs } from './i18n/cs';
export { default as da } from './i18n/da';
export { default as de } from './i18n/de';
export { default as el } from './i18n/el';
export { default as es } from './i18n/es';
export { default as et } from './i18n/et';
export { default as fi } from './i18n/fi';
export { default as fr } from './i18n/fr';
export { default as ga } from './i18n/ga';
export { default as he } from './i18n/he';
export { default as hr } from './i18n/hr';
export { default as hu } from './i18n/hu';
export { default as is } from './i18n/is';
export { default as it } from './i18n/it';
export { default as ja } from './i18n/ja';
export { default as ko } from './i18n/ko';
export { default as lt } from './i18n/lt';
export { default as lv } from './i18n/lv';
export { default as mt } from './i18n/mt';
export { default as nl } from './i18n/nl';
export { default as no } from './i18n/no';
export { default as pl } from './i18n/pl';
export { default as pt } from './i18n/pt';
export { default as ptBR } from './i18n/pt-br';
export { default as ro } from './i18n/ro';
export { default as sk } from './i18n/sk';
export { default as sl } from './i18n/sl';
export { default as sv } from './i18n/sv';
export { default as tr } from './i18n/tr';
export { default as uk } from './i18n/uk';
export { default as zh } from './i18n/zh';
export { default as zhTW } from './i18n/zh-tw';
