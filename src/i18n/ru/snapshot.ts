import type { Dictionary } from '../types.ts';
import { plural } from '../format.ts';

export const snapshot: Dictionary['snapshot'] = {
  title: (title: string) => `Матрица договоров: ${title}`,
  heading: (title: string) => `Матрица договоров, ${title}`,
  description: (source: string) => `Участие в договорах на дату документа «${source}» рядом с тем, что утверждает этот документ.`,
  breadcrumb: 'Матрица пробелов',
  breadcrumbLabel: 'Навигационная цепочка',
  leadBefore: (date: string) => `Статус выведен из данных депозитариев на ${date}`,
  leadMiddle: ' и показан рядом с тем, что утверждает документ ',
  leadAfter: '. Где они расходятся, это сказано в клетке.',
  statements: (cells: number, counts: number) =>
    `Документ делает ${plural('ru', cells, { one: '# утверждение', few: '# утверждения', many: '# утверждений', other: '# утверждения' })} о клетках и ${plural('ru', counts, { one: '# утверждение', few: '# утверждения', many: '# утверждений', other: '# утверждения' })} о числе участников;`,
  noneDisagrees: 'ни одно не расходится с данными депозитариев.',
  disagree: (n: number) => `с данными депозитариев ${plural('ru', n, { one: 'расходится #', few: 'расходятся #', many: 'расходятся #', other: 'расходятся #' })} (список ниже).`,
  caption: (date: string, source: string) => `Участие в договорах на ${date} и утверждения документа «${source}»`,
  howRead: 'Как прочитана таблица документа',
  countsHeading: 'Утверждения о числе стран-участниц',
  join: { or: ' или ', and: ' и ' },
  agreement: { agrees: 'совпадает с данными депозитариев', disagrees: 'расходится с данными депозитариев', 'not-comparable': 'сравнить нельзя' },
  disagreementsHeading: 'Расхождения между документом и данными депозитариев',
  disagreementsCaption: (n: number) => `Клетки, где документ и данные депозитариев расходятся (${n})`,
  columns: { country: 'Страна', treaty: 'Договор', stated: 'Документ утверждает', derived: 'По данным депозитариев', where: 'Где' },
  unclear: 'неясно',
  blank: 'пусто',
  membershipsHeading: 'Реконструкция: членство в региональных организациях (Центральная Азия, март 2011 года)',
  membershipsWarning:
    'Приложение о членстве в документе 2011 года при извлечении текста утратило клетки. Эта таблица — наша реконструкция по датированным сведениям о членстве с их источниками; это не текст документа.',
  membershipsCaption: (date: string) => `Членство на ${date} (реконструкция)`,
  membershipsSources: 'Источники таблицы членства',
  membership: {
    notMember: 'Не член',
    noneRecorded: 'членство не зарегистрировано',
    outsideDate: 'вступление или выход вне этой даты',
    undated: 'дата вступления не проверена',
    suspended: 'Членство приостановлено',
    since: (date: string) => `с ${date}`,
    suspendedOn: (date: string) => `; приостановлено ${date}`,
    roles: { member: 'Член', 'founding-member': 'Член (основатель)', associate: 'Ассоциированный член', observer: 'Наблюдатель', participant: 'Участник', 'dialogue-partner': 'Партнёр по диалогу' },
  },
};
