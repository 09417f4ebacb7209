import type { Dictionary } from '../types.ts';
import { plural } from '../format.ts';

export const countries: Dictionary['countries'] = {
  indexTitle: 'Страны',
  indexDescription: 'Сравнение двенадцати стран СНГ: международные договоры, законодательство и данные исходных документов.',
  indexLead: 'Двенадцать стран процесса Конференции по СНГ по регионам.',
  actsInRegister: (n: number) => `${plural('ru', n, { one: '# акт', few: '# акта', many: '# актов', other: '# акта' })} в реестре`,
  overviewHeading: 'Обзор по регионам',
  overviewCaption: (date: string) =>
    `Договоры, участником которых является каждая страна по последним данным, на ${date}, по группам договоров (участие из общего числа; неизвестные клетки в скобках)`,
  country: 'Страна',
  actsInRegisterColumn: 'Актов в реестре',
  partyOfTotal: (party: number, total: number) => `${party} из ${total}`,
  unknownCount: (n: number) => ` (неизвестно: ${n})`,
  statItem: 'Показатель',
  statFigure: 'Значение',
  notReadable: 'в источнике не читается',
};
