// Signs a recruiter in on the demo page: the secret key is exchanged for a short-lived token,
// and the dashboard only ever sees tokens. The key stays in this closure (never in storage),
// so a reload asks for it again.
const form = document.getElementById('sign-in');
const input = document.getElementById('secret-key');
const errorLine = document.getElementById('sign-in-error');
const signOut = document.getElementById('sign-out');
const dashboard = document.querySelector('coach-recruiter-dashboard');

let secretKey = null;

async function mintToken(key) {
  const response = await fetch('/api/recruiter-tokens/', {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ subject: 'dashboard' }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  return body.token;
}

function showError(message) {
  errorLine.textContent = message;
  errorLine.hidden = !message;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  showError('');
  const key = input.value.trim();
  form.querySelector('button').disabled = true;
  try {
    const token = await mintToken(key);
    secretKey = key;
    input.value = '';
    dashboard.getToken = () => (secretKey ? mintToken(secretKey) : null);
    dashboard.token = token;
    form.hidden = true;
    dashboard.hidden = false;
    signOut.hidden = false;
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
  } finally {
    form.querySelector('button').disabled = false;
  }
});

signOut.addEventListener('click', () => {
  secretKey = null;
  dashboard.token = null;
  dashboard.getToken = null;
  dashboard.hidden = true;
  form.hidden = false;
  signOut.hidden = true;
  input.focus();
});
