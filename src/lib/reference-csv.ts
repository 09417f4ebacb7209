/**
 * The two reference tables of the data package as CSV: the countries and the treaties, so that
 * the other CSV files can name them in foreign keys (datapackage.json).
 */
import type { Model } from './model.ts';
import { publicUrl } from '../site.config.ts';
import { routes } from './routes.ts';
import { writeCsv } from './csv.ts';

const r = routes();

export const COUNTRY_COLUMNS = ['id', 'slug', 'name', 'official_name', 'region', 'url', 'name_ru', 'name_ru_origin', 'official_name_ru', 'official_name_ru_origin'] as const;
export const TREATY_COLUMNS = [
  'id', 'short_name', 'title', 'family', 'adopted', 'entry_into_force', 'depositary', 'depositary_ref', 'url', 'title_ru', 'title_ru_origin',
  'title_ru_source', 'short_name_ru',
] as const;

export function countriesCsv(model: Model): string {
  return writeCsv(
    COUNTRY_COLUMNS,
    model.countryList.map((c) => [
      c.id, c.slug, c.name, c.officialName, c.region, publicUrl(r.country(c.slug)),
      c.nameRu?.text, c.nameRu?.origin, c.officialNameRu?.text, c.officialNameRu?.origin,
    ]),
  );
}

export function treatiesCsv(model: Model): string {
  return writeCsv(
    TREATY_COLUMNS,
    model.treaties.map((t) => [
      t.id, t.shortName, t.title, t.family, t.adopted, t.entryIntoForce, t.depositary, t.depositaryRef, publicUrl(r.treaty(t.id)),
      t.titleRu?.text, t.titleRu?.origin, t.titleRu?.source, t.shortNameRu,
    ]),
  );
}
