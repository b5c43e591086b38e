import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { I18n, TranslatePipe } from '@kenes/ui';
import { MeetingStore, type AgendaItemView } from './meeting-store';

/** What the file picker offers; the server decides by the content, this only narrows the choice. */
const ACCEPT = '.pdf,.docx,.png,.jpg,.jpeg,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,image/webp';

/**
 * An agenda item's materials, and (for the secretary) an "Add document" button with a file
 * picker. The file goes as the raw body to the upload endpoint (ADR 0008); a refusal shows
 * the server's own words, already in the user's language (the `lang` cookie).
 */
@Component({
  selector: 'k-agenda-documents',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="docs" data-documents>
      <h4>{{ 'mtg.documents' | t }}</h4>
      @if (item().documents.length) {
        <ul class="list">
          @for (d of item().documents; track d.id) {
            <li [attr.data-document]="d.fileName">
              <a [href]="d.url" target="_blank" rel="noopener">{{ d.fileName }}</a>
              <span class="k-muted"> · {{ kind(d.mediaType) }}, {{ size(d.sizeBytes) }}</span>
            </li>
          }
        </ul>
      } @else {
        <p class="k-muted none">{{ 'doc.none' | t }}</p>
      }
      @if (canUpload()) {
        <input #picker class="k-visually-hidden" type="file" tabindex="-1" [accept]="accept" [attr.aria-label]="'doc.addTo' | t" (change)="picked(picker)" />
        <div class="add">
          <button class="k-button secondary" type="button" [disabled]="uploading()" (click)="picker.click()">
            {{ (uploading() ? 'doc.uploading' : 'doc.add') | t }}
          </button>
          <span class="k-muted kinds">{{ 'doc.kinds' | t }}</span>
        </div>
        @if (error(); as e) {
          <p class="k-alert" role="alert" data-upload-error>{{ e }}</p>
        }
        @if (added(); as a) {
          <p class="k-success" role="status" data-upload-done>{{ 'doc.added' | t: { name: a } }}</p>
        }
      }
    </div>
  `,
  styles: [
    `.docs { margin-top: 0.75rem; display: flex; flex-direction: column; gap: 0.5rem; }
     .docs h4 { margin: 0; font-size: 1rem; }
     .list { margin: 0; padding-inline-start: 1.25rem; display: flex; flex-direction: column; gap: 0.25rem; }
     .list a { display: inline-block; padding-block: 0.35rem; font-weight: 600; overflow-wrap: anywhere; }
     .add { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
     .kinds { flex: 1 1 16rem; font-size: 0.95rem; }
     .none, .k-alert, .k-success { margin: 0; }`,
  ],
})
export class AgendaDocumentsComponent {
  readonly item = input.required<AgendaItemView>();
  readonly canUpload = input(false);
  private readonly store = inject(MeetingStore);
  private readonly i18n = inject(I18n);

  readonly accept = ACCEPT;
  readonly uploading = signal(false);
  readonly error = signal<string | null>(null);
  readonly added = signal<string | null>(null);

  kind(mediaType: string): string {
    if (mediaType === 'application/pdf') return this.i18n.t('doc.type.pdf');
    if (mediaType.startsWith('image/')) return this.i18n.t('doc.type.image');
    return this.i18n.t('doc.type.word');
  }

  size(bytes: number): string {
    if (bytes < 1024 * 1024) return this.i18n.t('doc.kb', { n: Math.max(1, Math.round(bytes / 1024)) });
    return this.i18n.t('doc.mb', { n: (bytes / 1024 / 1024).toFixed(1) });
  }

  async picked(picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    // Cleared at once, so choosing the same file again after a refusal fires `change` again.
    picker.value = '';
    if (!file) return;
    this.uploading.set(true);
    this.error.set(null);
    this.added.set(null);
    try {
      const res = await fetch(`/files/agenda-items/${encodeURIComponent(this.item().id)}/documents`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'x-kenes-upload': '1',
          'x-file-name': encodeURIComponent(file.name),
          'content-type': file.type || 'application/octet-stream',
        },
        body: file,
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        this.error.set(body?.error?.message ?? this.i18n.t('doc.failed'));
        return;
      }
      const doc = (await res.json()) as { fileName: string };
      this.added.set(doc.fileName);
      await this.store.load(this.item().meetingId, false);
    } catch {
      this.error.set(this.i18n.t('doc.failed'));
    } finally {
      this.uploading.set(false);
    }
  }
}
