/** The `--json` view of `reso diff`: the change list every other view is drawn from, as it is. */
import type {DiffResult} from '../../diff/types.js'
import {safeJson} from '../json.js'

/** The change list as indented JSON, on one "line" (it holds its own line feeds). */
export function json(result: DiffResult): string[] {
  return [safeJson(result)]
}
