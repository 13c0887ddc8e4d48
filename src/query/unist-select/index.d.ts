/**
 * Select every node of `tree` matching `selector`, in document order;
 * `counts.tests` counts the tests of a node against a rule.
 */
export function selectAll(selector: string, tree: unknown, counts?: {tests: number}): unknown[]
