/** Running `reso show`: parse one file, select by label, print in full or as JSON. */
import {labelled, labelRuns, selectLabels} from '../../query/select-label.js'
import {show} from '../../render/show.js'
import type {Resolution} from '../../tree.js'
import {print, type Context} from '../engine/context.js'
import {parseFile, UserError} from '../engine/io.js'
import {safeJson} from '../../render/json.js'

export interface ShowCommandOptions {
  json?: boolean
}

export async function run(file: string, labels: string[], options: ShowCommandOptions, context: Context): Promise<void> {
  const input = await parseFile(file, context)
  const {tree} = input
  const {selections, unknown} = selectLabels(tree, labels)
  if (unknown.length > 0) {
    throw new UserError(input.name + ': no ' + unknown.map((label) => JSON.stringify(label)).join(', ') + ' in this text; ' + available(tree))
  }
  if (options.json) context.stdout.write(safeJson(selections) + '\n')
  else print(context, show(selections, context.color, context.width).join('\n'))
}

/** What the text offers: "labels are header, title, PP1-PP4, OP1-OP12; sub-paragraphs OP3(a)-OP3(c)". */
function available(tree: Resolution): string {
  const all = labelled(tree).map((item) => item.label)
  const top = all.filter((label) => !label.includes('('))
  const subs = all.filter((label) => label.includes('('))
  if (top.length === 0) return 'it has no labelled paragraphs'
  return 'the labels are ' + labelRuns(top).join(', ') + (subs.length > 0 ? '; sub-paragraphs ' + labelRuns(subs).join(', ') : '')
}

