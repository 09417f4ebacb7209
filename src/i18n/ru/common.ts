/** Interface strings of the page frame (header, navigation, footer), in Russian. */
import type { Dictionary } from '../types.ts';

/** A full stop at the end, unless the text already ends with one (a Russian date ends in «г.»). */
const endSentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export const common: Dictionary['common'] = {
  siteTitle: 'Обсерватория миграционного права СНГ',
  siteDescription:
    'Ратификация международных договоров и национальное законодательство двенадцати стран СНГ в свете Программы действий Женевской конференции 1996 года по проблемам беженцев, перемещённых лиц, миграции и убежища.',
  skipLink: 'Перейти к содержанию',
  searchLabel: 'Поиск по сайту',
  searchButton: 'Найти',
  /** Accessible name of the breadcrumb trail above a page's heading. */
  breadcrumbLabel: 'Навигационная цепочка',
  navLabel: 'Основная навигация',
  nav: {
    countries: 'Страны',
    treaties: 'Договоры',
    laws: 'Законы',
    matrix: 'Матрица пробелов',
    poa: 'Программа действий',
    conclusions: 'Выводы 2004 года',
    search: 'Поиск',
    data: 'Данные',
  },
  footerAbout:
    'Сведения на сайте взяты из пяти документов процесса Конференции по СНГ, а также из открытых баз данных депозитариев и правовых баз; у каждого факта указан источник.',
  allSources: 'Все источники',
  aboutAndMethod: 'О сайте и методе',
  recentChanges: 'Последние изменения',
  followFeed: 'подписаться: лента Atom',
  contentLastChanged: (date: string) => endSentence(`Последнее изменение содержания: ${date}`),
  contentLastChangedUnknown: 'Дата последнего изменения содержания в этой сборке недоступна.',
  editPage: 'Редактировать страницу',
  browseFiles: 'Файлы этой страницы',
  sourceFile: 'Исходный файл:',
  lastChanged: (date: string) => endSentence(`Последнее изменение: ${date}`),
  lastChangedUnknown: 'Дата последнего изменения в этой сборке недоступна.',
  languageSwitchLabel: 'Язык',
  otherLanguageName: 'English',
  otherLanguageHint: 'Эта страница на английском языке',
  siteFeedTitle: 'Все изменения (Atom)',
  siteTranslation: 'перевод сайта',
  siteTranslationNotice: 'Описания и примечания на этой странице — перевод сайта с английского языка; официальными текстами они не являются. Тексты исходных документов приводятся на английском языке.',
};
