/** The `accept` attribute of the resume picker. */
export const RESUME_ACCEPT =
  '.pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg';

const acceptedTypes = new Set(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/png', 'image/jpeg']);
const acceptedExtensions = /\.(pdf|docx|png|jpe?g)$/i;

/**
 * Whether a picked or dropped file looks like a resume the server reads. The server checks
 * the bytes as well; this only spares the candidate an upload of, say, a `.txt`.
 */
export function isAcceptedResume(file: { name: string; type: string }): boolean {
  return acceptedTypes.has(file.type) || acceptedExtensions.test(file.name);
}
