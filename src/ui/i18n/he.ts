// Hebrew (right to left). Loaded only by pages in this language (dist/i18n/he.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'עוגיות ופרטיות',
  text: 'אנו משתמשים בעוגיות ובטכנולוגיות דומות כדי להפעיל את האתר, ובאישורכם גם לסטטיסטיקה, לפרסום ולתוכן מוטמע.',
  policy: 'מדיניות פרטיות',
  accept: 'לקבל הכול',
  reject: 'לדחות הכול',
  customise: 'התאמה אישית',
  prefs: 'העדפות פרטיות',
  intro: 'בחרו מה אתם מאשרים. אפשר לשנות את הבחירה בכל עת.',
  save: 'שמירת הבחירה',
  close: 'סגירה',
  alwaysOn: 'תמיד פעיל',
  services: 'שירותים',
  provider: 'ספק',
  purpose: 'מטרה',
  cookies: 'עוגיות',
  name: 'שם',
  service: 'שירות',
  expiry: 'תוקף',
  description: 'תיאור',
  settings: 'הגדרות פרטיות',
  saved: 'הבחירה שלכם נשמרה.',
  choices: 'אפשרויות הפרטיות שלכם',
  dns: 'אל תמכרו ואל תשתפו את המידע האישי שלי',
  sale: 'מכירה ושיתוף של מידע אישי',
  saleText: 'כבו אפשרות זו כדי לסרב למכירת המידע האישי שלכם ולשיתופו לפרסום ממוקד.',
  honored: 'בקשת הסירוב כובדה',
  conflict: 'הדפדפן שלכם שולח אות סירוב (Global Privacy Control), ולכן ההרשאה הקודמת שנתתם למכירה או לשיתוף של המידע האישי שלכם מושהית.',
  confirm: 'לשמור על ההרשאה',
  dismiss: 'הסתרה',
  icon: 'סמל הסירוב של California Consumer Privacy Act (CCPA)',
};

export default texts;
