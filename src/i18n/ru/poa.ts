import type { Dictionary } from '../types.ts';
import { plural } from '../format.ts';

const para = (n: number | string) => `пункт ${n}`;

export const poa: Dictionary['poa'] = {
  indexTitle: 'Программа действий (Женева, 1996 год)',
  indexDescription:
    'Полный текст Декларации и Программы действий Конференции по СНГ 1996 года (на английском языке) с постоянным адресом у каждого пункта и подпункта.',
  indexHeading: 'Декларация и Программа действий (Женева, май 1996 года)',
  indexLead:
    'Полный текст Декларации (пункты 1–7) и Программы действий (пункты 8–149), принятых Региональной конференцией по проблемам беженцев, перемещённых лиц, других форм вынужденного перемещения и возвращающихся лиц в странах Содружества Независимых Государств и соответствующих соседних государствах.',
  addresses: {
    start: 'У каждого пункта есть постоянный адрес: ',
    ownPage: ' — его собственная страница (с выводами 2004 года, в которых он упоминается), а также ',
    or: ' или ',
    onThisPage: ' на этой странице. Текст приводится по источнику; исправлены только ошибки извлечения текста (',
    method: 'метод',
    methodAnchor: 'метод',
  },
  seedTextNotice:
    'Текст Декларации и Программы действий приводится на английском языке, как он опубликован в исходном документе; сайт его не переводит.',
  officialTextExists: 'Программа действий была принята и на русском языке: существует её официальный русский текст.',
  officialTextAt: 'Русский текст воспроизведён здесь: ',
  trackerHeading: 'Пункты, в которых названы договоры: сколько из двенадцати стран приняли меры',
  trackerLead: (n: number) =>
    `${plural('ru', n, { one: '# пункт', few: '# пункта', many: '# пунктов', other: '# пункта' })}, в которых названы договоры, в порядке убывания числа стран из двенадцати, сдавших на хранение документ о ратификации, присоединении или правопреемстве в отношении названного договора после Конференции. На странице каждого пункта есть таблица по странам.`,
  trackerCaption: 'Пункты Программы действий, в которых названы договоры, по числу из двенадцати стран, принявших меры',
  paragraphColumn: 'Пункт',
  treatiesNamedColumn: 'Названные договоры',
  actedColumn: 'Приняли меры после Конференции',
  partyToAllColumn: (date: string) => `Участники всех договоров, ${date}`,
  paragraphN: (n: number | string) => `Пункт ${n}`,
  ofTwelve: (n: number) => `${n} из 12`,
  contents: 'Содержание',
  fromPara: (n: number) => `(с п. ${n})`,
  footnotes: 'Сноски',
  paragraphsAddressing: (name: string) => `Пункты о категории «${name}»`,

  /** Before a chapter number in a paragraph's heading context. */
  chapterAbbr: 'Гл.',
  declaration: 'Декларация',
  programme: 'Программа действий',
  paragraphTitle: (n: number) => `Пункт ${n} · Программа действий`,
  paragraphDescription: (n: number, context: string) => `Программа действий (Женева, 1996 год), ${para(n)}: ${context}.`,
  paragraphHeading: (part: string, n: number) => `${part}, ${para(n)}`,
  citeWhat: (ref: string) => para(ref),
  searchKind: 'Пункт Программы действий',
  searchContext: (n: number, context: string) => `ПД, п. ${n} · ${context}`,
  documentFilter: 'Программа действий (1996)',
  breadcrumb: 'Навигационная цепочка',
  permanentAddress: 'Постоянный адрес: ',
  inFullText: ' · в полном тексте: ',
  takenUpHeading: 'Упоминается в Выводах Председателя 2004 года',
  conclusionSuffix: (id: string) => `, вывод ${id}`,
  onSubparagraph: (label: string) => ` (подпункт (${label}))`,
  noConclusion: 'Ни один вывод Совещания высокого уровня 2004 года не связан с этим пунктом.',
  treatiesHeading: 'Договоры, названные в этом пункте',
  implementationHeading: 'Выполнение: двенадцать стран и эти договоры',
  categoriesHeading: 'Затрагиваемые категории лиц',
  sourceLine: 'Источник: ',
  sourceTitle: 'Программа действий (1996)',
  seedLines: (lines: string) => `, строки исходного текста ${lines}.`,
  prevNextLabel: 'Предыдущий и следующий пункты',
  previous: (n: number) => `Предыдущий: ${para(n)}`,
  next: (n: number) => `Следующий: ${para(n)}`,

  paragraphLabel: (n: number) => `Пункт ${n}`,
  subparagraphLabel: (n: number, label: string) => `Пункт ${n}(${label})`,
  footnoteLabel: (n: string) => `Сноска ${n}`,
  footnoteLost: 'Текст этой сноски в источнике утрачен',

  categoryTitle: (name: string) => `${name} · Категории лиц`,
  categorySearchKind: 'Категория лиц',
  categorySearchContext: 'ПД, приложение 2 · рабочие определения',
  annex2: 'Приложение 2',
  definitionKind: {
    universal: 'В приложении 2 для этой категории сделана ссылка на универсальное определение и общепринятые понятия.',
    'cis-working':
      'Рабочее определение, выработанное странами СНГ для целей процесса Конференции; в приложении 2 сказано, что такие определения не носят универсального или обязательного характера.',
    unspecified: 'В приложении 2 не сказано, является ли это определение универсальным или рабочим.',
  },
  definitionHeading: 'Определение (приложение 2)',
  categorySourceLink: 'Программа действий, приложение 2',
  categoryParagraphsHeading: 'Пункты Программы действий, касающиеся этой категории',
  noCategoryParagraph: 'Ни один пункт не отнесён к этой категории.',

  tracker: {
    dateLabel: { '1996': (date: string) => `${date} (Конференция)`, '2004': (date: string) => `${date} (Минск)`, today: (date: string) => `${date} (сегодня)` },
    summaryStart: 'Из двенадцати стран ',
    partyOn: (count: number, index: number, last: number, treaties: number, date: string) =>
      `на ${date} ${treaties === 1 ? 'участниками договора' : 'участниками всех договоров'} ${index === last ? 'являются' : 'были'} ${count}`,
    joinAnd: ' и ',
    acted: (count: number, treaties: number) =>
      `После Конференции ${count} ${plural('ru', count, { one: 'страна сдала', few: 'страны сдали', many: 'стран сдали', other: 'страны сдали' })} на хранение документ о ратификации, присоединении или правопреемстве в отношении ${treaties === 1 ? 'этого договора' : 'хотя бы одного из них'}.`,
    caption: (n: number, years: string) => `Пункт ${n}: участие двенадцати стран в названных в нём договорах, ${years} годы`,
    country: 'Страна',
    today: 'Сегодня',
    partyToAll: (treaties: number) => (treaties === 1 ? 'Участники договора' : 'Участники всех договоров'),
  },
};
