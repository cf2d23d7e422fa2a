import type { LocalStack } from '@sme/local';
import { dynamoClient } from '@sme/runtime';

/**
 * Counts audit entries written through the SDK client the handlers share (the bench runs in the
 * stack's process): the stream consumer appends one per enterprise version it handles, so two
 * counts give its throughput while the benchmarks run.
 */
export function consumerMeter(stack: Pick<LocalStack, 'tables'>): { count(): number; stop(): void } {
  const audit = stack.tables.audit;
  let count = 0;
  const name = 'benchAuditMeter';
  dynamoClient().middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      const input = args.input as { TableName?: string; RequestItems?: Record<string, unknown[]> };
      if (context.commandName === 'PutItemCommand' && input.TableName === audit) count += 1;
      if (context.commandName === 'BatchWriteItemCommand' && audit)
        count += input.RequestItems?.[audit]?.length ?? 0;
      return out;
    },
    { step: 'initialize', name },
  );
  return { count: () => count, stop: () => dynamoClient().middlewareStack.remove(name) };
}
