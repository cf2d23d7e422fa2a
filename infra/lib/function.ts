import { isAbsolute, join, normalize, relative } from 'node:path';
import type { CityConfig } from '@sme/kernel';
import type { FunctionSpec, TableAccess } from '@sme/runtime';
import { defaultMemoryMb, defaultTimeoutSeconds, envNames, functionId } from '@sme/runtime';
import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import {
  Charset,
  type ICommandHooks,
  LogLevel,
  NodejsFunction,
  OutputFormat,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { grantTableAccess } from './grants.ts';
import { logRetention } from './log-retention.ts';
import type { CityTable } from './table.ts';

/** The monorepo root: esbuild resolves workspace packages from here and pnpm-lock.yaml pins them. */
const repoRoot = join(import.meta.dirname, '..', '..');

/** The runtime every function runs on; cdk-nag (L1, LambdaLatestVersion) wants the newest Node. */
export const functionRuntime = Runtime.NODEJS_24_X;

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/**
 * Bundling hooks that copy a function's declared `files` (FunctionSpec.files) beside its bundle, so the
 * deployment package holds `<path>` where the handler reads `LAMBDA_TASK_ROOT/<path>`. Sources are taken
 * relative to the bundling input (the repository root), so the commands are the same wherever esbuild runs;
 * the asset hash covers the copies, so a changed file deploys a new version.
 */
export function copyFilesHooks(functionName: string, files: Record<string, string>): ICommandHooks {
  const copies = Object.entries(files).map(([target, source]) => {
    const from = relative(repoRoot, source);
    if (!isAbsolute(source) || from.startsWith('..') || isAbsolute(from)) {
      throw new Error(`${functionName}: file ${source} must be an absolute path inside the repository`);
    }
    if (isAbsolute(target) || normalize(target).startsWith('..') || normalize(target) !== target) {
      throw new Error(`${functionName}: file target ${target} must be a plain relative path`);
    }
    return { from, target };
  });
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) =>
      copies.map(({ from, target }) => {
        const to = join(outputDir, target);
        return `mkdir -p ${shellQuote(join(to, '..'))} && cp ${shellQuote(join(inputDir, from))} ${shellQuote(to)}`;
      }),
  };
}

/** Why a function without a dead-letter queue needs none: only asynchronous invocations use one. */
const noDlqReason: Record<Exclude<FunctionSpec['trigger']['kind'], 'schedule'>, string> = {
  http: 'Invoked synchronously by API Gateway: the client receives the error; a Lambda DLQ only applies to asynchronous invocations.',
  authorizer:
    'Invoked synchronously by the API Gateway authorizer: a failure denies the request; a Lambda DLQ only applies to asynchronous invocations.',
  queue:
    'Invoked synchronously by an SQS event source mapping: failed records return to the queue and move to its redrive DLQ (alarmed) after maxReceiveCount.',
  stream:
    'Invoked synchronously by a DynamoDB stream event source mapping: failed batches go to the mapping on-failure SQS destination (alarmed).',
};

/** Props of {@link CityFunction}. */
export interface CityFunctionProps {
  city: CityConfig;
  /** Service that owns the function (`ServiceManifest.service`); also the Powertools service name. */
  service: string;
  /** Function key in the manifest. */
  name: string;
  spec: FunctionSpec;
  /**
   * Where asynchronous invocations that still fail after Lambda's retries go. Required for
   * schedule-triggered functions (EventBridge invokes asynchronously); ignored by the others.
   */
  deadLetterQueue?: IQueue;
}

/**
 * The house Lambda function: Node 24 on arm64, ESM bundle with source maps, X-Ray, an explicit log
 * group with the city's retention, and a role that starts empty (no AWSLambdaBasicExecutionRole, whose
 * logs:CreateLogGroup on `*` is not needed once the log group exists). Tables and queues are bound with
 * `bindTable` / `bindQueue`, which set the env var and the grant together so neither is forgotten.
 */
export class CityFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly functionName: string;

  constructor(scope: Construct, id: string, props: CityFunctionProps) {
    super(scope, id);
    const { city, spec } = props;
    this.functionName = `${city.id}-${functionId(props.service, props.name)}`;
    if (this.functionName.length > 64) {
      throw new Error(
        `Lambda function name ${this.functionName} is longer than 64 characters; shorten the function key`,
      );
    }
    if (spec.trigger.kind === 'schedule' && !props.deadLetterQueue) {
      throw new Error(`${this.functionName}: a scheduled function needs a dead-letter queue`);
    }
    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${this.functionName}`,
      retention: logRetention(city),
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${this.functionName}`,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      functionName: this.functionName,
      entry: spec.entry,
      handler: 'handler',
      runtime: functionRuntime,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb ?? defaultMemoryMb,
      timeout: Duration.seconds(spec.timeoutSeconds ?? defaultTimeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      deadLetterQueue: spec.trigger.kind === 'schedule' ? props.deadLetterQueue : undefined,
      projectRoot: repoRoot,
      depsLockFilePath: join(repoRoot, 'pnpm-lock.yaml'),
      environment: {
        [envNames.city]: city.id,
        POWERTOOLS_SERVICE_NAME: props.service,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: true,
        // Mappings without embedded sources: readable stack traces at a fraction of the bundle size.
        sourcesContent: false,
        // Node 22 is the oldest runtime the bundle must load on: the local stack and the bench import it.
        target: 'node22',
        mainFields: ['module', 'main'],
        charset: Charset.UTF8,
        logLevel: LogLevel.WARNING,
        // Bundled, not taken from the runtime: the SDK version we test is the one we ship (the runtime's
        // copy changes without notice), and a tree-shaken client loads faster than the runtime's full SDK.
        bundleAwsSDK: true,
        externalModules: [],
        // Some CommonJS dependencies call require() for Node built-ins; an ESM bundle has no require.
        banner:
          "import { createRequire as __smeCreateRequire } from 'node:module'; const require = __smeCreateRequire(import.meta.url);",
        // The validated city config is inlined, so a function reads it with no I/O at cold start.
        define: { [`process.env.${envNames.cityConfig}`]: JSON.stringify(JSON.stringify(city)) },
        ...(spec.files ? { commandHooks: copyFilesHooks(this.functionName, spec.files) } : {}),
      },
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only actions without resource-level permissions use `*`: X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) and, for stream consumers, dynamodb:ListStreams. test/infra/lambda-functions.test.ts fails if any other action gets `*`.',
    });
    if (spec.trigger.kind !== 'schedule') {
      Validations.of(this.fn).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason: noDlqReason[spec.trigger.kind],
      });
    }
  }

  /** Sets `TABLE_<LOGICAL>` and grants exactly the declared access. */
  bindTable(logical: string, table: CityTable, access: TableAccess): void {
    this.fn.addEnvironment(envNames.table(logical), table.table.tableName);
    grantTableAccess(this.fn, table, access);
  }

  /** Sets `QUEUE_<LOGICAL>_URL` and grants sending (`send`) or receiving and deleting (`consume`). */
  bindQueue(logical: string, queue: IQueue, use: 'send' | 'consume'): void {
    this.fn.addEnvironment(envNames.queueUrl(logical), queue.queueUrl);
    if (use === 'send') queue.grantSendMessages(this.fn);
    else queue.grantConsumeMessages(this.fn);
  }
}
