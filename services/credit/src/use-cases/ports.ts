import type { CreditRecord } from '../domain/record.ts';

/** Who wrote a record version: the client, its organisation and the request or import job. */
export interface WriteOrigin {
  clientId: string;
  orgId: string;
  requestId?: string;
  jobId?: string;
}

/** `credit-records`, as the import use case needs it (the adapter is DynamoDbCreditRecordStore). */
export interface CreditRecordStore {
  /** An agency's current records by their source ids. */
  getMany(agencyId: string, sourceRecordIds: string[]): Promise<Map<string, CreditRecord>>;
  putAll(records: CreditRecord[], origin: WriteOrigin): Promise<void>;
}
