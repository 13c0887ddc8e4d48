/**
 * Bracketed notes: what the inside of square brackets is. A status
 * ("[agreed ad referendum]", "[ad ref]"), a placeholder ("[xx/xxx]",
 * "[date]"), an alternative's mark ("[OP3 alt]"), or negotiating text.
 */
import type {BracketKind} from '../tree.js'

/** Classify the inside of a bracket. */
export function bracketKind(inner: string): BracketKind {
  const text = inner.trim().toLowerCase()
  if (/^(?:agreed|approved|accepted)(?: ad ref(?:erendum|\.)?)?$|^ad ref(?:erendum|\.)?$|^(?:tentatively agreed|under silence|silence broken|pending|stable|consensus)$/.test(text)) return 'status'
  if (text.startsWith('on the report of') || text.startsWith('without reference to a main committee')) return 'status'
  if (text.includes('xx') || text.includes('...') || text.includes('\u2026') || /^(?:date|number|name|title|symbol|year|insert|placeholder|to be (?:determined|confirmed|inserted))\b/.test(text)) return 'placeholder'
  if (/^(?:(?:pp|op)\s?\d{1,3}[a-z]?\s?)?(?:alt\.?|alternative|bis|ter|quater)(?:\s?\d{1,2})?$/.test(text)) return 'alternative'
  return 'text'
}
