/**
 * schema.org metadata (JSON-LD) for the pages: Legislation for laws and treaties, CreativeWork for
 * the Programme of Action and the 2004 conclusions, Dataset (with a DataDownload per file) for
 * /data/. Addresses are absolute when the site address is set, root-relative otherwise (JSON-LD
 * resolves relative IRIs against the page).
 */
import type { Law } from '../schemas/law.ts';
import type { Treaty } from '../schemas/treaty.ts';
import type { Country } from '../schemas/country.ts';
import { SITE, publicUrl } from '../site.config.ts';
import { KIND_LABELS } from './labels.ts';
import { files, routes } from './routes.ts';

/** Metadata names the English pages (the Russian pages carry hreflang alternates to them). */
const r = routes();

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

function publisher(): JsonLd {
  return { '@type': 'Organization', name: SITE.title, ...(SITE.url ? { url: `${SITE.url}/` } : {}) };
}

function countryNode(c: Pick<Country, 'id' | 'name'>): JsonLd {
  return { '@type': 'Country', name: c.name, identifier: c.id };
}

function treatyRef(t: Pick<Treaty, 'id' | 'title'>, site: string | undefined): JsonLd {
  return { '@type': 'Legislation', '@id': publicUrl(r.treaty(t.id), site), name: t.title, url: publicUrl(r.treaty(t.id), site) };
}

/** schema.org legislationLegalForce, only where the recorded status says it. */
function legalForce(status: Law['status']): string | undefined {
  if (status === 'in-force' || status === 'amended') return 'https://schema.org/InForce';
  if (status === 'replaced' || status === 'repealed') return 'https://schema.org/NotInForce';
  return undefined;
}

/** The head every top-level node shares: context, type, and the page address as both @id and url. */
function node(type: string, url: string, name: string) {
  return { '@context': CONTEXT, '@type': type, '@id': url, url, name };
}

export function lawJsonLd(law: Law, country: Pick<Country, 'id' | 'name'>, treaties: readonly Pick<Treaty, 'id' | 'title'>[], site: string | undefined = SITE.url): JsonLd {
  const url = publicUrl(r.law(law.id), site);
  const force = legalForce(law.status);
  const implemented = treaties.map((t) => treatyRef(t, site));
  return {
    ...node('Legislation', url, law.title),
    ...(law.titleVariants.length > 0 ? { alternateName: law.titleVariants } : {}),
    legislationType: KIND_LABELS[law.kind] ?? law.kind,
    legislationJurisdiction: countryNode(country),
    ...(law.adopted ? { legislationDate: law.adopted } : {}),
    ...(law.number ? { legislationIdentifier: law.number } : {}),
    identifier: [law.id, ...(law.number ? [law.number] : [])],
    ...(force ? { legislationLegalForce: force } : {}),
    ...(implemented.length > 0 ? { legislationApplies: implemented, isBasedOn: implemented } : {}),
    abstract: law.summary,
    inLanguage: 'en',
    publisher: publisher(),
  };
}

export function treatyJsonLd(t: Treaty, site: string | undefined = SITE.url): JsonLd {
  const url = publicUrl(r.treaty(t.id), site);
  return {
    ...node('Legislation', url, t.title),
    alternateName: t.shortName,
    legislationType: 'International treaty',
    ...(t.adopted ? { legislationDate: t.adopted } : {}),
    ...(t.entryIntoForce ? { legislationDateVersion: t.entryIntoForce } : {}),
    ...(t.depositaryRef ? { legislationIdentifier: t.depositaryRef } : {}),
    identifier: [t.id, ...(t.depositaryRef ? [t.depositaryRef] : [])],
    ...(t.depositary ? { legislationResponsible: { '@type': 'Organization', name: t.depositary } } : {}),
    abstract: t.summary,
    publisher: publisher(),
  };
}

export interface DocumentMeta {
  title: string;
  publisher?: string;
  date?: string;
}

/** The Programme of Action (or one of its paragraphs, with `part`). */
export function poaJsonLd(doc: DocumentMeta, path: string, part?: { name: string; position: number }, site: string | undefined = SITE.url): JsonLd {
  const whole: JsonLd = {
    '@type': 'CreativeWork',
    '@id': publicUrl(r.poa(), site),
    url: publicUrl(r.poa(), site),
    name: doc.title,
    ...(doc.date ? { dateCreated: doc.date } : {}),
    ...(doc.publisher ? { creator: { '@type': 'Organization', name: doc.publisher } } : {}),
    inLanguage: 'en',
  };
  if (!part) return { '@context': CONTEXT, ...whole, publisher: publisher() };
  const url = publicUrl(path, site);
  return { '@context': CONTEXT, '@type': 'CreativeWork', '@id': url, url, name: part.name, position: part.position, isPartOf: whole, inLanguage: 'en', publisher: publisher() };
}

export function conclusionsJsonLd(doc: DocumentMeta, site: string | undefined = SITE.url): JsonLd {
  const url = publicUrl(r.conclusions(), site);
  return {
    ...node('CreativeWork', url, doc.title),
    ...(doc.date ? { dateCreated: doc.date } : {}),
    ...(doc.publisher ? { creator: { '@type': 'Organization', name: doc.publisher } } : {}),
    inLanguage: 'en',
    publisher: publisher(),
  };
}

export interface Download {
  file: string;
  what: string;
  format: string;
}

export function datasetJsonLd(
  downloads: readonly Download[],
  meta: { description: string; license: string; dateModified?: string | undefined; countries: readonly Pick<Country, 'id' | 'name'>[] },
  site: string | undefined = SITE.url,
): JsonLd {
  const url = publicUrl(r.data(), site);
  return {
    ...node('Dataset', url, `${SITE.title}: data downloads`),
    description: meta.description,
    license: meta.license,
    isAccessibleForFree: true,
    ...(meta.dateModified ? { dateModified: meta.dateModified } : {}),
    spatialCoverage: meta.countries.map(countryNode),
    creator: publisher(),
    publisher: publisher(),
    distribution: downloads.map((d) => ({ '@type': 'DataDownload', name: d.file, description: d.what, encodingFormat: d.format, contentUrl: publicUrl(files.dataIndexFile(d.file), site) })),
  };
}

/** Serialises JSON-LD for a <script> element: "<" escaped so no text can close the element. */
export function jsonLdScript(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Title, publisher and date of a seed document, from its source file. */
export function seedDocumentMeta(model: { sourceById: Map<string, { title: string; publisher?: string | undefined; date?: string | undefined }> }, id: string): DocumentMeta {
  const s = model.sourceById.get(id);
  if (!s) throw new Error(`the source ${id} is missing`);
  return { title: s.title, ...(s.publisher ? { publisher: s.publisher } : {}), ...(s.date ? { date: s.date } : {}) };
}
