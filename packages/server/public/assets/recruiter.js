// Signs a recruiter in on the demo page: the secret key is exchanged for a recruiter token and
// then forgotten, so the page and the dashboard only ever hold the token. When the token
// expires, the dashboard asks for a new one through `getToken`, which shows the sign-in form
// again and resolves once the recruiter has entered the key.
const form = document.getElementById('sign-in');
const input = document.getElementById('secret-key');
const errorLine = document.getElementById('sign-in-error');
const signOut = document.getElementById('sign-out');
const dashboard = document.querySelector('coach-recruiter-dashboard');

/** One working day; the recruiter signs in again after that. */
const TOKEN_TTL_SECONDS = 8 * 60 * 60;
/** Resolvers of `getToken` calls waiting for the recruiter to sign in again. */
let waitingForToken = [];

async function mintToken(key) {
  const response = await fetch('/api/recruiter-tokens/', {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ subject: 'dashboard', ttl_seconds: TOKEN_TTL_SECONDS }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  return body.token;
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
    const token = await mintToken(input.value.trim());
    input.value = '';
    const waiting = waitingForToken;
    waitingForToken = [];
    dashboard.getToken = () => new Promise((resolve) => {
      waitingForToken.push(resolve);
      askForKey('Your sign-in has expired. Enter the secret key again to continue.');
    });
    if (waiting.length) waiting.forEach((resolve) => resolve(token));
    else dashboard.token = token;
    form.hidden = true;
    dashboard.hidden = false;
    signOut.hidden = false;
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
  } finally {
    button.disabled = false;
  }
});

signOut.addEventListener('click', () => {
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
