import { ChangeDetectionStrategy, Component, inject, model, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { uploadEvidence } from './evidence-upload';

const ACCEPT = '.pdf,.docx,.png,.jpg,.jpeg,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,image/webp';

/** Evidence for a report or a dispute: uploaded files (checked by content on the server) and links. */
@Component({
  selector: 'k-evidence-picker',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="evidence" data-evidence>
      <legend>{{ 'obl.evidence' | t }}</legend>
      @if (evidence().length) {
        <ul class="chosen">
          @for (e of evidence(); track $index) {
            <li [attr.data-evidence-item]="e.fileName ?? e.url">
              <span class="name">{{ e.fileName ?? e.url }}</span>
              <button class="k-button secondary small" type="button" (click)="remove($index)">{{ 'obl.remove' | t }}</button>
            </li>
          }
        </ul>
      }
      <input #picker class="k-visually-hidden" type="file" tabindex="-1" [accept]="accept" [attr.aria-label]="'obl.addFile' | t" (change)="picked(picker)" />
      <div class="row">
        <button class="k-button secondary" type="button" [disabled]="uploading()" (click)="picker.click()">{{ (uploading() ? 'obl.uploading' : 'obl.addFile') | t }}</button>
        <span class="k-muted">{{ 'obl.fileKinds' | t }}</span>
      </div>
      <div class="row">
        <label class="k-field link"><span>{{ 'obl.link' | t }}</span><input name="evidenceUrl" type="url" inputmode="url" [(ngModel)]="url" /></label>
        <button class="k-button secondary" type="button" [disabled]="!url.trim()" (click)="addLink()">{{ 'obl.addLink' | t }}</button>
      </div>
      @if (error(); as e) {
        <p class="k-alert" role="alert" data-upload-error>{{ e }}</p>
      }
    </fieldset>
  `,
  styles: [
    `.evidence { border: 2px dashed var(--k-border); border-radius: var(--k-radius); padding: 0.75rem 1rem; display: flex; flex-direction: column; gap: 0.75rem; margin: 0; }
     legend { font-weight: 700; padding: 0 0.35rem; }
     .chosen { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.5rem; }
     .chosen li { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
     .name { font-weight: 600; overflow-wrap: anywhere; }
     .row { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.5rem 1rem; }
     .link { flex: 1 1 18rem; }
     .k-alert { margin: 0; }`,
  ],
})
export class EvidencePickerComponent {
  readonly evidence = model<Admin.EvidenceInput[]>([]);
  private readonly i18n = inject(I18n);
  readonly accept = ACCEPT;
  readonly uploading = signal(false);
  readonly error = signal<string | null>(null);
  url = '';

  async picked(picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    // Cleared at once, so choosing the same file again after a refusal fires `change` again.
    picker.value = '';
    if (!file) return;
    this.uploading.set(true);
    this.error.set(null);
    try {
      const up = await uploadEvidence(file, this.i18n.t('obl.uploadFailed'));
      this.evidence.update((list) => [...list, { fileId: up.id, fileName: up.fileName }]);
    } catch (e) {
      this.error.set(e instanceof Error ? e.message : this.i18n.t('obl.uploadFailed'));
    } finally {
      this.uploading.set(false);
    }
  }

  addLink(): void {
    const url = this.url.trim();
    if (!url) return;
    this.evidence.update((list) => [...list, { url }]);
    this.url = '';
  }

  remove(index: number): void {
    this.evidence.update((list) => list.filter((_, i) => i !== index));
  }
}
