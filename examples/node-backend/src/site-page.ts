/** The hiring site's one page: practice for candidates, reports for signed-in recruiters. */
export function renderSitePage(options: { coachPath: string }): string {
  const coach = options.coachPath;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Acme Careers</title>
  <script type="module" src="${coach}/widget/coach-interview.js"></script>
  <script type="module" src="${coach}/widget/coach-recruiter-dashboard.js"></script>
  <style>
    body { margin: 0 auto; max-width: 70rem; padding: 1rem; font-family: system-ui, sans-serif; }
    coach-interview, coach-recruiter-dashboard { --coach-color-accent: #0f766e; --coach-color-accent-hover: #115e59; }
    form { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-bottom: 1rem; }
  </style>
</head>
<body>
  <h1>Acme Careers</h1>
  <section>
    <h2>Practise your interview</h2>
    <coach-interview api-base="${coach}"></coach-interview>
  </section>
  <section>
    <h2>Recruiters</h2>
    <form id="sign-in">
      <input name="email" type="email" placeholder="Email" autocomplete="username" required>
      <input name="password" type="password" placeholder="Password" autocomplete="current-password" required>
      <button type="submit">Sign in</button>
    </form>
    <p id="status" role="status"></p>
    <coach-recruiter-dashboard api-base="${coach}"></coach-recruiter-dashboard>
  </section>
  <script type="module">
    const dashboard = document.querySelector('coach-recruiter-dashboard');
    const status = document.querySelector('#status');
    // The site's backend mints the token for the signed-in recruiter; the secret key never
    // reaches this page.
    const useSiteTokens = () => {
      dashboard.getToken = async () => {
        const response = await fetch('/me/recruiter-token', { credentials: 'same-origin' });
        return response.ok ? (await response.json()).token : null;
      };
    };
    document.querySelector('#sign-in').addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = new FormData(event.target);
      const response = await fetch('/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
      });
      status.textContent = response.ok ? 'Signed in.' : 'Wrong email or password.';
      if (response.ok) useSiteTokens();
    });
    // Already signed in (the cookie survived a reload)?
    fetch('/me').then((response) => response.json()).then(({ recruiter }) => {
      if (recruiter) {
        status.textContent = 'Signed in as ' + recruiter.name + '.';
        useSiteTokens();
      }
    });
  </script>
</body>
</html>`;
}
