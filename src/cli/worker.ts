/** The corpus worker: read, parse and project one file per message. */
import {parentPort} from 'node:worker_threads'
import {parse} from '../parse/index.js'
import {formatOf} from './commands/parse.js'
import {readInput, UserError} from './io.js'
import type {ResultMessage, TaskMessage} from './pool.js'
import {projections} from './projections.js'

parentPort?.on('message', async (task: TaskMessage) => {
  let answer: ResultMessage
  try {
    const input = await readInput(task.file)
    const parsed = {name: input.name, ...parse(input.text, {format: formatOf(task.file)})}
    const result = projections[task.projection]!(parsed, task.options)
    answer = {id: task.id, name: parsed.name, result, diagnostics: parsed.diagnostics}
  } catch (error) {
    answer = {id: task.id, error: error instanceof UserError ? error.message : task.file + ': ' + String(error)}
  }
  parentPort!.postMessage(answer)
})
