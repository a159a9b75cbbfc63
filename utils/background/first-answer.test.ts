import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstAnswerGate } from './first-answer';

afterEach(() => {
  vi.useRealTimers();
});

describe('work waiting for the first answer', () => {
  it('runs once the first answer is out and rendered, not before', async () => {
    vi.useFakeTimers();
    const gate = firstAnswerGate(1000, 300);
    const ran: string[] = [];
    const resumed = gate.after(async () => void ran.push('resume'));
    await vi.advanceTimersByTimeAsync(200);
    expect(ran).toEqual([]);
    gate.answered();
    ran.push('reply');
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual(['reply']);
    await vi.advanceTimersByTimeAsync(299);
    await resumed;
    expect(ran).toEqual(['reply', 'resume']);
  });

  it('runs after a second when no answer is asked for (a worker woken by an alarm)', async () => {
    vi.useFakeTimers();
    const gate = firstAnswerGate(1000);
    let ran = false;
    void gate.after(async () => void (ran = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(ran).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toBe(true);
  });
});
