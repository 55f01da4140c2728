// Prints the pending-candidates digest of a running Coach. Run: npm run digest (see README.md).
import { CoachClientError } from '@coach/client';
import { buildPendingDigest } from './pending-digest.js';

const baseUrl = process.env.COACH_URL ?? 'http://127.0.0.1:3000/coach';
const secretKey = process.env.COACH_SECRET_KEY ?? '';

try {
  const digest = await buildPendingDigest({ baseUrl, secretKey, minScore: Number(process.env.DIGEST_MIN_SCORE ?? 0) });
  console.log(digest.text);
} catch (error) {
  // One error class for every failure: the server's code (UNAUTHORIZED for a wrong key), or NETWORK_ERROR.
  if (!CoachClientError.isInstance(error)) throw error;
  console.error(`[digest] ${error.code}: ${error.message}`);
  process.exitCode = 1;
}
