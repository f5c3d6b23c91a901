/**
 * Names of facets, facet values and sections: interface strings, translated
 * with the rest of the interface. Call these during an update (render), so
 * that `msg()` answers in the element's language.
 */
import { msg } from '@lit/localize';
import type { PracticeSectionKey } from '../../content/schema/practices.js';
import type { FacetKey } from '../practice-library/logic/facets.js';

export function facetName(key: FacetKey): string {
  switch (key) {
    case 'classification':
      return msg('Approach');
    case 'interventionLevels':
      return msg('Intervention level');
    case 'schoolLevels':
      return msg('School level');
    case 'country':
      return msg('Country');
    case 'funding':
      return msg('Funding');
    case 'intensity':
      return msg('Intensity');
    case 'type':
      return msg('Type');
    case 'evidence':
      return msg('Evidence');
  }
}

/** A facet value's name; countries by `Intl.DisplayNames` in `locale`. */
export function valueName(key: FacetKey, value: string, locale: string): string {
  if (key === 'country') return countryName(value, locale);
  const names: Record<string, () => string> = {
    practice: () => msg('Practice'),
    project: () => msg('Project'),
    policy: () => msg('Policy'),
    primary: () => msg('Primary school'),
    'lower-secondary': () => msg('Lower secondary'),
    'upper-secondary': () => msg('Upper secondary'),
    universal: () => msg('Universal'),
    targeted: () => msg('Targeted'),
    individual: () => msg('Individual'),
    'one-off': () => msg('One-off'),
    recurring: () => msg('Recurring'),
    continuous: () => msg('Continuous'),
    eu: () => msg('EU'),
    national: () => msg('National'),
    regional: () => msg('Regional'),
    local: () => msg('Local'),
    prevention: () => msg('Prevention'),
    intervention: () => msg('Intervention'),
    compensation: () => msg('Compensation'),
    limited: () => msg('Limited'),
    moderate: () => msg('Moderate'),
    strong: () => msg('Strong'),
  };
  return names[value]?.() ?? value;
}

export function sectionName(key: PracticeSectionKey): string {
  switch (key) {
    case 'context':
      return msg('Context');
    case 'activities':
      return msg('What is done');
    case 'participants':
      return msg('Who takes part');
    case 'successFactors':
      return msg('Success factors');
    case 'results':
      return msg('Results and evidence');
  }
}

/** A country's name in `locale`: "BE" → "Belgium", "Belgia" in Finnish. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in `locale`: "en" → "englanti" in Finnish. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
