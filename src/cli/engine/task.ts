/** One corpus task: read, parse and project one file. Run in a worker thread or in this one. */
import {parse} from '../../parse/index.js'
import {formatOf, readInput, UserError} from './io.js'
import type {ResultMessage, TaskMessage} from './messages.js'
import {project, type ProjectionName} from './projections.js'

export async function runTask<N extends ProjectionName>(task: TaskMessage<N>): Promise<ResultMessage<N>> {
  try {
    const input = await readInput(task.file)
    const parsed = {name: input.name, ...parse(input.text, {format: formatOf(task.file)})}
    const result = project(task.projection, parsed, task.options)
    return {id: task.id, name: parsed.name, result, diagnostics: parsed.diagnostics}
  } catch (error) {
    return {id: task.id, error: error instanceof UserError ? error.message : task.file + ': internal error: ' + String(error) + ' (please report this with the file)'}
  }
}
