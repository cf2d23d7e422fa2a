import { ConflictError, ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  type ApprovedEvent,
  allowedEvents,
  applyProgressEvent,
  initialPushProgress,
  type ProgressEvent,
  type PushProgress,
  parseProgressEvent,
} from './push-inbox-state.ts';

const options = { rejectionReasonCodes: ['insufficient-cash-flow', 'credit-record', 'no-collateral'] };

const contacted: ProgressEvent = { type: 'contacted', contactedOn: '2026-03-03' };
const materialsComplete: ProgressEvent = { type: 'materials-complete', completedOn: '2026-03-10' };
// 2,000,000.00 CNY = 200,000,000 fen.
const approved: ProgressEvent = {
  type: 'approved',
  approvedOn: '2026-03-20',
  amountFen: 200_000_000,
  annualRatePercent: '3.45',
  termMonths: 12,
  guaranteeType: 'government-guarantee',
  creditLoan: false,
  guarantee: { guarantorId: 'ls-guarantee', feeRatePercent: '0.8' },
};
const rejected: ProgressEvent = {
  type: 'rejected',
  rejectedOn: '2026-03-20',
  reasonCodes: ['credit-record'],
  reasonText: '法定代表人存在逾期记录',
  repairSuggestions: ['结清逾期后三个月重新申报'],
};

function run(events: ProgressEvent[], from: PushProgress = initialPushProgress): PushProgress {
  return events.reduce((progress, event) => applyProgressEvent(progress, event), from);
}

function conflictOf(run: () => unknown): ConflictError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConflictError) return error;
    throw error;
  }
  throw new Error('expected a ConflictError');
}

function issuePaths(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => i.path);
    throw error;
  }
  return [];
}

describe('Function: applyProgressEvent', () => {
  it('walks the approval path to DISBURSED and keeps every step', () => {
    // Act
    const final = run([
      contacted,
      materialsComplete,
      approved,
      { type: 'disbursed', disbursedOn: '2026-03-25', amountFen: 150_000_000 },
    ]);

    // Assess
    expect(final).toEqual({
      status: 'DISBURSED',
      contactedOn: '2026-03-03',
      materialsCompleteOn: '2026-03-10',
      approval: {
        approvedOn: '2026-03-20',
        amountFen: 200_000_000,
        annualRatePercent: '3.45',
        termMonths: 12,
        guaranteeType: 'government-guarantee',
        creditLoan: false,
        guarantee: { guarantorId: 'ls-guarantee', feeRatePercent: '0.8' },
      },
      disbursement: { disbursedOn: '2026-03-25', amountFen: 150_000_000 },
    });
  });

  it('does not mutate the progress it is given', () => {
    // Prepare
    const before: PushProgress = { status: 'PUSHED' };

    // Act
    applyProgressEvent(before, contacted);

    // Assess
    expect(before).toEqual({ status: 'PUSHED' });
  });

  it('records a rejection with its reasons after complete materials', () => {
    // Act
    const final = run([contacted, materialsComplete, rejected]);

    // Assess
    expect(final.status).toBe('REJECTED');
    expect(final.rejection?.reasonCodes).toEqual(['credit-record']);
    expect(final.rejection?.repairSuggestions).toEqual(['结清逾期后三个月重新申报']);
  });

  it('accepts a rejection straight after the push or after contact', () => {
    // Assess
    expect(run([rejected]).status).toBe('REJECTED');
    expect(run([contacted, rejected]).status).toBe('REJECTED');
  });

  it('refuses approval before materials are complete, naming the state and the event', () => {
    // Act
    const error = conflictOf(() => run([contacted, approved]));

    // Assess
    expect(error.message).toBe(
      'Push is CONTACTED; cannot record "approved" (allowed: application-received, materials-complete, rejected)',
    );
    expect(error.extra).toEqual({
      currentStatus: 'CONTACTED',
      refusedEvent: 'approved',
      allowedEvents: ['application-received', 'materials-complete', 'rejected'],
    });
  });

  it('refuses skipping contact, repeating a step, and any event after a final state', () => {
    // Assess
    expect(conflictOf(() => run([materialsComplete])).extra.currentStatus).toBe('PUSHED');
    expect(conflictOf(() => run([contacted, contacted])).extra.refusedEvent).toBe('contacted');
    expect(conflictOf(() => run([rejected, contacted])).message).toContain('none, final state');
    expect(
      conflictOf(() => run([contacted, materialsComplete, rejected, approved])).extra.currentStatus,
    ).toBe('REJECTED');
    expect(
      conflictOf(() =>
        run([
          contacted,
          materialsComplete,
          approved,
          { type: 'disbursed', disbursedOn: '2026-03-25', amountFen: 1 },
          rejected,
        ]),
      ).extra.currentStatus,
    ).toBe('DISBURSED');
  });

  it('refuses disbursement without approval', () => {
    // Assess
    expect(
      conflictOf(() =>
        run([contacted, materialsComplete, { type: 'disbursed', disbursedOn: '2026-03-25', amountFen: 1 }]),
      ).extra.currentStatus,
    ).toBe('MATERIALS_COMPLETE');
  });

  it('refuses a disbursement above the approved amount by one fen, and accepts exactly the amount', () => {
    // Prepare
    const atApproval = run([contacted, materialsComplete, approved]);

    // Act & Assess
    expect(
      issuePaths(() =>
        applyProgressEvent(atApproval, {
          type: 'disbursed',
          disbursedOn: '2026-03-25',
          amountFen: 200_000_001,
        }),
      ),
    ).toEqual(['amountFen']);
    expect(
      applyProgressEvent(atApproval, { type: 'disbursed', disbursedOn: '2026-03-25', amountFen: 200_000_000 })
        .status,
    ).toBe('DISBURSED');
  });

  it('refuses dates earlier than the previous step', () => {
    // Prepare
    const atContact = run([contacted]);
    const atMaterials = run([contacted, materialsComplete]);
    const atApproval = run([contacted, materialsComplete, approved]);

    // Assess
    expect(
      issuePaths(() =>
        applyProgressEvent(atContact, { type: 'materials-complete', completedOn: '2026-03-02' }),
      ),
    ).toEqual(['completedOn']);
    expect(
      issuePaths(() => applyProgressEvent(atMaterials, { ...approved, approvedOn: '2026-03-09' })),
    ).toEqual(['approvedOn']);
    expect(
      issuePaths(() => applyProgressEvent(atMaterials, { ...rejected, rejectedOn: '2026-03-09' })),
    ).toEqual(['rejectedOn']);
    expect(
      issuePaths(() =>
        applyProgressEvent(atApproval, { type: 'disbursed', disbursedOn: '2026-03-19', amountFen: 1 }),
      ),
    ).toEqual(['disbursedOn']);
    // Same day as the previous step is fine.
    expect(applyProgressEvent(atMaterials, { ...approved, approvedOn: '2026-03-10' }).status).toBe(
      'APPROVED',
    );
  });
});

describe('Function: applyProgressEvent with the push context', () => {
  const context = { pushedOn: '2026-12-01', today: '2026-12-04' };
  const pathOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof ValidationError) return error.issues.map((i) => i.path);
      throw error;
    }
    return [];
  };

  it('refuses a contact or completion date before the push date, and any date after today', () => {
    // Assess: one day either side of the push date and of today.
    expect(
      pathOf(() =>
        applyProgressEvent(initialPushProgress, { type: 'contacted', contactedOn: '2026-11-30' }, context),
      ),
    ).toEqual(['contactedOn']);
    expect(
      applyProgressEvent(initialPushProgress, { type: 'contacted', contactedOn: '2026-12-01' }, context)
        .contactedOn,
    ).toBe('2026-12-01');
    const contacted = { status: 'CONTACTED' as const, contactedOn: '2026-12-01' };
    expect(
      pathOf(() =>
        applyProgressEvent(contacted, { type: 'materials-complete', completedOn: '2026-11-30' }, context),
      ),
    ).toEqual(['completedOn']);
    expect(
      pathOf(() =>
        applyProgressEvent(contacted, { type: 'materials-complete', completedOn: '2026-12-05' }, context),
      ),
    ).toEqual(['completedOn']);
    expect(
      applyProgressEvent(contacted, { type: 'materials-complete', completedOn: '2026-12-04' }, context)
        .status,
    ).toBe('MATERIALS_COMPLETE');
  });

  it('records the application once, without changing the status, and never when the push was the application', () => {
    // Act
    const received = applyProgressEvent(
      initialPushProgress,
      { type: 'application-received', receivedOn: '2026-12-02' },
      context,
    );

    // Assess
    expect(received).toEqual({ status: 'PUSHED', applicationReceivedOn: '2026-12-02' });
    expect(() =>
      applyProgressEvent(received, { type: 'application-received', receivedOn: '2026-12-03' }, context),
    ).toThrow(ConflictError);
    expect(() =>
      applyProgressEvent(
        initialPushProgress,
        { type: 'application-received', receivedOn: '2026-12-02' },
        { ...context, applicationOn: '2026-12-01' },
      ),
    ).toThrow(/declaration is the application/);
  });
});

describe('Function: allowedEvents', () => {
  it('lists the events each status accepts', () => {
    // Assess
    expect(allowedEvents('PUSHED')).toEqual(['contacted', 'application-received', 'rejected']);
    expect(allowedEvents('MATERIALS_COMPLETE')).toEqual(['application-received', 'approved', 'rejected']);
    expect(allowedEvents('APPROVED')).toEqual(['disbursed']);
    expect(allowedEvents('REJECTED')).toEqual([]);
    expect(allowedEvents('DISBURSED')).toEqual([]);
  });
});

describe('Function: parseProgressEvent', () => {
  it('accepts each well-formed event body', () => {
    // Assess
    for (const event of [contacted, materialsComplete, approved, rejected]) {
      expect(parseProgressEvent(event, options)).toEqual(event);
    }
    expect(
      parseProgressEvent({ type: 'disbursed', disbursedOn: '2026-03-25', amountFen: 1 }, options).type,
    ).toBe('disbursed');
  });

  it('accepts a credit loan only with guarantee type "credit"', () => {
    // Prepare
    const { guarantee: _g, ...unsecured } = approved as ApprovedEvent;

    // Assess
    expect(
      parseProgressEvent({ ...unsecured, guaranteeType: 'credit', creditLoan: true }, options).type,
    ).toBe('approved');
    expect(
      issuePaths(() =>
        parseProgressEvent({ ...unsecured, guaranteeType: 'credit', creditLoan: false }, options),
      ),
    ).toEqual(['creditLoan']);
    expect(issuePaths(() => parseProgressEvent({ ...approved, creditLoan: true }, options))).toEqual([
      'creditLoan',
    ]);
  });

  it('requires the amount as integer fen', () => {
    // Assess
    expect(issuePaths(() => parseProgressEvent({ ...approved, amountFen: 2_000_000.5 }, options))).toEqual([
      'amountFen',
    ]);
    expect(issuePaths(() => parseProgressEvent({ ...approved, amountFen: '200000000' }, options))).toEqual([
      'amountFen',
    ]);
    expect(issuePaths(() => parseProgressEvent({ ...approved, amountFen: 0 }, options))).toEqual([
      'amountFen',
    ]);
  });

  it('requires the rate as a positive decimal string of percent', () => {
    // Assess
    expect(parseProgressEvent({ ...approved, annualRatePercent: '4' }, options).type).toBe('approved');
    expect(parseProgressEvent({ ...approved, annualRatePercent: '0.0001' }, options).type).toBe('approved');
    for (const bad of [3.45, '3.45%', '0', '0.00', '3.456789', '-1', '100']) {
      expect(issuePaths(() => parseProgressEvent({ ...approved, annualRatePercent: bad }, options))).toEqual([
        'annualRatePercent',
      ]);
    }
  });

  it('accepts only configured reason codes, each once, with text and a repair suggestion', () => {
    // Assess
    expect(issuePaths(() => parseProgressEvent({ ...rejected, reasonCodes: ['bad-mood'] }, options))).toEqual(
      ['reasonCodes.0'],
    );
    expect(
      issuePaths(() =>
        parseProgressEvent({ ...rejected, reasonCodes: ['credit-record', 'credit-record'] }, options),
      ),
    ).toEqual(['reasonCodes']);
    expect(issuePaths(() => parseProgressEvent({ ...rejected, reasonCodes: [] }, options))).toEqual([
      'reasonCodes',
    ]);
    expect(issuePaths(() => parseProgressEvent({ ...rejected, reasonText: '   ' }, options))).toEqual([
      'reasonText',
    ]);
    expect(issuePaths(() => parseProgressEvent({ ...rejected, repairSuggestions: [] }, options))).toEqual([
      'repairSuggestions',
    ]);
  });

  it('uses the reason codes passed in, not a built-in list', () => {
    // Prepare
    const otherCity = { rejectionReasonCodes: ['bad-mood'] };

    // Assess
    expect(parseProgressEvent({ ...rejected, reasonCodes: ['bad-mood'] }, otherCity).type).toBe('rejected');
    expect(issuePaths(() => parseProgressEvent(rejected, otherCity))).toEqual(['reasonCodes.0']);
    expect(issuePaths(() => parseProgressEvent(rejected, { rejectionReasonCodes: [] }))).toEqual([
      'rejectionReasonCodes',
    ]);
  });

  it('rejects unknown event types, unknown fields and bad dates', () => {
    // Assess
    expect(issuePaths(() => parseProgressEvent({ type: 'credited', on: '2026-03-20' }, options))).toEqual([
      'type',
    ]);
    expect(issuePaths(() => parseProgressEvent({ ...contacted, extra: 1 }, options))).toEqual(['(root)']);
    expect(
      issuePaths(() => parseProgressEvent({ ...materialsComplete, completedOn: '2026-02-30' }, options)),
    ).toEqual(['completedOn']);
  });
});

describe('Function: parseProgressEvent (guarantee)', () => {
  it('asks for the guarantor and fee rate exactly on a government-guaranteed loan', () => {
    // Prepare
    const { guarantee: _g, ...withoutGuarantee } = approved as ApprovedEvent;
    const mortgage = { ...approved, guaranteeType: 'mortgage' };

    // Act + Assess
    expect(issuePaths(() => parseProgressEvent(withoutGuarantee, options))).toEqual(['guarantee']);
    expect(issuePaths(() => parseProgressEvent(mortgage, options))).toEqual(['guarantee']);
    expect(parseProgressEvent(approved, options)).toMatchObject({
      guarantee: { guarantorId: 'ls-guarantee', feeRatePercent: '0.8' },
    });
  });
});
