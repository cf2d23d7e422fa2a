import type { TableAccess } from '@sme/runtime';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { CityTable } from './table.ts';

/**
 * Item-level actions per access mode (`readwrite` gets both sets). Narrower than the CDK grant helpers on purpose:
 * - no `Scan`: request paths never Scan (ARCHITECTURE.md), and IAM now enforces it;
 * - no stream actions (`GetRecords`, `GetShardIterator`) on the table ARN, where they mean nothing;
 *   stream consumers get them from their event source;
 * - no `DescribeTable`: no function needs table metadata at run time.
 * `ConditionCheckItem` sits with reads because a transaction's ConditionCheck only reads.
 */
export const readActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
] as const;
export const writeActions = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;
/** The audit trail is append-only: a function may add entries but never change or remove one. */
export const appendActions = ['dynamodb:PutItem'] as const;

/**
 * Grants one access mode on a table. Reads also cover each GSI by its own ARN rather than
 * `index/*`, so no wildcard needs acknowledging; writes address the base table only.
 */
export function grantTableAccess(grantee: IGrantable, table: CityTable, access: TableAccess): Grant[] {
  const arn = table.table.tableArn;
  const grants: Grant[] = [];
  if (access === 'read' || access === 'readwrite') {
    grants.push(
      Grant.addToPrincipal({
        grantee,
        actions: [...readActions],
        resourceArns: [arn, ...table.indexNames.map((name) => `${arn}/index/${name}`)],
      }),
    );
  }
  const writes = access === 'append' ? appendActions : access === 'read' ? [] : writeActions;
  if (writes.length)
    grants.push(Grant.addToPrincipal({ grantee, actions: [...writes], resourceArns: [arn] }));
  return grants;
}
