import { Duration } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { DeadLetterQueue } from './queue.ts';

/** Props of {@link AlarmTopic}. */
export interface AlarmTopicProps {
  city: string;
  /** Operators' address from `deployment.alarmEmail`; without it alarms only show in the console. */
  email?: string;
}

/**
 * The one SNS topic every alarm of the city notifies.
 *
 * Encrypted with a customer-managed key, not aws/sns: CloudWatch cannot publish to a topic under the
 * AWS-managed key (its key policy cannot be changed to admit cloudwatch.amazonaws.com), so alarms
 * would fail silently. Rotation is on.
 */
export class AlarmTopic extends Construct {
  readonly topic: Topic;
  readonly key: Key;

  constructor(scope: Construct, id: string, props: AlarmTopicProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: `Encrypts the ${props.city} alarm topic; CloudWatch alarms may use it to publish`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
    });
    this.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        // In a key policy `*` means this key.
        resources: ['*'],
      }),
    );
    this.topic = new Topic(this, 'Topic', {
      topicName: `${props.city}-alarms`,
      displayName: `${props.city} platform alarms`,
      masterKey: this.key,
      enforceSSL: true,
    });
    if (props.email) {
      const undelivered = new DeadLetterQueue(this, 'EmailDlq', {
        queueName: `${props.city}-alarms-email-dlq`,
        alarmTopic: this.topic,
        receives: { kind: 'destination', from: `the ${props.city}-alarms e-mail subscription` },
      });
      this.topic.addSubscription(new EmailSubscription(props.email, { deadLetterQueue: undelivered.queue }));
    }
  }
}
