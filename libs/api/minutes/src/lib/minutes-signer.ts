import type { RequestContext } from '@kenes/api/core';

export interface SignaturePayload {
  minutesId: string;
  version: number;
  /** SHA-256 of the version's document: what is signed. */
  sha256: string;
  role: 'chair' | 'secretary';
  signerName: string;
}

/**
 * The hook for signatures. The product records a simple signature (the signed-in person, the time,
 * the hash of the version); a qualified electronic signature provider (NCALayer / EDS of the
 * National Certification Centre) is bound to this token later and returns its own method and
 * evidence (the CMS signature, the certificate), stored with the signature row.
 */
export interface MinutesSigner {
  sign(ctx: RequestContext, payload: SignaturePayload): Promise<{ method: string; data: Record<string, unknown> }>;
}

export const MINUTES_SIGNER = Symbol('MINUTES_SIGNER');

export class SimpleMinutesSigner implements MinutesSigner {
  sign(_ctx: RequestContext, payload: SignaturePayload): Promise<{ method: string; data: Record<string, unknown> }> {
    return Promise.resolve({ method: 'simple', data: { sha256: payload.sha256, version: payload.version } });
  }
}
