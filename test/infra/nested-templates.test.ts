import { describe, expect, it } from 'vitest';
import { type CityTemplates, flattenTemplates } from './nested-templates.ts';

/** A parent passing data-stack table's ARN to a functions stack, as CDK does for a cross-stack grant. */
const templates = (): CityTemplates => ({
  parent: {
    Resources: {
      Topic: { Type: 'AWS::SNS::Topic' },
      Data: {
        Type: 'AWS::CloudFormation::Stack',
        Properties: { Parameters: { TopicArn: { Ref: 'Topic' } } },
      },
      Functions: {
        Type: 'AWS::CloudFormation::Stack',
        Properties: { Parameters: { TableArn: { 'Fn::GetAtt': ['Data', 'Outputs.TableArnOut'] } } },
        DependsOn: ['Data'],
      },
    },
  },
  nested: {
    Data: {
      Parameters: { TopicArn: { Type: 'String' } },
      Resources: {
        Table: { Type: 'AWS::DynamoDB::Table' },
        Alarm: { Type: 'AWS::CloudWatch::Alarm', Properties: { AlarmActions: [{ Ref: 'TopicArn' }] } },
      },
      Outputs: { TableArnOut: { Value: { 'Fn::GetAtt': ['Table', 'Arn'] } } },
    },
    Functions: {
      Parameters: { TableArn: { Type: 'String' } },
      Resources: {
        Role: { Type: 'AWS::IAM::Role' },
        Policy: {
          Type: 'AWS::IAM::Policy',
          Properties: {
            Roles: [{ Ref: 'Role' }],
            Resource: { 'Fn::Join': ['', [{ Ref: 'TableArn' }, '/index/byName']] },
            Region: { Ref: 'AWS::Region' },
          },
          DependsOn: 'Role',
        },
      },
    },
  },
});

describe('Function: flattenTemplates', () => {
  it('follows a parameter through the parent to the output of the stack that owns the resource', () => {
    // Act
    const flat = flattenTemplates(templates());

    // Assess
    expect(flat.Resources?.['Functions/Policy']).toEqual({
      Type: 'AWS::IAM::Policy',
      Properties: {
        Roles: [{ Ref: 'Functions/Role' }],
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Data/Table', 'Arn'] }, '/index/byName']] },
        Region: { Ref: 'AWS::Region' },
      },
      DependsOn: ['Functions/Role'],
    });
    expect(flat.Resources?.['Data/Alarm']?.Properties).toEqual({ AlarmActions: [{ Ref: 'Topic' }] });
    expect(Object.keys(flat.Resources ?? {}).sort()).toEqual([
      'Data/Alarm',
      'Data/Table',
      'Functions/Policy',
      'Functions/Role',
      'Topic',
    ]);
  });

  it('refuses a parameter the parent does not pass and an output the nested stack lacks', () => {
    // Prepare
    const unpassed = templates();
    unpassed.parent.Resources = {
      ...unpassed.parent.Resources,
      Data: { Type: 'AWS::CloudFormation::Stack' },
    };
    const noOutput = templates();
    if (noOutput.nested.Data) noOutput.nested.Data.Outputs = {};

    // Act
    const flattenUnpassed = () => flattenTemplates(unpassed);
    const flattenNoOutput = () => flattenTemplates(noOutput);

    // Assess
    expect(flattenUnpassed).toThrow('nested stack Data: parameter TopicArn not passed');
    expect(flattenNoOutput).toThrow('nested stack Data: no output Outputs.TableArnOut');
  });
});
