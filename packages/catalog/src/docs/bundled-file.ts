import { join } from 'node:path';

/**
 * Where a file a function declares in `files` (FunctionSpec.files) is at run time: beside the bundle in a
 * deployed function (infra copies it to `LAMBDA_TASK_ROOT/<target>`), at its source path everywhere else
 * (the local stack, tests and the bench run the sources).
 */
export function bundledFile(file: { target: string; source: string }): string {
  const taskRoot = process.env.LAMBDA_TASK_ROOT;
  return taskRoot ? join(taskRoot, file.target) : file.source;
}
