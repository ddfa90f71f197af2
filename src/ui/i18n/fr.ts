// French. Loaded only by pages in this language (dist/i18n/fr.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies et confidentialité',
  text: 'Nous utilisons des cookies et des technologies similaires pour faire fonctionner ce site et, si vous l’acceptez, pour la mesure d’audience, la publicité et les contenus intégrés.',
  policy: 'Politique de confidentialité',
  accept: 'Tout accepter',
  reject: 'Tout refuser',
  customise: 'Personnaliser',
  prefs: 'Préférences de confidentialité',
  intro: 'Choisissez ce que vous autorisez. Vous pouvez modifier vos choix à tout moment.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actif',
  services: 'Services',
  provider: 'Fournisseur',
  purpose: 'Finalité',
  cookies: 'Cookies',
  name: 'Nom',
  service: 'Service',
  expiry: 'Durée de conservation',
  description: 'Description',
  settings: 'Paramètres de confidentialité',
  saved: 'Vos choix ont été enregistrés.',
  choices: 'Vos choix en matière de confidentialité',
  dns: 'Ne pas vendre ni partager mes informations personnelles',
  sale: 'Vente et partage des informations personnelles',
  saleText: 'Désactivez cette option pour refuser la vente de vos informations personnelles et leur partage à des fins de publicité ciblée.',
  honored: 'Demande d’opposition respectée',
  conflict: 'Votre navigateur envoie un signal d’opposition (Global Privacy Control) : votre autorisation antérieure de vendre ou de partager vos informations personnelles est suspendue.',
  confirm: 'Conserver mon autorisation',
  dismiss: 'Masquer',
  icon: 'Icône d’opposition du California Consumer Privacy Act (CCPA)',
};

export default texts;
