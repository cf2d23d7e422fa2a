import {
  type CityConfig,
  defaultTimeoutSeconds,
  envNames,
  type FunctionSpec,
  functionId,
  type KeyUse,
  physicalName,
  type QueueSpec,
  resolveChannels,
  type ServiceManifest,
  type TableAccess,
  type TableSpec,
} from '../../infra/lib/index.ts';
import {
  type CityTemplates,
  flattenTemplates,
  type TemplateJson,
  type TemplateResource,
} from './nested-templates.ts';

/**
 * Independent reading of the synthesized templates against the manifests: it knows CloudFormation, not
 * the constructs, so a construct that forgets an entry (or wires it loosely) is caught here. The parent
 * and nested templates are read as one (`flattenTemplates`), so a reference that crosses stacks counts
 * only if the parameters and outputs on its way really lead to the resource.
 */
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

const writeActions = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];
const readActions = ['dynamodb:GetItem', 'dynamodb:Query'];
const sqsManagedOrKms = (p: Record<string, unknown>) =>
  p.SqsManagedSseEnabled === true || p.KmsMasterKeyId !== undefined;

const arr = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ref = (id: string) => ({ Ref: id });
const getAtt = (id: string, attr: string) => ({ 'Fn::GetAtt': [id, attr] });

/** A readable key for an IAM resource: `<logicalId>.<attr>[suffix]`, or the literal string. */
function arnKey(resource: unknown): string {
  if (typeof resource === 'string') return resource;
  const r = resource as Record<string, unknown>;
  const att = r['Fn::GetAtt'];
  if (Array.isArray(att)) return `${att[0]}.${att[1]}`;
  const join = r['Fn::Join'];
  if (Array.isArray(join) && Array.isArray(join[1])) return (join[1] as unknown[]).map(arnKey).join('');
  return JSON.stringify(resource);
}

class TemplateIndex {
  readonly resources: [string, TemplateResource][];
  constructor(template: TemplateJson) {
    this.resources = Object.entries(template.Resources ?? {});
  }
  ofType(type: string): [string, Record<string, unknown>][] {
    return this.resources.filter(([, r]) => r.Type === type).map(([id, r]) => [id, r.Properties ?? {}]);
  }
  named(type: string, key: string, name: string): [string, Record<string, unknown>] | undefined {
    return this.ofType(type).find(([, p]) => p[key] === name);
  }
  deletionPolicy(id: string): string | undefined {
    return this.resources.find(([rid]) => rid === id)?.[1].DeletionPolicy;
  }
  /** Allowed actions per resource key over every policy attached to the role. */
  roleActions(roleId: string): Map<string, Set<string>> {
    const byResource = new Map<string, Set<string>>();
    for (const [, p] of this.ofType('AWS::IAM::Policy')) {
      if (!arr(p.Roles as unknown[]).some((r) => same(r, ref(roleId)))) continue;
      const doc = p.PolicyDocument as { Statement: Statement[] };
      for (const s of doc.Statement.filter((st) => st.Effect === 'Allow')) {
        for (const res of arr(s.Resource as unknown[])) {
          const key = arnKey(res);
          const set = byResource.get(key) ?? new Set<string>();
          for (const a of arr(s.Action)) set.add(a);
          byResource.set(key, set);
        }
      }
    }
    return byResource;
  }
  /** Allow statements of the role's policies that name `resource` (its `arnKey`). */
  roleStatements(roleId: string, resource: string): Statement[] {
    return this.ofType('AWS::IAM::Policy')
      .filter(([, p]) => arr(p.Roles as unknown[]).some((r) => same(r, ref(roleId))))
      .flatMap(([, p]) => (p.PolicyDocument as { Statement: Statement[] }).Statement)
      .filter(
        (s) => s.Effect === 'Allow' && arr(s.Resource as unknown[]).some((r) => arnKey(r) === resource),
      );
  }
  hasDepthAlarm(queueId: string): boolean {
    return this.ofType('AWS::CloudWatch::Alarm').some(
      ([, a]) =>
        a.MetricName === 'ApproximateNumberOfMessagesVisible' &&
        a.Namespace === 'AWS/SQS' &&
        same(a.Dimensions, [{ Name: 'QueueName', Value: getAtt(queueId, 'QueueName') }]) &&
        a.Threshold === 0 &&
        a.ComparisonOperator === 'GreaterThanThreshold' &&
        arr(a.AlarmActions as unknown[]).length > 0,
    );
  }
  isSslOnly(queueId: string): boolean {
    return this.ofType('AWS::SQS::QueuePolicy').some(([, p]) => {
      if (!arr(p.Queues as unknown[]).some((q) => same(q, ref(queueId)))) return false;
      const doc = p.PolicyDocument as {
        Statement: (Statement & { Condition?: Record<string, Record<string, string>> })[];
      };
      return doc.Statement.some(
        (s) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false',
      );
    });
  }
}

function checkTable(ix: TemplateIndex, city: CityConfig, logical: string, spec: TableSpec): string[] {
  const name = physicalName.table(city.id, logical);
  const found = ix.named('AWS::DynamoDB::Table', 'TableName', name);
  if (!found) return [`table ${logical}: no AWS::DynamoDB::Table named ${name}`];
  const [id, p] = found;
  const problems: string[] = [];
  const at = `table ${logical}`;
  const keySchema = (pk: { name: string }, sk?: { name: string }) => [
    { AttributeName: pk.name, KeyType: 'HASH' },
    ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' }] : []),
  ];
  const attrs = new Map(
    arr(p.AttributeDefinitions as { AttributeName: string; AttributeType: string }[]).map((a) => [
      a.AttributeName,
      a.AttributeType,
    ]),
  );
  const keys = [
    spec.partitionKey,
    spec.sortKey,
    ...Object.values(spec.indexes ?? {}).flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  for (const key of keys) {
    if (key && attrs.get(key.name) !== key.type)
      problems.push(`${at}: attribute ${key.name} is not of type ${key.type}`);
  }
  if (!same(p.KeySchema, keySchema(spec.partitionKey, spec.sortKey)))
    problems.push(`${at}: key schema differs`);
  const gsis = arr(
    p.GlobalSecondaryIndexes as {
      IndexName: string;
      KeySchema: unknown;
      Projection: { ProjectionType: string };
    }[],
  );
  for (const [indexName, index] of Object.entries(spec.indexes ?? {})) {
    const gsi = gsis.find((g) => g.IndexName === indexName);
    if (!gsi) problems.push(`${at}: index ${indexName} missing`);
    else if (!same(gsi.KeySchema, keySchema(index.partitionKey, index.sortKey)))
      problems.push(`${at}: index ${indexName} keys differ`);
    else if (gsi.Projection.ProjectionType !== (index.projection === 'all' ? 'ALL' : 'KEYS_ONLY')) {
      problems.push(`${at}: index ${indexName} projection is not ${index.projection}`);
    }
  }
  if (gsis.length !== Object.keys(spec.indexes ?? {}).length) problems.push(`${at}: undeclared indexes`);
  if (p.BillingMode !== 'PAY_PER_REQUEST') problems.push(`${at}: not on-demand`);
  if (!same(p.PointInTimeRecoverySpecification, { PointInTimeRecoveryEnabled: true }))
    problems.push(`${at}: PITR off`);
  if ((p.SSESpecification as { SSEEnabled?: boolean } | undefined)?.SSEEnabled !== true)
    problems.push(`${at}: not KMS-encrypted`);
  if (p.DeletionProtectionEnabled !== true || ix.deletionPolicy(id) !== 'Retain')
    problems.push(`${at}: not protected from deletion`);
  const ttl = p.TimeToLiveSpecification as { AttributeName?: string; Enabled?: boolean } | undefined;
  if (spec.timeToLive && !(ttl?.Enabled && ttl.AttributeName === spec.timeToLive))
    problems.push(`${at}: TTL on ${spec.timeToLive} missing`);
  if (!spec.timeToLive && ttl) problems.push(`${at}: undeclared TTL`);
  const stream = (p.StreamSpecification as { StreamViewType?: string } | undefined)?.StreamViewType;
  if (spec.stream && stream !== 'NEW_AND_OLD_IMAGES')
    problems.push(`${at}: stream of new and old images missing`);
  if (!spec.stream && stream) problems.push(`${at}: undeclared stream`);
  return problems;
}

function checkQueue(ix: TemplateIndex, city: CityConfig, logical: string, queueSpec: QueueSpec): string[] {
  const fifo = queueSpec.fifo === true;
  const name = physicalName.queue(city.id, logical, fifo);
  const dlqName = physicalName.dlq(city.id, logical, fifo);
  const at = `queue ${logical}`;
  const queue = ix.named('AWS::SQS::Queue', 'QueueName', name);
  const dlq = ix.named('AWS::SQS::Queue', 'QueueName', dlqName);
  if (!queue) return [`${at}: no AWS::SQS::Queue named ${name}`];
  if (!dlq) return [`${at}: no dead-letter queue named ${dlqName}`];
  const problems: string[] = [];
  const redrive = queue[1].RedrivePolicy as
    | { deadLetterTargetArn?: unknown; maxReceiveCount?: number }
    | undefined;
  if (!same(redrive?.deadLetterTargetArn, getAtt(dlq[0], 'Arn')))
    problems.push(`${at}: does not redrive to ${dlqName}`);
  if (redrive?.maxReceiveCount !== queueSpec.maxReceiveCount)
    problems.push(`${at}: maxReceiveCount is not ${queueSpec.maxReceiveCount}`);
  if (
    queueSpec.visibilityTimeoutSeconds &&
    Number(queue[1].VisibilityTimeout ?? 30) < queueSpec.visibilityTimeoutSeconds
  ) {
    problems.push(`${at}: visibility timeout below the declared ${queueSpec.visibilityTimeoutSeconds} s`);
  }
  if (dlq[1].MessageRetentionPeriod !== 14 * 24 * 3600)
    problems.push(`${at}: DLQ does not keep messages 14 days`);
  for (const [id, p, what] of [
    [queue[0], queue[1], 'queue'],
    [dlq[0], dlq[1], 'DLQ'],
  ] as const) {
    if (!sqsManagedOrKms(p)) problems.push(`${at}: ${what} not encrypted`);
    if (!ix.isSslOnly(id)) problems.push(`${at}: ${what} has no SSL-only policy`);
    if (fifo !== (p.FifoQueue === true)) problems.push(`${at}: ${what} FIFO setting differs`);
  }
  if (!ix.hasDepthAlarm(dlq[0])) problems.push(`${at}: no depth alarm on ${dlqName}`);
  return problems;
}

interface Located {
  ix: TemplateIndex;
  city: CityConfig;
  fnId: string;
  roleId: string;
  env: Record<string, unknown>;
  at: string;
  tables: Map<string, string>;
  queues: Map<string, string>;
}

function checkTableGrant(
  l: Located,
  logical: string,
  access: TableAccess,
  spec: TableSpec | undefined,
): string[] {
  const tableId = l.tables.get(logical);
  const at = `grant ${l.at} → ${logical} (${access})`;
  if (!tableId || !spec) return [`${at}: table not in the template`];
  const problems: string[] = [];
  if (!same(l.env[envNames.table(logical)], ref(tableId)))
    problems.push(`${at}: env ${envNames.table(logical)} missing`);
  const actions = l.ix.roleActions(l.roleId);
  const onTable = actions.get(`${tableId}.Arn`) ?? new Set<string>();
  const indexKeys = Object.keys(spec.indexes ?? {}).map((n) => `${tableId}.Arn/index/${n}`);
  const everywhere = [onTable, ...indexKeys.map((k) => actions.get(k) ?? new Set<string>())];
  const missing = (needed: string[], on: Set<string>) => needed.filter((a) => !on.has(a));
  const reads = access === 'read' || access === 'readwrite';
  const writes = access === 'write' || access === 'readwrite';
  if (reads) {
    const lacking = missing(readActions, onTable);
    if (lacking.length) problems.push(`${at}: no ${lacking.join(', ')} on the table`);
    for (const key of indexKeys) {
      if (!actions.get(key)?.has('dynamodb:Query'))
        problems.push(`${at}: no dynamodb:Query on ${key.split('/index/')[1]}`);
    }
  }
  if (writes) {
    const lacking = missing(writeActions.slice(0, 3), onTable);
    if (lacking.length) problems.push(`${at}: no ${lacking.join(', ')} on the table`);
  }
  if (access === 'read' && everywhere.some((set) => writeActions.some((a) => set.has(a)))) {
    problems.push(`${at}: write actions granted on a read-only table`);
  }
  if (access === 'append') {
    if (!onTable.has('dynamodb:PutItem')) problems.push(`${at}: no dynamodb:PutItem on the table`);
    if ([...onTable].some((a) => a !== 'dynamodb:PutItem') || indexKeys.some((k) => actions.has(k)))
      problems.push(`${at}: more than dynamodb:PutItem granted`);
  }
  if (everywhere.some((set) => set.has('dynamodb:Scan') || set.has('dynamodb:*')))
    problems.push(`${at}: Scan granted`);
  return problems;
}

/** The KMS actions each declared key use needs, exactly (the manifest's contract, read independently). */
const keyUseActions: Record<KeyUse, string[]> = {
  encrypt: ['kms:Encrypt'],
  decrypt: ['kms:Decrypt'],
  'encrypt-decrypt': ['kms:Decrypt', 'kms:Encrypt'],
};

/** City keys by logical name: the KMS key an `alias/<city>/<logical>` alias points at. */
function cityKeys(ix: TemplateIndex, city: CityConfig): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [, alias] of ix.ofType('AWS::KMS::Alias')) {
    const name = String(alias.AliasName);
    const target = (alias.TargetKeyId as { 'Fn::GetAtt'?: string[] } | undefined)?.['Fn::GetAtt'];
    if (name.startsWith(`alias/${city.id}/`) && target?.[0])
      keys.set(name.slice(`alias/${city.id}/`.length), target[0]);
  }
  return keys;
}

function checkKeyUse(l: Located, keys: Map<string, string>, logical: string, use: KeyUse): string[] {
  const at = `key ${l.at} → ${logical} (${use})`;
  const keyId = keys.get(logical);
  if (!keyId) return [`${at}: no KMS key with alias alias/${l.city.id}/${logical}`];
  const problems: string[] = [];
  const key = l.ix.ofType('AWS::KMS::Key').find(([id]) => id === keyId)?.[1] ?? {};
  if (key.EnableKeyRotation !== true) problems.push(`${at}: key rotation off`);
  if (l.ix.deletionPolicy(keyId) !== 'Retain') problems.push(`${at}: key not retained`);
  if (!same(l.env[envNames.keyArn(logical)], getAtt(keyId, 'Arn')))
    problems.push(`${at}: env ${envNames.keyArn(logical)} missing`);
  const statements = l.ix.roleStatements(l.roleId, `${keyId}.Arn`);
  const granted = [...new Set(statements.flatMap((s) => arr(s.Action)))].sort();
  if (!same(granted, keyUseActions[use])) problems.push(`${at}: granted ${granted.join(', ') || 'nothing'}`);
  if (
    statements.some((s) => !same(s.Condition, { StringEquals: { 'kms:EncryptionContext:city': l.city.id } }))
  )
    problems.push(`${at}: not conditioned on the city's encryption context`);
  return problems;
}

function checkUndeclaredKeys(l: Located, keys: Map<string, string>, spec: FunctionSpec): string[] {
  return [...keys]
    .filter(
      ([logical, keyId]) => !spec.keys?.[logical] && l.ix.roleStatements(l.roleId, `${keyId}.Arn`).length > 0,
    )
    .map(([logical]) => `key ${l.at} → ${logical}: use not declared in the manifest`);
}

function checkUndeclaredAccess(l: Located, spec: FunctionSpec): string[] {
  const declared = new Set(Object.keys(spec.tables ?? {}));
  const streamTable = spec.trigger.kind === 'stream' ? spec.trigger.table : undefined;
  const keys = [...l.ix.roleActions(l.roleId).keys()];
  const problems: string[] = [];
  for (const [logical, tableId] of l.tables) {
    const touched = keys.filter((k) => k.startsWith(`${tableId}.`));
    const allowed = touched.filter(
      (k) => declared.has(logical) || (logical === streamTable && k === `${tableId}.StreamArn`),
    );
    if (touched.length !== allowed.length)
      problems.push(`grant ${l.at} → ${logical}: access not declared in the manifest`);
  }
  return problems;
}

function checkQueueUse(l: Located, logical: string, use: 'send' | 'consume'): string[] {
  const queueId = l.queues.get(logical);
  const at = `${use === 'send' ? 'send' : 'consume'} ${l.at} → ${logical}`;
  if (!queueId) return [`${at}: queue not in the template`];
  const problems: string[] = [];
  if (!same(l.env[envNames.queueUrl(logical)], ref(queueId)))
    problems.push(`${at}: env ${envNames.queueUrl(logical)} missing`);
  const granted = l.ix.roleActions(l.roleId).get(`${queueId}.Arn`) ?? new Set<string>();
  const needed = use === 'send' ? ['sqs:SendMessage'] : ['sqs:ReceiveMessage', 'sqs:DeleteMessage'];
  if (!needed.every((a) => granted.has(a))) problems.push(`${at}: ${needed.join(', ')} not granted`);
  return problems;
}

function eventSourceMapping(l: Located, source: unknown): Record<string, unknown> | undefined {
  return l.ix
    .ofType('AWS::Lambda::EventSourceMapping')
    .find(([, p]) => same(p.FunctionName, ref(l.fnId)) && same(p.EventSourceArn, source))?.[1];
}

function failureQueueAlarmed(l: Located, arn: unknown): boolean {
  const target = l.ix.ofType('AWS::SQS::Queue').find(([id]) => same(arn, getAtt(id, 'Arn')));
  return target !== undefined && l.ix.hasDepthAlarm(target[0]);
}

function checkTrigger(l: Located, spec: FunctionSpec, timeout: number): string[] {
  const trigger = spec.trigger;
  const ix = l.ix;
  const fnArn = getAtt(l.fnId, 'Arn');
  switch (trigger.kind) {
    case 'http': {
      const routeKey = `${trigger.route.method} ${trigger.route.path}`;
      const at = `route ${routeKey}`;
      const route = ix.named('AWS::ApiGatewayV2::Route', 'RouteKey', routeKey);
      if (!route) return [`${at}: no AWS::ApiGatewayV2::Route`];
      const problems: string[] = [];
      const integration = ix
        .ofType('AWS::ApiGatewayV2::Integration')
        .find(([id]) => JSON.stringify(route[1].Target).includes(JSON.stringify(ref(id))));
      if (
        !integration ||
        !same(integration[1].IntegrationUri, fnArn) ||
        integration[1].PayloadFormatVersion !== '2.0'
      ) {
        problems.push(`${at}: not integrated with ${l.at} (payload 2.0)`);
      }
      const invokable = ix
        .ofType('AWS::Lambda::Permission')
        .some(([, p]) => same(p.FunctionName, fnArn) && p.Principal === 'apigateway.amazonaws.com');
      if (!invokable) problems.push(`${at}: API Gateway may not invoke ${l.at}`);
      const authorized = route[1].AuthorizationType === 'CUSTOM' && route[1].AuthorizerId !== undefined;
      if (trigger.route.permission === 'public' && authorized)
        problems.push(`${at}: public route behind the authorizer`);
      if (trigger.route.permission !== 'public' && !authorized)
        problems.push(`${at}: not behind the authorizer`);
      return problems;
    }
    case 'authorizer': {
      const at = `authorizer ${l.at}`;
      const authorizer = ix
        .ofType('AWS::ApiGatewayV2::Authorizer')
        .find(([, p]) => JSON.stringify(p.AuthorizerUri).includes(JSON.stringify(fnArn)));
      if (!authorizer) return [`${at}: no AWS::ApiGatewayV2::Authorizer invokes it`];
      const [authId, p] = authorizer;
      const problems: string[] = [];
      if (p.AuthorizerType !== 'REQUEST' || p.EnableSimpleResponses !== true)
        problems.push(`${at}: not a simple-response Lambda authorizer`);
      // Machines send x-api-key, people Authorization: neither may be a required identity source, and
      // without one the gateway may not cache (the authorizer caches keys itself).
      if (Array.isArray(p.IdentitySource) && p.IdentitySource.length > 0)
        problems.push(`${at}: has an identity source, so requests without that header never reach it`);
      if (p.AuthorizerResultTtlInSeconds !== 0) problems.push(`${at}: the gateway caches its results`);
      const routes = ix
        .ofType('AWS::ApiGatewayV2::Route')
        .filter(([, r]) => r.AuthorizationType === 'CUSTOM');
      if (routes.some(([, r]) => !same(r.AuthorizerId, ref(authId))))
        problems.push(`${at}: some routes use another authorizer`);
      return problems;
    }
    case 'queue': {
      const at = `consumer ${l.at} ← ${trigger.queue}`;
      const queueId = l.queues.get(trigger.queue);
      if (!queueId) return [`${at}: queue not in the template`];
      const esm = eventSourceMapping(l, getAtt(queueId, 'Arn'));
      if (!esm)
        return [`${at}: no AWS::Lambda::EventSourceMapping`, ...checkQueueUse(l, trigger.queue, 'consume')];
      const problems = checkQueueUse(l, trigger.queue, 'consume');
      if (esm.BatchSize !== trigger.batchSize) problems.push(`${at}: batch size is not ${trigger.batchSize}`);
      if (!arr(esm.FunctionResponseTypes as string[]).includes('ReportBatchItemFailures'))
        problems.push(`${at}: no ReportBatchItemFailures`);
      if (
        trigger.maxBatchingWindowSeconds !== undefined &&
        esm.MaximumBatchingWindowInSeconds !== trigger.maxBatchingWindowSeconds
      ) {
        problems.push(`${at}: batching window is not ${trigger.maxBatchingWindowSeconds} s`);
      }
      const concurrency = (esm.ScalingConfig as { MaximumConcurrency?: number } | undefined)
        ?.MaximumConcurrency;
      if (trigger.maxConcurrency !== undefined && concurrency !== trigger.maxConcurrency)
        problems.push(`${at}: max concurrency is not ${trigger.maxConcurrency}`);
      const queue = ix.ofType('AWS::SQS::Queue').find(([id]) => id === queueId);
      const visibility = Number(queue?.[1].VisibilityTimeout ?? 30);
      if (visibility < 6 * timeout)
        problems.push(`${at}: visibility timeout ${visibility} s < 6 × ${timeout} s`);
      return problems;
    }
    case 'stream': {
      const at = `stream consumer ${l.at} ← ${trigger.table}`;
      const tableId = l.tables.get(trigger.table);
      if (!tableId) return [`${at}: table not in the template`];
      const esm = eventSourceMapping(l, getAtt(tableId, 'StreamArn'));
      if (!esm) return [`${at}: no AWS::Lambda::EventSourceMapping`];
      const problems: string[] = [];
      if (esm.BatchSize !== trigger.batchSize) problems.push(`${at}: batch size is not ${trigger.batchSize}`);
      if (!arr(esm.FunctionResponseTypes as string[]).includes('ReportBatchItemFailures'))
        problems.push(`${at}: no ReportBatchItemFailures`);
      if (esm.StartingPosition !== 'TRIM_HORIZON') problems.push(`${at}: does not start at TRIM_HORIZON`);
      const onFailure = (esm.DestinationConfig as { OnFailure?: { Destination?: unknown } } | undefined)
        ?.OnFailure?.Destination;
      if (!failureQueueAlarmed(l, onFailure)) problems.push(`${at}: no alarmed on-failure queue`);
      if (!ix.roleActions(l.roleId).get(`${tableId}.StreamArn`)?.has('dynamodb:GetRecords'))
        problems.push(`${at}: stream read not granted`);
      return problems;
    }
    case 'schedule': {
      const at = `schedule ${l.at} (${trigger.expression})`;
      const rule = ix
        .ofType('AWS::Events::Rule')
        .find(([, p]) => p.ScheduleExpression === trigger.expression);
      const target = arr(rule?.[1].Targets as { Arn: unknown; DeadLetterConfig?: { Arn?: unknown } }[]).find(
        (t) => same(t.Arn, fnArn),
      );
      if (!target) return [`${at}: no AWS::Events::Rule targets the function`];
      const problems: string[] = [];
      if (!failureQueueAlarmed(l, target.DeadLetterConfig?.Arn))
        problems.push(`${at}: target has no alarmed DLQ`);
      const invokable = ix
        .ofType('AWS::Lambda::Permission')
        .some(([, p]) => same(p.FunctionName, fnArn) && p.Principal === 'events.amazonaws.com');
      if (!invokable) problems.push(`${at}: EventBridge may not invoke the function`);
      return problems;
    }
  }
}

/** Without the function its trigger cannot be wired either; say which entry that leaves out. */
function missingTrigger(ix: TemplateIndex, at: string, spec: FunctionSpec): string[] {
  const trigger = spec.trigger;
  switch (trigger.kind) {
    case 'http': {
      const routeKey = `${trigger.route.method} ${trigger.route.path}`;
      return ix.named('AWS::ApiGatewayV2::Route', 'RouteKey', routeKey)
        ? []
        : [`route ${routeKey}: no AWS::ApiGatewayV2::Route`];
    }
    case 'authorizer':
      return [`authorizer ${at}: no AWS::ApiGatewayV2::Authorizer invokes it`];
    case 'queue':
      return [`consumer ${at} ← ${trigger.queue}: no AWS::Lambda::EventSourceMapping`];
    case 'stream':
      return [`stream consumer ${at} ← ${trigger.table}: no AWS::Lambda::EventSourceMapping`];
    case 'schedule':
      return [`schedule ${at} (${trigger.expression}): no AWS::Events::Rule targets the function`];
  }
}

/**
 * Every manifest entry that the parent and nested templates do not wire as declared: tables, queues (with
 * DLQ, SSL-only policy and alarm), functions, routes, the authorizer, queue and stream consumers,
 * schedules, table, queue and city-key grants. Empty when the stack matches the manifests.
 */
export function missingWiring(
  templates: CityTemplates,
  declaredManifests: readonly ServiceManifest[],
  city: CityConfig,
): string[] {
  const manifests = resolveChannels(declaredManifests);
  const ix = new TemplateIndex(flattenTemplates(templates));
  const problems: string[] = [];
  const tables = new Map<string, string>();
  const tableSpecs = new Map<string, TableSpec>();
  const queues = new Map<string, string>();
  const keys = cityKeys(ix, city);
  for (const m of manifests) {
    for (const [logical, spec] of Object.entries(m.tables ?? {})) {
      tableSpecs.set(logical, spec);
      problems.push(...checkTable(ix, city, logical, spec));
      const found = ix.named('AWS::DynamoDB::Table', 'TableName', physicalName.table(city.id, logical));
      if (found) tables.set(logical, found[0]);
    }
    for (const [logical, spec] of Object.entries(m.queues ?? {})) {
      problems.push(...checkQueue(ix, city, logical, spec));
      const found = ix.named('AWS::SQS::Queue', 'QueueName', physicalName.queue(city.id, logical, spec.fifo));
      if (found) queues.set(logical, found[0]);
    }
  }
  for (const m of manifests) {
    for (const [name, spec] of Object.entries(m.functions)) {
      const at = `${m.service}.${name}`;
      const functionName = `${city.id}-${functionId(m.service, name)}`;
      const fn = ix.named('AWS::Lambda::Function', 'FunctionName', functionName);
      if (!fn) {
        problems.push(
          `function ${at}: no AWS::Lambda::Function named ${functionName}`,
          ...missingTrigger(ix, at, spec),
        );
        continue;
      }
      const [fnId, p] = fn;
      const roleAtt = (p.Role as { 'Fn::GetAtt'?: string[] })['Fn::GetAtt'];
      const roleId = roleAtt?.[0] ?? '';
      const env = (p.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
      const timeout = spec.timeoutSeconds ?? defaultTimeoutSeconds;
      if (p.Timeout !== timeout) problems.push(`function ${at}: timeout is not ${timeout} s`);
      if (env[envNames.city] !== city.id)
        problems.push(`function ${at}: env ${envNames.city} is not ${city.id}`);
      const located: Located = { ix, city, fnId, roleId, env, at, tables, queues };
      for (const [logical, access] of Object.entries(spec.tables ?? {})) {
        problems.push(...checkTableGrant(located, logical, access, tableSpecs.get(logical)));
      }
      problems.push(...checkUndeclaredAccess(located, spec));
      for (const [logical, use] of Object.entries(spec.keys ?? {}))
        problems.push(...checkKeyUse(located, keys, logical, use));
      problems.push(...checkUndeclaredKeys(located, keys, spec));
      for (const logical of spec.sends ?? []) problems.push(...checkQueueUse(located, logical, 'send'));
      for (const [variable, value] of Object.entries(spec.environment ?? {})) {
        if (env[variable] !== value)
          problems.push(`function ${at}: env ${variable} is not ${JSON.stringify(value)}`);
      }
      problems.push(...checkTrigger(located, spec, timeout));
    }
  }
  return problems;
}
