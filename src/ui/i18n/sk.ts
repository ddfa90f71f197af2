// Slovak. Loaded only by pages in this language (dist/i18n/sk.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Súbory cookie a súkromie',
  text: 'Používame súbory cookie a podobné technológie na prevádzku tejto stránky a, ak to povolíte, na štatistiky, reklamu a vložený obsah.',
  policy: 'Zásady ochrany súkromia',
  accept: 'Prijať všetko',
  reject: 'Odmietnuť všetko',
  customise: 'Prispôsobiť',
  prefs: 'Nastavenia súkromia',
  intro: 'Vyberte, čo povolíte. Svoju voľbu môžete kedykoľvek zmeniť.',
  save: 'Uložiť voľbu',
  close: 'Zavrieť',
  alwaysOn: 'Vždy zapnuté',
  services: 'Služby',
  provider: 'Poskytovateľ',
  purpose: 'Účel',
  cookies: 'Súbory cookie',
  name: 'Názov',
  service: 'Služba',
  expiry: 'Platnosť',
  description: 'Popis',
  settings: 'Nastavenia súkromia',
  saved: 'Vaša voľba bola uložená.',
  choices: 'Vaše voľby súkromia',
  dns: 'Nepredávať ani nezdieľať moje osobné údaje',
  sale: 'Predaj a zdieľanie osobných údajov',
  saleText: 'Vypnite, ak chcete odmietnuť predaj svojich osobných údajov a ich zdieľanie na cielenú reklamu.',
  honored: 'Žiadosť o odmietnutie vybavená',
  conflict: 'Váš prehliadač posiela signál odmietnutia (Global Privacy Control), preto je vaše skoršie povolenie na predaj alebo zdieľanie osobných údajov pozastavené.',
  confirm: 'Ponechať povolenie',
  dismiss: 'Skryť',
  icon: 'Ikona odmietnutia podľa California Consumer Privacy Act (CCPA)',
};

export default texts;
