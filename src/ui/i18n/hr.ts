// Croatian. Loaded only by pages in this language (dist/i18n/hr.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Kolačići i privatnost',
  text: 'Koristimo kolačiće i slične tehnologije za rad ove stranice te, ako to dopustite, za statistiku, oglašavanje i ugrađeni sadržaj.',
  policy: 'Pravila privatnosti',
  accept: 'Prihvati sve',
  reject: 'Odbij sve',
  customise: 'Prilagodi',
  prefs: 'Postavke privatnosti',
  intro: 'Odaberite što dopuštate. Svoj odabir možete promijeniti u bilo kojem trenutku.',
  save: 'Spremi odabir',
  close: 'Zatvori',
  alwaysOn: 'Uvijek uključeno',
  services: 'Usluge',
  provider: 'Pružatelj',
  purpose: 'Svrha',
  cookies: 'Kolačići',
  name: 'Naziv',
  service: 'Usluga',
  expiry: 'Trajanje',
  description: 'Opis',
  settings: 'Postavke privatnosti',
  saved: 'Vaš je odabir spremljen.',
  choices: 'Vaši izbori privatnosti',
  dns: 'Nemojte prodavati ni dijeliti moje osobne podatke',
  sale: 'Prodaja i dijeljenje osobnih podataka',
  saleText: 'Isključite kako biste odbili prodaju svojih osobnih podataka i njihovo dijeljenje za ciljano oglašavanje.',
  honored: 'Zahtjev za odbijanje poštovan',
  conflict: 'Vaš preglednik šalje signal odbijanja (Global Privacy Control), pa je vaše ranije dopuštenje za prodaju ili dijeljenje osobnih podataka pauzirano.',
  confirm: 'Zadrži dopuštenje',
  dismiss: 'Sakrij',
  icon: 'Ikona odbijanja prema California Consumer Privacy Act (CCPA)',
};

export default texts;
