import type { QueueSpec } from '@sme/runtime';
import { physicalName } from '@sme/runtime';
import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { runbookNote } from './runbook.ts';

/** SQS's own default, used when neither the spec nor a consumer asks for more. */
export const defaultVisibilityTimeoutSeconds = 30;

/** Props of {@link DeadLetterQueue}. */
export interface DeadLetterQueueProps {
  /** Physical queue name (ends in `.fifo` for FIFO queues). */
  queueName: string;
  fifo?: boolean;
  /** Topic the depth alarm notifies (one per stack). */
  alarmTopic: ITopic;
  /**
   * What sends failures here, for the alarm description; also says whether the queue is some
   * queue's redrive target (`redrive`) or a failure destination in its own right (`destination`).
   */
  receives: { kind: 'redrive' | 'destination'; from: string };
}

/**
 * A queue that only collects failures: 14 days' retention (the SQS maximum, time to investigate and
 * redrive), SSL-only, SQS-managed encryption, and an alarm as soon as one message is visible.
 */
export class DeadLetterQueue extends Construct {
  readonly queue: Queue;
  readonly alarm: Alarm;

  constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id);
    this.queue = new Queue(this, 'Queue', {
      queueName: props.queueName,
      fifo: props.fifo ? true : undefined,
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    // A dead-letter queue behind a dead-letter queue would never be read; its depth alarm is the safety net.
    Validations.of(this.queue).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason: `Terminal dead-letter queue for ${props.receives.from}; a redrive policy here would only move failures to a queue nobody reads. Depth alarm ${props.queueName}-depth fires on the first message.`,
    });
    if (props.receives.kind === 'destination') {
      Validations.of(this.queue).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason: `This queue is itself a dead-letter destination (${props.receives.from}), configured on the event source / target rather than as another queue's redrive policy, so cdk-nag cannot see it.`,
      });
    }
    this.alarm = new Alarm(this, 'DepthAlarm', {
      alarmName: `${props.queueName}-depth`,
      alarmDescription: `Failed messages from ${props.receives.from} are waiting in ${props.queueName}: inspect, fix, redrive. ${runbookNote('dlq-depth')}`,
      metric: this.queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.alarm.addAlarmAction(new SnsAction(props.alarmTopic));
  }
}

/** Props of {@link WorkQueue}. */
export interface WorkQueueProps {
  city: string;
  /** Logical queue name from the manifest. */
  logical: string;
  spec: QueueSpec;
  /**
   * Lowest visibility timeout the consumers need (6 × function timeout + batching window, per the
   * Lambda event source mapping guidance). The larger of this and the spec's value wins.
   */
  minVisibilityTimeoutSeconds?: number;
  alarmTopic: ITopic;
}

/** A manifest queue, always with its dead-letter queue and the DLQ's depth alarm. */
export class WorkQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetter: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: WorkQueueProps) {
    super(scope, id);
    const { city, logical, spec } = props;
    const fifo = spec.fifo === true;
    this.deadLetter = new DeadLetterQueue(this, 'Dlq', {
      queueName: physicalName.dlq(city, logical, fifo),
      fifo,
      alarmTopic: props.alarmTopic,
      receives: { kind: 'redrive', from: `queue ${physicalName.queue(city, logical, fifo)}` },
    });
    const visibility = Math.max(
      spec.visibilityTimeoutSeconds ?? defaultVisibilityTimeoutSeconds,
      props.minVisibilityTimeoutSeconds ?? 0,
    );
    this.queue = new Queue(this, 'Queue', {
      queueName: physicalName.queue(city, logical, fifo),
      fifo: fifo ? true : undefined,
      visibilityTimeout: Duration.seconds(visibility),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: this.deadLetter.queue, maxReceiveCount: spec.maxReceiveCount },
    });
  }
}
