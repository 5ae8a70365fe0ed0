import { describe, expect, it, vi } from 'vitest';
import { deliver, deliveryId, FACT_RETRY_DELAYS_MS } from '@/lib/deliver';

const NO_WAIT = [0, 0, 0];

describe('deliver: a fact the page saw reaches the background even if its worker stopped mid-message', () => {
  it('sends again after an expected failure (the worker stopped), and resolves with the answer', async () => {
    const send = vi.fn()
      .mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'))
      .mockRejectedValueOnce(new Error('No response'))
      .mockResolvedValueOnce('recorded');
    await expect(deliver(send, NO_WAIT)).resolves.toBe('recorded');
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('does not send again after a real error (a refused message would be refused again)', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Opposer: refused objectionSent: Invalid input'));
    await expect(deliver(send, NO_WAIT)).rejects.toThrow('refused');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('gives up after its last try', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(deliver(send, NO_WAIT)).rejects.toThrow('invalidated');
    expect(send).toHaveBeenCalledTimes(NO_WAIT.length + 1);
  });

  it('keeps sending a fact for about a minute: a background that comes back after 20 s still gets it', async () => {
    vi.useFakeTimers();
    try {
      const backAt = Date.now() + 20_000;
      const send = vi.fn(() => (Date.now() < backAt ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) : Promise.resolve('recorded')));
      const delivered = deliver(send, FACT_RETRY_DELAYS_MS);
      await vi.advanceTimersByTimeAsync(60_000);
      await expect(delivered).resolves.toBe('recorded');
      expect(FACT_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ids are unique and pass the request schema', async () => {
    const { MESSAGES } = await import('@/lib/record/requests');
    const ids = new Set(Array.from({ length: 1000 }, deliveryId));
    expect(ids.size).toBe(1000);
    const id = [...ids][0];
    const sent = { platform: 'facebook', kind: 'own', formUrl: 'https://www.facebook.com/help/contact/712876720715583', confirmationText: 'ok', id };
    expect(MESSAGES.objectionSent.request.parse(sent).id).toBe(id);
    expect(MESSAGES.objectionSent.request.safeParse({ ...sent, id: '<script>' }).success).toBe(false);
  });
});
