import { describe, expect, it } from 'vitest';
import { defineService, envNames, resolveChannels } from './manifest.ts';

describe('Function: resolveChannels', () => {
  it('turns a publish into sends to every subscriber queue and an env var listing them', () => {
    // Prepare
    const producer = defineService({
      service: 'producer',
      functions: {
        emit: { entry: '/x.ts', trigger: { kind: 'authorizer' }, publishes: ['things'], sends: ['own'] },
      },
    });
    const a = defineService({
      service: 'a',
      queues: { 'a-things': { maxReceiveCount: 3, subscribes: 'things', description: '' } },
      functions: {},
    });
    const b = defineService({
      service: 'b',
      queues: {
        'b-things': { maxReceiveCount: 3, subscribes: 'things', description: '' },
        own: { maxReceiveCount: 3, description: '' },
      },
      functions: {},
    });
    // Act
    const [resolved] = resolveChannels([producer, a, b]);
    // Assess
    const emit = resolved?.functions.emit;
    expect(emit?.sends).toEqual(['own', 'a-things', 'b-things']);
    expect(emit?.environment).toEqual({ [envNames.channel('things')]: 'a-things,b-things' });
  });

  it('a channel nobody subscribes to resolves to an empty list, not an error', () => {
    const lonely = defineService({
      service: 'l',
      functions: { emit: { entry: '/x.ts', trigger: { kind: 'authorizer' }, publishes: ['void'] } },
    });
    const [resolved] = resolveChannels([lonely]);
    expect(resolved?.functions.emit?.environment).toEqual({ CHANNEL_VOID_QUEUES: '' });
    expect(resolved?.functions.emit?.sends).toEqual([]);
  });
});
