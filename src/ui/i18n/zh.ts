// Chinese (Simplified). Loaded only by pages in this language (dist/i18n/zh.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookie 与隐私',
  text: '我们使用 Cookie 及类似技术来运行本网站，并在您允许时用于统计分析、广告和嵌入内容。',
  policy: '隐私政策',
  accept: '全部接受',
  reject: '全部拒绝',
  customise: '自定义',
  prefs: '隐私偏好设置',
  intro: '请选择您允许的内容。您可以随时更改选择。',
  save: '保存选择',
  close: '关闭',
  alwaysOn: '始终开启',
  services: '服务',
  provider: '提供方',
  purpose: '用途',
  cookies: 'Cookie',
  name: '名称',
  service: '服务',
  expiry: '有效期',
  description: '说明',
  settings: '隐私设置',
  saved: '您的选择已保存。',
  choices: '您的隐私选择',
  dns: '请勿出售或共享我的个人信息',
  sale: '个人信息的出售与共享',
  saleText: '关闭此项即可拒绝出售您的个人信息，以及为定向广告共享这些信息。',
  honored: '已执行退出请求',
  conflict: '您的浏览器正在发送退出信号（Global Privacy Control），因此您之前允许出售或共享个人信息的授权已暂停。',
  confirm: '保留我的授权',
  dismiss: '隐藏',
  icon: '《加州消费者隐私法》（CCPA）退出图标',
};

export default texts;
