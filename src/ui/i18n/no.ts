// Norwegian (Bokmål). Loaded only by pages in this language (dist/i18n/no.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Informasjonskapsler og personvern',
  text: 'Vi bruker informasjonskapsler og lignende teknologi for å drive dette nettstedet og, hvis du tillater det, til statistikk, annonser og innebygd innhold.',
  policy: 'Personvernerklæring',
  accept: 'Godta alle',
  reject: 'Avvis alle',
  customise: 'Tilpass',
  prefs: 'Personverninnstillinger',
  intro: 'Velg hva du tillater. Du kan endre valgene dine når som helst.',
  save: 'Lagre valg',
  close: 'Lukk',
  alwaysOn: 'Alltid på',
  services: 'Tjenester',
  provider: 'Leverandør',
  purpose: 'Formål',
  cookies: 'Informasjonskapsler',
  name: 'Navn',
  service: 'Tjeneste',
  expiry: 'Levetid',
  description: 'Beskrivelse',
  settings: 'Personverninnstillinger',
  saved: 'Valgene dine er lagret.',
  choices: 'Dine personvernvalg',
  dns: 'Ikke selg eller del personopplysningene mine',
  sale: 'Salg og deling av personopplysninger',
  saleText: 'Slå av dette for å reservere deg mot salg av personopplysningene dine og deling av dem for målrettet reklame.',
  honored: 'Reservasjon etterkommet',
  conflict: 'Nettleseren din sender et reservasjonssignal (Global Privacy Control), så den tidligere tillatelsen din til å selge eller dele personopplysningene dine er satt på pause.',
  confirm: 'Behold tillatelsen min',
  dismiss: 'Skjul',
  icon: 'Reservasjonsikon for California Consumer Privacy Act (CCPA)',
};

export default texts;
