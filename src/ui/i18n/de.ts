// German. Loaded only by pages in this language (dist/i18n/de.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies und Datenschutz',
  text: 'Wir verwenden Cookies und ähnliche Technologien, um diese Website zu betreiben, und mit Ihrer Erlaubnis für Statistik, Werbung und eingebettete Inhalte.',
  policy: 'Datenschutzerklärung',
  accept: 'Alle akzeptieren',
  reject: 'Alle ablehnen',
  customise: 'Anpassen',
  prefs: 'Datenschutz-Einstellungen',
  intro: 'Wählen Sie, was Sie erlauben. Sie können Ihre Auswahl jederzeit ändern.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  services: 'Dienste',
  provider: 'Anbieter',
  purpose: 'Zweck',
  cookies: 'Cookies',
  name: 'Name',
  service: 'Dienst',
  expiry: 'Laufzeit',
  description: 'Beschreibung',
  settings: 'Datenschutz-Einstellungen',
  saved: 'Ihre Auswahl wurde gespeichert.',
  choices: 'Ihre Datenschutzoptionen',
  dns: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  sale: 'Verkauf und Weitergabe personenbezogener Daten',
  saleText: 'Schalten Sie dies aus, um dem Verkauf Ihrer personenbezogenen Daten und ihrer Weitergabe für personalisierte Werbung zu widersprechen.',
  honored: 'Widerspruch umgesetzt',
  conflict: 'Ihr Browser sendet ein Widerspruchssignal (Global Privacy Control), daher ist Ihre frühere Erlaubnis zum Verkauf oder zur Weitergabe Ihrer Daten ausgesetzt.',
  confirm: 'Erlaubnis beibehalten',
  dismiss: 'Ausblenden',
  icon: 'Opt-out-Symbol des California Consumer Privacy Act (CCPA)',
};

export default texts;
