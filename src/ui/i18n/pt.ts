// Portuguese (Portugal). Loaded only by pages in this language (dist/i18n/pt.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies e privacidade',
  text: 'Utilizamos cookies e tecnologias semelhantes para o funcionamento deste site e, se o permitir, para estatísticas, publicidade e conteúdos incorporados.',
  policy: 'Política de privacidade',
  accept: 'Aceitar tudo',
  reject: 'Rejeitar tudo',
  customise: 'Personalizar',
  prefs: 'Preferências de privacidade',
  intro: 'Escolha o que permite. Pode alterar as suas escolhas a qualquer momento.',
  save: 'Guardar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativo',
  services: 'Serviços',
  provider: 'Fornecedor',
  purpose: 'Finalidade',
  cookies: 'Cookies',
  name: 'Nome',
  service: 'Serviço',
  expiry: 'Duração',
  description: 'Descrição',
  settings: 'Definições de privacidade',
  saved: 'As suas escolhas foram guardadas.',
  choices: 'As suas escolhas de privacidade',
  dns: 'Não vender nem partilhar as minhas informações pessoais',
  sale: 'Venda e partilha de informações pessoais',
  saleText: 'Desative esta opção para recusar a venda das suas informações pessoais e a sua partilha para publicidade direcionada.',
  honored: 'Pedido de oposição respeitado',
  conflict: 'O seu navegador envia um sinal de oposição (Global Privacy Control), pelo que a sua autorização anterior para vender ou partilhar as suas informações pessoais está suspensa.',
  confirm: 'Manter a autorização',
  dismiss: 'Ocultar',
  icon: 'Ícone de oposição da California Consumer Privacy Act (CCPA)',
};

export default texts;
