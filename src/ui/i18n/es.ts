// Spanish. Loaded only by pages in this language (dist/i18n/es.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies y privacidad',
  text: 'Usamos cookies y tecnologías similares para que este sitio funcione y, si lo permite, para analítica, publicidad y contenido incrustado.',
  policy: 'Política de privacidad',
  accept: 'Aceptar todo',
  reject: 'Rechazar todo',
  customise: 'Personalizar',
  prefs: 'Preferencias de privacidad',
  intro: 'Elija lo que permite. Puede cambiar su elección en cualquier momento.',
  save: 'Guardar selección',
  close: 'Cerrar',
  alwaysOn: 'Siempre activo',
  services: 'Servicios',
  provider: 'Proveedor',
  purpose: 'Finalidad',
  cookies: 'Cookies',
  name: 'Nombre',
  service: 'Servicio',
  expiry: 'Duración',
  description: 'Descripción',
  settings: 'Configuración de privacidad',
  saved: 'Se ha guardado su selección.',
  choices: 'Sus opciones de privacidad',
  dns: 'No vender ni compartir mi información personal',
  sale: 'Venta y cesión de información personal',
  saleText: 'Desactive esta opción para excluirse de la venta de su información personal y de su cesión para publicidad dirigida.',
  honored: 'Solicitud de exclusión atendida',
  conflict: 'Su navegador envía una señal de exclusión (Global Privacy Control), por lo que su permiso anterior para vender o compartir su información personal queda en pausa.',
  confirm: 'Mantener mi permiso',
  dismiss: 'Ocultar',
  icon: 'Icono de exclusión de la California Consumer Privacy Act (CCPA)',
};

export default texts;
