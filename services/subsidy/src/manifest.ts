import { defineService, type FunctionSpec } from '@sme/runtime';
import { routes } from './contracts.ts';

const handler = (name: string) => new URL(`./handlers/${name}.ts`, import.meta.url).pathname;

/** A calculator: the city file's policy with what was published since (read once a minute per process). */
const calculator = (name: string, route: (typeof routes)[keyof typeof routes]): FunctionSpec => ({
  entry: handler(name),
  trigger: { kind: 'http', route },
  tables: { 'subsidy-policy': 'read' },
});

/** Guarantee and subsidy: calculators, the book of guarantees and subsidised loans, the yearly ledger. */
export const subsidyManifest = defineService({
  service: 'subsidy',
  tables: {
    'subsidy-records': {
      partitionKey: { name: 'recordId', type: 'S' },
      indexes: {
        byGuarantor: {
          partitionKey: { name: 'guarantorId', type: 'S' },
          sortKey: { name: 'guarantorSk', type: 'S' },
          projection: 'all',
        },
      },
      accessPatterns: [
        'Record: GetItem recordId = g-<pushId> (guarantee) | l-<pushId> (subsidised loan): one of each per push at most, so the booking Put is conditioned on attribute_not_exists(recordId) — a re-delivered or re-reported approval books nothing twice',
        'Change (disbursement, repayment, default): Put conditioned on `version` (optimistic concurrency) in the same transaction as its ledger lines and totals; `lines` holds each line’s amount so the totals move by exactly the difference; `sourceEventIds` makes a re-delivered disbursement a no-op',
        "A guarantor's guarantees: Query byGuarantor guarantorId = <id>, begins_with(guarantorSk, <status>#) optionally; sk <status>#<startDate>#<recordId>; sparse (loans have no guarantor)",
      ],
    },
    'subsidy-ledger': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      accessPatterns: [
        'Year head: GetItem pk=<year>, sk=HEAD: state (absent = OPEN), version (finance writes only), preAllocated, `actual:<program>` totals kept by ADD in each booking transaction (no read-modify-write), proposal/approval with the frozen figures',
        'Finance steps: UpdateItem on the head conditioned on the version read (attribute_not_exists(version) for the first), after the state guard',
        "A year's lines: Query pk=<year>, begins_with(sk, LINE#[<program>#]): sk LINE#<program>#<recordId>, one line per record, program and calendar year, rewritten with every version of its record",
        "A record's lines: BatchGetItem by the keys its `lines` map names",
      ],
    },
    'subsidy-policy': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      accessPatterns: [
        'Publications: Query pk=PUBLISHED (consistent), sk=<publishedAt>#<kind>#<id or month>, in publication order; a handful a year, read once a minute per process',
        'Publish: TransactWriteItems of the item (attribute_not_exists) and its audit entry; never updated or deleted (the history is the table)',
      ],
    },
    'subsidy-enterprises': {
      partitionKey: { name: 'uscc', type: 'S' },
      accessPatterns: [
        'Borrower facts (type, industry, tags) for the rules: GetItem uscc; replaced only by a newer registry version (Put with condition)',
      ],
    },
  },
  queues: {
    'subsidy-bank-feedback': {
      maxReceiveCount: 5,
      subscribes: 'bank-feedback',
      description:
        'BankFeedbackRecorded: approvals with a guarantee or a subsidised program are booked with their entitlements; disbursements re-base them',
    },
    'subsidy-enterprise-events': {
      maxReceiveCount: 5,
      subscribes: 'enterprise-events',
      description: 'Registry events: borrower type, industry and tags for the subsidy rules',
    },
  },
  functions: {
    'calculate-guarantee-fee': calculator('calculate-guarantee-fee', routes.calculateGuaranteeFee),
    'calculate-fee-subsidy': calculator('calculate-fee-subsidy', routes.calculateFeeSubsidy),
    'calculate-risk-compensation': calculator(
      'calculate-risk-compensation',
      routes.calculateRiskCompensation,
    ),
    'calculate-entrepreneurship-loan': calculator(
      'calculate-entrepreneurship-loan',
      routes.calculateEntrepreneurshipLoan,
    ),
    'calculate-ethnic-trade-loan': calculator('calculate-ethnic-trade-loan', routes.calculateEthnicTradeLoan),
    'calculate-patent-pledge-loan': calculator(
      'calculate-patent-pledge-loan',
      routes.calculatePatentPledgeLoan,
    ),
    'calculate-guarantee-leverage': calculator(
      'calculate-guarantee-leverage',
      routes.calculateGuaranteeLeverage,
    ),
    'calculate-npl-tolerance': calculator('calculate-npl-tolerance', routes.calculateNplTolerance),
    'calculate-batch': { ...calculator('calculate-batch', routes.calculateBatch), timeoutSeconds: 29 },
    'list-guarantees': {
      entry: handler('list-guarantees'),
      trigger: { kind: 'http', route: routes.listGuarantees },
      tables: { 'subsidy-records': 'read' },
    },
    'get-guarantee': {
      entry: handler('get-guarantee'),
      trigger: { kind: 'http', route: routes.getGuarantee },
      tables: { 'subsidy-records': 'read', 'subsidy-ledger': 'read' },
    },
    'report-repayment': {
      entry: handler('report-repayment'),
      trigger: { kind: 'http', route: routes.reportRepayment },
      tables: {
        'subsidy-records': 'readwrite',
        'subsidy-ledger': 'readwrite',
        'subsidy-policy': 'read',
        idempotency: 'readwrite',
        audit: 'append',
      },
    },
    'report-default': {
      entry: handler('report-default'),
      trigger: { kind: 'http', route: routes.reportDefault },
      tables: {
        'subsidy-records': 'readwrite',
        'subsidy-ledger': 'readwrite',
        'subsidy-policy': 'read',
        idempotency: 'readwrite',
        audit: 'append',
      },
    },
    'get-ledger': {
      entry: handler('get-ledger'),
      trigger: { kind: 'http', route: routes.getLedger },
      tables: { 'subsidy-ledger': 'read' },
    },
    'set-pre-allocations': {
      entry: handler('set-pre-allocations'),
      trigger: { kind: 'http', route: routes.setPreAllocations },
      tables: { 'subsidy-ledger': 'readwrite', idempotency: 'readwrite', audit: 'append' },
    },
    'propose-settlement': {
      entry: handler('propose-settlement'),
      trigger: { kind: 'http', route: routes.proposeSettlement },
      tables: { 'subsidy-ledger': 'readwrite', idempotency: 'readwrite', audit: 'append' },
    },
    'approve-settlement': {
      entry: handler('approve-settlement'),
      trigger: { kind: 'http', route: routes.approveSettlement },
      tables: { 'subsidy-ledger': 'readwrite', idempotency: 'readwrite', audit: 'append' },
    },
    'bank-feedback': {
      entry: handler('bank-feedback'),
      trigger: { kind: 'queue', queue: 'subsidy-bank-feedback', batchSize: 10 },
      timeoutSeconds: 30,
      tables: {
        'subsidy-records': 'readwrite',
        'subsidy-ledger': 'write',
        'subsidy-enterprises': 'read',
        'subsidy-policy': 'read',
        audit: 'append',
      },
    },
    'publish-program-version': {
      entry: handler('publish-program-version'),
      trigger: { kind: 'http', route: routes.publishProgramVersion },
      tables: { 'subsidy-policy': 'readwrite', audit: 'append' },
    },
    'publish-lpr-quote': {
      entry: handler('publish-lpr-quote'),
      trigger: { kind: 'http', route: routes.publishLprQuote },
      tables: { 'subsidy-policy': 'readwrite', audit: 'append' },
    },
    'get-subsidy-policy': {
      entry: handler('get-subsidy-policy'),
      trigger: { kind: 'http', route: routes.getSubsidyPolicy },
      tables: { 'subsidy-policy': 'read' },
    },
    'enterprise-events': {
      entry: handler('enterprise-events'),
      trigger: { kind: 'queue', queue: 'subsidy-enterprise-events', batchSize: 10 },
      timeoutSeconds: 30,
      tables: { 'subsidy-enterprises': 'write' },
    },
  },
});
