import type { CityConfig } from '@sme/kernel';
import { envNames, physicalName } from '@sme/runtime';
import { Aws, Duration, Lazy, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AccountPrincipal, AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { runbookNote } from './runbook.ts';

/**
 * One inbox queue per bank whose delivery is `sqs`, in the city's account, read by the bank's own
 * account. Cross-account reads rule out SQS-managed and AWS-managed keys (the bank cannot be given
 * Decrypt on them), so each bank gets a customer-managed key whose policy lets that account decrypt
 * through SQS only. The queue policy lets the bank receive and delete, and denies sending to every
 * principal except the platform's delivery role(s).
 */
export class BankInboxQueues extends Construct {
  readonly queues = new Map<string, { queue: Queue; key: Key }>();
  readonly #senderRoleArns: string[] = [];

  constructor(scope: Construct, id: string, props: { city: CityConfig; alarmTopic: ITopic }) {
    super(scope, id);
    const { city } = props;
    for (const bank of city.banks) {
      if (bank.delivery.kind !== 'sqs') continue;
      const scopeOfBank = new Construct(this, bank.id);
      const bankAccount = new AccountPrincipal(bank.delivery.accountId);
      const key = new Key(scopeOfBank, 'Key', {
        alias: `alias/${physicalName.bankQueue(city.id, bank.id)}`,
        description: `Encrypts the inbox queue of ${bank.name} (${bank.id}); the bank's account decrypts through SQS`,
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      key.addToResourcePolicy(
        new PolicyStatement({
          sid: 'BankReadsItsInboxThroughSqs',
          principals: [bankAccount],
          actions: ['kms:Decrypt', 'kms:DescribeKey'],
          resources: ['*'],
          conditions: { StringEquals: { 'kms:ViaService': `sqs.${Aws.REGION}.amazonaws.com` } },
        }),
      );
      const name = physicalName.bankQueue(city.id, bank.id);
      const dlq = new Queue(scopeOfBank, 'Dlq', {
        queueName: `${name}-dlq`,
        retentionPeriod: Duration.days(14),
        encryption: QueueEncryption.KMS,
        encryptionMasterKey: key,
        enforceSSL: true,
      });
      Validations.of(dlq).acknowledge({
        id: 'Serverless-SQSRedrivePolicy',
        reason: `Terminal dead-letter queue of the inbox of ${bank.id}: messages the bank failed to process wait here for the bank to inspect and redrive.`,
      });
      const queue = new Queue(scopeOfBank, 'Queue', {
        queueName: name,
        retentionPeriod: Duration.days(14),
        visibilityTimeout: Duration.seconds(60),
        encryption: QueueEncryption.KMS,
        encryptionMasterKey: key,
        enforceSSL: true,
        deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
      });
      for (const q of [queue, dlq]) {
        q.addToResourcePolicy(
          new PolicyStatement({
            sid: 'BankReceivesAndDeletes',
            principals: [bankAccount],
            actions: [
              'sqs:ReceiveMessage',
              'sqs:DeleteMessage',
              'sqs:ChangeMessageVisibility',
              'sqs:GetQueueAttributes',
              'sqs:GetQueueUrl',
            ],
            resources: [q.queueArn],
          }),
        );
      }
      queue.addToResourcePolicy(
        new PolicyStatement({
          sid: 'OnlyThePlatformSends',
          effect: Effect.DENY,
          principals: [new AnyPrincipal()],
          actions: ['sqs:SendMessage'],
          resources: [queue.queueArn],
          conditions: {
            ArnNotEquals: { 'aws:PrincipalArn': Lazy.list({ produce: () => this.#senderRoleArns }) },
          },
        }),
      );
      const alarm = new Alarm(scopeOfBank, 'DlqDepthAlarm', {
        alarmName: `${name}-dlq-depth`,
        alarmDescription: `${bank.id} failed to process notices from its inbox ${name}: tell the bank. ${runbookNote('bank-inbox-dlq-depth')}`,
        metric: dlq.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: 'Maximum',
        }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(new SnsAction(props.alarmTopic));
      this.queues.set(bank.id, { queue, key });
    }
  }

  /** Lets `fn` send to every bank inbox (and only it, by the queues' deny) and tells it the URLs. */
  bindSender(fn: LambdaFunction): void {
    const urls: Record<string, string> = {};
    for (const [bankId, { queue, key }] of this.queues) {
      // Exactly what sending to a KMS-encrypted queue needs (the L2 grant adds ReEncrypt* and wildcards).
      fn.addToRolePolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }));
      fn.addToRolePolicy(
        new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [key.keyArn] }),
      );
      urls[bankId] = queue.queueUrl;
    }
    if (fn.role) this.#senderRoleArns.push(fn.role.roleArn);
    fn.addEnvironment(envNames.bankQueues, Stack.of(this).toJsonString(urls));
  }
}
