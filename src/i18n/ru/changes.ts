import type { Dictionary } from '../types.ts';
import { plural } from '../format.ts';

export const changes: Dictionary['changes'] = {
  title: 'Последние изменения',
  description: 'Последние исправления и дополнения содержания по истории репозитория.',
  heading: 'Последние изменения содержания',
  follow: 'Следить за всеми изменениями',
  followNote: ' (лента Atom: вставьте её адрес в программу для чтения лент). На странице каждой страны и каждого договора есть лента изменений, касающихся их.',
  leadBefore: 'Последние изменения файлов в папке ',
  leadAfter: ', сначала новые, со страницами, которых они касаются. Для каждой записи также указано, когда она проверялась в последний раз.',
  noHistory: 'История изменений в этой сборке недоступна',
  shallow: ' (сайт собран из неполной копии репозитория)',
  seeHistoryBefore: ' См. ',
  seeHistoryLink: 'историю в репозитории',
  historyInRepository: ' История файлов в папке content/ хранится в репозитории.',
  commit: 'коммит',
  morePages: (n: number) => `и ещё ${plural('ru', n, { one: '# страница', few: '# страницы', many: '# страниц', other: '# страницы' })}`,
  pageLabels: {
    treaty: (name: string) => `Договор: ${name}`,
    law: (name: string) => `Закон: ${name}`,
    country: (name: string) => `Страна: ${name}`,
    poaParagraph: (n: number) => `Программа действий, п. ${n}`,
    conclusions: 'Выводы Председателя 2004 года',
    source: (id: string) => `Источник: ${id}`,
    page: (id: string) => `Страница: ${id}`,
  },
};
