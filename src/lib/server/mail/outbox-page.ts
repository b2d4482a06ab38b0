import type { KeptMail } from './mailer';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * /dev/mail, in development only: the mails the app would have sent, newest first, each as its HTML part in
 * a sandboxed frame with the plain-text part beside it. A page for developers, in English.
 */
export function outboxPage(kept: readonly KeptMail[]): Response {
	const items = kept
		.map(
			(mail, i) => `<article>
<h2>${escape(mail.subject)}</h2>
<p><strong>To:</strong> ${escape(mail.to)} · <strong>From:</strong> ${escape(mail.from)} · ${escape(mail.sentAt.toISOString())}</p>
<details${i === 0 ? ' open' : ''}><summary>HTML and text</summary>
<iframe title="HTML part of: ${escape(mail.subject)}" sandbox srcdoc="${escape(mail.html)}" style="width:100%;height:480px;border:1px solid #ccc"></iframe>
<pre style="white-space:pre-wrap">${escape(mail.text)}</pre></details>
</article>`
		)
		.join('\n');
	const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Development mail</title></head>
<body style="font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem"><main><h1>Development mail</h1>
<p>No <code>SMTP_URL</code> is set, so mail is kept here instead of sent (the last 200, until the server restarts).</p>
${items || '<p>No mail yet. Register an account or ask for a password reset to see one.</p>'}</main></body></html>`;
	return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}
