/**
 * The views of `reso diff`, all drawn from one change list. The table below
 * is the only list of them: `reso diff` makes its flags from it (one flag a
 * view, mutually exclusive; the view without a flag is the default) and
 * draws the chosen view through it.
 *
 * Adding a view is one file and one table row: write the view as a module
 * here (a function from the change list, the layout options and a colour
 * instance to the lines to print; `shared.ts` and `fold.ts` hold what the
 * views share, `one-side.ts` how a fact only one version gives is signed),
 * then list it in `diffViews`.
 *
 * A chain of three or more versions is drawn as its overview (overview.ts:
 * one row per paragraph, one column per version), then each step in the
 * chosen view; every view of a step is followed by what it does not draw
 * itself (extras.ts: the closing, footnotes, annexes).
 */
import type {ChalkInstance} from 'chalk'
import type {DiffResult} from '../../diff/types.js'
import {inline} from './inline.js'
import {json} from './json.js'
import {markdown} from './markdown.js'
import type {DiffViewOptions} from './shared.js'
import {sideBySide} from './side-by-side.js'
import {stat} from './stat.js'

export type {DiffViewOptions} from './shared.js'
export {overview} from './overview.js'
export {annexLines, closingLines, footnoteLines} from './extras.js'

/** One view of the change list. */
export interface DiffView {
  /** What the view is called ("inline", "side-by-side"). */
  name: string
  /** The option that chooses it ("--stat"); none for the default view. */
  flag?: string
  /** What it shows, for the help text. */
  description: string
  /** The fewest columns it needs: on a narrower terminal the default view is shown, unless a width is given. */
  minimumWidth?: number
  /** The lines to print. Colour, where the view has any, comes from `c`; input text in them is escaped. */
  render: (result: DiffResult, options: DiffViewOptions, c: ChalkInstance) => string[]
}

/** Every view, in the order of the help text; the first is the default. */
export const diffViews: readonly DiffView[] = [
  {name: 'inline', description: 'changed paragraphs with their words marked, the rest folded', render: inline},
  {name: 'side-by-side', flag: '--side-by-side', description: 'old on the left, new on the right', minimumWidth: 80, render: sideBySide},
  {name: 'stat', flag: '--stat', description: 'counts only: paragraphs, words, verbs weakened or strengthened, and a bar per part', render: stat},
  {name: 'json', flag: '--json', description: 'print the change list every view is drawn from', render: json},
  {name: 'markdown', flag: '--markdown', description: 'a redline in Markdown (~~deleted~~ **inserted**) for an e-mail or a document', render: markdown}
]

/** The view shown when no flag chooses another. */
export const defaultView: DiffView = diffViews[0]!
