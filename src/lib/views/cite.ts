/**
 * The citable items of the site and where their cite files live. Titles, issuing bodies and dates
 * come from the content (the seed documents' source files, treaty and law files); nothing here
 * names a document symbol that no source states.
 */
import { SITE, absoluteUrl } from '../../site.config.ts';
import { citeFiles, type CiteFiles, type CiteItem } from '../cite.ts';
import { formatDate } from '../derive/dates.ts';
import type { Model } from '../model.ts';
import { poaRefOf, printPoaRef } from '../../schemas/refs.ts';
import { conclusionPosition } from '../../schemas/conclusion.ts';
import { routes } from '../routes.ts';

/** Cite files and their items are in English (the language of the records they cite). */
const r = routes();

export interface Citable {
  item: CiteItem;
  files: CiteFiles;
}

function seedSource(model: Model, id: string) {
  const s = model.sourceById.get(id);
  if (!s) throw new Error(`the source ${id} is missing`);
  return s;
}

function withUrl(item: Omit<CiteItem, 'url' | 'siteName'>, site: string | undefined): CiteItem {
  const url = absoluteUrl(item.path, site);
  return { ...item, siteName: SITE.title, ...(url ? { url } : {}) };
}

/** A PoA paragraph ("13") or subparagraph ("13-c"). */
export function poaCitable(model: Model, ref: string, site: string | undefined = SITE.url): Citable {
  const target = poaRefOf(ref);
  const { paragraph: number, letter } = target;
  const s = seedSource(model, 'seed-1996-poa');
  const item = withUrl(
    {
      key: `cisconf-poa-1996-para-${ref}`,
      type: 'document',
      title: s.title,
      pinpoint: `para ${printPoaRef(target)}`,
      issuer: s.publisher ?? 'Regional Conference (CIS Conference), Geneva',
      ...(s.date ? { date: s.date } : {}),
      path: letter ? r.poaInText(ref) : r.poaParagraph(number),
    },
    site,
  );
  return { item, files: citeFiles(r.poaParagraph(number), letter) };
}

/** A paragraph of the 2004 Chair's Conclusions (the document has no numbers: heading and position). */
export function conclusionCitable(model: Model, id: string, site: string | undefined = SITE.url): Citable {
  const c = model.conclusions.find((x) => x.id === id);
  if (!c) throw new Error(`2004 conclusion ${id} does not exist`);
  const s = seedSource(model, 'seed-2004-conclusions');
  const position = conclusionPosition(id);
  const item = withUrl(
    {
      key: `hlrm-2004-conclusions-${id}`,
      type: 'document',
      title: s.title,
      pinpoint: `under ‘${c.heading}’, para ${position}`,
      issuer: s.publisher ?? s.title,
      ...(s.date ? { date: s.date } : {}),
      path: r.conclusion(id),
    },
    site,
  );
  return { item, files: citeFiles(r.conclusions(), id) };
}

export function treatyCitable(model: Model, id: string, site: string | undefined = SITE.url): Citable {
  const t = model.treatyById.get(id);
  if (!t) throw new Error(`treaty ${id} does not exist`);
  const item = withUrl(
    {
      key: `treaty-${id}`,
      type: 'treaty',
      title: t.title,
      issuer: t.depositary ?? 'Depositary not recorded',
      ...(t.adopted ? { date: t.adopted, dateLabel: 'adopted' } : {}),
      ...(t.entryIntoForce ? { dateExtra: `entered into force ${formatDate(t.entryIntoForce)}` } : {}),
      ...(t.depositaryRef ? { number: t.depositaryRef } : {}),
      path: r.treaty(id),
    },
    site,
  );
  return { item, files: citeFiles(r.treaty(id)) };
}

export function lawCitable(model: Model, id: string, site: string | undefined = SITE.url): Citable {
  const l = model.lawById.get(id);
  if (!l) throw new Error(`law ${id} does not exist`);
  const country = model.countryById.get(l.country);
  const item = withUrl(
    {
      key: `law-${id}`,
      type: 'legislation',
      title: l.title,
      issuer: country?.officialName ?? country?.name ?? l.country,
      jurisdiction: country?.name ?? l.country,
      ...(l.adopted ? { date: l.adopted, dateLabel: 'adopted' } : {}),
      ...(l.number ? { number: l.number } : {}),
      path: r.law(id),
    },
    site,
  );
  return { item, files: citeFiles(r.law(id)) };
}

/** A country page: a page of this knowledge base, dated by the last change of its content. */
export function countryCitable(model: Model, countryId: string, lastChanged: string | undefined, site: string | undefined = SITE.url): Citable {
  const c = model.countryById.get(countryId as never);
  if (!c) throw new Error(`country ${countryId} does not exist`);
  const item = withUrl(
    {
      key: `cis-migration-law-${c.slug}`,
      type: 'webpage',
      title: `${c.name}: treaties and national legislation`,
      issuer: SITE.title,
      ...(lastChanged ? { date: lastChanged, dateLabel: 'last changed' } : {}),
      path: r.country(c.slug),
    },
    site,
  );
  return { item, files: citeFiles(r.country(c.slug)) };
}

/** Every citable item of the site, for the cite-file routes and the tests. */
export function allCitables(model: Model, lastContentChange: string | undefined, site: string | undefined = SITE.url): Citable[] {
  return [
    ...model.poaParagraphs.flatMap((p) => [poaCitable(model, String(p.number), site), ...p.subparagraphs.map((s) => poaCitable(model, `${p.number}-${s.label}`, site))]),
    ...model.conclusions.map((c) => conclusionCitable(model, c.id, site)),
    ...model.treaties.map((t) => treatyCitable(model, t.id, site)),
    ...model.laws.map((l) => lawCitable(model, l.id, site)),
    ...model.countryList.map((c) => countryCitable(model, c.id, lastContentChange, site)),
  ];
}
