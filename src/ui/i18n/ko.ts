// Korean. Loaded only by pages in this language (dist/i18n/ko.js).
import type { Texts } from './en';

const texts: Texts = {
  title: '쿠키 및 개인정보',
  text: '이 사이트는 운영을 위해, 그리고 허용하시면 분석, 광고 및 삽입된 콘텐츠를 위해 쿠키와 유사한 기술을 사용합니다.',
  policy: '개인정보 처리방침',
  accept: '모두 허용',
  reject: '모두 거부',
  customise: '사용자 지정',
  prefs: '개인정보 설정',
  intro: '허용할 항목을 선택하세요. 선택은 언제든지 변경할 수 있습니다.',
  save: '선택 저장',
  close: '닫기',
  alwaysOn: '항상 사용',
  services: '서비스',
  provider: '제공자',
  purpose: '목적',
  cookies: '쿠키',
  name: '이름',
  service: '서비스',
  expiry: '보관 기간',
  description: '설명',
  settings: '개인정보 설정',
  saved: '선택이 저장되었습니다.',
  choices: '개인정보 선택',
  dns: '내 개인정보를 판매하거나 공유하지 마세요',
  sale: '개인정보 판매 및 공유',
  saleText: '개인정보 판매와 맞춤형 광고를 위한 공유를 거부하려면 이 항목을 끄세요.',
  honored: '거부 요청이 반영되었습니다',
  conflict: '브라우저가 거부 신호(Global Privacy Control)를 보내고 있어, 이전에 허용하신 개인정보 판매 또는 공유가 일시 중지되었습니다.',
  confirm: '허용 유지',
  dismiss: '숨기기',
  icon: '캘리포니아 소비자 개인정보 보호법(CCPA) 거부 아이콘',
};

export default texts;
