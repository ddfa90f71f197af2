// Maltese. Loaded only by pages in this language (dist/i18n/mt.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies u privatezza',
  text: 'Nużaw cookies u teknoloġiji simili biex dan is-sit jaħdem u, jekk tippermetti, għall-istatistika, ir-reklamar u kontenut inkorporat.',
  policy: 'Politika tal-privatezza',
  accept: 'Aċċetta kollox',
  reject: 'Irrifjuta kollox',
  customise: 'Ippersonalizza',
  prefs: 'Preferenzi tal-privatezza',
  intro: 'Agħżel x\'tippermetti. Tista\' tibdel l-għażliet tiegħek meta trid.',
  save: 'Issejvja l-għażliet',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem attivi',
  services: 'Servizzi',
  provider: 'Fornitur',
  purpose: 'Għan',
  cookies: 'Cookies',
  name: 'Isem',
  service: 'Servizz',
  expiry: 'Tul ta\' żmien',
  description: 'Deskrizzjoni',
  settings: 'Settings tal-privatezza',
  saved: 'L-għażliet tiegħek ġew issejvjati.',
  choices: 'L-għażliet tal-privatezza tiegħek',
  dns: 'Tbigħx u taqsamx l-informazzjoni personali tiegħi',
  sale: 'Bejgħ u qsim ta\' informazzjoni personali',
  saleText: 'Itfi dan biex tirrifjuta l-bejgħ tal-informazzjoni personali tiegħek u l-qsim tagħha għal reklamar immirat.',
  honored: 'It-talba ta\' rifjut ġiet onorata',
  conflict: 'Il-browser tiegħek jibgħat sinjal ta\' rifjut (Global Privacy Control), għalhekk il-permess li tajt qabel biex tinbiegħ jew tinqasam l-informazzjoni personali tiegħek huwa sospiż.',
  confirm: 'Żomm il-permess tiegħi',
  dismiss: 'Aħbi',
  icon: 'Ikona ta\' rifjut tal-California Consumer Privacy Act (CCPA)',
};

export default texts;
