/**
 * Running `reso notes`: files are parsed a few at a time and each file's
 * notes are printed as it comes; `--json` streams one array.
 */
import {notesReport} from '../../query/notes.js'
import {notesView, type NotesFile} from '../../render/notes.js'
import {print, type Context} from '../engine/context.js'
import {forEachFile} from '../engine/corpus.js'
import {streamJsonArray} from '../../render/json.js'

export interface NotesCommandOptions {
  json?: boolean
}

export async function run(files: string[], options: NotesCommandOptions, context: Context): Promise<void> {
  if (options.json) {
    await streamJsonArray(context.stdout, (add) =>
      forEachFile(files, context, (parsed) => {
        const report: NotesFile = {file: parsed.name, ...notesReport(parsed)}
        add(report)
      })
    )
    return
  }
  let index = 0
  await forEachFile(files, context, (parsed) => {
    const lines = notesView([{file: parsed.name, ...notesReport(parsed)}], context.color, context.width)
    print(context, (index++ > 0 ? '\n' : '') + lines.join('\n'))
  })
}

