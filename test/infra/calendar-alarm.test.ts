import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it, vi } from 'vitest';
import { synthStack } from './synth.ts';

// Each synthesises the whole city (~25 s alone, far more on a shared, loaded machine); see cdk-nag.test.ts.
vi.setConfig({ testTimeout: 180_000 });

describe('Construct: HolidayCalendarAlarm', () => {
  it('alarms the city topic from 60 days (inclusive) before the last loaded holiday year ends', () => {
    // Act
    const { template } = synthStack();

    // Assess
    const alarms = template.findResources('AWS::CloudWatch::Alarm', {
      Properties: { AlarmName: 'linshan-holiday-calendar-ending' },
    });
    expect(Object.keys(alarms)).toHaveLength(1);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'linshan-holiday-calendar-ending',
      Namespace: 'SmeFinancing',
      MetricName: 'HolidayCalendarDaysLeft',
      Dimensions: [{ Name: 'city', Value: 'linshan' }],
      Statistic: 'Minimum',
      Period: 86_400,
      Threshold: 60,
      ComparisonOperator: 'LessThanOrEqualToThreshold',
      AlarmActions: Match.anyValue(),
    });
  });
});
