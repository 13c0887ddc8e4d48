/**
 * The header facts of a resolution, in one list: the root's field, the
 * short name views print, whether the header's lines give it (rather than
 * the title or formula), and whether it changes by the nature of adoption
 * (a draft's symbol, date and distribution never survive adoption, so a
 * diff shows such a change but does not count it as one of substance).
 */
import type {Resolution} from '../tree.js'

/** A header fact of the root. */
export interface HeaderFact {
  /** The root's field. */
  field: 'kind' | 'organ' | 'symbol' | 'distribution' | 'date' | 'language' | 'session' | 'agendaItem' | 'sponsors' | 'adoptedFrom' | 'number' | 'title' | 'subtitle' | 'enactingFormula'
  /** What views call it. */
  name: string
  /** Read from the header's lines (src/parse/header.ts) and copied to the root as written. */
  fromHeader: boolean
  /** Changes between a draft and its adopted text by the nature of adoption. */
  byAdoption: boolean
}

export const headerFacts: readonly HeaderFact[] = [
  {field: 'kind', name: 'kind', fromHeader: false, byAdoption: true},
  {field: 'organ', name: 'organ', fromHeader: false, byAdoption: false},
  {field: 'symbol', name: 'symbol', fromHeader: true, byAdoption: true},
  {field: 'distribution', name: 'distribution', fromHeader: true, byAdoption: true},
  {field: 'date', name: 'date', fromHeader: true, byAdoption: true},
  {field: 'language', name: 'original', fromHeader: true, byAdoption: false},
  {field: 'session', name: 'session', fromHeader: true, byAdoption: false},
  {field: 'agendaItem', name: 'agenda', fromHeader: true, byAdoption: false},
  {field: 'sponsors', name: 'sponsors', fromHeader: true, byAdoption: true},
  {field: 'adoptedFrom', name: 'adopted from', fromHeader: true, byAdoption: true},
  {field: 'number', name: 'number', fromHeader: false, byAdoption: true},
  {field: 'title', name: 'title', fromHeader: false, byAdoption: false},
  {field: 'subtitle', name: 'subtitle', fromHeader: false, byAdoption: false},
  {field: 'enactingFormula', name: 'formula', fromHeader: false, byAdoption: false}
]

/** Every header fact is a field of the root. */
export type HeaderField = HeaderFact['field'] & keyof Resolution

/** The name views give a field. */
export function headerName(field: HeaderFact['field']): string {
  return headerFacts.find((fact) => fact.field === field)?.name ?? field
}
