/** Running `reso text`: read one input and print the text its positions refer to. */
import type {SourceFormat} from '../../tree.js'
import {print, type Context} from '../engine/context.js'
import {readSource} from '../engine/io.js'

export interface TextCommandOptions {
  format?: SourceFormat | 'auto'
}

export async function run(file: string, options: TextCommandOptions, context: Context): Promise<void> {
  const source = await readSource(file, context, options.format ?? 'auto')
  print(context, source.text.replace(/\n$/, ''))
}
