// Re-export for the benchmark: where reso cuts long Markdown.
export {chunkBoundaries} from '../dist/index.js'
