/** What an evidence upload returns: cite it as `{ fileId, fileName }`. */
export interface UploadedEvidence {
  id: string;
  url: string;
  fileName: string;
}

/**
 * Sends a file as the raw body to the evidence endpoint (ADR 0008); the server decides by
 * content. A refusal throws with the server's own words (already in the user's language).
 */
export async function uploadEvidence(file: File, fallback: string): Promise<UploadedEvidence> {
  let res: Response;
  try {
    res = await fetch('/files/evidence', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-kenes-upload': '1', 'x-file-name': encodeURIComponent(file.name), 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new Error(fallback);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? fallback);
  }
  return (await res.json()) as UploadedEvidence;
}
