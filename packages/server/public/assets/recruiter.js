// Signs a recruiter in on the demo page: the secret key is exchanged for a recruiter token that
// carries the recruiter's name (shown in the decision history) and then forgotten, so the page
// and the dashboard only ever hold the token. The token is kept in sessionStorage, so a reload
// of the tab stays signed in; sign-out removes it. When the token expires, the dashboard asks
// for a new one through `getToken`, which shows the sign-in form again and resolves once the
// recruiter has entered the key.
const form = document.getElementById('sign-in');
const input = document.getElementById('secret-key');
const nameInput = document.getElementById('recruiter-name');
const errorLine = document.getElementById('sign-in-error');
const signOut = document.getElementById('sign-out');
const dashboard = document.querySelector('coach-recruiter-dashboard');

/** One working day; the recruiter signs in again after that. */
const TOKEN_TTL_SECONDS = 8 * 60 * 60;
/** Resolvers of `getToken` calls waiting for the recruiter to sign in again. */
let waitingForToken = [];

/** Where this tab keeps its token (never the secret key). */
const STORAGE_KEY = 'coach:recruiter-token';

async function mintToken(key, name) {
  const response = await fetch('/api/recruiter-tokens/', {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ subject: name, ttl_seconds: TOKEN_TTL_SECONDS }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  return { token: body.token, expiresAt: body.expires_at };
}

function storeSession(session) {
  try {
    if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be off (private modes); the sign-in then lasts until the reload.
  }
}

function storedSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof session?.token !== 'string' || typeof session.name !== 'string') return null;
    return Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

/** Hands the dashboard its token, and a way to ask the recruiter again once it expires. */
function signedIn(token) {
  const waiting = waitingForToken;
  waitingForToken = [];
  dashboard.getToken = () =>
    new Promise((resolve) => {
      waitingForToken.push(resolve);
      askForKey('Your sign-in has expired. Enter the secret key again to continue.');
    });
  if (waiting.length) waiting.forEach((resolve) => resolve(token));
  else dashboard.token = token;
  form.hidden = true;
  dashboard.hidden = false;
  signOut.hidden = false;
}

function showError(message) {
  errorLine.textContent = message;
  errorLine.hidden = !message;
}

function askForKey(message) {
  form.hidden = false;
  showError(message);
  input.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  showError('');
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    const name = nameInput.value.trim();
    const { token, expiresAt } = await mintToken(input.value.trim(), name);
    input.value = '';
    storeSession({ token, expiresAt, name });
    signedIn(token);
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
  } finally {
    button.disabled = false;
  }
});

signOut.addEventListener('click', () => {
  storeSession(null);
  waitingForToken.forEach((resolve) => resolve(null));
  waitingForToken = [];
  dashboard.token = null;
  dashboard.getToken = null;
  dashboard.hidden = true;
  form.hidden = false;
  signOut.hidden = true;
  showError('');
  input.focus();
});

// A reload of this tab: carry on with the stored token once the dashboard is defined.
const resumed = storedSession();
if (resumed) {
  nameInput.value = resumed.name;
  customElements.whenDefined('coach-recruiter-dashboard').then(() => signedIn(resumed.token));
} else {
  storeSession(null);
}
