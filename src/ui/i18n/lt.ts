// Lithuanian. Loaded only by pages in this language (dist/i18n/lt.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Slapukai ir privatumas',
  text: 'Naudojame slapukus ir panašias technologijas, kad ši svetainė veiktų, o jums leidus – statistikai, reklamai ir įterptam turiniui.',
  policy: 'Privatumo politika',
  accept: 'Priimti visus',
  reject: 'Atmesti visus',
  customise: 'Tinkinti',
  prefs: 'Privatumo nuostatos',
  intro: 'Pasirinkite, ką leidžiate. Savo pasirinkimus galite bet kada pakeisti.',
  save: 'Išsaugoti pasirinkimus',
  close: 'Uždaryti',
  alwaysOn: 'Visada įjungta',
  services: 'Paslaugos',
  provider: 'Teikėjas',
  purpose: 'Paskirtis',
  cookies: 'Slapukai',
  name: 'Pavadinimas',
  service: 'Paslauga',
  expiry: 'Galiojimas',
  description: 'Aprašymas',
  settings: 'Privatumo nustatymai',
  saved: 'Jūsų pasirinkimai išsaugoti.',
  choices: 'Jūsų privatumo pasirinkimai',
  dns: 'Neparduoti ir nebendrinti mano asmeninės informacijos',
  sale: 'Asmeninės informacijos pardavimas ir bendrinimas',
  saleText: 'Išjunkite, kad atsisakytumėte savo asmeninės informacijos pardavimo ir bendrinimo tikslinei reklamai.',
  honored: 'Atsisakymo prašymas įvykdytas',
  conflict: 'Jūsų naršyklė siunčia atsisakymo signalą (Global Privacy Control), todėl ankstesnis jūsų leidimas parduoti ar bendrinti asmeninę informaciją sustabdytas.',
  confirm: 'Palikti leidimą',
  dismiss: 'Slėpti',
  icon: 'California Consumer Privacy Act (CCPA) atsisakymo piktograma',
};

export default texts;
