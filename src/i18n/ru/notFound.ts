import type { Dictionary } from '../types.ts';

export const notFound: Dictionary['notFound'] = {
  title: 'Страница не найдена',
  text: 'По этому адресу страницы нет. Адреса на этом сайте постоянны, поэтому в ссылке, возможно, опечатка.',
  poa: 'Программа действий',
  rangeOpen: ' (пункты по адресам от ',
  rangeTo: ' до ',
  rangeClose: ')',
  conclusions: 'Выводы Председателя 2004 года',
  search: 'Поиск',
};
