// Estonian. Loaded only by pages in this language (dist/i18n/et.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Küpsised ja privaatsus',
  text: 'Kasutame küpsiseid ja sarnaseid tehnoloogiaid selle saidi toimimiseks ning teie loal statistika, reklaami ja manustatud sisu jaoks.',
  policy: 'Privaatsuspoliitika',
  accept: 'Nõustu kõigiga',
  reject: 'Keeldu kõigist',
  customise: 'Kohanda',
  prefs: 'Privaatsuseelistused',
  intro: 'Valige, mida lubate. Saate oma valikuid igal ajal muuta.',
  save: 'Salvesta valikud',
  close: 'Sulge',
  alwaysOn: 'Alati sees',
  services: 'Teenused',
  provider: 'Pakkuja',
  purpose: 'Eesmärk',
  cookies: 'Küpsised',
  name: 'Nimi',
  service: 'Teenus',
  expiry: 'Kehtivus',
  description: 'Kirjeldus',
  settings: 'Privaatsusseaded',
  saved: 'Teie valikud on salvestatud.',
  choices: 'Teie privaatsusvalikud',
  dns: 'Ärge müüge ega jagage minu isikuandmeid',
  sale: 'Isikuandmete müük ja jagamine',
  saleText: 'Lülitage see välja, et keelduda oma isikuandmete müügist ja nende jagamisest sihitud reklaami jaoks.',
  honored: 'Loobumistaotlus täidetud',
  conflict: 'Teie brauser saadab loobumissignaali (Global Privacy Control), seega on teie varasem luba isikuandmete müümiseks või jagamiseks peatatud.',
  confirm: 'Jäta luba kehtima',
  dismiss: 'Peida',
  icon: 'California Consumer Privacy Act\'i (CCPA) loobumisikoon',
};

export default texts;
