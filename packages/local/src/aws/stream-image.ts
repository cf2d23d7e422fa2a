import type { _Record, AttributeValue as StreamsAttributeValue } from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord, StreamRecord } from 'aws-lambda';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The SDK decodes binary to bytes and times to Date; Lambda's event carries base64 and epoch seconds. */
function toLambdaValue(value: StreamsAttributeValue): AttributeValue {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  // The SDK deserialises an empty map to a union with no member set; Lambda delivers it as an empty map.
  if (Object.keys(value).filter((k) => k !== '$unknown').length === 0) return { M: {} };
  if (value.L !== undefined) return { L: value.L.map(toLambdaValue) };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  return { NULL: true };
}

/** Converts one image (Keys, NewImage, OldImage) to the JSON shape Lambda delivers. */
export function toLambdaImage(image: Record<string, StreamsAttributeValue>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaValue(value)]));
}

/** One record of the event the DynamoDB event source mapping would send. */
export function toDynamoDbRecord(record: _Record, streamArn: string, region: string): DynamoDBRecord {
  const source = record.dynamodb ?? {};
  const dynamodb: StreamRecord = {
    ...(source.ApproximateCreationDateTime
      ? { ApproximateCreationDateTime: Math.floor(source.ApproximateCreationDateTime.getTime() / 1000) }
      : {}),
    ...(source.Keys ? { Keys: toLambdaImage(source.Keys) } : {}),
    ...(source.NewImage ? { NewImage: toLambdaImage(source.NewImage) } : {}),
    ...(source.OldImage ? { OldImage: toLambdaImage(source.OldImage) } : {}),
    ...(source.SequenceNumber ? { SequenceNumber: source.SequenceNumber } : {}),
    ...(source.SizeBytes !== undefined ? { SizeBytes: source.SizeBytes } : {}),
    ...(source.StreamViewType ? { StreamViewType: source.StreamViewType } : {}),
  };
  return {
    ...(record.eventID ? { eventID: record.eventID } : {}),
    ...(record.eventName ? { eventName: record.eventName } : {}),
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    // DynamoDB Local with -sharedDb reports 'ddblocal'; deployed, it is the table's region.
    awsRegion: region,
    dynamodb,
    eventSourceARN: streamArn,
  };
}
