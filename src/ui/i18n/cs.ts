// Czech. Loaded only by pages in this language (dist/i18n/cs.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies a soukromí',
  text: 'Používáme cookies a podobné technologie k provozu tohoto webu a, pokud to povolíte, ke statistikám, reklamě a vloženému obsahu.',
  policy: 'Zásady ochrany osobních údajů',
  accept: 'Přijmout vše',
  reject: 'Odmítnout vše',
  customise: 'Přizpůsobit',
  prefs: 'Nastavení soukromí',
  intro: 'Vyberte, co povolíte. Svou volbu můžete kdykoli změnit.',
  save: 'Uložit volbu',
  close: 'Zavřít',
  alwaysOn: 'Vždy zapnuto',
  services: 'Služby',
  provider: 'Poskytovatel',
  purpose: 'Účel',
  cookies: 'Cookies',
  name: 'Název',
  service: 'Služba',
  expiry: 'Doba platnosti',
  description: 'Popis',
  settings: 'Nastavení soukromí',
  saved: 'Vaše volba byla uložena.',
  choices: 'Vaše volby soukromí',
  dns: 'Neprodávat ani nesdílet mé osobní údaje',
  sale: 'Prodej a sdílení osobních údajů',
  saleText: 'Vypněte, chcete-li odmítnout prodej svých osobních údajů a jejich sdílení pro cílenou reklamu.',
  honored: 'Žádost o odmítnutí vyřízena',
  conflict: 'Váš prohlížeč odesílá signál odmítnutí (Global Privacy Control), proto je vaše dřívější svolení k prodeji či sdílení osobních údajů pozastaveno.',
  confirm: 'Ponechat svolení',
  dismiss: 'Skrýt',
  icon: 'Ikona odmítnutí podle California Consumer Privacy Act (CCPA)',
};

export default texts;
