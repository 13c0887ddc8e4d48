/** One corpus task: read, parse and project one file. Run in a worker thread or in this one. */
import {parseFile, UserError} from './io.js'
import type {ResultMessage, TaskMessage} from './messages.js'
import {project, type ProjectionName} from './projections.js'

export async function runTask<N extends ProjectionName>(task: TaskMessage<N>): Promise<ResultMessage<N>> {
  try {
    const parsed = await parseFile(task.file)
    const result = project(task.projection, parsed, task.options)
    return {id: task.id, name: parsed.name, result, diagnostics: parsed.diagnostics}
  } catch (error) {
    return {id: task.id, error: error instanceof UserError ? error.message : task.file + ': internal error: ' + String(error) + ' (please report this with the file)'}
  }
}
