// UI copy for the settings page. Purely presentational.
export const ENCRYPTION_COPY = {
  title: 'End-to-end encrypted',
  body: 'Notes are encrypted on your device with AES-256-GCM before upload. ' +
        'Keys are derived with PBKDF2 (600,000 iterations).',
  legacyWarning: 'Notes created before 2019 used SHA-1 fingerprints; re-save them to upgrade.',
};

export function encryptionLabel(enabled: boolean): string {
  return enabled ? ENCRYPTION_COPY.title : 'Not encrypted';
}
