// Dutch. Loaded only by pages in this language (dist/i18n/nl.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies en privacy',
  text: 'We gebruiken cookies en vergelijkbare technieken om deze site te laten werken en, als u dat toestaat, voor statistieken, advertenties en ingesloten inhoud.',
  policy: 'Privacybeleid',
  accept: 'Alles accepteren',
  reject: 'Alles weigeren',
  customise: 'Aanpassen',
  prefs: 'Privacyvoorkeuren',
  intro: 'Kies wat u toestaat. U kunt uw keuzes altijd wijzigen.',
  save: 'Keuzes opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  services: 'Diensten',
  provider: 'Aanbieder',
  purpose: 'Doel',
  cookies: 'Cookies',
  name: 'Naam',
  service: 'Dienst',
  expiry: 'Bewaartermijn',
  description: 'Beschrijving',
  settings: 'Privacyinstellingen',
  saved: 'Uw keuzes zijn opgeslagen.',
  choices: 'Uw privacykeuzes',
  dns: 'Mijn persoonsgegevens niet verkopen of delen',
  sale: 'Verkoop en delen van persoonsgegevens',
  saleText: 'Zet dit uit om bezwaar te maken tegen de verkoop van uw persoonsgegevens en het delen ervan voor gerichte advertenties.',
  honored: 'Bezwaar gehonoreerd',
  conflict: 'Uw browser verstuurt een opt-outsignaal (Global Privacy Control), dus uw eerdere toestemming om uw persoonsgegevens te verkopen of te delen is gepauzeerd.',
  confirm: 'Toestemming behouden',
  dismiss: 'Verbergen',
  icon: 'Opt-outpictogram van de California Consumer Privacy Act (CCPA)',
};

export default texts;
