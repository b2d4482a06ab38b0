import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { OutgoingMail } from './mailer';

/**
 * Every mail the app sends, in the person's language, as plain text and HTML with the same content. A mail
 * never carries portfolio content: it says that there is something, with a link to sign in and look.
 */

export interface MailContent {
	/** "Hallo Ayşe," — or a greeting without a name for an address without an account yet. */
	name?: string;
	subject: string;
	paragraphs: string[];
	action?: { label: string; url: string };
	/** Shown large and on its own: the code for people who read mail on another device. */
	code?: { label: string; value: string };
	afterAction?: string[];
	/** Mails a person can turn off carry a link to do so without signing in. */
	unsubscribeUrl?: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderMail(to: string, content: MailContent, locale: Locale): OutgoingMail {
	const greeting = content.name ? m.mail_greeting({ name: content.name }, { locale }) : m.mail_greeting_anonymous({}, { locale });
	const footer = m.mail_footer({}, { locale });
	const unsubscribe = content.unsubscribeUrl ? m.mail_unsubscribe({}, { locale }) : null;

	const text = [
		greeting,
		'',
		...content.paragraphs.flatMap((p) => [p, '']),
		...(content.action ? [`${content.action.label}:`, content.action.url, ''] : []),
		...(content.code ? [`${content.code.label}: ${content.code.value}`, ''] : []),
		...(content.afterAction ?? []).flatMap((p) => [p, '']),
		'-- ',
		footer,
		...(unsubscribe ? [`${unsubscribe}: ${content.unsubscribeUrl}`] : [])
	].join('\n');

	const para = (p: string) => `<p style="margin:0 0 16px">${escape(p)}</p>`;
	const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
<p style="margin:0 0 16px;font-weight:bold;color:#b3001b">${escape(m.app_name({}, { locale }))}</p>
${para(greeting)}
${content.paragraphs.map(para).join('\n')}
${content.action ? `<p style="margin:24px 0"><a href="${escape(content.action.url)}" style="display:inline-block;background:#b3001b;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escape(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#444">${escape(m.mail_link_fallback({}, { locale }))}<br><a href="${escape(content.action.url)}" style="color:#1a1a1a;word-break:break-all">${escape(content.action.url)}</a></p>` : ''}
${content.code ? `<p style="margin:0 0 4px">${escape(content.code.label)}:</p><p style="margin:0 0 16px;font-size:28px;letter-spacing:4px;font-weight:bold">${escape(content.code.value)}</p>` : ''}
${(content.afterAction ?? []).map(para).join('\n')}
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0">
<p style="margin:0;font-size:14px;color:#444">${escape(footer)}${unsubscribe ? `<br><a href="${escape(content.unsubscribeUrl!)}" style="color:#444">${escape(unsubscribe)}</a>` : ''}</p>
</div></body></html>`;

	return {
		to,
		subject: content.subject,
		text,
		html,
		headers: content.unsubscribeUrl
			? { 'List-Unsubscribe': `<${content.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
			: undefined
	};
}

/** Where links in mail point: `ORIGIN` (set in production), else the address the request came to, else the dev server's. */
export function appOrigin(fallback = 'http://localhost:5173'): string {
	return (process.env.ORIGIN || fallback).replace(/\/$/, '');
}
