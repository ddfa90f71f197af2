// Swedish. Loaded only by pages in this language (dist/i18n/sv.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies och integritet',
  text: 'Vi använder cookies och liknande tekniker för att driva webbplatsen och, om du tillåter det, för statistik, annonsering och inbäddat innehåll.',
  policy: 'Integritetspolicy',
  accept: 'Godkänn alla',
  reject: 'Avvisa alla',
  customise: 'Anpassa',
  prefs: 'Integritetsinställningar',
  intro: 'Välj vad du tillåter. Du kan ändra dina val när som helst.',
  save: 'Spara val',
  close: 'Stäng',
  alwaysOn: 'Alltid på',
  services: 'Tjänster',
  provider: 'Leverantör',
  purpose: 'Syfte',
  cookies: 'Cookies',
  name: 'Namn',
  service: 'Tjänst',
  expiry: 'Lagringstid',
  description: 'Beskrivning',
  settings: 'Integritetsinställningar',
  saved: 'Dina val har sparats.',
  choices: 'Dina integritetsval',
  dns: 'Sälj eller dela inte mina personuppgifter',
  sale: 'Försäljning och delning av personuppgifter',
  saleText: 'Stäng av detta för att avstå från försäljning av dina personuppgifter och delning av dem för riktad annonsering.',
  honored: 'Begäran om avstående respekterad',
  conflict: 'Din webbläsare skickar en avståendesignal (Global Privacy Control), så ditt tidigare tillstånd att sälja eller dela dina personuppgifter är pausat.',
  confirm: 'Behåll mitt tillstånd',
  dismiss: 'Dölj',
  icon: 'Avståendeikon för California Consumer Privacy Act (CCPA)',
};

export default texts;
