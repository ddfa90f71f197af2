// Italian. Loaded only by pages in this language (dist/i18n/it.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookie e privacy',
  text: 'Utilizziamo cookie e tecnologie simili per far funzionare questo sito e, se lo consenti, per statistiche, pubblicità e contenuti incorporati.',
  policy: 'Informativa sulla privacy',
  accept: 'Accetta tutto',
  reject: 'Rifiuta tutto',
  customise: 'Personalizza',
  prefs: 'Preferenze sulla privacy',
  intro: 'Scegli cosa consentire. Puoi modificare le tue scelte in qualsiasi momento.',
  save: 'Salva le scelte',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  services: 'Servizi',
  provider: 'Fornitore',
  purpose: 'Finalità',
  cookies: 'Cookie',
  name: 'Nome',
  service: 'Servizio',
  expiry: 'Durata',
  description: 'Descrizione',
  settings: 'Impostazioni privacy',
  saved: 'Le tue scelte sono state salvate.',
  choices: 'Le tue scelte sulla privacy',
  dns: 'Non vendere né condividere le mie informazioni personali',
  sale: 'Vendita e condivisione di informazioni personali',
  saleText: 'Disattiva questa opzione per opporti alla vendita delle tue informazioni personali e alla loro condivisione per pubblicità mirata.',
  honored: 'Richiesta di opposizione rispettata',
  conflict: 'Il tuo browser invia un segnale di opposizione (Global Privacy Control), quindi il consenso che avevi dato alla vendita o alla condivisione dei tuoi dati è sospeso.',
  confirm: 'Mantieni il consenso',
  dismiss: 'Nascondi',
  icon: 'Icona di opt-out del California Consumer Privacy Act (CCPA)',
};

export default texts;
