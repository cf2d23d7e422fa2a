import type { IndexSpec, KeySpec, TableSpec } from '@sme/runtime';
import { physicalName } from '@sme/runtime';
import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

/** Props of {@link CityTable}. */
export interface CityTableProps {
  /** City id; the physical name is `<city>-<logical>`. */
  city: string;
  /** Logical table name from the manifest (kebab-case, unique across services). */
  logical: string;
  spec: TableSpec;
}

const attribute = (key: KeySpec) => ({
  name: key.name,
  type: key.type === 'N' ? AttributeType.NUMBER : AttributeType.STRING,
});

const projection = (spec: IndexSpec) =>
  spec.projection === 'all' ? ProjectionType.ALL : ProjectionType.KEYS_ONLY;

/**
 * One DynamoDB table of a city, exactly as its manifest declares it.
 *
 * `Table` (AWS::DynamoDB::Table) rather than `TableV2` (AWS::DynamoDB::GlobalTable): a city stack
 * is single-region, and the plain resource maps 1:1 onto the CreateTable call the local stack makes.
 * Encryption uses the AWS-managed key (aws/dynamodb): data is KMS-encrypted with every use logged in
 * CloudTrail, with no key policy to get wrong and no per-key cost; a customer-managed key only pays
 * off for cross-account access or crypto-shredding, neither of which a city needs.
 */
export class CityTable extends Construct {
  readonly table: Table;
  /** GSI names, so grants can list each index ARN instead of `index/*`. */
  readonly indexNames: string[];

  constructor(scope: Construct, id: string, props: CityTableProps) {
    super(scope, id);
    const { spec } = props;
    this.table = new Table(this, 'Table', {
      tableName: physicalName.table(props.city, props.logical),
      partitionKey: attribute(spec.partitionKey),
      sortKey: spec.sortKey ? attribute(spec.sortKey) : undefined,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      // Registry data and the audit trail outlive any stack update; deleting a table is a manual act.
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: spec.timeToLive,
      stream: spec.stream ? StreamViewType.NEW_AND_OLD_IMAGES : undefined,
    });
    this.indexNames = [];
    for (const [indexName, index] of Object.entries(spec.indexes ?? {})) {
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: index.sortKey ? attribute(index.sortKey) : undefined,
        projectionType: projection(index),
      });
      this.indexNames.push(indexName);
    }
  }
}
