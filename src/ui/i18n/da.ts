// Danish. Loaded only by pages in this language (dist/i18n/da.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies og privatliv',
  text: 'Vi bruger cookies og lignende teknologier til at drive dette websted og, hvis du tillader det, til statistik, annoncering og indlejret indhold.',
  policy: 'Privatlivspolitik',
  accept: 'Accepter alle',
  reject: 'Afvis alle',
  customise: 'Tilpas',
  prefs: 'Privatlivsindstillinger',
  intro: 'Vælg, hvad du tillader. Du kan altid ændre dine valg.',
  save: 'Gem valg',
  close: 'Luk',
  alwaysOn: 'Altid aktiv',
  services: 'Tjenester',
  provider: 'Udbyder',
  purpose: 'Formål',
  cookies: 'Cookies',
  name: 'Navn',
  service: 'Tjeneste',
  expiry: 'Levetid',
  description: 'Beskrivelse',
  settings: 'Privatlivsindstillinger',
  saved: 'Dine valg er gemt.',
  choices: 'Dine privatlivsvalg',
  dns: 'Sælg eller del ikke mine personoplysninger',
  sale: 'Salg og deling af personoplysninger',
  saleText: 'Slå dette fra for at fravælge salg af dine personoplysninger og deling af dem til målrettet annoncering.',
  honored: 'Fravalg respekteret',
  conflict: 'Din browser sender et fravalgssignal (Global Privacy Control), så din tidligere tilladelse til at sælge eller dele dine personoplysninger er sat på pause.',
  confirm: 'Behold min tilladelse',
  dismiss: 'Skjul',
  icon: 'Fravalgsikon for California Consumer Privacy Act (CCPA)',
};

export default texts;
