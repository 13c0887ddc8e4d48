/** Options several commands share, made in one place. */
import {Option} from 'commander'
import {formatNames} from '../../read/formats.js'

/** `--format`: the input format, "auto" (detected from the bytes and the name) or one the registry reads. */
export function formatOption(description = 'input format'): Option {
  return new Option('--format <format>', description).choices(['auto', ...formatNames]).default('auto')
}
