// Romanian. Loaded only by pages in this language (dist/i18n/ro.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookie-uri și confidențialitate',
  text: 'Folosim cookie-uri și tehnologii similare pentru funcționarea acestui site și, dacă permiteți, pentru statistici, publicitate și conținut încorporat.',
  policy: 'Politica de confidențialitate',
  accept: 'Acceptă tot',
  reject: 'Respinge tot',
  customise: 'Personalizează',
  prefs: 'Preferințe de confidențialitate',
  intro: 'Alegeți ce permiteți. Vă puteți schimba alegerile oricând.',
  save: 'Salvează alegerile',
  close: 'Închide',
  alwaysOn: 'Mereu activ',
  services: 'Servicii',
  provider: 'Furnizor',
  purpose: 'Scop',
  cookies: 'Cookie-uri',
  name: 'Nume',
  service: 'Serviciu',
  expiry: 'Durată',
  description: 'Descriere',
  settings: 'Setări de confidențialitate',
  saved: 'Alegerile dvs. au fost salvate.',
  choices: 'Opțiunile dvs. de confidențialitate',
  dns: 'Nu vindeți și nu partajați informațiile mele personale',
  sale: 'Vânzarea și partajarea informațiilor personale',
  saleText: 'Dezactivați pentru a refuza vânzarea informațiilor dvs. personale și partajarea lor pentru publicitate țintită.',
  honored: 'Cerere de refuz respectată',
  conflict: 'Browserul dvs. trimite un semnal de refuz (Global Privacy Control), așa că permisiunea dată anterior pentru vânzarea sau partajarea informațiilor personale este suspendată.',
  confirm: 'Păstrează permisiunea',
  dismiss: 'Ascunde',
  icon: 'Pictograma de refuz California Consumer Privacy Act (CCPA)',
};

export default texts;
