/**
 * Painting styled text for a terminal. A view names its styles and says in
 * a palette what each is painted with; a line of styled runs is painted a
 * stretch of one style at a time, so it carries as few escape codes as it
 * can. Without colour (level 0) chalk paints nothing.
 */
import type {ChalkInstance} from 'chalk'

/** A stretch of text in one style. */
export interface Run<S extends string> {
  text: string
  style: S
}

/** What each style is painted with; `undefined` leaves its text as it is. */
export type Palette<S extends string> = Readonly<Record<S, ((c: ChalkInstance) => ChalkInstance) | undefined>>

/**
 * Runs as one string: neighbours of one style joined, then each stretch
 * painted once. `prepare` turns a stretch's text into what is painted
 * (escaping input text, for instance).
 */
export function paintRuns<S extends string>(runs: readonly Run<S>[], palette: Palette<S>, c: ChalkInstance, prepare: (text: string) => string = (text) => text): string {
  let result = ''
  let index = 0
  while (index < runs.length) {
    const style = runs[index]!.style
    let text = ''
    while (index < runs.length && runs[index]!.style === style) text += runs[index++]!.text
    const colour = palette[style]
    result += colour ? colour(c)(prepare(text)) : prepare(text)
  }
  return result
}
